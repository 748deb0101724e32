"""Finding and resolving every time expression in a text.

Every rule proposes its matches; overlapping proposals are settled longest first (then by
rule order), and a proposal that cannot be resolved gives way to the next one. The words
that tie a date to an event ("since August", "by December", "until Monday") are kept as
the expression's signal, and "between November and February" or "from May to July" link
the two dates as a range whose end comes after its start.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from generator.partial_date import PartialDate
from generator.time.lexicon import WEEKDAYS
from generator.time.rules import QUARTER_REF, RULES, YEAR_BEFORE_REF, Context, Rule
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
        resolution = RULES[priority].resolve(match, context)
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
    return _link_ranges(text, [_with_signal(text, timex) for timex in found])


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
        end = min(len(text), trigger.end() + after)
        if end <= start:
            continue
        for match in rule.pattern.finditer(text, max(0, trigger.start() - before), end):
            if match.end() > match.start() and match.end() > start:
                found.setdefault((match.start(), match.end()), match)
        window_end = end
    return list(found.values())


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
        if not value:
            continue
        if _QUARTER_VALUE.match(value) and timex.value != YEAR_BEFORE_REF:
            last_quarter = value
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
        ):
            end_value = _after(timex.value, following.value, following.relative)
            linked.append(Timex(**{**timex.__dict__, "range_end": end_value}))
            linked.append(Timex(**{**following.__dict__, "value": end_value, "signal": "to"}))
            skip = True
            continue
        linked.append(timex)
    return linked


def _after(start_value: str, end_value: str, relative: bool) -> str:
    """`end_value`, moved on by a year when it would come before `start_value`:
    "between November and February", said in November, ends in next year's February."""
    if not relative or not (_YEAR_MONTH.match(start_value) and _YEAR_MONTH.match(end_value)):
        return end_value
    if end_value[:7] < start_value[:7]:
        return f"{int(end_value[:4]) + 1:04d}{end_value[4:]}"
    start_month = int(start_value[:4]) * 12 + int(start_value[5:7])
    end_month = int(end_value[:4]) * 12 + int(end_value[5:7])
    if end_month - start_month >= 12:
        # "from May to July" read in two directions: a range within one year is meant.
        return f"{int(end_value[:4]) - 1:04d}{end_value[4:]}"
    return end_value


_YEAR_MONTH = re.compile(r"^\d{4}-\d{2}")
