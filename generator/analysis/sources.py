"""The source list: every article of the story, what it states about itself, and what the
briefing took from it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from generator.model import (
    Article,
    ArticleText,
    Figure,
    Passage,
    Repeat,
    SourceEntry,
    Statement,
)
from generator.partial_date import PartialDate


def source_order(articles: Sequence[Article]) -> tuple[Article, ...]:
    """Dated sources first, oldest to newest, then undated ones by file name.

    This order numbers the sources, so citation markers stay the same between builds.
    """
    return tuple(
        sorted(
            articles,
            key=lambda article: (
                article.published is None,
                article.published.sort_key() if article.published else (0, 0, 0),
                article.path.name,
            ),
        )
    )


def statement_anchors(
    summary: Sequence[Statement], key_points: Sequence[Statement]
) -> list[tuple[str, Statement]]:
    """Each statement with its anchor on the page: summary-1, ..., key-point-1, ..."""
    return [
        *((f"summary-{number}", statement) for number, statement in enumerate(summary, 1)),
        *((f"key-point-{number}", statement) for number, statement in enumerate(key_points, 1)),
    ]


def figure_anchors(figures: Sequence[Figure]) -> list[tuple[str, Statement]]:
    """Each figure value as a statement with its anchor on the page: figure-1-2 is the
    second value of the first figure. Its evidence is each source's sentence."""
    return [
        (
            f"figure-{number}-{index}",
            Statement(text=value.text, sources=value.sources, evidence=value.evidence),
        )
        for number, figure in enumerate(figures, 1)
        for index, value in enumerate(figure.values, 1)
    ]


def source_entries(
    articles: Sequence[Article],
    anchored: Sequence[tuple[str, Statement]],
    repeats: Mapping[str, Repeat],
    texts: Mapping[str, ArticleText],
    estimates: Mapping[str, PartialDate] | None = None,
    figures: Sequence[tuple[str, Statement]] = (),
) -> tuple[SourceEntry, ...]:
    """`texts` maps article ids to their cleaned text; `estimates` gives publication dates
    estimated from the text for articles that state none; `figures` the figure values,
    whose sentences become passages too (but not statements of the briefing)."""
    estimates = estimates or {}
    return tuple(
        SourceEntry(
            id=article.id,
            title=article.title,
            publisher=article.publisher,
            url=article.url,
            published=article.published or estimates.get(article.id),
            date_estimated=article.date_estimated
            or (article.published is None and article.id in estimates),
            author=article.author,
            repeats=repeats.get(article.id),
            statements=sum(1 for _, statement in anchored if article.id in statement.sources),
            words=_words(texts.get(article.id)),
            title_inferred=article.title_inferred,
            passages=_passages(article.id, [*anchored, *figures]),
        )
        for article in articles
    )


def _words(text: ArticleText | None) -> int:
    if text is None:
        return 0
    return sum(len(paragraph.text.split()) for paragraph in text.paragraphs)


def _passages(source_id: str, anchored: Sequence[tuple[str, Statement]]) -> tuple[Passage, ...]:
    """The source's sentences that statements cite, in the order they appear in it."""
    found: dict[tuple[int, str], list[str]] = {}
    lines: dict[tuple[int, str], int] = {}
    for anchor, statement in anchored:
        for evidence in statement.evidence:
            if evidence.source_id != source_id:
                continue
            key = (evidence.paragraph, evidence.text)
            found.setdefault(key, []).append(anchor)
            lines[key] = evidence.line
    return tuple(
        Passage(
            text=text,
            paragraph=paragraph,
            line=lines[(paragraph, text)],
            cited_by=tuple(found[(paragraph, text)]),
        )
        for paragraph, text in sorted(found)
    )
