"""What benchmarks/corpus.py makes: outlets, people, stories, articles and the page
debris around pasted articles. Every output format is written from these."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from corpus_frames import Fig


@dataclass(frozen=True)
class Outlet:
    name: str
    domain: str
    ap_style: bool
    url_style: int
    staff: tuple[str, ...]

    @property
    def ref(self) -> str:
        """The outlet mid-sentence: "the Harbour Ledger", "Capital Wire"."""
        return "the" + self.name[3:] if self.name.startswith("The ") else self.name


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    honorific: str
    role: str

    @property
    def full(self) -> str:
        return f"{self.honorific} {self.first} {self.last}".lstrip()

    @property
    def short(self) -> str:
        return f"{self.honorific} {self.last}".lstrip()


@dataclass(frozen=True)
class Happening:
    """An event of the story: what happened (or will happen) and on which day."""

    day: dt.date
    phrase: str


@dataclass
class Story:
    slug: str
    title: str
    tags: tuple[str, ...]
    words: dict[str, str]  # the story's names and frame words, for filling templates
    cast: tuple[Person, ...]
    start: dt.date
    span: int
    events: tuple[Happening, ...]  # the first starts the story
    milestones: tuple[Happening, ...]  # all after the story's last article
    figs: tuple[Fig, ...]
    facts: tuple[float, ...]  # the true value of each figure
    issues: tuple[str, ...]
    effects: tuple[str, ...]
    quotes: tuple[str, ...]
    questions: tuple[str, ...]
    headlines: tuple[str, ...]
    articles: list[Article] = field(default_factory=list)


@dataclass
class PastedPage:
    """The page debris around a pasted article, drawn once so every format agrees."""

    before: list[str]
    header: list[str]
    after: list[str]
    advert_after: frozenset[int]
    compact: bool


@dataclass
class Article:
    story: str
    slug: str
    title: str
    outlet: Outlet
    author: str | None
    published: dt.date
    time: tuple[int, int]
    paragraphs: list[list[str]]
    subheads: dict[int, str]  # a heading placed before the paragraph of that index
    pasted: bool
    rewrite_of: str | None = None
    page: PastedPage | None = None

    @property
    def extension(self) -> str:
        return ".txt" if self.pasted else ".md"

    @property
    def url(self) -> str:
        day = self.published
        host = f"www.{self.outlet.domain}"
        if self.outlet.url_style == 0:
            return f"https://{host}/{day.year}/{day.month:02d}/{day.day:02d}/{self.slug}/"
        if self.outlet.url_style == 1:
            return f"https://{self.outlet.domain}/news/{self.slug}-{day:%Y%m%d}"
        return f"https://{host}/{self.story}/{self.slug}.html"
