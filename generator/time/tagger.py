"""Finding and resolving every time expression in a text.

Every rule proposes its matches; overlapping proposals are settled longest first (then by
rule order), and a proposal that cannot be resolved gives way to the next one. The words
that tie a date to an event ("since August", "by December", "until Monday") are kept as
the expression's signal, and "between November and February" or "from May to July" link
the two dates as a range whose end comes after its start.

Dates exist from year 1 to 9999 (as in `datetime` and `PartialDate`): an expression that
would resolve outside them ("tomorrow" on 9999-12-31, "999999 days ago") is left out,
like any other that cannot be resolved.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from generator.partial_date import PartialDate
from generator.time.anaphora import resolve_anaphora
from generator.time.lexicon import MONTHS, WEEKDAYS
from generator.time.patterns import Context, Resolution, Rule
from generator.time.point import TimePoint
from generator.time.resolve_relative import QUARTER_REF, YEAR_BEFORE_REF
from generator.time.rules import RULES
from generator.time.tense import direction
from generator.time.timex import DATE, Anchor, Timex

_SIGNAL = re.compile(
    r"(?i:\b(?P<signal>since|by|until|till|before|after|from|between|through|as\s+of|"
    r"starting|beginning|ahead\s+of|prior\s+to)\s+(?:the\s+)?)$"
)
_RANGE_JOIN = re.compile(r"^\s*(?:and|to|until|till|through|-|–)\s+(?:the\s+)?$", re.IGNORECASE)


class Timexes:
    """`find_timexes` that remembers: the timeline and the figures of one story ask for
    the same sentences. One per analysis, so nothing outlives it."""

    def __init__(self) -> None:
        self._found: dict[tuple[str, Anchor | None], list[Timex]] = {}

    def __call__(self, text: str, anchor: Anchor | None) -> list[Timex]:
        key = (text, anchor)
        if key not in self._found:
            self._found[key] = find_timexes(text, anchor)
        return self._found[key]


def find_timexes(text: str, anchor: dt.date | PartialDate | Anchor | None) -> list[Timex]:
    """All time expressions of `text`, resolved against `anchor` (None: absolute only)."""
    anchor = Anchor.of(anchor)
    context = Context(text, anchor, lambda start, end: direction(text, start, end))
    proposals = []
    # Many rules share a trigger (a month name, a year): find each trigger's places once.
    triggers: dict[re.Pattern[str], list[re.Match[str]]] = {}
    for priority, rule in enumerate(RULES):
        if rule.trigger not in triggers:
            triggers[rule.trigger] = list(rule.trigger.finditer(text))
        for match in _matches(rule, text, triggers[rule.trigger]):
            proposals.append((match.start(), match.start() - match.end(), priority, match))
    proposals.sort(key=lambda item: (item[1], item[0], item[2]))  # longest first
    starts: list[int] = []
    ends: list[int] = []
    found: list[Timex] = []
    for start, negative_length, priority, match in proposals:
        end = start - negative_length
        if _overlaps(starts, ends, start, end):
            continue
        resolution = _resolve(RULES[priority], match, context)
        if resolution is None:
            continue
        position = bisect.bisect(starts, start)
        starts.insert(position, start)
        ends.insert(position, end)
        found.append(
            Timex(
                start=start,
                end=end,
                text=text[start:end],
                type=resolution.type,
                value=resolution.value,
                mod=resolution.mod,
                relative=resolution.relative,
            )
        )
    found.sort(key=lambda timex: timex.start)
    found = _resolve_references(_weekdays_of_dates(text, found), anchor)
    found = [timex for timex in resolve_anaphora(found) if _in_calendar(timex.value)]
    return _link_ranges(text, [_with_signal(text, timex) for timex in found])


# A rule's reach bounds its match; a lookahead after the match ("the year(?= ended)") must
# still see the text beyond it, or the windowed search fails where the full one succeeds.
_LOOKAHEAD_SLACK = 16


def _matches(rule: Rule, text: str, triggers: list[re.Match[str]]) -> list[re.Match[str]]:
    """The rule's matches, looked for only in windows around its trigger words."""
    if not triggers:
        return []
    before, after = rule.reach
    found: dict[tuple[int, int], re.Match[str]] = {}
    window_end = -1
    for trigger in triggers:
        start = max(0, trigger.start() - before)
        if start < window_end:
            start = window_end  # this part of the text was searched already
        end = min(len(text), trigger.end() + after + _LOOKAHEAD_SLACK)
        if end <= start:
            continue
        for windowed in rule.pattern.finditer(text, max(0, trigger.start() - before), end):
            # The window's end is not the text's: lookaheads such as "(?![\w])" or a
            # year's "(?![\d,.]\d)" saw nothing there and passed ("January 5, 2024" out of
            # "January 5, 20245"). The match at the same place in the whole text decides.
            match = rule.pattern.match(text, windowed.start())
            if match and match.end() > match.start() and match.end() > start:
                found.setdefault((match.start(), match.end()), match)
        window_end = end
    return list(found.values())


