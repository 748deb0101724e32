"""Tests for generator.yaml_source: YAML mappings that remember where things were written."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest

from generator import yaml_source
from generator.diagnostics import Diagnostics, Position, Severity
from generator.yaml_source import MAX_YAML_CHARS, YamlMapping, parse_mapping

PATH = Path("article.md")


def parse(text: str, **options: Any) -> tuple[YamlMapping | None, Diagnostics]:
    diagnostics = Diagnostics()
    return parse_mapping(text, PATH, diagnostics, **options), diagnostics


def only_message(diagnostics: Diagnostics) -> str:
    assert len(diagnostics) == 1, [d.format() for d in diagnostics]
    return diagnostics.items[0].format()


# ---------------------------------------------------------------- positions


def test_key_position_is_counted_in_the_file_with_line_offset() -> None:
    mapping, _ = parse("title: Hello\npublisher: FT\n", line_offset=1)

    assert mapping is not None
    assert mapping.key_position("publisher") == Position(PATH, 3, 1)


def test_value_position_is_counted_in_the_file_with_line_offset() -> None:
    mapping, _ = parse("title: Hello\npublisher: FT\n", line_offset=1)

    assert mapping is not None
    assert mapping.get("publisher") is not None
    assert mapping.get("publisher").position == Position(PATH, 3, 12)


def test_positions_start_at_line_one_without_offset() -> None:
    mapping, _ = parse("title: Hello\n")

    assert mapping is not None
    assert mapping.key_position("title") == Position(PATH, 1, 1)


def test_nested_mapping_keeps_the_positions_of_its_keys() -> None:
    mapping, _ = parse("title: T\nanalysis:\n  key_points: 3\n  summary_sentences: 2\n")

    assert mapping is not None
    nested = mapping.get("analysis").value
    assert isinstance(nested, YamlMapping)
    assert nested.key_position("summary_sentences") == Position(PATH, 4, 3)
    assert nested.get("summary_sentences").value == 2


# ---------------------------------------------------------------- syntax errors


def test_syntax_error_is_reported_at_the_file_line_and_column() -> None:
    # YAML line 3 is bad; the block starts after one fence line, so it is file line 4.
    _, diagnostics = parse(
        "title: Hello\npublisher: FT\nurl: a: b\n", line_offset=1, what="front matter"
    )

    assert only_message(diagnostics) == (
        "article.md:4:7: invalid front matter: mapping values are not allowed here; "
        "put a space after ':' and quote values that contain ': '"
    )


def test_syntax_error_is_an_error_and_gives_no_mapping() -> None:
    mapping, diagnostics = parse("title: Hello\nurl: a: b\n")

    assert mapping is None
    assert [d.severity for d in diagnostics] == [Severity.ERROR]


def test_tab_indentation_error_asks_for_spaces() -> None:
    _, diagnostics = parse("title: Hello\n\tdate: 2024\n", line_offset=1)

    message = only_message(diagnostics)
    assert message.startswith("article.md:3:1: invalid YAML: ")
    assert message.endswith("use spaces, not tabs, to indent")


def test_python_object_tags_are_refused() -> None:
    mapping, diagnostics = parse("title: !!python/object/apply:os.system [echo hi]\n")

    assert mapping is None
    assert "could not determine a constructor" in only_message(diagnostics)


def test_several_documents_are_refused() -> None:
    mapping, diagnostics = parse("a: 1\n---\nb: 2\n")

    assert mapping is None
    assert only_message(diagnostics).startswith("article.md:2:1: invalid YAML: ")


# ---------------------------------------------------------------- duplicate keys


def test_duplicate_key_is_reported_with_both_lines() -> None:
    _, diagnostics = parse("title: One\ntags: x\ntitle: Two\n", line_offset=1)

    assert only_message(diagnostics) == (
        "article.md:4:1: duplicate key 'title' (first set on line 2); keep only one of them"
    )


def test_duplicate_key_inside_a_nested_mapping_is_reported() -> None:
    _, diagnostics = parse("analysis:\n  key_points: 1\n  key_points: 2\n")

    assert only_message(diagnostics) == (
        "article.md:3:3: duplicate key 'key_points' (first set on line 2); keep only one of them"
    )


# ---------------------------------------------------------------- document shapes


def test_list_document_is_rejected() -> None:
    mapping, diagnostics = parse("- one\n- two\n", what="front matter")

    assert mapping is None
    assert only_message(diagnostics) == (
        "article.md:1:1: front matter must be a mapping of 'key: value' lines, not a list"
    )


def test_scalar_document_is_rejected() -> None:
    mapping, diagnostics = parse("just some words\n", line_offset=1)

    assert mapping is None
    assert only_message(diagnostics) == (
        "article.md:2:1: YAML must be a mapping of 'key: value' lines, "
        "not a single value ('just some words')"
    )


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n"])
def test_empty_document_is_an_empty_mapping(text: str) -> None:
    mapping, diagnostics = parse(text, line_offset=1)

    assert mapping == YamlMapping({}, Position(PATH, 2, 1))
    assert len(diagnostics) == 0


def test_non_scalar_key_is_an_error() -> None:
    _, diagnostics = parse("? [a, b]\n: 1\n")

    assert only_message(diagnostics) == ("article.md:1:3: keys must be plain names such as 'title'")


# ---------------------------------------------------------------- values


@pytest.mark.parametrize(
    "written",
    ["2024-11-19", "2024-11-19T10:30:00Z", "2024-11-19 10:30:00", "2024-11-19t10:30:00+02:00"],
)
def test_timestamps_stay_the_text_the_user_wrote(written: str) -> None:
    mapping, _ = parse(f"date: {written}\n")

    assert mapping is not None
    assert mapping.get("date").value == written


def test_sequence_values_are_plain_lists() -> None:
    mapping, _ = parse("tags: [Ukraine, Russia]\n")

    assert mapping is not None
    assert mapping.get("tags").value == ["Ukraine", "Russia"]


# ---------------------------------------------------------------- hostile input

_LAUGHS = 9


def _list_alias_bomb() -> str:
    lines = ["a: &a [" + ", ".join(["lol"] * _LAUGHS) + "]"]
    names = "abcdefghi"
    for previous, name in itertools.pairwise(names):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * _LAUGHS) + "]")
    return "\n".join(lines) + "\n"


def _mapping_alias_bomb() -> str:
    keys = [f"k{index}" for index in range(_LAUGHS)]
    lines = ["a: &a {" + ", ".join(f"{key}: lol" for key in keys) + "}"]
    names = "abcdefghi"
    for previous, name in itertools.pairwise(names):
        lines.append(f"{name}: &{name} {{" + ", ".join(f"{key}: *{previous}" for key in keys) + "}")
    return "\n".join(lines) + "\n"


def test_list_alias_bomb_is_refused_without_expanding() -> None:
    mapping, diagnostics = parse(_list_alias_bomb())

    assert mapping is None
    assert only_message(diagnostics).endswith(
        "invalid YAML: with its aliases ('*e') written out, this document would be more "
        "than 1,000,000 characters long (an alias bomb); write the values out instead of "
        "repeating anchors"
    )


def test_mapping_alias_bomb_builds_each_mapping_only_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # The document holds 10 mappings (the root and a..i); expanding every alias would build
    # 9**8 of them. The counter stops the test long before that could exhaust memory.
    limit = 100
    built: list[int] = []

    class CountingMapping(YamlMapping):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            built.append(1)
            assert len(built) <= limit, "alias bomb expanded: a mapping is rebuilt per alias"
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(yaml_source, "YamlMapping", CountingMapping)

    parse(_mapping_alias_bomb())

    assert len(built) <= limit


def test_document_over_the_size_cap_is_refused() -> None:
    text = "a: " + "x" * MAX_YAML_CHARS

    mapping, diagnostics = parse(text, line_offset=1, what="front matter")

    assert mapping is None
    assert only_message(diagnostics) == (
        f"article.md:2:1: front matter is {len(text):,} characters long "
        f"(limit {MAX_YAML_CHARS:,}); move long text out of it"
    )


def test_document_at_the_size_cap_is_accepted() -> None:
    text = "a: " + "x" * (MAX_YAML_CHARS - 3)

    mapping, diagnostics = parse(text)

    assert mapping is not None
    assert len(mapping.get("a").value) == MAX_YAML_CHARS - 3
    assert len(diagnostics) == 0


def test_unclosed_quote_is_reported_where_the_quote_opens() -> None:
    _, diagnostics = parse('title: "never closed\nauthor: Jane\n', line_offset=1)

    assert only_message(diagnostics) == (
        "article.md:2:8: invalid YAML: this quoted value is never closed; "
        "add the closing quotation mark"
    )
