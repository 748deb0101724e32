"""The atomic writer: a failed build never touches the previous site."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator import write
from generator.build import BuildOptions, build
from generator.diagnostics import BuildFailed, Diagnostics
from generator.output import OutputFiles
from generator.write import MARKER, check_output_folder, write_site


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def files(contents: dict[str, str]) -> OutputFiles:
    output = OutputFiles()
    for name, text in contents.items():
        output.add(name, text.encode(), Path("origin"), Diagnostics())
    return output


def test_a_build_with_content_errors_leaves_the_previous_site_byte_for_byte(
    small_site: Path,
) -> None:
    build(BuildOptions(source=small_site))
    before = snapshot(small_site / "site")
    (small_site / "content" / "harbour-ferry-returns.md").write_text(
        "---\ntitle: [broken\n---\ntext\n", "utf-8"
    )
    with pytest.raises(BuildFailed):
        build(BuildOptions(source=small_site))
    assert snapshot(small_site / "site") == before


def test_a_build_failing_in_a_template_leaves_the_previous_site(small_site: Path) -> None:
    build(BuildOptions(source=small_site))
    before = snapshot(small_site / "site")
    (small_site / "templates").mkdir()
    (small_site / "templates" / "index.html").write_text("{% for x in %}", "utf-8")
    with pytest.raises(BuildFailed):
        build(BuildOptions(source=small_site))
    assert snapshot(small_site / "site") == before


def test_a_failure_while_writing_leaves_the_previous_site_and_no_staging_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = tmp_path / "site"
    write_site(files({"index.html": "old"}), output)
    before = snapshot(output)
    real_write_bytes = Path.write_bytes

    def failing_write_bytes(self: Path, data: bytes) -> int:
        if self.name == "b.html":
            raise OSError(28, "No space left on device", str(self))
        return real_write_bytes(self, data)

    monkeypatch.setattr(Path, "write_bytes", failing_write_bytes)
    with pytest.raises(OSError):
        write_site(files({"a.html": "new", "b.html": "new"}), output)
    assert snapshot(output) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_full_disk_is_reported_as_an_error_not_a_traceback(
    small_site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(self: Path, data: bytes) -> int:
        raise OSError(28, "No space left on device", str(self))

    monkeypatch.setattr(Path, "write_bytes", no_space)
    with pytest.raises(BuildFailed) as failure:
        build(BuildOptions(source=small_site))
    message = failure.value.diagnostics.errors[0].format()
    assert "No space left on device" in message
    assert "previous site is unchanged" in message


def test_the_new_site_replaces_the_old_one_completely(tmp_path: Path) -> None:
    output = tmp_path / "site"
    write_site(files({"old.html": "old", "keep/index.html": "1"}), output)
    write_site(files({"new.html": "new", "keep/index.html": "2"}), output)
    assert snapshot(output) == {
        MARKER: write.MARKER_TEXT.encode(),
        "keep/index.html": b"2",
        "new.html": b"new",
    }


def test_the_swap_works_without_an_atomic_exchange(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(write, "_exchange", lambda first, second: False)
    output = tmp_path / "site"
    write_site(files({"a.html": "1"}), output)
    write_site(files({"b.html": "2"}), output)
    assert set(snapshot(output)) == {MARKER, "b.html"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_swap_interrupted_between_renames_is_recovered(tmp_path: Path) -> None:
    previous = tmp_path / ".site.previous-12345"
    previous.mkdir()
    (previous / "index.html").write_text("previous", "utf-8")
    (previous / MARKER).write_text(write.MARKER_TEXT, "utf-8")
    write_site(files({"index.html": "next"}), tmp_path / "site")
    assert (tmp_path / "site" / "index.html").read_text("utf-8") == "next"
    assert not previous.exists()


def test_staging_folders_of_dead_builds_are_removed(tmp_path: Path) -> None:
    dead_pid = 2**22 + 12345  # above Linux's default pid_max, so never a running process
    stale = tmp_path / f".site.building-{dead_pid}-abc"
    stale.mkdir()
    (stale / "half.html").write_text("half", "utf-8")
    write_site(files({"index.html": "x"}), tmp_path / "site")
    assert not stale.exists()


def test_a_folder_not_made_by_briefing_is_never_replaced(tmp_path: Path) -> None:
    precious = tmp_path / "docs"
    precious.mkdir()
    (precious / "thesis.txt").write_text("years of work", "utf-8")
    with pytest.raises(write.OutputFolderError, match="not made by briefing"):
        check_output_folder(precious, tmp_path / "site-root", [])


def test_an_output_folder_overlapping_content_is_refused(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    for output in (content, content / "site", tmp_path):
        with pytest.raises(write.OutputFolderError):
            check_output_folder(output, tmp_path, [content])


def test_build_reports_a_refused_output_folder_as_an_input_error(small_site: Path) -> None:
    with pytest.raises(BuildFailed) as failure:
        build(BuildOptions(source=small_site, output=small_site / "content"))
    assert "overlaps" in failure.value.diagnostics.errors[0].message


def test_two_inputs_writing_one_path_is_an_error_naming_both() -> None:
    diagnostics = Diagnostics()
    output = OutputFiles()
    output.add("briefings/x/index.html", b"1", Path("content/x"), diagnostics)
    output.add("briefings/x/index.html", b"2", Path("content/X"), diagnostics)
    [error] = diagnostics.errors
    assert error.position.path == Path("content/X")
    assert "content/x already writes" in error.message
    assert output.files["briefings/x/index.html"] == b"1"


def test_output_paths_cannot_leave_the_output_folder() -> None:
    with pytest.raises(ValueError):
        OutputFiles().add("../escape.html", b"", Path("x"), Diagnostics())


def test_the_built_site_is_readable_by_others(tmp_path: Path) -> None:
    output = tmp_path / "site"
    write_site(files({"index.html": "x"}), output)
    assert os.stat(output).st_mode & 0o005 == 0o005


def test_unchanged_files_keep_their_time_and_changed_ones_get_a_new_one(tmp_path: Path) -> None:
    from generator.diagnostics import Diagnostics
    from generator.output import OutputFiles
    from generator.write import write_site

    output = tmp_path / "site"

    def files(about: bytes) -> OutputFiles:
        result = OutputFiles()
        result.add("index.html", b"<p>home</p>", tmp_path, Diagnostics())
        result.add("about/index.html", about, tmp_path, Diagnostics())
        return result

    write_site(files(b"<p>old</p>"), output)
    old = 1_600_000_000_000_000_000
    for name in ("index.html", "about/index.html"):
        os.utime(output / name, ns=(old, old))
    write_site(files(b"<p>new</p>"), output)
    assert (output / "index.html").stat().st_mtime_ns == old
    assert (output / "about/index.html").stat().st_mtime_ns != old
    assert (output / "about/index.html").read_bytes() == b"<p>new</p>"
