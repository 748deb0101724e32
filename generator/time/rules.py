"""The rules that find time expressions and resolve them, in the spirit of HeidelTime.

Each rule is a regular expression (built from the lexicon) and a resolver that turns a
match into a TIMEX3 value, given the anchor and the direction (past or future) the
sentence points to. A resolver returns None when the expression cannot be resolved with
what is known (say, "on Monday" in an article whose date is only known to the month):
such expressions are left out rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from generator.partial_date import Precision
from generator.time import anaphora
from generator.time import calendar as cal
from generator.time.lexicon import (
    DECADE_WORDS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    WEEKDAYS,
)
from generator.time.timex import DATE, DURATION, SET, TIME, Anchor


@dataclass(frozen=True)
class Resolution:
    value: str
    type: str = DATE
    mod: str | None = None
    relative: bool = False


@dataclass(frozen=True)
class Context:
    text: str
    anchor: Anchor | None
    direction: Callable[[int, int], int]
    """direction(start, end): -1 past, +1 future, 0 unknown, for the expression there."""


Resolver = Callable[[re.Match[str], Context], Resolution | None]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    trigger: re.Pattern[str]
    """A word every match contains; the pattern only runs in a window around it."""
    reach: tuple[int, int]
    """How far a match may extend before and after its trigger, in characters."""


# ---------------------------------------------------------------- pattern pieces

_MONTH_ABBREVIATIONS = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
_MONTH_NAMES = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
MONTH = rf"(?:{_MONTH_NAMES}|(?:{_MONTH_ABBREVIATIONS})\.?)(?![a-z])"
FULL_MONTH = rf"(?:{_MONTH_NAMES})(?![a-z])"
WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.)(?![a-z])"
)
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d,.]\d)"
_NUMBER_WORD = "|".join(
    sorted(
        (re.escape(word) for word in NUMBER_WORDS if word not in ("a", "an")), key=len, reverse=True
    )
)
_DIGIT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
NUMBER = (
    rf"(?:(?:\d+(?:\s+1/2)?(?:\.\d+)?|(?:{_NUMBER_WORD})(?:[- ]{_DIGIT_WORD})?)"
    r"(?:\s+and\s+a\s+half)?)"
)
_UNIT = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century)"
UNITS_RE = rf"(?:{_UNIT}s?|centuries)"
PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
# "early 2025", "mid-November", "late last year", "the end of next month".
MOD = (
    r"(?:(?P<mod>early|mid|late|the\s+(?:beginning|start|end|middle)\s+of|"
    r"the\s+(?:first|second)\s+half\s+of|earlier|later)[- ]\s*)"
)
_MODS = {
    "early": "START",
    "mid": "MID",
    "late": "END",
    "the beginning of": "START",
    "the start of": "START",
    "the end of": "END",
    "the middle of": "MID",
    "the first half of": "START",
    "the second half of": "END",
}


def _i(pattern: str) -> str:
    """A case-insensitive part of a pattern."""
    return f"(?i:{pattern})"


def compile_rule(
    name: str, pattern: str, resolve: Resolver, trigger: str, reach: tuple[int, int] = (48, 24)
) -> Rule:
    return Rule(
        name,
        re.compile(rf"(?<![\w-]){pattern}(?![\w])"),
        resolve,
        re.compile(trigger),
        reach,
    )


# Triggers: the words that every match of a rule must contain.
_T_MONTH = rf"(?:{_MONTH_NAMES}|{_MONTH_ABBREVIATIONS})(?![a-z])"
_T_YEAR = r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)"
_T_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
_T_UNIT = r"(?i:\b(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur))"


# ---------------------------------------------------------------- helpers


def _number(text: str) -> float | None:
    cleaned = text.lower().replace("-", " ").strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", cleaned):
        return float(cleaned)
    if re.fullmatch(r"\d+\s+1/2", cleaned):
        return float(cleaned.split()[0]) + 0.5
    if cleaned.endswith(" and a half"):
        whole = _number(cleaned.removesuffix(" and a half"))
        return whole + 0.5 if whole is not None else None
    if cleaned in NUMBER_WORDS:
        return float(NUMBER_WORDS[cleaned])
    parts = cleaned.split()
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return float(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]])
    return None


def _month(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


def _mod(match: re.Match[str]) -> str | None:
    raw = match.groupdict().get("mod")
    if not raw:
        return None
    return _MODS.get(" ".join(raw.lower().split()))


def _date(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]


def _needs(context: Context, precision: Precision) -> Anchor | None:
    anchor = context.anchor
    if anchor is None or not anchor.knows(precision):
        return None
    return anchor


# ---------------------------------------------------------------- absolute dates


def _iso(match: re.Match[str], context: Context) -> Resolution | None:
    value = _date(int(match["y"]), int(match["m"]), int(match["d"]))
    return Resolution(value) if value else None


def _month_day_year(match: re.Match[str], context: Context) -> Resolution | None:
    value = _date(int(match["year"]), _month(match["month"]), _day_number(match["day"]))
    return Resolution(value) if value else None


def _month_year(match: re.Match[str], context: Context) -> Resolution | None:
    return Resolution(cal.month_value(int(match["year"]), _month(match["month"])), mod=_mod(match))


def _week_of(match: re.Match[str], context: Context) -> Resolution | None:
    """ "the week of March 6": the week holding that day."""
    day = _month_day(match, context)
    if day is None:
        return None
    return Resolution(cal.week_value(dt.date.fromisoformat(day.value)), relative=True)


def _month_of_relative_year(match: re.Match[str], context: Context) -> Resolution | None:
    """ "June last year", "April next year", "February this year"."""
    anchor = _needs(context, Precision.YEAR)
    if anchor is None:
        return None
    year = anchor.date.year + {"this": 0, "last": -1, "next": 1}[match["rel"].lower()]
    return Resolution(cal.month_value(year, _month(match["month"])), mod=_mod(match), relative=True)


def _month_day(match: re.Match[str], context: Context) -> Resolution | None:
    """ "January 20", "Nov. 6": the nearest such day, unless the tense points the other
    way and that occurrence is within half a year ("set on Aug. 6", said in February)."""
    anchor = _needs(context, Precision.MONTH)
    if anchor is None:
        return None
    month, day = _month(match["month"]), _day_number(match["day"])
    reference = anchor.day if anchor.knows(Precision.DAY) else anchor.date.first_day()
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        value = _date(year, month, day)
        if value is not None:
            candidates.append(dt.date.fromisoformat(value))
    if not candidates:
        return None
    relation = (match.groupdict().get("rel") or "").lower()
    direction = {"last": -1, "next": 1}.get(relation) or context.direction(
        match.start(), match.end()
    )
    chosen = min(candidates, key=lambda date: abs((date - reference).days))
    if direction < 0:
        past = [date for date in candidates if date <= reference]
        if past and (reference - past[-1]).days <= _TENSE_REACH_DAYS:
            chosen = past[-1]
    elif direction > 0:
        future = [date for date in candidates if date >= reference]
        if future and (future[0] - reference).days <= _TENSE_REACH_DAYS:
            chosen = future[0]
    return Resolution(chosen.isoformat(), relative=True)


# How far the tense may push a date away from the nearest occurrence: news reports events
# of the past months ("the Oct. 23 slaying", said in May) and announces the coming ones.
_TENSE_REACH_DAYS = 300


def _month_alone(match: re.Match[str], context: Context) -> Resolution | None:
    month = _month(match["month"])
    relation = (match["rel"] or "").lower()
    before = context.text[max(0, match.start() - 12) : match.start()].lower().split()
    if not relation and not match["mod"] and (not before or before[-1] not in _MONTH_PREPOSITIONS):
        return None  # "May" the verb, "June Carter": a bare month needs "in", "last" ...
    anchor = _needs(context, Precision.MONTH)
    if anchor is None:
        return None
    assert anchor.date.month is not None
    if relation == "last" or relation == "past":
        year = anchor.date.year if month < anchor.date.month else anchor.date.year - 1
    elif relation in ("next", "coming"):
        year = anchor.date.year if month > anchor.date.month else anchor.date.year + 1
    elif relation == "this":
        year = anchor.date.year
    else:
        # News reports what happened: a bare month with no future marker is the last one.
        direction = context.direction(match.start(), match.end()) or -1
        year = cal.month_near(anchor.date.year, anchor.date.month, month, direction)
    return Resolution(cal.month_value(year, month), mod=_mod(match), relative=True)


_MONTH_PREPOSITIONS = frozenset(
    """in of since until till by through during from to before after early mid late
    between and or since, in, the""".split()
)


def _year(match: re.Match[str], context: Context) -> Resolution | None:
    after = context.text[match.end() : match.end() + 24]
    before = context.text[max(0, match.start() - 3) : match.start()]
    if _COUNT_AFTER.match(after) or before.rstrip().endswith(("$", "€", "£", "#", "No.")):
        return None  # "2000 troops", "$2024", "No. 1999": a number, not a year
    value = match["year"]
    mod = _mod(match)
    return Resolution(value, mod=mod)


# Words after a four-digit number that make it a count or an amount, not a year: "2000
# troops". Other nouns keep it a year: "the 2016 elections", "the 2008 crisis".
_COUNT_AFTER = re.compile(
    r"\s*(?:%|percent|per\b|(?:people|persons|troops|soldiers|men|women|children|residents|"
    r"workers|employees|jobs|homes|houses|families|cars|vehicles|units|votes|voters|deaths|"
    r"cases|casualties|victims|refugees|migrants|prisoners|students|members|delegates|"
    r"seats|shares|tons|tonnes|barrels|acres|hectares|km|kilometres|kilometers|miles|"
    r"metres|meters|feet|square|dollars|euros|pounds|yen|points|times)\b)",
    re.IGNORECASE,
)


def _decade(match: re.Match[str], context: Context) -> Resolution | None:
    digits = match["decade"]
    if digits.startswith("'"):
        # "the '80s": the most recent such decade that has begun.
        anchor = context.anchor
        year = anchor.date.year if anchor else 1999
        century = year // 100
        if century * 100 + int(digits[1]) * 10 > year:
            century -= 1
        value = f"{century}{digits[1]}"
    else:
        value = digits[:3]
    return Resolution(value, mod=_mod(match))


def _decade_word(match: re.Match[str], context: Context) -> Resolution | None:
    return Resolution(f"19{DECADE_WORDS[match['word'].lower()]}", mod=_mod(match))


def _century(match: re.Match[str], context: Context) -> Resolution | None:
    number = int(match["number"])
    return Resolution(f"{number - 1:02d}") if 1 <= number <= 21 else None


# ---------------------------------------------------------------- relative dates


def _deictic_day(match: re.Match[str], context: Context) -> Resolution | None:
    anchor = _needs(context, Precision.DAY)
    if anchor is None:
        return None
    word = " ".join(match["word"].lower().split())
    offset = {
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }[word]
    day = anchor.day + dt.timedelta(days=offset)
    part = (match["part"] or "").lower()
    if word == "tonight":
        return Resolution(f"{day.isoformat()}TNI", TIME, relative=True)
    if part:
        return Resolution(f"{day.isoformat()}T{PARTS_OF_DAY[part]}", TIME, relative=True)
    return Resolution(day.isoformat(), relative=True)


def _this_part_of_day(match: re.Match[str], context: Context) -> Resolution | None:
    anchor = _needs(context, Precision.DAY)
    if anchor is None:
        return None
    relation = match["rel"].lower()
    day = anchor.day - dt.timedelta(days=1) if relation == "last" else anchor.day
    return Resolution(
        f"{day.isoformat()}T{PARTS_OF_DAY[match['part'].lower()]}", TIME, relative=True
    )


def _relative_unit(match: re.Match[str], context: Context) -> Resolution | None:
    """this/last/next week, month, year, weekend, decade, century."""
    relation = match["rel"].lower()
    unit = match["unit"].lower()
    if match["unit"][:1].isupper() and match.start() > 0:
        return None  # "This Week", the television programme: a title, not a week
    if relation == "past" and match.group(0).lower().startswith("the"):
        return None  # "the past decade" is a stretch of time: a duration
    step = {
        "this": 0,
        "current": 0,
        "last": -1,
        "past": -1,
        "previous": -1,
        "next": 1,
        "coming": 1,
    }[relation]
    return _unit_from_anchor(context, unit, step, _mod(match))


def _period_edge(match: re.Match[str], context: Context) -> Resolution | None:
    """ "the end of the year", "year-end", "the beginning of the month": the current one,
    or the one before when a past tense speaks of an end still to come ("prices fell at the
    end of the year", said in October), the next one when a future speaks of a beginning
    already passed."""
    unit = (match["unit"] or "year").lower()
    mod = _mod(match) or "END"
    anchor = _needs(context, Precision.DAY if unit == "week" else Precision.MONTH)
    if unit == "year" and anchor is None:
        anchor = _needs(context, Precision.YEAR)
    if anchor is None:
        return None
    if unit == "week":
        fraction = anchor.day.weekday() / 7
    elif unit == "month":
        fraction = (anchor.day.day - 1) / 31
    else:
        fraction = ((anchor.date.month or 6) - 1) / 12
    direction = context.direction(match.start(), match.end())
    step = 0
    if direction < 0 and mod == "END" and fraction < 0.85:
        step = -1
    elif direction > 0 and mod == "START" and fraction >= 0.15:
        step = 1
    return _unit_from_anchor(context, unit, step, mod)


def _unit_from_anchor(context: Context, unit: str, step: int, mod: str | None) -> Resolution | None:
    """The week, month, year, decade or century `step` units from the anchor's."""
    precision = {"week": Precision.DAY, "weekend": Precision.DAY, "month": Precision.MONTH}.get(
        unit, Precision.YEAR
    )
    anchor = _needs(context, precision)
    if anchor is None:
        return None
    if unit in ("week", "weekend"):
        day = anchor.day + dt.timedelta(weeks=step)
        suffix = "-WE" if unit == "weekend" else ""
        return Resolution(cal.week_value(day) + suffix, mod=mod, relative=True)
    if unit == "month":
        day = cal.add_months(anchor.day, step)
        return Resolution(cal.month_value(day.year, day.month), mod=mod, relative=True)
    if unit == "year":
        return Resolution(f"{anchor.date.year + step:04d}", mod=mod, relative=True)
    # Past the calendar's ends a decade would get four digits and read as a year
    # ("1000" for the decade after 9999), a century three and read as a decade.
    if unit == "decade" and 0 <= anchor.date.year // 10 + step <= 999:
        return Resolution(f"{anchor.date.year // 10 + step:03d}", mod=mod, relative=True)
    if unit == "century" and 0 <= anchor.date.year // 100 + step <= 99:
        return Resolution(f"{anchor.date.year // 100 + step:02d}", mod=mod, relative=True)
    return None


def _ago(match: re.Match[str], context: Context) -> Resolution | None:
    """ "two weeks ago", "a year ago", "several months ago"."""
    unit = match["unit"].lower().rstrip("s")
    unit = "century" if unit == "centurie" else unit
    amount = _number(match["n"]) if match["n"] else None
    if amount is None or amount != int(amount):
        return Resolution("PAST_REF", relative=True)
    count = int(amount)
    precision = (
        Precision.DAY
        if unit in ("day", "week")
        else (Precision.MONTH if unit == "month" else Precision.YEAR)
    )
    anchor = _needs(context, precision)
    if anchor is None:
        return None
    if unit == "day":
        return Resolution((anchor.day - dt.timedelta(days=count)).isoformat(), relative=True)
    if unit == "week":
        return Resolution((anchor.day - dt.timedelta(weeks=count)).isoformat(), relative=True)
    if unit == "month":
        day = cal.add_months(anchor.day, -count)
        return Resolution(cal.month_value(day.year, day.month), relative=True)
    if unit == "year":
        return Resolution(f"{anchor.date.year - count:04d}", relative=True)
    if unit == "decade":
        return Resolution(f"{(anchor.date.year - 10 * count) // 10:03d}", relative=True)
    return None


def _weekday(match: re.Match[str], context: Context) -> Resolution | None:
    if _NAMED_DAY_BEFORE.search(context.text, max(0, match.start() - 14), match.start()):
        return None  # "Black Friday", "Super Tuesday", "Good Friday"
    if _NEWSPAPER_AFTER.match(context.text, match.end()):
        return None  # "the Sunday Times", "Monday Night Football"
    anchor = _needs(context, Precision.DAY)
    if anchor is None:
        return None
    weekday = WEEKDAYS[match["weekday"].rstrip(".").lower()]
    relation = (match["rel"] or "").lower()
    if relation in ("last", "past", "previous"):
        direction = -1
    elif relation in ("next", "coming", "this"):
        direction = 1
    else:
        # News reports what happened: a weekday with no future marker is the last one.
        direction = context.direction(match.start(), match.end()) or -1
    day = cal.weekday_near(anchor.day, weekday, direction)
    if relation == "last" and day == anchor.day:
        day -= dt.timedelta(days=7)
    # "Wednesday night" is annotated as the day itself: the part of the day adds no date.
    return Resolution(day.isoformat(), relative=True)


_NAMED_DAY_BEFORE = re.compile(
    r"(?:Black|Good|Super|Bloody|Ash|Palm|Easter|Cyber|Holy|Fat|Blue|Giving|Shrove|Maundy)\s+$"
)
_NEWSPAPER_AFTER = re.compile(
    r"\s+(?:Times|Telegraph|Express|Herald|Mirror|Post|Mail|Star|News|Tribune|Independent|"
    r"Observer|Sport|Night\s+(?:Football|Live|Raw)|Morning\s+(?:Herald|Post))\b"
)


def _season(match: re.Match[str], context: Context) -> Resolution | None:
    code = SEASONS[match["season"].lower()]
    mod = _mod(match)
    if match["year"]:
        return Resolution(f"{match['year']}-{code}", mod=mod)
    relation = (match["rel"] or "").lower()
    anchor = _needs(context, Precision.MONTH)
    if anchor is None:
        return None
    assert anchor.date.month is not None
    current = cal.season_of(anchor.date.month)
    order = cal.SEASON_ORDER
    # Winter starts in December; count seasons on a year that begins with winter.
    season_year = anchor.date.year + (1 if anchor.date.month == 12 else 0)
    position = order.index(current)
    target = order.index(code)
    if relation in ("last", "past", "previous"):
        year = season_year if target < position else season_year - 1
    elif relation in ("next", "coming"):
        year = season_year if target > position else season_year + 1
    elif relation == "this":
        year = season_year
    else:
        direction = context.direction(match.start(), match.end())
        if direction < 0:
            year = season_year if target <= position else season_year - 1
        elif direction > 0:
            year = season_year if target >= position else season_year + 1
        else:
            year = season_year
    return Resolution(f"{year:04d}-{code}", mod=mod, relative=True)


def _quarter(match: re.Match[str], context: Context) -> Resolution | None:
    quarter = ORDINALS.get((match["ordinal"] or "").lower()) or (
        int(match["q"]) if match["q"] else None
    )
    if quarter is None:
        return None
    if match["year"]:
        return Resolution(f"{match['year']}-Q{quarter}")
    anchor = _needs(context, Precision.MONTH)
    if anchor is None:
        return None
    assert anchor.date.month is not None
    current = cal.quarter_of(anchor.date.month)
    direction = context.direction(match.start(), match.end())
    year = anchor.date.year
    if quarter >= current and direction <= 0:
        year -= 1 if quarter > current else 0
    return Resolution(f"{year:04d}-Q{quarter}", relative=True)


# Placeholders resolved in text order by the tagger: business news says "the quarter" for
# the quarter it is reporting on, and "a year earlier" for that quarter a year before.
QUARTER_REF = "QUARTER_REF"
YEAR_BEFORE_REF = "YEAR_BEFORE_REF"


def _year_quarter(match: re.Match[str], context: Context) -> Resolution | None:
    """ "this year's third quarter", "the 1988 third quarter", "the 1989 period"."""
    if match["year"]:
        year = int(match["year"])
    else:
        anchor = _needs(context, Precision.YEAR)
        if anchor is None:
            return None
        relation = "last" if match["ago"] else match["rel"].lower()
        year = anchor.date.year + {"this": 0, "last": -1, "next": 1}[relation]
    if match["ordinal"]:
        return Resolution(f"{year:04d}-Q{ORDINALS[match['ordinal'].lower()]}")
    return Resolution(f"{year:04d}-QX")


def _anaphor(match: re.Match[str], context: Context) -> Resolution | None:
    """ "that day", "the following year": resolved later against the last date mentioned."""
    value = anaphora.placeholder(match, context.text)
    return Resolution(value) if value else None


def _reference_duration(value: str) -> Resolver:
    def resolve(match: re.Match[str], context: Context) -> Resolution | None:
        return Resolution(value, DURATION)

    return resolve


def _reference(value: str) -> Resolver:
    def resolve(match: re.Match[str], context: Context) -> Resolution | None:
        return Resolution(value, relative=True)

    return resolve


def _holiday(match: re.Match[str], context: Context) -> Resolution | None:
    """Thanksgiving, Christmas, Easter ...: the occurrence the sentence points to."""
    name = " ".join(match["name"].lower().replace("'", "").split())
    relation = (match["rel"] or "").lower()
    anchor = _needs(context, Precision.DAY)
    if anchor is None:
        return None
    direction = (
        -1
        if relation == "last"
        else 1
        if relation in ("next", "this")
        else (context.direction(match.start(), match.end()) or -1)
    )
    dates = [
        day
        for year in (anchor.day.year - 1, anchor.day.year, anchor.day.year + 1)
        if (day := cal.holiday(name, year)) is not None
    ]
    # The years around the anchor always hold one before and one after it, except at the
    # calendar's ends ("next Christmas" on 9999-12-30), where there is none to name.
    if direction < 0:
        chosen = max((day for day in dates if day <= anchor.day), default=None)
    else:
        chosen = min((day for day in dates if day >= anchor.day), default=None)
    if chosen is None:
        return None
    if "week" in name:
        return Resolution(cal.week_value(chosen), relative=True)
    return Resolution(chosen.isoformat(), relative=True)


_SPELLED_TENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SPELLED_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}


