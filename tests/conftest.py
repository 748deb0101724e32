"""Shared fixtures: copies of the fixture sites, so tests can change and build them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

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
