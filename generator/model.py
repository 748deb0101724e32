"""The data that moves through the pipeline: immutable, typed, and free of behaviour.

load -> Article, StoryMeta;  group -> Story;  clean/segment -> ArticleText, Sentence;
analyse -> Briefing (Statement, SourceEntry, TimelineEntry, Figure).
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from pathlib import Path

from generator.partial_date import PartialDate
from generator.time.point import TimePoint


class BodyFormat(enum.StrEnum):
    MARKDOWN = "markdown"
    TEXT = "text"


@dataclass(frozen=True)
class Article:
    """One source article as loaded from content/, with only the metadata it states."""

    id: str
    path: Path
    title: str
    body: str
    body_format: BodyFormat
    body_line: int
    """File line on which the body starts, so positions in the body map to the file."""
    publisher: str | None = None
    url: str | None = None
    published: PartialDate | None = None
    published_at: dt.datetime | None = None
    """The full timestamp, when the front matter gave a time of day."""
    date_estimated: bool = False
    author: str | None = None
    language: str | None = None
    tags: tuple[str, ...] = ()
    title_inferred: bool = False
    """True when the text states no headline and its first sentence stands in for one."""
    story_folder: Path | None = None
    """The story folder the article was found in; None for a loose article."""


@dataclass(frozen=True)
class StoryMeta:
    """What an editor wrote in a story folder's story.yaml (all optional)."""

    folder: Path
    group: str = "folder"
    """ "folder" (the folder is one story) or "automatic" (its articles are grouped)."""
    title: str | None = None
    slug: str | None = None
    tags: tuple[str, ...] = ()
    note: str | None = None
    summary: tuple[str, ...] | None = None
    key_points: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Story:
    slug: str
    articles: tuple[Article, ...]
    meta: StoryMeta | None
    origin: Path
    """The folder (or loose file) the story comes from; named in error messages."""


class BlockKind(enum.StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    QUOTE = "quote"


@dataclass(frozen=True)
class Block:
    """A block of an article's body as written: a paragraph, heading, list item or quote."""

    kind: BlockKind
    text: str
    line: int


@dataclass(frozen=True)
class Paragraph:
    index: int
    """Position among the article's kept paragraphs, from 0."""
    kind: BlockKind
    text: str
    line: int


@dataclass(frozen=True)
class RemovedBlock:
    block: Block
    reason: str


@dataclass(frozen=True)
class ArticleText:
    """An article's body after cleaning: the paragraphs a reader would call the article."""

    article: Article
    paragraphs: tuple[Paragraph, ...]
    captions: tuple[Paragraph, ...]
    """Photo captions: kept apart, never used as summary material."""
    removed: tuple[RemovedBlock, ...]


@dataclass(frozen=True)
class Sentence:
    source_id: str
    paragraph: int
    position: int
    """Index of the sentence in its article, from 0."""
    text: str
    line: int


@dataclass(frozen=True)
class Evidence:
    """Where a statement comes from: a source, its sentence that states it, and where."""

    source_id: str
    paragraph: int
    line: int
    text: str = ""
    """The source's own sentence; for the source the statement was taken from, the same
    text as the statement."""


@dataclass(frozen=True)
class Statement:
    """A summary sentence or key point, with every source that states it."""

    text: str
    sources: tuple[str, ...]
    evidence: tuple[Evidence, ...] = ()
    by_editor: bool = False


@dataclass(frozen=True)
class Repeat:
    """This source largely copies another one (syndication, rewrite)."""

    source_id: str
    overlap: float


@dataclass(frozen=True)
class Passage:
    """A sentence of a source that the briefing cites, and which statements cite it."""

    text: str
    paragraph: int
    line: int
    cited_by: tuple[str, ...]
    """Anchors of the citing statements on the page: "summary-2", "key-point-1"."""


@dataclass(frozen=True)
class SourceEntry:
    id: str
    title: str
    publisher: str | None
    url: str | None
    published: PartialDate | None
    date_estimated: bool
    author: str | None
    repeats: Repeat | None
    statements: int
    """How many of the briefing's statements cite this source."""
    words: int = 0
    """Length of the article as cleaned."""
    title_inferred: bool = False
    passages: tuple[Passage, ...] = ()


@dataclass(frozen=True)
class SourceText:
    """A source's cleaned text, for a page that shows it with the cited sentences marked."""

    source_id: str
    paragraphs: tuple[Paragraph, ...]
    captions: tuple[Paragraph, ...]


@dataclass(frozen=True)
class TimelineEntry:
    date: TimePoint
    text: str
    """The part of a source's sentence that says what happened then, verbatim."""
    sources: tuple[str, ...]
    upcoming: bool = False
    conflict: str | None = None
    """When other sources date the same event differently: what they say."""
    signal: str | None = None
    """How the text ties the event to the date: "since", "by", "until" ..."""
    range_end: TimePoint | None = None
    estimated: bool = False
    """The date was resolved against an estimated publication date."""
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class FigureValue:
    """One value of a figure, as one or more sources state it."""

    value: float
    """The number stated, in the figure's unit (the middle of a stated range)."""
    text: str
    """As written: "some 45,000", "over 1,200 square kilometers"."""
    sources: tuple[str, ...]
    low: float | None = None
    high: float | None = None
    """The values it stands for once its hedge is counted; `high` may be infinite."""
    evidence: tuple[Evidence, ...] = ()
    """Each source's sentence that states it."""


@dataclass(frozen=True)
class Figure:
    """A measure several sources give a number for, and whether they disagree."""

    measure: str
    values: tuple[FigureValue, ...]
    disagreement: bool
    kind: str = "count"
    """count, money, percent, points, area, length, volume or mass."""
    unit: str = ""
    explanation: str | None = None
    """For a disagreement, who says what: "Financial Times: about 50,000; CNN: 45,000"."""


@dataclass(frozen=True)
class Briefing:
    slug: str
    title: str
    title_generated: bool
    tags: tuple[str, ...]
    note: str | None
    """The editor's note from story.yaml, as Markdown."""
    updated: PartialDate | None
    summary: tuple[Statement, ...]
    key_points: tuple[Statement, ...]
    sources: tuple[SourceEntry, ...]
    timeline: tuple[TimelineEntry, ...] = ()
    figures: tuple[Figure, ...] = ()
    texts: tuple[SourceText, ...] = ()
