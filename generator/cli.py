"""The command line: parses arguments, calls the build, reports, and sets the exit code.

Exit codes: 0 success, 1 errors in the site's content or configuration (or the output
folder cannot be written), 2 wrong usage of the command.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import yaml

from generator import __version__
from generator.build import BuildOptions, BuildResult, build
from generator.config import load_config
from generator.deploy import DeployError, DeployTarget, deploy
from generator.diagnostics import BuildFailed, Diagnostics
from generator.executors import ExecutorError, check_executor_address, open_executor
from generator.figures.report import figures_as_data, figures_as_text, figures_report
from generator.grouping.report import stories_as_data, stories_as_text, stories_report
from generator.inspect import (
    as_json,
    clean_as_text,
    clean_report,
    dates_as_text,
    dates_report,
    inspect_dates,
    inspect_file,
    sentences_as_text,
    sentences_report,
)
from generator.partial_date import parse_iso
from generator.progress import progress_for
from generator.serve.preview import ServeError, ServeOptions, serve
from generator.slug import slug_or_fallback, slugify

EXIT_OK = 0
EXIT_INPUT_ERRORS = 1
EXIT_USAGE = 2

log = logging.getLogger("generator")


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    arguments = parser.parse_args(argv)
    _configure_logging(arguments.verbosity)
    return int(arguments.handler(arguments))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Build a static briefing site from news articles: one page per story "
        "with a cited summary, key points and sources.",
        epilog="Exit codes: 0 success, 1 errors in content or configuration, 2 usage error.",
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    parser.set_defaults(handler=lambda _: parser.print_help() or EXIT_USAGE, verbosity=0)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    build_parser = commands.add_parser(
        "build",
        help="build the site into the output folder",
        description="Build the site. The previous site stays untouched unless the whole "
        "build succeeds.",
    )
    _add_site_options(build_parser)
    _add_target_options(build_parser)
    _add_jobs_option(build_parser)
    build_parser.add_argument(
        "--no-cache",
        dest="disk_cache",
        action="store_false",
        help="neither use nor update .briefing-cache/ (results of earlier builds)",
    )
    build_parser.add_argument(
        "--executor",
        type=_executor_address,
        metavar="URL",
        help="analyse the stories on a Dask cluster, given its scheduler's address "
        "(dask://HOST:PORT; needs briefing[dask]) instead of in local processes",
    )
    build_parser.set_defaults(handler=_run_build)

    serve_parser = commands.add_parser(
        "serve",
        help="preview the site with live reload while you edit",
        description="Build the site and serve it at its base URL's path, rebuilding and "
        "reloading the browser whenever an article, template or site.yaml changes. The "
        "preview is served from memory; the output folder is not touched.",
    )
    _add_site_options(serve_parser)
    serve_parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default: 127.0.0.1, this machine only)",
    )
    serve_parser.add_argument(
        "--port", type=_port, default=8000, help="port to listen on (default: 8000)"
    )
    serve_parser.add_argument(
        "--open", dest="open_browser", action="store_true", help="open the site in a browser"
    )
    serve_parser.add_argument(
        "--poll",
        action="store_true",
        help="poll for changes, for file systems without change events (containers, "
        "network mounts, WSL)",
    )
    serve_parser.set_defaults(handler=_run_serve)

    deploy_parser = commands.add_parser(
        "deploy",
        help="build, then publish the site to a gh-pages branch",
        description="Build the site, then publish it as one new commit on a branch of a git "
        "remote (GitHub Pages serves the gh-pages branch). Adds .nojekyll and keeps the "
        "custom domain (CNAME). The working tree, the index and the current branch are "
        "never touched.",
    )
    _add_site_options(deploy_parser)
    deploy_parser.add_argument(
        "--remote", default="origin", help="git remote to push to (default: origin)"
    )
    deploy_parser.add_argument(
        "--branch", default="gh-pages", help="branch to publish to (default: gh-pages)"
    )
    deploy_parser.add_argument("--message", "-m", help="commit message for the published site")
    deploy_parser.add_argument(
        "--base-url", metavar="URL", help="public address of the site, overriding site.yaml"
    )
    deploy_parser.add_argument(
        "--no-build",
        dest="build",
        action="store_false",
        help="publish the site folder as it is, without building first",
    )
    deploy_parser.set_defaults(handler=_run_deploy)

    check_parser = commands.add_parser(
        "check",
        help="validate content, configuration and templates; write nothing",
        description="Run every stage and validation of a build, the output folder's "
        "included, without writing anything, and report every problem (for CI).",
    )
    _add_site_options(check_parser)
    _add_target_options(check_parser)
    check_parser.set_defaults(handler=_run_check)

    new_parser = commands.add_parser(
        "new",
        help="create a new article file with front matter",
        description="Create content/[STORY/]SLUG.md with front matter to fill in.",
    )
    new_parser.add_argument("title", metavar="TITLE", help="the article's headline")
    new_parser.add_argument(
        "--story", metavar="NAME", help="story folder to put it in (created if needed)"
    )
    _add_site_options(new_parser)
    new_parser.set_defaults(handler=_run_new)

    inspect_parser = commands.add_parser(
        "inspect",
        help="show what the tool made of an article",
        description="Show how one article is cleaned, split into sentences, dated, or "
        "which quantities it states.",
    )
    views = inspect_parser.add_subparsers(title="what to show", metavar="VIEW")
    for view, help_text in (
        ("clean", "the paragraphs kept, the captions, and every removed block with its reason"),
        ("sentences", "the sentences the analysis works with, one per line"),
        ("figures", "the quantities found, with their ranges and what each measures"),
    ):
        view_parser = views.add_parser(view, help=help_text, description=help_text)
        view_parser.add_argument("file", type=Path, metavar="FILE", help="an article file")
        view_parser.add_argument("--json", action="store_true", help="print JSON")
        _add_site_options(view_parser)
        view_parser.set_defaults(handler=_run_inspect, view=view)
    dates_parser = views.add_parser(
        "dates",
        help="every time expression, its offsets in the file and its resolved value",
        description="List the time expressions of an article with their character offsets "
        "in the file's text (after BOM removal and with \\n line ends), the TIMEX3 value "
        "and the precision, resolved against the publication date.",
    )
    dates_parser.add_argument("file", type=Path, metavar="FILE", help="an article file")
    dates_parser.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="resolve against this date instead of the article's own",
    )
    dates_parser.add_argument("--json", action="store_true", help="print JSON")
    _add_site_options(dates_parser)
    dates_parser.set_defaults(handler=_run_inspect_dates)
    stories_parser = views.add_parser(
        "stories",
        help="how the articles are grouped into stories, and the terms that tie them",
        description="Group the site's articles as a build would (stories.lock is read, "
        "not written) and list each story with its articles and, for stories found by "
        "grouping, the terms that tie them together.",
    )
    stories_parser.add_argument("--json", action="store_true", help="print JSON")
    _add_site_options(stories_parser)
    stories_parser.set_defaults(handler=_run_inspect_stories)
    inspect_parser.set_defaults(handler=lambda _: inspect_parser.print_help() or EXIT_USAGE)
    return parser


def _add_target_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--output",
        type=Path,
        metavar="DIR",
        help="output folder (default: 'output' in site.yaml, else site/)",
    )
    parser.add_argument(
        "--base-url", metavar="URL", help="public address of the site, overriding site.yaml"
    )


def _add_site_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--source",
        type=Path,
        default=Path("."),
        metavar="DIR",
        help="the site folder, holding site.yaml and content/ (default: .)",
    )
    loudness = parser.add_mutually_exclusive_group()
    loudness.add_argument(
        "-q",
        "--quiet",
        dest="verbosity",
        action="store_const",
        const=-1,
        default=0,
        help="print errors only",
    )
    loudness.add_argument(
        "-v",
        "--verbose",
        dest="verbosity",
        action="store_const",
        const=1,
        help="also print stage timings and decisions",
    )


def _configure_logging(verbosity: int) -> None:
    level = {-1: logging.ERROR, 0: logging.INFO, 1: logging.DEBUG}[verbosity]
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    root = logging.getLogger("generator")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False


def _report(diagnostics: Diagnostics) -> None:
    cwd = Path.cwd()
    for diagnostic in diagnostics.warnings:
        log.warning("%s", diagnostic.format(cwd))
    for diagnostic in diagnostics.errors:
        log.error("%s", diagnostic.format(cwd))


def _add_jobs_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--jobs",
        "-j",
        type=_positive,
        metavar="N",
        help="processes for the analysis of stories (default: all cores); the site is "
        "the same whatever N",
    )


def _executor_address(value: str) -> str:
    try:
        return check_executor_address(value)
    except ExecutorError as exc:
        raise argparse.ArgumentTypeError(str(exc).removeprefix("--executor: ")) from None


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number from 1, got {value!r}")
    return int(value)


def _run_build(arguments: argparse.Namespace) -> int:
    started = time.perf_counter()
    # Not under -v either: the line would be torn up by the log lines.
    progress = progress_for(sys.stderr, quiet=arguments.verbosity != 0)
    options = BuildOptions(
        arguments.source,
        arguments.output,
        arguments.base_url,
        jobs=arguments.jobs,
        disk_cache=arguments.disk_cache,
        progress=progress,
    )
    try:
        if arguments.executor is None:
            result = _build_or_report(options)
        else:
            with open_executor(arguments.executor) as executor:
                result = _build_or_report(replace(options, executor=executor))
    except ExecutorError as exc:
        log.error("error: %s", exc)
        return EXIT_INPUT_ERRORS
    if result is None:
        log.error("error: the build failed; nothing was written and any previous site is unchanged")
        return EXIT_INPUT_ERRORS
    log.info(
        "%s %s (%s) from %s %s %s in %.2f s",
        "up to date:" if result.up_to_date else "built",
        _plural(result.briefing_count, "briefing"),
        _plural(result.file_count, "file"),
        _plural(result.article_count, "article"),
        "in" if result.up_to_date else "into",
        _display_path(result.config.output_dir),
        time.perf_counter() - started,
    )
    if result.up_to_date:
        log.info("nothing changed since the last build, so nothing was done (--no-cache builds)")
    return EXIT_OK


def _port(value: str) -> int:
    if not value.isdigit() or not 0 <= int(value) <= 65535:
        raise argparse.ArgumentTypeError(f"must be a number from 0 to 65535, got {value!r}")
    return int(value)


def _run_serve(arguments: argparse.Namespace) -> int:
    options = ServeOptions(
        arguments.source, arguments.host, arguments.port, arguments.poll, arguments.open_browser
    )
    try:
        serve(options)
    except ServeError as exc:
        log.error("error: %s", exc)
        return EXIT_INPUT_ERRORS
    return EXIT_OK


def _run_deploy(arguments: argparse.Namespace) -> int:
    if arguments.build:
        options = BuildOptions(
            arguments.source, base_url=arguments.base_url, remember_stories=False
        )
        result = _build_or_report(options)
        if result is None:
            log.error("error: the build failed; nothing was published")
            return EXIT_INPUT_ERRORS
        config = result.config
    else:
        diagnostics = Diagnostics()
        config = load_config(arguments.source, diagnostics)
        _report(diagnostics)
        if diagnostics.has_errors():
            return EXIT_INPUT_ERRORS
    target = DeployTarget(arguments.remote, arguments.branch, arguments.message, config.cname)
    try:
        deployed = deploy(config.output_dir, config.root, target)
    except DeployError as exc:
        log.error("error: %s", exc)
        return EXIT_INPUT_ERRORS
    where = f"{deployed.branch!r} on {deployed.remote!r}"
    if deployed.pushed:
        log.info(
            "published %s (%s) to %s as commit %s",
            _display_path(config.output_dir),
            _plural(deployed.files, "file"),
            where,
            deployed.commit,
        )
    else:
        log.info("%s already holds this site at commit %s; nothing to push", where, deployed.commit)
    return EXIT_OK


def _run_check(arguments: argparse.Namespace) -> int:
    options = BuildOptions(
        arguments.source, arguments.output, arguments.base_url, write=False, check_output=True
    )
    result = _build_or_report(options)
    if result is None:
        return EXIT_INPUT_ERRORS
    log.info(
        "no errors: %s from %s would be built",
        _plural(result.briefing_count, "briefing"),
        _plural(result.article_count, "article"),
    )
    return EXIT_OK


def _build_or_report(options: BuildOptions) -> BuildResult | None:
    try:
        result = build(options)
    except BuildFailed as failure:
        _report(failure.diagnostics)
        count = len(failure.diagnostics.errors)
        log.error("%s found", _plural(count, "error"))
        return None
    _report(result.diagnostics)
    for stage, seconds in result.timings.items():
        log.debug("stage %-8s %8.1f ms", stage, seconds * 1000)
    return result


def _run_inspect(arguments: argparse.Namespace) -> int:
    inspected = inspect_file(arguments.file, arguments.source)
    _report(inspected.diagnostics)
    if inspected.text is None:
        return EXIT_INPUT_ERRORS
    if arguments.view == "clean":
        output = (
            as_json(clean_report(inspected.text))
            if arguments.json
            else clean_as_text(inspected.text)
        )
    elif arguments.view == "figures":
        report = figures_report(inspected.text)
        output = as_json(figures_as_data(report)) if arguments.json else figures_as_text(report)
    else:
        output = (
            as_json(sentences_report(inspected.text))
            if arguments.json
            else sentences_as_text(inspected.text)
        )
    sys.stdout.write(output)
    return EXIT_OK


def _run_inspect_stories(arguments: argparse.Namespace) -> int:
    report, diagnostics = stories_report(arguments.source)
    _report(diagnostics)
    # Articles with errors are left out, as a build would after they are fixed; the
    # grouping of the others is still worth seeing.
    sys.stdout.write(
        as_json(stories_as_data(report)) if arguments.json else stories_as_text(report)
    )
    return EXIT_INPUT_ERRORS if diagnostics.has_errors() else EXIT_OK


def _run_inspect_dates(arguments: argparse.Namespace) -> int:
    published = None
    if arguments.published:
        try:
            published = parse_iso(arguments.published)[0]
        except ValueError as exc:
            log.error("error: --published: %s", exc)
            return EXIT_USAGE
    report, diagnostics = inspect_dates(arguments.file, published)
    _report(diagnostics)
    if report is None:
        return EXIT_INPUT_ERRORS
    sys.stdout.write(as_json(dates_report(report)) if arguments.json else dates_as_text(report))
    return EXIT_OK


def _run_new(arguments: argparse.Namespace) -> int:
    diagnostics = Diagnostics()
    config = load_config(arguments.source, diagnostics)
    if diagnostics.has_errors():
        _report(diagnostics)
        return EXIT_INPUT_ERRORS
    folder = config.content_dir
    if arguments.story:
        story = slugify(arguments.story)
        if not story:
            log.error("error: --story needs letters or digits, e.g. --story kursk-offensive")
            return EXIT_USAGE
        folder = folder / story
    path = folder / f"{slug_or_fallback(arguments.title, 'article')}.md"
    if path.exists():
        log.error(
            "error: %s already exists; choose another title or edit that file", _display_path(path)
        )
        return EXIT_INPUT_ERRORS
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(new_article_text(arguments.title), encoding="utf-8")
    log.info(
        "created %s: fill in what the article states, then paste its text below the front matter",
        _display_path(path),
    )
    return EXIT_OK


def new_article_text(title: str) -> str:
    """Front matter for a new article: the title, and empty keys for what the source states."""
    quoted_title = yaml.safe_dump(title, allow_unicode=True, width=1000).strip()
    quoted_title = quoted_title.removesuffix("\n...").removesuffix("...").strip()
    return f"---\ntitle: {quoted_title}\npublisher:\nurl:\ndate:\nauthor:\ntags: []\n---\n\n"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _display_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve())) or "."
    except ValueError:
        return str(path)
