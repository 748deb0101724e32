"""Links between pages, written relative so the site works at any sub-path.

A page at briefings/kursk/index.html links to the stylesheet as ../../static/site.css:
the same files work at https://example.org/ and at https://user.github.io/repo/.
"""

from __future__ import annotations

import posixpath
from urllib.parse import urlsplit


def relative_url(page: str, target: str) -> str:
    """The URL of site path `target` as seen from site path `page`.

    A target ending in '/' (or empty, the home page) is a folder and keeps its slash.
    """
    is_folder = target == "" or target.endswith("/")
    start = posixpath.dirname(page) or "."
    relative = posixpath.relpath(target or ".", start)
    if is_folder:
        return "./" if relative == "." else relative.rstrip("/") + "/"
    return relative


def base_path(base_url: str | None) -> str:
    """The path part of the base URL, '/' at least: '/repo/' for a project site."""
    if not base_url:
        return "/"
    path = urlsplit(base_url).path or "/"
    return path if path.endswith("/") else path + "/"
