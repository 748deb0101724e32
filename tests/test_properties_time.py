"""Property tests of the time tagger (generator.time.tagger.find_timexes) on arbitrary
text and anchors, and of `briefing inspect dates` (generator.inspect.inspect_dates).

What the tagger promises, checked for any text and any anchor a user can give (a date,
a PartialDate at day, month or year precision, an Anchor, or none):

- it never raises: "a traceback means a bug in briefing, never bad input";
- each expression is text[start:end], a whole expression (rules only match between word
  boundaries, see `compile_rule`), in text order, none overlapping another (overlapping
  proposals are settled in `find_timexes`);
- a value that names a day, week, month, quarter or season names one that exists
  (no 2025-02-29, no month 13, no 2023-W53), and so does a range's end;
- "between X and Y" / "from X to Y" link X to Y: X's range_end is Y's value, and "a Y
  resolved before X moves to the following year", so the range's end is not before its
  start.

The text strategies are built from date words (months, weekdays, numbers, "last", "ago",
"between ... and", impossible dates like "Feb 30" and "2024-13-45") mixed with random
text, so that the rules fire rather than only the trigger search.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import tempfile
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.diagnostics import Diagnostics
from generator.file_text import decode_text
from generator.inspect import dates_as_text, inspect_dates
from generator.partial_date import PartialDate
from generator.time.estimate import estimate_publication
from generator.time.point import TimePoint
from generator.time.tagger import find_timexes
from generator.time.timex import DATE, TIME, Anchor, Timex

# ---------------------------------------------------------------- strategies

_EDGE_DAYS = [
    dt.date(1600, 1, 1), dt.date(1600, 2, 29), dt.date(1700, 2, 28), dt.date(1900, 3, 1),
    dt.date(2000, 2, 29), dt.date(2023, 12, 31), dt.date(2024, 1, 1), dt.date(2024, 2, 29),
    dt.date(2024, 12, 30), dt.date(2026, 1, 1), dt.date(2100, 2, 28), dt.date(2200, 12, 31),
]  # fmt: skip
# Publication dates of four centuries around now, and every year PartialDate accepts: a site
# may date an article 0001 or 9999 (a typo) and the build must still not crash.
_WIDE = dict(min_value=dt.date(1600, 1, 1), max_value=dt.date(2200, 12, 31))
days = st.one_of(st.sampled_from(_EDGE_DAYS), st.dates(**_WIDE))
any_days = st.one_of(
    st.sampled_from([dt.date.min, dt.date.max, dt.date(1, 12, 31), dt.date(9999, 1, 1)]),
    st.dates(),
)


def _anchors(day_strategy: st.SearchStrategy[dt.date]) -> st.SearchStrategy[object]:
    return st.one_of(
        st.none(),
        day_strategy,
        day_strategy.map(PartialDate.from_date),
        day_strategy.map(lambda day: PartialDate(day.year, day.month)),
        day_strategy.map(lambda day: PartialDate(day.year)),
        st.builds(Anchor, day_strategy.map(PartialDate.from_date), st.booleans()),
    )


anchors = _anchors(days)
any_anchors = _anchors(any_days)

_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan.", "Feb.", "Feb", "Sept.", "Sep", "Dec.", "may",
]  # fmt: skip
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
             "Mon.", "Tues.", "Thurs.", "Sun."]  # fmt: skip
_WORDS = [
    "last", "next", "this", "past", "coming", "previous", "current", "ago", "since", "by",
    "until", "before", "after", "from", "to", "between", "and", "as of", "in", "on", "of",
    "the", "a", "an", "early", "mid-", "late", "the end of", "the beginning of", "year",
    "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades",
    "century", "centuries", "quarter", "fortnight", "hours", "weekend", "today", "tonight",
    "yesterday", "tomorrow", "morning", "night", "now", "recently", "the future", "summer",
    "winter", "spring", "fall", "Q1", "Q4", "first quarter", "fourth quarter", "the quarter",
    "a year earlier", "year-ago", "Christmas", "Easter Monday", "Thanksgiving",
    "New Year's Eve", "Election Day", "the '80s", "1990s", "the sixties", "21st century",
    "nineteen ninety-six", "two thousand", "twenty twenty-four", "every", "each", "daily",
    "a day", "per year", "5 p.m.", "10:30 a.m.", "noon", "midnight", "several", "a few",
    "two", "twelve", "1 1/2", "and a half", "more than", "about", "will", "was", "said",
    "plans to", "the week of", "Feb 30", "Feb. 29", "April 31", "2024-13-45", "2023-02-29",
    "2024-02-29", "2024-12-31", "troops", "percent", "$", "No.", "Black", "Times", ",", ".",
    "-", "–", "'", "\n", "this year's third quarter", "the 1988 period", "Q3 2024",
    "mid-2024", "the '00s", "the 99th century", "Monday, Jan. 6", "Easter week",
    "from now", "the past decade", "the fiscal year ended", "June last year",
]  # fmt: skip
numbers = st.one_of(
    st.integers(0, 40),
    st.integers(1600, 2200),
    st.integers(0, 10**12),
).map(str)
iso_like = st.builds(
    lambda y, m, d: f"{y:04d}-{m:02d}-{d:02d}",
    st.integers(0, 9999),
    st.integers(0, 99),
    st.integers(0, 99),
)
tokens = st.one_of(
    st.sampled_from(_MONTHS),
    st.sampled_from(_WEEKDAYS),
    st.sampled_from(_WORDS),
    numbers,
    iso_like,
    st.text(max_size=5),
)
# Long gaps reach past the window a rule searches around its trigger word.
gaps = st.one_of(st.sampled_from([" ", "", "  ", ", ", "\n"]), st.integers(10, 60).map(" ".__mul__))
texts = st.one_of(
    st.text(max_size=120),
    st.lists(tokens, max_size=25).map(" ".join),
    st.lists(st.tuples(tokens, gaps), max_size=25).map(
        lambda pairs: "".join(token + gap for token, gap in pairs)
    ),
)

# ---------------------------------------------------------------- checks

_WORD_CHAR = re.compile(r"\w")
_LEFT_EDGE = re.compile(r"[\w-]")
_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T|$)")
_MONTH_VALUE = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK_VALUE = re.compile(r"^(\d{4})-W(\d{2})(?:-WE)?$")
_POINT_VALUE = re.compile(r"^\d{4}-(?:\d{2}|W\d{2}|Q[1-4]|SP|SU|FA|WI)")


def _check_value(value: str) -> None:
    """A value that names a day, week, month, quarter or season names one that exists."""
    if match := _DAY_VALUE.match(value):
        dt.date(int(match[1]), int(match[2]), int(match[3]))  # raises when it does not exist
    elif match := _MONTH_VALUE.match(value):
        assert 1 <= int(match[2]) <= 12, value
    elif match := _WEEK_VALUE.match(value):
        dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
    if _POINT_VALUE.match(value):
        assert TimePoint.parse(value) is not None, value


def _check_timexes(text: str, timexes: list[Timex]) -> None:
    previous_end = 0
    for timex in timexes:
        assert previous_end <= timex.start < timex.end <= len(text), timex
        assert text[timex.start : timex.end] == timex.text, timex
        # Whole expressions: rules are compiled between (?<![\w-]) and (?![\w]).
        assert timex.start == 0 or not _LEFT_EDGE.match(text[timex.start - 1]), timex
        assert timex.end == len(text) or not (
            _WORD_CHAR.match(text[timex.end]) and _WORD_CHAR.match(text[timex.end - 1])
        ), (timex, text[timex.end :][:10])
        assert timex.value, timex
        if timex.type in (DATE, TIME):
            _check_value(timex.value)
        if timex.range_end is not None:
            _check_value(timex.range_end)
        previous_end = timex.end
    _check_ranges(timexes)


def _check_ranges(timexes: list[Timex]) -> None:
    """X's range_end is the value of the Y that follows it, tagged "to"."""
    for index, timex in enumerate(timexes):
        if timex.range_end is None:
            continue
        assert index + 1 < len(timexes), timex
        following = timexes[index + 1]
        assert following.value == timex.range_end and following.signal == "to", following
        assert timex.type == following.type == DATE


