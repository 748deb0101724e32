"""The timeline: every dated event the sources report, merged, ordered and checked.

1. **Mentions**: each sentence's date expressions, resolved against its source's
   publication date (stated, or estimated from the text and then marked so). Only
   calendar dates count (not "now", durations or repeating times), and only in sentences
   that can be read alone.
2. **Events**: mentions of the same date whose sentences say the same thing are merged
   into one entry that cites every source stating it.
3. **Conflicts**: the same event given different dates by different sources is kept on
   both dates and flagged. Two stated dates must come with nearly the same sentence;
   when one date was only inferred (a bare "in August"), the same month with a different
   year and a shared subject is enough, because that is how such mistakes look.
4. **Upcoming**: events after the latest publication date go to "what's next".
5. **Selection**: with many sources, the dates most sources mention are kept
   (`analysis.timeline_entries`), then shown in chronological order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from generator.analysis.similarity import cosine, similar_pairs, tfidf_vectors
from generator.analysis.standalone import standalone_problem
from generator.model import Evidence, Sentence, TimelineEntry
from generator.partial_date import PartialDate
from generator.text.tokens import content_terms
from generator.time.point import Granularity, TimePoint
from generator.time.tagger import find_timexes
from generator.time.timex import DATE, TIME, Anchor, Timex

# The longest event text taken whole; longer sentences are cut to the clause holding the date.
MAX_EVENT_WORDS = 40
# Two mentions of one date say the same thing from this similarity on.
SAME_EVENT = 0.3
# Two stated dates conflict only for nearly the same sentence.
SAME_EVENT_STATED = 0.5
# With an inferred date, this similarity and a shared name suffice.
SAME_EVENT_INFERRED = 0.12
# Problems that make a sentence unreadable as a timeline entry (length is no problem).
_UNREADABLE = ("leans on", "refers back", "starts mid-sentence", "starts inside", "question")
# A date after "than" is a baseline of a comparison, not an event: "faster than at any
# time since 2022", "more than in 2023".
_COMPARISON = re.compile(r"\bthan\b[^.,;]{0,25}$")
# A leading conjunction is dropped from an event ("But if ..." reads as "if ...").
_LEADING_CONJUNCTION = re.compile(r"^(?:But|And|Yet|So|However|Still|Meanwhile)\b,?\s+")
_QUOTE_MARKS = re.compile(r"[\"“”]")
_CLAUSE_BREAK = re.compile(r"(?:,|;|\s[—–-]\s)\s*")
_NAME = re.compile(r"(?<=[\s(“\"'])[A-Z][a-z]+(?:[-'’][A-Za-z]+)?")


@dataclass(frozen=True)
class Mention:
    point: TimePoint
    source_id: str
    sentence: Sentence
    text: str
    signal: str | None
    range_end: TimePoint | None
    inferred: bool
    """The date depends on a publication date or the tense ("in August", "on Sunday")."""
    estimated: bool
    """It was resolved against an estimated publication date."""
    written: str
    """The expression as written: "August", "August 2023"."""


def mentions(
    sentences_by_source: Mapping[str, Sequence[Sentence]],
    anchors: Mapping[str, Anchor | None],
    find: Callable[[str, Anchor | None], list[Timex]] = find_timexes,
) -> list[Mention]:
    """One mention per sentence that has a calendar date: its main date, which is the
    first one not tied to the event by "since", "by" or "until" (the others say when a
    span started or ends), else the first."""
    found: list[Mention] = []
    for source_id, sentences in sentences_by_source.items():
        anchor = anchors.get(source_id)
        for sentence in sentences:
            text = _readable(sentence.text)
            if text is None:
                continue
            offset = len(sentence.text) - len(text)
            dated = [
                (timex, point)
                for timex in find(text, anchor)
                if timex.type in (DATE, TIME)
                and timex.signal != "to"
                and not _COMPARISON.search(text, max(0, timex.start - 30), timex.start)
                and (point := TimePoint.parse(timex.value, timex.mod)) is not None
            ]
            if not dated:
                continue
            timex, point = next(((t, p) for t, p in dated if t.signal is None), dated[0])
            found.append(
                Mention(
                    point=point,
                    source_id=source_id,
                    sentence=sentence,
                    text=event_text(
                        sentence.text, timex.start + offset, timex.end + offset, offset
                    ),
                    signal=timex.signal,
                    range_end=TimePoint.parse(timex.range_end) if timex.range_end else None,
                    inferred=timex.relative,
                    estimated=bool(timex.relative and anchor and anchor.estimated),
                    written=timex.text,
                )
            )
    return found


def _readable(sentence: str) -> str | None:
    """The sentence as a timeline entry can show it (verbatim, past a leading
    conjunction), or None when it cannot stand alone."""
    text = _LEADING_CONJUNCTION.sub("", sentence)
    problem = standalone_problem(text[:1].upper() + text[1:])
    if problem and any(marker in problem for marker in _UNREADABLE):
        return None
    return text


def event_text(sentence: str, start: int, end: int, skip: int = 0) -> str:
    """The part of the sentence that says what happened then: all of it (from `skip`, past
    a leading conjunction) when short, else the clauses around the date, up to
    MAX_EVENT_WORDS words, kept verbatim."""
    if len(sentence[skip:].split()) <= MAX_EVENT_WORDS:
        return sentence[skip:]
    cuts = [skip, *(m.end() for m in _CLAUSE_BREAK.finditer(sentence, skip)), len(sentence)]
    first = max(index for index, cut in enumerate(cuts) if cut <= start)
    last = min(index for index, cut in enumerate(cuts) if cut >= end)
    while True:
        grown = False
        if first > 0 and _words(sentence, cuts[first - 1], cuts[last]) <= MAX_EVENT_WORDS:
            first -= 1
            grown = True
        if (
            last < len(cuts) - 1
            and _words(sentence, cuts[first], cuts[last + 1]) <= MAX_EVENT_WORDS
        ):
            last += 1
            grown = True
        if not grown:
            break
    # Never cut inside a quotation: grow the piece until its quotation marks pair up.
    while _QUOTE_MARKS.findall(sentence, cuts[first], cuts[last]).__len__() % 2:
        if last < len(cuts) - 1:
            last += 1
        elif first > 0:
            first -= 1
        else:
            break
    return sentence[cuts[first] : cuts[last]].strip(" ,;—–-")


def _words(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


@dataclass
class _Event:
    point: TimePoint
    members: list[Mention]

    @property
    def sources(self) -> set[str]:
        return {member.source_id for member in self.members}


def build_timeline(
    found: Sequence[Mention],
    source_order: Sequence[str],
    latest: PartialDate | None,
    limit: int,
) -> tuple[TimelineEntry, ...]:
    """Entries in chronological order; `latest` is the latest publication date (events
    after it are upcoming); `limit` keeps the best supported dates (0: all)."""
    if not found:
        return ()
    vectors = tfidf_vectors([_event_terms(mention) for mention in found])
    index_of = {id(mention): index for index, mention in enumerate(found)}
    events = _merge(found, vectors, index_of)
    conflicts = _conflicts(events, vectors, index_of, source_order)
    chosen = _select(events, limit)
    rank = {source: index for index, source in enumerate(source_order)}
    entries = []
    for event in sorted(chosen, key=lambda e: (e.point.sort_key(), _representative(e).text)):
        shown = _representative(event)
        members = sorted(event.members, key=lambda m: rank.get(m.source_id, len(rank)))
        sources = tuple(dict.fromkeys(member.source_id for member in members))
        entries.append(
            TimelineEntry(
                date=event.point,
                text=shown.text,
                sources=sources,
                upcoming=latest is not None and event.point.first > latest.last_day(),
                conflict=conflicts.get(id(event)),
                signal=shown.signal,
                range_end=shown.range_end,
                estimated=all(member.estimated for member in event.members),
                evidence=tuple(
                    Evidence(m.source_id, m.sentence.paragraph, m.sentence.line, m.sentence.text)
                    for m in members
                ),
            )
        )
    return tuple(entries)


def _event_terms(mention: Mention) -> list[str]:
    """The words of the event without those of its date: two sources dating one event
    differently still share the rest."""
    date_terms = set(content_terms(mention.written))
    return [term for term in content_terms(mention.text) if term not in date_terms]


def _merge(
    found: Sequence[Mention], vectors: Sequence[dict[str, float]], index_of: dict[int, int]
) -> list[_Event]:
    by_point: dict[str, list[Mention]] = {}
    for mention in found:
        by_point.setdefault(mention.point.value + (mention.point.mod or ""), []).append(mention)
    events: list[_Event] = []
    for same_date in by_point.values():
        groups: list[_Event] = []
        for mention in same_date:
            vector = vectors[index_of[id(mention)]]
            home = next(
                (
                    group
                    for group in groups
                    if any(
                        member.sentence == mention.sentence
                        or cosine(vector, vectors[index_of[id(member)]]) >= SAME_EVENT
                        for member in group.members
                    )
                ),
                None,
            )
            if home is None:
                groups.append(_Event(mention.point, [mention]))
            else:
                home.members.append(mention)
        events.extend(groups)
    return events


def _representative(event: _Event) -> Mention:
    """The mention that states the event most plainly: stated dates first, then the
    shortest text."""
    return min(event.members, key=lambda m: (m.inferred, len(m.text), m.source_id))


def _conflicts(
    events: Sequence[_Event],
    vectors: Sequence[dict[str, float]],
    index_of: dict[int, int],
    source_order: Sequence[str],
) -> dict[int, str]:
    """For each event some source dates differently, the explanation shown with it."""
    number = {source: index for index, source in enumerate(source_order, 1)}
    notes: dict[int, list[str]] = {}
    for first_index, second_index in _similar_events(events, vectors, index_of):
        first, second = events[first_index], events[second_index]
        if first.point.overlaps(second.point) or not (first.sources ^ second.sources):
            continue
        if not _same_event(first, second, vectors, index_of):
            continue
        for event, other in ((first, second), (second, first)):
            sources = ", ".join(
                f"source {number.get(s, '?')}"
                for s in sorted(other.sources, key=lambda s: number.get(s, 0))
            )
            notes.setdefault(id(event), []).append(
                f"{sources} gives {other.point.display()} for this"
            )
    return {
        key: "Sources disagree on the date: " + "; ".join(value) + "."
        for key, value in notes.items()
    }


def _similar_events(
    events: Sequence[_Event], vectors: Sequence[dict[str, float]], index_of: dict[int, int]
) -> list[tuple[int, int]]:
    """Pairs of events (in order) with members similar enough to be one event: found
    through an inverted index, so a long timeline is not compared pair by pair."""
    event_of = {
        index_of[id(member)]: number for number, e in enumerate(events) for member in e.members
    }
    similar = similar_pairs(vectors, min(SAME_EVENT_STATED, SAME_EVENT_INFERRED))
    pairs = {
        tuple(sorted((event_of[one], event_of[two])))
        for one, neighbours in similar.items()
        if one in event_of
        for two in neighbours
        if two in event_of and event_of[one] != event_of[two]
    }
    return sorted(pairs)  # type: ignore[arg-type]


def _same_event(
    first: _Event, second: _Event, vectors: Sequence[dict[str, float]], index_of: dict[int, int]
) -> bool:
    for one in first.members:
        for two in second.members:
            if one.source_id == two.source_id:
                continue
            similarity = cosine(vectors[index_of[id(one)]], vectors[index_of[id(two)]])
            if similarity >= SAME_EVENT_STATED:
                return True
            if (
                (one.inferred or two.inferred)
                and similarity >= SAME_EVENT_INFERRED
                and _same_calendar_slot(one.point, two.point)
                and _shared_names(one.text, two.text)
            ):
                return True
    return False


def _same_calendar_slot(first: TimePoint, second: TimePoint) -> bool:
    """The same month (and day, if both give one) in different years: "August" resolved
    to 2024 against "August 2023"."""
    if first.granularity != second.granularity or first.granularity not in (
        Granularity.DAY,
        Granularity.MONTH,
        Granularity.SEASON,
    ):
        return False
    if first.first.year == second.first.year:
        return False
    same_day = first.granularity is not Granularity.DAY or first.first.day == second.first.day
    return first.first.month == second.first.month and same_day


def _shared_names(first: str, second: str) -> bool:
    return bool(set(_NAME.findall(" " + first)) & set(_NAME.findall(" " + second)))


# How much a mention of a date at each precision is worth when choosing what to show: a
# day that three sources name says more than a year that five mention in passing.
_PRECISION_WEIGHT = {
    Granularity.DAY: 1.0,
    Granularity.WEEK: 0.8,
    Granularity.MONTH: 0.6,
    Granularity.QUARTER: 0.4,
    Granularity.SEASON: 0.4,
    Granularity.YEAR: 0.3,
    Granularity.DECADE: 0.1,
    Granularity.CENTURY: 0.1,
}


# At most this many events per date when the timeline is limited, so one busy day does
# not crowd out the rest of the story.
MAX_EVENTS_PER_DATE = 2


def date_support(dated: Sequence[tuple[TimePoint, Sequence[str]]]) -> dict[str, float]:
    """For each date (TIMEX3 value), how strongly the sources support it: the number of
    sources naming it, weighted by its precision."""
    sources: dict[str, set[str]] = {}
    weights: dict[str, float] = {}
    for point, cited in dated:
        sources.setdefault(point.value, set()).update(cited)
        weights[point.value] = _PRECISION_WEIGHT[point.granularity]
    return {value: weights[value] * len(sources[value]) for value in sources}


def ranked_dates(entries: Sequence[TimelineEntry]) -> list[TimePoint]:
    """The dates of a timeline, the best supported first."""
    support = date_support([(entry.date, entry.sources) for entry in entries])
    points = {entry.date.value: entry.date for entry in entries}
    return sorted(points.values(), key=lambda p: (-support[p.value], p.sort_key()))


def _select(events: Sequence[_Event], limit: int) -> list[_Event]:
    """When there are more than `limit` events: the best supported dates first, with at
    most MAX_EVENTS_PER_DATE events each (those most sources report)."""
    if limit <= 0 or len(events) <= limit:
        return list(events)
    support = date_support([(event.point, list(event.sources)) for event in events])
    by_date: dict[str, list[_Event]] = {}
    for event in events:
        by_date.setdefault(event.point.value, []).append(event)
    chosen: list[_Event] = []
    for value in sorted(by_date, key=lambda v: (-support[v], by_date[v][0].point.sort_key())):
        same_day = sorted(by_date[value], key=lambda e: (-len(e.sources), e.point.sort_key()))
        for event in same_day[:MAX_EVENTS_PER_DATE]:
            chosen.append(event)
            if len(chosen) == limit:
                return chosen
    return chosen
