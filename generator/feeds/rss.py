"""RSS 2.0 (`feed.xml`), with atom:link rel=self and dc:creator for names."""

from __future__ import annotations

import email.utils
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from generator import __version__
from generator.feeds.entries import FeedEntry, FeedInfo

_ATOM = "http://www.w3.org/2005/Atom"
_DC = "http://purl.org/dc/elements/1.1/"


def rss_feed(info: FeedInfo, entries: Sequence[FeedEntry]) -> bytes:
    ET.register_namespace("atom", _ATOM)
    ET.register_namespace("dc", _DC)
    rss = ET.Element("rss", {"version": "2.0"})
    channel = ET.SubElement(rss, "channel")
    _text(channel, "title", info.title)
    _text(channel, "link", info.home_url)
    _text(channel, "description", info.description or info.title)
    _text(channel, "language", info.language)
    _text(channel, "lastBuildDate", email.utils.format_datetime(info.updated))
    _text(channel, "generator", f"briefing {__version__}")
    ET.SubElement(
        channel,
        f"{{{_ATOM}}}link",
        {"href": info.rss_url, "rel": "self", "type": "application/rss+xml"},
    )
    for entry in entries:
        item = ET.SubElement(channel, "item")
        _text(item, "title", entry.title)
        _text(item, "link", entry.url)
        ET.SubElement(item, "guid", {"isPermaLink": "true"}).text = entry.id
        _text(item, "pubDate", email.utils.format_datetime(entry.published))
        _text(item, f"{{{_ATOM}}}updated", entry.updated.isoformat())
        for author in entry.authors:
            _text(item, f"{{{_DC}}}creator", author)
        for category in entry.categories:
            _text(item, "category", category)
        _text(item, "description", entry.content_html)
    return _serialise(rss)


def _text(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, tag).text = text


def _serialise(root: ET.Element) -> bytes:
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
