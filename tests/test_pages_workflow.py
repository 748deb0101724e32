"""The GitHub Pages workflow shipped with the project: official actions, and a build
command the command line accepts, with the base URL from the Pages configuration."""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

import yaml
from conftest import REPOSITORY

from generator.cli import EXIT_OK, main

WORKFLOW = REPOSITORY / ".github" / "workflows" / "pages.yml"


def workflow() -> dict[str, Any]:
    return yaml.safe_load(WORKFLOW.read_text("utf-8"))


def steps(job: str) -> list[dict[str, Any]]:
    return workflow()["jobs"][job]["steps"]


def test_the_workflow_uses_the_official_pages_actions() -> None:
    document = workflow()
    uses = [step.get("uses", "") for job in document["jobs"] for step in steps(job)]
    for action in (
        "actions/checkout@",
        "actions/configure-pages@",
        "actions/upload-pages-artifact@",
        "actions/deploy-pages@",
    ):
        assert any(used.startswith(action) for used in uses), action
    assert document["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert document["jobs"]["deploy"]["needs"] == "build"
    checkout = next(s for s in steps("build") if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0  # feed dates come from the git history


def test_the_build_step_takes_the_base_url_from_the_pages_step_and_works(
    small_site: Path, capsys: Any
) -> None:
    [build_step] = [s for s in steps("build") if "briefing build" in s.get("run", "")]
    pages_id = next(s["id"] for s in steps("build") if "configure-pages" in s.get("uses", ""))
    expression = f"${{{{ steps.{pages_id}.outputs.base_url }}}}"
    assert expression in build_step["run"]
    # configure-pages gives the address without a trailing slash.
    command = build_step["run"].replace(expression, "https://user.github.io/repo")
    arguments = shlex.split(command)
    assert arguments[:2] == ["briefing", "build"]
    assert main([*arguments[1:], "--source", str(small_site)]) == EXIT_OK
    index = (small_site / "site" / "index.html").read_text("utf-8")
    assert '<link rel="canonical" href="https://user.github.io/repo/">' in index
    [upload] = [s for s in steps("build") if "upload-pages-artifact" in s.get("uses", "")]
    assert (small_site / upload["with"]["path"] / "index.html").is_file()
