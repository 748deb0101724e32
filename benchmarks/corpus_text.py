"""Text helpers for benchmarks/corpus.py: random picks, filling templates, capitals and
slugs."""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")

# A slot of a template ("{place}"), a choice ("[said|told reporters]"), and what a slug
# may not hold.
SLOT = re.compile(r"\{(\w+)\}")
_CHOICE = re.compile(r"\[([^\[\]]*)\]")
NOT_SLUG = re.compile(r"[^a-z0-9]+")


def word_count(paragraphs: Sequence[Sequence[str]]) -> int:
    return sum(len(sentence.split()) for paragraph in paragraphs for sentence in paragraph)


def fill(text: str, words: dict[str, str]) -> str:
    """Replace the {names} that `words` knows; leave the others (such as {n}) in place."""
    return SLOT.sub(lambda match: words.get(match[1], match[0]), text)


def pick(rng: random.Random, options: Sequence[T]) -> T:
    """One of `options`. random.choice is several times slower, and a corpus of 10,000
    articles makes millions of choices."""
    return options[int(rng.random() * len(options))]


@functools.cache
def _choices_of(text: str) -> tuple[str, tuple[tuple[str, ...], ...]]:
    """`text` as a %-format with one %s per "[a|b]" choice, and the options of each choice;
    parsed once, since the same texts are varied over and over."""
    pattern: list[str] = []
    options: list[tuple[str, ...]] = []
    position = 0
    for match in _CHOICE.finditer(text):
        pattern += [text[position : match.start()].replace("%", "%%"), "%s"]
        options.append(tuple(match[1].split("|")))
        position = match.end()
    pattern.append(text[position:].replace("%", "%%"))
    return "".join(pattern), tuple(options)


def vary(text: str, rng: random.Random) -> str:
    """Make each "[a|b|c]" choice in `text` at random."""
    if "[" not in text:
        return text
    pattern, options = _choices_of(text)
    draw = rng.random
    return pattern % tuple([choice[int(draw() * len(choice))] for choice in options])


def capitalise(sentence: str) -> str:
    if sentence[:1].isupper():
        return sentence
    start = 1 if sentence.startswith("“") else 0
    return sentence[:start] + sentence[start : start + 1].upper() + sentence[start + 1 :]


def slugify(text: str, max_length: int = 70) -> str:
    slug = NOT_SLUG.sub("-", text.lower().replace("'", "")).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug


def unique(candidate: str, used: set[str]) -> str:
    """`candidate`, or `candidate-2`, `candidate-3` ...: the first one not in `used`."""
    name, number = candidate, 2
    while name in used:
        name = f"{candidate}-{number}"
        number += 1
    used.add(name)
    return name
