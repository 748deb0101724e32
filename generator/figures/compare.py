"""Comparing the quantities of a story's sources: which measure the same thing, and where
they disagree.

Two quantities from different sources are compared only when they measure the same
thing (generator/figures/measures.py) at the same time: over the same stated period, or,
when no period is stated, as reported within a few days of each other (a running total
a week later is a new number, not a contradiction). A publication date known only to the
month, or not at all, cannot show that two reports are apart, and the editor put the
articles in one story: such reports count as of the same time unless their dates
exclude it. They disagree when the values they
stand for, hedges and rounding counted, do not overlap: "about 50,000" (47,500-52,500)
and "some 45,000" (42,750-47,250) do; "more than 1,000" and "1,200" do not.

A false alarm costs more trust than a miss, so every rule here errs towards silence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from generator.disjoint_sets import DisjointSets
from generator.figures.measures import Measure, same_measure, surely_same_measure
from generator.figures.quantities import ROUNDING_SHARE, Quantity
from generator.model import Evidence, Figure, FigureValue, Sentence
from generator.partial_date import PartialDate

# Running totals (deaths, cases, costs so far) move daily: reported on different days they
# are different measures. Other figures (a force sent, a rate, an estimate) stand for a
# while: a day apart is still the same time. A period stated in both overrides this.
SAME_TIME_DAYS = 1
SAME_TIME_DAYS_FOR_TALLIES = 0
# What makes a running total: what it counts, how it grows, or how it is worded.
_TALLY_THINGS = frozenset({"deaths", "casualties", "injuries", "cases"})
_TALLY_ACTIONS = frozenset(
    {"killed", "wounded", "lost", "infected", "evacuated", "arrested", "paid", "spent",
     "collected", "rose"}
)  # fmt: skip
_TALLY_WORDS = re.compile(
    r"\b(?:so\s+far|to\s+date|total|tally|toll|now\s+stands|has\s+risen|have\s+risen|"
    r"climbed|reached|cumulative|in\s+all|new\s+estimates?|latest\s+estimates?|revised|"
    r"updated|raised\s+(?:its|the|their)\s+estimate)\b",
    re.IGNORECASE,
)
# Two values further apart than this are not one measure misreported: the sentences
# failed to tell two measures apart (an old leak of 300 barrels and one of 3.3 million).
# Real disagreements stay well inside it: 5,000 against 70,000 barrels a day.
MAX_RATIO = 20.0
# A sentence with this many quantities of one kind besides the one read is a list or a
# breakdown ("$5bn this year, then $1.25bn a quarter until the total $20bn"), whose
# numbers are too easily paired with the wrong measure to be flagged.
_CROWDED = 2
# The most figures a briefing lists: disagreements first, then the best supported.
MAX_FIGURES = 12


@dataclass(frozen=True)
class Found:
    """A quantity as one source states it."""

    quantity: Quantity
    measure: Measure
    sentence: Sentence
    reported: PartialDate | None
    """When the source reported it: its publication date (stated or estimated)."""


def comparable(first: Found, second: Found, *, surely: bool = False) -> bool:
    """Same measure, different sources, same time. With `surely`, the measure must be
    stated alike in both sentences, as a disagreement flag needs."""
    if first.sentence.source_id == second.sentence.source_id:
        return False
    same = surely_same_measure if surely else same_measure
    if not same(first.measure, second.measure):
        return False
    if first.measure.period is not None and first.measure.period == second.measure.period:
        return True  # both state the same period
    days = SAME_TIME_DAYS_FOR_TALLIES if _tally(first) or _tally(second) else SAME_TIME_DAYS
    return reported_together(first.reported, second.reported, days)


def _tally(item: Found) -> bool:
    """Whether the number is a running total, which changes from one day to the next."""
    if item.measure.rate:
        return False
    return (
        item.measure.thing in _TALLY_THINGS
        or item.measure.action in _TALLY_ACTIONS
        or bool(_TALLY_WORDS.search(item.sentence.text))
    )


def reported_together(
    first: PartialDate | None, second: PartialDate | None, days: int = SAME_TIME_DAYS
) -> bool:
    """Whether two publication dates can be within `days` of each other."""
    if first is None or second is None:
        return True
    gap = max(
        (first.first_day() - second.last_day()).days,
        (second.first_day() - first.last_day()).days,
    )
    return gap <= days


def disagree(first: Quantity, second: Quantity) -> bool:
    """True when no value fits both, once hedges and rounding are counted; or when both
    state a range and the ranges' bounds differ: "12,000 to 19,000" and "12,000 to 24,000"
    are two different estimates. One-sided hedges are not estimates of a bound: "more
    than 100" and "more than 160" may both be right."""
    if not _overlap(first, second):
        return _within(first, second, MAX_RATIO)
    if not (_stated_range(first) and _stated_range(second)):
        return False
    return not (_close(first.low, second.low) and _close(first.high, second.high))