def _point_order(first: Timex, last: Timex) -> bool:
    start, end = TimePoint.parse(first.value), TimePoint.parse(last.value)
    return start is None or end is None or start.first <= end.last


# ---------------------------------------------------------------- properties


@settings(max_examples=1500)
@given(texts, anchors)
def test_expressions_are_in_the_text_ordered_and_valid(text: str, anchor: object) -> None:
    _check_timexes(text, find_timexes(text, anchor))  # type: ignore[arg-type]


@settings(max_examples=300)
@given(texts, any_anchors)
def test_any_anchor_a_site_can_state_is_safe(text: str, anchor: object) -> None:
    # PartialDate accepts years 1 to 9999, so front matter can state any of them.
    _check_timexes(text, find_timexes(text, anchor))  # type: ignore[arg-type]


# "between X and Y", "from X to Y" of the forms _link_ranges moves: bare months, days
# of a month and weekdays, said in either tense.
_RANGE_ENDS = st.one_of(
    st.sampled_from(_MONTHS[:12]),
    st.builds(
        lambda month, day: f"{month} {day}",
        st.sampled_from([*_MONTHS[:12], "Feb."]),
        st.integers(1, 31),
    ),
    st.sampled_from(_WEEKDAYS[:7]),
)
ranges = st.builds(
    lambda verb, pair, first, second: f"{verb} {pair[0]} {first} {pair[1]} {second}.",
    st.sampled_from(["Flights stopped", "Flights will stop", "Talks ran", "It is open"]),
    st.sampled_from([("between", "and"), ("from", "to"), ("from", "until"), ("from", "-")]),
    _RANGE_ENDS,
    _RANGE_ENDS,
)


