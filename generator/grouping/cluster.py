"""Grouping loose articles into stories: single-pass clustering, as news aggregators and
topic-detection systems do.

Each article is a TF-IDF vector of its headline (counted three times: a headline says
what the story is) and the start of its text. Articles are taken in date order; each
joins the story whose centroid it is most similar to, if similar enough, or starts a new
one. Candidate stories are found through an inverted index on their centroids' top
terms, so the cost grows with the articles, not with their pairs. A story that has gone
quiet for long counts less: a week's gap costs nothing, months cost more and more. A
second pass merges stories whose centroids turned out alike.

Everything is ordered (by date, then path), so the same articles always give the same
stories.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from generator.analysis.similarity import (
    Vector,
    centroid,
    cosine,
    normalised,
    tfidf_vectors,
    vector_sum,
)
from generator.disjoint_sets import DisjointSets

# How similar an article must be to a story's centroid to join it.
JOIN_SIMILARITY = 0.08
# How similar two stories' centroids must be to become one.
MERGE_SIMILARITY = 0.2
# Terms kept per article vector and per centroid: enough to tell stories apart.
_ARTICLE_TERMS = 80
_CENTROID_TERMS = 150
# Up to this size a story's centroid is recomputed with every article, then every tenth.
_EXACT_CENTROID_SIZE = 20
_CENTROID_REFRESH = 10
# Terms of an article used to look up candidate stories.
_LOOKUP_TERMS = 80
# A gap of this many days costs nothing; beyond it, similarity fades with this scale.
_FREE_GAP_DAYS = 10
_GAP_SCALE_DAYS = 15.0


@dataclass(frozen=True)
class Document:
    """An article as the clustering sees it."""

    key: str
    """Stable and unique: the article's path."""
    terms: tuple[str, ...]
    day: dt.date | None
    names: frozenset[str] = frozenset()
    """The people, places and organisations it names: a story's own."""


@dataclass
class _Story:
    members: list[int] = field(default_factory=list)
    total: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    days: list[dt.date] = field(default_factory=list)
    """Publication days of the dated members, sorted."""
    centroid: Vector = field(default_factory=dict)
    names: set[str] = field(default_factory=set)
    """Every name its articles use: who and where the story is about."""

    def add(self, index: int, vector: Vector, day: dt.date | None, names: frozenset[str]) -> bool:
        """Add an article; True when the centroid was recomputed."""
        self.members.append(index)
        self.names |= names
        if day is not None:
            bisect.insort(self.days, day)
        for term, weight in vector.items():
            self.total[term] += weight
        # A big story's centroid hardly moves with one more article: recomputing it
        # every tenth time keeps large piles fast.
        size = len(self.members)
        if size > _EXACT_CENTROID_SIZE and size % _CENTROID_REFRESH:
            return False
        self.centroid = _top(normalised(dict(self.total)), _CENTROID_TERMS)
        return True

    def gap(self, day: dt.date) -> int:
        """Days from `day` to the nearest member's: how long the story was quiet."""
        position = bisect.bisect(self.days, day)
        near = self.days[max(position - 1, 0) : position + 1]
        return min(abs((day - other).days) for other in near)


def cluster(documents: Sequence[Document]) -> list[list[int]]:
    """Groups of document indexes, each a story, in a stable order."""
    vectors = [_top(v, _ARTICLE_TERMS) for v in tfidf_vectors([d.terms for d in documents])]
    order = sorted(range(len(documents)), key=lambda i: _order_key(documents[i]))
    stories: list[_Story] = []
    # term -> story -> the term's weight in the story's centroid: one pass over an
    # article's terms scores every story that shares one.
    weights: dict[str, dict[int, float]] = defaultdict(dict)
    for position in order:
        vector, day = vectors[position], documents[position].day
        names = documents[position].names
        best, best_score = None, JOIN_SIMILARITY
        for candidate, similarity in sorted(_scores(vector, weights).items()):
            story = stories[candidate]
            if names and story.names and not names & story.names:
                continue  # another fire, another strike: the same words, other names
            score = similarity * _time_factor(day, story)
            if score >= best_score:
                best, best_score = candidate, score
        if best is None:
            best = len(stories)
            stories.append(_Story())
        story = stories[best]
        old = story.centroid
        if story.add(position, vector, day, names):
            for term in old:
                weights[term].pop(best, None)
            for term, weight in story.centroid.items():
                weights[term][best] = weight
    index = {term: set(by_story) for term, by_story in weights.items()}
    groups = _merged(stories, index)
    return sorted(
        (sorted(members, key=lambda i: _order_key(documents[i])) for members in groups),
        key=lambda members: _order_key(documents[members[0]]),
    )


