"""`briefing inspect`: what the tool made of one article, for users who want to see why.

`clean` shows what was kept, what became a caption and what was removed (with the
reason); `sentences` shows the sentences the analysis works with, one per line; `dates`
shows every time expression with its offsets in the file and its resolved value. A file
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
from generator.file_text import read_text
from generator.model import Article, ArticleText
from generator.partial_date import PartialDate
from generator.text.clean import clean_articles
from generator.text.segment import article_sentences
from generator.time.estimate import estimate_publication
from generator.time.point import TimePoint
from generator.time.tagger import find_timexes
from generator.time.timex import DURATION, SET, Anchor, Timex


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


@dataclass(frozen=True)
class DatesReport:
    path: Path
    anchor: PartialDate | None
    anchor_source: str
    """"given" (--published), "stated" (front matter or dateline), "estimated", "none"."""
    expressions: tuple[tuple[int, Timex], ...]
    """Each expression with its offset in the file's text."""


def inspect_dates(
    path: Path, published: PartialDate | None
) -> tuple[DatesReport | None, Diagnostics]:
    """The time expressions of one article file, resolved against its publication date:
    `published` when given, else the date it states, else one estimated from its text."""
    diagnostics = Diagnostics()
    source = read_text(path, diagnostics) if path.is_file() else None
    if source is None:
        if not diagnostics.has_errors():
            diagnostics.error(Position(path), "no such file; give the path of an article")
        return None, diagnostics
    article = load_article(path, diagnostics, story_folder=None)
    if article is None:
        return None, diagnostics
    body_offset = _line_offset(source, article.body_line)
    anchor, anchor_source = published, "given"
    if anchor is None and article.published is not None:
        anchor, anchor_source = article.published, "stated"
    if anchor is None:
        anchor = estimate_publication(article.body)
        anchor_source = "estimated" if anchor else "none"
    timexes = find_timexes(
        article.body, Anchor(anchor, anchor_source == "estimated") if anchor else None
    )
    return (
        DatesReport(
            path,
            anchor,
            anchor_source,
            tuple((body_offset + timex.start, timex) for timex in timexes),
        ),
        diagnostics,
    )


def _line_offset(text: str, line: int) -> int:
    """Character offset at which 1-based `line` starts."""
    offset = 0
    for _ in range(line - 1):
        offset = text.index("\n", offset) + 1
    return offset


def _precision(timex: Timex) -> str:
    if timex.type in (DURATION, SET):
        return timex.type.lower()
    point = TimePoint.parse(timex.value)
    return point.granularity.value if point else "reference"


def dates_report(report: DatesReport) -> dict[str, Any]:
    return {
        "path": str(report.path),
        "anchor": report.anchor.iso() if report.anchor else None,
        "anchor_source": report.anchor_source,
        "expressions": [
            {
                "start": offset,
                "end": offset + len(timex.text),
                "text": timex.text,
                "type": timex.type,
                "value": timex.value,
                "precision": _precision(timex),
                "mod": timex.mod,
                "signal": timex.signal,
                "range_end": timex.range_end,
            }
            for offset, timex in report.expressions
        ],
    }


def dates_as_text(report: DatesReport) -> str:
    data = dates_report(report)
    anchor = (
        f"{data['anchor']} ({data['anchor_source']})"
        if data["anchor"]
        else ("none: relative dates cannot be resolved; pass --published")
    )
    lines = [
        str(report.path),
        f"anchor: {anchor}",
        "",
        f"{'start':>7} {'end':>7}  {'type':8} {'value':16} {'precision':10} text",
    ]
    for item in data["expressions"]:
        extras = " ".join(
            f"[{key} {item[key]}]" for key in ("mod", "signal", "range_end") if item[key]
        )
        lines.append(
            f"{item['start']:>7} {item['end']:>7}  {item['type']:8} {item['value']:16} "
            f"{item['precision']:10} {item['text']}" + (f"  {extras}" if extras else "")
        )
    return "\n".join(lines) + "\n"
