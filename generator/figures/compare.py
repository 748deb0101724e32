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
from generator.figures.quantities import HEDGES, ROUNDING_SHARE, Quantity
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
    give the same kind of estimate (two ranges, two floors, two ceilings) and its bounds
    differ: "12,000 to 19,000" and "12,000 to 24,000" are two different estimates."""
    if first.high < second.low or second.high < first.low:
        return True
    shape = _shape(first)
    if shape is None or shape != _shape(second):
        return False
    if shape == "range":
        return not (_close(first.low, second.low) and _close(first.high, second.high))
    bound = (lambda q: q.low) if shape == "floor" else (lambda q: q.high)
    return not _close(bound(first), bound(second))


def _shape(quantity: Quantity) -> str | None:
    """ "range" for "30 to 35", "floor" for "more than 1,000", "ceiling" for "up to 40"."""
    if quantity.hedge == "vague":
        return None
    if quantity.stated_range:
        return "range"
    if quantity.hedge in HEDGES:
        below, above = HEDGES[quantity.hedge]
        if above is None:
            return "floor"
        if below == 0.0:
            return "ceiling"
    return None


def _close(first: float, second: float) -> bool:
    return abs(first - second) <= ROUNDING_SHARE * max(abs(first), abs(second))


def compare(found: Sequence[Found], names: Mapping[str, str]) -> tuple[Figure, ...]:
    """The figures stated by more than one source; `names` gives each source's name for
    the one-line explanation of a disagreement."""
    links = _links(found)
    figures = []
    for members in _groups(len(found), links):
        sources = {found[i].sentence.source_id for i in members}
        if len(sources) < 2:
            continue
        conflicting = [
            (a, b)
            for a, b in links
            if a in members
            and disagree(found[a].quantity, found[b].quantity)
            and comparable(found[a], found[b], surely=True)
        ]
        figures.append(_figure([found[i] for i in sorted(members)], conflicting, found, names))
    figures.sort(key=lambda f: (not f.disagreement, -len({s for v in f.values for s in v.sources})))
    return tuple(figures[:MAX_FIGURES])


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
