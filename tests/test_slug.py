"""Tests for generator.slug: URL-safe names that can never leave their folder."""

from __future__ import annotations

import re

import pytest

from generator.slug import MAX_SLUG_LENGTH, slug_or_fallback, slugify

HOSTILE = [
    "../../etc/passwd",
    "..",
    ".",
    "...",
    "a/b\\c",
    "<script>alert(1)</script>",
    "/absolute/path",
    "C:\\Windows\\system32",
    "..\\..\\boot.ini",
    "%2e%2e%2f",
    "name.with.dots",
    "\x00",
    "",
    "   ",
    "．．／",  # fullwidth dots and slash
]


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Kursk offensive", "kursk-offensive"),
        ("Kursk: Ukraine's gamble", "kursk-ukraines-gamble"),
        ("Ukraine’s   gamble!", "ukraines-gamble"),
        ("  --Leading and trailing--  ", "leading-and-trailing"),
        ("snake_case__name", "snake-case-name"),
        ("War day 1,000", "war-day-1-000"),
    ],
)
def test_slugify_basics(text: str, slug: str) -> None:
    assert slugify(text) == slug


@pytest.mark.parametrize(
    ("text", "slug"),
    [("Café déjà vu", "cafe-deja-vu"), ("Zürich Straße", "zurich-straße"), ("ﬁne", "fine")],
)
def test_slugify_folds_accents(text: str, slug: str) -> None:
    assert slugify(text) == slug


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Москва", "москва"),
        ("東京 2024", "東京-2024"),
        ("서울", "서울"),
        ("ガザ", "ガザ"),  # Gaza in katakana
        ("हिन्दी", "हिन्दी"),  # Hindi in Devanagari
    ],
)
def test_slugify_keeps_letters_of_other_scripts(text: str, slug: str) -> None:
    assert slugify(text) == slug


@pytest.mark.parametrize("text", ["!!!", "...", "—", "¿?", ""])
def test_slugify_of_punctuation_only_is_empty(text: str) -> None:
    assert slugify(text) == ""


def test_slugify_cuts_long_text_at_a_hyphen() -> None:
    slug = slugify("word " * 30)

    assert len(slug) <= MAX_SLUG_LENGTH
    assert slug == "-".join(["word"] * 16)


def test_slugify_cuts_one_long_word_at_the_limit() -> None:
    assert slugify("a" * 100) == "a" * MAX_SLUG_LENGTH


def test_slug_or_fallback_keeps_a_real_slug() -> None:
    assert slug_or_fallback("Kursk offensive", "story") == "kursk-offensive"


def test_slug_or_fallback_gives_prefix_and_hash_for_punctuation() -> None:
    assert re.fullmatch(r"story-[0-9a-f]{8}", slug_or_fallback("!!!", "story"))


def test_slug_or_fallback_is_stable() -> None:
    assert slug_or_fallback("???", "source") == slug_or_fallback("???", "source")


def test_slug_or_fallback_differs_for_different_texts() -> None:
    assert slug_or_fallback("???", "source") != slug_or_fallback("!!!", "source")


@pytest.mark.parametrize("text", HOSTILE)
def test_slugify_of_hostile_text_cannot_name_a_path(text: str) -> None:
    slug = slugify(text)

    assert not any(char in slug for char in "/\\.\x00")


@pytest.mark.parametrize("text", HOSTILE)
def test_slug_or_fallback_of_hostile_text_is_a_safe_name(text: str) -> None:
    slug = slug_or_fallback(text, "story")

    assert slug not in ("", ".", "..")
    assert not any(char in slug for char in "/\\.\x00")
    assert re.fullmatch(r"[\w-]+", slug)
