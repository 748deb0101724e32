"""JSON Feed 1.1 (`feed.json`)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from generator.feeds.entries import FeedEntry, FeedInfo


def json_feed(info: FeedInfo, entries: Sequence[FeedEntry]) -> bytes:
    document: dict[str, Any] = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": info.title,
        "home_page_url": info.home_url,
        "feed_url": info.json_url,
        "description": info.description,
        "language": info.language,
        "authors": [{"name": info.author}],
        "items": [
            {
                "id": entry.id,
                "url": entry.url,
                "title": entry.title,
                "summary": entry.summary,
                "content_html": entry.content_html,
                "date_published": entry.published.isoformat(),
                "date_modified": entry.updated.isoformat(),
                "authors": [{"name": name} for name in entry.authors],
                "tags": list(entry.categories),
            }
            for entry in entries
        ],
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
