"""Tests for generator.time.calendar: the calendar arithmetic behind time expressions."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.time.calendar import (
    add_months,
    easter,
    holiday,
    month_near,
    month_value,
    nth_weekday,
    quarter_of,
    season_of,
    week_value,
    weekday_near,
)

MONDAY, TUESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = 0, 1, 3, 4, 5, 6
PAST, UNKNOWN, FUTURE = -1, 0, 1

# ---------------------------------------------------------------- add_months


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2024, 3, 15), 1, dt.date(2024, 4, 15)),
        (dt.date(2024, 3, 15), -2, dt.date(2024, 1, 15)),
        (dt.date(2024, 3, 15), 0, dt.date(2024, 3, 15)),
    ],
)
def test_add_months_keeps_the_day_of_the_month(
    day: dt.date, months: int, expected: dt.date
) -> None:
    assert add_months(day, months) == expected


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2024, 1, 31), 1, dt.date(2024, 2, 29)),  # leap year
        (dt.date(2023, 1, 31), 1, dt.date(2023, 2, 28)),
        (dt.date(2024, 3, 31), -1, dt.date(2024, 2, 29)),
        (dt.date(2024, 5, 31), 1, dt.date(2024, 6, 30)),
        (dt.date(2024, 2, 29), 12, dt.date(2025, 2, 28)),
    ],
)
def test_add_months_clamps_to_the_end_of_a_shorter_month(
    day: dt.date, months: int, expected: dt.date
) -> None:
    assert add_months(day, months) == expected


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2024, 12, 15), 1, dt.date(2025, 1, 15)),
        (dt.date(2024, 1, 15), -1, dt.date(2023, 12, 15)),
        (dt.date(2024, 11, 19), 14, dt.date(2026, 1, 19)),
        (dt.date(2024, 2, 10), -13, dt.date(2023, 1, 10)),
        (dt.date(2024, 11, 30), -24, dt.date(2022, 11, 30)),
    ],
)
def test_add_months_wraps_across_years(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


# ---------------------------------------------------------------- values


def test_month_value_pads_year_and_month() -> None:
    assert month_value(2024, 3) == "2024-03"
    assert month_value(987, 11) == "0987-11"


@pytest.mark.parametrize(
    ("month", "quarter"), [(1, 1), (3, 1), (4, 2), (6, 2), (7, 3), (9, 3), (10, 4), (12, 4)]
)
def test_quarter_of_a_month(month: int, quarter: int) -> None:
    assert quarter_of(month) == quarter


# ---------------------------------------------------------------- week_value


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2024, 11, 19), "2024-W47"),
        (dt.date(2024, 11, 12), "2024-W46"),
        (dt.date(2024, 11, 17), "2024-W46"),  # Sunday ends the ISO week
        (dt.date(2024, 11, 18), "2024-W47"),  # Monday starts the next one
        (dt.date(2024, 1, 1), "2024-W01"),
    ],
)
def test_week_value_is_the_iso_week(day: dt.date, expected: str) -> None:
    assert week_value(day) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2024, 12, 30), "2025-W01"),  # a Monday of late December opens 2025's week 1
        (dt.date(2021, 1, 1), "2020-W53"),  # a Friday of early January ends 2020's week 53
        (dt.date(2023, 1, 1), "2022-W52"),
        (dt.date(2026, 1, 1), "2026-W01"),
    ],
)
def test_week_value_uses_the_iso_year_at_year_boundaries(day: dt.date, expected: str) -> None:
    assert week_value(day) == expected


# ---------------------------------------------------------------- weekday_near

TUESDAY_ANCHOR = dt.date(2024, 11, 19)


@pytest.mark.parametrize(
    ("weekday", "expected"),
    [
        (FRIDAY, dt.date(2024, 11, 15)),
        (SUNDAY, dt.date(2024, 11, 17)),
        (MONDAY, dt.date(2024, 11, 18)),
        (THURSDAY, dt.date(2024, 11, 14)),
    ],
)
def test_weekday_near_in_the_past_is_the_last_one_before(weekday: int, expected: dt.date) -> None:
    assert weekday_near(TUESDAY_ANCHOR, weekday, PAST) == expected


@pytest.mark.parametrize(
    ("weekday", "expected"),
    [
        (FRIDAY, dt.date(2024, 11, 22)),
        (SUNDAY, dt.date(2024, 11, 24)),
        (MONDAY, dt.date(2024, 11, 25)),
        (THURSDAY, dt.date(2024, 11, 21)),
    ],
)
def test_weekday_near_in_the_future_is_the_next_one_after(weekday: int, expected: dt.date) -> None:
    assert weekday_near(TUESDAY_ANCHOR, weekday, FUTURE) == expected


@pytest.mark.parametrize("direction", [PAST, UNKNOWN, FUTURE])
def test_weekday_near_the_anchors_own_weekday_is_the_anchor(direction: int) -> None:
    assert weekday_near(TUESDAY_ANCHOR, TUESDAY, direction) == TUESDAY_ANCHOR


@pytest.mark.parametrize(
    ("weekday", "expected"),
    [
        (MONDAY, dt.date(2024, 11, 18)),  # one day back, six forward
        (SATURDAY, dt.date(2024, 11, 16)),  # three back, four forward
        (FRIDAY, dt.date(2024, 11, 22)),  # four back, three forward
        (THURSDAY, dt.date(2024, 11, 21)),  # five back, two forward
    ],
)
def test_weekday_near_without_direction_is_the_nearer_one(weekday: int, expected: dt.date) -> None:
    assert weekday_near(TUESDAY_ANCHOR, weekday, UNKNOWN) == expected


def test_weekday_near_crosses_a_year_boundary() -> None:
    new_years_eve = dt.date(2024, 12, 31)  # a Tuesday

    assert weekday_near(new_years_eve, FRIDAY, FUTURE) == dt.date(2025, 1, 3)
    assert weekday_near(dt.date(2025, 1, 2), SUNDAY, PAST) == dt.date(2024, 12, 29)


# ---------------------------------------------------------------- month_near


@pytest.mark.parametrize(
    ("month", "direction", "expected_year"),
    [
        (8, PAST, 2024),
        (11, PAST, 2024),  # the anchor's own month counts as the last one
        (12, PAST, 2023),
        (1, PAST, 2024),
        (1, FUTURE, 2025),
        (11, FUTURE, 2024),
        (12, FUTURE, 2024),
        (8, FUTURE, 2025),
    ],
)
def test_month_near_with_a_direction(month: int, direction: int, expected_year: int) -> None:
    assert month_near(2024, 11, month, direction) == expected_year


@pytest.mark.parametrize(
    ("anchor_month", "month", "expected_year"),
    [
        (11, 1, 2025),  # two months ahead rather than ten back
        (11, 8, 2024),
        (11, 5, 2024),  # six months either way: stays in the anchor's year
        (2, 11, 2023),  # three months back rather than nine ahead
        (2, 6, 2024),
        (6, 12, 2024),
    ],
)
def test_month_near_without_direction_is_the_nearer_year(
    anchor_month: int, month: int, expected_year: int
) -> None:
    assert month_near(2024, anchor_month, month, UNKNOWN) == expected_year


# ---------------------------------------------------------------- season_of


@pytest.mark.parametrize(
    ("month", "season"),
    [
        (12, "WI"),
        (1, "WI"),
        (2, "WI"),
        (3, "SP"),
        (5, "SP"),
        (6, "SU"),
        (8, "SU"),
        (9, "FA"),
        (11, "FA"),
    ],
)
def test_season_of_a_month_in_the_northern_hemisphere(month: int, season: str) -> None:
    assert season_of(month) == season


# ---------------------------------------------------------------- easter


@pytest.mark.parametrize(
    ("year", "sunday"),
    [
        (2000, dt.date(2000, 4, 23)),
        (2008, dt.date(2008, 3, 23)),
        (2011, dt.date(2011, 4, 24)),
        (2019, dt.date(2019, 4, 21)),
        (2024, dt.date(2024, 3, 31)),
        (2025, dt.date(2025, 4, 20)),
        (1818, dt.date(1818, 3, 22)),  # the earliest possible date
        (2038, dt.date(2038, 4, 25)),  # the latest possible date
    ],
)
def test_easter_sunday_of_known_years(year: int, sunday: dt.date) -> None:
    assert easter(year) == sunday
    assert easter(year).weekday() == SUNDAY


# ---------------------------------------------------------------- nth_weekday


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2022, dt.date(2022, 11, 24)),
        (2023, dt.date(2023, 11, 23)),
        (2024, dt.date(2024, 11, 28)),
        (2025, dt.date(2025, 11, 27)),
    ],
)
def test_nth_weekday_finds_thanksgiving_the_fourth_thursday_of_november(
    year: int, expected: dt.date
) -> None:
    assert nth_weekday(year, 11, THURSDAY, 4) == expected


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2023, dt.date(2023, 5, 29)),
        (2024, dt.date(2024, 5, 27)),
        (2025, dt.date(2025, 5, 26)),
        (2021, dt.date(2021, 5, 31)),  # the 31st itself is a Monday
    ],
)
def test_nth_weekday_minus_one_is_the_last_monday_of_may(year: int, expected: dt.date) -> None:
    assert nth_weekday(year, 5, MONDAY, -1) == expected


def test_nth_weekday_first_when_the_month_starts_on_that_weekday() -> None:
    # September 2025 starts on a Monday.
    assert nth_weekday(2025, 9, MONDAY, 1) == dt.date(2025, 9, 1)
    assert nth_weekday(2025, 9, MONDAY, 2) == dt.date(2025, 9, 8)


# ---------------------------------------------------------------- holiday


@pytest.mark.parametrize(
    ("name", "year", "expected"),
    [
        ("christmas", 2024, dt.date(2024, 12, 25)),
        ("christmas day", 2024, dt.date(2024, 12, 25)),
        ("christmas eve", 2024, dt.date(2024, 12, 24)),
        ("new years day", 2025, dt.date(2025, 1, 1)),
        ("new years eve", 2024, dt.date(2024, 12, 31)),
        ("independence day", 2024, dt.date(2024, 7, 4)),
        ("easter", 2024, dt.date(2024, 3, 31)),
        ("easter sunday", 2025, dt.date(2025, 4, 20)),
        ("easter monday", 2024, dt.date(2024, 4, 1)),
        ("thanksgiving", 2024, dt.date(2024, 11, 28)),
        ("thanksgiving day", 2023, dt.date(2023, 11, 23)),
        ("labor day", 2024, dt.date(2024, 9, 2)),
        ("memorial day", 2024, dt.date(2024, 5, 27)),
        ("election day", 2024, dt.date(2024, 11, 5)),
        # The Tuesday after the first Monday: November 2022 starts on a Tuesday.
        ("election day", 2022, dt.date(2022, 11, 8)),
    ],
)
def test_holiday_dates(name: str, year: int, expected: dt.date) -> None:
    assert holiday(name, year) == expected


@pytest.mark.parametrize("name", ["ramadan", "bastille day", "boxing day", ""])
def test_holiday_unknown_name_is_none(name: str) -> None:
    assert holiday(name, 2024) is None
