"""Nothing is lost: a build killed at any moment, or one that cannot write, leaves the
previous site complete, and the next build succeeds.

The kill tests run `python -m generator build` as a real process group on a copy of the
sample site, enlarged to four stories so that the analysis runs in a process pool, and
SIGKILL the whole group. They find their moment without relying on sleeps:

- by the stage lines `-v` prints ("stage analyse started"), and in the write stage by
  the staging folder appearing next to the output;
- exactly, by a `sitecustomize` put first on PYTHONPATH that stops the build at one call
  (in whichever process makes it, pool workers included), such as the middle file written
  or the moment after the folders were exchanged, and says so on stderr;
- and at a spread of delays over the measured build time, for moments nobody listed.

Each killed build switches the site to the other of two titles, so what it leaves can be
told apart: site/ must be exactly the previous site or, when the kill came after the
swap, exactly the new one, never a mixture. The next build must then succeed and leave
the right site, the same stories.lock, and no staging folder, temporary file or
half-written cache entry.

Full disks and read-only folders are real where the operating system allows it: a file
size limit (RLIMIT_FSIZE makes writes fail with EFBIG), and a build that cannot override
permissions (as root: with CAP_DAC_OVERRIDE dropped; otherwise: plain chmod). ENOSPC and
EROFS are simulated in the process, at the lowest call that would fail.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, BinaryIO

import pytest

from generator import disk_cache
from generator.cli import EXIT_INPUT_ERRORS, EXIT_OK, main
from generator.disk_cache import CACHE_FOLDER
from generator.grouping.identity import LOCK_FILE
from generator.write import MARKER

# Process groups, SIGKILL and resource limits are POSIX.
resource = pytest.importorskip("resource")

STORY_COPIES = 2  # with the original and a grouped one, four stories: enough for the pool
TITLE = "title: Ukraine war briefings"
TITLES = {"A": TITLE, "B": f"{TITLE}, second edition"}
LEFTOVER = re.compile(r"^\.site\.(building|previous)-")
WATCHDOG_SECONDS = 60.0  # a build that never reaches its moment is killed and fails
RANDOM_KILLS = 15
NO_CACHE = ("--no-cache",)

# First on PYTHONPATH, this stops any Python process of the build at one call.
PAUSE_HOOK = '''
"""Test instrumentation: stop this build at one exact call until the test kills it."""
import functools, importlib, json, os, sys, time


def _pause(where):
    sys.stderr.write(f"PAUSED at {where} in {os.getpid()}\\n")
    sys.stderr.flush()
    time.sleep(600)


def _install(spec):
    module, attribute, when, nth, needle = spec["pause"]
    owner = importlib.import_module(module)
    original = getattr(owner, attribute)
    calls = 0

    @functools.wraps(original)
    def paused(*args, **kwargs):
        nonlocal calls
        hit = needle in repr(args)
        calls += hit
        if hit and calls == nth and when == "before":
            _pause(attribute)
        result = original(*args, **kwargs)
        if hit and calls == nth and when == "after":
            _pause(attribute)
        return result

    setattr(owner, attribute, paused)
    if spec.get("no_exchange"):  # as on a system without renameat2
        importlib.import_module("generator.write")._exchange = lambda first, second: False


if os.environ.get("BRIEFING_TEST_PAUSE"):
    _install(json.loads(os.environ["BRIEFING_TEST_PAUSE"]))
'''


# --- what a complete site is --------------------------------------------------------------


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of `folder`, by relative path, with its bytes."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


class _TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)

    def handle_endtag(self, tag: str) -> None:
        self.tags.add(f"/{tag}")


def assert_valid_site(files: dict[str, bytes]) -> None:
    """Complete and valid: the marker, whole pages, every briefing.json valid JSON."""
    assert {MARKER, "index.html", "404.html"} <= set(files)
    index = _TagCollector()
    index.feed(files["index.html"].decode("utf-8"))
    index.close()
    assert {"html", "body", "/body", "/html"} <= index.tags, "index.html is cut short"
    briefings = [name for name in files if name.endswith("/briefing.json")]
    assert briefings
    for name in briefings:
        assert json.loads(files[name])["title"], name
    for name, data in files.items():
        if name.endswith(".html"):
            assert data.rstrip().endswith(b"</html>"), f"{name} is cut short"


def leftovers(root: Path) -> list[str]:
    """What a killed build may leave behind, and the next build must remove."""
    found = [path.name for path in root.iterdir() if LEFTOVER.match(path.name)]
    found += [path.name for path in root.glob(f".{LOCK_FILE}.tmp")]
    found += [f"{CACHE_FOLDER}/{path.name}" for path in (root / CACHE_FOLDER).glob(".entry-*")]
    return found


def lines(text: str) -> list[str]:
    return text.splitlines()


# --- the site that is built, killed and built again -----------------------------------------


@dataclass
class Site:
    """A site whose output alternates between two known versions, A and B."""

    root: Path
    versions: dict[str, dict[str, bytes]] = field(default_factory=dict)
    lock: bytes = b""
    current: str = "A"
    build_seconds: float = 0.0
    """How long a build with --no-cache took: the span of the random kills."""

    @property
    def output(self) -> Path:
        return self.root / "site"

    def switch(self) -> str:
        """Edit site.yaml so that a build makes the other version; returns its name."""
        target = "B" if self.current == "A" else "A"
        config = self.root / "site.yaml"
        text = config.read_text("utf-8")
        config.write_text(text.replace(f"{TITLES[self.current]}\n", f"{TITLES[target]}\n"))
        return target


def build_command(root: Path, *arguments: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "generator",
        "build",
        "--source",
        str(root),
        "-j",
        "2",
        *arguments,
    ]


def run_build(root: Path, *arguments: str, **popen: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        build_command(root, *arguments),
        cwd=root,  # so that messages name paths as the user would
        capture_output=True,
        text=True,
        timeout=WATCHDOG_SECONDS,
        **popen,
    )


def assert_builds(root: Path, *arguments: str) -> str:
    completed = run_build(root, *arguments)
    assert completed.returncode == EXIT_OK, completed.stderr
    assert "Traceback" not in completed.stderr
    return completed.stderr


def enlarge(sample_site: Path) -> None:
    """More stories: copies of the sample story, and its articles loose in content/ so
    that one story is grouped automatically and stories.lock is written."""
    content = sample_site / "content"
    [story] = [folder for folder in content.iterdir() if folder.is_dir()]
    for number in range(2, STORY_COPIES + 2):
        shutil.copytree(story, content / f"{story.name}-{number}")
    for article in story.glob("*.txt"):
        shutil.copy2(article, content / f"loose-{article.name}")


@pytest.fixture(scope="module")
def bytecode_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bytecode")


@pytest.fixture(autouse=True)
def compiled_once(bytecode_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests start dozens of Python processes. Bytecode kept in a folder of their
    own (never next to the sources) spares each one compiling briefing again."""
    monkeypatch.setenv("PYTHONPYCACHEPREFIX", str(bytecode_folder))
    monkeypatch.delenv("PYTHONDONTWRITEBYTECODE", raising=False)


