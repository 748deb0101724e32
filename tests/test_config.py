"""Tests for generator.config: site.yaml read, typed and validated."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import AnalysisSettings, SiteConfig, apply_overrides, load_config
from generator.diagnostics import Diagnostics, Severity


def load(root: Path, text: str | None = None) -> tuple[SiteConfig, Diagnostics]:
    """Load the configuration of `root`, first writing `text` to its site.yaml if given."""
    if text is not None:
        (root / "site.yaml").write_text(text, encoding="utf-8")
    diagnostics = Diagnostics()
    return load_config(root, diagnostics), diagnostics


def messages(diagnostics: Diagnostics, root: Path) -> list[str]:
    return [diagnostic.format(relative_to=root) for diagnostic in diagnostics]


# ---------------------------------------------------------------- defaults and types


def test_defaults_when_site_yaml_is_absent(tmp_path: Path) -> None:
    config, diagnostics = load(tmp_path)

    assert (
        config.title,
        config.description,
        config.base_url,
        config.language,
        config.author,
        config.timezone,
        config.output,
        config.content,
        config.templates,
        config.analysis,
    ) == (
        "Briefings",
        "",
        None,
        "en",
        None,
        "UTC",
        Path("site"),
        Path("content"),
        Path("templates"),
        AnalysisSettings(summary_sentences=5, key_points=5),
    )
    assert len(diagnostics) == 0


def test_folders_are_under_the_root_by_default(tmp_path: Path) -> None:
    config, _ = load(tmp_path)

    assert (config.output_dir, config.content_dir, config.templates_dir, config.config_path) == (
        tmp_path / "site",
        tmp_path / "content",
        tmp_path / "templates",
        tmp_path / "site.yaml",
    )


def test_every_key_is_read_with_its_type(tmp_path: Path) -> None:
    config, diagnostics = load(
        tmp_path,
        "title: Ukraine   briefings\n"
        "description: |\n"
        "  Multi-source briefings.\n"
        "  Every statement cited.\n"
        "base_url: https://example.org/briefings/\n"
        "language: en-GB\n"
        "author: The Desk\n"
        "timezone: Europe/Kyiv\n"
        "output: build/public\n"
        "content: articles\n"
        "templates: theme\n"
        "analysis:\n"
        "  summary_sentences: 3\n"
        "  key_points: 0\n",
    )

    assert config == SiteConfig(
        root=tmp_path,
        title="Ukraine briefings",
        description="Multi-source briefings.\nEvery statement cited.",
        base_url="https://example.org/briefings/",
        language="en-GB",
        author="The Desk",
        timezone="Europe/Kyiv",
        output=Path("build/public"),
        content=Path("articles"),
        templates=Path("theme"),
        analysis=AnalysisSettings(summary_sentences=3, key_points=0),
    )
    assert len(diagnostics) == 0


def test_empty_site_yaml_gives_the_defaults(tmp_path: Path) -> None:
    config, diagnostics = load(tmp_path, "# nothing set yet\n")

    assert config == SiteConfig(root=tmp_path)
    assert len(diagnostics) == 0


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("https://example.org/briefings", "https://example.org/briefings/"),
        ("https://example.org/briefings/", "https://example.org/briefings/"),
        ("http://example.org", "http://example.org/"),
        ("https://user.github.io/repo//", "https://user.github.io/repo/"),
    ],
)
def test_base_url_gains_a_trailing_slash(tmp_path: Path, written: str, stored: str) -> None:
    config, _ = load(tmp_path, f"base_url: {written}\n")

    assert config.base_url == stored


# ---------------------------------------------------------------- errors


def test_bad_base_url_is_reported_at_its_value_with_the_key(tmp_path: Path) -> None:
    _, diagnostics = load(tmp_path, "title: T\nbase_url: ftp://x\n")

    assert messages(diagnostics, tmp_path) == [
        "site.yaml:2:11: base_url: must be an absolute http:// or https:// URL, got 'ftp://x'"
    ]
    assert diagnostics.items[0].severity is Severity.ERROR


def test_base_url_with_a_query_is_refused(tmp_path: Path) -> None:
    _, diagnostics = load(tmp_path, "base_url: https://example.org/?lang=en\n")

    assert messages(diagnostics, tmp_path) == [
        "site.yaml:1:11: base_url: must be the site's address without '?' or '#', "
        "got 'https://example.org/?lang=en'"
    ]


def test_bad_value_leaves_the_default_in_place(tmp_path: Path) -> None:
    config, _ = load(tmp_path, "base_url: ftp://x\n")

    assert config.base_url is None


def test_base_url_with_a_space_is_refused(tmp_path: Path) -> None:
    _, diagnostics = load(tmp_path, "base_url: 'https://example.org/my site'\n")

    assert messages(diagnostics, tmp_path) == [
        "site.yaml:1:11: base_url: 'https://example.org/my site' contains characters a URL "
        "cannot hold; percent-encode them"
    ]


def test_unknown_time_zone_is_an_error(tmp_path: Path) -> None:
    _, diagnostics = load(tmp_path, "title: T\ntimezone: Mars/Olympus\n")

    assert messages(diagnostics, tmp_path) == [
        "site.yaml:2:11: timezone: unknown time zone 'Mars/Olympus'; "
        "use an IANA name such as 'UTC' or 'Europe/Berlin'"
    ]


def test_bad_language_tag_is_an_error(tmp_path: Path) -> None:
    _, diagnostics = load(tmp_path, "language: English language\n")

    assert messages(diagnostics, tmp_path) == [
        "site.yaml:1:11: language: 'English language' is not a language tag; "
        "write it like 'en' or 'en-GB'"
    ]


def test_title_that_is_a_list_is_an_error(tmp_path: Path) -> None:
    _, diagnostics = load(tmp_path, "title: [a, b]\n")

    assert messages(diagnostics, tmp_path) == [
        "site.yaml:1:8: title: must be text, got a list; put the value in quotes"
    ]


@pytest.mark.parametrize("value", [2, 7])
def test_summary_sentences_out_of_range_is_an_error(tmp_path: Path, value: int) -> None:
    _, diagnostics = load(tmp_path, f"analysis:\n  summary_sentences: {value}\n")

    assert messages(diagnostics, tmp_path) == [
        f"site.yaml:2:22: analysis.summary_sentences: must be from 3 to 6, got {value}"
    ]


def test_summary_sentences_that_is_not_a_number_is_an_error(tmp_path: Path) -> None:
    _, diagnostics = load(tmp_path, "analysis:\n  summary_sentences: true\n")

    assert messages(diagnostics, tmp_path) == [
        "site.yaml:2:22: analysis.summary_sentences: must be a whole number from 3 to 6, "
        "got the truth value true"
    ]


def test_out_of_range_analysis_value_keeps_the_default(tmp_path: Path) -> None:
    config, _ = load(tmp_path, "analysis:\n  summary_sentences: 11\n  key_points: 2\n")

    assert config.analysis == AnalysisSettings(summary_sentences=5, key_points=2)


def test_analysis_that_is_not_a_mapping_is_an_error(tmp_path: Path) -> None:
    config, diagnostics = load(tmp_path, "analysis: 5\n")

    assert messages(diagnostics, tmp_path) == [
        "site.yaml:1:11: analysis: must be a mapping such as 'analysis: {summary_sentences: 5}'"
    ]
    assert config.analysis == AnalysisSettings()


def test_unknown_key_warns_with_a_suggestion(tmp_path: Path) -> None:
    _, diagnostics = load(tmp_path, "title: T\ntitel: U\n")

    assert messages(diagnostics, tmp_path) == [
        "site.yaml:2:1: warning: unknown key 'titel' is ignored; did you mean 'title'?"
    ]
    assert diagnostics.items[0].severity is Severity.WARNING


def test_unknown_analysis_key_warns_with_the_full_name(tmp_path: Path) -> None:
    _, diagnostics = load(tmp_path, "analysis:\n  sumary_sentences: 3\n")

    assert messages(diagnostics, tmp_path) == [
        "site.yaml:2:3: warning: unknown key 'analysis.sumary_sentences' is ignored; "
        "did you mean 'analysis.summary_sentences'?"
    ]


def test_several_errors_in_one_file_are_all_reported(tmp_path: Path) -> None:
    _, diagnostics = load(
        tmp_path,
        "title: [a]\nlanguage: english\ntimezone: Nowhere\nanalysis:\n  key_points: 13\n",
    )

    assert sorted(messages(diagnostics, tmp_path)) == [
        "site.yaml:1:8: title: must be text, got a list; put the value in quotes",
        "site.yaml:2:11: language: 'english' is not a language tag; write it like 'en' or 'en-GB'",
        "site.yaml:3:11: timezone: unknown time zone 'Nowhere'; "
        "use an IANA name such as 'UTC' or 'Europe/Berlin'",
        "site.yaml:5:15: analysis.key_points: must be from 0 to 7, got 13",
    ]


def test_invalid_yaml_is_reported_and_the_defaults_are_used(tmp_path: Path) -> None:
    config, diagnostics = load(tmp_path, "title: T\nbase_url: a: b\n")

    assert messages(diagnostics, tmp_path) == [
        "site.yaml:2:12: invalid site.yaml: mapping values are not allowed here; "
        "put a space after ':' and quote values that contain ': '"
    ]
    assert config == SiteConfig(root=tmp_path)


def test_site_yaml_that_is_a_list_is_an_error(tmp_path: Path) -> None:
    _, diagnostics = load(tmp_path, "- title: T\n")

    assert messages(diagnostics, tmp_path) == [
        "site.yaml:1:1: site.yaml must be a mapping of 'key: value' lines, not a list"
    ]


def test_site_yaml_that_is_not_utf8_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "site.yaml").write_bytes("title: Caf\xe9\n".encode("latin-1"))

    _, diagnostics = load(tmp_path)

    assert messages(diagnostics, tmp_path) == [
        "site.yaml:1:11: the file is not UTF-8 text (byte 0xe9 cannot be decoded); "
        "save it with UTF-8 encoding"
    ]


# ---------------------------------------------------------------- command-line overrides


def test_base_url_override_replaces_the_configured_one(tmp_path: Path) -> None:
    config, _ = load(tmp_path, "base_url: https://example.org/\n")
    diagnostics = Diagnostics()

    changed = apply_overrides(
        config, diagnostics, base_url_override="https://preview.example.org/x"
    )

    assert changed.base_url == "https://preview.example.org/x/"
    assert len(diagnostics) == 0


def test_invalid_base_url_override_is_an_error_on_the_flag(tmp_path: Path) -> None:
    config, _ = load(tmp_path, "base_url: https://example.org/\n")
    diagnostics = Diagnostics()

    changed = apply_overrides(config, diagnostics, base_url_override="javascript:alert(1)")

    assert messages(diagnostics, tmp_path) == [
        "--base-url: must be an absolute http:// or https:// URL, got 'javascript:alert(1)'"
    ]
    assert changed.base_url == "https://example.org/"


def test_relative_output_override_is_relative_to_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site-source"
    site.mkdir()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    config, _ = load(site)

    changed = apply_overrides(config, Diagnostics(), output_override=Path("public"))

    assert changed.output_dir == elsewhere.resolve() / "public"


def test_no_override_leaves_the_configuration_unchanged(tmp_path: Path) -> None:
    config, _ = load(tmp_path, "title: T\n")
    diagnostics = Diagnostics()

    assert apply_overrides(config, diagnostics) == config
    assert len(diagnostics) == 0
