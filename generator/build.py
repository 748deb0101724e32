"""The one orchestrator: load, clean, segment, group, analyse, render, write.

Both `briefing build` and `briefing check` (and later `briefing serve`) call `build`;
nothing else sequences the stages. Every stage is timed. User errors from all stages that
can run are collected and raised together as BuildFailed before anything is written.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from concurrent.futures import Executor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from generator.analysis.briefing import analyse
from generator.build_stamp import (
    Stamp,
    forget_stamp,
    inputs_digest,
    lock_digest,
    read_stamp,
    site_digest,
    write_stamp,
)
from generator.cache import BuildCache, Memo, no_memo
from generator.config import AnalysisSettings, SiteConfig, apply_overrides, load_config
from generator.content import load_content
from generator.diagnostics import BuildFailed, Diagnostics, Position
from generator.disk_cache import CACHE_FOLDER, DiskCache
from generator.group import group_stories
from generator.grouping.identity import LOCK_FILE, Registry, read_registry, write_registry
from generator.history import Published, file_histories, story_history
from generator.model import ArticleText, Briefing, Sentence, Story
from generator.output import OutputFiles
from generator.parallel import default_jobs, run_all
from generator.progress import NoProgress, Progress
from generator.render.site import render_site
from generator.render.theme import Theme
from generator.text.clean import clean_articles
from generator.text.segment import article_sentences
from generator.write import (
    OutputFolderError,
    SiteWriteError,
    check_output_folder,
    explain_write_failure,
    write_site,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuildOptions:
    source: Path
    output: Path | None = None
    base_url: str | None = None
    write: bool = True
    """False for `briefing check` and `briefing serve`: run every stage but write nothing."""
    cache: BuildCache | None = None
    """Results of earlier builds to reuse (the live preview keeps one across rebuilds)."""
    jobs: int | None = None
    """Processes for the analysis; None: all cores."""
    executor: Executor | None = None
    """Where to run the analysis instead (a Dask cluster's executor, say)."""
    disk_cache: bool = True
    """Keep the slow stages' results in .briefing-cache/ for the next build (when
    writing, and when no `cache` is given)."""
    remember_stories: bool = True
    """Save the automatic stories' slugs to stories.lock after writing the site (a
    deploy does not: it never changes the working tree)."""
    check_output: bool | None = None
    """Refuse an output folder a build could not replace; None: when writing. `briefing
    check` sets it, so CI learns of the problem before a real build."""
    progress: Progress = field(default_factory=NoProgress)
    """Told of each stage and of each story analysed and file written (the terminal's
    progress line)."""


@dataclass
class StageTimer:
    progress: Progress
    timings: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: str, total: int = 0) -> Iterator[None]:
        # With -v, shows where a long build is (and lets tests stop it in a given stage).
        log.debug("stage %s started", name)
        self.progress.start(name, total)
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings[name] = time.perf_counter() - start


@dataclass(frozen=True)
class BuildResult:
    config: SiteConfig
    briefings: tuple[Briefing, ...]
    """Empty when the build was not redone (`up_to_date`)."""
    briefing_count: int
    article_count: int
    file_count: int
    timings: dict[str, float]
    diagnostics: Diagnostics
    files: OutputFiles
    """The whole site, as written (or as it would be written); empty when not redone."""
    up_to_date: bool = False
    """Nothing changed since the last build, which left the site as it is: nothing was
    done, and `diagnostics` are that build's warnings, told again."""


def build(options: BuildOptions) -> BuildResult:
    """Build the site; raises BuildFailed (with every error) when the input has errors."""
    try:
        if options.write and options.disk_cache and options.cache is None:
            return _build_unless_up_to_date(options)
        return _build_with_cache(options)
    finally:
        options.progress.finish()  # before anything reports the outcome


