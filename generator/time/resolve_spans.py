"""Resolvers for clock times ("10:35 a.m.", "noon Saturday"), durations ("three
weeks", "the past 24 hours") and sets ("every Monday", "daily", "a year")."""

from __future__ import annotations

import datetime as dt
import re

from generator.partial_date import Precision
from generator.time import calendar as cal
from generator.time.lexicon import (
    MONTHS,
    PARTS_OF_DAY,
    UNITS,
    WEEKDAYS,
)
from generator.time.patterns import (
    Context,
    Resolution,
    anchor_for,
    number_of,
)
from generator.time.resolve_absolute import (
    resolve_month_day,
)
from generator.time.timex import DURATION, SET, TIME, Anchor


def resolve_clock(match: re.Match[str], context: Context) -> Resolution | None:
    hour = int(match["hour"])
    minute = int(match["minute"] or 0)
    meridiem = (match["ampm"] or "").lower().replace(".", "")
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    anchor = anchor_for(context, Precision.DAY)
    if anchor is None:
        return None
    day = day_of(match, context, anchor)
    if day is None:
        return None
    clock = f"{hour:02d}:{minute:02d}" if match["minute"] or minute else f"{hour:02d}:00"
    return Resolution(f"{day.isoformat()}T{clock}", TIME, relative=True)


def day_of(match: re.Match[str], context: Context, anchor: Anchor) -> dt.date | None:
    """The day a time of day belongs to: a weekday or date written after it, else the
    anchor's day ("5 p.m. EST, Nov. 6", "noon Thursday", "10:35 a.m.")."""
    groups = match.groupdict()
    if groups.get("weekday"):
        direction = context.direction(match.start(), match.end()) or -1
        return cal.weekday_near(
            anchor.day, WEEKDAYS[groups["weekday"].rstrip(".").lower()], direction
        )
    if groups.get("month"):
        resolved = resolve_month_day(match, context)
        return dt.date.fromisoformat(resolved.value) if resolved else None
    return anchor.day


def resolve_noon(match: re.Match[str], context: Context) -> Resolution | None:
    anchor = anchor_for(context, Precision.DAY)
    if anchor is None:
        return None
    clock = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[match["word"].lower()]
    day = day_of(match, context, anchor)
    return Resolution(f"{day.isoformat()}T{clock}", TIME, relative=True) if day else None


# ---------------------------------------------------------------- durations and sets


def resolve_duration(match: re.Match[str], context: Context) -> Resolution | None:
    unit_word = match["unit"].lower()
    unit = "century" if unit_word == "centuries" else unit_word.rstrip("s")
    letter, is_time = UNITS[unit]
    quantity = (match["n"] or "").lower()
    amount: float | None
    if quantity:
        amount = number_of(quantity)
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


def resolve_set_every(match: re.Match[str], context: Context) -> Resolution | None:
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


def resolve_set_adverb(match: re.Match[str], context: Context) -> Resolution | None:
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


def resolve_set_rate(match: re.Match[str], context: Context) -> Resolution | None:
    """ "$33 million a year", "1,500 a day": a rate, only after an amount."""
    if not _AMOUNT_BEFORE.search(context.text, max(0, match.start() - 20), match.start()):
        return None
    letter, is_time = UNITS[match["unit"].lower()]
    return Resolution(f"{'PT' if is_time else 'P'}1{letter}", SET)
