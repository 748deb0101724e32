"""One finished build as the preview server serves it: immutable, swapped in whole.

The server never reads the disk for site files. A build produces a new Snapshot; the
server answers every request from the snapshot current when the request started, so a
browser never sees half of one build and half of another. HTML pages get the live-reload
script, tagged with the build's version so a page knows which build it shows.
"""

from __future__ import annotations

import mimetypes
import posixpath
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field

from generator.output import OutputFiles

# The preview's own files live under this prefix, outside any site path a build can write
# (site paths never start with "/"), so they can never shadow or be shadowed by a page.
CONTROL_PREFIX = "/__briefing__/"
SCRIPT_PATH = CONTROL_PREFIX + "livereload.js"
EVENTS_PATH = CONTROL_PREFIX + "events"

_TEXT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".xml": "application/xml",
    ".txt": "text/plain; charset=utf-8",
    ".svg": "image/svg+xml",
}


@dataclass(frozen=True)
class Snapshot:
    version: int
    mount: str
    """The URL path the site is served under: the base URL's path, "/" at least."""
    files: Mapping[str, bytes] = field(default_factory=dict)
    """Site path ("briefings/x/index.html") to the bytes served, script included."""

    def resolve(self, path: str) -> str | None:
        """The file a site path names: itself, or the index.html of a folder."""
        if path in self.files:
            return path
        index = posixpath.join(path, "index.html") if path else "index.html"
        return index if index in self.files else None

    def is_folder(self, path: str) -> bool:
        return bool(path) and f"{path}/index.html" in self.files


def snapshot_of(files: OutputFiles, version: int, mount: str) -> Snapshot:
    tag = script_tag(version)
    served = {}
    for path, data in files:
        served[path] = with_script(data, tag) if path.endswith(".html") else data
    return Snapshot(version, mount, served)


def script_tag(version: int) -> bytes:
    return (
        f'<script src="{SCRIPT_PATH}" data-briefing-version="{version}" defer></script>'
    ).encode()


def with_script(html: bytes, tag: bytes) -> bytes:
    """The page with the live-reload script at the end of its head (or body)."""
    lowered = html.lower()
    for marker in (b"</head>", b"</body>"):
        at = lowered.rfind(marker)
        if at != -1:
            return html[:at] + tag + b"\n" + html[at:]
    return html + tag


def changed_paths(old: Snapshot | None, new: Snapshot) -> set[str]:
    """Site paths whose content differs between two builds (the script tag aside)."""
    if old is None:
        return set(new.files)
    old_tag, new_tag = script_tag(old.version), script_tag(new.version)
    changed = set(old.files.keys() ^ new.files.keys())
    for path in old.files.keys() & new.files.keys():
        before, after = old.files[path], new.files[path]
        if path.endswith(".html"):
            before, after = before.replace(old_tag, b""), after.replace(new_tag, b"")
        if before != after:
            changed.add(path)
    return changed


def content_type(path: str) -> str:
    suffix = posixpath.splitext(path)[1].lower()
    if suffix in _TEXT_TYPES:
        return _TEXT_TYPES[suffix]
    guessed, _ = mimetypes.guess_type(path)
    return guessed or "application/octet-stream"


def site_path(url_path: str, mount: str) -> str | None:
    """The site path a request path names under the mount, or None when it names none.

    The path is percent-decoded and normalised first; a path that would climb out of the
    site ("..", encoded or not), holds a NUL or a backslash, or lies outside the mount
    names nothing. The mount may be written encoded or not, as in the base URL.
    """
    mount = urllib.parse.unquote(mount)
    decoded = urllib.parse.unquote(url_path)
    if "\0" in decoded or "\\" in decoded:
        return None
    if not decoded.startswith(mount):
        return None if decoded + "/" != mount else ""
    inside = decoded[len(mount) :]
    parts = [part for part in inside.split("/") if part not in ("", ".")]
    if ".." in parts:
        return None
    return "/".join(parts)


def url_of(path: str, mount: str) -> str:
    """The URL path, percent-encoded, where a site path is served: for a Location header,
    which must be ASCII (slugs keep non-Latin scripts) and must not break its line."""
    return urllib.parse.quote(urllib.parse.unquote(mount) + path)
