"""Property tests of the number reader (generator.figures.numbers.find_numbers) and the
quantity extractor (generator.figures.quantities.find_quantities) on arbitrary text.

What they promise, checked for any sentence, with the time expressions found by the
tagger or without them:

- they never raise;
- a number mention is text[start:end], in text order, apart from the next one, with
  low <= high ("the top of a range or of a vague amount"), both finite;
- a quantity is `text` = sentence[start:end], in order, not overlapping the next, and
  holds the number it was read from; `number`, `value` and `low` are finite,
  low <= value <= high, and `high` is finite unless an open hedge ("more than", "at
  least") leaves it unbounded ("`high` may be infinite");
- no quantity is read inside a time expression ("their numbers are dates").

The strategies build sentences from number vocabulary (digit groups, decimals, scales,
spelled numbers, ranges, hedges, currencies, units, percentages, huge digit strings and
"1e999") mixed with random text.
"""

from __future__ import annotations

import datetime as dt
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.figures.numbers import NumberMention, find_numbers
from generator.figures.quantities import HEDGES, find_quantities
from generator.time.tagger import find_timexes

_WORDS = [
    "between", "and", "to", "from", "up to", "more than", "less than", "at least",
    "about", "around", "nearly", "almost", "just over", "some", "an estimated", "as many as",
    "over", "under", "some", "of", "the", "a", "an", "half", "a half", "dozens of",
    "hundreds of", "thousands of", "tens of thousands of", "millions of", "scores of",
    "hundred", "thousand", "million", "billion", "trillion", "bn", "mn", "m", "k", "tn",
    "one", "two", "ten", "twelve", "nineteen", "twenty", "twenty-five", "ninety-nine",
    "%", "percent", "per cent", "percentage points", "points", "$", "US$", "U.S. $", "£",
    "€", "¥", "dollars", "euros", "yuan", "rubles", "troops", "soldiers", "people",
    "square kilometers", "square miles", "sq km", "km²", "hectares", "acres", "miles",
    "barrels", "gallons", "tonnes", "kg", "a day", "per year", "daily", "annually",
    "in the past 24 hours", "years", "year-old", "aged", "No.", "Flight", "F-", "#",
    "January", "Nov.", "May", "2024", "in 2023", "last year", "-", "–", "—", ",", ".", ":",
    "/", "(", ")", "1e999", "-5", "−5", "3/4", "1/2", "0.5", "1.200.000", "1,200", "3.5",
    "10:30", "3-1", "\n",
]  # fmt: skip
_HUGE = ["9" * 400, "1" + "0" * 320, "1" + "0" * 306, "1" + "0" * 300 + " trillion billion"]
digits = st.one_of(
    st.integers(0, 10**15).map(str),
    st.integers(0, 10**9).map(lambda n: f"{n:,}"),
    st.floats(0, 1e6, allow_nan=False).map(lambda x: f"{x:.2f}"),
    st.integers(300, 400).map(lambda n: "9" * n),
    st.sampled_from(_HUGE),
)
tokens = st.one_of(st.sampled_from(_WORDS), digits, st.text(max_size=5))
amounts = st.one_of(
    digits,
    st.sampled_from(["one", "ten", "twenty", "ninety-nine", "a hundred", "half a million"]),
    st.tuples(digits, st.sampled_from(["million", "billion", "bn", "k", "thousand"])).map(" ".join),
)
# Ranges as news writes them, rising or (wrongly) falling: "between 10 and 20".
ranges = st.builds(
    lambda hedge, first, join, second, tail: f"{hedge}{first}{join}{second}{tail}",
    st.sampled_from(["between ", "from ", "", "about $", "up to "]),
    amounts,
    st.sampled_from([" and ", " to ", "-", " – ", "—"]),
    amounts,
    st.sampled_from(["", " troops", "%", " square miles", " dollars a day"]),
)
sentences = st.one_of(
    st.text(max_size=120),
    ranges,
    st.tuples(st.lists(tokens, max_size=6).map(" ".join), ranges).map(" ".join),
    st.lists(tokens, max_size=25).map(" ".join),
    st.lists(st.tuples(tokens, st.sampled_from([" ", "", ", ", "  "])), max_size=25).map(
        lambda pairs: "".join(token + gap for token, gap in pairs)
    ),
)
anchors = st.one_of(st.none(), st.dates(dt.date(1600, 1, 1), dt.date(2200, 12, 31)))
_OPEN_HEDGES = {hedge for hedge, (_, above) in HEDGES.items() if above is None}


def _check_numbers(text: str, mentions: list[NumberMention]) -> None:
    previous_end = 0
    for mention in mentions:
        assert previous_end <= mention.start < mention.end <= len(text), mention
        assert math.isfinite(mention.low) and math.isfinite(mention.high), mention
        assert mention.low <= mention.high, (mention, text[mention.start : mention.end])
        previous_end = mention.end


@settings(max_examples=1000)
@given(sentences)
def test_numbers_are_finite_ordered_ranges_inside_the_text(text: str) -> None:
    _check_numbers(text, find_numbers(text))


@settings(max_examples=1000)
@given(sentences, anchors, st.booleans())
def test_quantities_point_at_their_number_and_keep_their_bounds(
    sentence: str, anchor: dt.date | None, tagged: bool
) -> None:
    timexes = find_timexes(sentence, anchor) if tagged else None
    quantities = find_quantities(sentence, timexes)
    numbers = find_numbers(sentence)
    previous_end = 0
    for quantity in quantities:
        assert previous_end <= quantity.start < quantity.end <= len(sentence), quantity
        assert sentence[quantity.start : quantity.end] == quantity.text, quantity
        assert any(
            quantity.start <= number.start and number.end <= quantity.end for number in numbers
        ), quantity
        for value in (quantity.number, quantity.value, quantity.low):
            assert math.isfinite(value), quantity
        assert not math.isnan(quantity.high), quantity
        assert math.isfinite(quantity.high) or quantity.hedge in _OPEN_HEDGES, quantity
        assert quantity.low <= quantity.value <= quantity.high, quantity
        if timexes is not None:
            assert not any(
                timex.start < quantity.end
                and quantity.start < timex.end
                and _holds_number(timex.start, timex.end, numbers, quantity)
                for timex in timexes
            ), (quantity, timexes)
        previous_end = quantity.end


def _holds_number(start: int, end: int, numbers: list[NumberMention], quantity: object) -> bool:
    """Whether the time expression overlaps the number the quantity was read from."""
    return any(
        number.start < end and start < number.end
        for number in numbers
        if quantity.start <= number.start and number.end <= quantity.end  # type: ignore[attr-defined]
    )


# ---------------------------------------------------------------- regressions
# Cases the properties found, kept as plain examples.


def test_a_digit_string_too_long_for_a_float_is_no_number() -> None:
    # float() read it as infinity, and the rounding of infinity raised OverflowError.
    text = "9" * 400 + " troops and 1" + "0" * 300 + " trillion billion dollars"
    assert find_numbers(text) == []
    assert find_quantities(text) == []


def test_a_falling_between_range_is_two_numbers() -> None:
    # Read as one range from 1 to 0, whose low end lay above its high end.
    assert [(n.low, n.high) for n in find_numbers("BETWEEN 1 AND 0")] == [(1, 1), (0, 0)]
    assert [(n.low, n.high) for n in find_numbers("between 20 and 10 troops")] == [
        (20, 20),
        (10, 10),
    ]
    assert [(n.low, n.high) for n in find_numbers("between 10 and 20 troops")] == [(10, 20)]
