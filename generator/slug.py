"""Slugs: the URL-safe names of briefings and sources.

A slug holds only lowercase letters, digits and hyphens, so it can never name a path
outside its folder ('..', '/', '\\' and dots cannot appear).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_HYPHENS = re.compile(r"-{2,}")
MAX_SLUG_LENGTH = 80


def slugify(text: str, max_length: int = MAX_SLUG_LENGTH) -> str:
    """`"Kursk: Ukraine's gamble"` -> `"kursk-ukraines-gamble"`; may return ''.

    Accents on Latin letters are folded ("é" -> "e"); letters and marks of other scripts
    are kept as they are ("ガザ", "हिन्दी"). Everything else becomes a hyphen.
    """
    characters = []
    for char in unicodedata.normalize("NFC", text.replace("'", "").replace("’", "")).lower():
        characters.append(_slug_character(char))
    slug = _HYPHENS.sub("-", "".join(characters)).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug


def _slug_character(char: str) -> str:
    category = unicodedata.category(char)
    if char.isascii():
        return char if char.isalnum() else "-"
    if category[0] == "L" and "LATIN" in unicodedata.name(char, ""):
        base = unicodedata.normalize("NFKD", char)
        folded = "".join(part for part in base if not unicodedata.combining(part))
        return folded if folded.isascii() and folded.isalnum() else char
    if category[0] in "LNM":
        return char
    return "-"


def slug_or_fallback(text: str, prefix: str) -> str:
    """A slug for `text`, or `prefix-<hash>` when the text has no letters or digits."""
    slug = slugify(text)
    if slug:
        return slug
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    return f"{prefix}-{digest}"
