"""Tests for generator.file_text: user files read as UTF-8 text with '\\n' line ends."""

from __future__ import annotations

from pathlib import Path

from generator.diagnostics import Diagnostics, Position, Severity
from generator.file_text import read_text


def read(tmp_path: Path, data: bytes, name: str = "article.txt") -> tuple[str | None, Diagnostics]:
    path = tmp_path / name
    path.write_bytes(data)
    diagnostics = Diagnostics()
    return read_text(path, diagnostics), diagnostics


def test_utf8_text_is_read_as_is(tmp_path: Path) -> None:
    text, diagnostics = read(tmp_path, "Kyiv – Київ\n".encode())

    assert text == "Kyiv – Київ\n"
    assert len(diagnostics) == 0


def test_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    text, diagnostics = read(tmp_path, b"\xef\xbb\xbf---\ntitle: T\n")

    assert text == "---\ntitle: T\n"
    assert len(diagnostics) == 0


def test_crlf_line_ends_become_newlines(tmp_path: Path) -> None:
    text, _ = read(tmp_path, b"one\r\ntwo\r\n")

    assert text == "one\ntwo\n"


def test_lone_carriage_returns_become_newlines(tmp_path: Path) -> None:
    text, _ = read(tmp_path, b"one\rtwo\rthree")

    assert text == "one\ntwo\nthree"


def test_mixed_line_ends_become_newlines(tmp_path: Path) -> None:
    text, _ = read(tmp_path, b"one\r\ntwo\rthree\nfour\r\r\nfive")

    assert text == "one\ntwo\nthree\nfour\n\nfive"


def test_empty_file_is_empty_text(tmp_path: Path) -> None:
    text, diagnostics = read(tmp_path, b"")

    assert text == ""
    assert len(diagnostics) == 0


def test_latin1_file_gives_one_error_at_the_first_bad_byte(tmp_path: Path) -> None:
    text, diagnostics = read(
        tmp_path, "A headline\nLigne deux: caf\xe9 cr\xe8me\n".encode("latin-1")
    )

    assert text is None
    assert [d.format(relative_to=tmp_path) for d in diagnostics] == [
        "article.txt:2:16: the file is not UTF-8 text (byte 0xe9 cannot be decoded); "
        "save it with UTF-8 encoding"
    ]
    assert diagnostics.items[0].severity is Severity.ERROR


def test_bad_byte_column_counts_characters_not_bytes(tmp_path: Path) -> None:
    # "été " is 4 characters but 6 bytes; the stray byte is the 5th character.
    _, diagnostics = read(tmp_path, b"Title\n" + "été ".encode() + b"\xff rest\n")

    assert diagnostics.items[0].position == Position(tmp_path / "article.txt", 2, 5)


def test_bad_byte_line_counts_lone_carriage_returns_as_line_ends(tmp_path: Path) -> None:
    # An old Mac file: lines end with '\r' only, as read_text itself treats them.
    _, diagnostics = read(tmp_path, "One\rTwo\rCaf\xe9\r".encode("latin-1"))

    assert diagnostics.items[0].position == Position(tmp_path / "article.txt", 3, 4)


def test_bad_byte_after_a_byte_order_mark_keeps_its_column(tmp_path: Path) -> None:
    _, diagnostics = read(tmp_path, b"\xef\xbb\xbfab\xe9")

    assert diagnostics.items[0].position == Position(tmp_path / "article.txt", 1, 3)


def test_file_with_nul_bytes_is_reported_as_binary(tmp_path: Path) -> None:
    text, diagnostics = read(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", name="photo.md")

    assert text is None
    assert [d.format(relative_to=tmp_path) for d in diagnostics] == [
        "photo.md:3:1: this looks like a binary file, not text; remove it from the content folder"
    ]


def test_missing_file_is_an_error_naming_it(tmp_path: Path) -> None:
    diagnostics = Diagnostics()

    text = read_text(tmp_path / "gone.md", diagnostics)

    assert text is None
    assert [d.format(relative_to=tmp_path) for d in diagnostics] == [
        "gone.md: cannot read the file: No such file or directory"
    ]


def test_folder_instead_of_a_file_is_an_error_naming_it(tmp_path: Path) -> None:
    folder = tmp_path / "story.yaml"
    folder.mkdir()
    diagnostics = Diagnostics()

    text = read_text(folder, diagnostics)

    assert text is None
    assert [d.format(relative_to=tmp_path) for d in diagnostics] == [
        "story.yaml: cannot read the file: Is a directory"
    ]
