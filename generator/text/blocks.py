"""An article body split into blocks (paragraphs, headings, list items, quotes).

Markdown bodies are parsed with markdown-it-py (raw HTML disabled, so markup in article
text stays text); pasted plain text is split into lines, since a browser's "copy" puts one
paragraph on each line. Every block keeps the file line it starts on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from markdown_it import MarkdownIt
from markdown_it.token import Token

from generator.model import Article, Block, BlockKind, BodyFormat

_PARSER = MarkdownIt("commonmark", {"html": False})

_TEXT_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.+?)\s*#*$")
_TEXT_LIST_ITEM = re.compile(r"^(?:[-*•‣▪]|\d{1,2}[.)])\s+(?P<text>.+)$")
_TEXT_QUOTE = re.compile(r"^>\s*(?P<text>.+)$")
_SENTENCE_END = re.compile(r"[.!?:;…\"”’)\]]$")


def article_blocks(article: Article) -> tuple[Block, ...]:
    if article.body_format is BodyFormat.MARKDOWN:
        return tuple(markdown_blocks(article.body, article.body_line))
    return tuple(text_blocks(article.body, article.body_line))


def markdown_blocks(body: str, first_line: int) -> Iterator[Block]:
    tokens = _PARSER.parse(body)
    containers: list[str] = []
    pending_kind = BlockKind.PARAGRAPH
    for token in tokens:
        if token.type in ("bullet_list_open", "ordered_list_open"):
            containers.append("list")
        elif token.type == "blockquote_open":
            containers.append("quote")
        elif token.type in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            containers.pop()
        elif token.type == "heading_open":
            pending_kind = BlockKind.HEADING
        elif token.type == "paragraph_open":
            pending_kind = _container_kind(containers)
        elif token.type == "inline":
            text = " ".join(_inline_text(token).split())
            if text:
                line = first_line + (token.map[0] if token.map else 0)
                yield Block(pending_kind, text, line)


def _container_kind(containers: list[str]) -> BlockKind:
    if "quote" in containers:
        return BlockKind.QUOTE
    if "list" in containers:
        return BlockKind.LIST_ITEM
    return BlockKind.PARAGRAPH


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)


def text_blocks(body: str, first_line: int) -> Iterator[Block]:
    """Blocks of pasted text: one per line, with hard-wrapped prose lines rejoined."""
    current: list[str] = []
    current_line = first_line
    for offset, raw in enumerate(body.split("\n")):
        line = " ".join(raw.split())
        if not line:
            if current:
                yield _text_block(" ".join(current), current_line)
                current = []
            continue
        if current and _continues(current[-1], line):
            current.append(line)
            continue
        if current:
            yield _text_block(" ".join(current), current_line)
        current = [line]
        current_line = first_line + offset
    if current:
        yield _text_block(" ".join(current), current_line)


def _continues(previous: str, line: str) -> bool:
    """A line continues the previous one when prose was wrapped mid-sentence."""
    return len(previous) >= 50 and not _SENTENCE_END.search(previous) and line[:1].islower()


def _text_block(text: str, line: int) -> Block:
    for pattern, kind in (
        (_TEXT_HEADING, BlockKind.HEADING),
        (_TEXT_LIST_ITEM, BlockKind.LIST_ITEM),
        (_TEXT_QUOTE, BlockKind.QUOTE),
    ):
        match = pattern.match(text)
        if match:
            return Block(kind, match["text"], line)
    return Block(BlockKind.PARAGRAPH, text, line)
