"""Site furniture for crawlers: sitemap.xml and robots.txt."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Sequence

_SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"


def sitemap_xml(pages: Sequence[tuple[str, dt.date | None]]) -> bytes:
    """`pages`: each absolute URL with the day it last changed, if known."""
    ET.register_namespace("", _SITEMAP)
    root = ET.Element(f"{{{_SITEMAP}}}urlset")
    for url, changed in pages:
        entry = ET.SubElement(root, f"{{{_SITEMAP}}}url")
        ET.SubElement(entry, f"{{{_SITEMAP}}}loc").text = url
        if changed is not None:
            ET.SubElement(entry, f"{{{_SITEMAP}}}lastmod").text = changed.isoformat()
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def robots_txt(sitemap_url: str | None) -> bytes:
    lines = ["User-agent: *", "Allow: /"]
    if sitemap_url:
        lines += ["", f"Sitemap: {sitemap_url}"]
    return ("\n".join(lines) + "\n").encode("utf-8")
