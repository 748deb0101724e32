"""Analysis of one story: from its articles' sentences to a finished Briefing.

`analyse` is a pure function of the story, its cleaned texts and sentences, and the
analysis settings: no files, no clock, no global state. That makes it testable without a
site, and cacheable and parallel across stories.
"""

from __future__ import annotations

from collections.abc import Mapping

from generator.analysis.figures import story_figures
from generator.analysis.key_points import select_key_points
from generator.analysis.pool import build_pool, story_centroid
from generator.analysis.repeats import find_repeats, voice_groups
from generator.analysis.sources import (
    figure_anchors,
    source_entries,
    source_order,
    statement_anchors,
)
from generator.analysis.summary import as_statements, select_summary
from generator.analysis.timeline import build_timeline, mentions
from generator.analysis.title import central_headline
from generator.config import AnalysisSettings
from generator.model import (
    Article,
    ArticleText,
    Briefing,
    Sentence,
    SourceText,
    Statement,
    Story,
)
from generator.partial_date import PartialDate
from generator.time.estimate import estimate_publication
from generator.time.tagger import Timexes
from generator.time.timex import Anchor


def analyse(
    story: Story,
    sentences: Mapping[str, tuple[Sentence, ...]],
    settings: AnalysisSettings,
    texts: Mapping[str, ArticleText] | None = None,
) -> Briefing:
    """`sentences` and `texts` map each article's id to its sentences and cleaned text."""
    texts = texts or {}
    ordered = source_order(story.articles)
    order_ids = [article.id for article in ordered]
    by_source = {article.id: sentences.get(article.id, ()) for article in ordered}
    pool = build_pool(by_source)
    repeats = find_repeats(pool, ordered)
    voices = voice_groups(order_ids, repeats)
    meta = story.meta

    editor_summary = meta.summary if meta else None
    summary_items = select_summary(pool, voices, settings.summary_sentences)
    # When the editor replaced the summary, the generated one is not shown, so key points
    # may use its sentences rather than leave the story's central facts off the page.
    shown_summary = summary_items if editor_summary is None else ()
    pinned = _editor_statements(meta.key_points) if meta and meta.key_points else ()
    key_point_items = select_key_points(
        pool, voices, max(settings.key_points - len(pinned), 0), shown_summary
    )

    summary = (
        _editor_statements(editor_summary)
        if editor_summary is not None
        else as_statements(summary_items, order_ids)
    )
    key_points = (*pinned, *as_statements(key_point_items, order_ids))
    title = meta.title if meta and meta.title else None
    estimates = publication_estimates(ordered, texts)
    anchors = {
        article.id: Anchor(article.published)
        if article.published
        else Anchor(estimates[article.id], estimated=True)
        if article.id in estimates
        else None
        for article in ordered
    }
    latest = latest_date(ordered) or max(estimates.values(), key=PartialDate.sort_key, default=None)
    find = Timexes()  # the timeline and the figures read the same sentences
    timeline = build_timeline(
        mentions(by_source, anchors, find), order_ids, latest, settings.timeline_entries
    )
    figures = story_figures(
        by_source,
        anchors,
        {a.id: a.publisher or f"source {n}" for n, a in enumerate(ordered, 1)},
        find,
    )
    return Briefing(
        slug=story.slug,
        title=title or central_headline(ordered, story_centroid(pool)),
        title_generated=title is None,
        tags=_tags(story),
        note=meta.note if meta else None,
        updated=latest_date(ordered),
        summary=summary,
        key_points=key_points,
        sources=source_entries(
            ordered,
            statement_anchors(summary, key_points),
            repeats,
            texts,
            estimates,
            figure_anchors(figures),
        ),
        timeline=timeline,
        figures=figures,
        texts=tuple(
            SourceText(article.id, texts[article.id].paragraphs, texts[article.id].captions)
            for article in ordered
            if article.id in texts
        ),
    )


def publication_estimates(
    articles: tuple[Article, ...], texts: Mapping[str, ArticleText]
) -> dict[str, PartialDate]:
    """Publication dates estimated from the text of the articles that state none."""
    estimates = {}
    for article in articles:
        text = texts.get(article.id)
        if article.published is None and text is not None:
            full_text = "\n".join(p.text for p in (*text.paragraphs, *text.captions))
            estimate = estimate_publication(full_text)
            if estimate is not None:
                estimates[article.id] = estimate
    return estimates


def _editor_statements(texts: tuple[str, ...]) -> tuple[Statement, ...]:
    """An editor's own sentences: shown as the editor's, citing no source."""
    return tuple(Statement(text=text, sources=(), by_editor=True) for text in texts)


def _tags(story: Story) -> tuple[str, ...]:
    """The story's and its articles' tags, each once (compared without case)."""
    tags: dict[str, str] = {}
    for tag in (
        *(story.meta.tags if story.meta else ()),
        *(tag for article in story.articles for tag in article.tags),
    ):
        tags.setdefault(tag.casefold(), tag)
    return tuple(tags.values())


def latest_date(articles: tuple[Article, ...]) -> PartialDate | None:
    dates = [article.published for article in articles if article.published is not None]
    return max(dates, key=PartialDate.sort_key) if dates else None
