"""Shared fixtures: copies of the fixture sites, so tests can change and build them."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests run the same examples on every machine, so a failure in CI reproduces
# locally; HYPOTHESIS_PROFILE=explore searches afresh (and longer) when hunting bugs.
settings.register_profile(
    "repeatable",
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("explore", max_examples=2000, deadline=None, database=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

FIXTURES = Path(__file__).parent / "fixtures"
REPOSITORY = Path(__file__).parent.parent


@pytest.fixture
def small_site(tmp_path: Path) -> Path:
    """A writable copy of tests/fixtures/small-site (two stories, four articles)."""
    target = tmp_path / "small-site"
    shutil.copytree(FIXTURES / "small-site", target)
    return target


@pytest.fixture
def sample_site(tmp_path: Path) -> Path:
    """A copy of the repository's sample site (site.yaml and content/) without templates/."""
    target = tmp_path / "sample"
    target.mkdir()
    shutil.copy(REPOSITORY / "site.yaml", target / "site.yaml")
    shutil.copytree(REPOSITORY / "content", target / "content")
    return target


@pytest.fixture
def git_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Git isolated from the machine's configuration, with a fixed identity."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(tmp_path / "gitconfig"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for role in ("AUTHOR", "COMMITTER"):
        monkeypatch.setenv(f"GIT_{role}_NAME", "Test Editor")
        monkeypatch.setenv(f"GIT_{role}_EMAIL", "editor@example.org")


def git(cwd: Path, *arguments: str, date: str | None = None) -> str:
    """Run git in `cwd` and return its output; `date` fixes the commit time (ISO 8601)."""
    env = dict(os.environ)
    if date is not None:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = date
    completed = subprocess.run(
        ["git", *arguments], cwd=cwd, env=env, capture_output=True, text=True, check=True
    )
    return completed.stdout
