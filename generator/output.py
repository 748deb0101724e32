"""The built site in memory: every output file with the input it came from.

Rendering adds files here; nothing touches the disk until the writer swaps the whole site
into place. Two inputs that would write the same path are an error naming both, instead
of one silently overwriting the other.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from generator.diagnostics import Diagnostics, Position


@dataclass
class OutputFiles:
    files: dict[str, bytes] = field(default_factory=dict)
    origins: dict[str, Path] = field(default_factory=dict)

    def add(self, path: str, data: bytes, origin: Path, diagnostics: Diagnostics) -> None:
        """Add `data` at the site-relative `path`, written because of `origin`."""
        normalised = posixpath.normpath(path)
        if normalised.startswith(("../", "/")) or normalised in ("..", "."):
            raise ValueError(f"output path {path!r} leaves the output folder")
        if normalised in self.files:
            diagnostics.error(
                Position(origin),
                f"this would write {normalised}, which {self.origins[normalised]} already "
                "writes; rename one of them",
            )
            return
        self.files[normalised] = data
        self.origins[normalised] = origin

    def __iter__(self) -> Iterator[tuple[str, bytes]]:
        return iter(sorted(self.files.items()))

    def __len__(self) -> int:
        return len(self.files)

    def __contains__(self, path: str) -> bool:
        return posixpath.normpath(path) in self.files
