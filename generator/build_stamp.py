"""Knowing that a build would change nothing: the stamp of the last one.

A build that wrote the site records, in `.briefing-cache/`, a digest of everything the
site is made from: briefing's code and built-in theme, `site.yaml`, every file under the
content and templates folders (bytes and modification times, which date uncommitted
articles), the git commit (which dates committed articles) and the build's options, taken
before it started; and digests of `stories.lock` and of the site as it left them (every
file's name, size and time).
The next build finding the same inputs and the site as it was left has nothing to do: it
reports the last build's warnings again and stops. Any difference, down to a touched
file, means a whole build. A damaged stamp is no stamp.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.config import SiteConfig
from generator.diagnostics import Diagnostic
from generator.disk_cache import code_version
from generator.grouping.identity import LOCK_FILE
from generator.history import git_commit
from generator.render.theme import builtin_theme_dir

STAMP_FILE = "last-build.stamp"


@dataclass(frozen=True)
class Stamp:
    inputs: str
    """Digest of everything the site was built from, stories.lock aside."""
    lock: str
    """Digest of stories.lock as the build left it (the build itself may write it)."""
    site: str
    """Digest of the site as written: file names, sizes and modification times."""
    briefings: int
    articles: int
    files: int
    diagnostics: tuple[Diagnostic, ...]
    """The build's warnings, told again when it is not redone."""


def inputs_digest(config: SiteConfig, options: Iterable[object]) -> str:
    """A digest of every input of a build of `config` with these `options`."""
    digest = hashlib.sha256(code_version().encode())
    digest.update(repr(tuple(options)).encode())
    digest.update(repr(git_commit(config.root)).encode())
    _add_file(digest, config.config_path, config.config_path.name)
    for label, folder in (
        ("theme", builtin_theme_dir()),
        ("templates", config.templates_dir),
        ("content", config.content_dir),
    ):
        for path in _files_under(folder):
            _add_file(digest, path, f"{label}/{path.relative_to(folder).as_posix()}")
    return digest.hexdigest()


def lock_digest(config: SiteConfig) -> str:
    """stories.lock, and whether a killed save left its temporary file (a whole build
    tidies it away)."""
    digest = hashlib.sha256()
    for name in (LOCK_FILE, f".{LOCK_FILE}.tmp"):
        _add_file(digest, config.root / name, name)
    return digest.hexdigest()


def site_digest(output: Path) -> str:
    """A digest of the site folder's files as they are on disk now."""
    digest = hashlib.sha256()
    for path in _files_under(output):
        try:
            stat = path.stat()
        except OSError:
            continue
        entry = (path.relative_to(output).as_posix(), stat.st_size, stat.st_mtime_ns)
        digest.update(repr(entry).encode())
    return digest.hexdigest()


def read_stamp(folder: Path) -> Stamp | None:
    try:
        stamp = pickle.loads((folder / STAMP_FILE).read_bytes())
    except Exception:  # missing, unreadable or damaged: no stamp, a whole build
        return None
    return stamp if isinstance(stamp, Stamp) else None


def write_stamp(folder: Path, stamp: Stamp) -> None:
    """Record `stamp`; a stamp that cannot be written only costs the next build time."""
    temporary = folder / f".{STAMP_FILE}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(pickle.dumps(stamp, pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, folder / STAMP_FILE)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()


def forget_stamp(folder: Path) -> None:
    """No stamp: the next build is a whole one (a build started and may change things)."""
    with contextlib.suppress(OSError):
        (folder / STAMP_FILE).unlink()


def _files_under(folder: Path) -> Iterator[Path]:
    """Every file and link under `folder`, in a stable order; none if it is missing."""
    for top, folders, files in os.walk(folder):
        folders.sort()
        # A linked folder is not walked into (the loader does not follow it either), but
        # the link itself is an input: where it points may change.
        links = [name for name in folders if os.path.islink(os.path.join(top, name))]
        for name in sorted([*files, *links]):
            yield Path(top) / name


def _add_file(digest: Any, path: Path, label: str) -> None:
    digest.update(label.encode() + b"\0")
    with contextlib.suppress(OSError):
        digest.update(f"link:{os.readlink(path)}:".encode())  # not a link: nothing added
    try:
        stat = path.stat()
        digest.update(f"{stat.st_size}:{stat.st_mtime_ns}:".encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    except OSError as exc:  # missing or unreadable: that too is part of the input
        digest.update(f"unreadable:{exc.errno}".encode())
