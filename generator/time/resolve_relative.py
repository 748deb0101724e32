"""Resolvers for dates relative to the anchor or to another date: "yesterday", "last
month", "two weeks ago", "on Sunday", "the end of the year", "last summer", "the third
quarter", "Thanksgiving", "that day"."""

from __future__ import annotations

import datetime as dt
import re

from generator.partial_date import Precision
from generator.time import anaphora
from generator.time import calendar as cal
from generator.time.lexicon import (
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    WEEKDAYS,
)
from generator.time.patterns import (
    Context,
    Resolution,
    Resolver,
    anchor_for,
    mod_of,
    number_of,
)
from generator.time.timex import DURATION, TIME


def resolve_deictic_day(match: re.Match[str], context: Context) -> Resolution | None:
    anchor = anchor_for(context, Precision.DAY)
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


def resolve_this_part_of_day(match: re.Match[str], context: Context) -> Resolution | None:
    anchor = anchor_for(context, Precision.DAY)
    if anchor is None:
        return None
    relation = match["rel"].lower()
    day = anchor.day - dt.timedelta(days=1) if relation == "last" else anchor.day
    return Resolution(
        f"{day.isoformat()}T{PARTS_OF_DAY[match['part'].lower()]}", TIME, relative=True
    )


def resolve_relative_unit(match: re.Match[str], context: Context) -> Resolution | None:
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
    return unit_from_anchor(context, unit, step, mod_of(match))


def resolve_period_edge(match: re.Match[str], context: Context) -> Resolution | None:
    """ "the end of the year", "year-end", "the beginning of the month": the current one,
    or the one before when a past tense speaks of an end still to come ("prices fell at the
    end of the year", said in October), the next one when a future speaks of a beginning
    already passed."""
    unit = (match["unit"] or "year").lower()
    mod = mod_of(match) or "END"
    precision = {"week": Precision.DAY, "month": Precision.MONTH}.get(unit, Precision.YEAR)
    anchor = anchor_for(context, precision)
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
    return unit_from_anchor(context, unit, step, mod)


def unit_from_anchor(context: Context, unit: str, step: int, mod: str | None) -> Resolution | None:
    """The week, month, year, decade or century `step` units from the anchor's."""
    precision = {"week": Precision.DAY, "weekend": Precision.DAY, "month": Precision.MONTH}.get(
        unit, Precision.YEAR
    )
    anchor = anchor_for(context, precision)
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


def resolve_ago(match: re.Match[str], context: Context) -> Resolution | None:
    """ "two weeks ago", "a year ago", "several months ago"."""
    unit = match["unit"].lower().rstrip("s")
    unit = "century" if unit == "centurie" else unit
    amount = number_of(match["n"]) if match["n"] else None
    if amount is None or amount != int(amount):
        return Resolution("PAST_REF", relative=True)
    count = int(amount)
    precision = (
        Precision.DAY
        if unit in ("day", "week")
        else (Precision.MONTH if unit == "month" else Precision.YEAR)
    )
    anchor = anchor_for(context, precision)
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


def resolve_weekday(match: re.Match[str], context: Context) -> Resolution | None:
    if _NAMED_DAY_BEFORE.search(context.text, max(0, match.start() - 14), match.start()):
        return None  # "Black Friday", "Super Tuesday", "Good Friday"
    if _NEWSPAPER_AFTER.match(context.text, match.end()):
        return None  # "the Sunday Times", "Monday Night Football"
    anchor = anchor_for(context, Precision.DAY)
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


def resolve_season(match: re.Match[str], context: Context) -> Resolution | None:
    code = SEASONS[match["season"].lower()]
    mod = mod_of(match)
    if match["year"]:
        return Resolution(f"{match['year']}-{code}", mod=mod)
    relation = (match["rel"] or "").lower()
    anchor = anchor_for(context, Precision.MONTH)
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


def resolve_quarter(match: re.Match[str], context: Context) -> Resolution | None:
    quarter = ORDINALS.get((match["ordinal"] or "").lower()) or (
        int(match["q"]) if match["q"] else None
    )
    if quarter is None:
        return None
    if match["year"]:
        return Resolution(f"{match['year']}-Q{quarter}")
    anchor = anchor_for(context, Precision.MONTH)
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


def resolve_year_quarter(match: re.Match[str], context: Context) -> Resolution | None:
    """ "this year's third quarter", "the 1988 third quarter", "the 1989 period"."""
    if match["year"]:
        year = int(match["year"])
    else:
        anchor = anchor_for(context, Precision.YEAR)
        if anchor is None:
            return None
        relation = "last" if match["ago"] else match["rel"].lower()
        year = anchor.date.year + {"this": 0, "last": -1, "next": 1}[relation]
    if match["ordinal"]:
        return Resolution(f"{year:04d}-Q{ORDINALS[match['ordinal'].lower()]}")
    return Resolution(f"{year:04d}-QX")


def resolve_anaphor(match: re.Match[str], context: Context) -> Resolution | None:
    """ "that day", "the following year": resolved later against the last date mentioned."""
    value = anaphora.placeholder(match, context.text)
    return Resolution(value) if value else None


def resolve_reference_duration(value: str) -> Resolver:
    def resolve(match: re.Match[str], context: Context) -> Resolution | None:
        return Resolution(value, DURATION)

    return resolve


def resolve_reference(value: str) -> Resolver:
    def resolve(match: re.Match[str], context: Context) -> Resolution | None:
        return Resolution(value, relative=True)

    return resolve


def resolve_holiday(match: re.Match[str], context: Context) -> Resolution | None:
    """Thanksgiving, Christmas, Easter ...: the occurrence the sentence points to."""
    name = " ".join(match["name"].lower().replace("'", "").split())
    relation = (match["rel"] or "").lower()
    anchor = anchor_for(context, Precision.DAY)
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


def resolve_weekend(match: re.Match[str], context: Context) -> Resolution | None:
    anchor = anchor_for(context, Precision.DAY)
    if anchor is None:
        return None
    direction = context.direction(match.start(), match.end()) or -1
    saturday = cal.weekday_near(anchor.day, 5, direction)
    return Resolution(cal.week_value(saturday) + "-WE", relative=True)
