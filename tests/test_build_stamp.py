"""A build with nothing to do does nothing, and any change to an input redoes it."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import git

from generator.build import BuildOptions, BuildResult, build
from generator.build_stamp import STAMP_FILE
from generator.diagnostics import BuildFailed
from generator.disk_cache import CACHE_FOLDER

ARTICLE = "content/riverside-flood-barrier/courier-barrier-vote.md"


def build_site(site: Path, **options: object) -> BuildResult:
    return build(BuildOptions(source=site, **options))  # type: ignore[arg-type]


def site_state(site: Path) -> dict[str, tuple[bytes, int]]:
    output = site / "site"
    return {
        path.relative_to(output).as_posix(): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(output.rglob("*"))
        if path.is_file()
    }


def test_an_unchanged_site_is_not_built_again(small_site: Path) -> None:
    first = build_site(small_site)
    before = site_state(small_site)
    again = build_site(small_site)
    assert again.up_to_date
    assert site_state(small_site) == before  # not a byte, not a time changed
    assert (again.briefing_count, again.article_count, again.file_count) == (
        first.briefing_count,
        first.article_count,
        first.file_count,
    )
    # The warnings of the build are told again, as if it had been redone.
    assert [d.format() for d in again.diagnostics.items] == [
        d.format() for d in first.diagnostics.items
    ]


def append(site: Path, relative: str, text: str) -> None:
    with (site / relative).open("a", encoding="utf-8") as file:
        file.write(text)


def touch(site: Path, relative: str) -> None:
    path = site / relative
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def add_template(site: Path) -> None:
    (site / "templates").mkdir()
    (site / "templates" / "404.html").write_text(
        '{% extends "base.html" %}{% block content %}<h1>Gone</h1>{% endblock %}', "utf-8"
    )


CHANGES: dict[str, Callable[[Path], None]] = {
    "an article's text": lambda site: append(site, ARTICLE, "\nOne more sentence here.\n"),
    "an article's time (it dates uncommitted articles)": lambda site: touch(site, ARTICLE),
    "a new article": lambda site: (site / "content" / "new-one.md").write_text(
        "---\ntitle: Bridge closes for repairs\n---\nThe bridge closed on Monday.\n", "utf-8"
    ),
    "a deleted article": lambda site: (site / ARTICLE).unlink(),
    "site.yaml": lambda site: append(site, "site.yaml", "\n# a comment\n"),
    "a template of the site": add_template,
    "stories.lock": lambda site: (site / "stories.lock").write_text("{}", "utf-8"),
    "a file of the site removed": lambda site: (site / "site" / "404.html").unlink(),
    "a file of the site edited": lambda site: append(site, "site/index.html", "<!-- x -->"),
    "the stamp damaged": lambda site: (site / CACHE_FOLDER / STAMP_FILE).write_bytes(b"\x80"),
}


@pytest.mark.parametrize("change", CHANGES)
def test_any_change_builds_the_site_again(small_site: Path, change: str) -> None:
    build_site(small_site)
    CHANGES[change](small_site)
    redone = build_site(small_site)
    assert not redone.up_to_date
    assert build_site(small_site).up_to_date  # and then it is up to date again


def test_other_options_build_again(small_site: Path, tmp_path: Path) -> None:
    build_site(small_site)
    assert not build_site(small_site, base_url="https://other.example/").up_to_date
    assert not build_site(small_site, output=tmp_path / "elsewhere").up_to_date
    assert not build_site(small_site, disk_cache=False).up_to_date  # --no-cache: always


def test_a_new_commit_builds_again(small_site: Path, git_env: None) -> None:
    """Committed articles are dated by git: a commit changes the feeds' dates."""
    git(small_site, "init", "-q")
    git(small_site, "add", "content")
    git(small_site, "commit", "-q", "-m", "articles", date="2025-03-01T10:00:00+00:00")
    build_site(small_site)
    assert build_site(small_site).up_to_date
    git(small_site, "commit", "-q", "--allow-empty", "-m", "more", date="2025-03-02T10:00:00Z")
    assert not build_site(small_site).up_to_date


def test_a_failed_build_leaves_no_stamp_to_trust(small_site: Path) -> None:
    build_site(small_site)
    story = small_site / "content" / "riverside-flood-barrier" / "story.yaml"
    good, stat = story.read_bytes(), story.stat()
    story.write_text("title: [unclosed\n", "utf-8")
    with pytest.raises(BuildFailed):
        build_site(small_site)
    story.write_bytes(good)
    os.utime(story, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    # Every input is as it was when the stamp was made, but the failed build forgot it:
    # whatever a failed or killed build did, the next one is a whole build.
    assert not build_site(small_site).up_to_date