def _resolve(rule: Rule, match: re.Match[str], context: Context) -> Resolution | None:
    """The rule's resolution, None when it falls outside the calendar (see the module's
    docstring): date arithmetic past year 1 or 9999 raises OverflowError (`datetime`'s
    own, and `calendar`'s), and a year computed as a number may leave four digits."""
    try:
        resolution = rule.resolve(match, context)
    except OverflowError:
        return None
    if resolution is None or not _in_calendar(resolution.value):
        return None
    return resolution


# A value that starts with a year outside 0001..9999: "-2976-", "10000-", "0000".
_OUTSIDE_CALENDAR = re.compile(r"-|\d{5}|0000(?!\d)")


def _in_calendar(value: str) -> bool:
    """Whether the value's year is one of the calendar's, and any period it names lies
    within the calendar: in the first and last years a period can spill over its ends
    (the winter of year 1 begins in December of year 0, 9999-W52 ends in 10000)."""
    if _OUTSIDE_CALENDAR.match(value):
        return False
    return not value.startswith(("0001-", "9999-")) or TimePoint.parse(value) is not None


def _weekdays_of_dates(text: str, found: list[Timex]) -> list[Timex]:
    """ "Thursday, Jan. 6": the weekday names the date that follows it."""
    result = list(found)
    for index in range(len(result) - 1):
        weekday, date = result[index], result[index + 1]
        if (
            weekday.relative
            and _WEEKDAY_VALUE.match(weekday.value)
            and _DATE_VALUE.match(date.value)
            and _JOINED_BY_COMMA.fullmatch(text, weekday.end, date.start)
            and weekday.text.split()[0].rstrip(",.").lower() in WEEKDAYS
        ):
            result[index] = Timex(**{**weekday.__dict__, "value": date.value})
    return result


def _resolve_references(found: list[Timex], anchor: Anchor | None) -> list[Timex]:
    """Quarter references in text order: "the quarter" is the last quarter mentioned, "a
    year earlier" that quarter a year before (or the year before the anchor)."""
    resolved: list[Timex] = []
    last_quarter: str | None = None
    for timex in found:
        value = timex.value
        if value == QUARTER_REF:
            value = last_quarter or (_completed_quarter(anchor) if anchor else "")
        elif value == YEAR_BEFORE_REF:
            if last_quarter:
                value = f"{int(last_quarter[:4]) - 1:04d}{last_quarter[4:]}"
            elif anchor is not None:
                value = f"{anchor.date.year - 1:04d}"
            else:
                value = ""
        if not value or (value != timex.value and not _in_calendar(value)):
            continue
        if _QUARTER_VALUE.match(value) and timex.value != YEAR_BEFORE_REF:
            last_quarter = value
        elif _MONTHS_SPAN.match(value):
            last_quarter = None  # "for the nine months ... a year earlier": a year before
        resolved.append(Timex(**{**timex.__dict__, "value": value}))
    return resolved


