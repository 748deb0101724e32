"""Watching the site's sources, and turning bursts of file events into one rebuild.

An editor's save is several events (write a temporary file, rename it over the old one,
touch the folder); a `git checkout` is hundreds. The Debouncer collects them and calls
back once the files have been quiet for a moment, on its own thread, one call at a time:
events that arrive during a rebuild are collected for the next one.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

log = logging.getLogger(__name__)

# Events that change a file's content or existence; opening or reading one does not.
_CHANGES = frozenset({"created", "modified", "deleted", "moved", "closed"})
# Files editors write beside the one being saved, which no build reads.
_EDITOR_DEBRIS_SUFFIXES = (".swp", ".swx", ".swo", ".tmp", ".bak", "~")
_EDITOR_DEBRIS_PREFIXES = (".#", ".~")
_EDITOR_DEBRIS_NAMES = frozenset({"4913", ".DS_Store"})
_POLL_SECONDS = 0.5


class Debouncer:
    """Calls `callback` with the changed paths once no change came for `quiet` seconds.

    A steady stream of changes still gets a rebuild every `longest` seconds.
    """

    def __init__(
        self,
        callback: Callable[[frozenset[Path]], None],
        quiet: float = 0.05,
        longest: float = 1.0,
    ) -> None:
        self._callback = callback
        self._quiet = quiet
        self._longest = longest
        self._condition = threading.Condition()
        self._pending: set[Path] = set()
        self._first = 0.0
        self._last = 0.0
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="briefing-rebuild", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        with self._condition:
            self._stopped = True
            self._condition.notify_all()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)

    def add(self, path: Path) -> None:
        with self._condition:
            now = time.monotonic()
            if not self._pending:
                self._first = now
            self._pending.add(path)
            self._last = now
            self._condition.notify_all()

    def _run(self) -> None:
        while True:
            batch = self._next_batch()
            if batch is None:
                return
            try:
                self._callback(batch)
            except Exception:  # a bug in a rebuild must not end the preview
                log.exception("the rebuild failed unexpectedly")

    def _next_batch(self) -> frozenset[Path] | None:
        with self._condition:
            while True:
                if self._stopped:
                    return None
                if not self._pending:
                    self._condition.wait()
                    continue
                now = time.monotonic()
                due = min(self._last + self._quiet, self._first + self._longest)
                if now >= due:
                    batch = frozenset(self._pending)
                    self._pending.clear()
                    return batch
                self._condition.wait(due - now)


class SourceWatcher:
    """Feeds changes under `folders` (recursively) and to `files` into a Debouncer."""

    def __init__(self, debouncer: Debouncer, poll: bool) -> None:
        self._debouncer = debouncer
        self._poll = poll
        self._observer: BaseObserver | None = None
        self._watched: tuple[tuple[Path, ...], ...] = ()

    def watch(self, folders: Iterable[Path], files: Iterable[Path]) -> None:
        """Watch these, replacing what was watched before (site.yaml may move things).

        A folder that does not exist yet (a site without templates/) counts from the
        moment it is created: its parent is watched, and its creation starts a rebuild,
        after which watch() is called again and takes it in.
        """
        resolved = sorted({folder.resolve() for folder in folders})
        existing = tuple(folder for folder in resolved if folder.is_dir())
        file_paths = tuple(sorted({file.resolve() for file in files}))
        wanted = (existing, tuple(resolved), file_paths)
        if wanted == self._watched and self._observer is not None:
            return
        self.stop()
        observer: BaseObserver
        observer = PollingObserver(timeout=_POLL_SECONDS) if self._poll else Observer()
        handler = _Relevant(self._debouncer, tuple(resolved), file_paths)
        for folder in existing:
            observer.schedule(handler, str(folder), recursive=True)
        parents = {path.parent for path in (*file_paths, *resolved) if path not in existing}
        for parent in sorted(parents):
            if parent.is_dir() and not any(parent.is_relative_to(f) for f in existing):
                observer.schedule(handler, str(parent), recursive=False)
        observer.start()
        self._observer = observer
        self._watched = wanted

    def stop(self) -> None:
        if self._observer is not None:
            self._observer.stop()
            self._observer.join(timeout=5)
            self._observer = None


class _Relevant(FileSystemEventHandler):
    """Passes on the events that can change the site."""

    def __init__(
        self, debouncer: Debouncer, folders: tuple[Path, ...], files: tuple[Path, ...]
    ) -> None:
        self._debouncer = debouncer
        self._folders = folders
        self._files = frozenset(files)

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type not in _CHANGES:
            return
        if event.is_directory and event.event_type == "modified":
            return  # a folder's time stamp moves whenever a file in it changes
        for raw in (event.src_path, event.dest_path):
            if not raw:
                continue
            path = Path(raw if isinstance(raw, str) else raw.decode("utf-8", "replace"))
            if self.relevant(path):
                self._debouncer.add(path)

    def relevant(self, path: Path) -> bool:
        name = path.name
        if (
            name in _EDITOR_DEBRIS_NAMES
            or name.endswith(_EDITOR_DEBRIS_SUFFIXES)
            or name.startswith(_EDITOR_DEBRIS_PREFIXES)
        ):
            return False
        return path in self._files or any(path.is_relative_to(f) for f in self._folders)