def _overlap(first: Quantity, second: Quantity) -> bool:
    """Whether some value fits both, hedges and rounding counted."""
    return not (first.high < second.low or second.high < first.low)


def _within(first: Quantity, second: Quantity, ratio: float) -> bool:
    """Whether the two values are within `ratio` of each other."""
    low, high = sorted((abs(first.value), abs(second.value)))
    return low > 0 and high / low <= ratio


def _stated_range(quantity: Quantity) -> bool:
    """ "30 to 35", "between 12,000 and 24,000"; vague amounts are no range."""
    return quantity.stated_range and quantity.hedge != "vague"


def _close(first: float, second: float) -> bool:
    return abs(first - second) <= ROUNDING_SHARE * max(abs(first), abs(second))


def compare(found: Sequence[Found], names: Mapping[str, str]) -> tuple[Figure, ...]:
    """The figures stated by more than one source; `names` gives each source's name for
    the one-line explanation of a disagreement."""
    links = _links(found)
    flags = set(_flagged(found, links))
    figures = []
    for members in _groups(len(found), links):
        sources = {found[i].sentence.source_id for i in members}
        if len(sources) < 2:
            continue
        conflicting = [(a, b) for a, b in links if a in members and (a, b) in flags]
        figures.append(_figure([found[i] for i in sorted(members)], conflicting, found, names))
    figures.sort(key=lambda f: (not f.disagreement, -len({s for v in f.values for s in v.sources})))
    return tuple(figures[:MAX_FIGURES])


def disagreements(found: Sequence[Found]) -> list[tuple[Found, Found]]:
    """Every pair of quantities that would be flagged as a disagreement, before figures
    are grouped and cut to the briefing's length: what benchmarks/ measures."""
    return [(found[a], found[b]) for a, b in _flagged(found, _links(found))]