def _spelled_year(match: re.Match[str], context: Context) -> Resolution | None:
    """ "nineteen ninety-six", "the year two thousand": years as spoken in transcripts."""
    if match["thousand"]:
        extra = match["thousand_rest"]
        value = 2000 + (_SPELLED_UNITS.get(extra.lower(), 0) if extra else 0)
    else:
        century = {"nineteen": 19, "eighteen": 18, "twenty": 20}[match["century"].lower()]
        tens = _SPELLED_TENS[match["tens"].lower()]
        units = _SPELLED_UNITS.get((match["units"] or "").lower(), 0)
        value = century * 100 + tens + units
    month = match["month"]
    if month:
        return Resolution(cal.month_value(value, _month(month)))
    return Resolution(f"{value:04d}")


def _weekend(match: re.Match[str], context: Context) -> Resolution | None:
    anchor = _needs(context, Precision.DAY)
    if anchor is None:
        return None
    direction = context.direction(match.start(), match.end()) or -1
    saturday = cal.weekday_near(anchor.day, 5, direction)
    return Resolution(cal.week_value(saturday) + "-WE", relative=True)


# ---------------------------------------------------------------- times


def _clock(match: re.Match[str], context: Context) -> Resolution | None:
    hour = int(match["hour"])
    minute = int(match["minute"] or 0)
    meridiem = (match["ampm"] or "").lower().replace(".", "")
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    anchor = _needs(context, Precision.DAY)
    if anchor is None:
        return None
    day = _day_of(match, context, anchor)
    if day is None:
        return None
    clock = f"{hour:02d}:{minute:02d}" if match["minute"] or minute else f"{hour:02d}:00"
    return Resolution(f"{day.isoformat()}T{clock}", TIME, relative=True)


