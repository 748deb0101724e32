"""Assembling the whole site in memory: pages, data files, feeds and furniture.

Every output file is added to OutputFiles with the input it comes from, so two inputs
that would write the same path are reported. Pages link relatively (the site works at any
sub-path); feeds, the sitemap and canonical links use the configured base URL, which
they need, and are left out (with a warning, by the build) when it is not set.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from generator import __version__
from generator.cache import Memo, no_memo
from generator.config import SiteConfig
from generator.diagnostics import Diagnostics, Position
from generator.feeds.atom import atom_feed
from generator.feeds.entries import (
    FeedEntry,
    FeedInfo,
    WhatsNew,
    feed_updated,
    make_entry,
)
from generator.feeds.entries import (
    newest_first as newest_entries_first,
)
from generator.feeds.json_feed import json_feed
from generator.feeds.rss import rss_feed
from generator.history import StoryHistory
from generator.model import Briefing
from generator.output import OutputFiles
from generator.render.briefing_json import briefing_json
from generator.render.environment import (
    SiteView,
    make_environment,
    render_template,
    timeline_label,
)
from generator.render.furniture import robots_txt, sitemap_xml
from generator.render.provenance import passage_links
from generator.render.structured_data import briefing_json_ld
from generator.render.theme import Theme
from generator.render.timeline_json import timeline_json
from generator.slug import slug_or_fallback

FEED_FILES = (
    ("feed.xml", "application/rss+xml", "RSS"),
    ("atom.xml", "application/atom+xml", "Atom"),
    ("feed.json", "application/feed+json", "JSON Feed"),
)


@dataclass(frozen=True)
class Published:
    """What a story's history says about its briefing, for feeds and page metadata."""

    history: StoryHistory
    new_sources: frozenset[str]
    """Ids of the sources that arrived with the latest change."""


def render_site(
    briefings: Sequence[Briefing],
    origins: Mapping[str, Path],
    published: Mapping[str, Published],
    config: SiteConfig,
    theme: Theme,
    diagnostics: Diagnostics,
    memo: Memo = no_memo,
) -> OutputFiles:
    """Every file of the site. `origins` names the story folder behind each briefing
    slug; `published` gives its history. With a cache as `memo`, the Jinja environment
    and its compiled templates are reused while the theme's files stay where they are;
    Jinja itself recompiles a template whose file changed."""
    environment = memo(
        "environment", (theme.folders, theme.layout()), lambda: make_environment(theme)
    )
    renderer = _Renderer(config, theme, diagnostics, published, environment)
    ordered = newest_first(briefings)
    tags = tag_index(ordered)
    renderer.page(
        "index.html",
        "index.html",
        config.content_dir,
        briefings=ordered,
        feed_links=renderer.feed_links(""),
    )
    for briefing in ordered:
        renderer.briefing(briefing, origins.get(briefing.slug, config.content_dir))
    for slug, (name, tagged) in tags.items():
        renderer.page(
            "tag.html",
            f"tags/{slug}/index.html",
            config.content_dir,
            tag=name,
            briefings=tagged,
            feed_links=renderer.feed_links(f"tags/{slug}/"),
        )
    # 404.html is served for any missing path at any depth, so its links are absolute.
    renderer.page(
        "404.html",
        "404.html",
        config.content_dir,
        link_base=config.base_url or renderer.site.base_path,
    )
    if renderer.site.feeds:
        entries = [renderer.feed_entry(briefing) for briefing in ordered]
        renderer.feeds("", config.title, entries)
        by_slug = {entry.slug: entry for entry in entries}
        for slug, (name, tagged) in tags.items():
            renderer.feeds(
                f"tags/{slug}/", f"{config.title}: {name}", [by_slug[b.slug] for b in tagged]
            )
    renderer.furniture(ordered, tags)
    renderer.static()
    return renderer.files


def newest_first(briefings: Sequence[Briefing]) -> list[Briefing]:
    """Latest update first; undated briefings after dated ones; then by title."""

    def key(briefing: Briefing) -> tuple[bool, tuple[int, ...], str]:
        when = briefing.updated.sort_key() if briefing.updated else (0, 0, 0)
        return (briefing.updated is None, tuple(-part for part in when), briefing.title.lower())

    return sorted(briefings, key=key)


def tag_index(briefings: Sequence[Briefing]) -> dict[str, tuple[str, list[Briefing]]]:
    """Each tag's slug with its name (as first written) and its briefings."""
    tags: dict[str, tuple[str, list[Briefing]]] = {}
    for briefing in briefings:
        for tag in briefing.tags:
            slug = slug_or_fallback(tag, "tag")
            _, tagged = tags.setdefault(slug, (tag, []))
            if briefing not in tagged:
                tagged.append(briefing)
    return dict(sorted(tags.items()))


