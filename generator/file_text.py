"""Reading user files as text: UTF-8 (with or without BOM), any line ends.

Every file the tool reads from the site goes through `read_bytes` (and text files through
`read_text` or `decode_text`), so a file that is not UTF-8, is binary, is too big, is not a
regular file or cannot be opened gets the same clear error naming it, never a traceback
or a build that hangs.
"""

from __future__ import annotations

import codecs
import stat
from pathlib import Path

from generator.diagnostics import Diagnostics, Position

# No article, story.yaml or site.yaml is anywhere near this size: a long-form article is
# about 100 KB and a whole pasted page rarely 500 KB. A bigger file is a mistake (a dump,
# a log, a book), and the analysis of one article grows faster than its length.
MAX_FILE_BYTES = 2_000_000

# Byte-order marks of the encodings a "Unicode" save in an editor may produce. UTF-32
# comes first: its little-endian mark starts with UTF-16's.
_OTHER_UNICODE_BOMS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)
_SNIFF_BYTES = 8192


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: Path, diagnostics: Diagnostics) -> str | None:
    """The file's text with '\\n' line ends and no BOM; None (and an error) if unreadable."""
    data = read_bytes(path, diagnostics)
    if data is None:
        return None
    return decode_text(data, path, diagnostics)


def read_bytes(path: Path, diagnostics: Diagnostics, limit: int = MAX_FILE_BYTES) -> bytes | None:
    """The file's bytes; None (and an error) when it cannot or should not be read."""
    try:
        mode = path.stat().st_mode
        # Opening a named pipe blocks until something writes to it, and a device such as
        # /dev/zero never ends: neither is ever opened.
        if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) or stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
            diagnostics.error(
                Position(path, 1, 1),
                "this is not a regular file (it is a named pipe, socket or device); "
                "remove it from the site folder",
            )
            return None
        with path.open("rb") as handle:
            # Reading one byte past the limit tells a file over it without reading all of it.
            data = handle.read(limit + 1)
    except OSError as exc:
        diagnostics.error(Position(path), f"cannot read the file: {exc.strerror or exc}")
        return None
    if len(data) > limit:
        diagnostics.error(Position(path, 1, 1), _too_big_message(path, limit))
        return None
    return data


def _too_big_message(path: Path, limit: int) -> str:
    try:
        size = f"{path.stat().st_size / 1_000_000:.1f} MB"
    except OSError:
        size = "too big"
    return (
        f"the file is {size}, over the {limit / 1_000_000:g} MB limit for a file briefing "
        "reads; keep only the article's text in it (drop the rest of the page), or split "
        "it into several files"
    )


def decode_text(data: bytes, path: Path, diagnostics: Diagnostics) -> str | None:
    other_encoding = _other_unicode_encoding(data)
    if other_encoding is not None:
        diagnostics.error(
            Position(path, 1, 1),
            f"the file is {other_encoding} text, not UTF-8; save it with UTF-8 encoding "
            "(in the editor's 'Save as' or 'Encoding' menu)",
        )
        return None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if b"\x00" in data[:_SNIFF_BYTES]:
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


def _other_unicode_encoding(data: bytes) -> str | None:
    """'UTF-16' or 'UTF-32' when the bytes are text in that encoding, else None.

    A byte-order mark says so outright. Without one, UTF-16 text in a Latin script has a
    zero byte in every other place, which a binary file does not."""
    for bom, name in _OTHER_UNICODE_BOMS:
        if data.startswith(bom):
            return name
    sample = data[:_SNIFF_BYTES]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, others in ((odd, even), (even, odd)):
        if zeros.count(0) >= 0.9 * len(zeros) and others.count(0) == 0:
            return "UTF-16"
    return None


def _line_col(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a byte offset; any line end counts."""
    before = normalise_newlines(data[:offset].decode("utf-8", errors="replace"))
    line_start = before.rfind("\n") + 1
    return before.count("\n") + 1, len(before) - line_start + 1
