"""Key points: the distinct, specific facts a reader should take away.

Where the summary tells the story, key points list facts: sentences that carry figures,
dates or names, preferably confirmed by several sources, and that neither repeat the
summary nor each other. They are listed from the best supported down.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.analysis.pool import PooledSentence, is_redundant

REDUNDANCY_LIMIT = 0.3
_SPECIFIC = re.compile(
    r"\d|\b(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b"
)


def key_point_score(item: PooledSentence, source_count: int) -> float:
    support_share = len(item.supporters) / (source_count - 1) if source_count > 1 else 0.0
    specific = 1.0 if _SPECIFIC.search(item.sentence.text) else 0.0
    return item.centrality + 0.5 * support_share + 0.2 * specific


def select_key_points(
    pool: Sequence[PooledSentence],
    source_order: Sequence[str],
    count: int,
    summary: Sequence[PooledSentence],
) -> tuple[PooledSentence, ...]:
    source_count = len(source_order)
    candidates = sorted(
        (item for item in pool if item.problem is None and item not in summary),
        key=lambda item: (
            -key_point_score(item, source_count),
            item.sentence.source_id,
            item.sentence.position,
        ),
    )
    chosen: list[PooledSentence] = []
    for item in candidates:
        if len(chosen) == count:
            break
        if is_redundant(item, [*summary, *chosen], REDUNDANCY_LIMIT):
            continue
        chosen.append(item)
    return tuple(chosen)