@settings(max_examples=400)
@given(ranges, anchors)
def test_a_range_ends_after_it_starts(text: str, anchor: object) -> None:
    timexes = find_timexes(text, anchor)  # type: ignore[arg-type]
    _check_timexes(text, timexes)
    for first, following in itertools.pairwise(timexes):
        if first.range_end is not None:
            assert _point_order(first, following), (first, following)


timex_values = st.one_of(
    st.text(max_size=12),
    st.builds(
        lambda year, part: f"{year:04d}{part}",
        st.integers(0, 9999),
        st.one_of(
            st.just(""),
            st.integers(0, 99).map(lambda n: f"-{n:02d}"),
            st.integers(0, 99).map(lambda n: f"-W{n:02d}"),
            st.integers(0, 99).map(lambda n: f"-W{n:02d}-WE"),
            st.sampled_from(["-Q1", "-Q4", "-QX", "-SP", "-WI", "-FA", "-12-31T24:00", "-02-29"]),
        ),
    ),
    st.integers(0, 999).map(lambda n: f"{n:03d}"),
    st.integers(0, 99).map(lambda n: f"{n:02d}"),
)


@settings(max_examples=400)
@given(timex_values, st.sampled_from([None, "START", "MID", "END", "APPROX"]))
@example("9999-W52", "END")  # ends in the year 10000: raised OverflowError
def test_a_time_point_parses_any_value_without_raising(value: str, mod: str | None) -> None:
    point = TimePoint.parse(value, mod)
    if point is not None:
        assert point.first <= point.last
        assert point.display()
        point.sort_key()


@settings(max_examples=150)
@given(texts)
def test_a_publication_estimate_is_a_real_date(text: str) -> None:
    estimate = estimate_publication(text)
    if estimate is not None:
        assert estimate.precision != "day"
        _check_timexes(text, find_timexes(text, Anchor(estimate, estimated=True)))


