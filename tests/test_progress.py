"""The progress line: on a terminal only, redrawn in place, cleared at the end."""

from __future__ import annotations

import io
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

from generator.progress import NoProgress, TerminalProgress, progress_for


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_only_a_terminal_gets_a_progress_line() -> None:
    assert isinstance(progress_for(Terminal(), quiet=False), TerminalProgress)
    assert isinstance(progress_for(Terminal(), quiet=True), NoProgress)
    assert isinstance(progress_for(io.StringIO(), quiet=False), NoProgress)


def test_a_counted_stage_shows_its_count_and_bar() -> None:
    terminal, clock = Terminal(), Clock()
    progress = TerminalProgress(terminal, clock)
    progress.start("analyse", total=4)
    clock.now = 1.0
    progress.advance()
    assert progress.line() == "analyse  ██████·················· 1/4  25%"
    assert terminal.getvalue().endswith("\ranalyse  ██████·················· 1/4  25%")


def test_redraws_are_limited_but_the_last_count_is_always_shown() -> None:
    terminal, clock = Terminal(), Clock()
    progress = TerminalProgress(terminal, clock)
    progress.start("write", total=1000)
    for _ in range(999):
        progress.advance()  # the clock stands still: no redraw
    assert terminal.getvalue().count("\r") == 1
    progress.advance()
    assert terminal.getvalue().count("\r") == 2
    assert terminal.getvalue().endswith("1000/1000 100%")


def test_an_uncounted_stage_shows_its_name_and_finish_clears_the_line() -> None:
    terminal = Terminal()
    progress = TerminalProgress(terminal, Clock())
    progress.start("analyse", total=3)
    counted = terminal.getvalue().rsplit("\r", 1)[1]
    progress.start("render")
    shown = terminal.getvalue().rsplit("\r", 1)[1]
    # The shorter line is padded over the longer one it replaces.
    assert shown.rstrip() == "render…"
    assert len(shown) == len(counted)
    progress.finish()
    text = terminal.getvalue()
    assert text.endswith("\r")
    assert set(text.rsplit("\r", 2)[1]) == {" "}  # the widest line, blanked


def test_a_build_on_a_terminal_shows_stages_and_counts_then_clears_the_line(
    small_site: Path,
) -> None:
    primary, secondary = pty.openpty()
    command = [sys.executable, "-m", "generator", "build", "--source", str(small_site), "-j1"]
    process = subprocess.Popen(command, stderr=secondary, stdout=subprocess.DEVNULL)
    os.close(secondary)  # the child holds its own copy; reading ends when it exits
    try:
        output = _read_all(primary).decode("utf-8")
    finally:
        os.close(primary)
    assert process.wait(timeout=60) == 0
    assert "\ranalyse  " in output and "2/2 100%" in output
    assert re.search(r"\rwrite +█+ (\d+)/\1 100%", output)
    # The line is blanked before the summary, which stands on a line of its own.
    summary = re.search(r"\r +\r(built 2 briefings [^\r\n]*)", output)
    assert summary is not None, output


def test_a_build_into_a_pipe_or_file_shows_no_progress_line(small_site: Path) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--source", str(small_site)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "\r" not in completed.stderr
    assert "built 2 briefings" in completed.stderr


def _read_all(descriptor: int) -> bytes:
    chunks = []
    while True:
        try:
            chunk = os.read(descriptor, 65536)
        except OSError:  # Linux reports the closed terminal as EIO
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)
