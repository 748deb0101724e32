"""The built-in theme and a site's templates/ overriding it file by file."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build import BuildOptions, build
from generator.diagnostics import BuildFailed
from generator.render.theme import Theme, builtin_theme_dir


def test_the_builtin_theme_has_the_four_page_templates() -> None:
    folder = builtin_theme_dir()
    for name in ("base.html", "index.html", "briefing.html", "404.html", "static/briefing.css"):
        assert (folder / name).is_file(), name


def test_a_site_template_overrides_only_that_file(small_site: Path) -> None:
    templates = small_site / "templates"
    templates.mkdir()
    (templates / "index.html").write_text(
        '{% extends "base.html" %}{% block content %}<p>Custom index: '
        "{{ briefings | length }} briefings</p>{% endblock %}",
        "utf-8",
    )
    build(BuildOptions(source=small_site))
    index = (small_site / "site" / "index.html").read_text("utf-8")
    page = (small_site / "site/briefings/riverside-flood-barrier/index.html").read_text("utf-8")
    assert "<p>Custom index: 2 briefings</p>" in index
    assert 'class="site-title"' in index  # base.html still comes from the built-in theme
    assert 'id="summary-heading"' in page  # briefing.html too


def test_a_site_static_file_overrides_and_extends_the_theme_assets(small_site: Path) -> None:
    static = small_site / "templates" / "static"
    static.mkdir(parents=True)
    (static / "briefing.css").write_text("body { color: red; }\n", "utf-8")
    (static / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", "utf-8")
    build(BuildOptions(source=small_site))
    assert (small_site / "site/static/briefing.css").read_text("utf-8") == "body { color: red; }\n"
    assert (small_site / "site/static/logo.svg").is_file()


def test_static_files_are_listed_with_the_override_first(tmp_path: Path) -> None:
    (tmp_path / "static").mkdir()
    (tmp_path / "static" / "briefing.css").write_text("x", "utf-8")
    theme = Theme.for_site(tmp_path)
    assert theme.static_files()["static/briefing.css"] == tmp_path / "static" / "briefing.css"


def test_a_template_syntax_error_is_reported_at_its_file_and_line(small_site: Path) -> None:
    templates = small_site / "templates"
    templates.mkdir()
    (templates / "index.html").write_text("<p>one</p>\n<p>two</p>\n{% if %}\n", "utf-8")
    with pytest.raises(BuildFailed) as failure:
        build(BuildOptions(source=small_site))
    [error] = failure.value.diagnostics.errors
    assert error.position.path.name == "index.html"
    assert error.position.line == 3
    assert "template syntax error" in error.message


def test_an_undefined_variable_in_a_template_is_reported_at_its_line(small_site: Path) -> None:
    templates = small_site / "templates"
    templates.mkdir()
    (templates / "index.html").write_text("<p>ok</p>\n{{ no_such_thing.title }}\n", "utf-8")
    with pytest.raises(BuildFailed) as failure:
        build(BuildOptions(source=small_site))
    [error] = failure.value.diagnostics.errors
    assert error.position.path == templates / "index.html"
    assert error.position.line == 2
    assert "no_such_thing" in error.message
