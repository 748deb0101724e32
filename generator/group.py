"""Grouping articles into stories.

A story folder is one story. A loose article (directly in content/) is, for now, a story
of its own; automatic clustering of loose articles by topic comes with issue 8.
Slugs must be unique: two stories that would share a URL are an error naming both.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from generator.content import STORY_FILE, Content
from generator.diagnostics import Diagnostics, Position
from generator.model import Article, Story
from generator.slug import slug_or_fallback


def group_stories(content: Content, diagnostics: Diagnostics) -> tuple[Story, ...]:
    by_folder: dict[Path, list[Article]] = defaultdict(list)
    loose: list[Article] = []
    for article in content.articles:
        if article.story_folder is None:
            loose.append(article)
        else:
            by_folder[article.story_folder].append(article)

    stories: list[Story] = []
    for meta in content.stories:
        articles = by_folder.get(meta.folder, [])
        if not articles:
            diagnostics.warning(
                Position(meta.folder),
                "this story folder holds no articles (.md or .txt files) and is skipped",
            )
            continue
        slug = meta.slug or slug_or_fallback(meta.folder.name, "story")
        stories.append(Story(slug, _unique_ids(articles, diagnostics), meta, meta.folder))
    for article in loose:
        stories.append(Story(article.id, (article,), None, article.path))
    _check_unique_slugs(stories, diagnostics)
    return tuple(stories)


def _unique_ids(articles: list[Article], diagnostics: Diagnostics) -> tuple[Article, ...]:
    """Source ids name articles in briefing.json, so two files may not share one."""
    seen: dict[str, Article] = {}
    for article in articles:
        if article.id in seen:
            diagnostics.error(
                Position(article.path),
                f"this article's id '{article.id}' (from its file name) is already used by "
                f"{seen[article.id].path}; rename one of the files",
            )
        else:
            seen[article.id] = article
    return tuple(seen.values())


def _check_unique_slugs(stories: list[Story], diagnostics: Diagnostics) -> None:
    seen: dict[str, Story] = {}
    for story in stories:
        if story.slug in seen:
            where = story.origin / STORY_FILE if story.meta and story.meta.slug else story.origin
            diagnostics.error(
                Position(where),
                f"this story would be published at briefings/{story.slug}/, like "
                f"{seen[story.slug].origin}; give one of them another name or a 'slug:' "
                "in its story.yaml",
            )
        else:
            seen[story.slug] = story
