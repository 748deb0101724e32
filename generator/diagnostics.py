"""Problems found in user input, reported as `path:line:col: message`.

Every stage that reads user input collects problems into a `Diagnostics` list instead of
raising on the first one, so a build reports all errors at once.
"""

from __future__ import annotations

import enum
import os
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Position:
    """A place in a file; line and column count from 1."""

    path: Path
    line: int | None = None
    col: int | None = None

    def shifted(self, lines: int) -> Position:
        """The same place counted in an enclosing file that starts `lines` lines earlier."""
        if self.line is None:
            return self
        return Position(self.path, self.line + lines, self.col)


@dataclass(frozen=True)
class Diagnostic:
    position: Position
    message: str
    severity: Severity = Severity.ERROR

    def format(self, relative_to: Path | None = None) -> str:
        where = str(_shown_path(self.position.path, relative_to))
        if self.position.line is not None:
            where += f":{self.position.line}:{self.position.col or 1}"
        prefix = "warning: " if self.severity is Severity.WARNING else ""
        return visible(f"{where}: {prefix}{self.message}")


# Explicit bidirectional formatting characters: invisible, yet they reorder what follows.
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f"  # letter marks
    "\u202a\u202b\u202c\u202d\u202e"  # embeddings, overrides and their end
    "\u2066\u2067\u2068\u2069"  # isolates and their end
)


def visible(text: str) -> str:
    """`text` with control and bidirectional formatting characters as escapes (`\\x1b`).

    Messages quote file names and values from user files. Printed as they are, a newline
    would fake another message, an escape sequence would drive the terminal and a
    right-to-left override would reverse the line.
    """
    if text.isprintable() and not BIDI_CONTROLS.intersection(text):
        return text
    return "".join(_escaped(char) for char in text)


def _escaped(char: str) -> str:
    if char in BIDI_CONTROLS or unicodedata.category(char) == "Cc":
        code = ord(char)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    return char


def _shown_path(path: Path, relative_to: Path | None) -> Path:
    """The path relative to the working folder when it lies inside it, else as given."""
    if relative_to is None or not path.is_absolute():
        return path
    # abspath, not resolve: a symbolic link is named as itself, not as its target.
    absolute = Path(os.path.abspath(path))
    for base in (Path(os.path.abspath(relative_to)), relative_to.resolve()):
        if absolute.is_relative_to(base):
            return absolute.relative_to(base)
    return path


@dataclass
class Diagnostics:
    """An ordered collection of problems; one per build or per check."""

    items: list[Diagnostic] = field(default_factory=list)
    _seen: set[Diagnostic] = field(default_factory=set, init=False, repr=False, compare=False)

    def error(self, position: Position, message: str) -> None:
        self.add(Diagnostic(position, message, Severity.ERROR))

    def warning(self, position: Position, message: str) -> None:
        self.add(Diagnostic(position, message, Severity.WARNING))

    def add(self, diagnostic: Diagnostic) -> None:
        # One faulty template renders many pages; its problem is still reported once.
        if diagnostic not in self._seen:
            self._seen.add(diagnostic)
            self.items.append(diagnostic)

    def extend(self, other: Iterable[Diagnostic]) -> None:
        for diagnostic in other:
            self.add(diagnostic)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity is Severity.WARNING]

    def has_errors(self) -> bool:
        return any(d.severity is Severity.ERROR for d in self.items)

    def __iter__(self) -> Iterator[Diagnostic]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


class BuildFailed(Exception):
    """Raised by the orchestrator when user input has errors; carries all of them."""

    def __init__(self, diagnostics: Diagnostics) -> None:
        self.diagnostics = diagnostics
        count = len(diagnostics.errors)
        super().__init__(f"{count} error{'s' if count != 1 else ''} in the site's input")