@pytest.fixture
def site(sample_site: Path) -> Site:
    """The enlarged sample site, built as version A (timed) and then as version B."""
    enlarge(sample_site)
    assert f"{TITLES['A']}\n" in (sample_site / "site.yaml").read_text("utf-8")
    prepared = Site(sample_site)
    started = time.perf_counter()
    assert_builds(sample_site, *NO_CACHE)
    prepared.build_seconds = time.perf_counter() - started
    prepared.versions["A"] = snapshot(prepared.output)
    prepared.current = prepared.switch()
    assert_builds(sample_site)
    prepared.versions["B"] = snapshot(prepared.output)
    prepared.lock = (sample_site / LOCK_FILE).read_bytes()
    for files in prepared.versions.values():
        assert_valid_site(files)
    assert prepared.versions["A"] != prepared.versions["B"]
    return prepared


@pytest.fixture
def hook_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "hook"
    folder.mkdir()
    (folder / "sitecustomize.py").write_text(PAUSE_HOOK, "utf-8")
    return folder


def pause_environment(hook_folder: Path, spec: dict[str, Any]) -> dict[str, str]:
    environment = dict(os.environ)
    path = [str(hook_folder), *filter(None, [environment.get("PYTHONPATH")])]
    environment["PYTHONPATH"] = os.pathsep.join(path)
    environment["BRIEFING_TEST_PAUSE"] = json.dumps(spec)
    return environment


