"""Publishing a built site to a branch of a git remote (GitHub Pages' `gh-pages`).

The site becomes one new commit on the branch, made with git plumbing only: the files
are hashed into the object store, listed in a temporary index and written as a tree, and
the commit is pushed by its id. The working tree, the index, HEAD and every local branch
stay exactly as they were, so a deploy can run from any checkout with uncommitted work.
The published tree is exactly the built site plus `.nojekyll` (GitHub Pages would
otherwise run Jekyll and drop folders starting with `_`) and `CNAME` when there is a
custom domain: the configured one, else the one the branch already has.
"""

from __future__ import annotations

import os
import stat
import subprocess
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from generator import __version__
from generator.write import MARKER

_GIT_TIMEOUT_SECONDS = 600
_FALLBACK_IDENTITY = {
    # Used only when git has no identity configured (a fresh CI runner, say), so a
    # deploy does not fail for want of a name on a commit nobody edits by hand.
    "GIT_AUTHOR_NAME": "briefing",
    "GIT_AUTHOR_EMAIL": "briefing@localhost",
    "GIT_COMMITTER_NAME": "briefing",
    "GIT_COMMITTER_EMAIL": "briefing@localhost",
}


class DeployError(Exception):
    """The site cannot be published; the message says why and what to do."""


@dataclass(frozen=True)
class DeployTarget:
    remote: str = "origin"
    branch: str = "gh-pages"
    message: str | None = None
    cname: str | None = None


@dataclass(frozen=True)
class Deployed:
    commit: str
    remote: str
    branch: str
    files: int
    pushed: bool
    """False when the branch already held exactly this site."""


def deploy(site_dir: Path, repository: Path, target: DeployTarget) -> Deployed:
    """Publish the built site in `site_dir` to `target.branch` on `target.remote`."""
    git = _Git(repository)
    git.require_repository()
    _refuse_current_branch(git, target.branch)
    files = _site_files(site_dir)
    git.run("remote", "get-url", target.remote, failure=_no_remote(target.remote))
    parent = _remote_tip(git, target)

    entries = _blobs(git, files)
    entries.setdefault(".nojekyll", ("100644", git.blob(b"")))
    cname = _cname_entry(git, target.cname, parent)
    if cname is not None and "CNAME" not in files:
        entries["CNAME"] = cname
    tree = _write_tree(git, entries)

    if parent is not None and git.run("rev-parse", f"{parent}^{{tree}}").strip() == tree:
        return Deployed(parent, target.remote, target.branch, len(entries), pushed=False)
    message = target.message or _default_message(git)
    commit = git.commit(tree, parent, message)
    git.run(
        "push",
        "--quiet",
        target.remote,
        f"{commit}:refs/heads/{target.branch}",
        failure=(
            f"pushing to {target.branch!r} on {target.remote!r} failed; if someone else "
            "published meanwhile, run the deploy again"
        ),
    )
    return Deployed(commit, target.remote, target.branch, len(entries), pushed=True)


class _Git:
    """Runs git in one repository and turns its failures into DeployError."""

    def __init__(self, repository: Path) -> None:
        self.repository = repository

    def run(
        self,
        *arguments: str,
        stdin: bytes = b"",
        env: Mapping[str, str] | None = None,
        failure: str | None = None,
    ) -> str:
        completed = self.run_bytes(*arguments, stdin=stdin, env=env)
        if completed.returncode != 0:
            detail = completed.stderr.decode("utf-8", "replace").strip().splitlines()
            reason = f" (git: {detail[-1]})" if detail else ""
            raise DeployError(
                (failure or f"git {arguments[0]} failed") + reason,
            )
        return completed.stdout.decode("utf-8", "replace")

    def run_bytes(
        self, *arguments: str, stdin: bytes = b"", env: Mapping[str, str] | None = None
    ) -> subprocess.CompletedProcess[bytes]:
        try:
            return subprocess.run(
                ["git", *arguments],
                cwd=self.repository,
                input=stdin,
                capture_output=True,
                env={**os.environ, **(env or {})},
                timeout=_GIT_TIMEOUT_SECONDS,
                check=False,
            )
        except FileNotFoundError:
            raise DeployError("git is not installed; install git to deploy") from None
        except subprocess.TimeoutExpired:
            raise DeployError(
                f"git {arguments[0]} did not finish in {_GIT_TIMEOUT_SECONDS} s; "
                "check the network and the remote"
            ) from None

    def require_repository(self) -> None:
        if self.run_bytes("rev-parse", "--git-dir").returncode != 0:
            raise DeployError(
                f"{self.repository} is not in a git repository; deploy publishes to a "
                "branch of a git remote (run `git init` and `git remote add origin URL`), "
                "or publish with the GitHub Actions workflow instead"
            )

    def blob(self, data: bytes) -> str:
        return self.run("hash-object", "-w", "--stdin", stdin=data).strip()

    def commit(self, tree: str, parent: str | None, message: str) -> str:
        arguments = ["commit-tree", tree, "-F", "-"]
        if parent is not None:
            arguments += ["-p", parent]
        has_identity = self.run_bytes("var", "GIT_COMMITTER_IDENT").returncode == 0
        return self.run(
            *arguments,
            stdin=message.encode("utf-8"),
            env=None if has_identity else _FALLBACK_IDENTITY,
        ).strip()


