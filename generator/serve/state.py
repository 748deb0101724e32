"""What the preview server shows, shared between the build thread and request threads.

One lock and one condition guard it. While a build runs, requests for site files wait
(up to a limit) so they get the new build, never a half-built one. Browsers listening for
changes wait on the same condition and are told what the latest build did: a full
reload, new stylesheets only, or a failure with its messages.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from generator.serve.snapshot import Snapshot


@dataclass(frozen=True)
class Change:
    """What a browser should do after a build."""

    version: int
    kind: str
    """"reload", "css" (only stylesheets changed), or "failed"."""
    paths: tuple[str, ...] = ()
    """For "css": the stylesheets that changed."""
    messages: tuple[str, ...] = ()
    """For "failed": every problem, as `path:line:col: message`."""


class PreviewState:
    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._snapshot: Snapshot | None = None
        self._building = False
        self._closed = False
        self._change = Change(0, "reload")

    def start_build(self) -> None:
        with self._condition:
            self._building = True

    def publish(self, snapshot: Snapshot, change: Change) -> None:
        """A successful build: serve `snapshot` from now on."""
        with self._condition:
            self._snapshot = snapshot
            self._building = False
            self._change = change
            self._condition.notify_all()

    def fail(self, change: Change) -> None:
        """A failed build: keep serving the last good snapshot, and say why."""
        with self._condition:
            self._building = False
            self._change = change
            self._condition.notify_all()

    def close(self) -> None:
        """Stop: wakes every waiting request so the server can shut down."""
        with self._condition:
            self._closed = True
            self._condition.notify_all()

    @property
    def closed(self) -> bool:
        with self._condition:
            return self._closed

    def current(self, timeout: float) -> Snapshot | None:
        """The latest good snapshot, waiting while a build runs (at most `timeout`)."""
        with self._condition:
            self._condition.wait_for(
                lambda: self._closed or (not self._building and self._snapshot is not None),
                timeout,
            )
            return self._snapshot

    def latest_change(self) -> Change:
        with self._condition:
            return self._change

    def next_change(self, seen: int, timeout: float) -> Change | None:
        """The first change after version `seen`; None on timeout or when closing."""
        with self._condition:
            self._condition.wait_for(
                lambda: self._closed or self._change.version > seen,
                timeout,
            )
            if self._closed or self._change.version <= seen:
                return None
            return self._change
