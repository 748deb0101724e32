"""YAML documents that remember where each key and value was written.

Configuration and front matter errors must point at the exact line and column in the
user's file, so values are read from PyYAML's node tree (which carries marks) rather than
from `yaml.safe_load`'s plain dicts. Duplicate keys, which PyYAML silently overwrites, are
reported, and timestamps stay strings so that dates keep the precision they were written in.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import Diagnostics, Position


class _Loader(yaml.SafeLoader):
    """SafeLoader that leaves timestamps as the text the user wrote."""


_Loader.add_constructor(
    "tag:yaml.org,2002:timestamp",
    lambda loader, node: loader.construct_scalar(node),
)

# A document bigger than this is not a configuration or front matter block by mistake; a
# cap keeps alias expansion ("billion laughs") and huge inputs from exhausting memory.
MAX_YAML_CHARS = 1_000_000


@dataclass(frozen=True)
class YamlValue:
    """A value and where it was written."""

    value: Any
    position: Position


@dataclass(frozen=True)
class YamlMapping:
    """A top-level mapping: each key with its value and the positions of both."""

    entries: dict[str, tuple[Position, YamlValue]]
    position: Position

    def get(self, key: str) -> YamlValue | None:
        entry = self.entries.get(key)
        return entry[1] if entry else None

    def key_position(self, key: str) -> Position:
        return self.entries[key][0]


def _position(path: Path, mark: yaml.Mark | None, line_offset: int) -> Position:
    if mark is None:
        return Position(path, line_offset + 1, 1)
    return Position(path, mark.line + 1 + line_offset, mark.column + 1)


def _find_duplicate_keys(
    node: yaml.Node,
    path: Path,
    line_offset: int,
    diagnostics: Diagnostics,
    visited: set[int] | None = None,
) -> None:
    # Aliases make the node tree a graph; visiting each node once keeps an alias bomb cheap.
    visited = set() if visited is None else visited
    if id(node) in visited:
        return
    visited.add(id(node))
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                if key_node.value in seen:
                    first = seen[key_node.value].start_mark.line + 1 + line_offset
                    diagnostics.error(
                        _position(path, key_node.start_mark, line_offset),
                        f"duplicate key '{key_node.value}' (first set on line {first}); "
                        "keep only one of them",
                    )
                else:
                    seen[key_node.value] = key_node
            _find_duplicate_keys(value_node, path, line_offset, diagnostics, visited)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _find_duplicate_keys(item, path, line_offset, diagnostics, visited)


def parse_mapping(
    text: str,
    path: Path,
    diagnostics: Diagnostics,
    *,
    line_offset: int = 0,
    what: str = "YAML",
) -> YamlMapping | None:
    """Parse `text` as a YAML mapping; report problems and return None when it is unusable.

    `line_offset` is the number of file lines before `text` starts, so positions are
    counted in the file, not in the YAML block. An empty document is an empty mapping.
    """
    if len(text) > MAX_YAML_CHARS:
        diagnostics.error(
            Position(path, line_offset + 1, 1),
            f"{what} is {len(text):,} characters long (limit {MAX_YAML_CHARS:,}); "
            "move long text out of it",
        )
        return None
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return YamlMapping({}, Position(path, line_offset + 1, 1))
        _find_duplicate_keys(root, path, line_offset, diagnostics)
        if not isinstance(root, yaml.MappingNode):
            diagnostics.error(
                _position(path, root.start_mark, line_offset),
                f"{what} must be a mapping of 'key: value' lines, not a {_node_kind(root)}",
            )
            return None
        return _mapping(loader, root, path, line_offset, diagnostics, {})
    except yaml.MarkedYAMLError as exc:
        diagnostics.error(
            _position(path, _error_mark(exc), line_offset),
            f"invalid {what}: {_describe(exc)}",
        )
        return None
    except (yaml.YAMLError, RecursionError, ValueError) as exc:
        diagnostics.error(Position(path, line_offset + 1, 1), f"invalid {what}: {exc}")
        return None
    finally:
        loader.dispose()


def _mapping(
    loader: _Loader,
    node: yaml.MappingNode,
    path: Path,
    line_offset: int,
    diagnostics: Diagnostics,
    built: dict[int, YamlMapping],
) -> YamlMapping:
    """Build a YamlMapping; nested mappings become YamlMappings too, so their keys keep
    positions (a configuration section such as `analysis:`).

    `built` remembers each mapping node already built: aliases share it instead of
    rebuilding it, so an alias bomb costs one build per distinct node.
    """
    if id(node) in built:
        return built[id(node)]
    entries: dict[str, tuple[Position, YamlValue]] = {}
    for key_node, value_node in node.value:
        key_position = _position(path, key_node.start_mark, line_offset)
        if not isinstance(key_node, yaml.ScalarNode):
            diagnostics.error(key_position, "keys must be plain names such as 'title'")
            continue
        if isinstance(value_node, yaml.MappingNode):
            value: Any = _mapping(loader, value_node, path, line_offset, diagnostics, built)
        else:
            value = loader.construct_object(value_node, deep=True)
        entries[str(key_node.value)] = (
            key_position,
            YamlValue(value, _position(path, value_node.start_mark, line_offset)),
        )
    mapping = YamlMapping(entries, _position(path, node.start_mark, line_offset))
    built[id(node)] = mapping
    return mapping


def _node_kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.SequenceNode):
        return "list"
    if isinstance(node, yaml.ScalarNode):
        return f"single value ({node.value[:40]!r})"
    return "mapping"


def _error_mark(exc: yaml.MarkedYAMLError) -> yaml.Mark | None:
    """Where to point: an unclosed quote is reported where it opens, not at the end."""
    if exc.context and "quoted scalar" in exc.context and exc.context_mark is not None:
        return exc.context_mark
    return exc.problem_mark or exc.context_mark


def _describe(exc: yaml.MarkedYAMLError) -> str:
    if exc.context and "quoted scalar" in exc.context:
        return "this quoted value is never closed; add the closing quotation mark"
    problem = exc.problem or "syntax error"
    hint = {
        "found character '\\t' that cannot start any token": "use spaces, not tabs, to indent",
        "mapping values are not allowed here": "put a space after ':' and quote values "
        "that contain ': '",
    }.get(problem)
    context = f" ({exc.context})" if exc.context else ""
    return f"{problem}{context}" + (f"; {hint}" if hint else "")
