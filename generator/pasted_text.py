"""Metadata that pasted web text states about itself: its headline and its dateline.

Only what the text states is taken. The title is the first line that is not page
furniture; when the paste has no headline (it starts with a long paragraph), the first
sentence of that paragraph stands in, shortened at a word boundary. The date is taken
only from a line near the top that is nothing but a date ("November 19, 2024"); a date
mentioned in passing in the story is never taken as the publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.partial_date import PartialDate, Precision
from generator.text import boilerplate
from generator.text.clean import block_key
from generator.text.dateline import is_dateline, parse_dateline
from generator.text.sentences import split_sentences

# A headline is one line of at most this many characters.
MAX_HEADLINE_CHARS = 160
# Datelines appear before or just after the headline: look at this many non-empty lines.
DATELINE_WINDOW = 8


@dataclass(frozen=True)
class StatedMetadata:
    title: str | None
    title_line: int | None
    date: PartialDate | None
    date_line: int | None
    title_from_lede: bool = False
    """True when the text has no headline and its first sentence stands in for one."""


def stated_metadata(body: str, first_line: int) -> StatedMetadata:
    lines = [
        (first_line + offset, " ".join(line.split()))
        for offset, line in enumerate(body.split("\n"))
        if line.strip()
    ]
    title, title_line, from_lede = _title(lines)
    date, date_line = _dateline(lines[:DATELINE_WINDOW])
    return StatedMetadata(title, title_line, date, date_line, from_lede)


def _title(lines: list[tuple[int, str]]) -> tuple[str | None, int | None, bool]:
    """The headline, its line, and whether it is really the lede's first sentence."""
    for position, (number, line) in enumerate(lines):
        if boilerplate.is_furniture_line(line) or is_dateline(line) or len(line.split()) < 3:
            continue
        sentences = split_sentences(line)
        if len(line) > MAX_HEADLINE_CHARS or (len(sentences) > 1 and line.endswith(".")):
            # No headline: the paste starts with the article's first paragraph.
            lede = sentences[0] if sentences else line
            return _shorten(_strip_final_period(lede)), number, True
        headline = _headline_of_page_title(line, lines[position + 1 :])
        if headline is not None:
            return (*headline, False)
        return _strip_final_period(line), number, False
    return None, None, False


# "Headline - Site Name", "Headline | Section | Site": how browsers title a page.
_SITE_SUFFIX = re.compile(
    r"^(?P<headline>.+?)\s+[-|–—:·»]\s+(?P<site>[^-|–—]{2,60}(?:\s+[|–—-]\s+.{1,40})*)$"
)


def _headline_of_page_title(line: str, later: list[tuple[int, str]]) -> tuple[str, int] | None:
    """The headline when `line` is a page title: the same words repeated further down
    without the site's name, or the line with a short site name cut off."""
    match = _SITE_SUFFIX.match(line)
    if match is None:
        return None
    headline = match["headline"].strip()
    key = block_key(headline)
    for number, candidate in later[:400]:
        if block_key(candidate) == key or (
            len(key.split()) >= 5 and block_key(candidate).startswith(key)
        ):
            return _strip_final_period(candidate), number
    if len(match["site"].split()) <= 6 and len(headline.split()) >= 3:
        return headline, later[0][0] - 1 if later else 1
    return None


def _strip_final_period(text: str) -> str:
    return text[:-1] if text.endswith(".") and not text.endswith("..") else text


def _shorten(text: str) -> str:
    if len(text) <= MAX_HEADLINE_CHARS:
        return text
    cut = text[: MAX_HEADLINE_CHARS - 1].rsplit(" ", 1)[0].rstrip(",;:-–— ")
    return cut + "…"


def _dateline(lines: list[tuple[int, str]]) -> tuple[PartialDate | None, int | None]:
    for number, line in lines:
        date = parse_dateline(line)
        if date is not None and date.precision is Precision.DAY:
            return date, number
    return None, None
