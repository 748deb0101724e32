"""Front matter: the YAML block between `---` lines at the top of an article.

Splitting keeps line numbers: the YAML starts on file line 2, so a YAML error on its
line 3 is reported on file line 4, where the user sees it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostics, Position
from generator.partial_date import PartialDate, parse_iso
from generator.schema import Field, http_url, language_tag, text, text_list, validate_mapping
from generator.yaml_source import parse_mapping

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
    return validate_mapping(mapping, ARTICLE_FIELDS, diagnostics)
