"""Links between statements and the passages of the sources they come from.

Each citation marker of a statement leads to the passage of that source which states it;
each passage links back to the statements citing it; on a source's own page, the cited
sentences are marked in the text. Everything here only arranges finished analysis.
"""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

from generator.model import Briefing, Paragraph, Passage


def passage_id(source_id: str, number: int) -> str:
    return f"passage-{source_id}-{number}"


def passage_links(briefing: Briefing) -> dict[str, str]:
    """ "<statement anchor>|<source id>" -> the id of the passage element it cites."""
    links: dict[str, str] = {}
    for source in briefing.sources:
        for number, passage in enumerate(source.passages, 1):
            for anchor in passage.cited_by:
                links.setdefault(f"{anchor}|{source.id}", passage_id(source.id, number))
    return links


def highlight(paragraph: Paragraph, passages: Sequence[Passage], source_id: str) -> Markup:
    """The paragraph's text, escaped, with each cited sentence in a <mark>."""
    text = paragraph.text
    spans: list[tuple[int, int, str]] = []
    for number, passage in enumerate(passages, 1):
        if passage.paragraph != paragraph.index or not passage.text:
            continue
        start = text.find(passage.text)
        if start >= 0 and not any(
            start < end and begin < start + len(passage.text) for begin, end, _ in spans
        ):
            spans.append((start, start + len(passage.text), passage_id(source_id, number)))
    pieces: list[str] = []
    position = 0
    for start, end, element_id in sorted(spans):
        pieces.append(escape(text[position:start]))
        pieces.append(Markup('<mark id="{}">{}</mark>').format(element_id, text[start:end]))
        position = end
    pieces.append(escape(text[position:]))
    return Markup("").join(pieces)
