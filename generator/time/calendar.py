"""Calendar arithmetic for resolving time expressions: months, weeks, quarters, seasons."""

from __future__ import annotations

import calendar
import datetime as dt


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (or earlier), at most the month's last day. Raises
    OverflowError past year 1 or 9999, as date arithmetic with a timedelta does."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise OverflowError("date value out of range")
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def weekday_near(anchor: dt.date, weekday: int, direction: int) -> dt.date:
    """The given weekday (0 = Monday) in the week around `anchor`.

    direction -1: the most recent one on or before the anchor; +1: the next one on or
    after it; 0: the nearer of the two (ties go to the past, as news mostly reports).
    """
    back = (anchor.weekday() - weekday) % 7
    forward = (weekday - anchor.weekday()) % 7
    if direction < 0:
        return anchor - dt.timedelta(days=back)
    if direction > 0:
        return anchor + dt.timedelta(days=forward)
    return (
        anchor - dt.timedelta(days=back) if back <= forward else anchor + dt.timedelta(days=forward)
    )


def month_near(anchor_year: int, anchor_month: int, month: int, direction: int) -> int:
    """The year of `month` as meant from the anchor: the last such month on or before it
    (past), the next on or after it (future), or the nearer one (unknown)."""
    if direction < 0:
        return anchor_year if month <= anchor_month else anchor_year - 1
    if direction > 0:
        return anchor_year if month >= anchor_month else anchor_year + 1
    delta = month - anchor_month
    if delta > 6:
        return anchor_year - 1
    if delta < -6:
        return anchor_year + 1
    return anchor_year


def season_of(month: int) -> str:
    """The northern-hemisphere season of a month, as a TIMEX3 code."""
    return {
        12: "WI",
        1: "WI",
        2: "WI",
        3: "SP",
        4: "SP",
        5: "SP",
        6: "SU",
        7: "SU",
        8: "SU",
        9: "FA",
        10: "FA",
        11: "FA",
    }[month]


SEASON_ORDER = ("WI", "SP", "SU", "FA")


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday (0 = Monday) of a month; n = -1 for the last one."""
    if n < 0:
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def holiday(name: str, year: int) -> dt.date | None:
    """The date of a holiday in a year (US civic holidays where countries differ); None
    for an unknown name or a year outside the calendar (1 to 9999)."""
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        return None
    fixed = {
        "christmas": (12, 25),
        "christmas day": (12, 25),
        "christmas eve": (12, 24),
        "new years day": (1, 1),
        "new years eve": (12, 31),
        "independence day": (7, 4),
    }
    if name in fixed:
        return dt.date(year, *fixed[name])
    if name.startswith("easter"):
        sunday = easter(year)
        return sunday + dt.timedelta(days=1) if name == "easter monday" else sunday
    if name in ("thanksgiving", "thanksgiving day"):
        return nth_weekday(year, 11, 3, 4)
    if name == "labor day":
        return nth_weekday(year, 9, 0, 1)
    if name == "memorial day":
        return nth_weekday(year, 5, 0, -1)
    if name == "election day":
        return nth_weekday(year, 11, 0, 1) + dt.timedelta(days=1)
    return None
