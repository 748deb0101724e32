"""Grouping articles into stories.

A story folder is one story. Loose articles (directly in content/, or in a folder whose
story.yaml says `group: automatic`) are grouped by what they are about and when they
were published (generator/grouping/), and keep their addresses from build to build
through stories.lock (generator/grouping/identity.py). An article in a story folder that
shares almost nothing with the rest of its folder gets a warning.

Slugs must be unique: two stories that would share a URL are an error naming both.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from generator.cache import Memo, no_memo
from generator.content import STORY_FILE, Content
from generator.diagnostics import Diagnostics, Position
from generator.grouping.cluster import Document, cluster, misfits
from generator.grouping.features import article_document
from generator.grouping.identity import Registry, assign_slugs
from generator.model import Article, ArticleText, Story, StoryMeta
from generator.slug import slug_or_fallback


@dataclass(frozen=True)
class Grouping:
    stories: tuple[Story, ...]
    registry: Registry = field(default_factory=Registry)
    """What stories.lock should hold after this build."""
    automatic: frozenset[str] = frozenset()
    """Slugs of the stories found by grouping."""


def group_stories(
    content: Content,
    diagnostics: Diagnostics,
    texts: Mapping[str, ArticleText] | None = None,
    previous: Registry | None = None,
    root: Path | None = None,
    memo: Memo = no_memo,
) -> Grouping:
    """`texts` are the cleaned texts by article path (for grouping by what articles say);
    `previous` the registry of the last build; `root` the site folder, which registry
    paths are relative to."""
    texts = texts or {}
    metas = {meta.folder: meta for meta in content.stories}
    by_folder: dict[Path, list[Article]] = defaultdict(list)
    loose: list[Article] = []
    for article in content.articles:
        folder = article.story_folder
        if folder is None or metas.get(folder, StoryMeta(folder)).group == "automatic":
            loose.append(article)
        else:
            by_folder[folder].append(article)

    stories: list[Story] = []
    for meta in content.stories:
        if meta.group == "automatic":
            continue
        articles = by_folder.get(meta.folder, [])
        if not articles:
            diagnostics.warning(
                Position(meta.folder),
                "this story folder holds no articles (.md or .txt files) and is skipped",
            )
            continue
        slug = meta.slug or slug_or_fallback(meta.folder.name, "story")
        stories.append(Story(slug, _unique_ids(articles, diagnostics), meta, meta.folder))
    _warn_misfits(stories, texts, diagnostics, memo)

    automatic, registry = _automatic_stories(
        loose,
        content,
        texts,
        previous or Registry(),
        root,
        {s.slug for s in stories},
        diagnostics,
        memo,
    )
    _warn_unused_overrides(content, {story.slug for story in automatic}, diagnostics)
    stories.extend(automatic)
    _check_unique_slugs(stories, diagnostics)
    return Grouping(tuple(stories), registry, frozenset(story.slug for story in automatic))


def _automatic_stories(
    loose: list[Article],
    content: Content,
    texts: Mapping[str, ArticleText],
    previous: Registry,
    root: Path | None,
    taken: set[str],
    diagnostics: Diagnostics,
    memo: Memo,
) -> tuple[list[Story], Registry]:
    if not loose:
        return [], Registry(redirects=previous.redirects)
    documents = tuple(_document(a, texts, memo) for a in loose)
    # The live preview regroups only when a loose article changed.
    groups = memo("stories", documents, lambda: cluster(documents))
    names = [[_registry_key(loose[i].path, root) for i in group] for group in groups]
    file_names = {_registry_key(a.path, root): a.id for a in loose}
    slugs, registry = assign_slugs(names, file_names, previous, taken)
    overrides = {meta.folder.stem: meta for meta in content.overrides}
    stories = []
    for slug, group in zip(slugs, groups, strict=True):
        articles = [loose[i] for i in group]
        meta = overrides.get(slug)
        origin = meta.folder if meta else articles[0].path
        stories.append(Story(slug, _unique_ids(articles, diagnostics), meta, origin))
    return stories, registry


def _registry_key(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()


def _document(article: Article, texts: Mapping[str, ArticleText], memo: Memo) -> Document:
    """The article as the grouping sees it; the preview redoes only edited articles."""
    text = texts.get(str(article.path))
    return memo("document", (article, text), lambda: article_document(article, text))


def _warn_misfits(
    stories: list[Story], texts: Mapping[str, ArticleText], diagnostics: Diagnostics, memo: Memo
) -> None:
    articles = [article for story in stories for article in story.articles]
    documents = [_document(a, texts, memo) for a in articles]
    groups, start = [], 0
    for story in stories:
        groups.append(list(range(start, start + len(story.articles))))
        start += len(story.articles)
    # Weights are over all articles, so any article's opening changes the answer; an
    # edit further down an article (the usual one in the preview) does not.
    key = (tuple(documents), tuple(tuple(group) for group in groups))
    for index in memo("misfits", key, lambda: misfits(documents, groups)):
        diagnostics.warning(
            Position(articles[index].path),
            "this article shares almost nothing with the other articles of its story "
            "folder; if it belongs to another story, move it there",
        )


def _warn_unused_overrides(content: Content, slugs: set[str], diagnostics: Diagnostics) -> None:
    for meta in content.overrides:
        if meta.folder.stem not in slugs:
            diagnostics.warning(
                Position(meta.folder),
                f"no automatically grouped story has the slug '{meta.folder.stem}', so these "
                "settings apply to nothing; `briefing inspect stories` lists the slugs",
            )


def _unique_ids(articles: list[Article], diagnostics: Diagnostics) -> tuple[Article, ...]:
    """Source ids name articles in briefing.json, so two files may not share one."""
    seen: dict[str, Article] = {}
    for article in articles:
        if article.id in seen:
            diagnostics.error(
                Position(article.path),
                f"this article's id '{article.id}' (from its file name) is already used by "
                f"{seen[article.id].path}; rename one of the files",
            )
        else:
            seen[article.id] = article
    return tuple(seen.values())


def _check_unique_slugs(stories: list[Story], diagnostics: Diagnostics) -> None:
    seen: dict[str, Story] = {}
    for story in stories:
        if story.slug in seen:
            where = story.origin / STORY_FILE if story.meta and story.meta.slug else story.origin
            diagnostics.error(
                Position(where),
                f"this story would be published at briefings/{story.slug}/, like "
                f"{seen[story.slug].origin}; give one of them another name or a 'slug:' "
                "in its story.yaml",
            )
        else:
            seen[story.slug] = story
