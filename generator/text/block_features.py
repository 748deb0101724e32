"""Measurements of a block of text that tell article prose from page furniture.

They are language-independent where possible (length, punctuation, sentence count,
capitalised words) with function-word density from small multilingual lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.text.stopwords import FUNCTION_WORDS

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,:]\d+)*", re.UNICODE)
_TERMINAL = re.compile(r"[.!?…。！？:;\"”’»)\]]\s*$")
_SENTENCE_END = re.compile(r"[.!?…。！？][\"”’»)\]]*(?:\s|$)")


@dataclass(frozen=True)
class BlockFeatures:
    words: int
    characters: int
    function_word_density: float
    """Share of the words that are function words ("the", "de", "und")."""
    capitalised_share: float
    """Share of the words that start with a capital letter (headlines, menus, names)."""
    numeric_share: float
    """Share of the words that are numbers (table rows, scores)."""
    sentences: int
    ends_like_prose: bool
    """The block ends with sentence punctuation or a closing quote."""


def measure(text: str) -> BlockFeatures:
    words = _WORD.findall(text)
    count = len(words)
    alphabetic = [word for word in words if word[0].isalpha()]
    function_words = sum(1 for word in words if word.lower() in FUNCTION_WORDS)
    capitalised = sum(1 for word in alphabetic if word[0].isupper())
    return BlockFeatures(
        words=count,
        characters=len(text),
        function_word_density=function_words / count if count else 0.0,
        capitalised_share=capitalised / len(alphabetic) if alphabetic else 0.0,
        numeric_share=(count - len(alphabetic)) / count if count else 0.0,
        sentences=max(len(_SENTENCE_END.findall(text)), 1 if _TERMINAL.search(text) else 0),
        ends_like_prose=bool(_TERMINAL.search(text)),
    )
