"""Content terms used to compare sentences: generator.text.tokens."""

from __future__ import annotations

import pytest

from generator.text.tokens import STOP_WORDS, content_terms, words


@pytest.mark.parametrize(
    ("possessive", "plain"),
    [
        ("Russia's", "Russia"),
        ("Russia’s", "Russia"),
        ("Zelensky's", "Zelensky"),
    ],
)
def test_possessive_folds_to_the_plain_word(possessive, plain):
    assert content_terms(possessive) == content_terms(plain)


def test_straight_and_curly_apostrophes_give_the_same_terms():
    assert content_terms("Ukraine’s army's troops") == content_terms("Ukraine's army’s troops")


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("troops", "troop"),
        ("soldiers", "soldier"),
        ("casualties", "casualty"),
        ("countries", "country"),
        ("missiles", "missile"),
    ],
)
def test_plural_folds_to_the_singular(plural, singular):
    assert content_terms(plural) == content_terms(singular)


@pytest.mark.parametrize("word", ["crisis", "press", "status", "bonus"])
def test_words_that_only_look_plural_are_not_cut(word):
    assert content_terms(word) == [word]


def test_digit_groups_are_joined():
    assert content_terms("1,200 square kilometres") == content_terms("1200 square kilometres")


def test_large_numbers_with_several_groups_are_joined():
    assert content_terms("78,329 troops") == content_terms("78329 troops")


def test_different_numbers_stay_different():
    assert content_terms("1,200 troops") != content_terms("1,300 troops")


def test_terms_are_lowercased():
    assert content_terms("KURSK Kursk kursk") == content_terms("kursk kursk kursk")


def test_stop_words_are_dropped():
    terms = content_terms("The troops said that they would hold the line in Kursk")
    assert not set(terms) & STOP_WORDS
    assert set(terms) == set(content_terms("troops hold line Kursk"))


def test_text_of_only_stop_words_has_no_terms():
    assert content_terms("He said that it was what they would do, and so on.") == []


def test_sentences_stating_the_same_fact_share_their_terms():
    first = content_terms("Russia's troops captured 1,200 square kilometers.")
    second = content_terms("Russia captured 1200 square kilometers with its troops.")
    assert set(first) == set(second)


def test_words_keep_numbers_with_their_separators():
    assert words("Russia lost 1,500 troops and 2.5 tanks.") == [
        "Russia",
        "lost",
        "1,500",
        "troops",
        "and",
        "2.5",
        "tanks",
    ]


def test_words_keep_apostrophes_inside_words():
    assert words("Ukraine’s army didn't retreat.") == ["Ukraine’s", "army", "didn't", "retreat"]
