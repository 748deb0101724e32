"""`briefing inspect dates FILE`: every time expression of one article with its offsets in
the file's text and its resolved value (generator.inspect.inspect_dates, through the CLI).

Offsets are defined on the file's text as the tool reads it: UTF-8 with any BOM removed
and every line end ("\\r\\n", "\\r") turned into "\\n". For each file written here the
tests decode the bytes that way themselves and check that text[start:end] is the
expression exactly; for BOM and CRLF files the offsets must also equal those of the same
article saved without BOM and with "\\n" line ends.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.cli import EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE, main

BODY = (
    "The port of Odesa reopened on Monday after a strike that began on November 4, 2024.\n"
    "\n"
    "The union will meet again next week, and a new contract is due by March 2025.\n"
)
DATED = "---\ntitle: Port strike ends\ndate: 2024-11-19\n---\n\n" + BODY
UNDATED = "---\ntitle: Port strike ends\n---\n\n" + BODY


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def write(tmp_path: Path, text: str, name: str = "article.md", *, bom: bool = False) -> Path:
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def file_text(path: Path) -> str:
    """The text offsets are defined on: no BOM, "\\n" line ends."""
    return path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")


def report(capsys: pytest.CaptureFixture[str], path: Path, *options: str) -> dict[str, Any]:
    code, out, err = run(capsys, "inspect", "dates", str(path), "--json", *options)
    assert (code, err) == (EXIT_OK, "")
    return json.loads(out)


def spans(data: dict[str, Any]) -> list[tuple[int, int, str]]:
    return [(item["start"], item["end"], item["text"]) for item in data["expressions"]]


# ---------------------------------------------------------------- the anchor


def test_a_date_in_the_front_matter_is_the_stated_anchor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = report(capsys, write(tmp_path, DATED))
    assert (data["anchor"], data["anchor_source"]) == ("2024-11-19", "stated")


def test_relative_dates_are_resolved_against_the_stated_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = report(capsys, write(tmp_path, DATED))
    assert [(item["text"], item["value"]) for item in data["expressions"]] == [
        ("Monday", "2024-11-18"),
        ("November 4, 2024", "2024-11-04"),
        ("next week", "2024-W48"),
        ("March 2025", "2025-03"),
    ]


def test_without_a_stated_date_the_anchor_is_estimated_from_the_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = report(capsys, write(tmp_path, UNDATED))
    assert (data["anchor"], data["anchor_source"]) == ("2024-11", "estimated")


def test_an_estimated_month_does_not_resolve_weekdays(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = report(capsys, write(tmp_path, UNDATED))
    assert [item["text"] for item in data["expressions"]] == ["November 4, 2024", "March 2025"]


def test_published_overrides_the_stated_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = report(capsys, write(tmp_path, DATED), "--published", "2024-11-27")
    assert (data["anchor"], data["anchor_source"], data["expressions"][0]["value"]) == (
        "2024-11-27",
        "given",
        "2024-11-25",
    )


def test_without_any_date_there_is_no_anchor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "---\ntitle: Port strike\n---\n\nThe port reopened on Monday.\n")
    data = report(capsys, path)
    assert (data["anchor"], data["anchor_source"], data["expressions"]) == (None, "none", [])


# ---------------------------------------------------------------- offsets in the file


def test_every_offset_indexes_the_files_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, DATED)
    text = file_text(path)
    found = spans(report(capsys, path))
    assert [text[start:end] for start, end, _ in found] == [written for _, _, written in found]


def test_offsets_count_from_the_start_of_the_file_not_of_the_body(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, DATED)
    start, end, _ = spans(report(capsys, path))[0]
    assert (start, end) == (DATED.index("Monday"), DATED.index("Monday") + len("Monday"))


@pytest.mark.parametrize(
    ("newline", "bom"),
    [("\r\n", False), ("\r\n", True), ("\n", True), ("\r", False)],
    ids=["crlf", "crlf-bom", "lf-bom", "cr"],
)
def test_offsets_are_on_the_text_without_bom_and_with_lf_line_ends(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], newline: str, bom: bool
) -> None:
    plain = spans(report(capsys, write(tmp_path, DATED, "plain.md")))
    path = write(tmp_path, DATED.replace("\n", newline), "variant.md", bom=bom)
    found = spans(report(capsys, path))
    text = file_text(path)
    assert (found, [text[start:end] for start, end, _ in found]) == (
        plain,
        [written for _, _, written in plain],
    )


def test_offsets_index_a_pasted_text_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(
        tmp_path,
        "Port strike ends\n\nThe port of Odesa reopened on Monday after a strike that began "
        "on November 4, 2024.\n",
        "pasted.txt",
    )
    text = file_text(path)
    found = spans(report(capsys, path, "--published", "2024-11-19"))
    assert [text[start:end] for start, end, _ in found] == ["Monday", "November 4, 2024"]


def test_offsets_index_markdown_with_inline_markup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(
        tmp_path,
        "# Port strike ends\n\n> The port reopened on **Monday** after a strike that began "
        "on *November 4, 2024*.\n",
    )
    text = file_text(path)
    found = spans(report(capsys, path, "--published", "2024-11-19"))
    assert [text[start:end] for start, end, _ in found] == ["Monday", "November 4, 2024"]


def test_offsets_count_characters_not_bytes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(
        tmp_path,
        "---\ntitle: Grève à Marseille\n---\n\nLa grève — “totale” — began on "
        "November 4, 2024 in Marseille.\n",
    )
    text = file_text(path)
    found = spans(report(capsys, path))
    assert [text[start:end] for start, end, _ in found] == ["November 4, 2024"]


# ---------------------------------------------------------------- output


def test_json_lists_every_field_of_an_expression(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = report(capsys, write(tmp_path, DATED))
    assert data["expressions"][-1] == {
        "start": DATED.index("March 2025"),
        "end": DATED.index("March 2025") + len("March 2025"),
        "text": "March 2025",
        "type": "DATE",
        "value": "2025-03",
        "precision": "month",
        "mod": None,
        "signal": "by",
        "range_end": None,
    }


def test_json_has_the_path_anchor_and_expressions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, DATED)
    data = report(capsys, path)
    assert (sorted(data), data["path"], len(data["expressions"])) == (
        ["anchor", "anchor_source", "expressions", "path"],
        str(path),
        4,
    )


def test_json_gives_each_expression_its_precision(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = report(capsys, write(tmp_path, DATED))
    assert [item["precision"] for item in data["expressions"]] == ["day", "day", "week", "month"]


def test_the_text_output_shows_the_anchor_and_one_line_per_expression(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, DATED)
    code, out, _ = run(capsys, "inspect", "dates", str(path))
    lines = out.splitlines()
    start = DATED.index("March 2025")
    assert (code, lines[:2], len(lines), lines[-1].split()) == (
        EXIT_OK,
        [str(path), "anchor: 2024-11-19 (stated)"],
        8,
        [
            str(start),
            str(start + 10),
            "DATE",
            "2025-03",
            "month",
            "March",
            "2025",
            "[signal",
            "by]",
        ],
    )


def test_the_text_output_says_when_there_is_no_anchor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "---\ntitle: Port strike\n---\n\nThe port reopened on Monday.\n")
    code, out, _ = run(capsys, "inspect", "dates", str(path))
    assert (code, out.splitlines()[1]) == (
        EXIT_OK,
        "anchor: none: relative dates cannot be resolved; pass --published",
    )


# ---------------------------------------------------------------- errors


@pytest.mark.parametrize("value", ["2024-13-01", "yesterday", "19/11/2024", "2023-02-29"])
def test_a_bad_published_value_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    code, out, err = run(
        capsys, "inspect", "dates", str(write(tmp_path, DATED)), "--published", value
    )
    assert (code, out, err.startswith("error: --published: ")) == (EXIT_USAGE, "", True)


def test_a_missing_file_is_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "inspect", "dates", str(tmp_path / "missing.md"))
    assert (code, out, "no such file" in err) == (EXIT_INPUT_ERRORS, "", True)


def test_a_file_that_cannot_be_loaded_is_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "---\ntitle: Port strike\n\nThe front matter never closes.\n")
    code, out, err = run(capsys, "inspect", "dates", str(path))
    assert (code, out, "never closed" in err) == (EXIT_INPUT_ERRORS, "", True)
