"""RSS, Atom and JSON feeds: parsed as a feed reader does (feedparser), across rebuilds."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import feedparser
import pytest
from conftest import git

from generator.build import BuildOptions, build
from generator.feeds.entries import xml_safe

BASE = "https://example.org/briefings/"
FEEDS = ("feed.xml", "atom.xml", "feed.json")
RIVERSIDE = f"{BASE}briefings/riverside-flood-barrier/"
HARBOUR = f"{BASE}briefings/harbour-ferry-returns/"


@pytest.fixture
def history_site(small_site: Path, tmp_path: Path, git_env: None) -> Path:
    """The small site in git, first committed without the radio report (10 March 2025)."""
    held_back = tmp_path / "radio-report.txt"
    shutil.move(small_site / "content" / "riverside-flood-barrier" / "radio-report.txt", held_back)
    (small_site / ".gitignore").write_text("site/\n", encoding="utf-8")
    git(small_site, "init", "--quiet", "--initial-branch=main")
    git(small_site, "add", "--all")
    git(small_site, "commit", "--quiet", "-m", "First articles", date="2025-03-10T09:00:00Z")
    return small_site


def add_radio_report(site: Path) -> None:
    """The radio report arrives, committed on 16 June 2025 (British summer time)."""
    shutil.move(
        site.parent / "radio-report.txt",
        site / "content" / "riverside-flood-barrier" / "radio-report.txt",
    )
    git(site, "add", "--all")
    git(site, "commit", "--quiet", "-m", "Radio report", date="2025-06-16T11:30:00Z")


@dataclass(frozen=True)
class Entry:
    """A feed entry as a reader sees it, whatever the format."""

    id: str
    link: str
    title: str
    published: dt.datetime
    updated: dt.datetime
    author: str
    tags: frozenset[str]
    content: str


@dataclass(frozen=True)
class Feed:
    title: str
    entries: list[Entry]


def parsed(site: Path, name: str = "feed.xml") -> Feed:
    data = (site / "site" / name).read_bytes()
    return json_feed(data) if name.endswith(".json") else xml_feed(data, name)


def xml_feed(data: bytes, name: str) -> Feed:
    document = feedparser.parse(data)
    assert not document.bozo, f"{name}: {document.get('bozo_exception')}"
    assert document.version in ("rss20", "atom10"), document.version
    entries = [
        Entry(
            id=entry.id,
            link=entry.link,
            title=entry.title,
            published=dt.datetime(*entry.published_parsed[:6], tzinfo=dt.UTC),
            updated=dt.datetime(*entry.updated_parsed[:6], tzinfo=dt.UTC),
            author=entry.author,
            tags=frozenset(tag.term for tag in entry.tags),
            content=entry.content[0].value if "content" in entry else entry.summary,
        )
        for entry in document.entries
    ]
    return Feed(document.feed.title, entries)


def json_feed(data: bytes) -> Feed:
    # feedparser 6.0 (the current release) has no JSON Feed parser: read it by the spec.
    document = json.loads(data)
    assert document["version"] == "https://jsonfeed.org/version/1.1"
    assert document["feed_url"].startswith(BASE) and document["home_page_url"].startswith(BASE)
    entries = [
        Entry(
            id=item["id"],
            link=item["url"],
            title=item["title"],
            published=dt.datetime.fromisoformat(item["date_published"]),
            updated=dt.datetime.fromisoformat(item["date_modified"]),
            author=item["authors"][0]["name"],
            tags=frozenset(item["tags"]),
            content=item["content_html"],
        )
        for item in document["items"]
    ]
    for entry in entries:
        assert entry.published.tzinfo is not None and entry.updated.tzinfo is not None
    return Feed(document["title"], entries)


def feed_bytes(site: Path) -> dict[str, bytes]:
    return {
        path.relative_to(site / "site").as_posix(): path.read_bytes()
        for path in (site / "site").rglob("*")
        if path.name in FEEDS
    }


def entry_for(document: Feed, link: str) -> Entry:
    [entry] = [entry for entry in document.entries if entry.link == link]
    return entry


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.alternates: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("href"):
            self.hrefs.append(values["href"] or "")
        if tag == "link" and values.get("rel") == "alternate":
            self.alternates.append((values.get("type") or "", values.get("href") or ""))


def links_in(html: str) -> Links:
    collector = Links()
    collector.feed(html)
    return collector


@pytest.mark.parametrize("name", FEEDS)
def test_every_feed_parses_and_carries_every_briefing(small_site: Path, name: str) -> None:
    build(BuildOptions(source=small_site))
    document = parsed(small_site, name)
    assert {entry.link for entry in document.entries} == {RIVERSIDE, HARBOUR}
    assert document.title == "Test Briefings"
    for entry in document.entries:
        assert entry.id == entry.link
        assert entry.published <= entry.updated
        assert entry.author == "Fixture Desk"
    riverside = entry_for(document, RIVERSIDE)
    assert riverside.title == "Riverside votes for a flood barrier"
    assert riverside.tags >= {"flooding", "Riverside"}


def test_entry_content_has_summary_key_points_and_sources_with_absolute_links(
    small_site: Path,
) -> None:
    build(BuildOptions(source=small_site))
    riverside = entry_for(parsed(small_site, "atom.xml"), RIVERSIDE)
    html = riverside.content
    briefing = json.loads(
        (small_site / "site" / "briefings" / "riverside-flood-barrier" / "briefing.json").read_text(
            "utf-8"
        )
    )
    plain = re.sub(r"<[^>]+>", "", html).replace("&amp;", "&")
    for statement in briefing["summary"] + briefing["key_points"]:
        assert statement["text"] in plain
    for source in briefing["sources"]:
        assert source["title"] in plain
    assert "<h3>Key points</h3>" in html and "<h3>Sources</h3>" in html
    hrefs = links_in(html).hrefs
    assert hrefs
    for href in hrefs:
        assert href.startswith(("https://", "http://")), href
    assert f"{RIVERSIDE}#source-gazette-council-approves-barrier" in hrefs


def test_summary_content_setting_leaves_out_the_rest(small_site: Path) -> None:
    config = small_site / "site.yaml"
    config.write_text(config.read_text("utf-8") + "feeds:\n  content: summary\n", "utf-8")
    build(BuildOptions(source=small_site))
    html = entry_for(parsed(small_site, "feed.json"), RIVERSIDE).content
    assert "Key points" not in html and "Sources" not in html
    assert "Read the briefing" in html


def test_the_limit_keeps_the_newest_entries(small_site: Path) -> None:
    config = small_site / "site.yaml"
    config.write_text(config.read_text("utf-8") + "feeds:\n  limit: 1\n", "utf-8")
    build(BuildOptions(source=small_site))
    for name in FEEDS:
        assert len(parsed(small_site, name).entries) == 1


def test_ids_stay_and_the_updated_entry_says_what_is_new(history_site: Path) -> None:
    build(BuildOptions(source=history_site))
    before = {name: parsed(history_site, name) for name in FEEDS}
    add_radio_report(history_site)
    build(BuildOptions(source=history_site))
    after = {name: parsed(history_site, name) for name in FEEDS}

    for name in FEEDS:
        assert sorted(e.id for e in after[name].entries) == sorted(
            e.id for e in before[name].entries
        )
        old, new = entry_for(before[name], RIVERSIDE), entry_for(after[name], RIVERSIDE)
        assert old.published == new.published
        assert new.updated > old.updated
        # Newest first: the updated briefing now leads.
        assert after[name].entries[0].link == RIVERSIDE
        harbour_old, harbour_new = entry_for(before[name], HARBOUR), entry_for(after[name], HARBOUR)
        assert harbour_old.updated == harbour_new.updated
        assert "Updated." not in harbour_new.content

    atom = (history_site / "site" / "atom.xml").read_text("utf-8")
    assert "<published>2025-03-10T09:00:00+00:00</published>" in atom
    # The site's time zone is Europe/London: 11:30 UTC in June is 12:30 BST.
    assert "<updated>2025-06-16T12:30:00+01:00</updated>" in atom
    html = entry_for(after["atom.xml"], RIVERSIDE).content
    assert "Updated." in html
    assert "New source: " in html
    radio = json.loads(
        (history_site / "site/briefings/riverside-flood-barrier/briefing.json").read_text("utf-8")
    )
    [report] = [s for s in radio["sources"] if s["id"] == "radio-report"]
    assert report["title"] in html
    assert "Updated." not in entry_for(before["atom.xml"], RIVERSIDE).content


def test_new_timeline_events_are_only_those_no_earlier_source_tells(history_site: Path) -> None:
    build(BuildOptions(source=history_site))
    article = history_site / "content" / "riverside-flood-barrier" / "weekly-consultation.md"
    article.write_text(
        "---\ntitle: Barrier consultation announced\npublisher: Riverside Weekly\n"
        "date: 2025-06-16\n---\n\n"
        "The council will open a public consultation on the barrier's design on 14 July 2025.\n\n"
        "Construction is due to start in September, the council confirmed.\n",
        "utf-8",
    )
    git(history_site, "add", "--all")
    git(history_site, "commit", "--quiet", "-m", "Weekly", date="2025-06-16T11:30:00Z")
    build(BuildOptions(source=history_site))

    html = entry_for(parsed(history_site, "atom.xml"), RIVERSIDE).content
    assert "New source: Barrier consultation announced (Riverside Weekly)." in html
    assert "New on the timeline" in html
    news = html.split("New on the timeline:</p>", 1)[1].split("</ul>", 1)[0]
    briefing = json.loads(
        (history_site / "site/briefings/riverside-flood-barrier/briefing.json").read_text("utf-8")
    )
    mine = [e for e in briefing["timeline"] if "weekly-consultation" in e["sources"]]
    only_new = [e["text"] for e in mine if e["sources"] == ["weekly-consultation"]]
    confirmed = [e["text"] for e in mine if len(e["sources"]) > 1]
    assert only_new and confirmed, briefing["timeline"]
    for text in only_new:
        assert text in news
    for text in confirmed:
        assert text not in news


def test_a_rebuild_without_changes_leaves_the_feeds_byte_for_byte(history_site: Path) -> None:
    add_radio_report(history_site)
    build(BuildOptions(source=history_site))
    first = feed_bytes(history_site)
    build(BuildOptions(source=history_site))
    assert feed_bytes(history_site) == first
    assert len(first) == 3 * (1 + 4)  # the site's feeds and those of its four tags


def test_without_git_rebuilds_are_stable_too(small_site: Path) -> None:
    build(BuildOptions(source=small_site))
    first = feed_bytes(small_site)
    build(BuildOptions(source=small_site))
    assert feed_bytes(small_site) == first


def test_each_tag_has_its_own_feeds_with_its_briefings_only(small_site: Path) -> None:
    build(BuildOptions(source=small_site))
    for name in FEEDS:
        transport = parsed(small_site, f"tags/transport/{name}")
        assert [entry.link for entry in transport.entries] == [HARBOUR]
        flooding = parsed(small_site, f"tags/flooding/{name}")
        assert [entry.link for entry in flooding.entries] == [RIVERSIDE]
    rss = (small_site / "site/tags/transport/feed.xml").read_text("utf-8")
    assert f'href="{BASE}tags/transport/feed.xml" rel="self"' in rss


def test_every_page_advertises_its_feeds(small_site: Path) -> None:
    build(BuildOptions(source=small_site))
    site = small_site / "site"
    pages = [p for p in site.rglob("*.html") if p.name != "404.html"]
    assert len(pages) >= 6
    for page in pages:
        alternates = dict(links_in(page.read_text("utf-8")).alternates)
        assert set(alternates) >= {
            "application/rss+xml",
            "application/atom+xml",
            "application/feed+json",
        }, page
    tag_page = links_in((site / "tags/transport/index.html").read_text("utf-8"))
    assert ("application/atom+xml", "atom.xml") in tag_page.alternates


def test_characters_xml_forbids_never_reach_a_feed(small_site: Path) -> None:
    article = small_site / "content" / "harbour-ferry-returns.md"
    text = article.read_text("utf-8").replace(
        "returned to service on Monday", "returned\x0b to service\x1f on Monday\ufffe"
    )
    article.write_text(text, "utf-8")
    build(BuildOptions(source=small_site))
    for name in FEEDS:
        parsed(small_site, name)
        data = (small_site / "site" / name).read_text("utf-8")
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", data), name
    assert "returned to service on Monday" in (small_site / "site" / "atom.xml").read_text("utf-8")


def test_xml_safe_keeps_everything_xml_allows() -> None:
    allowed = "tab\tnew\nline\r é ✓ 😀 \ue000"
    assert xml_safe(allowed) == allowed
    assert xml_safe("a\x00b\x08c\x0bd\udc80e\ufffff") == "abcdef"


def test_markup_in_titles_is_text_in_every_feed(small_site: Path) -> None:
    build(BuildOptions(source=small_site))
    for name in FEEDS:
        titles = {entry.link: entry.title for entry in parsed(small_site, name).entries}
        assert titles[HARBOUR] == 'Harbour ferry <script>alert("x")</script> returns after repairs'
    entry = entry_for(parsed(small_site, "atom.xml"), HARBOUR)
    assert "<script" not in entry.content


def test_no_base_url_means_no_feeds_and_a_warning(small_site: Path) -> None:
    config = small_site / "site.yaml"
    config.write_text(config.read_text("utf-8").replace("base_url:", "# base_url:"), "utf-8")
    result = build(BuildOptions(source=small_site))
    assert not (small_site / "site" / "feed.xml").exists()
    assert not (small_site / "site" / "sitemap.xml").exists()
    assert any("no base_url" in w.message for w in result.diagnostics.warnings)
    assert "application/rss+xml" not in (small_site / "site" / "index.html").read_text("utf-8")
