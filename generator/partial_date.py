"""Dates that keep the precision they were written with: a day, a month or a year.

"2024-11" means some day in November 2024, not November 1st; treating it as a full date
would invent a fact. `PartialDate` carries exactly what was known.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from dataclasses import dataclass


class Precision(enum.StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


MONTH_NAMES = tuple(calendar.month_name)[1:]
_MONTH_BY_NAME: dict[str, int] = {}
for _number, _name in enumerate(MONTH_NAMES, start=1):
    _MONTH_BY_NAME[_name.lower()] = _number
    _MONTH_BY_NAME[_name[:3].lower()] = _number
_MONTH_BY_NAME["sept"] = 9


@dataclass(frozen=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year} is out of range")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} does not exist")
        if self.day is not None:
            # Raises ValueError for days that do not exist, such as 2023-02-29.
            dt.date(self.year, self.month or 1, self.day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def iso(self) -> str:
        """`2024`, `2024-11` or `2024-11-19`: ISO 8601 at the known precision."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def sort_key(self) -> tuple[int, int, int]:
        """Orders dates; a month sorts after its own days (it may be as late as its end)."""
        return (self.year, self.month or 13, self.day or 32)

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def display(self) -> str:
        """The date as a reader expects it, at its own precision: "November 19, 2024"."""
        if self.month is None:
            return str(self.year)
        name = MONTH_NAMES[self.month - 1]
        if self.day is None:
            return f"{name} {self.year}"
        return f"{name} {self.day}, {self.year}"

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)


_ISO = re.compile(
    r"""^(?P<year>\d{4})
        (?:-(?P<month>\d{2})
           (?:-(?P<day>\d{2})
              (?:[T\s](?P<time>\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)
                 \s*(?P<zone>Z|[+-]\d{2}:?\d{2})?
              )?
           )?
        )?$""",
    re.VERBOSE,
)

ISO_FORMS = "YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM]"


def parse_iso(text: str) -> tuple[PartialDate, dt.datetime | None]:
    """Parse an ISO 8601 date of any precision, with an optional time and zone.

    Returns the date and, when a time was given, the full timestamp (aware when a zone was
    given, naive otherwise). Raises ValueError with a message meant for the user.
    """
    match = _ISO.match(text.strip())
    if not match:
        raise ValueError(f"'{text}' is not a date; write it as {ISO_FORMS}")
    year = int(match["year"])
    month = int(match["month"]) if match["month"] else None
    day = int(match["day"]) if match["day"] else None
    try:
        date = PartialDate(year, month, day)
    except ValueError as exc:
        raise ValueError(f"'{text}' is not a real date ({exc})") from None
    if not match["time"]:
        return date, None
    stamp = f"{match['year']}-{match['month']}-{match['day']}T{match['time']}"
    zone = match["zone"]
    if zone:
        stamp += "+00:00" if zone == "Z" else zone if ":" in zone else f"{zone[:3]}:{zone[3:]}"
    try:
        return date, dt.datetime.fromisoformat(stamp)
    except ValueError:
        raise ValueError(f"'{text}' has a time that does not exist") from None


_WRITTEN = re.compile(
    r"""^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?
        (?:
          (?P<month1>[a-z]{3,9})\.?\s+(?P<day1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year1>\d{4})
        | (?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month2>[a-z]{3,9})\.?,?\s+(?P<year2>\d{4})
        | (?P<month3>[a-z]{3,9})\.?\s+(?P<year3>\d{4})
        )$""",
    re.VERBOSE | re.IGNORECASE,
)


def parse_written(text: str) -> PartialDate | None:
    """Parse a date written out in English ("November 19, 2024", "19 Nov 2024",
    "Tuesday, November 19, 2024", "November 2024"); None when `text` is not one."""
    match = _WRITTEN.match(text.strip())
    if not match:
        return None
    for month_group, day_group, year_group in (
        ("month1", "day1", "year1"),
        ("month2", "day2", "year2"),
        ("month3", None, "year3"),
    ):
        if match[month_group]:
            month = _MONTH_BY_NAME.get(match[month_group].lower())
            if month is None:
                return None
            day = int(match[day_group]) if day_group else None
            try:
                return PartialDate(int(match[year_group]), month, day)
            except ValueError:
                return None
    return None