def _day_of(match: re.Match[str], context: Context, anchor: Anchor) -> dt.date | None:
    """The day a time of day belongs to: a weekday or date written after it, else the
    anchor's day ("5 p.m. EST, Nov. 6", "noon Thursday", "10:35 a.m.")."""
    groups = match.groupdict()
    if groups.get("weekday"):
        direction = context.direction(match.start(), match.end()) or -1
        return cal.weekday_near(
            anchor.day, WEEKDAYS[groups["weekday"].rstrip(".").lower()], direction
        )
    if groups.get("month"):
        resolved = _month_day(match, context)
        return dt.date.fromisoformat(resolved.value) if resolved else None
    return anchor.day


def _noon(match: re.Match[str], context: Context) -> Resolution | None:
    anchor = _needs(context, Precision.DAY)
    if anchor is None:
        return None
    clock = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[match["word"].lower()]
    day = _day_of(match, context, anchor)
    return Resolution(f"{day.isoformat()}T{clock}", TIME, relative=True) if day else None


# ---------------------------------------------------------------- durations and sets


def _duration(match: re.Match[str], context: Context) -> Resolution | None:
    unit_word = match["unit"].lower()
    unit = "century" if unit_word == "centuries" else unit_word.rstrip("s")
    letter, is_time = UNITS[unit]
    quantity = (match["n"] or "").lower()
    amount: float | None
    if quantity:
        amount = _number(quantity)
        amount_text = "X" if amount is None else _amount_text(amount, unit)
    elif unit_word.endswith("s") or unit_word == "centuries":
        amount_text = "X"  # "for weeks", "years"
    elif match["span"] and match.group(0).lower().startswith("the"):
        amount_text = "1"  # "the past decade", "the next month"
    else:
        return None  # "day", "week" alone are not durations
    if unit == "quarter" and unit_word.endswith("s") and ("-" in match.group(0) or not quantity):
        return None  # "three-quarters" is a fraction, "living quarters" a place
    if match["unit"][:1].isupper() and match.start("unit") > 0 and quantity[:1].isdigit():
        return None  # "60 Minutes": a title
    if unit == "second" and quantity in ("a", "an"):
        return None  # "a second wave": an ordinal
    if unit == "decade":
        letter, amount_text = (
            "Y",
            (_amount_text(float(amount_text) * 10, unit) if amount_text != "X" else "X"),
        )
    elif unit == "century":
        letter, amount_text = (
            "Y",
            (_amount_text(float(amount_text) * 100, unit) if amount_text != "X" else "X"),
        )
    elif unit == "fortnight":
        amount_text = _amount_text(float(amount_text) * 2, unit) if amount_text != "X" else "X"
    elif unit == "weekend":
        return None
    if match["age"] and "old" in match["age"]:
        return None  # "a 44-year-old": an age, not a duration of the story
    prefix = "PT" if is_time else "P"
    if amount_text.endswith(".5") and letter in _HALF_UNITS:
        half, smaller = _HALF_UNITS[letter]
        whole = amount_text[:-2]
        if letter == "D":
            return Resolution(f"P{whole}DT{int(half)}H", DURATION, mod=_duration_mod(match))
        return Resolution(
            f"{prefix}{whole}{letter}{half:g}{smaller}", DURATION, mod=_duration_mod(match)
        )
    return Resolution(f"{prefix}{amount_text}{letter}", DURATION, mod=_duration_mod(match))


