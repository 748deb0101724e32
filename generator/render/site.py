"""Assembling the whole site in memory: pages, data files, feeds and furniture.

Every output file is added to OutputFiles with the input it comes from, so two inputs
that would write the same path are reported. Pages link relatively (the site works at any
sub-path); feeds, the sitemap and canonical links use the configured base URL, which
they need, and are left out (with a warning, by the build) when it is not set.

With a cache as `memo` (the live preview), a briefing's pages and data files are reused
while the briefing, its history, the theme and the configuration are unchanged.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from generator.cache import Memo, no_memo
from generator.config import SiteConfig
from generator.diagnostics import Diagnostics, Position
from generator.history import Published
from generator.model import Briefing
from generator.output import OutputFiles
from generator.render.briefing_json import briefing_json
from generator.render.context import RenderContext
from generator.render.environment import SiteView, make_environment, timeline_label
from generator.render.feed_files import add_feeds, feed_entries, feed_links
from generator.render.furniture import robots_txt, sitemap_xml
from generator.render.provenance import passage_links
from generator.render.structured_data import briefing_json_ld
from generator.render.theme import Theme
from generator.render.timeline_json import timeline_json
from generator.render.urls import public_url
from generator.slug import slug_or_fallback


def render_site(
    briefings: Sequence[Briefing],
    origins: Mapping[str, Path],
    published: Mapping[str, Published],
    config: SiteConfig,
    theme: Theme,
    diagnostics: Diagnostics,
    memo: Memo = no_memo,
    redirects: Mapping[str, str] | None = None,
) -> OutputFiles:
    """Every file of the site. `origins` names the story folder behind each briefing
    slug; `published` gives its history; `redirects` old story slugs to the slug whose
    page replaced theirs."""
    fingerprint = theme.fingerprint()
    context = RenderContext(
        config=config,
        site=SiteView.from_config(config),
        # Compiled templates are reused for as long as no template file changes.
        environment=memo("environment", fingerprint, lambda: make_environment(theme)),
        timezone=zoneinfo.ZoneInfo(config.timezone),
        fingerprint=fingerprint,
        memo=memo,
    )
    renderer = _Renderer(context, theme, diagnostics, published)
    ordered = newest_first(briefings)
    tags = tag_index(ordered)
    renderer.page("index.html", "index.html", config.content_dir, briefings=ordered)
    for briefing in ordered:
        renderer.briefing(briefing, origins.get(briefing.slug, config.content_dir))
    for slug, (name, tagged) in tags.items():
        renderer.page(
            "tag.html",
            f"tags/{slug}/index.html",
            config.content_dir,
            tag=name,
            briefings=tagged,
            feed_links=feed_links(context, f"tags/{slug}/"),
        )
    # 404.html is served for any missing path at any depth, so its links are absolute.
    renderer.page(
        "404.html",
        "404.html",
        config.content_dir,
        link_base=config.base_url or context.site.base_path,
    )
    if context.site.feeds:
        entries = feed_entries(context, ordered, dict(published), diagnostics)
        add_feeds(context, renderer.files, "", config.title, entries, diagnostics)
        by_slug = {entry.slug: entry for entry in entries}
        for slug, (name, tagged) in tags.items():
            tag_entries = [by_slug[b.slug] for b in tagged]
            title = f"{config.title}: {name}"
            add_feeds(context, renderer.files, f"tags/{slug}/", title, tag_entries, diagnostics)
    for old, new in sorted((redirects or {}).items()):
        renderer.page(
            "redirect.html",
            f"briefings/{old}/index.html",
            config.content_dir,
            target=f"briefings/{new}/",
            canonical=context.site.absolute(f"briefings/{new}/"),
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
    """Renders pages into one OutputFiles."""

    def __init__(
        self,
        context: RenderContext,
        theme: Theme,
        diagnostics: Diagnostics,
        published: Mapping[str, Published],
    ) -> None:
        self.context = context
        self.config = context.config
        self.theme = theme
        self.diagnostics = diagnostics
        self.published = published
        self.files = OutputFiles()

    def page(self, template: str, path: str, origin: Path, **context: Any) -> None:
        _render_page(self.context, self.files, self.diagnostics, template, path, origin, **context)

    def briefing(self, briefing: Briefing, origin: Path) -> None:
        """The briefing's page, data files and source pages, reused when unchanged."""
        published = self.published.get(briefing.slug)
        rendered, problems = self.context.reuse_files(
            "briefing files",
            (briefing, published, origin),
            lambda files, found: _briefing_files(
                self.context, files, found, briefing, published, origin
            ),
        )
        self.diagnostics.extend(problems)
        for path, data in rendered:
            self.files.add(path, data, origin, self.diagnostics)

    def furniture(
        self, briefings: Sequence[Briefing], tags: Mapping[str, tuple[str, list[Briefing]]]
    ) -> None:
        base = self.config.base_url
        if base:
            changed = {
                slug: p.history.updated.astimezone(self.context.timezone).date()
                for slug, p in self.published.items()
            }
            latest = max(changed.values(), default=None)
            pages: list[tuple[str, dt.date | None]] = [(base, latest)]
            for briefing in briefings:
                pages.append(
                    (public_url(base, f"briefings/{briefing.slug}/"), changed.get(briefing.slug))
                )
                if self.config.source_pages:
                    pages += [
                        (
                            public_url(
                                base, f"briefings/{briefing.slug}/sources/{text.source_id}/"
                            ),
                            changed.get(briefing.slug),
                        )
                        for text in briefing.texts
                    ]
            for slug, (_, tagged) in tags.items():
                days = [changed[b.slug] for b in tagged if b.slug in changed]
                pages.append((public_url(base, f"tags/{slug}/"), max(days, default=None)))
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


