"""Tests for generator.front_matter: splitting the YAML block off and checking its fields."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from generator.diagnostics import Diagnostics, Severity
from generator.front_matter import (
    PublicationDate,
    SplitSource,
    parse_front_matter,
    split_front_matter,
)
from generator.partial_date import PartialDate, Precision

PATH = Path("article.md")


def split(source: str) -> tuple[SplitSource | None, Diagnostics]:
    diagnostics = Diagnostics()
    return split_front_matter(source, PATH, diagnostics), diagnostics


def fields(yaml_lines: str) -> tuple[dict[str, Any] | None, Diagnostics]:
    """Front matter values of an article whose front matter is `yaml_lines`."""
    diagnostics = Diagnostics()
    source = f"---\n{yaml_lines}---\nThe article's text.\n"
    parts = split_front_matter(source, PATH, diagnostics)
    assert parts is not None
    return parse_front_matter(parts, PATH, diagnostics), diagnostics


def formatted(diagnostics: Diagnostics) -> list[str]:
    return [diagnostic.format() for diagnostic in diagnostics]


# ---------------------------------------------------------------- splitting


def test_split_with_dashes_closer() -> None:
    parts, diagnostics = split("---\ntitle: T\npublisher: FT\n---\nFirst paragraph.\n")

    assert parts == SplitSource("title: T\npublisher: FT", "First paragraph.\n", 5)
    assert len(diagnostics) == 0


def test_split_with_dots_closer() -> None:
    parts, _ = split("---\ntitle: T\n...\nFirst paragraph.\n")

    assert parts == SplitSource("title: T", "First paragraph.\n", 4)


def test_fences_may_have_trailing_spaces() -> None:
    parts, _ = split("---  \ntitle: T\n--- \nBody\n")

    assert parts == SplitSource("title: T", "Body\n", 4)


def test_empty_front_matter_block() -> None:
    parts, _ = split("---\n---\nBody")

    assert parts == SplitSource("", "Body", 3)


def test_file_without_front_matter_is_all_body() -> None:
    source = "A headline\n\nSome text.\n---\nMore.\n"

    parts, diagnostics = split(source)

    assert parts == SplitSource(None, source, 1)
    assert len(diagnostics) == 0


def test_four_dashes_are_not_a_front_matter_fence() -> None:
    source = "----\ntitle: T\n---\nBody\n"

    parts, _ = split(source)

    assert parts == SplitSource(None, source, 1)


def test_unterminated_front_matter_is_an_error_at_its_start() -> None:
    parts, diagnostics = split("---\ntitle: T\n\nThe text, but the block never closes.\n")

    assert parts is None
    assert formatted(diagnostics) == [
        "article.md:1:1: the front matter that starts here is never closed; "
        "add a line with '---' after it"
    ]
    assert diagnostics.items[0].severity is Severity.ERROR


# ---------------------------------------------------------------- parsing


def test_yaml_error_is_reported_at_the_file_line() -> None:
    # 'url: a: b' is line 3 of the YAML and line 4 of the file.
    values, diagnostics = fields("title: T\npublisher: FT\nurl: a: b\n")

    assert values is None
    assert formatted(diagnostics) == [
        "article.md:4:7: invalid front matter: mapping values are not allowed here; "
        "put a space after ':' and quote values that contain ': '"
    ]


def test_missing_keys_are_none_and_tags_empty() -> None:
    values, diagnostics = fields("title: T\n")

    assert values == {
        "title": "T",
        "publisher": None,
        "url": None,
        "date": None,
        "author": None,
        "language": None,
        "tags": (),
    }
    assert len(diagnostics) == 0


def test_no_front_matter_gives_all_defaults() -> None:
    diagnostics = Diagnostics()

    values = parse_front_matter(SplitSource(None, "Body\n", 1), PATH, diagnostics)

    assert values == {
        "title": None,
        "publisher": None,
        "url": None,
        "date": None,
        "author": None,
        "language": None,
        "tags": (),
    }


@pytest.mark.parametrize(
    "url", ["https://example.org/news/a?id=1#top", "http://example.org", "HTTPS://EXAMPLE.ORG/"]
)
def test_http_urls_are_accepted(url: str) -> None:
    values, diagnostics = fields(f"url: {url}\n")

    assert values is not None
    assert values["url"] == url
    assert len(diagnostics) == 0


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "ftp://example.org/file",
        "//example.org/news",
        "https://",
        "example.org/news",
    ],
)
def test_non_http_urls_are_refused(url: str) -> None:
    values, diagnostics = fields(f"url: '{url}'\n")

    assert values is not None
    assert values["url"] is None
    assert formatted(diagnostics) == [
        f"article.md:2:6: url: must be an absolute http:// or https:// URL, got '{url}'"
    ]


def test_url_with_quote_characters_is_refused() -> None:
    _, diagnostics = fields('url: https://example.org/a"onmouseover="x\n')

    assert formatted(diagnostics) == [
        "article.md:2:6: url: 'https://example.org/a\"onmouseover=\"x' contains characters a URL "
        "cannot hold; percent-encode them"
    ]


@pytest.mark.parametrize(
    ("written", "date", "precision"),
    [
        ("2024-11-19", PartialDate(2024, 11, 19), Precision.DAY),
        ("2024-11", PartialDate(2024, 11), Precision.MONTH),
        ("2024", PartialDate(2024), Precision.YEAR),  # YAML reads this as the number 2024
        ("'2024'", PartialDate(2024), Precision.YEAR),
    ],
)
def test_date_keeps_its_precision(written: str, date: PartialDate, precision: Precision) -> None:
    values, diagnostics = fields(f"date: {written}\n")

    assert values is not None
    assert values["date"] == PublicationDate(date, None)
    assert values["date"].date.precision is precision
    assert len(diagnostics) == 0


def test_date_with_time_and_offset_keeps_the_moment() -> None:
    values, _ = fields("date: 2024-11-19T10:30:00+02:00\n")

    assert values is not None
    assert values["date"] == PublicationDate(
        PartialDate(2024, 11, 19),
        dt.datetime(2024, 11, 19, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))),
    )


def test_impossible_date_is_an_error_at_its_value() -> None:
    values, diagnostics = fields("title: T\ndate: 2024-02-30\n")

    assert values is not None
    assert values["date"] is None
    assert formatted(diagnostics) == [
        "article.md:3:7: date: '2024-02-30' is not a real date (day is out of range for month)"
    ]


@pytest.mark.parametrize("written", ["true", "[2024]", "2024.5"])
def test_date_that_is_not_text_or_a_year_is_an_error(written: str) -> None:
    _, diagnostics = fields(f"date: {written}\n")

    assert formatted(diagnostics) == [
        "article.md:2:7: date: must be a date such as 2024-11-19, 2024-11 or 2024"
    ]


def test_author_list_is_joined_with_commas() -> None:
    values, _ = fields("author: [Ann Smith, Bob Jones]\n")

    assert values is not None
    assert values["author"] == "Ann Smith, Bob Jones"


def test_single_author_is_kept() -> None:
    values, _ = fields("author: Ann Smith\n")

    assert values is not None
    assert values["author"] == "Ann Smith"


def test_empty_author_list_is_an_error() -> None:
    _, diagnostics = fields("author: []\n")

    assert formatted(diagnostics) == ["article.md:2:9: author: must name at least one author"]


@pytest.mark.parametrize(
    "written",
    ["[Ukraine, Russia, Kursk]", "Ukraine, Russia ,Kursk", "\n  - Ukraine\n  - Russia\n  - Kursk"],
)
def test_tags_as_list_or_comma_separated_text(written: str) -> None:
    values, diagnostics = fields(f"tags: {written}\n")

    assert values is not None
    assert values["tags"] == ("Ukraine", "Russia", "Kursk")
    assert len(diagnostics) == 0


def test_title_that_is_a_list_is_an_error() -> None:
    values, diagnostics = fields("title: [Ukraine, Russia]\n")

    assert values is not None
    assert values["title"] is None
    assert formatted(diagnostics) == [
        "article.md:2:8: title: must be text, got a list; put the value in quotes"
    ]


def test_title_that_yaml_reads_as_a_truth_value_is_an_error() -> None:
    _, diagnostics = fields("title: yes\n")

    assert formatted(diagnostics) == [
        "article.md:2:8: title: must be text, got the truth value true; put the value in quotes"
    ]


def test_title_whitespace_is_collapsed() -> None:
    values, _ = fields("title: >\n  Ukraine   fires\n  missiles\n")

    assert values is not None
    assert values["title"] == "Ukraine fires missiles"


def test_bad_language_tag_is_an_error() -> None:
    _, diagnostics = fields("language: British English\n")

    assert formatted(diagnostics) == [
        "article.md:2:11: language: 'British English' is not a language tag; "
        "write it like 'en' or 'en-GB'"
    ]


def test_unknown_key_warns_with_a_suggestion() -> None:
    _, diagnostics = fields("title: T\npublsher: FT\n")

    assert formatted(diagnostics) == [
        "article.md:3:1: warning: unknown key 'publsher' is ignored; did you mean 'publisher'?"
    ]
    assert diagnostics.items[0].severity is Severity.WARNING