def _amount_text(amount: float, unit: str) -> str:
    return str(int(amount)) if amount == int(amount) else str(amount)


# A half unit written in the next smaller one: 2 1/2 years is P2Y6M, 5 1/2 hours PT5H30M.
_HALF_UNITS = {"Y": (6, "M"), "M": (15, "D"), "D": (12, "H"), "H": (30, "M"), "W": (3.5, "D")}


_DURATION_MODS = {
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "less than": "LESS_THAN",
    "under": "LESS_THAN",
    "at least": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
    "about": "APPROX",
    "around": "APPROX",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "some": "APPROX",
    "roughly": "APPROX",
}


def _duration_mod(match: re.Match[str]) -> str | None:
    raw = match.groupdict().get("dmod")
    return _DURATION_MODS.get(" ".join(raw.lower().split())) if raw else None


def _set_every(match: re.Match[str], context: Context) -> Resolution | None:
    unit = match["unit"].lower()
    if unit in MONTHS:
        return Resolution(f"XXXX-{MONTHS[unit]:02d}", SET)
    if unit in WEEKDAYS:
        return Resolution(f"XXXX-WXX-{WEEKDAYS[unit] + 1}", SET)
    if unit in PARTS_OF_DAY:
        return Resolution(f"TXX{PARTS_OF_DAY[unit]}", SET)
    letter, is_time = UNITS[unit]
    return Resolution(f"{'PT' if is_time else 'P'}1{letter}", SET)


