"""Time expressions that refer to a date the text mentioned before: "that day", "the
following year", "later that month", "the next morning".

They are not anchored to the publication day but to the last date of the story told: in
"Kopp fled to Mexico in June 1998 and returned later that year", the year is 1998,
whenever the article appeared. The rule proposes a placeholder; `resolve_anaphora` then
walks the expressions in text order and gives each placeholder the date it refers to.
With no earlier date precise enough ("the next day" after "in 1998", or nothing at all),
the expression is dropped: a date is never guessed.
"""

from __future__ import annotations

import datetime as dt
import re

from generator.time import calendar as cal
from generator.time.point import Granularity, TimePoint
from generator.time.timex import DATE, TIME, Timex

_UNIT = r"(?:day|week|month|year|morning|afternoon|evening|night)"
PATTERN = (
    # "that day", "later that year", "that same morning", "the same week"
    rf"(?i:(?:(?:earlier|later)\s+(?:on\s+|in\s+)?)?(?:that(?:\s+same|\s+very)?|the\s+same)"
    rf"\s+(?P<unit>{_UNIT})"
    # "the following year", "the next day", "the previous month"
    rf"|the\s+(?P<step>following|next|previous|preceding)\s+(?P<step_unit>{_UNIT}))"
    # "that day-care centre", "that year's": a hyphen makes another word; "'s" is fine.
    r"(?!-)"
)
TRIGGER = rf"(?i:\b{_UNIT}\b)"

_PREFIX = "ANAPHOR:"
_STEPS = {"following": 1, "next": 1, "previous": -1, "preceding": -1}
# "over the next year", "for the next day or two": spans ahead of now, not a date.
_SPAN_BEFORE = re.compile(r"(?i:\b(?:over|within|during|for|throughout|in)\s+$)")
_DAY_UNITS = frozenset({"day", "morning", "afternoon", "evening", "night"})


def placeholder(match: re.Match[str], text: str) -> str | None:
    """The placeholder value for a match of PATTERN, or None when it is not a reference:
    "over the next year" is a duration."""
    if match["step"]:
        if match["step"].lower() == "next" and _SPAN_BEFORE.search(
            text, max(0, match.start() - 16), match.start()
        ):
            return None
        unit, offset = match["step_unit"].lower(), _STEPS[match["step"].lower()]
    else:
        unit, offset = match["unit"].lower(), 0
    return f"{_PREFIX}{'day' if unit in _DAY_UNITS else unit}:{offset}"


def is_placeholder(value: str) -> bool:
    return value.startswith(_PREFIX)


def resolve_anaphora(found: list[Timex]) -> list[Timex]:
    """The expressions in text order, each placeholder replaced by the date it refers to
    (the last one mentioned before it, moved by its step) or dropped when there is none."""
    resolved: list[Timex] = []
    last: tuple[TimePoint, bool] | None = None
    for timex in found:
        if is_placeholder(timex.value):
            value = _referred(timex.value, last[0]) if last else None
            if value is None:
                continue
            assert last is not None
            timex = Timex(**{**timex.__dict__, "value": value, "relative": last[1]})
        if timex.type in (DATE, TIME) and (point := TimePoint.parse(timex.value)) is not None:
            last = (point, timex.relative)
        resolved.append(timex)
    return resolved


def _referred(value: str, reference: TimePoint) -> str | None:
    """The date a placeholder names, moved from the reference, if it is precise enough."""
    unit, offset_text = value[len(_PREFIX) :].split(":")
    offset = int(offset_text)
    granularity = reference.granularity
    try:
        if unit == "day":
            if granularity is not Granularity.DAY:
                return None
            return (reference.first + dt.timedelta(days=offset)).isoformat()
        if unit == "week":
            if granularity not in (Granularity.DAY, Granularity.WEEK):
                return None
            return cal.week_value(reference.first + dt.timedelta(weeks=offset))
        if unit == "month":
            if granularity not in (Granularity.DAY, Granularity.MONTH):
                return None
            months = reference.first.year * 12 + reference.first.month - 1 + offset
            return cal.month_value(months // 12, months % 12 + 1)
        if granularity in (Granularity.DECADE, Granularity.CENTURY):
            return None
        return f"{int(reference.value[:4]) + offset:04d}"
    except OverflowError:  # a step past the calendar's ends
        return None