def _completed_quarter(anchor: Anchor) -> str:
    """The last quarter that ended before the anchor: what results are reported for."""
    month = anchor.date.month or 12
    quarter = (month - 1) // 3
    if quarter == 0:
        return f"{anchor.date.year - 1:04d}-Q4"
    return f"{anchor.date.year:04d}-Q{quarter}"


_WEEKDAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATE_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_QUARTER_VALUE = re.compile(r"^\d{4}-Q[1-4]$")
_MONTHS_SPAN = re.compile(r"^P(?:6|9)M$")
_JOINED_BY_COMMA = re.compile(r",?\s*")


def _overlaps(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    position = bisect.bisect(starts, start)
    if position > 0 and ends[position - 1] > start:
        return True
    return position < len(starts) and starts[position] < end


def _with_signal(text: str, timex: Timex) -> Timex:
    match = _SIGNAL.search(text, max(0, timex.start - 24), timex.start)
    if match is None:
        return timex
    signal = " ".join(match["signal"].lower().split())
    return Timex(**{**timex.__dict__, "signal": signal})


def _link_ranges(text: str, found: list[Timex]) -> list[Timex]:
    """ "between X and Y", "from X to Y": X gets Y as its range end, Y no longer stands
    alone; a Y resolved before X (November and February) moves to the following year."""
    linked: list[Timex] = []
    skip = False
    for index, timex in enumerate(found):
        if skip:
            skip = False
            continue
        following = found[index + 1] if index + 1 < len(found) else None
        if (
            following is not None
            and timex.type == DATE
            and following.type == DATE
            and timex.signal in ("between", "from")
            and _RANGE_JOIN.match(text[timex.end : following.start])
            and (end_value := _range_end(timex, following)) is not None
        ):
            linked.append(Timex(**{**timex.__dict__, "range_end": end_value}))
            linked.append(Timex(**{**following.__dict__, "value": end_value, "signal": "to"}))
            skip = True
            continue
        linked.append(timex)
    return linked


def _range_end(start: Timex, end: Timex) -> str | None:
    """The value of the range's end. An end resolved from the anchor, on its own, is
    moved to its first occurrence on or after the start: "between November and February",
    said in November, ends in next year's February, and "from Monday to Friday", said on a
    Wednesday, on the Friday after that Monday (moving a weekday by a year, as a month
    moves, would name some other day). None when the moved day does not exist (Feb. 29 in
    a common year): such a range is not linked."""
    if not end.relative:
        return end.value
    if _names_a_weekday(end):
        return _weekday_on_or_after(start.value, end.value)
    if not (_YEAR_MONTH.match(start.value) and _YEAR_MONTH.match(end.value)):
        return end.value
    start_in_year, end_in_year = start.value[5:], end.value[5:]
    if len(start_in_year) != len(end_in_year):  # a month against a day: compare months
        start_in_year, end_in_year = start_in_year[:2], end_in_year[:2]
    year = int(start.value[:4]) + (1 if end_in_year < start_in_year else 0)
    value = f"{year:04d}{end.value[4:]}"
    return value if TimePoint.parse(value) is not None else None  # None for 2025-02-29


def _names_a_weekday(timex: Timex) -> bool:
    """ "Friday", "next Friday"; not "Friday, Jan. 7", whose month fixes it."""
    words = [word.rstrip(",.").lower() for word in timex.text.split()]
    return any(word in WEEKDAYS for word in words) and not any(word in MONTHS for word in words)


def _weekday_on_or_after(start_value: str, end_value: str) -> str | None:
    """The end's weekday, moved on by whole weeks until it is not before the start."""
    start_point = TimePoint.parse(start_value)
    if start_point is None or not _DATE_VALUE.match(end_value):
        return end_value
    first, last = start_point.first, dt.date.fromisoformat(end_value)
    if last >= first:
        return end_value
    weeks = -((last - first).days // 7)  # whole weeks, rounded up
    try:
        return (last + dt.timedelta(weeks=weeks)).isoformat()
    except OverflowError:
        return None


_YEAR_MONTH = re.compile(r"^\d{4}-\d{2}")