def _build_unless_up_to_date(options: BuildOptions) -> BuildResult:
    """The build, skipped when its inputs and the site are as the last one left them."""
    started = time.perf_counter()
    folder = options.source / CACHE_FOLDER
    diagnostics = Diagnostics()
    config = apply_overrides(
        load_config(options.source, diagnostics),
        diagnostics,
        base_url_override=options.base_url,
        output_override=options.output,
    )
    if diagnostics.has_errors():
        return _build_with_cache(options)  # which reports them, with any others
    stamp_options = (config.output_dir.resolve().as_posix(), config.base_url)
    inputs = inputs_digest(config, stamp_options)
    last = read_stamp(folder)
    if (
        last is not None
        and last.inputs == inputs
        and last.lock == lock_digest(config)
        and config.output_dir.is_dir()
        and last.site == site_digest(config.output_dir)
    ):
        return BuildResult(
            config=config,
            briefings=(),
            briefing_count=last.briefings,
            article_count=last.articles,
            file_count=last.files,
            timings={"check": time.perf_counter() - started},
            diagnostics=Diagnostics(list(last.diagnostics)),
            files=OutputFiles(),
            up_to_date=True,
        )
    forget_stamp(folder)  # a build that fails or is killed must not leave the old one
    result = _build_with_cache(options)
    site = site_digest(config.output_dir)
    counts = (result.briefing_count, result.article_count, result.file_count)
    stamp = Stamp(inputs, lock_digest(config), site, *counts, tuple(result.diagnostics.items))
    write_stamp(folder, stamp)
    return result


def _build_with_cache(options: BuildOptions) -> BuildResult:
    cache = options.cache
    if cache is None and options.write and options.disk_cache:
        cache = BuildCache(disk=DiskCache(options.source / CACHE_FOLDER))
    if cache is None:
        return _build(options, no_memo)
    cache.start_build()
    succeeded = False
    try:
        result = _build(options, cache)
        succeeded = True
        return result
    finally:
        cache.finish_build(succeeded)


def _build(options: BuildOptions, memo: Memo) -> BuildResult:
    diagnostics = Diagnostics()
    timer = StageTimer(options.progress)

    with timer.stage("load"):
        config = load_config(options.source, diagnostics)
        config = apply_overrides(
            config, diagnostics, base_url_override=options.base_url, output_override=options.output
        )
        content = load_content(config.content_dir, diagnostics, memo)
    with timer.stage("clean"):
        texts = clean_articles(content.articles, memo)
    with timer.stage("segment"):
        sentences = {
            path: memo("sentences", text, lambda text=text: article_sentences(text))
            for path, text in texts.items()
        }
    with timer.stage("group"):
        lock = config.root / LOCK_FILE
        grouping = group_stories(
            content, diagnostics, texts, read_registry(lock, diagnostics), config.root, memo
        )
        stories = grouping.stories
    if options.write if options.check_output is None else options.check_output:
        _check_output(config, diagnostics)
    _stop_on_errors(diagnostics)

    with timer.stage("analyse", total=len(stories)):
        briefings = _analyse_stories(stories, sentences, texts, config, memo, options)
    with timer.stage("history"):
        published = story_publication(stories, config.root)
    if config.base_url is None:
        diagnostics.warning(
            Position(config.config_path if config.config_path.exists() else config.root),
            "no base_url: feeds, the sitemap and canonical links need the site's public "
            "address; set base_url in site.yaml or pass --base-url",
        )
    with timer.stage("render"):
        files = render_site(
            briefings,
            {story.slug: story.origin for story in stories},
            published,
            config,
            Theme.for_site(config.templates_dir),
            diagnostics,
            memo,
            redirects=grouping.registry.redirects,
        )
    _stop_on_errors(diagnostics)
    # Before writing, so that a build failing to write (a full disk) reports them too.
    _report_cache_problems(memo, diagnostics)

    if options.write:
        with timer.stage("write", total=len(files)):
            try:
                write_site(files, config.output_dir, options.progress.advance)
            except SiteWriteError as failure:
                diagnostics.error(Position(failure.path), failure.message)
                raise BuildFailed(diagnostics) from None
            if options.remember_stories and (grouping.automatic or lock.exists()):
                _save_registry(lock, grouping.registry, diagnostics)
    return BuildResult(
        config=config,
        briefings=briefings,
        briefing_count=len(briefings),
        article_count=len(content.articles),
        file_count=len(files),
        timings=timer.timings,
        diagnostics=diagnostics,
        files=files,
    )


