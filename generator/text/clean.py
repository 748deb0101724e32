"""Cleaning: from an article's blocks to the paragraphs a reader would call the article.

Two steps, in the spirit of jusText and body-text extraction:

1. **Judge each block** by general features (length, sentence punctuation, density of
   function words, capitalisation) and a small lexicon of page furniture (menus, share
   prompts, counters, bylines, credits, publisher notices, comment handles). Each judgement
   gives a label, a reason and a weight: prose weighs for the article, furniture against.
2. **Find the article**: in pasted text, the contiguous run of blocks with the greatest
   total weight (section breaks such as "34 Comments" or "Related stories" cannot be
   crossed). Blocks outside it are the page around the article.

Photo captions are kept apart: shown as captions perhaps, never used as summary material.
Every removed block records its reason, so `briefing inspect clean` can show why.
"""

from __future__ import annotations

import enum
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from generator.cache import Memo, no_memo
from generator.model import (
    Article,
    ArticleText,
    Block,
    BlockKind,
    BodyFormat,
    Paragraph,
    RemovedBlock,
)
from generator.text import boilerplate
from generator.text.block_features import measure
from generator.text.blocks import article_blocks
from generator.text.dateline import is_dateline

# A block repeated in this many other articles is site furniture, not reporting. Prose
# repeated word for word across articles is usually syndicated reporting and stays, unless
# it speaks in the publisher's voice ("follow our live page").
_REPEATED_IN = 2
_PROSE_MIN_WORDS = 8
# Prose: a block this long that ends like a sentence and has function words.
_PROSE_WORDS = 15
_PROSE_FUNCTION_WORD_DENSITY = 0.15
# Headline-like: at most this many words and no closing punctuation.
_HEADING_WORDS = 14
# Teasers for other stories: a headline of at least this many words followed by one short
# paragraph, at least this many times in a row. An article's subheadings are shorter and
# are followed by more text.
_TEASER_HEADLINE_WORDS = 5
_TEASER_MAX_WORDS = 60
_TEASER_RUN = 3
# Text cut short with an ellipsis, as teaser lists do: "...plus JBL he...".
_TRUNCATED = re.compile(r"\w(?:\.\.\.|…)\s*$")
# Captions this many blocks outside the article still belong to it.
_CAPTION_REACH = 3
# Weights of the region search.
_BREAK_WEIGHT = -1000.0
_HANDLE_WEIGHT = -40.0
_SIDEBAR_WEIGHT = -40.0
_HEADING_WEIGHT = -3.0


class Label(enum.Enum):
    PROSE = "prose"
    SHORT = "short"
    HEADING = "heading"
    CAPTION = "caption"
    FURNITURE = "furniture"
    BREAK = "break"


@dataclass(frozen=True)
class Judgement:
    label: Label
    weight: float
    reason: str | None = None


def clean_articles(articles: Sequence[Article], memo: Memo = no_memo) -> dict[str, ArticleText]:
    """Clean every article; lines that repeat across articles count as furniture.

    Returns the cleaned text of each article keyed by its path (unique across the site).
    An article's cleaning depends on itself and on which of its lines repeat elsewhere,
    so that pair is what `memo` reuses results by.
    """
    parsed = {
        str(article.path): memo("blocks", article, lambda article=article: _keyed_blocks(article))
        for article in articles
    }
    repeated = repeated_blocks(keys for _, keys in parsed.values())
    cleaned = {}
    for article in articles:
        blocks, keys = parsed[str(article.path)]
        mine = keys & repeated
        cleaned[str(article.path)] = memo(
            "clean",
            (article, mine),
            lambda article=article, blocks=blocks, mine=mine: clean_article(article, blocks, mine),
        )
    return cleaned


def _keyed_blocks(article: Article) -> tuple[tuple[Block, ...], frozenset[str]]:
    blocks = tuple(article_blocks(article))
    return blocks, frozenset(block_key(block.text) for block in blocks)


def repeated_blocks(keys_by_article: Iterable[frozenset[str]]) -> frozenset[str]:
    """Block keys found in more than _REPEATED_IN articles (each article counts once)."""
    counts: Counter[str] = Counter()
    for keys in keys_by_article:
        counts.update(keys)
    return frozenset(key for key, count in counts.items() if count > _REPEATED_IN)


