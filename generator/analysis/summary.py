"""The multi-source extractive summary: a few sentences that say what happened.

Sentences are chosen greedily by score (centrality to the story, how many other sources
state the same thing, closeness to an article's lead), skipping any that cannot stand
alone or that repeat a sentence already chosen. The chosen sentences are then ordered by
where they sit in their articles, so the lead-like ones come first and the text reads as a
paragraph. Every sentence cites all sources that state it.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.analysis.pool import PooledSentence, is_redundant
from generator.model import Statement

# Two summary sentences more similar than this say the same thing.
REDUNDANCY_LIMIT = 0.35
SUPPORT_WEIGHT = 0.6
LEAD_WEIGHT = 0.15


def summary_score(item: PooledSentence, source_count: int) -> float:
    support_share = len(item.supporters) / (source_count - 1) if source_count > 1 else 0.0
    return item.centrality * (1.0 + SUPPORT_WEIGHT * support_share) + LEAD_WEIGHT * item.lead


def select_summary(
    pool: Sequence[PooledSentence], source_order: Sequence[str], length: int
) -> tuple[PooledSentence, ...]:
    source_count = len(source_order)
    candidates = sorted(
        (item for item in pool if item.problem is None),
        key=lambda item: (
            -summary_score(item, source_count),
            item.sentence.source_id,
            item.sentence.position,
        ),
    )
    chosen: list[PooledSentence] = []
    for item in candidates:
        if len(chosen) == length:
            break
        if not is_redundant(item, chosen, REDUNDANCY_LIMIT):
            chosen.append(item)
    chosen.sort(key=lambda item: (item.relative_position, -len(item.supporters)))
    return tuple(chosen)


def as_statements(
    items: Sequence[PooledSentence], source_order: Sequence[str]
) -> tuple[Statement, ...]:
    return tuple(item.statement(source_order) for item in items)
