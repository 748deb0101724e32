"""Property tests for front matter: splitting, YAML parsing and the article fields.

Whatever the text, the parser returns (values or None) and diagnostics; it never raises,
every position it reports is a real place in the file, the body it returns is the rest of
the text, unsafe YAML tags are never constructed, and valid front matter reads back the
values it was written with.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path
from typing import Any
from unittest import mock

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from generator.diagnostics import BIDI_CONTROLS, Diagnostics, Severity
from generator.front_matter import (
    ARTICLE_FIELDS,
    SplitSource,
    parse_front_matter,
    split_front_matter,
)
from generator.partial_date import PartialDate
from generator.yaml_source import YamlMapping, parse_mapping

PATH = Path("content/article.md")

# Pieces that make YAML parsers work hard: fences, indicators, quotes, anchors and
# aliases, tags that name Python code, tabs, every kind of line end and invisible
# characters, numbers that are not numbers and dates that do not exist.
YAML_PIECES = [
    "---",
    "...",
    "\n",
    "\r\n",
    "\r",
    "\t",
    " ",
    "  ",
    ":",
    ": ",
    "- ",
    "title",
    "date",
    "tags",
    "url",
    "author",
    "'",
    '"',
    "&a ",
    "*a",
    "&b ",
    "*b",
    "<<: ",
    "!!python/object/apply:os.system ",
    "!!python/name:os.system ",
    "!!python/object/new:subprocess.Popen ",
    "!!binary ",
    "!!set ",
    "!!int ",
    "!!float ",
    "!!timestamp ",
    "!local ",
    "{",
    "}",
    "[",
    "]",
    ",",
    "#",
    "|",
    ">",
    "? ",
    "%YAML 1.1\n",
    "\\",
    "0x_",
    "0o8",
    "1e9999",
    ".nan",
    "2024-02-30",
    "2024-13-01",
    "0000-01-01",
    "yes",
    "~",
    "é",
    "🔥",
    "ختم",
    "\u2028",
    "\u2029",
    "\x85",
    "\ufeff",
    "\u202e",
    "\x07",
    "\x00",
    "\x1b",
]

yaml_ish = st.lists(st.one_of(st.sampled_from(YAML_PIECES), st.text(max_size=4)), max_size=40).map(
    "".join
)
documents = st.one_of(
    st.text(),
    yaml_ish,
    st.tuples(yaml_ish, yaml_ish).map(lambda parts: f"---\n{parts[0]}\n---\n{parts[1]}"),
)


def file_lines(source: str) -> list[str]:
    """The file's lines as an editor shows them ('\\n' ends a line; the text is read with
    its line ends normalised)."""
    return source.split("\n")


def assert_positions_inside(diagnostics: Diagnostics, source: str) -> None:
    lines = file_lines(source)
    for diagnostic in diagnostics:
        position = diagnostic.position
        assert position.path == PATH
        assert position.line is not None and position.col is not None, diagnostic.format()
        assert 1 <= position.line <= len(lines), diagnostic.format()
        assert 1 <= position.col <= len(lines[position.line - 1]) + 1, diagnostic.format()


def normalised(source: str) -> str:
    """What `decode_text` hands on: '\\n' line ends."""
    return source.replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------- splitting


@settings(max_examples=300)
@given(documents)
def test_split_never_raises_and_the_parts_rebuild_the_text(raw: str) -> None:
    source = normalised(raw)
    diagnostics = Diagnostics()

    split = split_front_matter(source, PATH, diagnostics)

    assert_positions_inside(diagnostics, source)
    if split is None:
        assert [(d.severity, d.position.line, d.position.col) for d in diagnostics] == [
            (Severity.ERROR, 1, 1)
        ]
        return
    assert len(diagnostics) == 0
    lines = file_lines(source)
    assert 1 <= split.body_line <= len(lines) + 1
    assert split.body == "\n".join(lines[split.body_line - 1 :])
    if split.front_matter is None:
        assert (split.body, split.body_line) == (source, 1)
    else:
        assert split.front_matter == "\n".join(lines[1 : split.body_line - 2])
        assert lines[0].rstrip() == "---"
        assert lines[split.body_line - 2].rstrip() in ("---", "...")


# ---------------------------------------------------------------- parsing


@settings(max_examples=400)
@given(documents)
def test_parsing_never_raises_and_reports_positions_inside_the_file(raw: str) -> None:
    source = normalised(raw)
    diagnostics = Diagnostics()

    split = split_front_matter(source, PATH, diagnostics)
    values = parse_front_matter(split, PATH, diagnostics) if split else None

    assert_positions_inside(diagnostics, source)
    if values is not None:
        assert set(values) == {field.name for field in ARTICLE_FIELDS}
        assert all(isinstance(tag, str) and tag for tag in values["tags"])
        for name in ("title", "publisher", "author", "language", "url"):
            assert values[name] is None or isinstance(values[name], str)
    if split is not None and split.front_matter is not None and values is None:
        assert diagnostics.has_errors()


@settings(max_examples=300)
@given(yaml_ish, st.integers(min_value=0, max_value=5))
def test_parse_mapping_positions_are_counted_in_the_file(text: str, line_offset: int) -> None:
    # The YAML block as it sits in a file after `line_offset` lines.
    source = "\n" * line_offset + normalised(text)
    diagnostics = Diagnostics()

    mapping = parse_mapping(normalised(text), PATH, diagnostics, line_offset=line_offset)

    assert_positions_inside(diagnostics, source)
    assert all(d.position.line > line_offset for d in diagnostics)
    if mapping is not None:
        for key_position, value in mapping.entries.values():
            assert key_position.line is not None and key_position.line > line_offset
            assert value.position.line is not None and value.position.line > line_offset


PLAIN_TYPES = (str, int, float, bool, type(None), bytes, list, tuple, set, YamlMapping)


def assert_plain(value: Any, seen: set[int] | None = None) -> None:
    """Only plain YAML types, all the way down (aliases may share a value)."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return
    seen.add(id(value))
    assert isinstance(value, PLAIN_TYPES), type(value)
    if isinstance(value, YamlMapping):
        for _, entry in value.entries.values():
            assert_plain(entry.value, seen)
    elif isinstance(value, list | tuple | set):
        for item in value:
            assert_plain(item, seen)


