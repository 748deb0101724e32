"""The site configuration, `site.yaml`: declared, typed and validated.

Every key is declared once below with its check and default; docs/configuration.md lists
the same keys. Errors are collected (never raised one by one) and name the key.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path

from generator.diagnostics import Diagnostics, Position
from generator.file_text import read_text
from generator.schema import (
    Field,
    boolean,
    choice,
    folder_name,
    http_url,
    integer_between,
    language_tag,
    long_text,
    text,
    timezone,
    validate_mapping,
)
from generator.yaml_source import YamlMapping, parse_mapping

CONFIG_FILE = "site.yaml"


@dataclass(frozen=True)
class AnalysisSettings:
    """Settings that change what the analysis produces (and so are part of its cache key)."""

    summary_sentences: int = 5
    key_points: int = 5
    timeline_entries: int = 30


@dataclass(frozen=True)
class FeedSettings:
    limit: int = 20
    """Entries per feed, newest first; 0 publishes no feeds."""
    content: str = "full"
    """"full": summary, key points, timeline and sources; "summary": the summary only."""


@dataclass(frozen=True)
class SiteConfig:
    root: Path
    title: str = "Briefings"
    description: str = ""
    base_url: str | None = None
    language: str = "en"
    author: str | None = None
    timezone: str = "UTC"
    output: Path = Path("site")
    content: Path = Path("content")
    templates: Path = Path("templates")
    source_pages: bool = False
    cname: str | None = None
    analysis: AnalysisSettings = AnalysisSettings()
    feeds: FeedSettings = FeedSettings()

    @property
    def output_dir(self) -> Path:
        return self.root / self.output

    @property
    def content_dir(self) -> Path:
        return self.root / self.content

    @property
    def templates_dir(self) -> Path:
        return self.root / self.templates

    @property
    def config_path(self) -> Path:
        return self.root / CONFIG_FILE


def base_url(value: object) -> str:
    """The public address of the site; always ends with '/' so paths join onto it."""
    url = http_url(value)
    if "?" in url or "#" in url:
        raise ValueError(f"must be the site's address without '?' or '#', got '{url}'")
    # "https://user.github.io/repo", ".../repo/" and ".../repo//" all mean the same folder.
    return url.rstrip("/") + "/"


def domain_name(value: object) -> str:
    name = text(value).lower().rstrip(".")
    labels = name.split(".")
    if len(labels) < 2 or not all(
        re.fullmatch(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?", part) for part in labels
    ):
        raise ValueError(f"'{value}' is not a domain name; write it like 'news.example.org'")
    return name


SITE_FIELDS = (
    Field("title", text, "Briefings", doc="the site's name, shown in every page header"),
    Field("description", long_text, "", doc="one sentence about the site, for feeds and search"),
    Field(
        "base_url",
        base_url,
        None,
        doc="where the site is published, e.g. https://user.github.io/repo/",
    ),
    Field("language", language_tag, "en", doc="language of the site, e.g. 'en'"),
    Field("author", text, None, doc="who publishes the site"),
    Field("timezone", timezone, "UTC", doc="IANA time zone for dates without one"),
    Field("output", folder_name, "site", doc="folder the site is built into"),
    Field("content", folder_name, "content", doc="folder holding the articles"),
    Field("templates", folder_name, "templates", doc="folder whose templates override the theme"),
    Field(
        "source_pages",
        boolean,
        False,
        doc="publish each source's cleaned text with the cited sentences marked",
    ),
    Field("cname", domain_name, None, doc="custom domain written to CNAME by briefing deploy"),
    Field("analysis", lambda value: value, None, doc="analysis settings (a mapping)"),
    Field("feeds", lambda value: value, None, doc="feed settings (a mapping)"),
)

ANALYSIS_FIELDS = (
    Field(
        "summary_sentences",
        integer_between(3, 6),
        5,
        doc="number of sentences in a briefing's summary",
    ),
    Field("key_points", integer_between(0, 7), 5, doc="number of key points per briefing"),
    Field(
        "timeline_entries",
        integer_between(0, 500),
        30,
        doc="most timeline entries per briefing, the best supported dates first (0: all)",
    ),
)


FEED_FIELDS = (
    Field(
        "limit",
        integer_between(0, 1000),
        20,
        doc="entries per feed, newest first; 0 publishes no feeds",
    ),
    Field(
        "content",
        choice("full", "summary"),
        "full",
        doc="'full' briefing or 'summary' only in feed entries",
    ),
)


def load_config(root: Path, diagnostics: Diagnostics) -> SiteConfig:
    """Read `root/site.yaml` (optional: every key has a default) into a SiteConfig."""
    path = root / CONFIG_FILE
    if not path.exists():
        return SiteConfig(root=root)
    source = read_text(path, diagnostics)
    if source is None:
        return SiteConfig(root=root)
    mapping = parse_mapping(source, path, diagnostics, what="site.yaml")
    if mapping is None:
        return SiteConfig(root=root)
    values = validate_mapping(mapping, SITE_FIELDS, diagnostics)
    analysis = AnalysisSettings(**_section(mapping, "analysis", ANALYSIS_FIELDS, diagnostics))
    feeds = FeedSettings(**_section(mapping, "feeds", FEED_FIELDS, diagnostics))
    return SiteConfig(
        root=root,
        title=values["title"],
        description=values["description"],
        base_url=values["base_url"],
        language=values["language"],
        author=values["author"],
        timezone=values["timezone"],
        output=Path(values["output"]),
        content=Path(values["content"]),
        templates=Path(values["templates"]),
        source_pages=values["source_pages"],
        cname=values["cname"],
        analysis=analysis,
        feeds=feeds,
    )


def _section(
    mapping: YamlMapping, name: str, fields: tuple[Field, ...], diagnostics: Diagnostics
) -> dict[str, object]:
    """The typed values of a nested section such as `analysis:`; defaults when absent."""
    entry = mapping.get(name)
    defaults = {field.name: field.default for field in fields}
    if entry is None or entry.value is None:
        return defaults
    if not isinstance(entry.value, YamlMapping):
        example = f"{fields[0].name}: {fields[0].default}"
        diagnostics.error(
            entry.position, f"{name}: must be a mapping such as '{name}: {{{example}}}'"
        )
        return defaults
    return validate_mapping(entry.value, fields, diagnostics, prefix=f"{name}.")


def apply_overrides(
    config: SiteConfig,
    diagnostics: Diagnostics,
    *,
    base_url_override: str | None = None,
    output_override: Path | None = None,
) -> SiteConfig:
    """Command-line flags win over site.yaml; a bad flag value is reported like a bad key."""
    changes: dict[str, object] = {}
    if base_url_override is not None:
        try:
            changes["base_url"] = base_url(base_url_override)
        except ValueError as exc:
            diagnostics.error(Position(Path("--base-url")), str(exc))
    if output_override is not None:
        # A relative --output is relative to where the command runs, as users expect.
        changes["output"] = output_override.resolve()
    return dataclasses.replace(config, **changes) if changes else config
