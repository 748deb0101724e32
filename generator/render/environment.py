"""The Jinja environment of the theme, and what templates can call.

Autoescaping is always on, so article text can never become markup; undefined names are
errors. Templates get finished objects and helpers for links and dates; they compute
nothing. A template that fails (a site's own override is user input too) is reported at
its file and line.
"""

from __future__ import annotations

import traceback
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from generator.config import SiteConfig
from generator.diagnostics import Diagnostics, Position
from generator.model import TimelineEntry
from generator.partial_date import PartialDate
from generator.render.markdown import render_markdown
from generator.render.provenance import highlight
from generator.render.theme import Theme
from generator.render.urls import base_path, public_url, relative_url
from generator.slug import slug_or_fallback


@dataclass(frozen=True)
class SiteView:
    """What templates know about the site."""

    title: str
    description: str
    language: str
    author: str | None
    base_url: str | None
    base_path: str
    feeds: bool
    """Whether the site publishes feeds (it needs a base URL for their absolute links)."""

    @classmethod
    def from_config(cls, config: SiteConfig) -> SiteView:
        return cls(
            title=config.title,
            description=config.description,
            language=config.language,
            author=config.author,
            base_url=config.base_url,
            base_path=base_path(config.base_url),
            feeds=config.base_url is not None and config.feeds.limit != 0,
        )

    def absolute(self, path: str) -> str | None:
        """The public address of a site path, when the site's base URL is known."""
        return public_url(self.base_url, path) if self.base_url else None


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
    environment.globals["tag_slug"] = lambda tag: slug_or_fallback(tag, "tag")
    return environment


@jinja2.pass_context
def _url(context: jinja2.runtime.Context, target: str) -> str:
    """Link to a site path: relative to the current page, so the site works at any
    sub-path; from `link_base` when the page sets one (feeds use the full address, the
    404 page, served at any depth, the base URL or path)."""
    link_base = context.get("link_base")
    if link_base:
        return public_url(link_base, target.lstrip("/"))
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