def block_key(text: str) -> str:
    """Text compared case- and punctuation-blind ("Trump's" = "Trump’s")."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def judge(block: Block, title_key: str = "", repeated: frozenset[str] = frozenset()) -> Judgement:
    """What a block is, how much it weighs for or against the article, and why."""
    text = block.text
    key = block_key(text)
    features = measure(text)
    if not key:
        return Judgement(Label.FURNITURE, 0.0, "no words")
    if title_key and key == title_key:
        return Judgement(Label.FURNITURE, 0.0, "repeats the headline")
    if boilerplate.is_section_break(text):
        return Judgement(Label.BREAK, _BREAK_WEIGHT, "starts comments or other stories")
    if boilerplate.is_copyright_footer(text):
        return Judgement(Label.BREAK, _BREAK_WEIGHT, "copyright footer")
    if boilerplate.is_sidebar_heading(text):
        return Judgement(Label.BREAK, _SIDEBAR_WEIGHT, "starts a box of other stories")
    if boilerplate.is_comment_handle(text):
        return Judgement(Label.BREAK, _HANDLE_WEIGHT, "a commenter's name")
    if boilerplate.is_furniture_line(text) or boilerplate.is_prompt(text):
        return Judgement(Label.FURNITURE, -5.0 - features.words, "page furniture")
    if boilerplate.is_maker_credit(text):
        return Judgement(Label.FURNITURE, -2.0, "credit line")
    if boilerplate.is_byline(text):
        return Judgement(Label.FURNITURE, -2.0, "byline")
    if is_dateline(text):
        return Judgement(Label.FURNITURE, -1.0, "dateline")
    is_prose = features.words >= _PROSE_MIN_WORDS and features.ends_like_prose
    if key in repeated and (not is_prose or boilerplate.speaks_as_publisher(text)):
        return Judgement(Label.FURNITURE, -5.0, "repeated across articles")
    if boilerplate.notice_phrase_count(text) >= 2:
        # Removed by its label; a small weight keeps a notice inside the text from
        # splitting the article in two.
        return Judgement(Label.FURNITURE, -2.0, "notice about the page or publisher")
    if boilerplate.has_photo_credit(text):
        return Judgement(Label.CAPTION, 0.0, "photo caption")
    if block.kind is BlockKind.HEADING:
        return Judgement(Label.HEADING, _HEADING_WEIGHT)
    if features.words <= 20 and _TRUNCATED.search(text):
        return Judgement(
            Label.HEADING, _HEADING_WEIGHT
        )  # a headline cut short: "Microsoft offers..."
    if features.numeric_share >= 0.5 and features.words >= 3:
        return Judgement(Label.SHORT, 0.0)  # a row of a table: neutral, kept inside
    if features.ends_like_prose:
        if (
            features.words >= _PROSE_WORDS
            and features.function_word_density >= _PROSE_FUNCTION_WORD_DENSITY
        ):
            return Judgement(Label.PROSE, float(features.words))
        if features.words >= 6:
            return Judgement(Label.PROSE, features.words / 2)
        return Judgement(Label.SHORT, 0.0)
    if features.words <= _HEADING_WORDS:
        return Judgement(Label.HEADING, _HEADING_WEIGHT)
    if features.function_word_density >= 0.3:
        # A long paragraph that lost its final full stop in the paste.
        return Judgement(Label.PROSE, features.words / 2)
    return Judgement(Label.FURNITURE, -features.words / 2, "a list of links or labels")


def mark_teasers(blocks: Sequence[Block], judgements: list[Judgement]) -> list[Judgement]:
    """Runs of teasers for other stories: a headline, perhaps an author and a date, then a
    single short paragraph; at least `_TEASER_RUN` of them in a row."""
    marked = list(judgements)
    run: list[range] = []

    def flush() -> None:
        if len(run) >= _TEASER_RUN:
            for teaser in run:
                for index in teaser:
                    words = measure(blocks[index].text).words
                    marked[index] = Judgement(
                        Label.FURNITURE, -float(words) - 1.0, "teaser for another story"
                    )
        run.clear()

    index = 0
    while index < len(blocks):
        teaser = _teaser_at(blocks, judgements, index)
        if teaser is not None:
            run.append(teaser)
            index = teaser.stop
            continue
        if judgements[index].label is not Label.FURNITURE:
            flush()
        index += 1
    flush()
    return marked


def _teaser_at(
    blocks: Sequence[Block], judgements: Sequence[Judgement], start: int
) -> range | None:
    """The blocks of a teaser starting at `start`, or None."""
    if not _is_headline(blocks[start], judgements[start]):
        return None
    index = start + 1
    # Between headline and blurb: an author, a date, a time stamp.
    while (
        index < len(blocks)
        and index - start <= 3
        and _is_teaser_detail(blocks[index], judgements[index])
    ):
        index += 1
    if index >= len(blocks) or judgements[index].label is not Label.PROSE:
        return None
    if measure(blocks[index].text).words > _TEASER_MAX_WORDS:
        return None
    following = index + 1
    if following < len(blocks) and judgements[following].label is Label.PROSE:
        return None  # the text goes on: a section of an article, not a teaser
    return range(start, index + 1)


def _is_headline(block: Block, judgement: Judgement) -> bool:
    features = measure(block.text)
    if features.words < _TEASER_HEADLINE_WORDS or features.words > 25:
        return False
    if judgement.label in (Label.HEADING, Label.SHORT):
        return True
    return not features.ends_like_prose or block.text.rstrip().endswith("?")


def _is_teaser_detail(block: Block, judgement: Judgement) -> bool:
    if judgement.label is Label.FURNITURE:
        return judgement.reason in ("byline", "dateline", "page furniture")
    return judgement.label is Label.HEADING and measure(block.text).words <= 8


def article_region(judgements: Sequence[Judgement]) -> tuple[int, int]:
    """The contiguous run of blocks [start, end) with the greatest total weight."""
    best_sum, best = 0.0, (0, 0)
    running, start = 0.0, 0
    for index, judgement in enumerate(judgements):
        if running <= 0.0:
            running, start = 0.0, index
        running += judgement.weight
        if running > best_sum:
            best_sum, best = running, (start, index + 1)
    return best


def clean_article(
    article: Article, blocks: Sequence[Block], repeated: frozenset[str] = frozenset()
) -> ArticleText:
    title_key = block_key(article.title)
    judgements = [judge(block, title_key, repeated) for block in blocks]
    if article.body_format is BodyFormat.TEXT:
        judgements = mark_teasers(blocks, judgements)
        start, end = article_region(judgements)
    else:
        start, end = 0, len(blocks)  # Markdown was written or converted on purpose
    caption_indexes = _captions(blocks, judgements, start, end)

    kept: list[tuple[Block, BlockKind]] = []
    captions: list[Block] = []
    removed: list[RemovedBlock] = []
    for index, (block, judgement) in enumerate(zip(blocks, judgements, strict=True)):
        if index in caption_indexes:
            captions.append(block)
        elif judgement.label in (Label.FURNITURE, Label.BREAK):
            removed.append(RemovedBlock(block, judgement.reason or judgement.label.value))
        elif not start <= index < end:
            removed.append(RemovedBlock(block, "outside the article"))
        elif judgement.label is Label.HEADING:
            kept.append((block, BlockKind.HEADING))
        else:
            kept.append((block, block.kind))
    return ArticleText(
        article=article,
        paragraphs=tuple(
            Paragraph(number, kind, block.text, block.line)
            for number, (block, kind) in enumerate(kept)
        ),
        captions=tuple(
            Paragraph(number, BlockKind.PARAGRAPH, block.text, block.line)
            for number, block in enumerate(captions)
        ),
        removed=tuple(removed),
    )


def _captions(
    blocks: Sequence[Block], judgements: Sequence[Judgement], start: int, end: int
) -> set[int]:
    """Credited captions in or right next to the article (a picture often closes it), and
    the picture title just before each."""
    found: set[int] = set()
    first = max(start - _CAPTION_REACH, 0)
    for index in range(first, min(end + _CAPTION_REACH, len(blocks))):
        if judgements[index].label is not Label.CAPTION:
            continue
        found.add(index)
        previous = index - 1
        if (
            previous >= first
            and previous not in found
            and _is_caption_title(blocks[previous], judgements[previous])
        ):
            found.add(previous)
    return found


def _is_caption_title(block: Block, judgement: Judgement) -> bool:
    """A picture's title or alt text: no closing punctuation, or one short sentence."""
    if judgement.label not in (Label.PROSE, Label.SHORT, Label.HEADING):
        return False
    features = measure(block.text)
    return (features.words <= 40 and not features.ends_like_prose) or features.words <= 12