_CAPITALISED_AFTER = re.compile(r"\s+[A-Z]")


def _set_adverb(match: re.Match[str], context: Context) -> Resolution | None:
    if _CAPITALISED_AFTER.match(context.text, match.end()):
        return None  # "the party daily Granma": a newspaper
    value = {
        "daily": "P1D",
        "nightly": "P1D",
        "weekly": "P1W",
        "monthly": "P1M",
        "quarterly": "P1Q",
        "annually": "P1Y",
        "yearly": "P1Y",
        "hourly": "PT1H",
    }[match["word"].lower()]
    return Resolution(value, SET)


_AMOUNT_BEFORE = re.compile(
    r"(?:\d|million|billion|thousand|hundred|percent|times|twice|once|thrice|dollars|cents|"
    r"euros|pounds)\s*$",
    re.IGNORECASE,
)


def _set_rate(match: re.Match[str], context: Context) -> Resolution | None:
    """ "$33 million a year", "1,500 a day": a rate, only after an amount."""
    if not _AMOUNT_BEFORE.search(context.text, max(0, match.start() - 20), match.start()):
        return None
    letter, is_time = UNITS[match["unit"].lower()]
    return Resolution(f"{'PT' if is_time else 'P'}1{letter}", SET)


# ---------------------------------------------------------------- the rule table

