"""Splitting article bodies into blocks: generator.text.blocks."""

from __future__ import annotations

from pathlib import Path

from generator.model import Article, BlockKind, BodyFormat
from generator.text.blocks import article_blocks, markdown_blocks, text_blocks


def _kinds_and_texts(blocks):
    return [(block.kind, block.text) for block in blocks]


# Markdown bodies


def test_markdown_heading_is_a_heading_block():
    blocks = list(markdown_blocks("## Russia advances near Kursk\n", 1))
    assert _kinds_and_texts(blocks) == [(BlockKind.HEADING, "Russia advances near Kursk")]


def test_markdown_setext_heading_is_a_heading_block():
    blocks = list(markdown_blocks("Russia advances near Kursk\n==========\n", 1))
    assert _kinds_and_texts(blocks) == [(BlockKind.HEADING, "Russia advances near Kursk")]


def test_markdown_paragraph_is_a_paragraph_block():
    blocks = list(markdown_blocks("Russian forces captured the town on Monday.\n", 1))
    assert _kinds_and_texts(blocks) == [
        (BlockKind.PARAGRAPH, "Russian forces captured the town on Monday.")
    ]


def test_markdown_list_items_are_list_item_blocks():
    body = "- Russia holds Kurakhove.\n- Ukraine holds part of Kursk.\n\n1. A numbered point.\n"
    blocks = list(markdown_blocks(body, 1))
    assert _kinds_and_texts(blocks) == [
        (BlockKind.LIST_ITEM, "Russia holds Kurakhove."),
        (BlockKind.LIST_ITEM, "Ukraine holds part of Kursk."),
        (BlockKind.LIST_ITEM, "A numbered point."),
    ]


def test_markdown_blockquote_is_a_quote_block_with_its_lines_joined():
    blocks = list(markdown_blocks("> We will hold\n> the line.\n", 1))
    assert _kinds_and_texts(blocks) == [(BlockKind.QUOTE, "We will hold the line.")]


def test_markdown_paragraph_after_a_list_is_a_paragraph_again():
    body = "- An item.\n\nA paragraph after the list.\n\n> A quote.\n\nAnother paragraph.\n"
    blocks = list(markdown_blocks(body, 1))
    assert [block.kind for block in blocks] == [
        BlockKind.LIST_ITEM,
        BlockKind.PARAGRAPH,
        BlockKind.QUOTE,
        BlockKind.PARAGRAPH,
    ]


def test_markdown_block_lines_are_file_lines_counted_from_first_line():
    body = "# Headline\n\nFirst paragraph.\n\n- An item.\n\n> A quote.\n"
    blocks = list(markdown_blocks(body, 7))
    assert [block.line for block in blocks] == [7, 9, 11, 13]


def test_markdown_block_line_points_at_the_line_holding_the_block():
    body = "---\n\n\nIntro words here.\n\n\n## Later heading\n\nClosing words here.\n"
    first_line = 4
    lines = body.split("\n")
    for block in markdown_blocks(body, first_line):
        assert block.text.split()[0] in lines[block.line - first_line]


def test_raw_html_block_in_markdown_stays_text():
    blocks = list(markdown_blocks("<script>alert(1)</script>\n", 1))
    assert _kinds_and_texts(blocks) == [(BlockKind.PARAGRAPH, "<script>alert(1)</script>")]


def test_inline_html_in_markdown_paragraph_stays_text():
    blocks = list(markdown_blocks("Before <b>bold</b> and <script>alert(1)</script> after.\n", 1))
    assert [block.text for block in blocks] == [
        "Before <b>bold</b> and <script>alert(1)</script> after."
    ]


def test_multi_line_html_block_in_markdown_is_not_dropped():
    body = "<div>\nRussia sent 50,000 troops to Kursk.\n</div>\n"
    texts = [block.text for block in markdown_blocks(body, 1)]
    assert any("Russia sent 50,000 troops to Kursk." in text for text in texts)
    assert any("<div>" in text for text in texts)


def test_markdown_link_keeps_its_text_and_drops_its_address():
    blocks = list(markdown_blocks("Read [the ISW report](https://example.org/isw) today.\n", 1))
    assert [block.text for block in blocks] == ["Read the ISW report today."]


def test_markdown_emphasis_markers_are_removed():
    blocks = list(markdown_blocks("The front is *very* **hard** to hold.\n", 1))
    assert [block.text for block in blocks] == ["The front is very hard to hold."]


def test_markdown_inline_code_is_kept_as_text():
    blocks = list(markdown_blocks("Set `summary_sentences = 5` in the file.\n", 1))
    assert [block.text for block in blocks] == ["Set summary_sentences = 5 in the file."]


