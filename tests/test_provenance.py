"""Passages on the page: marker links and cited sentences marked in a source's text."""

from __future__ import annotations

from generator.model import BlockKind, Briefing, Paragraph, Passage, SourceEntry
from generator.render.provenance import highlight, passage_links


def source(source_id: str, passages: tuple[Passage, ...]) -> SourceEntry:
    return SourceEntry(source_id, "T", None, None, None, False, None, None, 1, 10, False, passages)


def test_each_statement_marker_leads_to_its_passage() -> None:
    first = Passage("A.", 0, 3, ("summary-1",))
    second = Passage("B.", 2, 7, ("summary-2", "key-point-1"))
    briefing = Briefing("s", "t", True, (), None, None, (), (), (source("bbc", (first, second)),))
    assert passage_links(briefing) == {
        "summary-1|bbc": "passage-bbc-1",
        "summary-2|bbc": "passage-bbc-2",
        "key-point-1|bbc": "passage-bbc-2",
    }


def test_cited_sentences_are_marked_and_everything_is_escaped() -> None:
    paragraph = Paragraph(4, BlockKind.PARAGRAPH, 'He said <b>no</b>. Troops left & "returned".', 9)
    passages = (Passage('Troops left & "returned".', 4, 9, ("summary-1",)),)
    html = str(highlight(paragraph, passages, "bbc"))
    assert html == (
        "He said &lt;b&gt;no&lt;/b&gt;. "
        '<mark id="passage-bbc-1">Troops left &amp; &#34;returned&#34;.</mark>'
    )


def test_passages_of_other_paragraphs_are_not_marked() -> None:
    paragraph = Paragraph(0, BlockKind.PARAGRAPH, "Troops left.", 1)
    passages = (Passage("Troops left.", 5, 20, ("summary-1",)),)
    assert str(highlight(paragraph, passages, "bbc")) == "Troops left."
