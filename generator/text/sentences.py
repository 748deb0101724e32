"""Sentence splitting for news text.

A regular expression finds candidate boundaries (terminal punctuation, optional closing
quotes or brackets, whitespace, then something that can start a sentence); rules then
reject the candidates that follow abbreviations ("Gen.", "U.S.", "Jan. 20"), initials
("J. K. Rowling") or list numbers. One pass over the text, no backtracking.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_CANDIDATE = re.compile(
    r"""(?P<punct>[.!?]+|…)           # terminal punctuation or an ellipsis
        (?P<close>["”’')\]]*)         # closing quotes and brackets stay with the sentence
        (?P<space>\s+)
        (?=["“‘(\[]?[^\W\d_a-z]|["“‘(\[]?\d)   # next: a capital letter or a digit
    """,
    re.VERBOSE,
)

# Titles before names: a sentence practically never ends with one.
_TITLES = frozenset(
    """mr mrs ms messrs mme dr prof gen lt col maj capt cpt sgt cmdr adm brig cpl pvt
    sen rep gov pres supt insp det rev hon fr st sr jr amb atty gov gens""".split()
)
# Abbreviations followed by a number: "Jan. 20", "No. 5", "pp. 3", "Art. 5".
_BEFORE_NUMBERS = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos vol pp p art fig figs".split()
)
# Abbreviations that end a sentence only when a typical sentence opener follows.
_AMBIGUOUS = frozenset(
    """u.s u.k u.n e.u u.s.a d.c a.m p.m etc inc corp co ltd llc plc bros dept est approx
    vs v al e.g i.e cf ca min max govt intl natl assn univ mt ft ave blvd rd jan feb mar
    apr jun jul aug sep sept oct nov dec""".split()
)
_SENTENCE_OPENERS = frozenset(
    """the a an he she it they we i you this that these those there his her its their our
    but and so yet or in on at as after before when while if although though however
    meanwhile still also then now later earlier since last next some many most several
    one two three four five six seven eight nine ten""".split()
)
_WORD_BEFORE = re.compile(r"(\S+)$")
_WORD_AFTER = re.compile(r"[\"“‘(\[]*([\w'’-]+)")


def split_sentences(text: str) -> list[str]:
    """The sentences of one paragraph, stripped, in order."""
    return [text[start:end] for start, end in sentence_spans(text)]


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) offsets of each sentence in `text`, whitespace excluded."""
    start = _skip_space(text, 0)
    for match in _CANDIDATE.finditer(text):
        if match.start() < start:
            continue
        if not _is_boundary(text, start, match):
            continue
        end = match.end("close")
        if end > start:
            yield start, end
        start = match.end()
    end = len(text.rstrip())
    if end > start:
        yield start, end


def _skip_space(text: str, index: int) -> int:
    while index < len(text) and text[index].isspace():
        index += 1
    return index


def _is_boundary(text: str, start: int, match: re.Match[str]) -> bool:
    punct = match["punct"]
    if punct != ".":
        return True  # "!", "?", "..." and "…" before a capital end the sentence
    before = _WORD_BEFORE.search(text, start, match.start())
    if not before:
        return False
    word = before.group(1).lstrip("\"“‘'([").rstrip(".")
    lowered = word.lower()
    next_word = _next_word(text, match.end())
    if match["close"]:
        return True  # 'he said "go." Then' - a closed quote ends the sentence
    if lowered in _TITLES:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # an initial: "J. K. Rowling", "Franklin D. Roosevelt"
    if word.isdigit() and before.start() == start:
        return False  # a list number at the start: "1. The first point"
    if lowered in _BEFORE_NUMBERS and next_word[:1].isdigit():
        return False
    if lowered in _AMBIGUOUS or _is_dotted_abbreviation(word):
        return next_word.lower() in _SENTENCE_OPENERS
    return True


def _is_dotted_abbreviation(word: str) -> bool:
    """'U.S', 'a.m', 'Ph.D': letters separated by dots (the final dot was stripped)."""
    parts = word.split(".")
    return len(parts) > 1 and all(len(part) <= 2 and part.isalpha() for part in parts)


def _next_word(text: str, index: int) -> str:
    match = _WORD_AFTER.match(text, index)
    return match.group(1) if match else ""