_REL = r"(?P<rel>this|last|next|past|coming|previous|current)"

RULES: tuple[Rule, ...] = (
    compile_rule(
        "iso date",
        r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})",
        _iso,
        trigger=r"\d{4}-\d\d-\d\d",
        reach=(0, 10),
    ),
    compile_rule(
        "month day year",
        rf"(?P<month>{MONTH})\s+(?P<day>{DAY}),?\s+(?P<year>{YEAR})",
        _month_day_year,
        trigger=_T_MONTH,
        reach=(4, 24),
    ),
    compile_rule(
        "day month year",
        rf"(?:the\s+)?(?P<day>{DAY})(?:\s+of)?\s+(?P<month>{MONTH}),?\s+(?P<year>{YEAR})",
        _month_day_year,
        trigger=_T_MONTH,
        reach=(16, 16),
    ),
    compile_rule(
        "month year",
        rf"{MOD}?(?P<month>{MONTH})(?:\s+of)?,?\s+(?P<year>{YEAR})",
        _month_year,
        trigger=_T_MONTH,
        reach=(40, 16),
    ),
    compile_rule(
        "week of",
        rf"{_i('the')}\s+week\s+of\s+(?P<month>{MONTH})\s+(?P<day>{DAY})",
        _week_of,
        trigger=r"(?i:week of)",
        reach=(6, 20),
    ),
    compile_rule(
        "month of relative year",
        rf"{MOD}?(?P<month>{MONTH})\s+(?:of\s+)?{_i(r'(?P<rel>this|last|next)')}\s+{_i('year')}",
        _month_of_relative_year,
        trigger=_T_MONTH,
        reach=(40, 20),
    ),
    compile_rule(
        "month day",
        rf"(?:{_i(r'(?P<rel>last|next|this)')}\s+)?(?P<month>{MONTH})\s+(?P<day>{DAY})"
        r"(?!\s*(?:%|percent|per\b))",
        _month_day,
        trigger=_T_MONTH,
        reach=(4, 16),
    ),
    compile_rule(
        "day month",
        rf"(?:the\s+)?(?P<day>{DAY})(?:\s+of)?\s+(?P<month>{MONTH})",
        _month_day,
        trigger=_T_MONTH,
        reach=(16, 12),
    ),
    compile_rule(
        "month",
        rf"{MOD}?(?:{_i(_REL)}\s+)?(?P<month>{FULL_MONTH}|(?:{_MONTH_ABBREVIATIONS})\.)",
        _month_alone,
        trigger=_T_MONTH,
        reach=(40, 12),
    ),
    compile_rule(
        "year",
        rf"{_i(MOD)}?(?:the\s+year\s+)?(?P<year>{YEAR})",
        _year,
        trigger=_T_YEAR,
        reach=(40, 6),
    ),
    compile_rule(
        "decade",
        rf"{_i(MOD)}?(?:the\s+)?(?P<decade>(?:1[6-9]|20)\d0|'\d0)'?s",
        _decade,
        trigger=r"\d0'?s\b",
        reach=(40, 4),
    ),
    compile_rule(
        "decade word",
        _i(rf"(?:the\s+)?{MOD}?(?:the\s+)?(?P<word>{'|'.join(DECADE_WORDS)})"),
        _decade_word,
        trigger=r"(?i:ties\b)",
        reach=(48, 4),
    ),
    compile_rule(
        "century",
        _i(r"(?:the\s+)?(?P<number>\d{1,2})(?:st|nd|rd|th)[- ]century"),
        _century,
        trigger=r"(?i:century)",
        reach=(24, 10),
    ),
    compile_rule(
        "day word",
        _i(
            r"(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|"
            rf"tonight|yesterday|tomorrow)(?:\s+(?P<part>{PART_OF_DAY}))?"
        ),
        _deictic_day,
        trigger=r"(?i:\b(?:today|tonight|yesterday|tomorrow))",
        reach=(24, 16),
    ),
    compile_rule(
        "part of day",
        _i(rf"(?P<rel>this|last)\s+(?P<part>{PART_OF_DAY})"),
        _this_part_of_day,
        trigger=r"(?i:\b(?:morning|afternoon|evening|night))",
        reach=(8, 12),
    ),
    compile_rule(
        "period edge",
        _i(
            r"(?:(?P<mod>the\s+(?:beginning|start|end|middle)\s+of|the\s+(?:first|second)\s+"
            r"half\s+of)\s+the\s+(?P<unit>week|month|year)|year[- ]end|year's\s+end)(?!-)"
        ),
        _period_edge,
        trigger=r"(?i:\b(?:week|month|year)\b)",
        reach=(32, 8),
    ),
    compile_rule(
        "anaphora",
        anaphora.PATTERN,
        _anaphor,
        trigger=anaphora.TRIGGER,
        reach=(40, 12),
    ),
    compile_rule(
        "relative unit",
        _i(rf"{MOD}?(?:the\s+)?{_REL}\s+(?P<unit>week|weekend|month|year|decade|century)"),
        _relative_unit,
        trigger=r"(?i:\b(?:week|month|year|decade|century))",
        reach=(56, 12),
    ),
    compile_rule(
        "quarter reference",
        _i(
            r"(?:the\s+|this\s+|its\s+)(?:(?:latest|current|most\s+recent|same|latest\s+fiscal)"
            r"\s+)?(?:fiscal\s+)?quarter(?!-)|the\s+latest\s+period"
        ),
        _reference(QUARTER_REF),
        trigger=r"(?i:\b(?:quarter|period))",
        reach=(32, 4),
    ),
    compile_rule(
        "year before",
        _i(
            r"a\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:comparable\s+)?year[- ]"
            r"(?:earlier|ago)(?:\s+(?:quarter|period))?|last\s+year's\s+(?:quarter|period)"
        ),
        _reference(YEAR_BEFORE_REF),
        trigger=r"(?i:year)",
        reach=(24, 24),
    ),
    compile_rule(
        "ago",
        _i(
            rf"(?:(?P<n>{NUMBER}|a|an|several|a\s+few|few|many|some|a\s+couple\s+of)\s+)?"
            rf"(?P<unit>{UNITS_RE})\s+ago"
        ),
        _ago,
        trigger=r"(?i:\bago\b)",
        reach=(48, 4),
    ),
    compile_rule(
        "weekday",
        rf"(?:{_i(r'(?P<rel>last|next|this|past|coming|previous)')}\s+)?"
        rf"(?P<weekday>{WEEKDAY})(?:\s+(?P<part>{_i(PART_OF_DAY)}))?",
        _weekday,
        trigger=_T_WEEKDAY,
        reach=(12, 20),
    ),
    compile_rule(
        "season",
        _i(
            rf"(?:the\s+(?=(?:early|mid|late)[- ]))?{MOD}?"
            # After "early", "late": "late summer"; otherwise "the summer", "last summer".
            rf"(?:(?:the\s+)?{_REL}\s+|the\s+|(?(mod)|(?!)))"
            rf"(?P<season>{SEASON})"
            rf"(?:\s+(?:of\s+)?(?P<year>{YEAR}))?"
        ),
        _season,
        trigger=r"(?i:\b(?:spring|summer|fall|autumn|winter))",
        reach=(56, 16),
    ),
    compile_rule(
        "season year",
        _i(rf"{MOD}?(?P<rel>)(?P<season>{SEASON})\s+(?:of\s+)?(?P<year>{YEAR})"),
        _season,
        trigger=r"(?i:\b(?:spring|summer|fall|autumn|winter))",
        reach=(40, 16),
    ),
    compile_rule(
        "quarter",
        _i(
            r"(?:the\s+)?(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)[- ]"
            rf"(?:fiscal[- ])?quarter(?!-)(?:\s+(?:of\s+)?(?P<year>{YEAR}))?(?P<q>)"
        ),
        _quarter,
        trigger=r"(?i:quarter)",
        reach=(32, 16),
    ),
    compile_rule(
        "year's quarter",
        _i(
            r"(?:(?P<rel>this|last|next)\s+year's|the\s+(?P<year>(?:19|20)\d\d)|"
            r"(?:the\s+)?(?P<ago>year[- ](?:earlier|ago)))\s+"
            r"(?:(?P<ordinal>first|second|third|fourth)[- ](?:fiscal[- ])?)?(?:quarter|period)"
        ),
        _year_quarter,
        trigger=r"(?i:quarter|period)",
        reach=(40, 4),
    ),
    compile_rule(
        "quarter code",
        rf"Q(?P<q>[1-4])(?:\s+(?P<year>{YEAR}))?(?P<ordinal>)",
        _quarter,
        trigger=r"Q[1-4]",
        reach=(0, 10),
    ),
    compile_rule(
        "holiday",
        rf"(?:{_i(r'(?P<rel>last|next|this)')}\s+)?(?P<name>Thanksgiving(?:\s+Day)?|"
        r"Christmas(?:\s+(?:Day|Eve))?|New\s+Year's\s+(?:Day|Eve)|Easter(?:\s+(?:Sunday|"
        r"Monday|week))?|Election\s+Day|Independence\s+Day|Labor\s+Day|Memorial\s+Day)",
        _holiday,
        trigger=r"Thanksgiving|Christmas|New Year|Easter|Election Day|Independence Day|"
        r"Labor Day|Memorial Day",
        reach=(12, 16),
    ),
    compile_rule(
        "spelled year",
        _i(
            rf"(?:(?P<month>{_MONTH_NAMES})\s+)?(?:the\s+year\s+)?(?:"
            r"(?P<century>nineteen|eighteen|twenty)\s+(?P<tens>ten|eleven|twelve|thirteen|"
            r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
            r"fifty|sixty|seventy|eighty|ninety)(?:[- ](?P<units>one|two|three|four|five|six|"
            r"seven|eight|nine))?|(?P<thousand>two\s+thousand)(?:\s+(?:and\s+)?"
            r"(?P<thousand_rest>one|two|three|four|five|six|seven|eight|nine))?)"
            r"(?!\s+(?:years|people|dollars|men|women|troops|soldiers|times|miles|tons)\b)"
        ),
        _spelled_year,
        trigger=r"(?i:\b(?:nineteen|eighteen|twenty|thousand)\b)",
        reach=(40, 32),
    ),
    compile_rule(
        "weekend",
        _i(r"(?:the|this|last|next)\s+weekend"),
        _weekend,
        trigger=r"(?i:weekend)",
        reach=(8, 8),
    ),
    compile_rule(
        "present",
        _i(
            r"(?:right\s+)?now|currently|at\s+present|presently|nowadays|these\s+days|"
            r"at\s+the\s+moment|at\s+this\s+time|current"
        ),
        _reference("PRESENT_REF"),
        trigger=r"(?i:\b(?:now|current|present|these days|moment|this time))",
        reach=(12, 12),
    ),
    compile_rule(
        "past",
        _i(r"recently|in\s+the\s+past|formerly|lately|recent"),
        _reference("PAST_REF"),
        trigger=r"(?i:\b(?:recent|past|previous|former|lately))",
        reach=(12, 12),
    ),
    compile_rule(
        "future",
        _i(r"(?:in\s+)?the\s+(?:near\s+)?future|in\s+future"),
        _reference("FUTURE_REF"),
        trigger=r"(?i:future)",
        reach=(12, 4),
    ),
    compile_rule(
        "clock",
        _i(r"(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)")
        + r"(?:\s+[A-Z]{2,4}\b)?"
        + rf"(?:,?\s+(?:(?P<weekday>{WEEKDAY})|(?P<month>{MONTH})\s+(?P<day>{DAY})))?",
        _clock,
        trigger=r"(?i:\b[ap]\.?m\b)",
        reach=(10, 24),
    ),
    compile_rule(
        "noon",
        _i(r"(?P<word>noon|midday|midnight)") + rf"(?:,?\s+(?P<weekday>{WEEKDAY}))?",
        _noon,
        trigger=r"(?i:noon|midday|midnight)",
        reach=(0, 24),
    ),
    compile_rule(
        "rate",
        _i(
            r"(?:a|per)\s+(?P<unit>day|week|month|year)(?=\s*(?:[,.;)]|$|\s+(?:for|in|to|on|"
            r"and|or|since|until|over)\b))"
        ),
        _set_rate,
        trigger=_T_UNIT,
        reach=(8, 8),
    ),
    compile_rule(
        "accounting year",
        _i(r"the\s+(?:fiscal\s+|financial\s+)?year(?=\s+(?:ended|ending|ends|to)\b)"),
        _reference_duration("P1Y"),
        trigger=r"(?i:year)",
        reach=(24, 4),
    ),
    compile_rule(
        "duration",
        _i(
            r"(?:(?P<dmod>more\s+than|less\s+than|at\s+least|up\s+to|no\s+more\s+than|about|"
            r"around|nearly|almost|over(?!\s+the\b)|under|roughly)\s+)?"
            r"(?:the\s+)?(?:(?P<span>past|last|next|first|coming|previous|final)\s+)?"
            rf"(?:(?P<n>{NUMBER}|a|an|several|a\s+few|few|many|recent|a\s+couple\s+of)[- ]"
            r"(?:(?:more|additional|further|extra|trading|business|working|calendar)\s+)?)?"
            rf"(?P<unit>{UNITS_RE})(?P<age>-long|-old|\s+old)?"
            r"(?!\s+(?:ago|from\s+now))"
        ),
        _duration,
        trigger=_T_UNIT,
        reach=(64, 12),
    ),
    compile_rule(
        "every",
        _i(
            r"(?:every|each)\s+(?:single\s+)?(?P<unit>day|week|month|year|quarter|hour|"
            r"morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|"
            rf"saturday|sunday|{_MONTH_NAMES})"
        ),
        _set_every,
        trigger=r"(?i:every|each)",
        reach=(0, 40),
    ),
    compile_rule(
        "adverb set",
        _i(r"(?P<word>daily|nightly|weekly|monthly|annually|yearly|hourly)"),
        _set_adverb,
        trigger=r"(?i:ly\b)",
        reach=(12, 2),
    ),
)
