"""Front matter: the YAML block between `---` lines at the top of an article.

Splitting keeps line numbers: the YAML starts on file line 2, so a YAML error on its
line 3 is reported on file line 4, where the user sees it.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostics, Position
from generator.partial_date import PartialDate, parse_iso
from generator.schema import Field, http_url, language_tag, text, text_list, validate_mapping
from generator.yaml_source import YamlMapping, parse_mapping

_FENCE = "---"
_CLOSERS = ("---", "...")


@dataclass(frozen=True)
class SplitSource:
    front_matter: str | None
    """The YAML text, or None when the file has no front matter."""
    body: str
    body_line: int
    """File line on which the body starts."""


def split_front_matter(source: str, path: Path, diagnostics: Diagnostics) -> SplitSource | None:
    """Separate the front matter from the body; None (and an error) if it is never closed."""
    lines = source.split("\n")
    if not lines or lines[0].rstrip() != _FENCE:
        return SplitSource(None, source, 1)
    for index in range(1, len(lines)):
        if lines[index].rstrip() in _CLOSERS:
            return SplitSource(
                front_matter="\n".join(lines[1:index]),
                body="\n".join(lines[index + 1 :]),
                body_line=index + 2,
            )
    diagnostics.error(
        Position(path, 1, 1),
        "the front matter that starts here is never closed; add a line with '---' after it",
    )
    return None


@dataclass(frozen=True)
class PublicationDate:
    date: PartialDate
    moment: dt.datetime | None


def publication_date(value: Any) -> PublicationDate:
    # YAML reads `date: 2024` as a number; the text is what the user meant.
    raw = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
    if not isinstance(raw, str):
        raise ValueError("must be a date such as 2024-11-19, 2024-11 or 2024")
    date, moment = parse_iso(raw)
    return PublicationDate(date, moment)


def author_names(value: Any) -> str:
    """One author, or a list of them joined with commas."""
    if isinstance(value, list):
        names = text_list(value)
        if not names:
            raise ValueError("must name at least one author")
        return ", ".join(names)
    return text(value)


ARTICLE_FIELDS = (
    Field("title", text, doc="the article's headline"),
    Field("publisher", text, doc="the outlet that published it"),
    Field("url", http_url, doc="the article's address on the web"),
    Field("date", publication_date, doc="publication date: 2024-11-19, 2024-11 or 2024"),
    Field("author", author_names),
    Field("language", language_tag),
    Field("tags", text_list, ()),
)


def parse_front_matter(
    split: SplitSource, path: Path, diagnostics: Diagnostics
) -> dict[str, Any] | None:
    """Typed front matter values (missing keys are None); None when the YAML is unusable."""
    if split.front_matter is None:
        return {field.name: field.default for field in ARTICLE_FIELDS}
    mapping = parse_mapping(
        split.front_matter, path, diagnostics, line_offset=1, what="front matter"
    )
    if mapping is None:
        return None
    values = validate_mapping(mapping, ARTICLE_FIELDS, diagnostics)
    return cleaned_texts(values, mapping, ("title", "publisher", "author", "tags"), diagnostics)


# ---------------------------------------------------------------- invisible characters

_EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")  # LRE, RLE, LRO, RLO: closed by PDF
_ISOLATES = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI: closed by PDI
_POP_EMBEDDING, _POP_ISOLATE = "\u202c", "\u2069"


def cleaned_texts(
    values: dict[str, Any], mapping: YamlMapping, names: tuple[str, ...], diagnostics: Diagnostics
) -> dict[str, Any]:
    """`values` with the named one-line texts (or tuples of texts) made safe to show."""
    result = dict(values)
    for name in names:
        entry = mapping.get(name)
        value = values.get(name)
        if entry is None or value is None:
            continue
        # A value that was nothing but invisible characters is no value.
        if isinstance(value, str):
            result[name] = visible_text(value, name, entry.position, diagnostics) or None
        elif isinstance(value, tuple):
            texts = (visible_text(item, name, entry.position, diagnostics) for item in value)
            result[name] = tuple(text for text in texts if text)
    return result


def visible_text(text: str, what: str, position: Position, diagnostics: Diagnostics) -> str:
    """A one-line text (a title, say) without control characters and with every
    direction override closed, with a warning for each change.

    YAML's "\\e" escape or a pasted page can put invisible characters into a title. A
    control character is not text; an unclosed right-to-left override (U+202E) reverses
    whatever a page, a feed reader or a browser tab shows after the title."""
    controls = sorted({char for char in text if unicodedata.category(char) == "Cc"})
    if controls:
        text = "".join(char for char in text if char not in controls)
        diagnostics.warning(
            position,
            f"{what}: invisible control characters ({_code_points(controls)}) are removed; "
            "delete them from the file",
        )
    unclosed = _unclosed_direction_controls(text)
    if unclosed:
        diagnostics.warning(
            position,
            f"{what}: invisible direction controls ({_code_points(sorted(set(unclosed)))}) "
            "are never closed, so they would reorder the text shown after them; they are "
            "closed at the end of the value (delete them from the file if they are not "
            "meant to be there)",
        )
        closers = {True: _POP_ISOLATE, False: _POP_EMBEDDING}
        text += "".join(closers[char in _ISOLATES] for char in reversed(unclosed))
    return text


def _unclosed_direction_controls(text: str) -> list[str]:
    """The embeddings, overrides and isolates still open at the end of `text`, in order
    (as the Unicode bidirectional algorithm pairs them, simplified)."""
    stack: list[str] = []
    for char in text:
        if char in _EMBEDDINGS or char in _ISOLATES:
            stack.append(char)
        elif char == _POP_EMBEDDING and stack and stack[-1] in _EMBEDDINGS:
            stack.pop()
        elif char == _POP_ISOLATE and any(open_ in _ISOLATES for open_ in stack):
            # An isolate's end also ends the embeddings opened inside it.
            while stack.pop() not in _ISOLATES:
                pass
    return stack


def _code_points(chars: list[str]) -> str:
    return ", ".join(f"U+{ord(char):04X}" for char in chars)
