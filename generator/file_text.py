"""Reading user files as text: UTF-8 (with or without BOM), any line ends.

Every text file the tool reads goes through `read_text`, so a file that is not UTF-8, is
binary or cannot be opened gets the same clear error naming it, never a traceback.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from generator.diagnostics import Diagnostics, Position


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: Path, diagnostics: Diagnostics) -> str | None:
    """The file's text with '\\n' line ends and no BOM; None (and an error) if unreadable."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        diagnostics.error(Position(path), f"cannot read the file: {exc.strerror or exc}")
        return None
    return decode_text(data, path, diagnostics)


def decode_text(data: bytes, path: Path, diagnostics: Diagnostics) -> str | None:
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if b"\x00" in data[:8192]:
        line, col = _line_col(data, data.index(b"\x00"))
        diagnostics.error(
            Position(path, line, col),
            "this looks like a binary file, not text; remove it from the content folder",
        )
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _line_col(data, exc.start)
        diagnostics.error(
            Position(path, line, col),
            f"the file is not UTF-8 text (byte 0x{data[exc.start]:02x} cannot be decoded); "
            "save it with UTF-8 encoding",
        )
        return None
    return normalise_newlines(text)


def _line_col(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a byte offset; any line end counts."""
    before = normalise_newlines(data[:offset].decode("utf-8", errors="replace"))
    line_start = before.rfind("\n") + 1
    return before.count("\n") + 1, len(before) - line_start + 1
