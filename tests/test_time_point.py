"""A resolved TIMEX3 DATE value at its own precision: generator.time.point.TimePoint."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.time.point import Granularity, TimePoint


def point(value: str, mod: str | None = None) -> TimePoint:
    parsed = TimePoint.parse(value, mod)
    assert parsed is not None, value
    return parsed


# ---------------------------------------------------------------- parse: granularity and span


@pytest.mark.parametrize(
    ("value", "granularity", "first", "last"),
    [
        ("2024-11-07", Granularity.DAY, dt.date(2024, 11, 7), dt.date(2024, 11, 7)),
        ("2024-W45", Granularity.WEEK, dt.date(2024, 11, 4), dt.date(2024, 11, 10)),
        ("2024-08", Granularity.MONTH, dt.date(2024, 8, 1), dt.date(2024, 8, 31)),
        ("2024-02", Granularity.MONTH, dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2024-Q3", Granularity.QUARTER, dt.date(2024, 7, 1), dt.date(2024, 9, 30)),
        ("2024-Q1", Granularity.QUARTER, dt.date(2024, 1, 1), dt.date(2024, 3, 31)),
        ("2024-SP", Granularity.SEASON, dt.date(2024, 3, 1), dt.date(2024, 5, 31)),
        ("2024-SU", Granularity.SEASON, dt.date(2024, 6, 1), dt.date(2024, 8, 31)),
        ("2024-FA", Granularity.SEASON, dt.date(2024, 9, 1), dt.date(2024, 11, 30)),
        ("2024", Granularity.YEAR, dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        ("199", Granularity.DECADE, dt.date(1990, 1, 1), dt.date(1999, 12, 31)),
        ("20", Granularity.CENTURY, dt.date(2000, 1, 1), dt.date(2099, 12, 31)),
    ],
)
def test_parse_gives_the_granularity_and_the_first_and_last_day(
    value: str, granularity: Granularity, first: dt.date, last: dt.date
) -> None:
    parsed = point(value)
    assert (parsed.value, parsed.granularity, parsed.first, parsed.last) == (
        value,
        granularity,
        first,
        last,
    )


def test_a_time_value_is_the_day_it_falls_on() -> None:
    parsed = point("2024-11-07T10:30")
    assert (parsed.value, parsed.granularity, parsed.first, parsed.last) == (
        "2024-11-07",
        Granularity.DAY,
        dt.date(2024, 11, 7),
        dt.date(2024, 11, 7),
    )


def test_a_weekend_value_is_a_week_point() -> None:
    assert point("2024-W46-WE").granularity is Granularity.WEEK


def test_a_weekend_spans_only_its_saturday_and_sunday() -> None:
    # TIMEX3 "2024-W46-WE" is the weekend of ISO week 46: Saturday 16 and Sunday 17
    # November 2024. The days before it are not days the expression may mean.
    parsed = point("2024-W46-WE")
    assert (parsed.first, parsed.last) == (dt.date(2024, 11, 16), dt.date(2024, 11, 17))


def test_winter_starts_in_the_december_before_its_year() -> None:
    parsed = point("2024-WI")
    assert (parsed.granularity, parsed.first, parsed.last) == (
        Granularity.SEASON,
        dt.date(2023, 12, 1),
        dt.date(2024, 2, 29),
    )


@pytest.mark.parametrize(
    "value",
    ["PRESENT_REF", "PAST_REF", "FUTURE_REF", "XXXX-WXX", "XXXX-08", "2024-13", "2024-02-30"],
)
def test_references_unknown_parts_and_impossible_dates_give_none(value: str) -> None:
    assert TimePoint.parse(value) is None


@pytest.mark.parametrize("value", ["", "junk", "P3M", "2024-11-7", "20245", "2024-Q5"])
def test_junk_gives_none(value: str) -> None:
    assert TimePoint.parse(value) is None


@pytest.mark.parametrize("mod", ["START", "MID", "END"])
def test_a_position_modifier_is_kept(mod: str) -> None:
    assert point("2025", mod).mod == mod


def test_other_modifiers_are_dropped() -> None:
    assert point("2025", "APPROX").mod is None


# ---------------------------------------------------------------- display


@pytest.mark.parametrize(
    ("value", "mod", "shown"),
    [
        ("2024-11-07", None, "Nov 7, 2024"),
        ("2024-11-07T10:30", None, "Nov 7, 2024"),
        ("2024-W45", None, "Week of Nov 4, 2024"),
        ("2024-08", None, "August 2024"),
        ("2024-Q3", None, "Q3 2024"),
        ("2024-SU", None, "Summer 2024"),
        ("2024-WI", None, "Winter 2024"),
        ("2024-FA", None, "Autumn 2024"),
        ("2024", None, "2024"),
        ("199", None, "The 1990s"),
        ("20", None, "The 21st century"),
        ("2025", "START", "Early 2025"),
        ("2024-11", "MID", "Mid-November 2024"),
        ("2023", "END", "Late 2023"),
        ("2024-SU", "END", "Late summer 2024"),
    ],
)
def test_display_writes_the_date_at_its_precision(value: str, mod: str | None, shown: str) -> None:
    assert point(value, mod).display() == shown


# ---------------------------------------------------------------- sort_key


def test_sort_key_orders_points_chronologically() -> None:
    chronological = [
        "199",
        "2023-08",
        "2023",  # with END below: late 2023 comes after August 2023
        "2024-WI",
        "2024-03-01",
        "2024-SU",
        "2024-Q3",
        "2024-09-15",
        "2024-W45",
        "2024-11-07",
    ]
    points = [point(value, "END" if value == "2023" else None) for value in chronological]
    shuffled = points[::-1]
    assert [p.value for p in sorted(shuffled, key=TimePoint.sort_key)] == chronological


def test_a_month_sorts_before_its_days() -> None:
    days = [point("2024-11-01"), point("2024-11-30")]
    month = point("2024-11")
    ordered = sorted([*days, month], key=TimePoint.sort_key)
    assert [p.value for p in ordered] == ["2024-11", "2024-11-01", "2024-11-30"]


def test_a_year_sorts_before_its_first_month() -> None:
    ordered = sorted([point("2024-01"), point("2024")], key=TimePoint.sort_key)
    assert [p.value for p in ordered] == ["2024", "2024-01"]


def test_early_mid_and_late_move_a_point_within_its_period() -> None:
    ordered = sorted(
        [point("2024", "END"), point("2024-06"), point("2024", "MID"), point("2024", "START")],
        key=TimePoint.sort_key,
    )
    assert [(p.value, p.mod) for p in ordered] == [
        ("2024", "START"),
        ("2024-06", None),
        ("2024", "MID"),
        ("2024", "END"),
    ]


# ---------------------------------------------------------------- overlaps


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("2024-08", "2024-Q3"),
        ("2024-08-15", "2024-08"),
        ("2024-WI", "2023-12"),
        ("2024-WI", "2024-02-29"),
        ("2024-W45", "2024-11-10"),
        ("199", "1995"),
        ("2024-11-07", "2024-11-07T10:30"),
    ],
)
def test_points_sharing_a_day_overlap_both_ways(first: str, second: str) -> None:
    assert (point(first).overlaps(point(second)), point(second).overlaps(point(first))) == (
        True,
        True,
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("2024-08", "2023-08"),
        ("2024-11-07", "2024-11-08"),
        ("2024-WI", "2024-03"),
        ("2024-WI", "2023-11"),
        ("2024-W45", "2024-11-11"),
        ("2024-Q3", "2024-10"),
    ],
)
def test_points_without_a_common_day_do_not_overlap(first: str, second: str) -> None:
    assert (point(first).overlaps(point(second)), point(second).overlaps(point(first))) == (
        False,
        False,
    )