def _flagged(found: Sequence[Found], links: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    vague = _vague(found)
    alike = _neighbours(found, same_measure=True)
    neighbours = [
        sorted({*in_sentence, *in_source})
        for in_sentence, in_source in zip(
            _neighbours(found, same_measure=False), _in_source(found), strict=True
        )
    ]
    return [
        (a, b)
        for a, b in links
        if a not in vague
        and b not in vague
        and len(alike[a]) < _CROWDED
        and len(alike[b]) < _CROWDED
        and disagree(found[a].quantity, found[b].quantity)
        and comparable(found[a], found[b], surely=True)
        and not _also_stated(found, a, neighbours[b])
        and not _also_stated(found, b, neighbours[a])
    ]


def _neighbours(found: Sequence[Found], *, same_measure: bool) -> list[list[int]]:
    """For each quantity, the others of its kind and unit in its sentence; with
    `same_measure`, only those that count the same thing or name none (a list's later
    items often leave it out: "sent 10,000 troops to Kursk and 12,000 to Belgorod")."""
    by_sentence: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for index, item in enumerate(found):
        by_sentence[_sentence_key(item)].append(index)
    return [
        [
            other
            for other in by_sentence[_sentence_key(item)]
            if other != index
            and (
                not same_measure
                or not item.measure.thing
                or found[other].measure.thing in ("", item.measure.thing)
            )
        ]
        for index, item in enumerate(found)
    ]


def _sentence_key(item: Found) -> tuple[object, ...]:
    s, m = item.sentence, item.measure
    return (s.source_id, s.position, m.kind, m.unit)


def _in_source(found: Sequence[Found]) -> list[list[int]]:
    """For each quantity, the others of the same measure anywhere in its source: a
    source that gives both the old estimate and the new one contradicts neither."""
    by_source: dict[tuple[object, ...], list[int]] = defaultdict(list)
    keys = []
    for index, item in enumerate(found):
        m = item.measure
        key = (item.sentence.source_id, m.kind, m.unit, m.rate, m.action)
        if m.kind == "count":
            key += (m.thing,)
        keys.append(key)
        by_source[key].append(index)
    return [[other for other in by_source[key] if other != index] for index, key in enumerate(keys)]


def _also_stated(found: Sequence[Found], index: int, others: Sequence[int]) -> bool:
    """Whether the other source also states a value that fits this one, in the same
    sentence or for the same measure: then it does not contradict it ("15,800 barrels
    ... up on the 15,010 collected")."""
    return any(
        _overlap(found[index].quantity, found[other].quantity)
        for other in others
        if found[other].quantity.hedge != "vague"  # "tens of thousands" fits anything
    )


def _vague(found: Sequence[Found]) -> set[int]:
    """Running totals that leave out the place when the story's other sources name more
    than one place for the same measure: "20 deaths" in a story of deaths in Mexico, in
    the US and worldwide may be any of them, so it may not be flagged. A tally is kept
    for a place; other figures are mostly named with where they go ("troops sent to
    Kursk", "leaking into the Gulf"), which is no scope. An unstated time is not vague
    either: it is the time of the report."""
    places: dict[tuple[object, ...], set[frozenset[str]]] = defaultdict(set)
    for item in found:
        if item.measure.places:
            places[_measure_key(item.measure)].add(item.measure.places)
    return {
        index
        for index, item in enumerate(found)
        if _tally(item) and not item.measure.places and len(places[_measure_key(item.measure)]) > 1
    }


def _measure_key(measure: Measure) -> tuple[object, ...]:
    return (measure.kind, measure.unit, measure.rate, measure.thing, measure.action)


def _links(found: Sequence[Found]) -> list[tuple[int, int]]:
    """Pairs of comparable quantities; only quantities with the same basic key can be."""
    buckets: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for index, item in enumerate(found):
        m = item.measure
        # Vague amounts ("tens of thousands") agree with nearly anything: no news.
        if item.quantity.hedge != "vague":
            buckets[(m.kind, m.unit, m.rate)].append(index)
    links = []
    for members in buckets.values():
        for position, a in enumerate(members):
            for b in members[position + 1 :]:
                if comparable(found[a], found[b]):
                    links.append((a, b))
    return links


def _groups(count: int, links: Sequence[tuple[int, int]]) -> list[set[int]]:
    joined = DisjointSets(range(count))
    for a, b in links:
        joined.join(b, a)
    groups: dict[int, set[int]] = defaultdict(set)
    for a, b in links:
        groups[joined.find(a)].update((a, b))
    return list(groups.values())


def _figure(
    members: Sequence[Found],
    conflicting: Sequence[tuple[int, int]],
    found: Sequence[Found],
    names: Mapping[str, str],
) -> Figure:
    # One value per number stated: "45,000" and "some 45,000" are one value, shown as
    # the first source wrote it.
    by_text: dict[tuple[float, float], list[Found]] = {}
    for item in members:
        q = item.quantity
        key = (q.low, q.high) if q.stated_range else (q.value, q.value)
        by_text.setdefault(key, []).append(item)
    values = tuple(
        FigureValue(
            value=items[0].quantity.value,
            text=items[0].quantity.text,
            sources=tuple(dict.fromkeys(i.sentence.source_id for i in items)),
            low=items[0].quantity.low,
            high=items[0].quantity.high,
            evidence=tuple(
                Evidence(
                    i.sentence.source_id, i.sentence.paragraph, i.sentence.line, i.sentence.text
                )
                for i in items
            ),
        )
        for items in sorted(by_text.values(), key=lambda items: items[0].quantity.value)
    )
    first = members[0]
    return Figure(
        measure=first.measure.label,
        values=values,
        disagreement=bool(conflicting),
        kind=first.quantity.kind,
        unit=first.quantity.unit,
        explanation=_explanation(values, names, _undated(conflicting, found))
        if conflicting
        else None,
    )


def _undated(conflicting: Sequence[tuple[int, int]], found: Sequence[Found]) -> list[str]:
    """Sources in a disagreement whose date is unknown: their figure may be of another
    time, which the reader should know."""
    return list(
        dict.fromkeys(
            found[i].sentence.source_id
            for pair in conflicting
            for i in pair
            if found[i].reported is None
        )
    )


def _evidence(sentence: Sentence) -> Evidence:
    return Evidence(sentence.source_id, sentence.paragraph, sentence.line, sentence.text)


def _explanation(
    values: Sequence[FigureValue], names: Mapping[str, str], undated: Sequence[str]
) -> str:
    """ "Financial Times: about 50,000; sources 2 and 3: some 45,000" and, when some of
    those sources are undated, " (undated: sources 2 and 3)"."""
    parts = []
    for value in values:
        who = _joined([names.get(source, source) for source in value.sources])
        parts.append(f"{who}: {value.text}")
    text = "; ".join(parts)
    if undated:
        text += f" (undated: {_joined([names.get(s, s) for s in undated])})"
    return text[0].upper() + text[1:]


def _joined(names: Sequence[str]) -> str:
    """Names joined for reading; unnamed sources by number: "sources 1, 2 and 3"."""
    unique = list(dict.fromkeys(names))
    numbered = [name.removeprefix("source ") for name in unique if name.startswith("source ")]
    named = [name for name in unique if not name.startswith("source ")]
    if len(numbered) > 1:
        named.append("sources " + _listed(numbered))
    elif numbered:
        named.append(f"source {numbered[0]}")
    return _listed(named)


def _listed(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
