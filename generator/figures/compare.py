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

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from generator.figures.measures import Measure, same_measure
from generator.figures.quantities import Quantity
from generator.model import Evidence, Figure, FigureValue, Sentence
from generator.partial_date import PartialDate

# Figures reported this many days apart are "as of" different times, unless the
# sentences state the period they are for.
SAME_TIME_DAYS = 3
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


def comparable(first: Found, second: Found) -> bool:
    """Same measure, different sources, same time."""
    if first.sentence.source_id == second.sentence.source_id:
        return False
    if not same_measure(first.measure, second.measure):
        return False
    if first.measure.period is not None:
        return True  # both state the same period (same_measure checked it)
    return reported_together(first.reported, second.reported)


def reported_together(first: PartialDate | None, second: PartialDate | None) -> bool:
    """Whether two publication dates can be within SAME_TIME_DAYS of each other."""
    if first is None or second is None:
        return True
    gap = max(
        (first.first_day() - second.last_day()).days,
        (second.first_day() - first.last_day()).days,
    )
    return gap <= SAME_TIME_DAYS


def disagree(first: Quantity, second: Quantity) -> bool:
    """True when no value fits both, once hedges and rounding are counted."""
    return first.high < second.low or second.high < first.low


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
            if a in members and disagree(found[a].quantity, found[b].quantity)
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
        if m.thing and item.quantity.hedge != "vague":
            buckets[(m.kind, m.unit, m.thing, m.rate, m.period)].append(index)
    links = []
    for members in buckets.values():
        for position, a in enumerate(members):
            for b in members[position + 1 :]:
                if comparable(found[a], found[b]):
                    links.append((a, b))
    return links


def _groups(count: int, links: Sequence[tuple[int, int]]) -> list[set[int]]:
    parent = list(range(count))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in links:
        parent[root(a)] = root(b)
    groups: dict[int, set[int]] = defaultdict(set)
    for a, b in links:
        groups[root(a)].update((a, b))
    return list(groups.values())


def _figure(
    members: Sequence[Found],
    conflicting: Sequence[tuple[int, int]],
    found: Sequence[Found],
    names: Mapping[str, str],
) -> Figure:
    by_text: dict[tuple[float, float], list[Found]] = {}
    for item in members:
        by_text.setdefault((item.quantity.low, item.quantity.high), []).append(item)
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
        explanation=_explanation(values, names) if conflicting else None,
    )


def _evidence(sentence: Sentence) -> Evidence:
    return Evidence(sentence.source_id, sentence.paragraph, sentence.line, sentence.text)


def _explanation(values: Sequence[FigureValue], names: Mapping[str, str]) -> str:
    """ "Financial Times: about 50,000; sources 2 and 3: some 45,000"."""
    parts = []
    for value in values:
        who = _joined([names.get(source, source) for source in value.sources])
        parts.append(f"{who}: {value.text}")
    text = "; ".join(parts)
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