# --- killing --------------------------------------------------------------------------------


@dataclass
class Killed:
    """What a killed build printed, and whether it had ended by itself first."""

    stderr: str
    finished: bool
    pid: int

    def last_stage(self) -> str:
        stages = re.findall(r"^stage (\w+) started$", self.stderr, re.MULTILINE)
        return stages[-1] if stages else "startup"


Trigger = Callable[["subprocess.Popen[str]"], Killed]


def start(root: Path, *arguments: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        build_command(root, "-v", *arguments),
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,  # a process group of its own: the pool's workers die with it
    )


def kill_group(process: subprocess.Popen[str]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)


@contextlib.contextmanager
def watchdog(process: subprocess.Popen[str]) -> Iterator[None]:
    timer = threading.Timer(WATCHDOG_SECONDS, kill_group, [process])
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


def finish(process: subprocess.Popen[str], seen: list[str]) -> Killed:
    finished = process.poll() is not None
    kill_group(process)
    assert process.stderr is not None
    rest = process.stderr.read()
    process.wait()
    return Killed("".join(seen) + rest, finished, process.pid)


def read_until(process: subprocess.Popen[str], needle: str) -> list[str]:
    assert process.stderr is not None
    seen = []
    for line in process.stderr:
        seen.append(line)
        if needle in line:
            break
    return seen


def at_line(needle: str) -> Trigger:
    """Kill as soon as the build prints a line containing `needle`."""

    def trigger(process: subprocess.Popen[str]) -> Killed:
        with watchdog(process):
            return finish(process, read_until(process, needle))

    return trigger


def at_staging(root: Path) -> Trigger:
    """Kill as soon as the staging folder appears (polled from the start of rendering)."""

    def trigger(process: subprocess.Popen[str]) -> Killed:
        with watchdog(process):
            seen = read_until(process, "stage render started")
            while process.poll() is None:
                if any(LEFTOVER.match(name) for name in os.listdir(root)):
                    break
            return finish(process, seen)

    return trigger


def after(delay: float) -> Trigger:
    def trigger(process: subprocess.Popen[str]) -> Killed:
        time.sleep(delay)
        return finish(process, [])

    return trigger


def kill_cycle(
    site: Site,
    trigger: Trigger,
    *arguments: str,
    expect: str = "previous",
    leaves: str = "",
    env: dict[str, str] | None = None,
    cold_cache: bool = False,
) -> Killed:
    """Switch the site, kill a build of it, check what it left, then build again.

    `expect` is what site/ must be after the kill: "previous", "new" (the kill came
    after the swap), "either", or "moved aside" (between the two renames of a system
    without an atomic exchange: the previous site whole under a temporary name).
    `leaves` is a glob of what the kill must have left behind.
    """
    target = site.switch()
    if cold_cache:  # so that the killed build writes cache entries
        shutil.rmtree(site.root / CACHE_FOLDER, ignore_errors=True)
    killed = trigger(start(site.root, *arguments, env=env))
    context = f"expected {expect}; stderr of the killed build:\n{killed.stderr}"
    assert expect == "either" or not killed.finished, context
    assert not leaves or list(site.root.glob(leaves)), f"{leaves} not left; {context}"
    check_left_behind(site, target, expect, context)
    check_next_build(site, target)
    return killed


def check_left_behind(site: Site, target: str, expect: str, context: str) -> None:
    previous, new = site.versions[site.current], site.versions[target]
    if expect == "moved aside":
        assert not site.output.exists(), context
        [aside] = [path for path in site.root.iterdir() if path.name.startswith(".site.previous-")]
        assert snapshot(aside) == previous, context
        return
    assert site.output.is_dir(), context
    if expect == "new":
        # Swapped out, the previous site stays whole until it is removed.
        for folder in site.root.iterdir():
            if LEFTOVER.match(folder.name):
                assert snapshot(folder) == previous, context
    files = snapshot(site.output)
    allowed = {"previous": [previous], "new": [new], "either": [previous, new]}[expect]
    assert any(files == version for version in allowed), context
    assert_valid_site(files)
    lock = site.root / LOCK_FILE
    assert lock.is_file() and json.loads(lock.read_bytes())["stories"], context


