"""Parallel analysis gives the same site as one story after another in this process."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from distributed import LocalCluster

from generator.build import BuildOptions, build
from generator.cache import BuildCache
from generator.cli import main
from generator.executors import ExecutorError, open_executor
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


@pytest.fixture
def dask_scheduler() -> Iterator[str]:
    """A local Dask cluster of two worker processes, as `dask scheduler` and
    `dask worker` would start on real machines."""
    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    try:
        yield cluster.scheduler_address.replace("tcp://", "dask://")
    finally:
        cluster.close()


def test_a_dask_cluster_builds_the_same_site(
    corpus: Path, tmp_path: Path, dask_scheduler: str, capsys: pytest.CaptureFixture[str]
) -> None:
    build(BuildOptions(source=corpus, output=tmp_path / "one", jobs=1, disk_cache=False))
    code = main(
        [
            "build",
            "--source",
            str(corpus),
            "--output",
            str(tmp_path / "dask"),
            "--executor",
            dask_scheduler,
            "--no-cache",
        ]
    )
    assert code == 0, capsys.readouterr().err
    one = files_of(tmp_path / "one")
    assert len([name for name in one if name.endswith("briefing.json")]) == 8
    assert files_of(tmp_path / "dask") == one


def test_an_unreachable_dask_scheduler_is_a_clear_error() -> None:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there now
    address = f"dask://127.0.0.1:{port}"
    with pytest.raises(ExecutorError) as error, open_executor(address, timeout=1):
        pass
    assert f"cannot reach the Dask scheduler at {address}" in str(error.value)


@pytest.mark.parametrize(
    ("address", "problem"),
    [
        ("http://scheduler:8786", "expected dask://HOST:PORT"),
        ("dask://scheduler", "has no port"),
        ("dask://:8786", "expected dask://HOST:PORT"),
    ],
)
def test_a_malformed_executor_address_is_a_usage_error(
    address: str, problem: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["build", "--executor", address])
    assert exit_.value.code == 2
    assert problem in capsys.readouterr().err
