"""Cleaning: from an article's blocks to the paragraphs a reader would call the article.

Each block is classified by general features (length, sentence punctuation, the furniture
lexicon, credit markers, whether it repeats the headline, whether the same line appears in
other articles) rather than by any one site's strings. Photo captions are kept apart: they
may be shown as captions, never used as summary material. Every removal records a reason,
so the decision can be inspected.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from generator.model import Article, ArticleText, Block, BlockKind, Paragraph, RemovedBlock
from generator.text import boilerplate
from generator.text.blocks import article_blocks
from generator.text.dateline import is_dateline

_TERMINAL = re.compile(r"[.!?…:;\"”’)]\s*$")
# A block repeated in this many other articles is site furniture, not reporting. Prose
# repeated word for word across articles is usually syndicated reporting and stays, unless
# it speaks in the publisher's voice ("follow our live page").
_REPEATED_IN = 2
_REPEATED_PROSE_MIN_WORDS = 8


def clean_articles(articles: Sequence[Article]) -> dict[str, ArticleText]:
    """Clean every article; lines that repeat across articles count as furniture.

    Returns the cleaned text of each article keyed by its path (unique across the site).
    """
    blocks_by_article = {str(article.path): article_blocks(article) for article in articles}
    repeated = _repeated_blocks(blocks_by_article.values())
    return {
        str(article.path): clean_article(article, blocks_by_article[str(article.path)], repeated)
        for article in articles
    }


def _repeated_blocks(all_blocks: Iterable[tuple[Block, ...]]) -> frozenset[str]:
    counts: Counter[str] = Counter()
    for blocks in all_blocks:
        counts.update({_key(block.text) for block in blocks})
    return frozenset(key for key, count in counts.items() if count > _REPEATED_IN)


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def clean_article(
    article: Article, blocks: Sequence[Block], repeated: frozenset[str] = frozenset()
) -> ArticleText:
    kept: list[tuple[Block, BlockKind]] = []
    captions: list[Block] = []
    removed: list[RemovedBlock] = []
    title_key = _key(article.title)
    for index, block in enumerate(blocks):
        reason = _removal_reason(block, title_key, repeated)
        if reason:
            removed.append(RemovedBlock(block, reason))
            continue
        if boilerplate.has_photo_credit(block.text):
            captions.append(block)
            # The line before a credited caption is often the picture's own title.
            if kept and _is_caption_title(kept[-1][0], blocks, index):
                captions.insert(len(captions) - 1, kept.pop()[0])
            continue
        kept.append((block, _kind(block)))
    paragraphs = tuple(
        Paragraph(number, kind, block.text, block.line) for number, (block, kind) in enumerate(kept)
    )
    return ArticleText(
        article=article,
        paragraphs=paragraphs,
        captions=tuple(
            Paragraph(number, BlockKind.PARAGRAPH, block.text, block.line)
            for number, block in enumerate(captions)
        ),
        removed=tuple(removed),
    )


def _removal_reason(block: Block, title_key: str, repeated: frozenset[str]) -> str | None:
    text = block.text
    key = _key(text)
    if not key:
        return "no words"
    if key == title_key:
        return "repeats the headline"
    if boilerplate.is_furniture_line(text):
        return "page furniture"
    if boilerplate.is_maker_credit(text):
        return "credit line"
    if is_dateline(text):
        return "dateline"
    word_count = len(key.split())
    if key in repeated and (
        not _is_prose(text, word_count) or boilerplate.speaks_as_publisher(text)
    ):
        return "repeated across articles"
    if boilerplate.notice_phrase_count(text) >= 2:
        return "notice about the page or publisher"
    if word_count <= 2 and not _TERMINAL.search(text) and block.kind is not BlockKind.HEADING:
        return "too short to be content"
    return None


def _is_prose(text: str, word_count: int) -> bool:
    return word_count >= _REPEATED_PROSE_MIN_WORDS and bool(_TERMINAL.search(text))


def _kind(block: Block) -> BlockKind:
    """Short lines without sentence punctuation read as headings in pasted text."""
    if block.kind is BlockKind.PARAGRAPH and _is_heading_like(block.text):
        return BlockKind.HEADING
    return block.kind


def _is_heading_like(text: str) -> bool:
    return len(text.split()) <= 14 and not _TERMINAL.search(text)


def _is_caption_title(candidate: Block, blocks: Sequence[Block], caption_index: int) -> bool:
    """The block right before a credited caption is the picture's title or alt text when
    it has no closing punctuation, or is a single short sentence."""
    if caption_index == 0 or blocks[caption_index - 1] is not candidate:
        return False
    word_count = len(candidate.text.split())
    return (word_count <= 40 and not _TERMINAL.search(candidate.text)) or word_count <= 12
