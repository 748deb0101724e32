"""What pages tell crawlers and link previews: canonical URLs, Open Graph, JSON-LD,
the sitemap and robots.txt."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

from generator.build import BuildOptions, build

BASE = "https://example.org/briefings/"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


class Head(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self.scripts: list[str] = []
        self._in_json_ld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "meta" and values.get("property"):
            self.meta[values["property"] or ""] = values.get("content") or ""
        if tag == "link" and values.get("rel") == "canonical":
            self.canonical = values.get("href")
        self._in_json_ld = tag == "script" and values.get("type") == "application/ld+json"

    def handle_data(self, data: str) -> None:
        if self._in_json_ld:
            self.scripts.append(data)

    def handle_endtag(self, tag: str) -> None:
        self._in_json_ld = False


def head_of(page: Path) -> Head:
    parser = Head()
    parser.feed(page.read_text("utf-8"))
    return parser


def briefing_page(site: Path, slug: str) -> Path:
    return site / "site" / "briefings" / slug / "index.html"


def test_pages_have_canonical_urls_and_open_graph(small_site: Path) -> None:
    build(BuildOptions(source=small_site))
    index = head_of(small_site / "site" / "index.html")
    assert index.canonical == BASE
    assert index.meta["og:type"] == "website"
    assert index.meta["og:url"] == BASE
    page = head_of(briefing_page(small_site, "riverside-flood-barrier"))
    url = f"{BASE}briefings/riverside-flood-barrier/"
    assert page.canonical == url
    assert page.meta["og:type"] == "article"
    assert page.meta["og:url"] == url
    assert page.meta["og:title"] == "Riverside votes for a flood barrier"
    assert page.meta["og:description"].startswith("Riverside council approved")
    tag = head_of(small_site / "site" / "tags" / "transport" / "index.html")
    assert tag.canonical == f"{BASE}tags/transport/"


def test_a_briefing_is_a_news_article_citing_its_sources(small_site: Path) -> None:
    build(BuildOptions(source=small_site))
    [script] = head_of(briefing_page(small_site, "riverside-flood-barrier")).scripts
    document = json.loads(script)
    assert document["@context"] == "https://schema.org"
    assert document["@type"] == "NewsArticle"
    assert document["headline"] == "Riverside votes for a flood barrier"
    assert document["url"] == f"{BASE}briefings/riverside-flood-barrier/"
    briefing = json.loads(
        (small_site / "site" / "briefings" / "riverside-flood-barrier" / "briefing.json").read_text(
            "utf-8"
        )
    )
    assert [c["name"] for c in document["citation"]] == [s["title"] for s in briefing["sources"]]
    courier = next(c for c in document["citation"] if c["name"].startswith("Riverside backs"))
    assert courier["url"] == "https://courier.example.org/2025/03/barrier"
    assert courier["publisher"]["name"] == "Eastbank Courier"
    assert courier["datePublished"] == "2025-03-15"
    assert document["datePublished"] <= document["dateModified"]


def test_article_text_cannot_break_out_of_the_json_ld_script(small_site: Path) -> None:
    story = small_site / "content" / "riverside-flood-barrier" / "story.yaml"
    hostile = 'Barrier </script><script>alert("x")</script> & <!-- vote'
    story.write_text(
        story.read_text("utf-8").replace(
            "title: Riverside votes for a flood barrier", f"title: '{hostile}'"
        ),
        "utf-8",
    )
    build(BuildOptions(source=small_site))
    html = briefing_page(small_site, "riverside-flood-barrier").read_text("utf-8")
    assert html.count("<script") == 1  # the JSON-LD element alone
    assert "<!--" not in re.sub(r"<!--.*?-->", "", html.split("</head>")[0], flags=re.S)
    [script] = head_of(briefing_page(small_site, "riverside-flood-barrier")).scripts
    assert json.loads(script)["headline"] == hostile


def test_the_sitemap_lists_every_page_with_its_last_change(small_site: Path) -> None:
    build(BuildOptions(source=small_site))
    site = small_site / "site"
    root = ET.fromstring((site / "sitemap.xml").read_bytes())
    entries = {
        url.findtext(f"{SITEMAP}loc"): url.findtext(f"{SITEMAP}lastmod")
        for url in root.iter(f"{SITEMAP}url")
    }
    pages = {
        BASE + page.relative_to(site).as_posix().removesuffix("index.html")
        for page in site.rglob("*.html")
        if page.name != "404.html"
    }
    assert set(entries) == pages
    for url, changed in entries.items():
        assert changed and re.fullmatch(r"\d{4}-\d{2}-\d{2}", changed), url
    assert entries[BASE] == max(entries.values())


def test_robots_txt_points_to_the_sitemap(small_site: Path) -> None:
    build(BuildOptions(source=small_site))
    robots = (small_site / "site" / "robots.txt").read_text("utf-8")
    assert "User-agent: *" in robots
    assert f"Sitemap: {BASE}sitemap.xml" in robots.splitlines()