@settings(max_examples=40)
@given(
    st.lists(texts, min_size=1, max_size=4).map("\n\n".join),
    st.one_of(st.none(), days.map(PartialDate.from_date)),
    st.booleans(),
)
def test_inspect_dates_offsets_point_into_the_file(
    body: str, published: PartialDate | None, dated: bool
) -> None:
    front = "---\ntitle: A story\n" + ("date: 2024-11-19\n" if dated else "") + "---\n\n"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.md"
        path.write_text(front + body, encoding="utf-8", newline="")
        report, _ = inspect_dates(path, published)
        if report is None:
            return  # an empty body or undecodable text: reported, not inspected
        source = decode_text(path.read_bytes(), path, Diagnostics())
        assert source is not None
        for offset, timex in report.expressions:
            assert source[offset : offset + len(timex.text)] == timex.text
        assert dates_as_text(report).startswith(str(path))


# ---------------------------------------------------------------- regressions
# Cases the properties found, kept as plain examples.


def test_a_year_cut_by_the_search_window_is_not_a_year() -> None:
    # The rules ran on a window around their trigger, and at the window's end the
    # "(?![\w])" lookahead passed inside "20245" and "16000".
    text = "It happened on January 5,                 20245 here."
    assert [t.text for t in find_timexes(text, dt.date(2024, 11, 20))] == ["January 5"]
    assert [(t.start, t.text) for t in find_timexes('1600:"16000', None)] == [(0, "1600")]


def test_an_expression_beyond_the_calendar_is_left_out() -> None:
    # These raised OverflowError or gave years such as "10000" and "-2976".
    assert find_timexes("It was 999999 days ago.", dt.date(2024, 11, 20)) == []
    assert find_timexes("It was 5000 years ago.", dt.date(2024, 11, 20)) == []
    assert find_timexes("Tuesday", dt.date(1, 1, 1)) == []
    assert find_timexes("tomorrow", dt.date.max) == []
    assert find_timexes("next year", PartialDate(9999)) == []
    assert find_timexes("the quarter", PartialDate(1, 2)) == []
    assert find_timexes("next Christmas", dt.date(9999, 12, 30)) == []
    assert [t.value for t in find_timexes("the next decade", PartialDate(9999))] == ["P10Y"]


def test_a_period_that_runs_past_the_calendar_is_left_out() -> None:
    # "0001-WI" begins in December of year 0; 9999-W52 ends in 10000 and made
    # TimePoint.parse raise OverflowError.
    assert find_timexes("this winter", dt.date(1, 1, 1)) == []
    assert find_timexes("this week", dt.date.max) == []
    assert TimePoint.parse("9999-W52") is None


def test_a_range_end_that_does_not_exist_in_the_moved_year_is_not_linked() -> None:
    # Feb. 29 was moved into 2025 and became the non-date 2025-02-29.
    text = "Held between Nov. 5 and Feb. 29 there."
    found = find_timexes(text, dt.date(2024, 11, 20))
    assert [(t.value, t.range_end) for t in found] == [("2024-11-05", None), ("2024-02-29", None)]


def test_a_range_end_moves_until_it_is_after_the_start() -> None:
    # One year was not always enough: February 1901 to January 1901.
    found = find_timexes("It is open between February and January.", dt.date(1900, 3, 1))
    assert [(t.value, t.range_end) for t in found] == [("1901-02", "1902-01"), ("1902-01", None)]


def test_a_weekday_range_end_moves_by_weeks_not_years() -> None:
    # Friday moved by a year, to 2025-11-29; on Nov. 20 the range ended before it began.
    text = "Talks ran from Monday to Friday."
    on_dec_4 = find_timexes(text, dt.date(2024, 12, 4))
    assert [(t.value, t.range_end) for t in on_dec_4] == [
        ("2024-12-02", "2024-12-06"),
        ("2024-12-06", None),
    ]
    on_nov_20 = find_timexes(text, dt.date(2024, 11, 20))
    assert [(t.value, t.range_end) for t in on_nov_20] == [
        ("2024-11-18", "2024-11-22"),
        ("2024-11-22", None),
    ]
