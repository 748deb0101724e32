"""TF-IDF vectors and similarities: generator.analysis.similarity."""

from __future__ import annotations

import math
import random

import pytest

from generator.analysis.similarity import (
    centroid,
    cosine,
    normalised,
    similar_pairs,
    tfidf_vectors,
)

DOCUMENTS = [
    ["russia", "troop", "kursk", "troop", "advance"],
    ["ukraine", "missile", "strike", "russia"],
    ["kursk", "offensive", "ukraine"],
    ["biden", "aid", "package", "aid", "aid"],
]


def _norm(vector: dict[str, float]) -> float:
    return math.sqrt(sum(weight * weight for weight in vector.values()))


def test_tfidf_gives_one_vector_per_document():
    assert len(tfidf_vectors(DOCUMENTS)) == len(DOCUMENTS)


def test_tfidf_vectors_have_unit_length():
    for vector in tfidf_vectors(DOCUMENTS):
        assert _norm(vector) == pytest.approx(1.0)


def test_tfidf_vector_holds_exactly_the_document_terms():
    for terms, vector in zip(DOCUMENTS, tfidf_vectors(DOCUMENTS), strict=True):
        assert set(vector) == set(terms)


def test_tfidf_vector_of_an_empty_document_is_empty():
    vectors = tfidf_vectors([["russia"], []])
    assert vectors[1] == {}


def test_tfidf_term_in_every_document_keeps_a_positive_weight():
    vectors = tfidf_vectors([["war", "kursk"], ["war", "aid"], ["war", "missile"]])
    assert all(vector["war"] > 0 for vector in vectors)


def test_tfidf_rare_term_weighs_more_than_a_common_one():
    vectors = tfidf_vectors([["war", "kursk"], ["war", "aid"], ["war", "missile"]])
    assert vectors[0]["kursk"] > vectors[0]["war"]


def test_tfidf_repeating_a_term_raises_its_weight_less_than_proportionally():
    once, thrice = tfidf_vectors([["kursk", "war"], ["kursk", "kursk", "kursk", "war"]])
    ratio_once = once["kursk"] / once["war"]
    ratio_thrice = thrice["kursk"] / thrice["war"]
    assert ratio_once < ratio_thrice < 3 * ratio_once


def test_normalised_vector_has_unit_length_and_same_direction():
    vector = normalised({"a": 3.0, "b": 4.0})
    assert _norm(vector) == pytest.approx(1.0)
    assert vector["b"] / vector["a"] == pytest.approx(4.0 / 3.0)


def test_normalised_zero_vector_is_empty():
    assert normalised({"a": 0.0}) == {}


def test_cosine_of_identical_documents_is_one():
    vectors = tfidf_vectors([DOCUMENTS[0], list(DOCUMENTS[0]), DOCUMENTS[1]])
    assert cosine(vectors[0], vectors[1]) == pytest.approx(1.0)


def test_cosine_of_a_vector_with_itself_is_one():
    for vector in tfidf_vectors(DOCUMENTS):
        assert cosine(vector, vector) == pytest.approx(1.0)


def test_cosine_of_documents_without_shared_terms_is_zero():
    vectors = tfidf_vectors(DOCUMENTS)
    assert cosine(vectors[0], vectors[3]) == 0.0


def test_cosine_with_an_empty_vector_is_zero():
    assert cosine(tfidf_vectors(DOCUMENTS)[0], {}) == 0.0


def test_cosine_is_symmetric():
    vectors = tfidf_vectors(DOCUMENTS)
    assert cosine(vectors[0], vectors[2]) == pytest.approx(cosine(vectors[2], vectors[0]))


def test_cosine_of_partly_overlapping_documents_is_between_zero_and_one():
    vectors = tfidf_vectors(DOCUMENTS)
    assert 0.0 < cosine(vectors[0], vectors[2]) < 1.0


def test_centroid_has_unit_length():
    assert _norm(centroid(tfidf_vectors(DOCUMENTS))) == pytest.approx(1.0)


def test_centroid_is_closer_to_its_members_than_to_an_outsider():
    vectors = tfidf_vectors([["kursk", "troop"], ["kursk", "offensive"], ["aid", "package"]])
    centre = centroid(vectors[:2])
    assert cosine(centre, vectors[0]) > cosine(centre, vectors[2])
    assert cosine(centre, vectors[1]) > cosine(centre, vectors[2])


def test_centroid_of_nothing_is_empty():
    assert centroid([]) == {}


# similar_pairs against brute force


VOCABULARY = [
    "russia",
    "ukraine",
    "kursk",
    "troop",
    "missile",
    "aid",
    "trump",
    "biden",
    "front",
    "donetsk",
    "pokrovsk",
    "drone",
]


def _random_corpus(seed: int) -> list[list[str]]:
    generator = random.Random(seed)
    corpus = [
        [generator.choice(VOCABULARY) for _ in range(generator.randint(0, 6))] for _ in range(40)
    ]
    corpus.append(list(corpus[3]))  # an exact duplicate
    return corpus


def _brute_force_pairs(vectors, threshold):
    pairs = {}
    for first in range(len(vectors)):
        for second in range(len(vectors)):
            if first != second:
                score = cosine(vectors[first], vectors[second])
                if score >= threshold:
                    pairs[(first, second)] = score
    return pairs


def _found_pairs(vectors, threshold):
    return {
        (index, other): score
        for index, others in similar_pairs(vectors, threshold).items()
        for other, score in others.items()
    }


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("threshold", [0.2, 0.45, 0.8])
def test_similar_pairs_finds_exactly_the_pairs_at_or_above_the_threshold(seed, threshold):
    vectors = tfidf_vectors(_random_corpus(seed))
    expected = _brute_force_pairs(vectors, threshold)
    close_calls = [
        score
        for first in range(len(vectors))
        for second in range(first + 1, len(vectors))
        if abs((score := cosine(vectors[first], vectors[second])) - threshold) < 1e-9
    ]
    assert not close_calls, "the corpus must not put a pair right on the threshold"
    assert expected, "the corpus must have some similar pairs"
    assert len(expected) < len(vectors) * (len(vectors) - 1), "and some dissimilar ones"
    assert set(_found_pairs(vectors, threshold)) == set(expected)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_similar_pairs_scores_are_the_cosines(seed):
    vectors = tfidf_vectors(_random_corpus(seed))
    for (first, second), score in _found_pairs(vectors, 0.3).items():
        assert score == pytest.approx(cosine(vectors[first], vectors[second]))


def test_similar_pairs_never_pairs_a_vector_with_itself():
    vectors = tfidf_vectors(_random_corpus(4))
    assert all(index not in others for index, others in similar_pairs(vectors, 0.0).items())


def test_similar_pairs_includes_an_exact_duplicate():
    corpus = _random_corpus(5)
    vectors = tfidf_vectors(corpus)
    duplicate = len(corpus) - 1
    assert vectors[3], "the duplicated document must have terms"
    assert similar_pairs(vectors, 0.99)[3][duplicate] == pytest.approx(1.0)
