"""The package as users install it: a wheel, run on a site folder elsewhere.

The wheel is built without network access (no build isolation) and installed into a
private folder; the built-in theme must travel inside it.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "--wheel-dir",
            str(target),
            str(REPOSITORY),
        ],
        check=True,
    )
    [built] = target.glob("briefing-*.whl")
    return built


def test_the_wheel_contains_the_theme_and_the_entry_point(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for template in (
        "base.html",
        "index.html",
        "briefing.html",
        "404.html",
        "partials/citations.html",
        "tag.html",
        "feed_entry.html",
        "static/briefing.css",
    ):
        assert f"generator/templates/{template}" in names
    assert "generator/serve/livereload.js" in names  # the preview's page script
    entry_points = next(name for name in names if name.endswith("entry_points.txt"))
    assert "briefing = generator.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_an_installed_wheel_builds_a_site_without_templates(
    wheel: Path, sample_site: Path, tmp_path: Path
) -> None:
    install = tmp_path / "installed"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--quiet",
            "--target",
            str(install),
            str(wheel),
        ],
        check=True,
    )
    assert not (sample_site / "templates").exists()
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "import generator; assert generator.__file__.startswith(sys.argv[1]), generator.__file__;"
        "from generator.cli import main; sys.exit(main(['build', '-q']))"
    )
    completed = subprocess.run(
        [sys.executable, "-c", script, str(install)],
        cwd=sample_site,
        capture_output=True,
        text=True,
    )
    assert completed.returncode == 0, completed.stderr
    page = sample_site / "site" / "briefings" / "ukraine-russia-before-trump" / "index.html"
    assert "Summary" in page.read_text("utf-8")
    assert (sample_site / "site" / "static" / "briefing.css").is_file()
