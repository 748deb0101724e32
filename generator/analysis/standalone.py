"""Which sentences can stand alone in a summary.

A sentence lifted out of its article must still make sense: it may not lean on what came
before ("He said...", "But this...", "However,"), be a fragment of a quote, speak in the
writer's or a publisher's own voice ("we", "I", "our team"), ask a question, or be a
"In summary" wrap-up. Filtering bad candidates matters more than how they are ranked.
"""

from __future__ import annotations

import re

from generator.text.tokens import words

MIN_WORDS = 8
MAX_WORDS = 45

_LEANING_OPENERS = frozenset(
    """he she it they them these those his her its their such there here
    but and or so yet nor also however meanwhile still instead then thus therefore hence
    moreover furthermore additionally nevertheless nonetheless besides likewise similarly
    otherwise accordingly consequently indeed again too both either neither another other
    others which who whom whose where while whereas""".split()
)
_WRAP_UP = re.compile(
    r"^(?:in\s+(?:summary|conclusion|short|sum)|to\s+(?:sum\s+up|conclude)|overall|all\s+in\s+all|"
    r"ultimately|as\s+(?:mentioned|noted|discussed)\s+(?:above|earlier|before))\b",
    re.IGNORECASE,
)
# "these advances", "those ambitions": a determiner pointing back at earlier text.
_BACK_REFERENCE = re.compile(
    r"\b(?:these|those)\s+(?!who\b|which\b|that\b|of\b)[a-z]", re.IGNORECASE
)
# "this"/"that" early in a sentence point back too, except in "this year", "that day".
_EARLY_DEMONSTRATIVE = re.compile(
    r"^(?:\S+\s+){0,3}(?:this|that)(?:['’]s)?\s+(?!year|month|week|day|morning|afternoon|evening|"
    r"weekend|spring|summer|autumn|fall|winter|time|season|quarter|decade|century)[a-z]",
    re.IGNORECASE,
)
# Case matters: "US" is a country, "us" a pronoun.
_FIRST_OR_SECOND_PERSON = frozenset(
    {"I"}
    | {
        form
        for word in "me my mine we our ours you your yours".split()
        for form in (word, word.capitalize())
    }
    | {"us"}
)
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_OPEN_QUOTES = '"“‘'
_QUOTE_CHARS = re.compile(r"[\"“”]")


def standalone_problem(text: str) -> str | None:
    """Why the sentence cannot stand alone, or None when it can."""
    tokens = words(text)
    if len(tokens) < MIN_WORDS:
        return "too short"
    if len(tokens) > MAX_WORDS:
        return "too long"
    first = text.lstrip()[:1]
    if first in _OPEN_QUOTES or first in "'([-–—…" or text.lstrip().startswith("..."):
        return "starts inside a quote or aside"
    if first.islower():
        return "starts mid-sentence"
    if tokens[0].lower() in _LEANING_OPENERS:
        return f"leans on earlier text ('{tokens[0]}')"
    if _BACK_REFERENCE.search(text) or _EARLY_DEMONSTRATIVE.match(text.lstrip()):
        return "refers back to earlier text ('these', 'that ...')"
    if _WRAP_UP.match(text.lstrip()):
        return "a wrap-up, not a fact"
    stripped = text.rstrip()
    if stripped.endswith(("?", ":", ",", ";", '?"', "?”")):
        return "a question or an unfinished sentence"
    if len(_QUOTE_CHARS.findall(text)) % 2 == 1:
        return "an unbalanced quotation"
    outside_quotes = _QUOTED.sub(" ", text)
    if any(word in _FIRST_OR_SECOND_PERSON for word in words(outside_quotes)):
        return "in the writer's own voice"
    quoted_chars = sum(len(match.group(0)) for match in _QUOTED.finditer(text))
    if quoted_chars > 0.6 * len(text):
        return "mostly a quotation"
    return None
