"""Tests for generator.pasted_text: the headline and dateline that pasted text states."""

from __future__ import annotations

import pytest

from generator.partial_date import PartialDate
from generator.pasted_text import MAX_HEADLINE_CHARS, StatedMetadata, stated_metadata

HEADLINE = "Ukraine strikes deep inside Russia"
BODY = "Officials said the strike hit an arsenal. Moscow vowed to respond."

# A first sentence of 230 characters, too long for a headline.
LONG_SENTENCE = (
    "Ukraine fired US-made long-range ATACMS missiles at an arsenal in the Bryansk region of "
    "western Russia early on Tuesday morning, according to officials in both Kyiv and Moscow "
    "who spoke to reporters in separate briefings later that same day"
)


# ---------------------------------------------------------------- title


def test_title_is_the_first_line_that_is_not_furniture() -> None:
    stated = stated_metadata(f"close\nclose\n\n{HEADLINE}\n\n{BODY}\n", 1)

    assert (stated.title, stated.title_line) == (HEADLINE, 4)


@pytest.mark.parametrize(
    "furniture",
    [
        "close",
        "5 views 3 mins 0 comments",
        "4 min read",
        "Share this article",
        "Menu",
        "Skip to main content",
        "Advertisement",
        "Home | Sport | Local | Business",
        "Home | World | Business",
        "News · Politics · World · Opinion · Sport",
        "Markets | Tech | Media | Success | Perspectives | Videos",
    ],
)
def test_furniture_lines_are_not_taken_as_the_title(furniture: str) -> None:
    stated = stated_metadata(f"{furniture}\n{HEADLINE}\n{BODY}\n", 1)

    assert (stated.title, stated.title_line) == (HEADLINE, 2)


@pytest.mark.parametrize(
    "page_title",
    ["Council backs barrier | Local | Gazette", "Barrier vote: what we know | BBC News"],
)
def test_a_page_title_with_a_short_headline_is_no_menu(page_title: str) -> None:
    stated = stated_metadata(f"{page_title}\n{BODY}\n", 1)

    assert stated.title == page_title.split(" | ")[0]


def test_lines_of_fewer_than_three_words_are_not_taken_as_the_title() -> None:
    stated = stated_metadata(f"World\nEurope news\n{HEADLINE}\n", 1)

    assert stated.title == HEADLINE


def test_title_line_is_counted_from_the_first_body_line() -> None:
    stated = stated_metadata(f"close\n{HEADLINE}\n", 7)

    assert stated.title_line == 8


def test_dateline_is_not_taken_as_the_title() -> None:
    stated = stated_metadata(f"Tuesday, November 19, 2024\n{HEADLINE}\n", 1)

    assert stated.title == HEADLINE


def test_lede_paragraph_gives_its_first_sentence_without_the_period() -> None:
    stated = stated_metadata(f"close\n{BODY}\n", 1)

    assert (stated.title, stated.title_line) == ("Officials said the strike hit an arsenal", 2)


def test_long_first_sentence_is_shortened_at_a_word_boundary() -> None:
    stated = stated_metadata(f"{LONG_SENTENCE}. The strike came on the war's 1,000th day.\n", 1)

    assert stated.title == (
        "Ukraine fired US-made long-range ATACMS missiles at an arsenal in the Bryansk region of "
        "western Russia early on Tuesday morning, according to officials in…"
    )


def test_shortened_title_fits_the_headline_limit() -> None:
    stated = stated_metadata(f"{LONG_SENTENCE}.\n", 1)

    assert stated.title is not None
    assert len(stated.title) <= MAX_HEADLINE_CHARS
    assert LONG_SENTENCE.startswith(stated.title.removesuffix("…") + " ")


def test_text_of_only_furniture_has_no_title() -> None:
    stated = stated_metadata("close\nMenu\n5 views 3 mins 0 comments\n", 1)

    assert (stated.title, stated.title_line) == (None, None)


# ---------------------------------------------------------------- dateline


def test_dateline_under_the_headline_is_the_date() -> None:
    stated = stated_metadata(f"close\n{HEADLINE}\nNovember 19, 2024\n\n{BODY}\n", 1)

    assert stated == StatedMetadata(HEADLINE, 2, PartialDate(2024, 11, 19), 3)


@pytest.mark.parametrize(
    "dateline",
    [
        "Published: 2024-11-19 10:30 GMT",
        "Published on November 19, 2024 at 10:30 am EST",
        "Updated: Nov. 19, 2024",
        "Tuesday, 19 November 2024",
        "2024-11-19",
    ],
)
def test_dateline_forms(dateline: str) -> None:
    stated = stated_metadata(f"{HEADLINE}\n{dateline}\n{BODY}\n", 1)

    assert (stated.date, stated.date_line) == (PartialDate(2024, 11, 19), 2)


def test_date_mentioned_inside_a_sentence_is_not_taken() -> None:
    body = f"{HEADLINE}\nThe talks were held on November 19, 2024 in Geneva.\n{BODY}\n"

    stated = stated_metadata(body, 1)

    assert (stated.date, stated.date_line) == (None, None)


def test_dateline_far_below_the_top_is_not_taken() -> None:
    filler = "\n".join(f"Paragraph number {number} of the story." for number in range(10))

    stated = stated_metadata(f"{HEADLINE}\n{filler}\nNovember 19, 2024\n", 1)

    assert stated.date is None


def test_dateline_within_the_first_lines_is_taken() -> None:
    filler = "\n\n".join(f"Paragraph number {number} of the story." for number in range(6))

    stated = stated_metadata(f"{HEADLINE}\n\n{filler}\n\nNovember 19, 2024\n", 1)

    assert (stated.date, stated.date_line) == (PartialDate(2024, 11, 19), 15)


def test_month_only_dateline_is_not_taken() -> None:
    stated = stated_metadata(f"{HEADLINE}\nNovember 2024\n{BODY}\n", 1)

    assert stated.date is None


# ---------------------------------------------------------------- whole web pages


def test_a_page_title_gives_the_headline_repeated_on_the_page() -> None:
    page = (
        "Council approves flood barrier for Riverside - Riverside Gazette\n"
        "Home\nNews\nSport\n"
        "Council approves flood barrier for Riverside\n"
        "Riverside council approved a £42 million flood barrier on Thursday after a debate.\n"
    )
    stated = stated_metadata(page, 1)

    assert (stated.title, stated.title_line) == (
        "Council approves flood barrier for Riverside",
        5,
    )


def test_a_page_title_without_a_repeat_loses_its_site_name() -> None:
    stated = stated_metadata("Emirates orders 30 Boeing jets | Business News\nHome\n", 1)

    assert stated.title == "Emirates orders 30 Boeing jets"


def test_a_headline_with_an_abbreviation_is_taken_whole() -> None:
    headline = "The VW ID. Space Vizzion is a weird electric sports wagon"
    stated = stated_metadata(f"{headline}\n{BODY}\n", 1)

    assert stated.title == headline
