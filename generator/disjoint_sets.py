"""Items joined into groups, for the places that link things pairwise and then need the
groups: sources that repeat each other, numbers of one measure, stories to merge."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class DisjointSets(Generic[T]):
    def __init__(self, items: Iterable[T]) -> None:
        self._parent: dict[T, T] = {item: item for item in items}

    def __contains__(self, item: object) -> bool:
        return item in self._parent

    def find(self, item: T) -> T:
        """The item that names the group of `item`."""
        parent = self._parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]  # halve the path for later finds
            item = parent[item]
        return item

    def join(self, keep: T, other: T) -> None:
        """One group of both; the group of `keep` gives it its name."""
        first, second = self.find(keep), self.find(other)
        if first != second:
            self._parent[second] = first
