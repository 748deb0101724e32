"""Estimating an undated article's publication date from the dates its text states:
generator.time.estimate.estimate_publication."""

from __future__ import annotations

from generator.partial_date import PartialDate
from generator.time.estimate import estimate_publication


def test_a_stated_past_month_is_the_estimate() -> None:
    text = "The council approved the new budget in June 2024 after months of debate."
    assert estimate_publication(text) == PartialDate(2024, 6)


def test_a_stated_day_gives_only_its_month() -> None:
    text = "Officials met on March 4, 2024, to discuss the deal."
    assert estimate_publication(text) == PartialDate(2024, 3)


def test_the_latest_date_wins_wherever_it_stands_in_the_text() -> None:
    text = (
        "Officials met on March 4, 2024, to discuss the deal. "
        "The company had reported a loss in August 2023."
    )
    assert estimate_publication(text) == PartialDate(2024, 3)


def test_a_date_stated_in_the_future_tense_is_not_evidence() -> None:
    text = (
        "The council approved the budget in June 2024. "
        "The new mayor will take office in January 2025."
    )
    assert estimate_publication(text) == PartialDate(2024, 6)


def test_a_scheduled_date_in_the_present_tense_is_not_evidence() -> None:
    text = (
        "The council approved the budget in June 2024. "
        "The new mayor takes office on January 20, 2025."
    )
    assert estimate_publication(text) == PartialDate(2024, 6)


def test_a_date_after_by_is_not_evidence_even_in_the_past_tense() -> None:
    text = (
        "The council approved the budget in June 2024. "
        "The firm had repaid its debts by December 2024."
    )
    assert estimate_publication(text) == PartialDate(2024, 6)


def test_a_date_after_until_is_not_evidence_even_in_the_past_tense() -> None:
    text = (
        "The council approved the budget in June 2024. "
        "The embassy remained shut until October 2024, officials said."
    )
    assert estimate_publication(text) == PartialDate(2024, 6)


def test_a_year_alone_gives_no_estimate() -> None:
    assert estimate_publication("The floods of 2023 destroyed thousands of homes.") is None


def test_a_later_year_corrects_a_month_to_year_precision() -> None:
    text = (
        "The company reported a loss in August 2023. Shares have gained 20 percent so far in 2024."
    )
    assert estimate_publication(text) == PartialDate(2024)


def test_an_earlier_year_does_not_change_the_month() -> None:
    text = "The company reported a loss in August 2023. Shares also fell in 2022."
    assert estimate_publication(text) == PartialDate(2023, 8)


def test_the_year_of_the_month_itself_keeps_month_precision() -> None:
    text = "The company reported a loss in August 2023. Its shares fell in 2023."
    assert estimate_publication(text) == PartialDate(2023, 8)


def test_a_text_without_dates_has_no_estimate() -> None:
    text = "The council approved the new budget after months of debate."
    assert estimate_publication(text) is None


def test_relative_dates_alone_give_no_estimate() -> None:
    text = "Shares rose sharply on Monday after the announcement last week."
    assert estimate_publication(text) is None


def test_seasons_and_quarters_are_not_precise_enough() -> None:
    text = "The summit was held in spring 2024 and talks resumed in Q3 2024."
    assert estimate_publication(text) is None


def test_a_caption_with_a_date_counts() -> None:
    text = "Protesters outside parliament in Tbilisi, November 28, 2024. Photo: Reuters"
    assert estimate_publication(text) == PartialDate(2024, 11)
