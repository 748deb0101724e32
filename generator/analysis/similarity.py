"""TF-IDF term vectors for sentences, and the similarities between them.

Vectors are sparse dicts, L2-normalised, so a dot product is the cosine. Similar pairs are
found through an inverted index (only sentences that share a term are compared), so the
cost follows the number of overlapping pairs, not the square of the sentence count.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence

Vector = dict[str, float]


def tfidf_vectors(documents: Sequence[Sequence[str]]) -> list[Vector]:
    """One normalised vector per document (a document is a list of terms).

    Term frequency is dampened (1 + log tf) so a repeated word does not dominate;
    smoothed IDF keeps terms found in every document slightly above zero.
    """
    document_frequency: Counter[str] = Counter()
    for terms in documents:
        document_frequency.update(set(terms))
    count = len(documents)
    idf = {
        term: math.log((count + 1) / (frequency + 1)) + 1.0
        for term, frequency in document_frequency.items()
    }
    vectors = []
    for terms in documents:
        weights = {
            term: (1.0 + math.log(frequency)) * idf[term]
            for term, frequency in Counter(terms).items()
        }
        vectors.append(normalised(weights))
    return vectors


def normalised(vector: Vector) -> Vector:
    norm = math.sqrt(sum(weight * weight for weight in vector.values()))
    if norm == 0.0:
        return {}
    return {term: weight / norm for term, weight in vector.items()}


def cosine(first: Vector, second: Vector) -> float:
    if len(first) > len(second):
        first, second = second, first
    return sum(weight * second.get(term, 0.0) for term, weight in first.items())


def vector_sum(vectors: Sequence[Vector]) -> Vector:
    total: dict[str, float] = defaultdict(float)
    for vector in vectors:
        for term, weight in vector.items():
            total[term] += weight
    return dict(total)


def centroid(vectors: Sequence[Vector]) -> Vector:
    return normalised(vector_sum(vectors))


def similar_pairs(vectors: Sequence[Vector], threshold: float) -> dict[int, dict[int, float]]:
    """For each vector index, the other indices whose cosine is at least `threshold`."""
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for index, vector in enumerate(vectors):
        for term, weight in vector.items():
            postings[term].append((index, weight))
    result: dict[int, dict[int, float]] = defaultdict(dict)
    for index, vector in enumerate(vectors):
        scores: dict[int, float] = defaultdict(float)
        for term, weight in vector.items():
            for other, other_weight in postings[term]:
                if other > index:
                    scores[other] += weight * other_weight
        for other, score in scores.items():
            if score >= threshold:
                result[index][other] = score
                result[other][index] = score
    return result