class _Renderer:
    """Renders into one OutputFiles; keeps the environment and shared context."""

    def __init__(
        self,
        config: SiteConfig,
        theme: Theme,
        diagnostics: Diagnostics,
        published: Mapping[str, Published],
        environment: jinja2.Environment,
    ) -> None:
        self.config = config
        self.theme = theme
        self.diagnostics = diagnostics
        self.published = published
        self.environment = environment
        self.site = SiteView.from_config(config)
        self.files = OutputFiles()
        self.timezone = zoneinfo.ZoneInfo(config.timezone)
        self.shared = {"site": self.site, "version": __version__}

    def page(self, template: str, path: str, origin: Path, **context: Any) -> None:
        context.setdefault("feed_links", self.feed_links(""))
        context.setdefault("canonical", self.site.absolute(_page_url(path)))
        html = render_template(
            self.environment,
            template,
            self.diagnostics,
            page_path=path,
            **self.shared,
            **context,
        )
        if html is not None:
            self.files.add(path, html.encode("utf-8"), origin, self.diagnostics)

    def feed_links(self, folder: str) -> list[tuple[str, str, str]]:
        """(media type, title, site path) of the feeds a page advertises."""
        if not self.site.feeds:
            return []
        return [(media, title, f"{folder}{name}") for name, media, title in FEED_FILES]

    def briefing(self, briefing: Briefing, origin: Path) -> None:
        folder = f"briefings/{briefing.slug}"
        numbers = {source.id: n for n, source in enumerate(briefing.sources, 1)}
        published = self.published.get(briefing.slug)
        history = published.history if published else None
        first, last = (
            (history.published.astimezone(self.timezone), history.updated.astimezone(self.timezone))
            if history
            else (None, None)
        )
        page_url = self.site.absolute(f"{folder}/")
        self.page(
            "briefing.html",
            f"{folder}/index.html",
            origin,
            briefing=briefing,
            source_numbers=numbers,
            passage_links=passage_links(briefing),
            source_pages=self.config.source_pages,
            first_published=first,
            last_updated=last,
            json_ld=briefing_json_ld(
                briefing, page_url, self.config.title, self.config.author, first, last
            ),
        )
        self.files.add(f"{folder}/briefing.json", briefing_json(briefing), origin, self.diagnostics)
        self.files.add(
            f"{folder}/timeline.json",
            timeline_json(briefing, timeline_label),
            origin,
            self.diagnostics,
        )
        if self.config.source_pages:
            for text in briefing.texts:
                source = next(s for s in briefing.sources if s.id == text.source_id)
                self.page(
                    "source.html",
                    f"{folder}/sources/{source.id}/index.html",
                    origin,
                    briefing=briefing,
                    source=source,
                    source_number=numbers[source.id],
                    text=text,
                )

    def feed_entry(self, briefing: Briefing) -> FeedEntry:
        published = self.published[briefing.slug]

        def content(briefing: Briefing, whats_new: WhatsNew | None) -> str:
            html = render_template(
                self.environment,
                "feed_entry.html",
                self.diagnostics,
                page_path="feed",
                link_base=self.config.base_url,
                briefing=briefing,
                whats_new=whats_new,
                content=self.config.feeds.content,
                source_numbers={s.id: n for n, s in enumerate(briefing.sources, 1)},
                **self.shared,
            )
            return html or ""

        assert self.config.base_url is not None
        return make_entry(
            briefing,
            published.history,
            published.new_sources,
            base_url=self.config.base_url,
            author=self.config.author or self.config.title,
            timezone=self.timezone,
            render_content=content,
        )

    def feeds(self, folder: str, title: str, entries: Sequence[FeedEntry]) -> None:
        assert self.config.base_url is not None
        chosen = newest_entries_first(entries, self.config.feeds.limit)
        base = self.config.base_url
        info = FeedInfo(
            title=title,
            description=self.config.description,
            home_url=base + folder,
            language=self.config.language,
            author=self.config.author or self.config.title,
            rss_url=f"{base}{folder}feed.xml",
            atom_url=f"{base}{folder}atom.xml",
            json_url=f"{base}{folder}feed.json",
            updated=feed_updated(chosen, dt.datetime(2000, 1, 1, tzinfo=dt.UTC)),
        )
        for name, writer in (
            ("feed.xml", rss_feed),
            ("atom.xml", atom_feed),
            ("feed.json", json_feed),
        ):
            self.files.add(
                f"{folder}{name}", writer(info, chosen), self.config.content_dir, self.diagnostics
            )

    def furniture(
        self, briefings: Sequence[Briefing], tags: Mapping[str, tuple[str, list[Briefing]]]
    ) -> None:
        base = self.config.base_url
        if base:
            changed = {
                slug: p.history.updated.astimezone(self.timezone).date()
                for slug, p in self.published.items()
            }
            latest = max(changed.values(), default=None)
            pages: list[tuple[str, dt.date | None]] = [(base, latest)]
            for briefing in briefings:
                pages.append((f"{base}briefings/{briefing.slug}/", changed.get(briefing.slug)))
                if self.config.source_pages:
                    pages += [
                        (
                            f"{base}briefings/{briefing.slug}/sources/{text.source_id}/",
                            changed.get(briefing.slug),
                        )
                        for text in briefing.texts
                    ]
            for slug, (_, tagged) in tags.items():
                days = [changed[b.slug] for b in tagged if b.slug in changed]
                pages.append((f"{base}tags/{slug}/", max(days, default=None)))
            self.files.add(
                "sitemap.xml", sitemap_xml(pages), self.config.content_dir, self.diagnostics
            )
        self.files.add(
            "robots.txt",
            robots_txt(f"{base}sitemap.xml" if base else None),
            self.config.content_dir,
            self.diagnostics,
        )

    def static(self) -> None:
        for relative, path in self.theme.static_files().items():
            try:
                self.files.add(relative, path.read_bytes(), path, self.diagnostics)
            except OSError as exc:
                self.diagnostics.error(
                    Position(path), f"cannot read this theme file: {exc.strerror}"
                )


def _page_url(path: str) -> str:
    """The address of a page's file: folders end with '/', index.html is dropped."""
    return path.removesuffix("index.html")
