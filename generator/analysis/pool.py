"""The pool of a story's sentences, with what selection needs to know about each one.

For every sentence: its term vector, how central it is to the story (cosine to the
centroid, where each source weighs the same however long it is), how close it is to its
article's lead, whether it can stand alone, and which other sources state the same thing
(their most similar sentence is at least `SAME_STATEMENT` similar). Sentences stated by
several sources are the safest summary material, and each of those sources is cited.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from generator.analysis.similarity import Vector, centroid, cosine, similar_pairs, tfidf_vectors
from generator.analysis.standalone import standalone_problem
from generator.model import Evidence, Sentence, Statement
from generator.text.tokens import content_terms

# Cosine above which two sentences from different sources count as stating the same thing.
SAME_STATEMENT = 0.45
# A lower cosine suffices when both sentences give the same specific number ("2,700"):
# rewrites of one report change the words around a figure but keep the figure.
SAME_STATEMENT_WITH_NUMBER = 0.3
# Similar enough to be a rewritten version of the same sentence.
RESTATED = 0.3
_SPECIFIC_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d+\.\d+|\d{3,}")
# Sentences past this position in their article get no lead bonus.
LEAD_SPAN = 12


@dataclass(frozen=True)
class PooledSentence:
    sentence: Sentence
    vector: Vector
    centrality: float
    lead: float
    """1.0 for an article's first sentence, falling to 0.0 at LEAD_SPAN."""
    relative_position: float
    """0.0 at the start of the article, 1.0 at its end."""
    supporters: tuple[Sentence, ...]
    """The best matching sentence of each other source that states the same thing."""
    restated_in: frozenset[str]
    """Other sources with a sentence at least `RESTATED` similar: a looser match than
    stating the same thing, used to recognise rewrites."""
    problem: str | None
    """Why the sentence cannot stand alone in a summary, or None."""

    @property
    def source_ids(self) -> tuple[str, ...]:
        return (self.sentence.source_id, *(s.source_id for s in self.supporters))

    def support_share(self, voices: Mapping[str, str]) -> float:
        """Share of the story's other independent voices that state this sentence too.

        `voices` maps each source to its group (see repeats.voice_groups): a source that
        repeats another is cited, but does not confirm it.
        """
        own = voices.get(self.sentence.source_id, self.sentence.source_id)
        confirming = {voices.get(s.source_id, s.source_id) for s in self.supporters} - {own}
        others = len(set(voices.values())) - 1
        return len(confirming) / others if others > 0 else 0.0

    def statement(self, source_order: Sequence[str]) -> Statement:
        """This sentence as a statement that cites every source stating it."""
        rank = {source_id: index for index, source_id in enumerate(source_order)}
        sentences = sorted(
            (self.sentence, *self.supporters), key=lambda s: rank.get(s.source_id, len(rank))
        )
        return Statement(
            text=self.sentence.text,
            sources=tuple(s.source_id for s in sentences),
            evidence=tuple(Evidence(s.source_id, s.paragraph, s.line, s.text) for s in sentences),
        )


def build_pool(sentences_by_source: Mapping[str, Sequence[Sentence]]) -> tuple[PooledSentence, ...]:
    sentences = [s for source in sentences_by_source.values() for s in source]
    if not sentences:
        return ()
    vectors = tfidf_vectors([content_terms(s.text) for s in sentences])
    story_centre = _centroid_by_source(sentences, vectors)
    numbers = [_specific_numbers(s.text) for s in sentences]
    matches = similar_pairs(vectors, min(SAME_STATEMENT_WITH_NUMBER, RESTATED))
    lengths = {source: len(items) for source, items in sentences_by_source.items()}
    pool = []
    for index, sentence in enumerate(sentences):
        best_per_source: dict[str, tuple[float, Sentence]] = {}
        restated_in: set[str] = set()
        for other, score in matches.get(index, {}).items():
            other_sentence = sentences[other]
            if other_sentence.source_id == sentence.source_id:
                continue
            if score >= RESTATED:
                restated_in.add(other_sentence.source_id)
            if score < SAME_STATEMENT and not numbers[index] & numbers[other]:
                continue
            current = best_per_source.get(other_sentence.source_id)
            if current is None or score > current[0]:
                best_per_source[other_sentence.source_id] = (score, other_sentence)
        length = max(lengths[sentence.source_id] - 1, 1)
        pool.append(
            PooledSentence(
                sentence=sentence,
                vector=vectors[index],
                centrality=cosine(vectors[index], story_centre),
                lead=max(0.0, 1.0 - sentence.position / LEAD_SPAN),
                relative_position=sentence.position / length,
                supporters=tuple(match for _, match in best_per_source.values()),
                restated_in=frozenset(restated_in),
                problem=standalone_problem(sentence.text),
            )
        )
    return tuple(pool)


def story_centroid(pool: Sequence[PooledSentence]) -> Vector:
    """What the story is about: the mean of its sources' centroids."""
    return _centroid_by_source([item.sentence for item in pool], [item.vector for item in pool])


def _centroid_by_source(sentences: Sequence[Sentence], vectors: Sequence[Vector]) -> Vector:
    by_source: dict[str, list[Vector]] = {}
    for sentence, vector in zip(sentences, vectors, strict=True):
        by_source.setdefault(sentence.source_id, []).append(vector)
    return centroid([centroid(items) for items in by_source.values()])


def _specific_numbers(text: str) -> frozenset[str]:
    """Numbers precise enough to identify a fact; years (1900-2099) are too common."""
    found = {match.replace(",", "") for match in _SPECIFIC_NUMBER.findall(text)}
    return frozenset(n for n in found if not (len(n) == 4 and n[:2] in ("19", "20")))


def is_redundant(candidate: PooledSentence, chosen: Sequence[PooledSentence], limit: float) -> bool:
    """True when the candidate says what a chosen sentence already says."""
    for other in chosen:
        if cosine(candidate.vector, other.vector) >= limit:
            return True
        if candidate.sentence in other.supporters or other.sentence in candidate.supporters:
            return True
    return False