def check_next_build(site: Site, target: str) -> None:
    assert_builds(site.root)
    assert snapshot(site.output) == site.versions[target]
    assert leftovers(site.root) == []
    assert (site.root / LOCK_FILE).read_bytes() == site.lock
    assert (site.root / CACHE_FOLDER / ".gitignore").is_file()
    site.current = target


# --- kills ----------------------------------------------------------------------------------


def edit_an_article(site: Path) -> None:
    """What a user does between two builds: a build with no change does nothing."""
    article = sorted((site / "content").rglob("*.txt"))[0]
    with article.open("a", encoding="utf-8") as file:
        file.write("\nAn editor added this sentence.\n")


def test_kills_in_analysis_rendering_and_writing_found_by_the_build_output(site: Site) -> None:
    """Killed when -v says a stage started (with a retry where a loaded machine let the
    build get past the stage before the kill)."""
    for stage in ("analyse", "render"):
        landed = []
        for _ in range(3):
            landed.append(
                kill_cycle(site, at_line(f"stage {stage} started"), *NO_CACHE).last_stage()
            )
            if landed[-1] == stage:
                break
        assert stage in landed, landed
    landed = []
    for _ in range(3):
        killed = kill_cycle(site, at_staging(site.root), expect="either")
        landed.append(killed.last_stage() if not killed.finished else "finished")
        if landed[-1] == "write":
            break
    assert "write" in landed, landed


@dataclass(frozen=True)
class Pause:
    """A moment to kill the build at: the `nth` call of `target` ("module:attribute")
    whose arguments mention `needle`, before or after the call."""

    moment: str
    target: str
    nth: int = 1
    when: str = "before"
    needle: str = ""
    expect: str = "previous"
    """What site/ must be after the kill (see kill_cycle)."""
    leaves: str = ""
    """A glob (in the site folder) of what the kill must have left for the next build."""
    arguments: tuple[str, ...] = ()
    cold_cache: bool = False
    rewrite_lock: bool = False
    no_exchange: bool = False
    in_worker: bool = False

    def environment(self, hook_folder: Path) -> dict[str, str]:
        module, attribute = self.target.split(":")
        spec = {
            "pause": [module, attribute, self.when, self.nth, self.needle],
            "no_exchange": self.no_exchange,
        }
        return pause_environment(hook_folder, spec)


