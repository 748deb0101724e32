"""Sources that largely repeat another source: syndicated copies and rewrites.

A copy shares long word sequences; a rewrite changes the words but restates the same
sentences one by one. The overlap of A with B is the larger of the two measures: the share
of A's 4-word sequences found in B, and the share of A's words that sit in sentences with
a close counterpart in B. A repeats B when that overlap is at least `REPEAT_OVERLAP`.

Sources linked by repeats form one group: they are cited, but they count as one voice
when the summary asks how many independent sources state something.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from generator.analysis.pool import PooledSentence
from generator.disjoint_sets import DisjointSets
from generator.model import Article, Repeat
from generator.partial_date import PartialDate

# Share of a source restated by another at which it "largely repeats" it.
REPEAT_OVERLAP = 0.35
_WORD = re.compile(r"\w+")


def _shingles(text: str) -> set[tuple[str, ...]]:
    tokens = _WORD.findall(text.lower())
    return {tuple(tokens[i : i + 4]) for i in range(max(len(tokens) - 3, 0))}


def overlap(
    first: Sequence[PooledSentence],
    second_id: str,
    first_shingles: set[tuple[str, ...]],
    second_shingles: set[tuple[str, ...]],
) -> float:
    """How much of the source `first` (its pooled sentences) is found in `second_id`."""
    if not first or not first_shingles:
        return 0.0
    copied = len(first_shingles & second_shingles) / len(first_shingles)
    total = restated = 0
    for item in first:
        words = len(item.sentence.text.split())
        total += words
        if second_id in item.restated_in:
            restated += words
    return max(copied, restated / total if total else 0.0)


def find_repeats(pool: Sequence[PooledSentence], articles: Sequence[Article]) -> dict[str, Repeat]:
    """For each source that largely repeats another, which one and how much."""
    by_source: dict[str, list[PooledSentence]] = {article.id: [] for article in articles}
    for item in pool:
        by_source.setdefault(item.sentence.source_id, []).append(item)
    shingles = {
        source: _shingles(" ".join(item.sentence.text for item in items))
        for source, items in by_source.items()
    }
    dated = {article.id: article.published for article in articles}
    repeats: dict[str, Repeat] = {}
    for index, first in enumerate(articles):
        for second in articles[index + 1 :]:
            forward = overlap(
                by_source[first.id], second.id, shingles[first.id], shingles[second.id]
            )
            backward = overlap(
                by_source[second.id], first.id, shingles[second.id], shingles[first.id]
            )
            if max(forward, backward) < REPEAT_OVERLAP:
                continue
            copier, original, amount = _direction(first.id, second.id, forward, backward, dated)
            if copier not in repeats or repeats[copier].overlap < amount:
                repeats[copier] = Repeat(original, amount)
    return repeats


def _direction(
    first: str,
    second: str,
    forward: float,
    backward: float,
    dated: Mapping[str, PartialDate | None],
) -> tuple[str, str, float]:
    """Which of two overlapping sources repeats the other: the later one when both are
    dated, else the one more fully contained in the other."""
    first_date, second_date = dated[first], dated[second]
    if first_date is not None and second_date is not None:
        first_key, second_key = first_date.sort_key(), second_date.sort_key()
        if first_key != second_key:
            if first_key > second_key:
                return first, second, forward
            return second, first, backward
    if forward >= backward:
        return first, second, forward
    return second, first, backward


def voice_groups(source_ids: Sequence[str], repeats: Mapping[str, Repeat]) -> dict[str, str]:
    """Each source's group: sources linked by repeats share one (the earliest listed)."""
    groups = DisjointSets(source_ids)
    rank = {source: index for index, source in enumerate(source_ids)}
    for copier, repeat in repeats.items():
        if copier not in groups or repeat.source_id not in groups:
            continue
        first, second = groups.find(copier), groups.find(repeat.source_id)
        keep, drop = sorted((first, second), key=rank.__getitem__)
        groups.join(keep, drop)
    return {source: groups.find(source) for source in source_ids}
