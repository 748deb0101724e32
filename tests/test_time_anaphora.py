"""Tests for generator.time.anaphora: "that day", "the following year" and their kin
resolved against the date the text mentioned last, through the tagger."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.time.tagger import find_timexes
from generator.time.timex import DATE

# A Tuesday in 2024: anything resolved against it instead of the story's date shows.
ANCHOR = dt.date(2024, 11, 19)


def values(text: str, anchor: dt.date | None = ANCHOR) -> list[tuple[str, str]]:
    return [(timex.text, timex.value) for timex in find_timexes(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He fled to Florida in June 1998 and returned to Cuba later that year.",
            [("June 1998", "1998-06"), ("later that year", "1998")],
        ),
        (
            "He became a colonel in 1995. The following year he was made a general.",
            [("1995", "1995"), ("The following year", "1996")],
        ),
        (
            "The army attacked on March 3, 2022. The next day it withdrew.",
            [("March 3, 2022", "2022-03-03"), ("The next day", "2022-03-04")],
        ),
        (
            "The talks opened on March 3, 2022. Earlier that day, shells fell.",
            [("March 3, 2022", "2022-03-03"), ("Earlier that day", "2022-03-03")],
        ),
        (
            "The talks opened on March 3, 2022 and collapsed that same day.",
            [("March 3, 2022", "2022-03-03"), ("that same day", "2022-03-03")],
        ),
        (
            "Prices peaked in January 2023. The following month they fell.",
            [("January 2023", "2023-01"), ("The following month", "2023-02")],
        ),
        (
            "The treaty was signed in December 2023. The previous month, talks had stalled.",
            [("December 2023", "2023-12"), ("The previous month", "2023-11")],
        ),
        (
            "Voting ended on Friday, Jan. 5, 2024. That week, turnout was low.",
            [("Friday", "2024-01-05"), ("Jan. 5, 2024", "2024-01-05"), ("That week", "2024-W01")],
        ),
        (
            "Kopp was arrested on March 29, 2001, and charged the next morning.",
            [("March 29, 2001", "2001-03-29"), ("the next morning", "2001-03-30")],
        ),
    ],
)
def test_a_reference_takes_the_date_mentioned_before_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


def test_references_chain_from_one_to_the_next() -> None:
    text = "Fighting began on May 1, 2022. The next day, talks failed. The following day, a truce."

    assert values(text)[1:] == [("The next day", "2022-05-02"), ("The following day", "2022-05-03")]


def test_a_reference_resolved_from_the_publication_date_inherits_its_uncertainty() -> None:
    timexes = find_timexes("The rebels attacked on Sunday. The next day, they withdrew.", ANCHOR)

    assert [(t.value, t.relative) for t in timexes] == [("2024-11-17", True), ("2024-11-18", True)]


def test_absolute_dates_resolve_references_without_a_publication_date() -> None:
    assert values("He left in 1998 and returned later that year.", None) == [
        ("1998", "1998"),
        ("later that year", "1998"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The next day, the rebels withdrew.", []),  # no date before it
        ("Troops arrived in 1998. The next day, they withdrew.", [("1998", "1998")]),
        ("The war ended in the 1990s. That year, the border opened.", [("the 1990s", "199")]),
    ],
)
def test_a_reference_with_no_date_precise_enough_before_it_is_left_out(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


def test_the_next_year_as_a_span_ahead_is_not_a_reference() -> None:
    timexes = find_timexes("Prices rose in 1998. Over the next year, output will grow.", ANCHOR)

    assert ("the next year", "1999") not in [(t.text, t.value) for t in timexes]


def test_that_in_front_of_another_word_is_not_a_reference() -> None:
    text = "The centre opened on March 3, 2022. He said that day-care was free."

    assert values(text) == [("March 3, 2022", "2022-03-03")]


def test_a_reference_is_a_date() -> None:
    [_, reference] = find_timexes("He left in June 1998 and returned later that year.", ANCHOR)

    assert reference.type == DATE
