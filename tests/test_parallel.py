"""Parallel analysis gives the same site as one story after another in this process."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from generator.build import BuildOptions, build
from generator.cache import BuildCache
from generator.parallel import run_all

BENCHMARKS = Path(__file__).parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Eight generated stories: enough for the work to go to worker processes."""
    site = tmp_path_factory.mktemp("parallel") / "site"
    subprocess.run(
        [
            sys.executable,
            str(BENCHMARKS / "corpus.py"),
            str(site),
            "--articles",
            "32",
            "--stories",
            "8",
            "--seed",
            "3",
        ],
        check=True,
        capture_output=True,
    )
    return site


def files_of(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_a_process_pool_and_any_executor_build_the_same_site(corpus: Path, tmp_path: Path) -> None:
    build(BuildOptions(source=corpus, output=tmp_path / "one", jobs=1))
    build(BuildOptions(source=corpus, output=tmp_path / "pool", jobs=2))
    with ThreadPoolExecutor(max_workers=3) as executor:
        build(BuildOptions(source=corpus, output=tmp_path / "threads", executor=executor))
    one = files_of(tmp_path / "one")
    assert len([name for name in one if name.endswith("briefing.json")]) == 8
    assert files_of(tmp_path / "pool") == one
    assert files_of(tmp_path / "threads") == one


def test_a_cached_build_reanalyses_only_what_changed_and_matches_a_fresh_one(
    corpus: Path, tmp_path: Path
) -> None:
    cache = BuildCache()
    build(BuildOptions(source=corpus, output=tmp_path / "first", cache=cache, jobs=2))
    article = sorted((corpus / "content").rglob("*.md"))[0]
    original = article.read_text("utf-8")
    try:
        article.write_text(original + "\nOne more sentence was added by the editor.\n", "utf-8")
        build(BuildOptions(source=corpus, output=tmp_path / "cached", cache=cache, jobs=2))
        assert cache.misses["analysis"] == 1 and cache.hits["analysis"] == 7
        build(BuildOptions(source=corpus, output=tmp_path / "fresh", jobs=1))
        assert files_of(tmp_path / "cached") == files_of(tmp_path / "fresh")
    finally:
        article.write_text(original, "utf-8")


def square(number: int) -> int:
    return number * number


def test_results_come_back_in_task_order_however_they_run() -> None:
    tasks = list(range(20))
    expected = [n * n for n in tasks]
    assert run_all(square, tasks, jobs=1) == expected
    assert run_all(square, tasks, jobs=2) == expected
    with ThreadPoolExecutor(max_workers=4) as executor:
        assert run_all(square, tasks, jobs=1, executor=executor) == expected
