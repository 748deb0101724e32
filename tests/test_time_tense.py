"""Tests for generator.time.tense: whether a date in a sentence points back or forward."""

from __future__ import annotations

import pytest

from generator.time.tense import direction

PAST, UNKNOWN, FUTURE = -1, 0, 1


def direction_of(sentence: str, expression: str) -> int:
    """The direction found for the (first) occurrence of `expression` in `sentence`."""
    start = sentence.index(expression)
    return direction(sentence, start, start + len(expression))


# ---------------------------------------------------------------- the past


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("Russian forces launched an offensive on Sunday.", "Sunday"),
        ("The prime minister said Friday that the talks had failed.", "Friday"),
        ("A spokesman for the ministry said Friday.", "Friday"),
        ("The company reported its results Monday.", "Monday"),
        ("The prisoners were repatriated on Feb. 10.", "Feb. 10"),
        ("Two people were killed in the blast on Wednesday.", "Wednesday"),
    ],
)
def test_a_past_tense_points_back(sentence: str, expression: str) -> None:
    assert direction_of(sentence, expression) == PAST


# ---------------------------------------------------------------- the future


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("The new president takes office on January 20.", "January 20"),
        ("The two leaders will meet on Thursday.", "Thursday"),
        ("The agreement is set to expire Nov. 6.", "Nov. 6"),
        ("A ruling could come as soon as Tuesday.", "Tuesday"),
        ("The opposition planned a rally on Saturday.", "Saturday"),
        ("The vote is scheduled for Monday.", "Monday"),
        ("On Tuesday, the league plans to announce a new contract.", "Tuesday"),
    ],
)
def test_a_future_marker_points_forward(sentence: str, expression: str) -> None:
    assert direction_of(sentence, expression) == FUTURE


def test_a_date_before_a_past_intention_is_when_the_planning_happened() -> None:
    sentence = "On Friday, the government planned to pay the striking workers."

    assert direction_of(sentence, "Friday") == PAST


def test_a_past_intention_before_the_date_points_forward() -> None:
    sentence = "The government planned to pay the striking workers on Friday."

    assert direction_of(sentence, "Friday") == FUTURE


# ---------------------------------------------------------------- clauses


def test_the_subordinate_clause_of_the_date_decides() -> None:
    sentence = "Officials announced that the father would be traveling Thursday."

    assert direction_of(sentence, "Thursday") == FUTURE


def test_the_main_clause_decides_for_a_date_before_the_subordinate_clause() -> None:
    sentence = "The ministry announced Monday that the talks will resume."

    assert direction_of(sentence, "Monday") == PAST


def test_a_participle_after_an_auxiliary_is_not_a_past_tense() -> None:
    sentence = "The prisoners will not be repatriated between now and Feb. 10."

    assert direction_of(sentence, "Feb. 10") == FUTURE


def test_an_earlier_sentence_does_not_decide() -> None:
    text = "Talks collapsed and the delegates left. Leaders will meet again on Thursday."

    assert direction_of(text, "Thursday") == FUTURE


def test_a_later_sentence_does_not_decide() -> None:
    text = "The army attacked on Sunday. Leaders will meet again soon and will sign a deal."

    assert direction_of(text, "Sunday") == PAST


def test_a_future_clause_joined_to_a_past_one_points_forward() -> None:
    # "will appear" governs Friday; "was arrested" belongs to Monday's clause.
    sentence = "The suspect was arrested Monday and will appear in court Friday."

    assert direction_of(sentence, "Monday") == PAST
    assert direction_of(sentence, "Friday") == FUTURE


# ---------------------------------------------------------------- unknown


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Tuesday", "Tuesday"),
        ("Weather for Tuesday: sunny and mild.", "Tuesday"),
        ("The report covers Tuesday.", "Tuesday"),
        ("Markets on Thursday: a calm day in Asia.", "Thursday"),
    ],
)
def test_neutral_text_has_no_direction(text: str, expression: str) -> None:
    assert direction_of(text, expression) == UNKNOWN