def test_markdown_soft_line_breaks_become_single_spaces():
    blocks = list(markdown_blocks("Russian forces\ncaptured   the town.\n", 1))
    assert [block.text for block in blocks] == ["Russian forces captured the town."]


# Pasted plain text


def test_text_each_line_is_its_own_block():
    body = "Russian forces captured the town.\nUkraine withdrew its troops.\nShort line"
    blocks = list(text_blocks(body, 1))
    assert [block.text for block in blocks] == [
        "Russian forces captured the town.",
        "Ukraine withdrew its troops.",
        "Short line",
    ]


def test_text_hash_heading_line_is_a_heading_without_its_hashes():
    blocks = list(text_blocks("### Russia’s Territorial Gains in Eastern Ukraine", 1))
    assert _kinds_and_texts(blocks) == [
        (BlockKind.HEADING, "Russia’s Territorial Gains in Eastern Ukraine")
    ]


def test_text_dash_line_is_a_list_item_without_its_dash():
    blocks = list(text_blocks("- Russia is losing 1,000 troops daily in Kursk.", 1))
    assert _kinds_and_texts(blocks) == [
        (BlockKind.LIST_ITEM, "Russia is losing 1,000 troops daily in Kursk.")
    ]


def test_text_plain_line_is_a_paragraph():
    blocks = list(text_blocks("Russian forces captured the town.", 1))
    assert [block.kind for block in blocks] == [BlockKind.PARAGRAPH]


def test_text_hard_wrapped_prose_is_rejoined_into_one_block():
    body = (
        "Ukraine's military is sending medics to the front lines in anticipation\n"
        "of an increased Russian attack as both sides fight for advantages.\n"
        "Moscow has stepped up its attacks."
    )
    blocks = list(text_blocks(body, 1))
    assert [block.text for block in blocks] == [
        "Ukraine's military is sending medics to the front lines in anticipation "
        "of an increased Russian attack as both sides fight for advantages.",
        "Moscow has stepped up its attacks.",
    ]


def test_text_rejoined_block_starts_on_its_first_line():
    body = (
        "Intro.\n"
        "Ukraine's military is sending medics to the front lines in anticipation\n"
        "of an increased Russian attack."
    )
    blocks = list(text_blocks(body, 10))
    assert [block.line for block in blocks] == [10, 11]


def test_text_line_after_a_finished_sentence_is_not_joined_to_it():
    body = (
        "Ukraine's military is sending medics to the front lines this week.\n"
        "officials in Kyiv declined to comment on the report."
    )
    assert len(list(text_blocks(body, 1))) == 2


def test_text_blank_line_separates_blocks_even_mid_sentence():
    body = (
        "Ukraine's military is sending medics to the front lines in anticipation\n"
        "\n"
        "of an increased Russian attack."
    )
    blocks = list(text_blocks(body, 1))
    assert len(blocks) == 2


def test_text_block_lines_are_file_lines_counted_from_first_line():
    body = "First line.\n\n\nSecond line.\n- An item.\n### A heading"
    blocks = list(text_blocks(body, 5))
    assert [block.line for block in blocks] == [5, 8, 9, 10]


def test_text_whitespace_inside_a_line_is_collapsed():
    blocks = list(text_blocks("  Russian   forces\tcaptured the town.  ", 1))
    assert [block.text for block in blocks] == ["Russian forces captured the town."]


def test_text_blank_body_has_no_blocks():
    assert list(text_blocks("\n  \n\t\n", 1)) == []


# Choosing the parser by the article's format


def _article(body: str, body_format: BodyFormat) -> Article:
    return Article(
        id="a",
        path=Path("a.md"),
        title="A headline",
        body=body,
        body_format=body_format,
        body_line=3,
    )


def test_article_blocks_parses_markdown_articles_as_markdown():
    article = _article("Read [the report](https://example.org) now.\n", BodyFormat.MARKDOWN)
    assert [block.text for block in article_blocks(article)] == ["Read the report now."]


def test_article_blocks_keeps_markdown_syntax_of_text_articles_as_written():
    article = _article("Read [the report](https://example.org) now.\n", BodyFormat.TEXT)
    assert [block.text for block in article_blocks(article)] == [
        "Read [the report](https://example.org) now."
    ]


def test_article_blocks_counts_lines_from_the_body_line():
    article = _article("First.\n\nSecond.\n", BodyFormat.TEXT)
    assert [block.line for block in article_blocks(article)] == [3, 5]
