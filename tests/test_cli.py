"""The command line: exit codes, messages on stderr, and the commands' effects."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator import __version__
from generator.cli import EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE, main
from generator.content import load_article
from generator.diagnostics import Diagnostics


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = main(list(arguments))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"briefing {__version__}"


def test_no_command_prints_help_and_exits_with_usage_code(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys)
    assert code == EXIT_USAGE
    assert "build" in out and "check" in out and "new" in out


def test_an_unknown_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["build", "--no-such-flag"])
    assert exit_.value.code == EXIT_USAGE


@pytest.mark.parametrize("command", ["build", "check", "new"])
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    assert "--source" in capsys.readouterr().out


def test_build_succeeds_and_says_what_it_built(
    small_site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "build", "--source", str(small_site))
    assert code == EXIT_OK
    assert re.search(r"built 2 briefings \(\d+ files\) from 4 articles into \S*site in ", err)
    assert (small_site / "site" / "index.html").is_file()


def test_build_errors_are_reported_as_path_line_col_with_exit_code_1(
    small_site: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(small_site)
    (small_site / "content" / "bad.md").write_text(
        "---\ntitle: ok\nurl: javascript:alert(1)\n---\nx\n"
    )
    code, _, err = run(capsys, "build")
    assert code == EXIT_INPUT_ERRORS
    assert "content/bad.md:3:6: url: must be an absolute http:// or https:// URL" in err
    assert "nothing was written and any previous site is unchanged" in err
    assert not (small_site / "site").exists()


def test_warnings_are_shown_but_do_not_fail_the_build(
    small_site: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(small_site)
    (small_site / "site.yaml").write_text("titel: Oops\n", "utf-8")
    code, _, err = run(capsys, "build")
    assert code == EXIT_OK
    assert "site.yaml:1:1: warning: unknown key 'titel' is ignored; did you mean 'title'?" in err


def test_quiet_prints_nothing_on_success(
    small_site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "build", "-q", "--source", str(small_site))
    assert code == EXIT_OK
    assert out == "" and err == ""


def test_verbose_prints_every_stage_timing(
    small_site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, _, err = run(capsys, "build", "-v", "--source", str(small_site))
    for stage in ("load", "clean", "segment", "group", "analyse", "render", "write"):
        assert f"stage {stage}" in err


def test_check_validates_without_writing(
    small_site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "check", "--source", str(small_site))
    assert code == EXIT_OK
    assert "no errors" in err
    assert not (small_site / "site").exists()


def test_check_reports_errors_with_exit_code_1(
    small_site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (small_site / "site.yaml").write_text("timezone: Mars/Olympus\n", "utf-8")
    code, _, err = run(capsys, "check", "--source", str(small_site))
    assert code == EXIT_INPUT_ERRORS
    assert "site.yaml:1:11: timezone: unknown time zone 'Mars/Olympus'" in err


def test_new_creates_an_article_that_loads_once_its_text_is_added(
    small_site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    title = 'Flood barrier: "phase two" approved'
    code, _, err = run(
        capsys, "new", title, "--story", "Riverside Flood Barrier", "--source", str(small_site)
    )
    assert code == EXIT_OK
    path = (
        small_site / "content" / "riverside-flood-barrier" / "flood-barrier-phase-two-approved.md"
    )
    assert path.is_file()
    assert str(path.relative_to(small_site)) in err or path.name in err
    with path.open("a", encoding="utf-8") as handle:
        handle.write("The council approved the second phase of the barrier on Friday.\n")
    diagnostics = Diagnostics()
    article = load_article(path, diagnostics, story_folder=path.parent)
    assert not diagnostics.errors
    assert article is not None and article.title == title
    assert article.published is None and article.url is None


def test_new_never_overwrites_an_existing_article(
    small_site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "new", "Same title", "--source", str(small_site))
    path = small_site / "content" / "same-title.md"
    path.write_text("---\ntitle: Same title\n---\nMy text.\n", "utf-8")
    code, _, err = run(capsys, "new", "Same title", "--source", str(small_site))
    assert code == EXIT_INPUT_ERRORS
    assert "already exists" in err
    assert path.read_text("utf-8").endswith("My text.\n")


def test_python_dash_m_runs_the_same_cli() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "generator", "--version"], capture_output=True, text=True
    )
    assert completed.returncode == 0
    assert completed.stdout.strip() == f"briefing {__version__}"


def test_inspect_clean_shows_kept_captions_and_removed_with_reasons(
    small_site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = small_site / "content" / "riverside-flood-barrier" / "radio-report.txt"
    code, out, _ = run(capsys, "inspect", "clean", str(path), "--source", str(small_site))
    assert code == EXIT_OK
    assert "title:     Flood barrier gets the green light" in out
    assert "¶ Councillors in Riverside have voted to build a flood barrier" in out
    assert "[page furniture] Share this article" in out
    assert "© Photo Desk/Riverside Radio" in out.split("captions")[1].split("removed")[0]


def test_inspect_clean_json_lists_paragraphs_captions_and_removed_blocks(
    small_site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = small_site / "content" / "riverside-flood-barrier" / "radio-report.txt"
    code, out, _ = run(capsys, "inspect", "clean", "--json", str(path), "--source", str(small_site))
    report = json.loads(out)
    assert code == EXIT_OK
    assert report["title"] == "Flood barrier gets the green light"
    assert report["published"] is None
    assert [p["kind"] for p in report["paragraphs"]] == ["paragraph"] * 3
    assert {"line": 2, "reason": "page furniture", "text": "Share this article"} in report[
        "removed"
    ]
    assert len(report["captions"]) == 2


def test_inspect_sentences_prints_one_sentence_per_line(
    small_site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = small_site / "content" / "harbour-ferry-returns.md"
    code, out, _ = run(capsys, "inspect", "sentences", str(path), "--source", str(small_site))
    assert code == EXIT_OK
    assert out.splitlines() == [
        "The harbour ferry returned to service on Monday after six months of repairs to its "
        "engines.",
        "The operator said the ferry will run every thirty minutes between the old town and "
        "the marina.",
        "Tickets will cost the same as before the repairs, the operator confirmed on its website.",
        "Passenger numbers fell by a third while the ferry was out of service, according to "
        "the port authority.",
    ]


def test_inspect_a_missing_file_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "inspect", "clean", str(tmp_path / "nope.txt"))
    assert code == EXIT_INPUT_ERRORS
    assert "nope.txt: no such file" in err


def test_check_refuses_an_output_folder_a_build_would_refuse(
    small_site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    foreign = small_site / "docs"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine\n", "utf-8")
    code, _, err = run(capsys, "check", "--source", str(small_site), "--output", "docs")
    assert code == EXIT_INPUT_ERRORS
    assert "the output folder" in err and "was not made by briefing" in err
    assert (foreign / "notes.txt").read_text("utf-8") == "mine\n"


def test_check_takes_the_base_url_a_build_would_use(
    small_site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "check", "--source", str(small_site), "--base-url", "javascript:alert(1)"
    )
    assert code == EXIT_INPUT_ERRORS
    assert "--base-url: must be an absolute http:// or https:// URL" in err


def test_check_reports_errors_of_several_files_at_once(
    small_site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = small_site / "content" / "riverside-flood-barrier"
    (story / "story.yaml").write_text("title: [unclosed\n", "utf-8")
    (small_site / "content" / "harbour-ferry-returns.md").write_text(
        "---\ntitle: Ferry\ndate: 2024-02-30\n---\nText.\n", "utf-8"
    )
    code, _, err = run(capsys, "check", "--source", str(small_site))
    assert code == EXIT_INPUT_ERRORS
    assert "story.yaml:2:1: invalid story.yaml" in err
    assert "harbour-ferry-returns.md:3:7:" in err
    assert "2 errors found" in err
    assert not (small_site / "site").exists()


def test_check_renders_the_templates_and_reports_their_errors(
    small_site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    templates = small_site / "templates"
    templates.mkdir()
    (templates / "index.html").write_text("<h1>{{ site.title }</h1>\n", "utf-8")
    code, _, err = run(capsys, "check", "--source", str(small_site))
    assert code == EXIT_INPUT_ERRORS
    assert "templates/index.html:1:" in err
    assert not (small_site / "site").exists()
