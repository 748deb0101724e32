"""Structured data for search engines and link previews: JSON-LD and Open Graph.

A briefing is a `NewsArticle` whose `citation` lists its sources. The JSON goes inside a
<script> element, so every "<", ">" and "&" is written as a \\u escape: article text can
never close the element or open another.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from markupsafe import Markup

from generator.model import Briefing


def briefing_json_ld(
    briefing: Briefing,
    url: str | None,
    site_title: str,
    author: str | None,
    published: dt.datetime | None,
    updated: dt.datetime | None,
) -> Markup:
    document: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": briefing.title[:110],
        "publisher": {"@type": "Organization", "name": site_title},
        "author": {
            "@type": "Organization" if not author else "Person",
            "name": author or site_title,
        },
        "keywords": list(briefing.tags),
        "citation": [_citation(source) for source in briefing.sources],
    }
    if url:
        document["url"] = url
        document["mainEntityOfPage"] = url
    if briefing.summary:
        document["description"] = briefing.summary[0].text
    if published:
        document["datePublished"] = published.isoformat()
    if updated:
        document["dateModified"] = updated.isoformat()
    return script_json(document)


def _citation(source: Any) -> dict[str, Any]:
    citation: dict[str, Any] = {"@type": "CreativeWork", "name": source.title}
    if source.url:
        citation["url"] = source.url
    if source.publisher:
        citation["publisher"] = {"@type": "Organization", "name": source.publisher}
    if source.published and not source.date_estimated:
        citation["datePublished"] = source.published.iso()
    return citation


def script_json(document: dict[str, Any]) -> Markup:
    """JSON that is safe inside an HTML <script> element."""
    text = json.dumps(document, ensure_ascii=False, indent=1)
    for character in "<>&\u2028\u2029":
        # <, > and & could end the element or start a comment; the line separators end a
        # line in JavaScript, should a consumer evaluate the data as a script.
        text = text.replace(character, f"\\u{ord(character):04x}")
    return Markup(text)  # every character that could end the element is escaped above