@settings(max_examples=300)
@given(yaml_ish)
def test_unsafe_tags_are_never_constructed(text: str) -> None:
    called = mock.Mock(side_effect=AssertionError("YAML ran a command"))
    with (
        mock.patch.object(os, "system", called),
        mock.patch.object(subprocess, "Popen", called),
    ):
        mapping = parse_mapping(normalised(text), PATH, Diagnostics())

    assert not called.called
    if mapping is not None:
        assert_plain(mapping)


def test_python_tags_are_refused_and_nothing_runs(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    tags = [
        f"!!python/object/apply:os.system ['touch {marker}']",
        f"!!python/object/apply:subprocess.check_call [['touch', '{marker}']]",
        f"!!python/object/new:subprocess.Popen [['touch', '{marker}']]",
        "!!python/name:os.system",
        "!!python/module:os",
    ]
    for tag in tags:
        diagnostics = Diagnostics()

        mapping = parse_mapping(f"title: {tag}\n", PATH, diagnostics)

        assert mapping is None
        message = diagnostics.items[0].format()
        assert len(diagnostics) == 1
        assert message.startswith("content/article.md:1:8: invalid YAML: could not determine")
    assert not marker.exists()


# ---------------------------------------------------------------- round trip

# Characters PyYAML accepts in a document (its reader's rule), less line breaks, controls
# and direction controls, which the loader reports or changes on purpose.
_YAML_PRINTABLE = re.compile("[\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_EXCLUDED = set(BIDI_CONTROLS) | {"\u2028", "\u2029", "\ufeff"}
one_line_text = st.text(
    alphabet=st.characters(
        codec="utf-8",
        exclude_categories=("Cc", "Cs"),
    ).filter(lambda char: bool(_YAML_PRINTABLE.match(char)) and char not in _EXCLUDED),
    min_size=1,
    max_size=40,
).filter(lambda text: bool(text.split()))


def collapsed(text: str) -> str:
    return " ".join(text.split())


@st.composite
def publication_dates(draw: st.DrawFn) -> str:
    """An ISO date that exists, at year, month or day precision."""
    iso = PartialDate.from_date(draw(st.dates())).iso()
    return iso[: draw(st.sampled_from([4, 7, 10]))]


@settings(max_examples=200)
@given(
    title=one_line_text,
    publisher=one_line_text,
    path=st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_/", max_size=30),
    date=publication_dates(),
    authors=st.lists(one_line_text, min_size=1, max_size=3),
    language=st.sampled_from(["en", "en-GB", "fr", "ar", "zh-Hant"]),
    tags=st.lists(one_line_text, max_size=4),
    body=st.text(max_size=200),
)
def test_valid_front_matter_round_trips_its_values(
    title: str,
    publisher: str,
    path: str,
    date: str,
    authors: list[str],
    language: str,
    tags: list[str],
    body: str,
) -> None:
    url = f"https://example.org/{path}"
    # JSON strings are YAML double-quoted scalars: any text can be written this way.
    front_matter = "\n".join(
        f"{key}: {json.dumps(value, ensure_ascii=False)}"
        for key, value in (
            ("title", title),
            ("publisher", publisher),
            ("url", url),
            ("date", date),
            ("author", authors),
            ("language", language),
            ("tags", tags),
        )
    )
    body = normalised(body)
    source = f"---\n{front_matter}\n---\n{body}"
    diagnostics = Diagnostics()

    split = split_front_matter(source, PATH, diagnostics)
    assert split is not None
    values = parse_front_matter(split, PATH, diagnostics)

    assert [d.format() for d in diagnostics] == []
    assert values is not None
    assert (split.body, split.body_line) == (body, 10)
    assert values["title"] == collapsed(title)
    assert values["publisher"] == collapsed(publisher)
    assert values["url"] == url
    assert values["date"].date.iso() == date
    assert values["author"] == ", ".join(collapsed(author) for author in authors)
    assert values["language"] == language
    assert values["tags"] == tuple(collapsed(tag) for tag in tags)


@given(st.text(max_size=50))
def test_a_file_without_a_fence_is_all_body(text: str) -> None:
    source = normalised(text)
    assume(source.split("\n")[0].rstrip() != "---")
    diagnostics = Diagnostics()

    split = split_front_matter(source, PATH, diagnostics)

    assert split == SplitSource(None, source, 1)
    assert len(diagnostics) == 0
