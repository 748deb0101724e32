"""Results kept on disk between builds: `.briefing-cache/` in the site folder.

Each entry is one file named by a hash of its table, its key (the stage's whole input)
and the code version (a hash of briefing's own source files), so a changed input, a
changed setting or an upgraded briefing never reuses an old result. The folder is safe
to delete. An entry that cannot be read (cut short, corrupt, from another Python) is
ignored with a warning and computed again; it can never give a wrong page, because a
result is only found under the hash of exactly the input it was computed from.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import functools
import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

import generator

CACHE_FOLDER = ".briefing-cache"
_IGNORE_FILE = ".gitignore"
_IGNORE_TEXT = "# Created by briefing: results of earlier builds, safe to delete.\n*\n"
# The stages whose results are kept: the slow ones.
TABLES = frozenset({"analysis", "clean", "sentences"})


class DiskCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.used: set[str] = set()
        self.problems: list[tuple[Path, str]] = []
        """Entries that could not be read or written, with why."""

    def load(self, table: str, key: object) -> tuple[bool, Any]:
        path = self._path(table, key)
        self.used.add(path.name)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return False, None
        except OSError as exc:
            self.problems.append((path, f"cannot read this cache entry: {exc.strerror}"))
            return False, None
        try:
            return True, pickle.loads(data)
        except Exception as exc:  # any unreadable pickle is only a cache miss
            self.problems.append((path, f"this cache entry is damaged ({type(exc).__name__})"))
            return False, None

    def contains(self, table: str, key: object) -> bool:
        return self._path(table, key).is_file()

    def save(self, table: str, key: object, value: object) -> None:
        path = self._path(table, key)
        self.used.add(path.name)
        try:
            self._create_folder()
            # Written whole, then renamed: a build killed midway leaves no half entry.
            handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".entry-")
            with os.fdopen(handle, "wb") as file:
                pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except OSError as exc:
            self.problems.append((path, f"cannot save this cache entry: {exc.strerror}"))

    def _create_folder(self) -> None:
        if self.folder.is_dir():
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        # Like .pytest_cache: git ignores the folder without the user having to say so.
        (self.folder / _IGNORE_FILE).write_text(_IGNORE_TEXT, "utf-8")

    def prune(self) -> None:
        """Remove the entries this build did not use: the cache never outgrows the site."""
        try:
            entries = list(self.folder.iterdir())
        except OSError:
            return
        for entry in entries:
            if entry.name not in self.used and entry.name != _IGNORE_FILE:
                with contextlib.suppress(OSError):
                    entry.unlink()

    def _path(self, table: str, key: object) -> Path:
        digest = hashlib.sha256()
        digest.update(code_version().encode())
        digest.update(table.encode())
        digest.update(repr(_canonical(key)).encode())
        return self.folder / f"{table}-{digest.hexdigest()[:40]}.pickle"


@functools.cache
def code_version() -> str:
    """A hash of briefing's source files and the Python version: results computed by
    other code are never reused."""
    digest = hashlib.sha256(sys.version.encode())
    package = Path(generator.__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _canonical(value: object) -> object:
    """The value with sets sorted and paths as text, so its repr is the same in every
    process (set order depends on the hash seed)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (
            type(value).__name__,
            tuple(
                (field.name, _canonical(getattr(value, field.name)))
                for field in dataclasses.fields(value)
            ),
        )
    if isinstance(value, (frozenset, set)):
        return ("set", tuple(sorted((_canonical(item) for item in value), key=repr)))
    if isinstance(value, (tuple, list)):
        return tuple(_canonical(item) for item in value)
    if isinstance(value, dict):
        return (
            "dict",
            tuple(sorted(((repr(_canonical(k)), _canonical(v)) for k, v in value.items()))),
        )
    if isinstance(value, Path):
        return ("path", value.as_posix())
    if isinstance(value, enum.Enum):
        return (type(value).__name__, value.value)
    return value
