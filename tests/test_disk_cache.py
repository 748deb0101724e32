"""The build's cache on disk: reused when the inputs are the same, never trusted blindly."""

from __future__ import annotations

from pathlib import Path

from generator.build import BuildOptions, build
from generator.build_stamp import forget_stamp
from generator.disk_cache import CACHE_FOLDER


def files_of(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def entries(site: Path, table: str) -> list[Path]:
    return sorted((site / CACHE_FOLDER).glob(f"{table}-*.pickle"))


def test_a_second_build_reuses_every_result_and_writes_the_same_site(small_site: Path) -> None:
    build(BuildOptions(source=small_site))
    first = files_of(small_site / "site")
    assert len(entries(small_site, "analysis")) == 2  # one per story
    assert len(entries(small_site, "clean")) == 4  # one per article
    result = build(BuildOptions(source=small_site))
    assert files_of(small_site / "site") == first
    assert not result.diagnostics.warnings or all(
        "cache" not in w.message for w in result.diagnostics.warnings
    )


def test_an_edited_article_invalidates_its_own_results_only(small_site: Path) -> None:
    build(BuildOptions(source=small_site))
    before = set(entries(small_site, "analysis"))
    article = small_site / "content" / "harbour-ferry-returns.md"
    article.write_text(article.read_text("utf-8") + "\nThe ferry was repainted.\n", "utf-8")
    build(BuildOptions(source=small_site))
    after = set(entries(small_site, "analysis"))
    assert len(before & after) == 1  # the other story's analysis was reused
    assert len(after) == 2  # and the outdated entry was removed
    fresh = small_site.parent / "fresh"
    build(BuildOptions(source=small_site, output=fresh, disk_cache=False))
    assert files_of(small_site / "site") == files_of(fresh)


def test_a_setting_that_changes_the_analysis_invalidates_it(small_site: Path) -> None:
    build(BuildOptions(source=small_site))
    before = set(entries(small_site, "analysis"))
    config = small_site / "site.yaml"
    config.write_text(config.read_text("utf-8").replace("key_points: 3", "key_points: 2"), "utf-8")
    build(BuildOptions(source=small_site))
    assert not before & set(entries(small_site, "analysis"))


def test_a_damaged_entry_is_a_warning_and_is_computed_again(small_site: Path) -> None:
    build(BuildOptions(source=small_site))
    expected = files_of(small_site / "site")
    damaged = entries(small_site, "analysis")[0]
    damaged.write_bytes(b"\x80\x05not a pickle")
    forget_stamp(small_site / CACHE_FOLDER)  # else nothing changed and nothing is read
    result = build(BuildOptions(source=small_site))
    [warning] = [w for w in result.diagnostics.warnings if w.position.path == damaged]
    assert "damaged" in warning.message and "computed again" in warning.message
    assert files_of(small_site / "site") == expected
    # The entry was written again, whole.
    forget_stamp(small_site / CACHE_FOLDER)
    assert build(BuildOptions(source=small_site)).diagnostics.warnings == [
        w for w in result.diagnostics.warnings if w.position.path != damaged
    ]


def test_check_and_no_cache_leave_no_cache_behind(small_site: Path) -> None:
    build(BuildOptions(source=small_site, write=False))
    build(BuildOptions(source=small_site, disk_cache=False))
    assert not (small_site / CACHE_FOLDER).exists()
