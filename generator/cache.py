"""Results of earlier builds, reused when their inputs are equal.

Every stage worth caching is a pure function of frozen, hashable inputs (an article, a
story with its cleaned texts and the analysis settings), so the input itself is the key:
no hand-written invalidation, and a change anywhere in the input is a new key. A live
preview keeps one cache across rebuilds, so saving one article re-analyses its story only
and a template change re-renders without re-analysing anything.

Only entries used by the latest successful build are kept, so the cache never holds more
than one site's worth of results.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable
from typing import Any, Protocol, TypeVar

from generator.disk_cache import TABLES, DiskCache

T = TypeVar("T")


class Memo(Protocol):
    """What a stage calls to reuse a result: `memo(table, key, compute)`."""

    def __call__(self, table: str, key: Hashable, compute: Callable[[], T]) -> T: ...


def no_memo(table: str, key: Hashable, compute: Callable[[], T]) -> T:
    """Compute every time: the memo of a one-off build."""
    return compute()


class BuildCache:
    def __init__(self, disk: DiskCache | None = None) -> None:
        self.disk = disk
        """Where the slow stages' results are also kept between runs, if anywhere."""
        self._kept: dict[str, dict[Hashable, object]] = {}
        self._used: dict[str, dict[Hashable, object]] = {}
        self.hits: Counter[str] = Counter()
        self.misses: Counter[str] = Counter()

    def start_build(self) -> None:
        self._used = {}
        self.hits.clear()
        self.misses.clear()
        if self.disk is not None:
            self.disk.used.clear()
            self.disk.problems.clear()

    def __call__(self, table: str, key: Hashable, compute: Callable[[], T]) -> T:
        used = self._used.setdefault(table, {})
        if key in used:
            self.hits[table] += 1
            return used[key]  # type: ignore[return-value]
        kept = self._kept.get(table, {})
        if key in kept:
            self.hits[table] += 1
            result = kept[key]
        else:
            found, result = self._from_disk(table, key)
            if found:
                self.hits[table] += 1
            else:
                self.misses[table] += 1
                result = compute()
                if self.disk is not None and table in TABLES:
                    self.disk.save(table, key, result)
        used[key] = result
        return result  # type: ignore[return-value]

    def _from_disk(self, table: str, key: Hashable) -> tuple[bool, Any]:
        if self.disk is None or table not in TABLES:
            return False, None
        return self.disk.load(table, key)

    def known(self, table: str, key: Hashable) -> bool:
        """Whether a result for `key` is at hand (so computing it can be skipped)."""
        if key in self._used.get(table, {}) or key in self._kept.get(table, {}):
            return True
        return self.disk is not None and table in TABLES and self.disk.contains(table, key)

    def finish_build(self, succeeded: bool) -> None:
        """Keep what this build used; after a failure, keep the older entries too."""
        if succeeded:
            self._kept = self._used
            if self.disk is not None:
                self.disk.prune()
        else:
            for table, entries in self._used.items():
                self._kept.setdefault(table, {}).update(entries)
        self._used = {}
