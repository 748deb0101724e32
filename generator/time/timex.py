"""A time expression found in text, with its TIMEX3 value, and the anchor it is resolved
against (the publication date, known or estimated, at its precision)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.partial_date import PartialDate, Precision

DATE = "DATE"
TIME = "TIME"
DURATION = "DURATION"
SET = "SET"


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    """DATE, TIME, DURATION or SET, as in TimeML."""
    value: str
    """The TIMEX3 value: 2024-11-07, 2024-11, 2024-W45, 2024-Q3, 2024-SU, 2024, 202,
    PRESENT_REF, P3M, XXXX-WXX-1 ..."""
    mod: str | None = None
    """START, MID, END ("early 2025", "mid-November", "late last year"), APPROX ..."""
    signal: str | None = None
    """The word that ties the expression to an event: since, by, until, before, after."""
    relative: bool = False
    """True when the value was computed from the anchor (and inherits its uncertainty)."""
    range_end: str | None = None
    """For the first date of a range ("between November and February"), the last one."""


@dataclass(frozen=True)
class Anchor:
    """The time relative expressions are resolved against: an article's publication date."""

    date: PartialDate
    estimated: bool = False

    @property
    def day(self) -> dt.date:
        return self.date.first_day()

    def knows(self, precision: Precision) -> bool:
        order = (Precision.YEAR, Precision.MONTH, Precision.DAY)
        return order.index(self.date.precision) >= order.index(precision)

    @classmethod
    def of(cls, value: dt.date | PartialDate | Anchor | None) -> Anchor | None:
        if value is None or isinstance(value, Anchor):
            return value
        if isinstance(value, dt.date):
            return cls(PartialDate.from_date(value))
        return cls(value)