def _order_key(document: Document) -> tuple[dt.date, str]:
    # Undated articles come last, in path order.
    return (document.day or dt.date.max, document.key)


def _top(vector: Vector, size: int) -> Vector:
    if len(vector) <= size:
        return vector
    kept = sorted(vector.items(), key=lambda item: (-item[1], item[0]))[:size]
    return normalised(dict(kept))


def _scores(vector: Vector, weights: dict[str, dict[int, float]]) -> dict[int, float]:
    """The cosine of the article with every story sharing a term with it."""
    scores: dict[int, float] = defaultdict(float)
    for term, weight in vector.items():
        for story, story_weight in weights.get(term, {}).items():
            scores[story] += weight * story_weight
    return scores


def _candidates(vector: Vector, index: Mapping[str, set[int]]) -> set[int]:
    lookup = sorted(vector.items(), key=lambda item: (-item[1], item[0]))[:_LOOKUP_TERMS]
    found: set[int] = set()
    for term, _ in lookup:
        found |= index.get(term, set())
    return found


def _time_factor(day: dt.date | None, story: _Story) -> float:
    if day is None or not story.days:
        return 1.0
    return _fading(story.gap(day))


def _fading(gap: int) -> float:
    if gap <= _FREE_GAP_DAYS:
        return 1.0
    return math.exp(-(gap - _FREE_GAP_DAYS) / _GAP_SCALE_DAYS)


def _merged(stories: list[_Story], index: Mapping[str, set[int]]) -> list[list[int]]:
    merged = DisjointSets(range(len(stories)))
    for number, story in enumerate(stories):
        for other in sorted(_candidates(story.centroid, index)):
            if other <= number or merged.find(other) == merged.find(number):
                continue
            candidate = stories[other]
            similarity = cosine(story.centroid, candidate.centroid)
            if similarity * _span_factor(story, candidate) >= MERGE_SIMILARITY:
                merged.join(number, other)
    groups: dict[int, list[int]] = defaultdict(list)
    for number, story in enumerate(stories):
        groups[merged.find(number)].extend(story.members)
    return list(groups.values())


def _span_factor(first: _Story, second: _Story) -> float:
    """How close in time two stories came: their nearest members' gap."""
    if not first.days or not second.days:
        return 1.0
    smaller, larger = sorted((first, second), key=lambda story: len(story.days))
    return _fading(min(larger.gap(day) for day in smaller.days))


# An article of a story folder this unlike the rest of its folder is probably misfiled.
MISFIT_SIMILARITY = 0.03


def misfits(documents: Sequence[Document], groups: Sequence[Sequence[int]]) -> list[int]:
    """Members of groups of three or more that share almost nothing with the others:
    each compared with the centroid of the rest of its group."""
    vectors = [_top(v, _ARTICLE_TERMS) for v in tfidf_vectors([d.terms for d in documents])]
    found = []
    for members in groups:
        if len(members) < 3:
            continue
        # The group's sum less one member is the rest of the group: one pass per member
        # instead of summing the others again for each.
        total = vector_sum([vectors[i] for i in members])
        for member in members:
            others = normalised(
                {term: weight - vectors[member].get(term, 0.0) for term, weight in total.items()}
            )
            if cosine(vectors[member], others) < MISFIT_SIMILARITY:
                found.append(member)
    return sorted(found)


def shared_terms(
    documents: Sequence[Document], groups: Sequence[Sequence[int]], size: int = 8
) -> list[list[str]]:
    """For each group, the terms that weigh most in its articles together: what ties
    the story together, for `briefing inspect stories`."""
    vectors = tfidf_vectors([d.terms for d in documents])
    found = []
    for members in groups:
        total = centroid([vectors[i] for i in members])
        ranked = sorted(total.items(), key=lambda item: (-item[1], item[0]))
        found.append([term.replace("_", " ") for term, _ in ranked[:size]])
    return found
