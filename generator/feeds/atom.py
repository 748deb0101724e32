"""Atom 1.0 (`atom.xml`)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from generator import __version__
from generator.feeds.entries import FeedEntry, FeedInfo

_ATOM = "http://www.w3.org/2005/Atom"
_XML = "http://www.w3.org/XML/1998/namespace"


def atom_feed(info: FeedInfo, entries: Sequence[FeedEntry]) -> bytes:
    ET.register_namespace("", _ATOM)
    feed = ET.Element(f"{{{_ATOM}}}feed", {f"{{{_XML}}}lang": info.language})
    _text(feed, "id", info.home_url)
    _text(feed, "title", info.title)
    if info.description:
        _text(feed, "subtitle", info.description)
    _link(feed, info.home_url, "alternate", "text/html")
    _link(feed, info.atom_url, "self", "application/atom+xml")
    _text(feed, "updated", info.updated.isoformat())
    author = ET.SubElement(feed, f"{{{_ATOM}}}author")
    _text(author, "name", info.author)
    ET.SubElement(feed, f"{{{_ATOM}}}generator", {"version": __version__}).text = "briefing"
    for entry in entries:
        element = ET.SubElement(feed, f"{{{_ATOM}}}entry")
        _text(element, "id", entry.id)
        _text(element, "title", entry.title)
        _link(element, entry.url, "alternate", "text/html")
        _text(element, "published", entry.published.isoformat())
        _text(element, "updated", entry.updated.isoformat())
        for name in entry.authors:
            _text(ET.SubElement(element, f"{{{_ATOM}}}author"), "name", name)
        for category in entry.categories:
            ET.SubElement(element, f"{{{_ATOM}}}category", {"term": category})
        if entry.summary:
            _text(element, "summary", entry.summary)
        ET.SubElement(element, f"{{{_ATOM}}}content", {"type": "html"}).text = entry.content_html
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def _text(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, f"{{{_ATOM}}}{tag}").text = text


def _link(parent: ET.Element, href: str, rel: str, media_type: str) -> None:
    ET.SubElement(parent, f"{{{_ATOM}}}link", {"href": href, "rel": rel, "type": media_type})
