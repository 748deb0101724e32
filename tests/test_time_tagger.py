"""Tests for generator.time.tagger: finding time expressions and resolving their values."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from generator.partial_date import PartialDate
from generator.time.tagger import find_timexes
from generator.time.timex import DATE, DURATION, SET, TIME, Timex

# A Tuesday. Its ISO week is 2024-W47; its quarter Q4.
ANCHOR = dt.date(2024, 11, 19)

Anchor = dt.date | PartialDate | None


def found(text: str, anchor: Anchor = ANCHOR) -> list[tuple[str, str, str]]:
    """(text, type, value) of every expression found, in text order."""
    return [(timex.text, timex.type, timex.value) for timex in find_timexes(text, anchor)]


def single(text: str, anchor: Anchor = ANCHOR) -> Timex:
    """The one expression found in `text`."""
    timexes = find_timexes(text, anchor)
    assert len(timexes) == 1, timexes
    return timexes[0]


# ---------------------------------------------------------------- absolute dates


@pytest.mark.parametrize("written", ["November 19, 2024", "Nov. 19, 2024", "19 November 2024"])
def test_a_written_full_date(written: str) -> None:
    assert found(f"The agreement was signed on {written} in Geneva.") == [
        (written, DATE, "2024-11-19")
    ]


def test_an_iso_full_date() -> None:
    assert found("The agreement was signed on 2024-11-19 in Geneva.") == [
        ("2024-11-19", DATE, "2024-11-19")
    ]


def test_a_full_date_far_from_the_anchor_keeps_its_year() -> None:
    assert found("The ceasefire signed on February 24, 2022, lasted ten days.")[0] == (
        "February 24, 2022",
        DATE,
        "2022-02-24",
    )


def test_a_day_that_does_not_exist_is_not_a_date() -> None:
    assert found("The memo was dated February 30, 2023.") == [("2023", DATE, "2023")]


@pytest.mark.parametrize(
    ("written", "value"),
    [("November 2024", "2024-11"), ("March of 2023", "2023-03"), ("Sept. 2021", "2021-09")],
)
def test_a_month_and_year(written: str, value: str) -> None:
    assert found(f"The plant opened in {written}.") == [(written, DATE, value)]


def test_a_year_alone() -> None:
    timex = single("The company was founded in 1998 by two engineers.")

    assert (timex.text, timex.type, timex.value, timex.relative) == ("1998", DATE, "1998", False)


@pytest.mark.parametrize(
    "sentence",
    [
        "The national park covers 2,700 square kilometers.",
        "About 1,200 people attended the rally.",
        "The army sent 2000 troops to the border.",
        "The painting sold for $2024.",
    ],
)
def test_a_number_is_not_a_year(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("He lost the 2016 elections by a wide margin.", "2016"),
        ("Banks failed after the 2008 crisis.", "2008"),
    ],
)
def test_a_year_before_a_noun_ending_in_s_is_still_a_year(sentence: str, year: str) -> None:
    assert found(sentence) == [(year, DATE, year)]


# ---------------------------------------------------------------- months


def test_a_month_alone_in_a_past_sentence_is_the_last_one() -> None:
    timex = single("Sales fell sharply in August.")

    assert (timex.text, timex.value, timex.relative) == ("August", "2024-08", True)


def test_a_month_alone_after_the_anchor_month_without_future_marker_is_last_years() -> None:
    assert found("Talks collapsed in December.") == [("December", DATE, "2023-12")]


def test_a_month_alone_with_a_future_marker_is_the_next_one() -> None:
    assert found("The new law will take effect in January.") == [("January", DATE, "2025-01")]


def test_last_month_name() -> None:
    assert found("Prices rose last May.") == [("last May", DATE, "2024-05")]


def test_next_month_name() -> None:
    assert found("Elections are due next May.") == [("next May", DATE, "2025-05")]


@pytest.mark.parametrize(
    "sentence", ["Officials may decide soon.", "May I add one thing?", "They may well resign."]
)
def test_may_the_verb_is_not_a_month(sentence: str) -> None:
    assert found(sentence) == []


def test_may_the_verb_beside_may_the_month() -> None:
    assert found("Prime Minister Theresa May said the bill may pass in May.") == [
        ("May", DATE, "2025-05")
    ]


@pytest.mark.parametrize(
    "sentence",
    ["Thousands will march on the capital.", "March on the capital, the leaders urged."],
)
def test_march_the_verb_is_not_a_month(sentence: str) -> None:
    assert found(sentence) == []


def test_march_after_a_preposition_is_a_month() -> None:
    assert found("Elections were held in March.") == [("March", DATE, "2024-03")]


def test_a_month_and_day_takes_the_nearest_year() -> None:
    assert found("The new president takes office on January 20.") == [
        ("January 20", DATE, "2025-01-20")
    ]


# ---------------------------------------------------------------- named days that are not dates


def test_the_sunday_times_is_a_newspaper() -> None:
    assert found("The Sunday Times reported the story on Monday.") == [
        ("Monday", DATE, "2024-11-18")
    ]


def test_black_friday_is_not_a_date() -> None:
    assert found("Shoppers crowded the stores on Black Friday.") == []


# ---------------------------------------------------------------- weekdays


def test_a_weekday_in_a_past_sentence_is_the_last_one() -> None:
    timex = single("Russian forces launched an offensive on Sunday.")

    assert (timex.text, timex.type, timex.value, timex.relative) == (
        "Sunday",
        DATE,
        "2024-11-17",
        True,
    )


def test_a_weekday_in_a_future_sentence_is_the_next_one() -> None:
    assert found("The two leaders will meet on Thursday.") == [("Thursday", DATE, "2024-11-21")]


def test_a_weekday_with_a_past_intention_before_it_is_the_next_one() -> None:
    assert found("The opposition planned a rally on Saturday.") == [
        ("Saturday", DATE, "2024-11-23")
    ]


def test_a_weekday_said_on_that_day_is_the_anchor() -> None:
    assert found("The minister resigned on Tuesday.") == [("Tuesday", DATE, "2024-11-19")]


def test_a_weekday_without_tense_defaults_to_the_past() -> None:
    assert found("The minister spoke to reporters Friday.") == [("Friday", DATE, "2024-11-15")]


def test_last_weekday_of_the_anchors_own_weekday_is_a_week_back() -> None:
    assert found("He arrived last Tuesday.") == [("last Tuesday", DATE, "2024-11-12")]


def test_next_weekday() -> None:
    assert found("He will arrive next Monday.") == [("next Monday", DATE, "2024-11-25")]


def test_a_weekday_before_a_date_takes_the_dates_value() -> None:
    # Said on Monday, December 20, 2021: "Thursday" alone would be Dec. 16 or 23.
    assert found("The vote is on Thursday, Jan. 6.", dt.date(2021, 12, 20)) == [
        ("Thursday", DATE, "2022-01-06"),
        ("Jan. 6", DATE, "2022-01-06"),
    ]


# ---------------------------------------------------------------- today, yesterday, tomorrow


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Today the market fell.", ("Today", DATE, "2024-11-19")),
        ("The ambassador left yesterday.", ("yesterday", DATE, "2024-11-18")),
        ("She will arrive tomorrow.", ("tomorrow", DATE, "2024-11-20")),
        ("The vote is tomorrow morning.", ("tomorrow morning", TIME, "2024-11-20TMO")),
        ("He spoke to reporters last night.", ("last night", TIME, "2024-11-18TNI")),
        ("The talks resume tonight.", ("tonight", TIME, "2024-11-19TNI")),
    ],
)
def test_days_named_from_the_anchor(sentence: str, expected: tuple[str, str, str]) -> None:
    assert found(sentence) == [expected]


# ---------------------------------------------------------------- this/last/next unit


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sales fell this week.", ("this week", "2024-W47")),
        ("Sales fell last week.", ("last week", "2024-W46")),
        ("Sales will rise next week.", ("next week", "2024-W48")),
        ("Sales fell this month.", ("this month", "2024-11")),
        ("Sales fell last month.", ("last month", "2024-10")),
        ("Sales will rise next month.", ("next month", "2024-12")),
        ("Sales rose this year.", ("this year", "2024")),
        ("Sales rose last year.", ("last year", "2023")),
        ("Sales will rise next year.", ("next year", "2025")),
    ],
)
def test_this_last_next_unit(sentence: str, expected: tuple[str, str]) -> None:
    timex = single(sentence)

    assert (timex.text, timex.value) == expected
    assert (timex.type, timex.relative) == (DATE, True)


def test_this_week_at_a_year_boundary_is_the_iso_week() -> None:
    assert found("Sales fell this week.", dt.date(2024, 12, 31)) == [
        ("this week", DATE, "2025-W01")
    ]


def test_last_month_in_january_is_december_of_the_year_before() -> None:
    assert found("Sales fell last month.", dt.date(2025, 1, 15)) == [
        ("last month", DATE, "2024-12")
    ]


# ---------------------------------------------------------------- ago


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("three days ago", "2024-11-16"),
        ("two weeks ago", "2024-11-05"),
        ("six months ago", "2024-05"),
        ("five years ago", "2019"),
        ("a decade ago", "201"),
    ],
)
def test_units_ago(phrase: str, value: str) -> None:
    assert found(f"The ambassador left {phrase}.") == [(phrase, DATE, value)]


def test_a_vague_amount_ago_is_the_past() -> None:
    assert found("The ambassador left several years ago.") == [
        ("several years ago", DATE, "PAST_REF")
    ]


# ---------------------------------------------------------------- modifiers


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The plant will open in early 2025.", ("early 2025", "2025", "START")),
        ("Talks resumed in mid-November.", ("mid-November", "2024-11", "MID")),
        ("Prices fell late last year.", ("late last year", "2023", "END")),
        ("The vote was held in early March.", ("early March", "2024-03", "START")),
        ("Prices will rise by the end of next month.", ("the end of next month", "2024-12", "END")),
    ],
)
def test_early_mid_late(sentence: str, expected: tuple[str, str, str]) -> None:
    timex = single(sentence)

    assert (timex.text, timex.value, timex.mod) == expected


def test_a_plain_date_has_no_mod() -> None:
    assert single("The plant opened in 2025.").mod is None


# ---------------------------------------------------------------- seasons


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sales rose in spring 2022.", ("spring 2022", "2022-SP")),
        ("It rained in the summer of 2019.", ("the summer of 2019", "2019-SU")),
        ("Sales rose last summer.", ("last summer", "2024-SU")),
        ("Sales will rise next spring.", ("next spring", "2025-SP")),
    ],
)
def test_seasons(sentence: str, expected: tuple[str, str]) -> None:
    assert found(sentence) == [(expected[0], DATE, expected[1])]


# ---------------------------------------------------------------- quarters


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Profits rose in the third quarter.", ("the third quarter", "2024-Q3")),
        ("Profits will rise in the fourth quarter.", ("the fourth quarter", "2024-Q4")),
        ("Profits rose in Q3 2024.", ("Q3 2024", "2024-Q3")),
        ("Profits rose in this year's third quarter.", ("this year's third quarter", "2024-Q3")),
        ("Profits rose in the first quarter of 2023.", ("the first quarter of 2023", "2023-Q1")),
    ],
)
def test_quarters(sentence: str, expected: tuple[str, str]) -> None:
    assert found(sentence) == [(expected[0], DATE, expected[1])]


def test_a_past_quarter_later_in_the_year_than_the_anchor_is_last_years() -> None:
    assert found("Profits rose in the fourth quarter.", dt.date(2025, 2, 10)) == [
        ("the fourth quarter", DATE, "2024-Q4")
    ]


def test_a_year_earlier_after_a_quarter_is_that_quarter_a_year_before() -> None:
    text = "Net income rose 12% in the third quarter from a year earlier."

    assert found(text, dt.date(2024, 10, 25)) == [
        ("the third quarter", DATE, "2024-Q3"),
        ("a year earlier", DATE, "2023-Q3"),
    ]


def test_the_quarter_is_the_last_quarter_mentioned() -> None:
    text = "Profit rose in the second quarter. Revenue in the quarter rose 5%."

    assert found(text, dt.date(2024, 10, 25)) == [
        ("the second quarter", DATE, "2024-Q2"),
        ("the quarter", DATE, "2024-Q2"),
    ]


def test_the_quarter_without_a_mention_is_the_last_completed_quarter() -> None:
    assert found("Revenue rose in the latest quarter.", dt.date(2024, 2, 10)) == [
        ("the latest quarter", DATE, "2023-Q4")
    ]


def test_a_year_earlier_after_nine_months_is_the_year_before() -> None:
    text = (
        "Profit rose in the third quarter. For the nine months, net fell, compared with "
        "net income a year earlier."
    )

    assert [(value, kind) for _, kind, value in found(text)] == [
        ("2024-Q3", DATE),
        ("P9M", DURATION),
        ("2023", DATE),
    ]


def test_the_year_earlier_period_after_a_dated_quarter() -> None:
    text = "Profit for the 1988 third quarter fell; the year-earlier period was better."

    assert found(text, dt.date(1989, 10, 25)) == [
        ("the 1988 third quarter", DATE, "1988-Q3"),
        ("the year-earlier period", DATE, "1987-Q3"),
    ]


def test_a_year_earlier_without_a_quarter_is_the_year_before_the_anchor() -> None:
    assert found("Sales rose 5% from a year earlier.") == [("a year earlier", DATE, "2023")]


# ---------------------------------------------------------------- decades and centuries


def test_a_decade() -> None:
    assert found("Prices rose in the 1990s.") == [("the 1990s", DATE, "199")]


def test_an_early_decade() -> None:
    timex = single("Prices rose in the early 1990s.")

    assert (timex.text, timex.value, timex.mod) == ("early 1990s", "199", "START")


def test_a_decade_in_words() -> None:
    assert found("Prices rose in the nineties.") == [("the nineties", DATE, "199")]


def test_a_late_decade_in_words() -> None:
    timex = single("Prices rose in the late nineties.")

    assert (timex.value, timex.mod) == ("199", "END")


def test_an_abbreviated_past_decade_is_in_the_last_century() -> None:
    # Said in 2024, "the '80s" are the 1980s, not the 2080s.
    assert found("The band was famous in the '80s.") == [("the '80s", DATE, "198")]


@pytest.mark.parametrize(
    ("phrase", "value"), [("the 20th century", "19"), ("the 21st century", "20")]
)
def test_a_century(phrase: str, value: str) -> None:
    assert found(f"Politics changed in {phrase}.") == [(phrase, DATE, value)]


# ---------------------------------------------------------------- holidays


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Families will gather on Thanksgiving Day.", ("Thanksgiving Day", "2024-11-28")),
        ("Stores closed on Christmas.", ("Christmas", "2023-12-25")),
        ("Stores will close on Christmas.", ("Christmas", "2024-12-25")),
        ("Markets rallied on Election Day.", ("Election Day", "2024-11-05")),
    ],
)
def test_holidays(sentence: str, expected: tuple[str, str]) -> None:
    assert found(sentence) == [(expected[0], DATE, expected[1])]


# ---------------------------------------------------------------- spelled-out years


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He was born in nineteen ninety-six.", ("nineteen ninety-six", "1996")),
        ("It ended in the year two thousand.", ("the year two thousand", "2000")),
        ("In March nineteen eighty-two he left.", ("March nineteen eighty-two", "1982-03")),
    ],
)
def test_spelled_out_years(sentence: str, expected: tuple[str, str]) -> None:
    assert found(sentence) == [(expected[0], DATE, expected[1])]


def test_a_spelled_out_count_is_not_a_year() -> None:
    assert found("Nineteen twenty people attended.") == []


# ---------------------------------------------------------------- times


def test_a_clock_time_with_a_weekday() -> None:
    # Said on Monday, November 18, 2024.
    assert found("The meeting will start at 10:30 a.m. Tuesday.", dt.date(2024, 11, 18)) == [
        ("10:30 a.m. Tuesday", TIME, "2024-11-19T10:30")
    ]


def test_a_clock_time_with_a_zone_and_a_date() -> None:
    assert found("Polls close at 5 p.m. EST, Nov. 6.", dt.date(2024, 11, 4)) == [
        ("5 p.m. EST, Nov. 6", TIME, "2024-11-06T17:00")
    ]


def test_a_clock_time_alone_is_on_the_anchor_day() -> None:
    assert found("The session began at 9 a.m.") == [("9 a.m.", TIME, "2024-11-19T09:00")]


def test_noon_with_a_weekday() -> None:
    assert found("The minister spoke at noon Thursday.") == [
        ("noon Thursday", TIME, "2024-11-14T12:00")
    ]


# ---------------------------------------------------------------- durations


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The talks lasted two weeks.", ("two weeks", "P2W")),
        ("Prices rose in the past four months.", ("the past four months", "P4M")),
        ("He served 2 1/2 years in prison.", ("2 1/2 years", "P2Y6M")),
        ("The government adopted a five-year plan.", ("five-year", "P5Y")),
        ("The meeting lasted 90 minutes.", ("90 minutes", "PT90M")),
        ("The family lived there for 18 months.", ("18 months", "P18M")),
        ("Fighting resumed after a 10-day ceasefire.", ("10-day", "P10D")),
        ("The estate stood for two centuries.", ("two centuries", "P200Y")),
        ("The road has been closed for years.", ("years", "PXY")),
        ("The strike lasted several weeks.", ("several weeks", "PXW")),
    ],
)
def test_durations(sentence: str, expected: tuple[str, str]) -> None:
    timex = single(sentence)

    assert (timex.text, timex.type, timex.value, timex.mod) == (
        expected[0],
        DURATION,
        expected[1],
        None,
    )


@pytest.mark.parametrize(
    ("phrase", "value", "mod"),
    [
        ("more than three hours", "PT3H", "MORE_THAN"),
        ("about six months", "P6M", "APPROX"),
        ("at least two years", "P2Y", "EQUAL_OR_MORE"),
    ],
)
def test_a_duration_with_a_quantifier(phrase: str, value: str, mod: str) -> None:
    timex = single(f"The hostages were held for {phrase}.")

    assert (timex.text, timex.type, timex.value, timex.mod) == (phrase, DURATION, value, mod)


def test_over_the_past_months_is_a_plain_duration() -> None:
    # "over" is the preposition of the stretch of time here, not "more than".
    timex = single("Prices rose over the past four months.")

    assert (timex.text, timex.value, timex.mod) == ("the past four months", "P4M", None)


def test_a_number_and_a_half() -> None:
    timex = single("She waited five and a half hours.")

    assert (timex.text, timex.type, timex.value) == ("five and a half hours", DURATION, "PT5H30M")


@pytest.mark.parametrize(
    "sentence", ["Police arrested a 44-year-old man.", "The 20-year-old student was released."]
)
def test_an_age_is_not_a_duration(sentence: str) -> None:
    assert found(sentence) == []


# ---------------------------------------------------------------- sets


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He runs every day.", ("every day", "P1D")),
        ("The paper publishes daily.", ("daily", "P1D")),
        ("Payments are made monthly.", ("monthly", "P1M")),
        ("The program costs $33 million a year.", ("a year", "P1Y")),
        ("The council meets three times a year.", ("a year", "P1Y")),
        ("The festival is held each July.", ("each July", "XXXX-07")),
        ("He visits every Monday.", ("every Monday", "XXXX-WXX-1")),
        ("He walks every morning.", ("every morning", "TXXMO")),
    ],
)
def test_sets(sentence: str, expected: tuple[str, str]) -> None:
    assert found(sentence) == [(expected[0], SET, expected[1])]


def test_twice_a_week_is_a_set() -> None:
    assert found("The two ministers meet twice a week.") == [("a week", SET, "P1W")]


def test_daily_before_a_name_is_a_newspaper() -> None:
    assert found("The party daily Granma reported on Monday.") == [("Monday", DATE, "2024-11-18")]


# ---------------------------------------------------------------- present, past, future


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The plant employs 500 people now.", ("now", "PRESENT_REF")),
        ("Prices are currently high.", ("currently", "PRESENT_REF")),
        ("Prices have risen recently.", ("recently", "PAST_REF")),
        ("Prices were lower in the past.", ("in the past", "PAST_REF")),
        ("In the future, prices will rise.", ("In the future", "FUTURE_REF")),
        ("Talks may resume in the near future.", ("in the near future", "FUTURE_REF")),
        ("The current crisis deepened.", ("current", "PRESENT_REF")),
        ("The recent fighting killed dozens.", ("recent", "PAST_REF")),
    ],
)
def test_references_to_the_present_past_and_future(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert found(sentence) == [(expected[0], DATE, expected[1])]


# ---------------------------------------------------------------- signals


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Prices have risen since August.", ("August", "2024-08", "since")),
        ("The work will be done by December.", ("December", "2024-12", "by")),
        ("He stayed until Monday.", ("Monday", "2024-11-18", "until")),
        ("The rule applies as of Jan. 1, 2024.", ("Jan. 1, 2024", "2024-01-01", "as of")),
        ("Prices fell before Christmas.", ("Christmas", "2023-12-25", "before")),
    ],
)
def test_a_signal_before_a_date(sentence: str, expected: tuple[str, str, str]) -> None:
    timex = single(sentence)

    assert (timex.text, timex.value, timex.signal) == expected


def test_a_date_without_a_signal_word_has_none() -> None:
    assert single("Prices have risen in August.").signal is None


# ---------------------------------------------------------------- ranges


def test_a_range_ending_after_new_year_moves_its_end_into_the_next_year() -> None:
    first, second = find_timexes("Flights stop between November and February.", ANCHOR)

    assert (first.text, first.value, first.signal, first.range_end) == (
        "November",
        "2024-11",
        "between",
        "2025-02",
    )
    assert (second.text, second.value, second.signal) == ("February", "2025-02", "to")


def test_a_range_within_one_year() -> None:
    first, second = find_timexes("Flights stopped between March and June.", ANCHOR)

    assert (first.value, first.range_end) == ("2024-03", "2024-06")
    assert second.value == "2024-06"


def test_a_range_of_years() -> None:
    first, second = find_timexes("He led the party from 2019 to 2021.", ANCHOR)

    assert (first.value, first.signal, first.range_end) == ("2019", "from", "2021")
    assert (second.value, second.signal) == ("2021", "to")


def test_a_past_range_of_months_stays_within_its_year() -> None:
    first, _ = find_timexes("The festival ran from May to July.", ANCHOR)

    assert (first.text, first.value, first.range_end) == ("May", "2024-05", "2024-07")


def test_a_range_from_now() -> None:
    text = "The prisoners will not be repatriated between now and Feb. 10."

    first, second = find_timexes(text, ANCHOR)

    assert (first.text, first.value, first.range_end) == ("now", "PRESENT_REF", "2025-02-10")
    assert (second.text, second.value) == ("Feb. 10", "2025-02-10")


# ---------------------------------------------------------------- anchor precision

MONTH_ANCHOR = PartialDate(2024, 11)


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels attacked on Friday.",
        "Yesterday the army withdrew.",
        "He left today.",
        "He left two weeks ago.",
        "The talks resume tomorrow.",
    ],
)
def test_a_month_precise_anchor_leaves_out_day_precise_expressions(sentence: str) -> None:
    assert found(sentence, MONTH_ANCHOR) == []


def test_a_month_precise_anchor_leaves_out_last_week() -> None:
    assert found("The deal came last week.", MONTH_ANCHOR) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sales fell last month.", ("last month", "2024-10")),
        ("Sales fell in August.", ("August", "2024-08")),
        ("Sales fell three months ago.", ("three months ago", "2024-08")),
        ("Profits rose in the third quarter.", ("the third quarter", "2024-Q3")),
        ("Prices rose in mid-November.", ("mid-November", "2024-11")),
    ],
)
def test_a_month_precise_anchor_resolves_month_precise_expressions(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert found(sentence, MONTH_ANCHOR) == [(expected[0], DATE, expected[1])]


def test_a_year_precise_anchor_resolves_last_year_but_not_last_month_names() -> None:
    assert found("The law passed last year. Sales fell in August.", PartialDate(2024)) == [
        ("last year", DATE, "2023")
    ]


def test_without_anchor_relative_dates_are_left_out() -> None:
    text = (
        "On Friday the army withdrew. Yesterday it rained. Sales fell in August. "
        "Three months ago he left. Profits rose in the third quarter."
    )

    assert found(text, None) == []


def test_without_anchor_only_absolute_dates_are_found() -> None:
    text = (
        "Sales fell last year. The law passed last month; the deal came last week. "
        "Talks start next year. The treaty was signed on November 19, 2024. "
        "The war ended in 1998. The plan was drafted in March 2023."
    )

    assert found(text, None) == [
        ("November 19, 2024", DATE, "2024-11-19"),
        ("1998", DATE, "1998"),
        ("March 2023", DATE, "2023-03"),
    ]


def test_absolute_values_are_not_relative() -> None:
    timexes = find_timexes("It was drafted in 1998 and signed on November 19, 2024.", ANCHOR)

    assert [(t.value, t.relative) for t in timexes] == [("1998", False), ("2024-11-19", False)]


# ---------------------------------------------------------------- offsets and order

LONG_PARAGRAPH = (
    "KYIV, Nov. 19 (Reuters) - Russian forces launched a large drone attack on Sunday, "
    "two days after talks in Geneva collapsed. The foreign minister said on Monday that a "
    "new round would begin next week, and that negotiators will meet again in early "
    "December. Fighting has intensified since August, when Ukraine crossed the border. "
    "More than 2,000 troops have been moved to the front in the past four months. The "
    "ceasefire signed on February 24, 2022, lasted only 10 days. Officials said yesterday "
    "that 1,200 civilians had been evacuated last week, and that evacuations continue every "
    "day at 8 a.m. In 2014, the conflict began; by the end of 2025 the government hopes to "
    "rebuild the bridges destroyed last year. Aid pledged this month totals $3 billion a year "
    "for the next five years."
)


def test_offsets_point_at_the_found_text() -> None:
    timexes = find_timexes(LONG_PARAGRAPH, ANCHOR)

    assert len(timexes) >= 15
    for timex in timexes:
        assert LONG_PARAGRAPH[timex.start : timex.end] == timex.text


def test_results_are_sorted_and_do_not_overlap() -> None:
    timexes = find_timexes(LONG_PARAGRAPH, ANCHOR)

    assert len(timexes) >= 15
    for before, after in itertools.pairwise(timexes):
        assert before.end <= after.start


def test_offsets_hold_with_a_month_anchor_and_without_anchor() -> None:
    for anchor in (MONTH_ANCHOR, None):
        timexes = find_timexes(LONG_PARAGRAPH, anchor)

        assert timexes
        assert all(LONG_PARAGRAPH[t.start : t.end] == t.text for t in timexes)
        assert [t.start for t in timexes] == sorted(t.start for t in timexes)


# ---------------------------------------------------------------- news paragraphs


def test_paragraph_war_news() -> None:
    text = (
        "KYIV, Nov. 19 (Reuters) - Russian forces launched a large drone attack on Sunday, "
        "two days after talks in Geneva collapsed. The foreign minister said on Monday that a "
        "new round would begin next week, and that negotiators will meet again in early "
        "December. Fighting has intensified since August. More than 2,000 troops have been "
        "moved to the front in the past four months. The ceasefire signed on February 24, "
        "2022, lasted only 10 days."
    )

    assert found(text) == [
        ("Nov. 19", DATE, "2024-11-19"),
        ("Sunday", DATE, "2024-11-17"),
        ("two days", DURATION, "P2D"),
        ("Monday", DATE, "2024-11-18"),
        ("next week", DATE, "2024-W48"),
        ("early December", DATE, "2024-12"),
        ("August", DATE, "2024-08"),
        ("the past four months", DURATION, "P4M"),
        ("February 24, 2022", DATE, "2022-02-24"),
        ("10 days", DURATION, "P10D"),
    ]


def test_paragraph_earnings_report() -> None:
    text = (
        "Acme Corp. said on Tuesday that net income rose 12% in the third quarter from a year "
        "earlier, to $33 million. Revenue in the quarter climbed to $410 million. The company "
        "expects sales to rise in 2025 and plans to pay a dividend every quarter. Its shares, "
        "which have fallen 8% this year, rose 3% in early trading."
    )

    assert found(text, dt.date(2024, 10, 29)) == [
        ("Tuesday", DATE, "2024-10-29"),
        ("the third quarter", DATE, "2024-Q3"),
        ("a year earlier", DATE, "2023-Q3"),
        ("the quarter", DATE, "2024-Q3"),
        ("2025", DATE, "2025"),
        ("every quarter", SET, "P1Q"),
        ("this year", DATE, "2024"),
    ]


def test_paragraph_election_news() -> None:
    text = (
        "WASHINGTON - Voters went to the polls on Tuesday, Nov. 5, ending a campaign of more "
        "than two years. Polls in most states closed at 7 p.m. EST Tuesday. The winner takes "
        "office on January 20, and the new Congress meets on Jan. 3. In the 1990s, turnout "
        "was lower; last year it rose."
    )

    assert found(text, dt.date(2024, 11, 6)) == [
        ("Tuesday", DATE, "2024-11-05"),
        ("Nov. 5", DATE, "2024-11-05"),
        ("more than two years", DURATION, "P2Y"),
        ("7 p.m. EST Tuesday", TIME, "2024-11-05T19:00"),
        ("January 20", DATE, "2025-01-20"),
        ("Jan. 3", DATE, "2025-01-03"),
        ("the 1990s", DATE, "199"),
        ("last year", DATE, "2023"),
    ]


def test_paragraph_with_a_month_precise_anchor() -> None:
    text = (
        "The rebels attacked on Friday and withdrew yesterday. Sales fell last month and rose "
        "in August. The deal was signed on November 19, 2024, and talks will start next month."
    )

    assert found(text, MONTH_ANCHOR) == [
        ("last month", DATE, "2024-10"),
        ("August", DATE, "2024-08"),
        ("November 19, 2024", DATE, "2024-11-19"),
        ("next month", DATE, "2024-12"),
    ]


# ---------------------------------------------------------------- ends and beginnings


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        ("Troops will leave by the end of the year.", dt.date(2025, 2, 10), ("2025", "END")),
        ("The deal should close by year-end.", dt.date(2025, 2, 10), ("2025", "END")),
        ("Rents are due at the beginning of the month.", ANCHOR, ("2024-11", "START")),
        ("Talks resume at the end of the week.", ANCHOR, ("2024-W47", "END")),
        # A past tense speaks of an end that has come: said in October, last year's.
        ("Prices fell at the end of the year.", dt.date(2025, 10, 10), ("2024", "END")),
        ("Prices fell at the end of the year.", dt.date(2025, 12, 29), ("2025", "END")),
        ("The index rose 5% since year-end.", dt.date(2025, 10, 10), ("2024", "END")),
        # A future speaks of a beginning still to come: said in November, next year's.
        ("Talks will start at the beginning of the year.", ANCHOR, ("2025", "START")),
    ],
)
def test_the_end_or_beginning_of_a_period(
    sentence: str, anchor: dt.date, expected: tuple[str, str]
) -> None:
    timex = single(sentence, anchor)
    assert (timex.value, timex.mod) == expected


def test_an_end_of_the_year_needs_an_anchor() -> None:
    assert found("Troops will leave by the end of the year.", None) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Order entry rose from the low levels of the early summer.", ("2024-SU", "START")),
        ("The heat wave came in late summer.", ("2024-SU", "END")),
        ("The offensive began late last summer.", ("2024-SU", "END")),
    ],
)
def test_a_season_with_its_part_and_no_article(sentence: str, expected: tuple[str, str]) -> None:
    timex = single(sentence)
    assert (timex.value, timex.mod) == expected


def test_a_bare_season_is_not_a_date() -> None:
    assert found("In summer the roads are busy.") == []


# ---------------------------------------------------------------- durations


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He will stay for two more weeks.", ("two more weeks", "P2W")),
        ("The lease runs for at least 20 more years.", ("at least 20 more years", "P20Y")),
        ("Shares fell for eight trading days.", ("eight trading days", "P8D")),
        ("Payment is due within ten business days.", ("ten business days", "P10D")),
    ],
)
def test_a_duration_with_a_word_between_count_and_unit(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert found(sentence) == [(expected[0], DURATION, expected[1])]


def test_the_accounting_year_is_found_when_its_ending_lies_past_the_words_reach() -> None:
    # The rule's lookahead (" ended") lies beyond the window the rule is searched in.
    assert found("Revenue for the year ended March 31 rose.")[0] == ("the year", DURATION, "P1Y")