def _analyse_stories(
    stories: tuple[Story, ...],
    sentences: dict[str, tuple[Sentence, ...]],
    texts: dict[str, ArticleText],
    config: SiteConfig,
    memo: Memo,
    options: BuildOptions,
) -> tuple[Briefing, ...]:
    """Every story's briefing: cached ones reused, the others analysed in parallel."""
    tasks = [_analysis_task(story, sentences, texts, config) for story in stories]
    # The cleaned texts determine the sentences, so they complete the key.
    keys = [
        (story, config.analysis, tuple(task[3].values()))
        for story, task in zip(stories, tasks, strict=True)
    ]
    cache = memo if isinstance(memo, BuildCache) else None
    missing = [i for i, key in enumerate(keys) if cache is None or not cache.known("analysis", key)]
    options.progress.advance(len(stories) - len(missing))
    jobs = options.jobs if options.jobs is not None else default_jobs()
    results = run_all(
        _analyse_task, [tasks[i] for i in missing], jobs, options.executor, options.progress.advance
    )
    computed = dict(zip(missing, results, strict=True))
    # A cached entry that turns out unreadable is analysed here after all.
    return tuple(
        memo("analysis", key, lambda i=i: computed[i] if i in computed else _analyse_task(tasks[i]))
        for i, key in enumerate(keys)
    )


AnalysisTask = tuple[
    Story, dict[str, tuple[Sentence, ...]], AnalysisSettings, dict[str, ArticleText]
]


def _analysis_task(
    story: Story,
    sentences: dict[str, tuple[Sentence, ...]],
    texts: dict[str, ArticleText],
    config: SiteConfig,
) -> AnalysisTask:
    return (
        story,
        {article.id: sentences[str(article.path)] for article in story.articles},
        config.analysis,
        {article.id: texts[str(article.path)] for article in story.articles},
    )


def _analyse_task(task: AnalysisTask) -> Briefing:
    """One story's analysis, as a worker process runs it."""
    return analyse(*task)


def story_publication(stories: tuple[Story, ...], root: Path) -> dict[str, Published]:
    """Each story's history (from git, else file times) and what its last change brought."""
    histories = file_histories(root, [a.path for story in stories for a in story.articles])
    published = {}
    for story in stories:
        history = story_history([article.path for article in story.articles], histories)
        new_sources = frozenset(
            article.id for article in story.articles if article.path in history.latest
        )
        published[story.slug] = Published(history, new_sources)
    return published


def _report_cache_problems(memo: Memo, diagnostics: Diagnostics) -> None:
    """Cache entries that could not be read or saved: warnings, since the cache only
    saves time and a result is computed whenever its entry is missing."""
    if isinstance(memo, BuildCache) and memo.disk is not None:
        for path, problem in memo.disk.problems:
            diagnostics.warning(Position(path), problem)


def _save_registry(path: Path, registry: Registry, diagnostics: Diagnostics) -> None:
    """Remember the automatic stories' slugs for the next build (after a good write).

    A failure is a warning: the site is already in place, and the next build that can
    save the file names the stories the same way unless their articles changed.
    """
    try:
        if write_registry(path, registry):
            log.info("%s updated: commit it with the content to keep story addresses", path.name)
    except OSError as exc:
        diagnostics.warning(
            Position(path),
            f"cannot save story addresses ({exc.strerror or exc}): "
            f"{explain_write_failure(exc, path.parent)}; until then, new articles may give "
            "automatically grouped stories new addresses",
        )


def _check_output(config: SiteConfig, diagnostics: Diagnostics) -> None:
    protected = [config.content_dir, config.templates_dir]
    try:
        check_output_folder(
            config.output_dir, config.root, [path for path in protected if path.exists()]
        )
    except OutputFolderError as exc:
        diagnostics.error(Position(config.output_dir), str(exc))


def _stop_on_errors(diagnostics: Diagnostics) -> None:
    if diagnostics.has_errors():
        raise BuildFailed(diagnostics)
