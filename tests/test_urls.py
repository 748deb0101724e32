"""Relative links between site pages: generator.render.urls."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest

from generator.render.urls import base_path, public_url, relative_url

PAGES = [
    "index.html",
    "feed.xml",
    "briefings/index.html",
    "briefings/kursk/index.html",
    "tags/ukraine/index.html",
    "briefings/kursk/2024/notes.html",
]
FILE_TARGETS = [
    "static/site.css",
    "briefings/kursk/index.html",
    "briefings/kursk/briefing.json",
    "index.html",
    "feed.xml",
]
FOLDER_TARGETS = ["briefings/", "briefings/kursk/", "tags/ukraine/", "static/"]
SITE_ROOTS = ["https://example.org/", "https://user.github.io/repo/"]


def _resolve(root: str, page: str, link: str) -> str:
    """Where a browser goes when `link` is followed on `page` of a site at `root`."""
    return urljoin(root + page, link)


@pytest.mark.parametrize("root", SITE_ROOTS)
@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("target", FILE_TARGETS)
def test_link_to_a_file_resolves_to_that_file(root, page, target):
    assert _resolve(root, page, relative_url(page, target)) == root + target


@pytest.mark.parametrize("root", SITE_ROOTS)
@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("target", FOLDER_TARGETS)
def test_link_to_a_folder_resolves_to_that_folder(root, page, target):
    assert _resolve(root, page, relative_url(page, target)) == root + target


@pytest.mark.parametrize("root", SITE_ROOTS)
@pytest.mark.parametrize("page", PAGES)
def test_link_to_the_home_page_resolves_to_the_site_root(root, page):
    assert _resolve(root, page, relative_url(page, "")) == root


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("target", ["", *FOLDER_TARGETS])
def test_link_to_a_folder_keeps_its_trailing_slash(page, target):
    assert relative_url(page, target).endswith("/")


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("target", FILE_TARGETS)
def test_link_to_a_file_has_no_trailing_slash(page, target):
    assert not relative_url(page, target).endswith("/")


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("target", ["", *FILE_TARGETS, *FOLDER_TARGETS])
def test_links_are_never_absolute(page, target):
    link = relative_url(page, target)
    assert link
    assert not link.startswith("/")
    assert "://" not in link


def test_home_page_link_from_the_home_page_is_the_current_folder():
    assert relative_url("index.html", "") == "./"


def test_stylesheet_link_from_a_nested_briefing_climbs_two_folders():
    assert relative_url("briefings/kursk/index.html", "static/site.css") == "../../static/site.css"


def test_link_from_a_page_to_itself_is_its_file_name():
    assert relative_url("briefings/kursk/index.html", "briefings/kursk/index.html") == "index.html"


@pytest.mark.parametrize("base_url", [None, ""])
def test_base_path_without_a_base_url_is_the_root(base_url):
    assert base_path(base_url) == "/"


@pytest.mark.parametrize("base_url", ["https://example.org", "https://example.org/"])
def test_base_path_of_a_root_url_is_the_root(base_url):
    assert base_path(base_url) == "/"


@pytest.mark.parametrize(
    "base_url", ["https://user.github.io/repo", "https://user.github.io/repo/"]
)
def test_base_path_of_a_sub_path_url_is_that_path_with_a_slash(base_url):
    assert base_path(base_url) == "/repo/"


def test_base_path_of_a_deep_sub_path_keeps_every_segment():
    assert base_path("https://example.org/news/briefings/") == "/news/briefings/"


def test_base_path_ignores_query_and_fragment():
    assert base_path("https://example.org/repo/?preview=1#top") == "/repo/"


def test_a_public_url_is_percent_encoded_once() -> None:
    base = "https://example.org/repo/"
    assert public_url(base, "briefings/kursk/") == base + "briefings/kursk/"
    assert public_url(base, "briefings/خبر/") == base + "briefings/%D8%AE%D8%A8%D8%B1/"
    assert public_url(base, "tags/a%20b/") == base + "tags/a%20b/"  # already encoded
    assert public_url(base, "") == base
