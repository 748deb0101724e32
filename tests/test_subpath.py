"""The built site served under a sub-path, as GitHub Pages serves a project site.

A local HTTP server mounts the site at /some/path/ (and answers every other path with
404, as the domain root of a project site would); the test follows every link, stylesheet,
script and image of every page, feed and the sitemap, and requests each one.
"""

from __future__ import annotations

import functools
import http.server
import threading
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.build import BuildOptions, build

MOUNT = "/some/path/"


class SubPathHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site folder at MOUNT only; a missing file gets 404.html, like Pages."""

    def translate_path(self, path: str) -> str:
        route = urllib.parse.urlsplit(path).path
        if not route.startswith(MOUNT):
            return str(Path(self.directory) / ".outside-the-mount")
        return super().translate_path("/" + route[len(MOUNT) :])

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep the test output quiet


@pytest.fixture
def served(small_site: Path) -> Iterator[tuple[str, Path]]:
    """(base URL, site folder) of the small site built for and served at MOUNT."""
    site = small_site / "site"
    site.mkdir()
    handler = functools.partial(SubPathHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}{MOUNT}"
    (site / ".briefing-site").write_text("", "utf-8")  # lets the build replace the folder
    config = small_site / "site.yaml"
    config.write_text(config.read_text("utf-8") + "source_pages: true\n", "utf-8")
    build(BuildOptions(source=small_site, base_url=base))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base, site
    finally:
        server.shutdown()
        server.server_close()


class References(HTMLParser):
    """Every URL a page makes a browser fetch or offers to follow."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value and name in ("href", "src"):
                self.urls.append(value)
            if value and name == "srcset":
                self.urls += [part.split()[0] for part in value.split(",") if part.strip()]


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def references(page_url: str, html: bytes) -> list[str]:
    parser = References()
    parser.feed(html.decode("utf-8"))
    return [urllib.parse.urljoin(page_url, url) for url in parser.urls]


def internal(url: str, base: str) -> bool:
    return url.startswith(base.split(MOUNT)[0])


def page_urls(base: str, site: Path) -> list[str]:
    urls = []
    for page in sorted(site.rglob("*.html")):
        relative = page.relative_to(site).as_posix()
        urls.append(base + relative.removesuffix("index.html"))
    return urls


def test_every_link_of_every_page_works_under_the_sub_path(served: tuple[str, Path]) -> None:
    base, site = served
    checked: dict[str, int] = {}
    pages = page_urls(base, site)
    assert len(pages) >= 10  # index, 2 briefings, source pages, tags, 404
    for page in pages:
        status, html = fetch(page)
        assert status == 200, page
        for url in references(page, html):
            if not internal(url, base):
                continue
            target = urllib.parse.urldefrag(url).url
            assert target.startswith(base), f"{page} links outside the site: {url}"
            if target not in checked:
                checked[target], _ = fetch(target)
            assert checked[target] == 200, f"{page}: broken link {url}"
    assert any(url.endswith("static/briefing.css") for url in checked)
    assert any(url.endswith("feed.xml") for url in checked)


def test_the_404_page_works_at_any_depth(served: tuple[str, Path]) -> None:
    base, _ = served
    for missing in ("nowhere", "briefings/no-such-story/", "a/b/c/d/e.html"):
        status, html = fetch(base + missing)
        assert status == 404
        # "#main" (the skip link) points into the 404 page itself, wherever it is shown.
        targets = {urllib.parse.urldefrag(url).url for url in references(base + missing, html)}
        targets = {url for url in targets if internal(url, base) and url != base + missing}
        assert base + "static/briefing.css" in targets and base in targets
        for url in targets:
            assert fetch(url)[0] == 200, f"404 page: broken {url}"


def test_feed_and_sitemap_addresses_resolve_under_the_sub_path(served: tuple[str, Path]) -> None:
    base, site = served
    addresses: set[str] = set()
    atom = "{http://www.w3.org/2005/Atom}"
    for name in ("feed.xml", "atom.xml"):
        root = ET.fromstring(fetch(base + name)[1])
        addresses |= {link.get("href", "") for link in root.iter(f"{atom}link")}
        addresses |= {link.text or "" for link in root.iter("link")}
    sitemap = ET.fromstring(fetch(base + "sitemap.xml")[1])
    locations = {
        loc.text or "" for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    }
    assert base + "briefings/riverside-flood-barrier/" in locations
    robots = fetch(base + "robots.txt")[1].decode("utf-8")
    assert f"Sitemap: {base}sitemap.xml" in robots
    for url in addresses | locations:
        assert url.startswith(base), url
        assert fetch(url)[0] == 200, url
    assert len(locations) == len(page_urls(base, site)) - 1  # every page but 404.html


def test_nothing_is_served_outside_the_sub_path(served: tuple[str, Path]) -> None:
    base, _ = served
    root = base.removesuffix(MOUNT) + "/"
    # Root-relative links (/static/...) would only work at the domain root.
    assert fetch(root + "static/briefing.css")[0] == 404
    assert fetch(base + "static/briefing.css")[0] == 200
