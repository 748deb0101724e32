"""Key points: the distinct, concrete facts a reader should take away.

Where the summary tells the story, key points list facts: short sentences (at most
`MAX_WORDS` words) that carry a figure, a date or a name, preferably confirmed by several
independent voices, and that repeat neither the summary nor each other. Sentences are
never trimmed, so every key point stays verbatim in its source. They are listed from the
best supported down.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from generator.analysis.pool import PooledSentence, is_redundant
from generator.partial_date import MONTH_NAMES

MAX_WORDS = 30
REDUNDANCY_LIMIT = 0.3
_NUMBER = re.compile(r"\d|\b(?:hundred|thousand|million|billion|dozens?)\b", re.IGNORECASE)
_DATE = re.compile(
    r"\b(?:" + "|".join(MONTH_NAMES) + r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|yesterday|today)\b"
)
# A capitalised word that does not start the sentence: a name, a place, an organisation.
_NAME = re.compile(r"(?<=\s)[A-Z][a-z]+(?:[-'’][A-Za-z]+)?")


def concreteness(text: str) -> float:
    """0 to 1: how many kinds of concrete fact the sentence holds (number, date, name)."""
    kinds = (bool(_NUMBER.search(text)), bool(_DATE.search(text)), bool(_NAME.search(text)))
    return sum(kinds) / len(kinds)


def key_point_score(item: PooledSentence, voices: Mapping[str, str]) -> float:
    return (
        item.centrality + 0.5 * item.support_share(voices) + 0.3 * concreteness(item.sentence.text)
    )


def is_candidate(item: PooledSentence) -> bool:
    text = item.sentence.text
    return item.problem is None and len(text.split()) <= MAX_WORDS and concreteness(text) > 0.0


def select_key_points(
    pool: Sequence[PooledSentence],
    voices: Mapping[str, str],
    count: int,
    summary: Sequence[PooledSentence],
) -> tuple[PooledSentence, ...]:
    candidates = sorted(
        (item for item in pool if is_candidate(item) and item not in summary),
        key=lambda item: (
            -key_point_score(item, voices),
            item.sentence.source_id,
            item.sentence.position,
        ),
    )
    chosen: list[PooledSentence] = []
    for item in candidates:
        if len(chosen) == count:
            break
        if not is_redundant(item, [*summary, *chosen], REDUNDANCY_LIMIT):
            chosen.append(item)
    return tuple(chosen)
