"""The multi-source extractive summary: a few sentences that say what happened.

Sentences are chosen greedily by score (centrality to the story, the share of the other
independent voices that state the same thing, closeness to an article's lead), skipping
any that cannot stand alone or that repeat a sentence already chosen. The chosen sentences
are then ordered by where they sit in their articles, so the lead-like ones come first and
the text reads as a paragraph. Every sentence cites all sources that state it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from generator.analysis.pool import PooledSentence, is_redundant
from generator.model import Statement

# Two summary sentences more similar than this say the same thing.
REDUNDANCY_LIMIT = 0.35
SUPPORT_WEIGHT = 0.6
LEAD_WEIGHT = 0.15


def summary_score(item: PooledSentence, voices: Mapping[str, str]) -> float:
    support = item.support_share(voices)
    return item.centrality * (1.0 + SUPPORT_WEIGHT * support) + LEAD_WEIGHT * item.lead


def select_summary(
    pool: Sequence[PooledSentence], voices: Mapping[str, str], length: int
) -> tuple[PooledSentence, ...]:
    """`voices` maps each source to its group of sources that repeat one another."""
    candidates = sorted(
        (item for item in pool if item.problem is None),
        key=lambda item: (
            -summary_score(item, voices),
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