@pytest.mark.parametrize(
    ("sentence", "expression", "expected"),
    [
        ("The agency has until July 29 to respond to the complaint.", "July 29", FUTURE),
        ("Residents have until Friday to object.", "Friday", FUTURE),
        ("The company had until March 3 to pay.", "March 3", PAST),
        ("The minister has resigned on Friday.", "Friday", PAST),
    ],
)
def test_having_until_a_date_is_a_deadline(sentence: str, expression: str, expected: int) -> None:
    assert direction_of(sentence, expression) == expected


@pytest.mark.parametrize("verb", ["confirmed", "warned", "insisted", "explained"])
def test_a_reporting_verb_does_not_outweigh_a_future(verb: str) -> None:
    sentence = f"Construction is due to start in September, the council {verb}."
    assert direction_of(sentence, "September") == FUTURE


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("The father could come to the U.S. from Cuba as early as Tuesday.", "Tuesday"),
        ("The family may be reunited as soon as Friday, the lawyer said.", "Friday"),
        ("The committee must decide no later than Friday.", "Friday"),
        ("Officials postponed until Tuesday morning any action on the permit.", "Tuesday"),
    ],
)
def test_words_right_before_a_date_can_put_it_ahead(sentence: str, expression: str) -> None:
    assert direction_of(sentence, expression) == FUTURE


def test_staying_until_a_date_is_still_the_past() -> None:
    assert direction_of("The talks continued until Friday, officials said.", "Friday") == PAST


def test_a_name_has_no_tense() -> None:
    # "United" is not a past tense: "would" decides.
    sentence = "Officials said that the father would be traveling to the United States Thursday."
    assert direction_of(sentence, "Thursday") == FUTURE


def test_a_clause_joined_after_the_date_is_not_the_dates() -> None:
    sentence = (
        "Protesters planned a rally in Little Havana on Saturday and were planning to drive "
        "around the airport on Monday."
    )
    assert direction_of(sentence, "Saturday") == FUTURE


# ---------------------------------------------------------------- grammar that misleads


def test_an_irregular_participle_after_an_auxiliary_is_not_a_past_tense() -> None:
    sentence = "A ceremony would still be held at the summit on April 24."

    assert direction_of(sentence, "April 24") == FUTURE


def test_a_future_auxiliary_outweighs_a_participle_further_off() -> None:
    sentence = (
        "The P&O Pacific Dawn, currently moored off Queensland, will be allowed to dock "
        "at a major port on Saturday."
    )

    assert direction_of(sentence, "Saturday") == FUTURE


def test_a_plan_after_a_determiner_or_a_past_verb_is_a_noun() -> None:
    assert direction_of("The thrift announced the plan Aug. 21.", "Aug. 21") == PAST
    assert direction_of("In September, it announced plans to buy Del Monte.", "September") == PAST


def test_what_a_plan_is_to_do_lies_ahead() -> None:
    sentence = "The board announced a plan to cut 6,000 jobs by the end of the year."

    assert direction_of(sentence, "the end of the year") == FUTURE


def test_a_past_auxiliary_before_an_intention_does_not_make_the_past() -> None:
    sentence = "Protesters were planning to drive around the airport on Monday."

    assert direction_of(sentence, "Monday") == FUTURE


def test_supposed_to_points_forward() -> None:
    assert direction_of("The talks are supposed to conclude by May.", "May") == FUTURE


def test_a_comma_closes_the_subordinate_clause_the_date_is_in() -> None:
    sentence = (
        "The governments, which sponsor talks that are supposed to conclude by May, "
        "invited Sinn Fein to rejoin two weeks ago."
    )

    assert direction_of(sentence, "May") == FUTURE


def test_names_do_not_push_the_verb_out_of_reach_after_the_date() -> None:
    sentence = (
        "On Tuesday, the National Abortion and Reproductive Rights Action League plans "
        "to hold a news conference."
    )

    assert direction_of(sentence, "Tuesday") == FUTURE
