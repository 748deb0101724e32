"""YAML documents that remember where each key and value was written.

Configuration and front matter errors must point at the exact line and column in the
user's file, so values are read from PyYAML's node tree (which carries marks) rather than
from `yaml.safe_load`'s plain dicts. Duplicate keys, which PyYAML silently overwrites, are
reported, and timestamps stay strings so that dates keep the precision they were written in.

Hostile documents are refused before they cost much: a size cap, a nesting cap, and a cap
on what aliases (`*name`) add when written out, which stops "billion laughs" documents
however their aliases are used later. Only plain YAML types are ever constructed.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.diagnostics import Diagnostics, Position

# A document bigger than this is not a configuration or front matter block by mistake.
MAX_YAML_CHARS = 1_000_000
# Aliases may not make a document bigger, written out, than the biggest one accepted as
# written: ten small anchors reused a few times are fine, an alias bomb is not.
MAX_ALIAS_CHARS = MAX_YAML_CHARS
# Front matter and site.yaml nest two or three levels; the cap keeps PyYAML's recursive
# composer and constructor far from Python's recursion limit.
MAX_NESTING = 50

_TAG_KINDS = {
    "tag:yaml.org,2002:int": "a whole number",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:bool": "true or false",
    "tag:yaml.org,2002:binary": "base64 data",
}


class _LimitError(yaml.MarkedYAMLError):
    """A document refused for its shape (nesting, alias expansion); `problem` says why."""


@dataclass(frozen=True)
class _Weight:
    """A node with its aliases written out: its length (roughly) and its depth."""

    chars: int
    depth: int


class _Loader(yaml.SafeLoader):
    """SafeLoader that leaves timestamps as the text the user wrote, and refuses deep
    nesting, aliases that refer to their own container, and alias expansion past
    MAX_ALIAS_CHARS while composing, before any value is built."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0
        self._open_anchors: set[str] = set()
        self._alias_chars = 0
        self._weights: dict[int, _Weight] = {}

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            return self._compose_alias(parent, index, event)
        self._depth += 1
        if self._depth > MAX_NESTING:
            raise _LimitError(
                problem=f"values are nested more than {MAX_NESTING} levels deep; "
                "flatten the structure",
                problem_mark=event.start_mark,
            )
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            self._open_anchors.add(anchor)
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1
            self._open_anchors.discard(anchor)

    def _compose_alias(
        self, parent: yaml.Node | None, index: Any, event: yaml.AliasEvent
    ) -> yaml.Node:
        if event.anchor in self._open_anchors:
            raise _LimitError(
                problem=f"'*{event.anchor}' refers to the value that contains it, which "
                "never ends; write the value out instead",
                problem_mark=event.start_mark,
            )
        node = super().compose_node(parent, index)
        weight = self._weight(node)
        self._alias_chars += weight.chars
        if self._alias_chars > MAX_ALIAS_CHARS:
            raise _LimitError(
                problem=f"with its aliases ('*{event.anchor}') written out, this document "
                f"would be more than {MAX_ALIAS_CHARS:,} characters long (an alias bomb); "
                "write the values out instead of repeating anchors",
                problem_mark=event.start_mark,
            )
        if self._depth + weight.depth > MAX_NESTING:
            raise _LimitError(
                problem=f"'*{event.anchor}' nests values more than {MAX_NESTING} levels "
                "deep; flatten the structure",
                problem_mark=event.start_mark,
            )
        return node

    def _weight(self, node: yaml.Node) -> _Weight:
        """Memoised per node, so a chain of aliases costs one visit per distinct node."""
        known = self._weights.get(id(node))
        if known is not None:
            return known
        if isinstance(node, yaml.ScalarNode):
            weight = _Weight(len(node.value) + 1, 1)
        else:
            children = [
                self._weight(child)
                for item in node.value
                for child in (item if isinstance(item, tuple) else (item,))
            ]
            weight = _Weight(
                2 + sum(child.chars for child in children),
                1 + max((child.depth for child in children), default=0),
            )
        self._weights[id(node)] = weight
        return weight

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        # A value that looks like a number but is not one ('0x_', '!!int x', '!!bool no?')
        # fails in PyYAML's constructors with a Python error; it is reported where it
        # was written.
        try:
            return super().construct_object(node, deep)
        except (ValueError, ArithmeticError, LookupError, TypeError) as exc:
            kind = _TAG_KINDS.get(node.tag, f"a {node.tag.rsplit(':', 1)[-1]} value")
            empty = isinstance(node, yaml.ScalarNode) and not node.value.strip()
            raise _LimitError(
                problem=f"this value cannot be read as {kind} "
                f"({'it is empty' if empty else exc}); put it in quotes to keep it as text",
                problem_mark=node.start_mark,
            ) from None


