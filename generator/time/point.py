"""A point on a timeline: a resolved date at the precision it was written with.

Built from a TIMEX3 DATE value ("2024-11-07", "2024-W45", "2024-11", "2024-Q3",
"2024-SU", "2024", "199", "20"), with the modifier of "early 2025" or "late last year".
It knows the first and last day it may mean, sorts chronologically, and displays itself
at its own precision: "Nov 7, 2024", "August 2024", "summer 2024", "early 2025".
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from dataclasses import dataclass

from generator.partial_date import MONTH_NAMES


class Granularity(enum.StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_MOD_NAMES = {"START": "early", "MID": "mid-", "END": "late"}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})(?:-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


@dataclass(frozen=True)
class TimePoint:
    value: str
    granularity: Granularity
    first: dt.date
    last: dt.date
    mod: str | None = None

    @classmethod
    def parse(cls, value: str, mod: str | None = None) -> TimePoint | None:
        """The point a TIMEX3 DATE value names; None for references such as PRESENT_REF,
        for values with unknown parts ("XXXX-WXX"), and for periods that do not exist or
        run past the calendar's ends (2023-02-29; 9999-W52 ends in the year 10000)."""
        try:
            return _parse(value, mod if mod in _MOD_NAMES else None)
        except (ValueError, OverflowError):  # OverflowError: date arithmetic past 9999
            return None

    def sort_key(self) -> tuple[dt.date, int]:
        """Chronological; "early", "mid" and "late" move the point within its period, and
        a longer period sorts before the days it holds."""
        start = self.first
        if self.mod in ("MID", "END"):
            span = (self.last - self.first).days
            start = self.first + dt.timedelta(
                days=span // 2 if self.mod == "MID" else span * 5 // 6
            )
        return (start, -(self.last - self.first).days)

    def overlaps(self, other: TimePoint) -> bool:
        return self.first <= other.last and other.first <= self.last

    def display(self) -> str:
        """The date as written, at its precision: "Nov 7, 2024", "early 2025"."""
        text = self._plain()
        if self.mod:
            prefix = _MOD_NAMES[self.mod]
            text = f"{prefix}{text}" if prefix.endswith("-") else f"{prefix} {text}"
        return text[0].upper() + text[1:] if text[:1].islower() else text

    def _plain(self) -> str:
        year = self.first.year
        if self.granularity is Granularity.DAY:
            return f"{calendar.month_abbr[self.first.month]} {self.first.day}, {year}"
        if self.granularity is Granularity.WEEK:
            kind = "weekend" if self.value.endswith("-WE") else "week"
            return f"{kind} of {calendar.month_abbr[self.first.month]} {self.first.day}, {year}"
        if self.granularity is Granularity.MONTH:
            return f"{MONTH_NAMES[self.first.month - 1]} {year}"
        if self.granularity is Granularity.QUARTER:
            return f"Q{(self.first.month - 1) // 3 + 1} {year}"
        if self.granularity is Granularity.SEASON:
            code = self.value[-2:]
            return f"{_SEASON_NAMES[code]} {self.value[:4]}"
        if self.granularity is Granularity.YEAR:
            return str(year)
        if self.granularity is Granularity.DECADE:
            return f"the {self.value}0s"
        return f"the {_ordinal(int(self.value) + 1)} century"


def _ordinal(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


def _parse(value: str, mod: str | None) -> TimePoint | None:
    if match := _DAY.match(value):
        day = dt.date(int(match[1]), int(match[2]), int(match[3]))
        return TimePoint(value[:10], Granularity.DAY, day, day, mod)
    if match := _WEEK.match(value):
        monday = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
        if value.endswith("-WE"):  # the weekend of that week: Saturday and Sunday
            saturday = monday + dt.timedelta(days=5)
            return TimePoint(
                value, Granularity.WEEK, saturday, saturday + dt.timedelta(days=1), mod
            )
        return TimePoint(value, Granularity.WEEK, monday, monday + dt.timedelta(days=6), mod)
    if match := _MONTH.match(value):
        year, month = int(match[1]), int(match[2])
        last = calendar.monthrange(year, month)[1]
        return TimePoint(
            value, Granularity.MONTH, dt.date(year, month, 1), dt.date(year, month, last), mod
        )
    if match := _QUARTER.match(value):
        year, quarter = int(match[1]), int(match[2])
        first = dt.date(year, 3 * quarter - 2, 1)
        end_month = 3 * quarter
        last = dt.date(year, end_month, calendar.monthrange(year, end_month)[1])
        return TimePoint(value, Granularity.QUARTER, first, last, mod)
    if match := _SEASON.match(value):
        year, code = int(match[1]), match[2]
        start_month, end_month = _SEASON_MONTHS[code]
        first = dt.date(year - 1 if code == "WI" else year, start_month, 1)
        last = dt.date(year, end_month, calendar.monthrange(year, end_month)[1])
        return TimePoint(value, Granularity.SEASON, first, last, mod)
    if match := _YEAR.match(value):
        year = int(match[1])
        return TimePoint(value, Granularity.YEAR, dt.date(year, 1, 1), dt.date(year, 12, 31), mod)
    if match := _DECADE.match(value):
        start = int(match[1]) * 10
        return TimePoint(
            value, Granularity.DECADE, dt.date(start, 1, 1), dt.date(start + 9, 12, 31), mod
        )
    if match := _CENTURY.match(value):
        start = max(int(match[1]) * 100, 1)
        return TimePoint(
            value, Granularity.CENTURY, dt.date(start, 1, 1), dt.date(start + 99, 12, 31), mod
        )
    return None
