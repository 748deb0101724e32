"""Rendering pages through the Jinja theme, and assembling the whole site in memory.

Templates receive finished objects (Briefing, SiteView) and URL helpers; they compute no
analysis. Autoescaping is always on, so article text can never become markup. A template
that fails (a site's own override is user input too) is reported at its file and line.
"""

from __future__ import annotations

import traceback
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from generator import __version__
from generator.config import SiteConfig
from generator.diagnostics import Diagnostics, Position
from generator.model import Briefing, TimelineEntry
from generator.output import OutputFiles
from generator.partial_date import PartialDate
from generator.render.briefing_json import briefing_json
from generator.render.markdown import render_markdown
from generator.render.provenance import highlight, passage_links
from generator.render.theme import Theme
from generator.render.timeline_json import timeline_json
from generator.render.urls import base_path, relative_url


@dataclass(frozen=True)
class SiteView:
    """What templates know about the site."""

    title: str
    description: str
    language: str
    author: str | None
    base_url: str | None
    base_path: str

    @classmethod
    def from_config(cls, config: SiteConfig) -> SiteView:
        return cls(
            title=config.title,
            description=config.description,
            language=config.language,
            author=config.author,
            base_url=config.base_url,
            base_path=base_path(config.base_url),
        )


def render_site(
    briefings: Sequence[Briefing],
    origins: Mapping[str, Path],
    config: SiteConfig,
    theme: Theme,
    diagnostics: Diagnostics,
) -> OutputFiles:
    """Every file of the site. `origins` names the story folder behind each briefing slug."""
    environment = make_environment(theme)
    site = SiteView.from_config(config)
    files = OutputFiles()
    ordered = newest_first(briefings)
    shared = {"site": site, "version": __version__}

    def page(template: str, path: str, origin: Path, **context: Any) -> None:
        html = render_template(
            environment, template, diagnostics, page_path=path, **shared, **context
        )
        if html is not None:
            files.add(path, html.encode("utf-8"), origin, diagnostics)

    page("index.html", "index.html", config.content_dir, briefings=ordered)
    for briefing in ordered:
        origin = origins.get(briefing.slug, config.content_dir)
        folder = f"briefings/{briefing.slug}"
        numbers = {source.id: n for n, source in enumerate(briefing.sources, 1)}
        page(
            "briefing.html",
            f"{folder}/index.html",
            origin,
            briefing=briefing,
            source_numbers=numbers,
            passage_links=passage_links(briefing),
            source_pages=config.source_pages,
        )
        files.add(f"{folder}/briefing.json", briefing_json(briefing), origin, diagnostics)
        files.add(
            f"{folder}/timeline.json", timeline_json(briefing, timeline_label), origin, diagnostics
        )
        if config.source_pages:
            for text in briefing.texts:
                source = next(s for s in briefing.sources if s.id == text.source_id)
                page(
                    "source.html",
                    f"{folder}/sources/{source.id}/index.html",
                    origin,
                    briefing=briefing,
                    source=source,
                    source_number=numbers[source.id],
                    text=text,
                )
    # 404.html is served for any missing path at any depth, so its links are absolute.
    page("404.html", "404.html", config.content_dir, absolute_links=True)
    for relative, path in theme.static_files().items():
        try:
            files.add(relative, path.read_bytes(), path, diagnostics)
        except OSError as exc:
            diagnostics.error(Position(path), f"cannot read this theme file: {exc.strerror}")
    return files


def newest_first(briefings: Sequence[Briefing]) -> list[Briefing]:
    """Latest update first; undated briefings after dated ones; then by title."""

    def key(briefing: Briefing) -> tuple[bool, tuple[int, ...], str]:
        when = briefing.updated.sort_key() if briefing.updated else (0, 0, 0)
        return (briefing.updated is None, tuple(-part for part in when), briefing.title.lower())

    return sorted(briefings, key=key)


def make_environment(theme: Theme) -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(folder) for folder in theme.folders]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.globals["url"] = _url
    environment.globals["cite_label"] = cite_label
    environment.filters["display_date"] = display_date
    environment.filters["timeline_label"] = timeline_label
    environment.filters["markdown"] = render_markdown
    environment.globals["highlight"] = highlight
    return environment


@jinja2.pass_context
def _url(context: jinja2.runtime.Context, target: str) -> str:
    """Link to a site path: relative to the current page, or absolute on the 404 page."""
    if context.get("absolute_links"):
        return context["site"].base_path + target.lstrip("/")
    return relative_url(context["page_path"], target)


def display_date(date: PartialDate | None, unknown: str = "Date unknown") -> str:
    return date.display() if date else unknown


_SIGNALS_SHOWN = {
    "since": "Since",
    "by": "By",
    "until": "Until",
    "till": "Until",
    "before": "Before",
    "after": "After",
    "as of": "As of",
}


def timeline_label(entry: TimelineEntry) -> str:
    """An entry's date as a reader wants it: "Aug 7, 2024", "Since August 2024",
    "November 2024 – February 2025"."""
    label = entry.date.display()
    if entry.range_end is not None:
        label = f"{label} – {entry.range_end.display()}"
    prefix = _SIGNALS_SHOWN.get(entry.signal or "")
    if prefix and entry.range_end is None:
        if label.split()[0] in ("Early", "Mid-", "Late", "The", "Week") or label.startswith("Mid-"):
            label = label[0].lower() + label[1:]
        label = f"{prefix} {label}"
    return label


def cite_label(sources: Sequence[str], numbers: Mapping[str, int]) -> str:
    """Accessible name of a statement's citation markers: 'Sources 1 and 3'."""
    cited = [str(numbers[source]) for source in sources if source in numbers]
    if not cited:
        return "Written by the editor"
    if len(cited) == 1:
        return f"Source {cited[0]}"
    return f"Sources {', '.join(cited[:-1])} and {cited[-1]}"


def render_template(
    environment: jinja2.Environment, name: str, diagnostics: Diagnostics, **context: Any
) -> str | None:
    try:
        return environment.get_template(name).render(**context)
    except jinja2.TemplateSyntaxError as exc:
        diagnostics.error(
            Position(Path(exc.filename or name), exc.lineno, 1),
            f"template syntax error: {exc.message}",
        )
    except jinja2.TemplateNotFound as exc:
        diagnostics.error(
            Position(Path(name)),
            f"template '{exc.name}' was not found in the theme; restore it or remove the "
            "reference to it",
        )
    except Exception as exc:  # a site's template may fail in any way; report, don't crash
        path, line = _template_frame(exc, environment)
        diagnostics.error(
            Position(path or Path(name), line, 1 if line else None),
            f"template error: {exc}",
        )
    return None


def _template_frame(
    exc: BaseException, environment: jinja2.Environment
) -> tuple[Path | None, int | None]:
    """The innermost template file and line in the exception's traceback."""
    folders = tuple(str(Path(f)) for f in environment.loader.searchpath)  # type: ignore[union-attr]
    found: tuple[Path | None, int | None] = (None, None)
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.startswith(folders):
            found = (Path(frame.filename), frame.lineno)
    return found
