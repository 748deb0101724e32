"""Content history from git (first and last commit of each file), else file times."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from conftest import git

from generator.history import FileHistory, file_histories, story_history

MARCH = dt.datetime(2025, 3, 10, 9, 0, tzinfo=dt.UTC)
APRIL = dt.datetime(2025, 4, 2, 18, 15, tzinfo=dt.UTC)
MAY = dt.datetime(2025, 5, 20, 7, 45, tzinfo=dt.UTC)


def write(path: Path, text: str, when: dt.datetime | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    if when is not None:
        os.utime(path, (when.timestamp(), when.timestamp()))
    return path


@pytest.fixture
def repository(tmp_path: Path, git_env: None) -> Path:
    root = tmp_path / "site"
    root.mkdir()
    git(root, "init", "--quiet", "--initial-branch=main")
    write(root / "content" / "a.md", "first\n")
    write(root / "content" / "b.md", "second\n")
    git(root, "add", "--all")
    git(root, "commit", "--quiet", "-m", "a and b", date=MARCH.isoformat())
    write(root / "content" / "b.md", "second, corrected\n")
    git(root, "commit", "--quiet", "-am", "b corrected", date=APRIL.isoformat())
    return root


def test_git_gives_the_first_and_last_commit_of_each_file(repository: Path) -> None:
    a, b = repository / "content" / "a.md", repository / "content" / "b.md"
    histories = file_histories(repository, [a, b])
    assert histories[a.resolve()] == FileHistory(MARCH, MARCH)
    assert histories[b.resolve()] == FileHistory(MARCH, APRIL)


def test_uncommitted_changes_and_new_files_use_the_file_time(repository: Path) -> None:
    b = write(repository / "content" / "b.md", "second, edited again\n", MAY)
    c = write(repository / "content" / "c.md", "third\n", MAY)
    histories = file_histories(repository, [b, c])
    assert histories[b.resolve()] == FileHistory(MARCH, MAY)
    assert histories[c.resolve()] == FileHistory(MAY, MAY)


def test_a_site_in_a_subfolder_of_the_repository_is_found(repository: Path) -> None:
    nested = repository / "content"
    a = nested / "a.md"
    assert file_histories(nested, [a])[a.resolve()] == FileHistory(MARCH, MARCH)


def test_outside_git_every_file_uses_its_time(tmp_path: Path, git_env: None) -> None:
    a = write(tmp_path / "plain" / "a.md", "text\n", APRIL)
    assert file_histories(tmp_path / "plain", [a])[a.resolve()] == FileHistory(APRIL, APRIL)


def test_a_story_is_published_with_its_first_article_and_updated_with_its_last() -> None:
    a, b, c = Path("/s/a.md"), Path("/s/b.md"), Path("/s/c.md")
    histories = {
        a.resolve(): FileHistory(MARCH, MARCH),
        b.resolve(): FileHistory(MARCH, MAY),
        c.resolve(): FileHistory(APRIL, MAY),
    }
    story = story_history([a, b, c], histories)
    assert story.published == MARCH
    assert story.updated == MAY
    assert story.latest == frozenset({b, c})
