"""Resolvers for dates as written: "November 19, 2024", "March 2023", "1998", "the
1990s", "nineteen ninety-four", and the day or month of the anchor's year ("January
20", "in May"), whose year the tense decides."""

from __future__ import annotations

import datetime as dt
import re

from generator.partial_date import Precision
from generator.time import calendar as cal
from generator.time.lexicon import DECADE_WORDS, NUMBER_WORDS
from generator.time.patterns import (
    Context,
    Resolution,
    anchor_for,
    day_number,
    iso_date,
    mod_of,
    month_number,
)


def resolve_iso(match: re.Match[str], context: Context) -> Resolution | None:
    value = iso_date(int(match["y"]), int(match["m"]), int(match["d"]))
    return Resolution(value) if value else None


def resolve_month_day_year(match: re.Match[str], context: Context) -> Resolution | None:
    value = iso_date(int(match["year"]), month_number(match["month"]), day_number(match["day"]))
    return Resolution(value) if value else None


def resolve_month_year(match: re.Match[str], context: Context) -> Resolution | None:
    return Resolution(
        cal.month_value(int(match["year"]), month_number(match["month"])), mod=mod_of(match)
    )


def resolve_week_of(match: re.Match[str], context: Context) -> Resolution | None:
    """ "the week of March 6": the week holding that day."""
    day = resolve_month_day(match, context)
    if day is None:
        return None
    return Resolution(cal.week_value(dt.date.fromisoformat(day.value)), relative=True)


def resolve_month_of_relative_year(match: re.Match[str], context: Context) -> Resolution | None:
    """ "June last year", "April next year", "February this year"."""
    anchor = anchor_for(context, Precision.YEAR)
    if anchor is None:
        return None
    year = anchor.date.year + {"this": 0, "last": -1, "next": 1}[match["rel"].lower()]
    return Resolution(
        cal.month_value(year, month_number(match["month"])), mod=mod_of(match), relative=True
    )


def resolve_month_day(match: re.Match[str], context: Context) -> Resolution | None:
    """ "January 20", "Nov. 6": the nearest such day, unless the tense points the other
    way and that occurrence is within half a year ("set on Aug. 6", said in February)."""
    anchor = anchor_for(context, Precision.MONTH)
    if anchor is None:
        return None
    month, day = month_number(match["month"]), day_number(match["day"])
    reference = anchor.day if anchor.knows(Precision.DAY) else anchor.date.first_day()
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        value = iso_date(year, month, day)
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


def resolve_month_alone(match: re.Match[str], context: Context) -> Resolution | None:
    month = month_number(match["month"])
    relation = (match["rel"] or "").lower()
    before = context.text[max(0, match.start() - 12) : match.start()].lower().split()
    if not relation and not match["mod"] and (not before or before[-1] not in _MONTH_PREPOSITIONS):
        return None  # "May" the verb, "June Carter": a bare month needs "in", "last" ...
    anchor = anchor_for(context, Precision.MONTH)
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
    return Resolution(cal.month_value(year, month), mod=mod_of(match), relative=True)


_MONTH_PREPOSITIONS = frozenset(
    """in of since until till by through during from to before after early mid late
    between and or since, in, the""".split()
)


def resolve_year(match: re.Match[str], context: Context) -> Resolution | None:
    after = context.text[match.end() : match.end() + 24]
    before = context.text[max(0, match.start() - 3) : match.start()]
    if _COUNT_AFTER.match(after) or before.rstrip().endswith(("$", "€", "£", "#", "No.")):
        return None  # "2000 troops", "$2024", "No. 1999": a number, not a year
    value = match["year"]
    mod = mod_of(match)
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


def resolve_decade(match: re.Match[str], context: Context) -> Resolution | None:
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
    return Resolution(value, mod=mod_of(match))


def resolve_decade_word(match: re.Match[str], context: Context) -> Resolution | None:
    return Resolution(f"19{DECADE_WORDS[match['word'].lower()]}", mod=mod_of(match))


def resolve_century(match: re.Match[str], context: Context) -> Resolution | None:
    number = int(match["number"])
    return Resolution(f"{number - 1:02d}") if 1 <= number <= 21 else None


def resolve_spelled_year(match: re.Match[str], context: Context) -> Resolution | None:
    """ "nineteen ninety-six", "the year two thousand": years as spoken in transcripts."""
    if match["thousand"]:
        extra = match["thousand_rest"]
        value = 2000 + (NUMBER_WORDS[extra.lower()] if extra else 0)
    else:
        century = {"nineteen": 19, "eighteen": 18, "twenty": 20}[match["century"].lower()]
        units = match["units"]
        value = (
            century * 100
            + NUMBER_WORDS[match["tens"].lower()]
            + (NUMBER_WORDS[units.lower()] if units else 0)
        )
    month = match["month"]
    if month:
        return Resolution(cal.month_value(value, month_number(month)))
    return Resolution(f"{value:04d}")
