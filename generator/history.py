"""When each article arrived and last changed: the dates feeds need, from git.

A feed entry needs a publication time, an update time that moves when new articles
arrive, and the same bytes when nothing changed. A build does not remember earlier
builds (CI starts from a clean checkout), so the content's history is read from git, as
Hugo does: an article arrived with the first commit that added it and changed with the
last commit that touched it. Files git does not know yet, or changed since the last
commit, use their modification time; without git, every file does.
"""

from __future__ import annotations

import datetime as dt
import logging
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

_GIT_TIMEOUT_SECONDS = 60


@dataclass(frozen=True)
class FileHistory:
    added: dt.datetime
    changed: dt.datetime


@dataclass(frozen=True)
class StoryHistory:
    published: dt.datetime
    """When the story's first article arrived."""
    updated: dt.datetime
    """When its articles last changed."""
    latest: frozenset[Path]
    """The articles added or changed in that last change: what is new."""


def file_histories(root: Path, paths: Iterable[Path]) -> dict[Path, FileHistory]:
    """The history of each file (resolved paths as keys), from git where it can tell."""
    wanted = {path.resolve() for path in paths}
    top = _git(root, "rev-parse", "--show-toplevel")
    if top is None:
        log.debug("%s is not in a git repository: dates come from file times", root)
    top_path = Path(top.strip()).resolve() if top else None
    from_git = _git_histories(top_path, wanted) if top_path else {}
    dirty = _uncommitted(top_path) if top_path else set()
    result: dict[Path, FileHistory] = {}
    for path in wanted:
        known = from_git.get(path)
        modified = _modified(path)
        if known is None:
            result[path] = FileHistory(modified, modified)
        elif path in dirty:
            result[path] = FileHistory(known.added, max(known.changed, modified))
        else:
            result[path] = known
    return result


def story_history(files: Iterable[Path], histories: dict[Path, FileHistory]) -> StoryHistory:
    resolved = [(path, path.resolve()) for path in files]
    known = [(path, histories[real]) for path, real in resolved if real in histories]
    if not known:
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        return StoryHistory(now, now, frozenset())
    published = min(history.added for _, history in known)
    updated = max(history.changed for _, history in known)
    latest = frozenset(path for path, history in known if history.changed == updated)
    return StoryHistory(published, updated, latest)


def _modified(path: Path) -> dt.datetime:
    try:
        stamp = path.stat().st_mtime
    except OSError:
        stamp = 0.0
    return dt.datetime.fromtimestamp(int(stamp), dt.UTC)


def git_commit(root: Path) -> str | None:
    """The commit checked out in the repository holding `root`; None outside git."""
    head = _git(root, "rev-parse", "HEAD")
    return head.strip() if head else None


def _git(root: Path, *arguments: str) -> str | None:
    try:
        completed = subprocess.run(
            ["git", "-C", str(root), *arguments],
            capture_output=True,
            text=True,
            timeout=_GIT_TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return completed.stdout if completed.returncode == 0 else None


def _git_histories(top_path: Path, wanted: set[Path]) -> dict[Path, FileHistory]:
    output = _git(top_path, "log", "--format=@%cI", "--name-only", "--no-renames", "--", ".")
    if output is None:
        return {}
    histories: dict[Path, FileHistory] = {}
    when: dt.datetime | None = None
    for line in output.splitlines():
        if line.startswith("@"):
            when = dt.datetime.fromisoformat(line[1:])
            continue
        if not line or when is None:
            continue
        path = (top_path / line).resolve()
        if path not in wanted:
            continue
        previous = histories.get(path)
        # The log runs newest first: the first time is the last change, the last the arrival.
        histories[path] = FileHistory(added=when, changed=previous.changed if previous else when)
    return histories


def _uncommitted(top_path: Path) -> set[Path]:
    """Files changed since the last commit (one call for the whole repository)."""
    status = _git(top_path, "status", "--porcelain=v1", "-z", "--untracked-files=no")
    if not status:
        return set()
    changed = set()
    for entry in status.split("\0"):
        if len(entry) > 3:
            changed.add((top_path / entry[3:]).resolve())
    return changed


@dataclass(frozen=True)
class Published:
    """What a story's history says about its briefing, for feeds and page metadata."""

    history: StoryHistory
    new_sources: frozenset[str]
    """Ids of the sources that arrived with the latest change."""
