"""Feed entries: what every feed format says about a briefing, decided once.

Each entry has a permanent id (the briefing's address, which depends only on its slug),
publication and update times from the story's history (when its first article arrived
and when its articles last changed), categories from its tags, and content: HTML with
absolute links, made from the theme's `feed_entry.html`. When the briefing changed after
it was first published, the content starts by saying what is new: the new sources and the
timeline events they brought.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from generator.history import StoryHistory
from generator.model import Briefing, TimelineEntry
from generator.render.urls import public_url

# Characters XML 1.0 forbids: they would make a feed unreadable, so they never reach one.
_XML_FORBIDDEN = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    return _XML_FORBIDDEN.sub("", text)


@dataclass(frozen=True)
class WhatsNew:
    sources: tuple[str, ...]
    """Titles (and outlets) of the sources that arrived in the latest change."""
    events: tuple[TimelineEntry, ...]
    """Timeline events only those sources tell of."""


@dataclass(frozen=True)
class FeedEntry:
    id: str
    url: str
    title: str
    published: dt.datetime
    updated: dt.datetime
    authors: tuple[str, ...]
    categories: tuple[str, ...]
    summary: str
    """Plain text: the briefing's first summary sentence."""
    content_html: str
    slug: str


@dataclass(frozen=True)
class FeedInfo:
    """What a whole feed says about itself."""

    title: str
    description: str
    home_url: str
    language: str
    author: str
    rss_url: str
    atom_url: str
    json_url: str
    updated: dt.datetime


def whats_new(
    briefing: Briefing, history: StoryHistory, new_ids: frozenset[str]
) -> WhatsNew | None:
    """What changed with the briefing's last update; None for a first publication."""
    if history.updated <= history.published or not new_ids:
        return None
    sources = tuple(
        f"{source.title} ({source.publisher})" if source.publisher else source.title
        for source in briefing.sources
        if source.id in new_ids
    )
    # An event an earlier source also tells of is not news, even if a new one confirms it.
    events = tuple(entry for entry in briefing.timeline if set(entry.sources) <= new_ids)
    return WhatsNew(sources, events) if sources else None


def make_entry(
    briefing: Briefing,
    history: StoryHistory,
    new_ids: frozenset[str],
    *,
    base_url: str,
    author: str,
    timezone: dt.tzinfo,
    render_content: Callable[[Briefing, WhatsNew | None], str],
) -> FeedEntry:
    url = public_url(base_url, f"briefings/{briefing.slug}/")
    return FeedEntry(
        id=url,
        url=url,
        title=xml_safe(briefing.title),
        published=history.published.astimezone(timezone),
        updated=history.updated.astimezone(timezone),
        authors=(xml_safe(author),),
        categories=tuple(xml_safe(tag) for tag in briefing.tags),
        summary=xml_safe(briefing.summary[0].text) if briefing.summary else "",
        content_html=xml_safe(render_content(briefing, whats_new(briefing, history, new_ids))),
        slug=briefing.slug,
    )


def newest_first(entries: Sequence[FeedEntry], limit: int) -> list[FeedEntry]:
    ordered = sorted(entries, key=lambda entry: (entry.updated, entry.slug), reverse=True)
    return ordered[:limit] if limit > 0 else ordered


def feed_updated(entries: Sequence[FeedEntry], fallback: dt.datetime) -> dt.datetime:
    return max((entry.updated for entry in entries), default=fallback)


def entries_by_tag(entries: Sequence[FeedEntry]) -> Mapping[str, list[FeedEntry]]:
    tagged: dict[str, list[FeedEntry]] = {}
    for entry in entries:
        for tag in entry.categories:
            tagged.setdefault(tag, []).append(entry)
    return tagged
