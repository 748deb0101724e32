"""The site's feeds: one entry per briefing, written as RSS, Atom and JSON Feed, for the
whole site and for each tag.

Feed files need absolute links, so they exist only with a base URL. An entry's content
is rendered once per briefing (from the theme's feed_entry.html) and shared by every
feed that carries it; with a cache, unchanged briefings reuse their entries and
unchanged feeds their bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from generator.diagnostics import Diagnostics
from generator.feeds.atom import atom_feed
from generator.feeds.entries import FeedEntry, FeedInfo, WhatsNew, feed_updated, make_entry
from generator.feeds.entries import newest_first as newest_entries_first
from generator.feeds.json_feed import json_feed
from generator.feeds.rss import rss_feed
from generator.history import Published
from generator.model import Briefing
from generator.output import OutputFiles
from generator.render.context import RenderContext
from generator.render.urls import public_url

FEED_FILES = (
    ("feed.xml", "application/rss+xml", "RSS"),
    ("atom.xml", "application/atom+xml", "Atom"),
    ("feed.json", "application/feed+json", "JSON Feed"),
)
_WRITERS = {"feed.xml": rss_feed, "atom.xml": atom_feed, "feed.json": json_feed}
# The update time of a feed with no entries: fixed, so an empty feed is stable too.
_EMPTY_FEED_UPDATED = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def feed_links(context: RenderContext, folder: str) -> list[tuple[str, str, str]]:
    """(media type, title, site path) of the feeds a page in `folder` advertises."""
    if not context.site.feeds:
        return []
    return [(media, title, f"{folder}{name}") for name, media, title in FEED_FILES]


def feed_entries(
    context: RenderContext,
    briefings: Sequence[Briefing],
    published: dict[str, Published],
    diagnostics: Diagnostics,
) -> list[FeedEntry]:
    entries = []
    for briefing in briefings:
        story = published[briefing.slug]
        entry, problems = context.reuse(
            "feed entry",
            (briefing, story),
            lambda found, briefing=briefing, story=story: _entry(context, briefing, story, found),
        )
        diagnostics.extend(problems)
        entries.append(entry)
    return entries


def add_feeds(
    context: RenderContext,
    files: OutputFiles,
    folder: str,
    title: str,
    entries: Sequence[FeedEntry],
    diagnostics: Diagnostics,
) -> None:
    """feed.xml, atom.xml and feed.json in `folder` ("" or "tags/<slug>/")."""
    config = context.config
    chosen = tuple(newest_entries_first(entries, config.feeds.limit))
    written, _ = context.reuse(
        "feed files",
        (folder, title, chosen),
        lambda found: _feed_files(context, folder, title, chosen),
    )
    for name, data in written:
        files.add(f"{folder}{name}", data, config.content_dir, diagnostics)


def _feed_files(
    context: RenderContext, folder: str, title: str, entries: Sequence[FeedEntry]
) -> tuple[tuple[str, bytes], ...]:
    config = context.config
    assert config.base_url is not None
    base = config.base_url
    info = FeedInfo(
        title=title,
        description=config.description,
        home_url=public_url(base, folder),
        language=config.language,
        author=config.author or config.title,
        rss_url=public_url(base, f"{folder}feed.xml"),
        atom_url=public_url(base, f"{folder}atom.xml"),
        json_url=public_url(base, f"{folder}feed.json"),
        updated=feed_updated(entries, _EMPTY_FEED_UPDATED),
    )
    return tuple((name, _WRITERS[name](info, entries)) for name, _, _ in FEED_FILES)


def _entry(
    context: RenderContext, briefing: Briefing, story: Published, diagnostics: Diagnostics
) -> FeedEntry:
    config = context.config
    assert config.base_url is not None

    def content(briefing: Briefing, whats_new: WhatsNew | None) -> str:
        html = context.render(
            "feed_entry.html",
            diagnostics,
            page_path="feed",
            link_base=config.base_url,
            briefing=briefing,
            whats_new=whats_new,
            content=config.feeds.content,
            source_numbers={s.id: n for n, s in enumerate(briefing.sources, 1)},
        )
        return html or ""

    return make_entry(
        briefing,
        story.history,
        story.new_sources,
        base_url=config.base_url,
        author=config.author or config.title,
        timezone=context.timezone,
        render_content=content,
    )