def pauses(files: int) -> list[Pause]:
    staging, aside = ".site.building-*", ".site.previous-*"
    return [
        Pause(
            "analysis, in a pool worker",
            "generator.build:_analyse_task",
            cold_cache=True,
            in_worker=True,
        ),
        Pause(
            "a cache entry written, not yet renamed",
            "os:replace",
            nth=3,
            needle=".pickle",
            cold_cache=True,
            leaves=f"{CACHE_FOLDER}/.entry-*",
        ),
        Pause("rendering", "generator.render.site:_render_page", nth=5, arguments=NO_CACHE),
        Pause("staging folder made, empty", "generator.write:_write_file", leaves=staging),
        Pause("half the files written", "generator.write:_write_file", files // 2, leaves=staging),
        Pause("all written, not swapped", "generator.write:_swap_into_place", leaves=staging),
        Pause(
            "exchanged, the previous site not yet removed",
            "generator.write:_exchange",
            when="after",
            expect="new",
            leaves=staging,
        ),
        Pause(
            "stories.lock written, not yet renamed",
            "os:replace",
            needle=LOCK_FILE,
            expect="new",
            leaves=f".{LOCK_FILE}.tmp",
            rewrite_lock=True,
        ),
        Pause(
            "no renameat2: between the two renames",
            "os:rename",
            when="after",
            needle=".site.previous-",
            expect="moved aside",
            leaves=aside,
            no_exchange=True,
        ),
        Pause(
            "no renameat2: both renames done, the previous site not yet removed",
            "shutil:rmtree",
            needle=".site.previous-",
            expect="new",
            leaves=aside,
            no_exchange=True,
        ),
    ]


def test_kills_at_exact_moments_of_analysis_rendering_writing_and_swapping(
    site: Site, hook_folder: Path
) -> None:
    for pause in pauses(len(site.versions["A"])):
        if pause.rewrite_lock:
            # The same stories in other formatting: the build saves the file again.
            lock = site.root / LOCK_FILE
            lock.write_text(json.dumps(json.loads(lock.read_bytes()), indent=4), "utf-8")
        killed = kill_cycle(
            site,
            at_line("PAUSED at"),
            *pause.arguments,
            expect=pause.expect,
            leaves=pause.leaves,
            env=pause.environment(hook_folder),
            cold_cache=pause.cold_cache,
        )
        [paused_in] = re.findall(r"^PAUSED at \w+ in (\d+)$", killed.stderr, re.MULTILINE)[:1]
        assert (int(paused_in) != killed.pid) == pause.in_worker, pause.moment


def test_kills_at_a_spread_of_moments(site: Site) -> None:
    """Kills at delays spread over the measured build time. Most killed builds run
    with --no-cache, so that the analysis really runs; every fifth starts from an empty
    cache instead, so that it is killed while saving cache entries."""
    landed = []
    for number in range(RANDOM_KILLS):
        delay = site.build_seconds * number / RANDOM_KILLS
        cold = number % 5 == 4
        killed = kill_cycle(
            site, after(delay), *(() if cold else NO_CACHE), expect="either", cold_cache=cold
        )
        landed.append(killed.last_stage())
    assert "analyse" in landed, landed


# --- damaged leftovers ------------------------------------------------------------------------


def build_in_process(
    capsys: pytest.CaptureFixture[str], root: Path, *arguments: str
) -> tuple[int, str]:
    code = main(["build", "--source", root.name, *arguments])
    return code, capsys.readouterr().err


def test_damaged_cache_entries_and_stories_lock_do_not_break_the_next_build(
    small_site: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a kill (or a power cut) could leave if a write were not atomic."""
    monkeypatch.chdir(small_site.parent)
    assert build_in_process(capsys, small_site)[0] == EXIT_OK
    expected, lock = snapshot(small_site / "site"), (small_site / LOCK_FILE).read_bytes()
    cache = small_site / CACHE_FOLDER
    entries = sorted(cache.glob("*.pickle"))
    for entry in entries:
        entry.write_bytes(entry.read_bytes()[: entry.stat().st_size // 2])
    (cache / ".entry-half-written").write_bytes(b"\x80\x05")
    (cache / ".gitignore").unlink()
    (small_site / LOCK_FILE).write_bytes(lock[: len(lock) // 2])
    (small_site / f".{LOCK_FILE}.tmp").write_bytes(lock[:10])

    code, err = build_in_process(capsys, small_site)
    assert code == EXIT_OK, err
    assert err.count("this cache entry is damaged") == len(entries)
    assert f"{LOCK_FILE}: warning: cannot read this file" in err
    assert snapshot(small_site / "site") == expected
    assert (small_site / LOCK_FILE).read_bytes() == lock
    assert leftovers(small_site) == []
    assert (cache / ".gitignore").is_file()

    # Bytes that are not UTF-8 at all (this raised UnicodeDecodeError while saving).
    (small_site / LOCK_FILE).write_bytes(b"\xff\xfe\x00garbage\x80")
    code, err = build_in_process(capsys, small_site)
    assert code == EXIT_OK and "Traceback" not in err, err
    assert (small_site / LOCK_FILE).read_bytes() == lock

    # A temporary lock left while the lock itself is current: nothing overwrites it.
    (small_site / f".{LOCK_FILE}.tmp").write_bytes(b"{")
    assert build_in_process(capsys, small_site)[0] == EXIT_OK
    assert leftovers(small_site) == []


# --- full disks ----------------------------------------------------------------------------


def limited_file_size(limit: int) -> Callable[[], None]:
    def apply() -> None:
        # Ignored, SIGXFSZ no longer kills the process: the write fails with EFBIG.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_a_real_write_failure_from_a_file_size_limit_is_a_clear_error(
    sample_site: Path,
) -> None:
    assert_builds(sample_site)
    before = snapshot(sample_site / "site")
    cache = sample_site / CACHE_FOLDER
    largest_entry = max(path.stat().st_size for path in cache.glob("*.pickle"))
    limit = min(largest_entry, max(len(data) for data in before.values())) // 2
    shutil.rmtree(cache)  # so that the build has cache entries to save
    config = sample_site / "site.yaml"
    config.write_text(config.read_text("utf-8").replace(TITLE, f"{TITLE}, later"), "utf-8")

    failed = run_build(sample_site, preexec_fn=limited_file_size(limit))

    assert failed.returncode == EXIT_INPUT_ERRORS, failed.stderr
    assert "Traceback" not in failed.stderr
    [error] = [line for line in lines(failed.stderr) if "cannot write the site" in line]
    match = re.fullmatch(
        r"site/(\S+): cannot write the site \(File too large\): the file is larger than "
        r"this process may write \(the file size limit, `ulimit -f`\); raise the limit and "
        r"build again\. The previous site is unchanged",
        error,
    )
    assert match and match[1] in before, error
    [warning] = [line for line in lines(failed.stderr) if CACHE_FOLDER in line]
    assert warning.startswith(
        f"{CACHE_FOLDER}: warning: cannot save build results here (File too large): "
    )
    assert "This build goes on without saving them" in warning
    assert lines(failed.stderr)[-1].startswith("error: the build failed;")
    assert snapshot(sample_site / "site") == before
    assert leftovers(sample_site) == []
    assert_builds(sample_site)
    assert_valid_site(snapshot(sample_site / "site"))


def no_space() -> OSError:
    return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_full_disk_while_writing_the_site_is_a_clear_error(
    small_site: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(small_site.parent)
    assert build_in_process(capsys, small_site)[0] == EXIT_OK
    before = snapshot(small_site / "site")
    real_write_bytes = Path.write_bytes
    written: list[Path] = []

    def fills_up(self: Path, data: bytes) -> int:
        """The lowest write of generator/write.py: the disk fills up at the third file,
        which is left half-written."""
        if ".site.building-" not in str(self):
            return real_write_bytes(self, data)
        written.append(self)
        if len(written) < 3:
            return real_write_bytes(self, data)
        real_write_bytes(self, data[: len(data) // 2])
        raise no_space()

    monkeypatch.setattr(Path, "write_bytes", fills_up)
    (small_site / "site.yaml").write_text("title: Another title\n", "utf-8")
    code, err = build_in_process(capsys, small_site)

    assert code == EXIT_INPUT_ERRORS
    # The file as the user knows it: in site/, not in the staging folder.
    failed_in_site = "/".join(written[-1].relative_to(small_site).parts[1:])
    assert (
        f"small-site/site/{failed_in_site}: cannot write the site (No space left on device): "
        "free some space on the device holding small-site/site and build again. "
        "The previous site is unchanged"
    ) in lines(err)
    assert "Traceback" not in err
    assert lines(err)[-1].startswith("error: the build failed;")
    assert snapshot(small_site / "site") == before
    assert leftovers(small_site) == []


class _FillsUp:
    """A file on a disk that fills up: half the first write lands, then ENOSPC."""

    def __init__(self, file: BinaryIO) -> None:
        self.file = file

    def write(self, data: bytes) -> int:
        self.file.write(bytes(data)[: len(data) // 2])
        raise no_space()

    def __enter__(self) -> _FillsUp:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.file.close()


class _FullDiskOs:
    """generator/disk_cache.py's `os`, whose files are on a full disk."""

    def fdopen(self, handle: int, mode: str) -> _FillsUp:
        return _FillsUp(os.fdopen(handle, mode))

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)


def test_a_full_disk_for_the_cache_is_one_warning_and_the_build_succeeds(
    small_site: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(small_site.parent)
    monkeypatch.setattr(disk_cache, "os", _FullDiskOs())
    code, err = build_in_process(capsys, small_site)
    assert code == EXIT_OK, err
    [warning] = [line for line in lines(err) if CACHE_FOLDER in line]
    assert warning == (
        f"small-site/{CACHE_FOLDER}: warning: cannot save build results here (No space left "
        f"on device): free some space on the device holding small-site/{CACHE_FOLDER} and "
        "build again. This build goes on without saving them, so the next one computes "
        "them again"
    )
    assert_valid_site(snapshot(small_site / "site"))
    assert leftovers(small_site) == []  # no half-written temporary entry
    monkeypatch.undo()
    monkeypatch.chdir(small_site.parent)
    edit_an_article(small_site)  # an unchanged site would not be built at all
    code, err = build_in_process(capsys, small_site)
    assert code == EXIT_OK and CACHE_FOLDER not in err
    assert list((small_site / CACHE_FOLDER).glob("*.pickle"))


def test_a_full_disk_for_stories_lock_is_a_warning_and_keeps_the_old_file(
    small_site: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(small_site.parent)
    assert build_in_process(capsys, small_site)[0] == EXIT_OK
    lock = small_site / LOCK_FILE
    # The same stories in other formatting, so that the build saves the file again.
    lock.write_text(json.dumps(json.loads(lock.read_bytes()), indent=4), "utf-8")
    old_lock = lock.read_bytes()
    real_write_text = Path.write_text

    def fills_up(self: Path, data: str, *args: Any, **kwargs: Any) -> int:
        if self.name != f".{LOCK_FILE}.tmp":
            return real_write_text(self, data, *args, **kwargs)
        real_write_text(self, data[: len(data) // 2], *args, **kwargs)
        raise no_space()

    monkeypatch.setattr(Path, "write_text", fills_up)
    code, err = build_in_process(capsys, small_site)
    assert code == EXIT_OK, err
    [warning] = [line for line in lines(err) if LOCK_FILE in line]
    assert warning.startswith(
        f"small-site/{LOCK_FILE}: warning: cannot save story addresses (No space left on "
        "device): free some space on the device holding small-site and build again"
    )
    assert lock.read_bytes() == old_lock
    assert leftovers(small_site) == []


# --- read-only folders ------------------------------------------------------------------------

PR_CAPBSET_DROP = 24
CAPABILITIES_TO_DROP = (1, 2, 3)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER


def as_ordinary_user() -> Callable[[], None] | None:
    """For the build's process: root loses the power to ignore permission bits (dropped
    from the bounding set, so the program it runs never has it), like any user."""
    if os.geteuid() != 0:
        return None
    libc = ctypes.CDLL(None, use_errno=True)  # loaded here, not in the forked child

    def drop() -> None:
        for capability in CAPABILITIES_TO_DROP:
            if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
                raise OSError(ctypes.get_errno(), "cannot drop a capability")

    return drop


@pytest.mark.parametrize("read_only", ["output", "parent"])
def test_a_read_only_output_folder_is_a_clear_error(sample_site: Path, read_only: str) -> None:
    output = sample_site / "site" if read_only == "output" else sample_site / "out" / "site"
    arguments = () if read_only == "output" else ("--output", "out/site")
    assert_builds(sample_site, *arguments)
    before = snapshot(output)
    folder = output if read_only == "output" else output.parent
    edit_an_article(sample_site)  # an unchanged site would not be written at all
    folder.chmod(0o555)
    try:
        failed = run_build(sample_site, *arguments, preexec_fn=as_ordinary_user())
    finally:
        folder.chmod(0o755)
    assert failed.returncode == EXIT_INPUT_ERRORS, failed.stderr
    assert "Traceback" not in failed.stderr
    shown = folder.relative_to(sample_site)
    assert (
        f"{output.relative_to(sample_site)}: cannot write the site (Permission denied): "
        f"there is no permission to write in {shown}; make it writable, or build into "
        "another folder with --output. The previous site is unchanged"
    ) in lines(failed.stderr)
    assert lines(failed.stderr)[-1].startswith("error: the build failed;")
    assert snapshot(output) == before
    assert not [path for path in output.parent.iterdir() if LEFTOVER.match(path.name)]


def test_a_read_only_file_system_is_a_clear_error(
    small_site: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """EROFS where the writer first meets it: making the staging folder."""
    monkeypatch.chdir(small_site.parent)
    assert build_in_process(capsys, small_site)[0] == EXIT_OK
    before = snapshot(small_site / "site")
    real_mkdir = os.mkdir

    def read_only(path: Any, *args: Any, **kwargs: Any) -> None:
        if ".site.building-" in str(path):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        real_mkdir(path, *args, **kwargs)

    monkeypatch.setattr(os, "mkdir", read_only)
    edit_an_article(small_site)  # an unchanged site would not be written at all
    code, err = build_in_process(capsys, small_site)
    assert code == EXIT_INPUT_ERRORS
    assert (
        "small-site: cannot write the site (Read-only file system): small-site is on a "
        "read-only file system; remount it read-write, or build into another folder with "
        "--output. The previous site is unchanged"
    ) in lines(err)
    assert "Traceback" not in err
    assert snapshot(small_site / "site") == before
    assert leftovers(small_site) == []
