"""`briefing deploy`: the site published to a branch of a local bare repository."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from conftest import git

from generator.build import BuildOptions, build
from generator.cli import EXIT_INPUT_ERRORS, EXIT_OK, main
from generator.deploy import DeployError, DeployTarget, deploy

pytestmark = pytest.mark.usefixtures("git_env")


@pytest.fixture
def project(small_site: Path, tmp_path: Path) -> Path:
    """The small site as a git checkout on `main`, with a bare repository as `origin`."""
    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "--quiet", "--bare", str(remote))
    git(small_site, "init", "--quiet", "--initial-branch=main")
    (small_site / ".gitignore").write_text("site/\n", encoding="utf-8")
    git(small_site, "add", "--all")
    git(small_site, "commit", "--quiet", "--message=Articles")
    git(small_site, "remote", "add", "origin", str(remote))
    return small_site


def remote_of(project: Path) -> Path:
    return project.parent / "remote.git"


def published_files(remote: Path, branch: str = "gh-pages") -> set[str]:
    return set(git(remote, "ls-tree", "-r", "--name-only", branch).split())


def built_files(site: Path) -> set[str]:
    return {
        path.relative_to(site).as_posix()
        for path in site.rglob("*")
        if path.is_file() and path.name != ".briefing-site"
    }


def repository_state(project: Path) -> tuple[str, ...]:
    """Everything a deploy must leave alone: HEAD, local branches, index, working tree."""
    index = (project / ".git" / "index").read_bytes()
    return (
        git(project, "rev-parse", "HEAD"),
        git(project, "symbolic-ref", "HEAD"),
        git(project, "for-each-ref", "refs/heads", "refs/tags"),
        git(project, "status", "--porcelain=v1", "--untracked-files=all"),
        git(project, "stash", "list"),
        hashlib.sha256(index).hexdigest(),
        hashlib.sha256((project / "content" / "harbour-ferry-returns.md").read_bytes()).hexdigest(),
    )


def run_deploy(capsys: pytest.CaptureFixture[str], project: Path, *options: str) -> tuple[int, str]:
    code = main(["deploy", "--source", str(project), *options])
    return code, capsys.readouterr().err


def test_deploy_publishes_the_built_site_and_nojekyll(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, messages = run_deploy(capsys, project)
    assert code == EXIT_OK, messages
    remote = remote_of(project)
    site = project / "site"
    assert published_files(remote) == built_files(site) | {".nojekyll"}
    assert git(remote, "show", "gh-pages:.nojekyll") == ""
    for name in ("index.html", "feed.xml", "briefings/riverside-flood-barrier/index.html"):
        assert git(remote, "show", f"gh-pages:{name}") == (site / name).read_text("utf-8")
    commit = git(remote, "rev-parse", "gh-pages").strip()
    assert f"as commit {commit}" in messages


def test_deploy_leaves_the_working_tree_index_and_branches_alone(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = project / "content" / "harbour-ferry-returns.md"
    article.write_text(article.read_text("utf-8") + "\nA late correction.\n", "utf-8")
    (project / "notes.txt").write_text("work in progress\n", "utf-8")
    git(project, "add", "notes.txt")
    before = repository_state(project)
    code, messages = run_deploy(capsys, project)
    assert code == EXIT_OK, messages
    assert repository_state(project) == before
    assert "gh-pages" not in git(project, "branch", "--list")


def test_a_second_deploy_adds_a_commit_on_top_of_the_first(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_deploy(capsys, project)[0] == EXIT_OK
    remote = remote_of(project)
    first = git(remote, "rev-parse", "gh-pages").strip()
    story = project / "content" / "riverside-flood-barrier" / "story.yaml"
    story.write_text(story.read_text("utf-8").replace("votes for", "approves"), "utf-8")
    code, messages = run_deploy(capsys, project, "--message", "Barrier vote update")
    assert code == EXIT_OK, messages
    second = git(remote, "rev-parse", "gh-pages").strip()
    assert second != first
    assert git(remote, "rev-parse", "gh-pages^").strip() == first
    assert git(remote, "log", "-1", "--format=%s", "gh-pages").strip() == "Barrier vote update"
    assert "Riverside approves a flood barrier" in git(
        remote, "show", "gh-pages:briefings/riverside-flood-barrier/index.html"
    )


def test_deploying_an_unchanged_site_pushes_nothing(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_deploy(capsys, project)[0] == EXIT_OK
    first = git(remote_of(project), "rev-parse", "gh-pages").strip()
    code, messages = run_deploy(capsys, project)
    assert code == EXIT_OK
    assert git(remote_of(project), "rev-parse", "gh-pages").strip() == first
    assert "nothing to push" in messages


def test_a_configured_domain_is_written_to_cname(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = project / "site.yaml"
    config.write_text(config.read_text("utf-8") + "cname: news.example.org\n", "utf-8")
    assert run_deploy(capsys, project)[0] == EXIT_OK
    assert git(remote_of(project), "show", "gh-pages:CNAME") == "news.example.org\n"


def test_the_domain_already_on_the_branch_is_kept(
    project: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # Someone set the custom domain in the GitHub settings, which commits a CNAME file.
    other = tmp_path / "other"
    git(tmp_path, "clone", "--quiet", str(remote_of(project)), str(other))
    git(other, "checkout", "--quiet", "--orphan", "gh-pages")
    (other / "CNAME").write_text("briefings.example.net\n", "utf-8")
    git(other, "add", "CNAME")
    git(other, "commit", "--quiet", "--message=Create CNAME")
    git(other, "push", "--quiet", "origin", "gh-pages")

    code, messages = run_deploy(capsys, project)
    assert code == EXIT_OK, messages
    remote = remote_of(project)
    assert git(remote, "show", "gh-pages:CNAME") == "briefings.example.net\n"
    assert "index.html" in published_files(remote)
    assert git(remote, "log", "--format=%s", "gh-pages").splitlines()[-1] == "Create CNAME"


def test_remote_and_branch_options_choose_where_to_publish(
    project: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    mirror = tmp_path / "mirror.git"
    git(tmp_path, "init", "--quiet", "--bare", str(mirror))
    git(project, "remote", "add", "mirror", str(mirror))
    code, messages = run_deploy(capsys, project, "--remote", "mirror", "--branch", "pages")
    assert code == EXIT_OK, messages
    assert "index.html" in published_files(mirror, "pages")
    assert git(remote_of(project), "for-each-ref") == ""


def test_deploy_refuses_to_publish_to_the_current_branch(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = repository_state(project)
    code, messages = run_deploy(capsys, project, "--branch", "main")
    assert code == EXIT_INPUT_ERRORS
    assert "the current branch is 'main'" in messages
    assert repository_state(project) == before
    assert git(remote_of(project), "for-each-ref") == ""


def test_an_unknown_remote_is_a_clear_error(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, messages = run_deploy(capsys, project, "--remote", "upstream")
    assert code == EXIT_INPUT_ERRORS
    assert "no git remote named 'upstream'" in messages
    assert "git remote add upstream URL" in messages
    assert "Traceback" not in messages


def test_a_site_outside_git_cannot_be_deployed(
    small_site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, messages = run_deploy(capsys, small_site)
    assert code == EXIT_INPUT_ERRORS
    assert "not in a git repository" in messages
    assert (small_site / "site" / "index.html").is_file()  # the build itself succeeded


def test_no_build_needs_a_built_site(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, messages = run_deploy(capsys, project, "--no-build")
    assert code == EXIT_INPUT_ERRORS
    assert "run `briefing build` first" in messages


def test_a_failed_build_publishes_nothing(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "site.yaml").write_text("title: [unclosed\n", "utf-8")
    code, messages = run_deploy(capsys, project)
    assert code == EXIT_INPUT_ERRORS
    assert "site.yaml:2:1: invalid site.yaml" in messages
    assert "nothing was published" in messages
    assert git(remote_of(project), "for-each-ref") == ""


def test_an_unreachable_remote_is_reported(small_site: Path, tmp_path: Path) -> None:
    build(BuildOptions(source=small_site))
    git(small_site, "init", "--quiet", "--initial-branch=main")
    git(small_site, "remote", "add", "origin", str(tmp_path / "missing.git"))
    with pytest.raises(DeployError) as failure:
        deploy(small_site / "site", small_site, DeployTarget())
    assert "cannot read the remote 'origin'" in str(failure.value)


def test_without_a_git_identity_the_commit_is_made_by_briefing(
    project: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for role in ("AUTHOR", "COMMITTER"):
        monkeypatch.delenv(f"GIT_{role}_NAME")
        monkeypatch.delenv(f"GIT_{role}_EMAIL")
    # useConfigOnly: git must not guess a name from the machine, as on a bare CI runner.
    (tmp_path / "gitconfig").write_text("[user]\n\tuseConfigOnly = true\n", "utf-8")
    build(BuildOptions(source=project))
    deployed = deploy(project / "site", project, DeployTarget())
    remote = remote_of(project)
    assert deployed.pushed
    assert git(remote, "log", "-1", "--format=%an <%ae>", "gh-pages").strip() == (
        "briefing <briefing@localhost>"
    )