def _render_page(
    context: RenderContext,
    files: OutputFiles,
    diagnostics: Diagnostics,
    template: str,
    path: str,
    origin: Path,
    **values: Any,
) -> None:
    values.setdefault("feed_links", feed_links(context, ""))
    values.setdefault("canonical", context.site.absolute(_page_url(path)))
    html = context.render(template, diagnostics, page_path=path, **values)
    if html is not None:
        files.add(path, html.encode("utf-8"), origin, diagnostics)


def _briefing_files(
    context: RenderContext,
    files: OutputFiles,
    diagnostics: Diagnostics,
    briefing: Briefing,
    published: Published | None,
    origin: Path,
) -> None:
    folder = f"briefings/{briefing.slug}"
    numbers = {source.id: n for n, source in enumerate(briefing.sources, 1)}
    history = published.history if published else None
    first, last = (
        (
            history.published.astimezone(context.timezone),
            history.updated.astimezone(context.timezone),
        )
        if history
        else (None, None)
    )
    config = context.config
    _render_page(
        context,
        files,
        diagnostics,
        "briefing.html",
        f"{folder}/index.html",
        origin,
        briefing=briefing,
        source_numbers=numbers,
        passage_links=passage_links(briefing),
        source_pages=config.source_pages,
        first_published=first,
        last_updated=last,
        json_ld=briefing_json_ld(
            briefing,
            context.site.absolute(f"{folder}/"),
            config.title,
            config.author,
            first,
            last,
        ),
    )
    files.add(f"{folder}/briefing.json", briefing_json(briefing), origin, diagnostics)
    files.add(
        f"{folder}/timeline.json", timeline_json(briefing, timeline_label), origin, diagnostics
    )
    if not config.source_pages:
        return
    for text in briefing.texts:
        source = next(s for s in briefing.sources if s.id == text.source_id)
        _render_page(
            context,
            files,
            diagnostics,
            "source.html",
            f"{folder}/sources/{source.id}/index.html",
            origin,
            briefing=briefing,
            source=source,
            source_number=numbers[source.id],
            text=text,
        )


def _page_url(path: str) -> str:
    """The address of a page's file: folders end with '/', index.html is dropped."""
    return path.removesuffix("index.html")
