"""Loading content/: story folders, their story.yaml, and the articles in them.

Layout: each folder directly under content/ is a story; the Markdown (`.md`) and pasted
text (`.txt`) files in it, at any depth, are its articles. Files directly in content/ are
loose articles, grouped into stories later. Hidden files and folders, and names starting
with `_`, are skipped. Every problem is collected; nothing stops at the first one.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from generator.cache import Memo, no_memo
from generator.diagnostics import Diagnostic, Diagnostics, Position
from generator.file_text import decode_text, read_bytes
from generator.front_matter import (
    SplitSource,
    cleaned_texts,
    parse_front_matter,
    split_front_matter,
    visible_text,
)
from generator.model import Article, BodyFormat, StoryMeta
from generator.pasted_text import stated_metadata
from generator.schema import (
    Field,
    choice,
    long_text,
    paragraph_list,
    text,
    text_list,
    validate_mapping,
)
from generator.slug import slug_or_fallback, slugify
from generator.yaml_source import parse_mapping

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = {
    ".md": BodyFormat.MARKDOWN,
    ".markdown": BodyFormat.MARKDOWN,
    ".txt": BodyFormat.TEXT,
}
STORY_FILE = "story.yaml"


def story_slug(value: Any) -> str:
    result = slugify(text(value))
    if not result:
        raise ValueError("must contain letters or digits, e.g. 'kursk-offensive'")
    return result


STORY_FIELDS = (
    Field(
        "group",
        choice("folder", "automatic"),
        "folder",
        doc="folder: the folder is one story; automatic: its articles are grouped into "
        "stories by what they are about, like loose articles",
    ),
    Field("title", text, doc="the briefing's headline (generated when absent)"),
    Field("slug", story_slug, doc="the briefing's URL name (the folder name when absent)"),
    Field("tags", text_list, ()),
    Field("note", long_text, doc="an editor's note in Markdown, shown above the summary"),
    Field("summary", paragraph_list, doc="sentences that replace the generated summary"),
    Field("key_points", paragraph_list, doc="points that replace the generated key points"),
)


# Settings for a story grouped automatically: content/<its slug>.yaml, keys as story.yaml.
OVERRIDE_SUFFIX = ".yaml"


@dataclass(frozen=True)
class Content:
    articles: tuple[Article, ...]
    stories: tuple[StoryMeta, ...]
    """One entry per story folder, whether or not it has a story.yaml."""
    overrides: tuple[StoryMeta, ...] = ()
    """content/<slug>.yaml files: settings for automatically grouped stories, by slug
    (each `folder` is the file)."""


def load_content(content_dir: Path, diagnostics: Diagnostics, memo: Memo = no_memo) -> Content:
    """Every story folder and article; `memo` reuses the parse of an unchanged file."""
    if not content_dir.is_dir():
        diagnostics.error(
            Position(content_dir),
            "the content folder does not exist; create it and put articles in it, "
            "or pass --source with the folder that holds site.yaml and content/",
        )
        return Content((), ())
    articles: list[Article] = []
    stories: list[StoryMeta] = []
    overrides: list[StoryMeta] = []
    root = content_dir.resolve()
    for entry in _visible_entries(content_dir):
        if not _inside(entry, root, diagnostics):
            continue
        if entry.is_dir():
            stories.append(_load_story_meta(entry, root, diagnostics, memo))
            for path in _article_files(entry, root, diagnostics):
                article = load_article(path, diagnostics, story_folder=entry, memo=memo)
                if article is not None:
                    articles.append(article)
        elif entry.suffix.lower() in ARTICLE_SUFFIXES:
            article = load_article(entry, diagnostics, story_folder=None, memo=memo)
            if article is not None:
                articles.append(article)
        elif entry.suffix.lower() == OVERRIDE_SUFFIX and entry.name != STORY_FILE:
            overrides.append(_load_meta_file(entry, entry, diagnostics, memo))
        elif entry.name != STORY_FILE:
            log.debug("skipping %s: not an article (.md or .txt)", entry)
    return Content(tuple(articles), tuple(stories), tuple(overrides))


def _visible_entries(folder: Path) -> list[Path]:
    try:
        entries = sorted(folder.iterdir(), key=lambda path: path.name)
    except OSError as exc:
        log.warning("cannot list %s: %s", folder, exc.strerror)
        return []
    return [entry for entry in entries if not entry.name.startswith((".", "_"))]


def _inside(path: Path, root: Path, diagnostics: Diagnostics) -> bool:
    """Symbolic links may point anywhere; only what stays inside content/ is read.

    A link to the content folder itself is refused too: its articles would be read twice,
    as a second story."""
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError):
        diagnostics.warning(Position(path), "cannot resolve this link; it is ignored")
        return False
    if root not in resolved.parents:
        diagnostics.warning(Position(path), _refused_link_message(path, resolved, root))
        return False
    return True


def _refused_link_message(path: Path, resolved: Path, root: Path) -> str:
    if resolved == root:
        return (
            "this symbolic link points to the content folder itself, whose articles are "
            "read already; it is ignored"
        )
    if not path.exists():
        return (
            "this symbolic link points to nothing (its target does not exist) and is "
            "ignored; remove it"
        )
    return (
        "this symbolic link points outside the content folder and is ignored; "
        f"copy the {'folder' if path.is_dir() else 'file'} into content/ instead"
    )


def _article_files(folder: Path, root: Path, diagnostics: Diagnostics) -> list[Path]:
    files: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(name for name in dirnames if not name.startswith((".", "_")))
        for name in dirnames:
            # os.walk does not follow links to folders; one that leads out is named.
            if (Path(dirpath) / name).is_symlink():
                _inside(Path(dirpath) / name, root, diagnostics)
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if name.startswith((".", "_")) or path.suffix.lower() not in ARTICLE_SUFFIXES:
                continue
            if _inside(path, root, diagnostics):
                files.append(path)
    return files


def _load_story_meta(folder: Path, root: Path, diagnostics: Diagnostics, memo: Memo) -> StoryMeta:
    path = folder / STORY_FILE
    if not path.is_file() or not _inside(path, root, diagnostics):
        return StoryMeta(folder=folder)
    return _load_meta_file(folder, path, diagnostics, memo)


def _load_meta_file(folder: Path, path: Path, diagnostics: Diagnostics, memo: Memo) -> StoryMeta:
    data = read_bytes(path, diagnostics)
    if data is None:
        return StoryMeta(folder=folder)
    meta, problems = memo(
        "story.yaml", (path, data), lambda: _collecting(_parse_story_meta, folder, path, data)
    )
    diagnostics.extend(problems)
    return meta


def _parse_story_meta(folder: Path, path: Path, data: bytes, diagnostics: Diagnostics) -> StoryMeta:
    source = decode_text(data, path, diagnostics)
    mapping = (
        parse_mapping(source, path, diagnostics, what=path.name) if source is not None else None
    )
    if mapping is None:
        return StoryMeta(folder=folder)
    values = validate_mapping(mapping, STORY_FIELDS, diagnostics)
    values = cleaned_texts(values, mapping, ("title", "tags"), diagnostics)
    return StoryMeta(folder=folder, **values)


def load_article(
    path: Path, diagnostics: Diagnostics, *, story_folder: Path | None, memo: Memo = no_memo
) -> Article | None:
    """One article file; None (with the problems in `diagnostics`) when it is unusable.

    The parse depends on the file's bytes alone, so `memo` keys it by them: an unchanged
    file is not parsed again, and its problems are reported again all the same."""
    data = read_bytes(path, diagnostics)
    if data is None:
        return None
    article, problems = memo(
        "article",
        (path, story_folder, data),
        lambda: _collecting(_parse_article, path, data, story_folder),
    )
    diagnostics.extend(problems)
    return article


T = TypeVar("T")


def _collecting(parse: Callable[..., T], *arguments: Any) -> tuple[T, tuple[Diagnostic, ...]]:
    """The result of `parse(*arguments, diagnostics)` with the problems it found."""
    found = Diagnostics()
    result = parse(*arguments, found)
    return result, tuple(found.items)


def _parse_article(
    path: Path, data: bytes, story_folder: Path | None, diagnostics: Diagnostics
) -> Article | None:
    source = decode_text(data, path, diagnostics)
    if source is None:
        return None
    split = split_front_matter(source, path, diagnostics)
    if split is None:
        return None
    values = parse_front_matter(split, path, diagnostics)
    if values is None:
        return None
    body_format = ARTICLE_SUFFIXES[path.suffix.lower()]
    if not split.body.strip():
        # Past the closing fence, or on its line when the file ends without a line end.
        diagnostics.error(
            Position(path, min(split.body_line, source.count("\n") + 1), 1),
            "the article has no text; paste the article below the front matter or remove the file",
        )
        return None
    title, title_inferred = values["title"], False
    date = values["date"]
    published, published_at = (date.date, date.moment) if date else (None, None)
    if body_format is BodyFormat.TEXT and (title is None or published is None):
        stated = stated_metadata(split.body, split.body_line)
        if title is None and stated.title:
            where = Position(path, stated.title_line or split.body_line, 1)
            title = visible_text(stated.title, "title", where, diagnostics) or None
            title_inferred = stated.title_from_lede
        if published is None and stated.date:
            published = stated.date
            log.debug(
                "%s:%s: publication date %s read from the dateline",
                path,
                stated.date_line,
                stated.date.iso(),
            )
    if title is None and body_format is BodyFormat.MARKDOWN:
        title = _markdown_heading(split, path, diagnostics)
    if title is None:
        diagnostics.error(
            Position(path, 1, 1),
            "the article has no title; add 'title: ...' to its front matter"
            + (
                " or start the text with a '# Heading' line"
                if body_format is BodyFormat.MARKDOWN
                else ""
            ),
        )
        return None
    return Article(
        id=slug_or_fallback(path.stem, "source"),
        path=path,
        title=title,
        body=split.body,
        body_format=body_format,
        body_line=split.body_line,
        publisher=values["publisher"],
        url=values["url"],
        published=published,
        published_at=published_at,
        author=values["author"],
        language=values["language"],
        tags=values["tags"],
        title_inferred=title_inferred,
        story_folder=story_folder,
    )


def _markdown_heading(split: SplitSource, path: Path, diagnostics: Diagnostics) -> str | None:
    """The text of the body's leading '# Heading' line, if it starts with one."""
    for number, line in enumerate(split.body.split("\n"), start=split.body_line):
        stripped = line.strip()
        if stripped.startswith("# "):
            where = Position(path, number, line.index("#") + 1)
            return visible_text(" ".join(stripped[2:].split()), "title", where, diagnostics) or None
        if stripped:
            return None
    return None
