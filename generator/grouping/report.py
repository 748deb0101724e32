"""`briefing inspect stories`: how the articles were grouped, and why.

Each story with its slug, how it was formed (a story folder, or grouping), its articles
in date order, and for grouped stories the terms that tie its articles together.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.config import load_config
from generator.content import load_content
from generator.diagnostics import Diagnostics
from generator.group import group_stories
from generator.grouping.cluster import shared_terms
from generator.grouping.features import article_document
from generator.grouping.identity import LOCK_FILE, read_registry
from generator.model import Story
from generator.text.clean import clean_articles


@dataclass(frozen=True)
class StoriesReport:
    stories: tuple[Story, ...]
    automatic: frozenset[str]
    ties: dict[str, list[str]]
    redirects: dict[str, str]
    root: Path


def stories_report(site: Path) -> tuple[StoriesReport, Diagnostics]:
    """Group the site's articles as a build would (without saving stories.lock)."""
    diagnostics = Diagnostics()
    config = load_config(site, diagnostics)
    content = load_content(config.content_dir, diagnostics)
    texts = clean_articles(content.articles)
    registry = read_registry(config.root / LOCK_FILE, diagnostics)
    grouping = group_stories(content, diagnostics, texts, registry, config.root)
    automatic = [s for s in grouping.stories if s.slug in grouping.automatic]
    articles = [a for story in automatic for a in story.articles]
    documents = [article_document(a, texts.get(str(a.path))) for a in articles]
    groups, start = [], 0
    for story in automatic:
        groups.append(list(range(start, start + len(story.articles))))
        start += len(story.articles)
    ties = dict(zip((s.slug for s in automatic), shared_terms(documents, groups), strict=True))
    report = StoriesReport(
        grouping.stories, grouping.automatic, ties, dict(grouping.registry.redirects), config.root
    )
    return report, diagnostics


def stories_as_data(report: StoriesReport) -> dict[str, Any]:
    return {
        "stories": [
            {
                "slug": story.slug,
                "grouped": "automatic" if story.slug in report.automatic else "folder",
                "ties": report.ties.get(story.slug, []),
                "articles": [
                    {
                        "path": _shown(article.path, report.root),
                        "published": article.published.iso() if article.published else None,
                        "title": article.title,
                    }
                    for article in story.articles
                ],
            }
            for story in report.stories
        ],
        "redirects": report.redirects,
    }


def stories_as_text(report: StoriesReport) -> str:
    data = stories_as_data(report)
    lines = []
    for story in data["stories"]:
        count = len(story["articles"])
        how = "grouped" if story["grouped"] == "automatic" else "story folder"
        lines.append(f"{story['slug']}  ({how}, {count} article{'s' if count != 1 else ''})")
        if story["ties"]:
            lines.append(f"  tied by: {', '.join(story['ties'])}")
        for article in story["articles"]:
            lines.append(
                f"  {article['published'] or 'undated':10}  {article['path']}  {article['title']}"
            )
        lines.append("")
    for old, new in sorted(data["redirects"].items()):
        lines.append(f"briefings/{old}/ redirects to briefings/{new}/")
    return "\n".join(lines).rstrip() + "\n"


def _shown(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)