_Loader.add_constructor(
    "tag:yaml.org,2002:timestamp",
    lambda loader, node: loader.construct_scalar(node),
)


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


class _Locator:
    """Positions in the file from offsets in the YAML text.

    PyYAML also counts NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR as line ends, which
    editors do not show as new lines; so lines are counted from the text's '\\n's."""

    def __init__(self, path: Path, text: str, line_offset: int) -> None:
        self.path = path
        self.line_offset = line_offset
        self._starts = [0]
        index = text.find("\n")
        while index != -1:
            self._starts.append(index + 1)
            index = text.find("\n", index + 1)

    def at_index(self, index: int) -> Position:
        line = bisect.bisect_right(self._starts, index)
        return Position(self.path, line + self.line_offset, index - self._starts[line - 1] + 1)

    def at(self, mark: yaml.Mark | None) -> Position:
        if mark is None:
            return Position(self.path, self.line_offset + 1, 1)
        return self.at_index(mark.index)


def _find_duplicate_keys(
    node: yaml.Node,
    locate: _Locator,
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
                    first = locate.at(seen[key_node.value].start_mark).line
                    diagnostics.error(
                        locate.at(key_node.start_mark),
                        f"duplicate key '{key_node.value}' (first set on line {first}); "
                        "keep only one of them",
                    )
                else:
                    seen[key_node.value] = key_node
            _find_duplicate_keys(value_node, locate, diagnostics, visited)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _find_duplicate_keys(item, locate, diagnostics, visited)


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
    locate = _Locator(path, text, line_offset)
    try:
        # The reader checks every character as the loader is made.
        loader = _Loader(text)
    except yaml.reader.ReaderError as exc:
        diagnostics.error(locate.at_index(exc.position), _unreadable_character(exc, what))
        return None
    try:
        return _parse_document(loader, locate, diagnostics, what)
    except yaml.MarkedYAMLError as exc:
        diagnostics.error(locate.at(_error_mark(exc)), f"invalid {what}: {_describe(exc)}")
        return None
    except RecursionError:
        diagnostics.error(
            locate.at(None), f"invalid {what}: values are nested too deeply; flatten them"
        )
        return None
    except yaml.YAMLError as exc:
        diagnostics.error(locate.at(None), f"invalid {what}: {exc}")
        return None
    finally:
        loader.dispose()


def _parse_document(
    loader: _Loader, locate: _Locator, diagnostics: Diagnostics, what: str
) -> YamlMapping | None:
    root = loader.get_single_node()
    if root is None:
        return YamlMapping({}, locate.at(None))
    _find_duplicate_keys(root, locate, diagnostics)
    if not isinstance(root, yaml.MappingNode):
        diagnostics.error(
            locate.at(root.start_mark),
            f"{what} must be a mapping of 'key: value' lines, not a {_node_kind(root)}",
        )
        return None
    return _mapping(loader, root, locate, diagnostics, {})


def _unreadable_character(exc: yaml.reader.ReaderError, what: str) -> str:
    code = exc.character if isinstance(exc.character, int) else ord(exc.character)
    return (
        f"invalid {what}: the invisible control character U+{code:04X} cannot be used in "
        "YAML; delete it"
    )


def _mapping(
    loader: _Loader,
    node: yaml.MappingNode,
    locate: _Locator,
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
        key_position = locate.at(key_node.start_mark)
        if not isinstance(key_node, yaml.ScalarNode):
            diagnostics.error(key_position, "keys must be plain names such as 'title'")
            continue
        if isinstance(value_node, yaml.MappingNode):
            value: Any = _mapping(loader, value_node, locate, diagnostics, built)
        else:
            value = loader.construct_object(value_node, deep=True)
        entries[str(key_node.value)] = (
            key_position,
            YamlValue(value, locate.at(value_node.start_mark)),
        )
    mapping = YamlMapping(entries, locate.at(node.start_mark))
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
    if isinstance(exc, _LimitError):
        return exc.problem or "syntax error"
    if exc.context and "quoted scalar" in exc.context:
        return "this quoted value is never closed; add the closing quotation mark"
    problem = exc.problem or "syntax error"
    hint = {
        "found character '\\t' that cannot start any token": "use spaces, not tabs, to indent",
        "mapping values are not allowed here": "put a space after ':' and quote values "
        "that contain ': '",
    }.get(problem)
    if problem.startswith("could not determine a constructor for the tag"):
        # Tags such as !!python/object/apply name Python code to run; they are refused.
        hint = "only plain YAML is read: remove the tag (the word starting with '!')"
    context = f" ({exc.context})" if exc.context else ""
    return f"{problem}{context}" + (f"; {hint}" if hint else "")
