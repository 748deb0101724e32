"""Tests for generator.partial_date: dates that keep the precision they were written with."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from generator.partial_date import ISO_FORMS, PartialDate, Precision, parse_iso, parse_written

# ---------------------------------------------------------------- parse_iso


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024", PartialDate(2024)),
        ("2024-11", PartialDate(2024, 11)),
        ("2024-11-19", PartialDate(2024, 11, 19)),
    ],
)
def test_parse_iso_reads_a_date_without_time(text: str, expected: PartialDate) -> None:
    assert parse_iso(text) == (expected, None)


def test_parse_iso_reads_a_utc_time_written_with_z() -> None:
    date, moment = parse_iso("2024-11-19T10:30:00Z")

    assert date == PartialDate(2024, 11, 19)
    assert moment == dt.datetime(2024, 11, 19, 10, 30, tzinfo=dt.UTC)


@pytest.mark.parametrize("written", ["2024-11-19T10:30+02:00", "2024-11-19T10:30:00+0200"])
def test_parse_iso_keeps_a_numeric_zone_offset(written: str) -> None:
    _, moment = parse_iso(written)

    assert moment is not None
    assert moment.utcoffset() == dt.timedelta(hours=2)
    assert (moment.hour, moment.minute) == (10, 30)


def test_parse_iso_time_without_zone_is_naive() -> None:
    _, moment = parse_iso("2024-11-19 10:30")

    assert moment == dt.datetime(2024, 11, 19, 10, 30)
    assert moment.tzinfo is None


def test_parse_iso_ignores_surrounding_whitespace() -> None:
    assert parse_iso("  2024-11  ") == (PartialDate(2024, 11), None)


@pytest.mark.parametrize(
    ("text", "precision"),
    [("2024", Precision.YEAR), ("2024-11", Precision.MONTH), ("2024-11-19", Precision.DAY)],
)
def test_precision_is_what_was_written(text: str, precision: Precision) -> None:
    assert parse_iso(text)[0].precision is precision


@pytest.mark.parametrize("text", ["2024", "2024-11", "2024-11-19", "0800-01-05"])
def test_iso_round_trips(text: str) -> None:
    assert parse_iso(text)[0].iso() == text


@pytest.mark.parametrize(
    "text", ["24-11-19", "2024/11/19", "2024-1-5", "November 2024", "", "2024-11-19T10"]
)
def test_parse_iso_rejects_other_forms_and_names_the_accepted_ones(text: str) -> None:
    expected = f"'{text}' is not a date; write it as {ISO_FORMS}"
    with pytest.raises(ValueError, match=f"^{re.escape(expected)}$"):
        parse_iso(text)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2023-02-29", "day is out of range for month"),
        ("2024-13", "month 13 does not exist"),
        ("2024-00", "month 0 does not exist"),
        ("0000", "year 0 is out of range"),
    ],
)
def test_parse_iso_rejects_impossible_dates(text: str, reason: str) -> None:
    expected = f"'{text}' is not a real date ({reason})"
    with pytest.raises(ValueError, match=f"^{re.escape(expected)}$"):
        parse_iso(text)


def test_parse_iso_accepts_a_leap_day() -> None:
    assert parse_iso("2024-02-29")[0] == PartialDate(2024, 2, 29)


@pytest.mark.parametrize("text", ["2024-11-19T25:00", "2024-11-19T10:30+25:00"])
def test_parse_iso_rejects_impossible_times(text: str) -> None:
    with pytest.raises(ValueError, match=f"^'{re.escape(text)}' has a time that does not exist$"):
        parse_iso(text)


# ---------------------------------------------------------------- PartialDate


def test_a_day_without_a_month_is_refused() -> None:
    with pytest.raises(ValueError, match=r"^a day needs a month$"):
        PartialDate(2024, None, 5)


def test_from_date_keeps_the_day() -> None:
    assert PartialDate.from_date(dt.date(2024, 11, 19)) == PartialDate(2024, 11, 19)


# ---------------------------------------------------------------- parse_written


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("November 19, 2024", PartialDate(2024, 11, 19)),
        ("Nov. 19, 2024", PartialDate(2024, 11, 19)),
        ("19 November 2024", PartialDate(2024, 11, 19)),
        ("Tuesday, November 19, 2024", PartialDate(2024, 11, 19)),
        ("November 2024", PartialDate(2024, 11)),
        ("19th Nov 2024", PartialDate(2024, 11, 19)),
        ("Sept 3, 2024", PartialDate(2024, 9, 3)),
        ("  may 2024 ", PartialDate(2024, 5)),
    ],
)
def test_parse_written_reads_english_dates(text: str, expected: PartialDate) -> None:
    assert parse_written(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "May I come",
        "Sunday Times",
        "Foo 12, 2024",
        "February 30, 2024",
        "2024-11-19",
        "The talks ended on November 19, 2024",
        "",
    ],
)
def test_parse_written_returns_none_for_non_dates(text: str) -> None:
    assert parse_written(text) is None


# ---------------------------------------------------------------- display and ordering


@pytest.mark.parametrize(
    ("date", "shown"),
    [
        (PartialDate(2024, 11, 19), "November 19, 2024"),
        (PartialDate(2024, 11), "November 2024"),
        (PartialDate(2024), "2024"),
        (PartialDate(2024, 1, 5), "January 5, 2024"),
    ],
)
def test_display_shows_the_known_precision(date: PartialDate, shown: str) -> None:
    assert date.display() == shown


def test_a_month_sorts_after_its_own_days() -> None:
    assert PartialDate(2024, 11).sort_key() > PartialDate(2024, 11, 30).sort_key()


def test_a_month_sorts_before_the_next_months_days() -> None:
    assert PartialDate(2024, 11).sort_key() < PartialDate(2024, 12, 1).sort_key()


def test_sorting_mixed_precisions() -> None:
    dates = [
        PartialDate(2024),
        PartialDate(2024, 12, 1),
        PartialDate(2024, 11),
        PartialDate(2024, 11, 30),
        PartialDate(2023, 12, 31),
        PartialDate(2024, 11, 1),
    ]

    ordered = sorted(dates, key=PartialDate.sort_key)

    assert [date.iso() for date in ordered] == [
        "2023-12-31",
        "2024-11-01",
        "2024-11-30",
        "2024-11",
        "2024-12-01",
        "2024",
    ]


@pytest.mark.parametrize(
    ("date", "first", "last"),
    [
        (PartialDate(2024, 11, 19), dt.date(2024, 11, 19), dt.date(2024, 11, 19)),
        (PartialDate(2024, 2), dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        (PartialDate(2023, 2), dt.date(2023, 2, 1), dt.date(2023, 2, 28)),
        (PartialDate(2024), dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
    ],
)
def test_first_and_last_day_span_the_precision(
    date: PartialDate, first: dt.date, last: dt.date
) -> None:
    assert (date.first_day(), date.last_day()) == (first, last)
