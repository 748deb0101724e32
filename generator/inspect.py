"""`briefing inspect`: what the tool made of one article, for users who want to see why.

`clean` shows what was kept, what became a caption and what was removed (with the
reason); `sentences` shows the sentences the analysis works with, one per line. A file
inside the site's content folder is cleaned together with the other articles, exactly as
in a build (lines repeated across articles count as furniture); any other file alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.config import load_config
from generator.content import load_article, load_content
from generator.diagnostics import Diagnostics, Position
from generator.model import Article, ArticleText
from generator.text.clean import clean_articles
from generator.text.segment import article_sentences


@dataclass(frozen=True)
class Inspected:
    text: ArticleText | None
    diagnostics: Diagnostics


def inspect_file(path: Path, site: Path) -> Inspected:
    """Load and clean one article as a build of the site at `site` would."""
    diagnostics = Diagnostics()
    if not path.is_file():
        diagnostics.error(Position(path), "no such file; give the path of an article")
        return Inspected(None, diagnostics)
    config = load_config(site, Diagnostics())
    content_dir = config.content_dir.resolve()
    resolved = path.resolve()
    articles: list[Article]
    if content_dir in resolved.parents:
        content = load_content(config.content_dir, Diagnostics())
        articles = list(content.articles)
        target = next((a for a in articles if a.path.resolve() == resolved), None)
        if target is None:  # the file itself has errors: report them
            target = load_article(path, diagnostics, story_folder=path.parent)
            articles = [target] if target else []
    else:
        target = load_article(path, diagnostics, story_folder=None)
        articles = [target] if target else []
    if target is None:
        return Inspected(None, diagnostics)
    cleaned = clean_articles(articles)
    return Inspected(cleaned[str(target.path)], diagnostics)


def clean_report(text: ArticleText) -> dict[str, Any]:
    article = text.article
    return {
        "path": str(article.path),
        "title": article.title,
        "title_inferred": article.title_inferred,
        "publisher": article.publisher,
        "url": article.url,
        "published": article.published.iso() if article.published else None,
        "published_precision": article.published.precision.value if article.published else None,
        "author": article.author,
        "paragraphs": [
            {"index": p.index, "kind": p.kind.value, "line": p.line, "text": p.text}
            for p in text.paragraphs
        ],
        "captions": [{"line": c.line, "text": c.text} for c in text.captions],
        "removed": [
            {"line": r.block.line, "reason": r.reason, "text": r.block.text} for r in text.removed
        ],
    }


def clean_as_text(text: ArticleText) -> str:
    report = clean_report(text)
    lines = [
        f"{report['path']}",
        f"title:     {report['title']}"
        + ("  (first sentence: no headline stated)" if report["title_inferred"] else ""),
        f"publisher: {report['publisher'] or 'not stated'}",
        f"date:      {report['published'] or 'not stated'}",
        f"author:    {report['author'] or 'not stated'}",
        "",
        f"kept ({len(report['paragraphs'])} paragraphs):",
    ]
    for paragraph in report["paragraphs"]:
        marker = "#" if paragraph["kind"] == "heading" else "¶"
        lines.append(f"  {paragraph['line']:>5} {marker} {paragraph['text']}")
    lines.append(f"captions ({len(report['captions'])}):")
    lines += [f"  {caption['line']:>5}   {caption['text']}" for caption in report["captions"]]
    lines.append(f"removed ({len(report['removed'])}):")
    lines += [
        f"  {removed['line']:>5}   [{removed['reason']}] {removed['text']}"
        for removed in report["removed"]
    ]
    return "\n".join(lines) + "\n"


def sentences_report(text: ArticleText) -> list[dict[str, Any]]:
    return [
        {"paragraph": s.paragraph, "line": s.line, "text": s.text} for s in article_sentences(text)
    ]


def sentences_as_text(text: ArticleText) -> str:
    return "".join(f"{item['text']}\n" for item in sentences_report(text))


def as_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"
