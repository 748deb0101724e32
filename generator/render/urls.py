"""Links between pages, written relative so the site works at any sub-path.

A page at briefings/kursk/index.html links to the stylesheet as ../../static/site.css:
the same files work at https://example.org/ and at https://user.github.io/repo/.
"""

from __future__ import annotations

import posixpath
from urllib.parse import quote, urlsplit

# Characters a URL path may hold as they are (RFC 3986), "%" included so that a path
# already encoded stays as it is.
_PATH_SAFE = "/-._~!$&'()*+,;=:@%"


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


def public_url(base_url: str, path: str) -> str:
    """The full address of site path `path`, percent-encoded: a slug in another script
    ("خبر-عاجل") is a valid URL in the sitemap, the feeds and canonical links."""
    return base_url + quote(path, safe=_PATH_SAFE)


def base_path(base_url: str | None) -> str:
    """The path part of the base URL, '/' at least: '/repo/' for a project site."""
    if not base_url:
        return "/"
    path = urlsplit(base_url).path or "/"
    return path if path.endswith("/") else path + "/"