def _refuse_current_branch(git: _Git, branch: str) -> None:
    current = git.run_bytes("symbolic-ref", "--quiet", "--short", "HEAD")
    if current.returncode == 0 and current.stdout.decode().strip() == branch:
        raise DeployError(
            f"the current branch is {branch!r}, the branch deploy publishes to; switch to "
            "the branch with your sources, or publish elsewhere with --branch"
        )


def _site_files(site_dir: Path) -> dict[str, Path]:
    """The built site's files by their path in the published tree."""
    if not (site_dir / MARKER).is_file():
        raise DeployError(
            f"{site_dir} holds no site built by briefing; run `briefing build` first "
            "(or deploy without --no-build)"
        )
    files = {}
    for path in sorted(site_dir.rglob("*")):
        if path.is_file() and path.name != MARKER:
            files[path.relative_to(site_dir).as_posix()] = path
    return files


def _no_remote(remote: str) -> str:
    return (
        f"there is no git remote named {remote!r}; add one with "
        f"`git remote add {remote} URL`, or name another with --remote"
    )


def _remote_tip(git: _Git, target: DeployTarget) -> str | None:
    """The commit the branch has on the remote (fetched, so it can be the parent)."""
    listed = git.run(
        "ls-remote",
        "--heads",
        target.remote,
        f"refs/heads/{target.branch}",
        failure=f"cannot read the remote {target.remote!r}",
    )
    if not listed.strip():
        return None
    tip = listed.split()[0]
    # No ref is written and no FETCH_HEAD: the objects alone are needed, for the parent.
    git.run(
        "fetch",
        "--quiet",
        "--no-tags",
        "--no-write-fetch-head",
        target.remote,
        f"refs/heads/{target.branch}",
        failure=f"cannot fetch {target.branch!r} from {target.remote!r}",
    )
    return tip


def _blobs(git: _Git, files: Mapping[str, Path]) -> dict[str, tuple[str, str]]:
    """(mode, blob id) of every file, stored in the repository's objects with one call."""
    if not files:
        return {}
    paths = [str(path.resolve()) for path in files.values()]
    # --no-filters: the site is published byte for byte, whatever the repo's attributes.
    output = git.run(
        "hash-object", "-w", "--no-filters", "--stdin-paths", stdin="\n".join(paths).encode()
    )
    ids = output.split()
    entries = {}
    for (name, path), blob in zip(files.items(), ids, strict=True):
        executable = path.stat().st_mode & stat.S_IXUSR
        entries[name] = ("100755" if executable else "100644", blob)
    return entries


def _cname_entry(git: _Git, cname: str | None, parent: str | None) -> tuple[str, str] | None:
    if cname:
        return ("100644", git.blob(f"{cname}\n".encode()))
    if parent is None:
        return None
    listed = git.run("ls-tree", parent, "--", "CNAME").split()
    # `<mode> blob <id>\tCNAME`: the domain the branch already serves stays.
    return (listed[0], listed[2]) if len(listed) >= 3 and listed[1] == "blob" else None


def _write_tree(git: _Git, entries: Mapping[str, tuple[str, str]]) -> str:
    with tempfile.TemporaryDirectory(prefix="briefing-deploy-") as scratch:
        index = {"GIT_INDEX_FILE": str(Path(scratch) / "index")}
        listing = "".join(
            f"{mode} {blob}\t{name}\0" for name, (mode, blob) in sorted(entries.items())
        )
        git.run("update-index", "-z", "--add", "--index-info", stdin=listing.encode(), env=index)
        return git.run("write-tree", env=index).strip()


def _default_message(git: _Git) -> str:
    source = git.run_bytes("rev-parse", "--short", "HEAD")
    built_from = f" from {source.stdout.decode().strip()}" if source.returncode == 0 else ""
    return f"Publish the site built{built_from} with briefing {__version__}"
