"""Stable addresses for automatically grouped stories: `stories.lock`.

A story found by grouping has no folder to name it, yet its address must not change
when articles arrive tomorrow, and a feed reader must keep following it. So the build
remembers, in `stories.lock` next to site.yaml, which articles each story's slug stood
for. The next build gives each new group the slug of the old story it shares most
articles with. A story without an old one is named after its earliest article's
headline. When stories merge, the slug that goes away redirects to the one that stays;
when a story splits, the part holding most of its articles keeps the slug.

The file is written by `briefing build` only when it changes. Commit it with the
content, as a lock file: a checkout without it (a fresh CI runner) would otherwise name
stories from scratch.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from generator.diagnostics import Diagnostics, Position
from generator.slug import slug_or_fallback, slugify

LOCK_FILE = "stories.lock"
_VERSION = 1


@dataclass(frozen=True)
class Registry:
    stories: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Slug -> the article paths (relative to the site folder) it stood for."""
    redirects: Mapping[str, str] = field(default_factory=dict)
    """Old slug -> the slug whose page now holds its articles."""

    def to_json(self) -> str:
        document = {
            "version": _VERSION,
            "stories": {slug: list(paths) for slug, paths in sorted(self.stories.items())},
            "redirects": dict(sorted(self.redirects.items())),
        }
        return json.dumps(document, indent=1, ensure_ascii=False) + "\n"


def read_registry(path: Path, diagnostics: Diagnostics) -> Registry:
    """The registry in `path`; empty (with a warning) when missing parts are unreadable."""
    if not path.is_file():
        return Registry()
    try:
        document = json.loads(path.read_text("utf-8"))
        if document.get("version") != _VERSION:
            raise ValueError(f"unknown version {document.get('version')!r}")
        stories = {
            str(slug): tuple(str(p) for p in paths) for slug, paths in document["stories"].items()
        }
        redirects = {str(old): str(new) for old, new in document.get("redirects", {}).items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        diagnostics.warning(
            Position(path),
            f"cannot read this file ({exc}); stories are named afresh and it will be "
            "rewritten. Restore it from version control to keep their addresses",
        )
        return Registry()
    return _valid_slugs_only(Registry(stories, redirects), path, diagnostics)


def _valid_slugs_only(registry: Registry, path: Path, diagnostics: Diagnostics) -> Registry:
    """The registry without entries whose names are not slugs. The file is hand-editable
    and merged by git; a name such as '../../x' would be a page address outside the site."""
    names = [*registry.stories, *registry.redirects, *registry.redirects.values()]
    bad = sorted({name for name in names if not _is_slug(name)})
    if not bad:
        return registry
    diagnostics.warning(
        Position(path),
        "these story names are not valid addresses and are ignored: "
        + ", ".join(repr(name) for name in bad[:5])
        + (f" and {len(bad) - 5} more" if len(bad) > 5 else "")
        + "; briefing never writes such names, so restore the file from version control",
    )
    return Registry(
        {slug: paths for slug, paths in registry.stories.items() if _is_slug(slug)},
        {old: new for old, new in registry.redirects.items() if _is_slug(old) and _is_slug(new)},
    )


def _is_slug(name: str) -> bool:
    return bool(name) and slugify(name, max_length=len(name)) == name


def assign_slugs(
    groups: Sequence[Sequence[str]],
    names: Mapping[str, str],
    previous: Registry,
    taken: set[str],
) -> tuple[list[str], Registry]:
    """A slug for each group of article paths (in date order, earliest first), keeping
    old slugs where the articles are the same story; and the registry to save.

    `names` gives the name a new story takes from each article (its file name);
    `taken` holds slugs already used by folder stories, which automatic stories must
    not take.
    """
    memberships = {slug: set(paths) for slug, paths in previous.stories.items()}
    slugs: list[str | None] = [None] * len(groups)
    # Largest overlaps first, so that a story keeps its slug in the group holding most
    # of its articles; ties go to the earlier group and the alphabetically first slug.
    candidates = sorted(
        (
            (-len(set(group) & members), number, slug)
            for number, group in enumerate(groups)
            for slug, members in memberships.items()
            if set(group) & members
        )
    )
    used: set[str] = set(taken)
    for _, number, slug in candidates:
        if slugs[number] is None and slug not in used:
            slugs[number] = slug
            used.add(slug)
    for number, group in enumerate(groups):
        if slugs[number] is None:
            slugs[number] = _fresh_slug(names.get(group[0], ""), used)
            used.add(slugs[number])
    final = [slug for slug in slugs if slug is not None]
    return final, Registry(
        stories={slug: tuple(group) for slug, group in zip(final, groups, strict=True)},
        redirects=_redirects(previous, memberships, groups, final),
    )


def _fresh_slug(title: str, used: set[str]) -> str:
    base = slug_or_fallback(title, "story")
    slug, number = base, 2
    while slug in used:
        slug, number = f"{base}-{number}", number + 1
    return slug


def _redirects(
    previous: Registry,
    memberships: Mapping[str, set[str]],
    groups: Sequence[Sequence[str]],
    slugs: Sequence[str],
) -> dict[str, str]:
    """Old slugs that lost their page, to the slug that holds most of their articles;
    redirects already known are kept, followed to where they lead now."""
    current = set(slugs)
    redirects: dict[str, str] = {}
    for old, members in memberships.items():
        if old in current:
            continue
        overlaps = [
            (len(set(group) & members), slug) for group, slug in zip(groups, slugs, strict=True)
        ]
        best = max(overlaps, default=(0, ""))
        if best[0] > 0:
            redirects[old] = best[1]
    for old, target in previous.redirects.items():
        if old in current or old in redirects:
            continue
        while target in redirects:
            target = redirects[target]
        if target in current:
            redirects[old] = target
    return redirects


def write_registry(path: Path, registry: Registry) -> bool:
    """Save the registry if it changed; True when the file was written.

    The file is written under a temporary name and renamed over the old one, so a build
    killed or a disk filling up midway never leaves a half-written lock.
    """
    text = registry.to_json()
    temporary = path.with_name(f".{path.name}.tmp")
    # Left by a build killed while saving. It sits next to the content, where it could be
    # committed, and an unchanged registry would never overwrite it.
    if temporary.exists():
        with contextlib.suppress(OSError):
            temporary.unlink()
    try:
        if path.is_file() and path.read_text("utf-8") == text:
            return False
    except (OSError, UnicodeDecodeError):
        pass  # unreadable or damaged: written afresh below
    try:
        temporary.write_text(text, "utf-8")
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    return True
