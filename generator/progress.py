"""A progress line on the terminal while a long build runs.

One line on stderr, rewritten in place: the stage, and for stages that work through many
things (stories to analyse, files to write) the count and a bar. Only for a terminal: a
build whose stderr goes to a file or a CI log prints nothing of it, and neither does
`--quiet`. Redrawn at most ten times a second, so a fast build pays nothing for it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol, TextIO

_REDRAW_SECONDS = 0.1
_BAR_WIDTH = 24


class Progress(Protocol):
    def start(self, stage: str, total: int = 0) -> None:
        """A stage begins; `total` things to do in it (0: not counted)."""

    def advance(self, done: int = 1) -> None:
        """`done` more things of the current stage are finished."""

    def finish(self) -> None:
        """The build is over: the line is cleared."""


class NoProgress:
    """Shows nothing: for --quiet, files, pipes and tests."""

    def start(self, stage: str, total: int = 0) -> None:
        pass

    def advance(self, done: int = 1) -> None:
        pass

    def finish(self) -> None:
        pass


class TerminalProgress:
    """The progress line on an interactive terminal."""

    def __init__(self, stream: TextIO, clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream
        self._now = clock
        self._stage = ""
        self._total = 0
        self._done = 0
        self._drawn_at = float("-inf")
        self._width = 0

    def start(self, stage: str, total: int = 0) -> None:
        self._stage, self._total, self._done = stage, total, 0
        self._draw(force=True)

    def advance(self, done: int = 1) -> None:
        self._done += done
        self._draw(force=self._done >= self._total > 0)

    def finish(self) -> None:
        if self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0

    def line(self) -> str:
        """The text of the progress line as it stands."""
        if self._total <= 0:
            return f"{self._stage}…"
        share = min(self._done, self._total) / self._total
        filled = round(share * _BAR_WIDTH)
        bar = "█" * filled + "·" * (_BAR_WIDTH - filled)
        return f"{self._stage:<8} {bar} {self._done}/{self._total} {share:4.0%}"

    def _draw(self, force: bool = False) -> None:
        now = self._now()
        if not force and now - self._drawn_at < _REDRAW_SECONDS:
            return
        self._drawn_at = now
        text = self.line()
        # Pad over what was there: the new line may be shorter than the last.
        self.stream.write("\r" + text.ljust(self._width))
        self.stream.flush()
        self._width = max(self._width, len(text))


def progress_for(stream: TextIO, quiet: bool) -> Progress:
    """A progress line if `stream` is a terminal and the user did not ask for quiet."""
    if quiet or not stream.isatty():
        return NoProgress()
    return TerminalProgress(stream)
