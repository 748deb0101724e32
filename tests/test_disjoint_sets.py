"""Groups from pairwise links, named by the item kept."""

from __future__ import annotations

from generator.disjoint_sets import DisjointSets


def test_joined_items_share_the_name_of_the_kept_group() -> None:
    groups = DisjointSets("abcde")
    groups.join("a", "b")
    groups.join("c", "b")  # b's group (named a) joins c's: c names them all now
    groups.join("d", "d")
    assert {item: groups.find(item) for item in "abcde"} == {
        "a": "c",
        "b": "c",
        "c": "c",
        "d": "d",
        "e": "e",
    }
    assert "a" in groups and "z" not in groups
