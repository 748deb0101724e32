"""Results kept on disk between builds: `.briefing-cache/` in the site folder.

Each entry is one file named by a hash of its table, its key (the stage's whole input)
and the code version (a hash of briefing's own source files), so a changed input, a
changed setting or an upgraded briefing never reuses an old result. The folder is safe
to delete. An entry that cannot be read (cut short, corrupt, from another Python) is
ignored with a warning and computed again; it can never give a wrong page, because a
result is only found under the hash of exactly the input it was computed from.

Every file is written to a temporary name and renamed into place, so a build killed at
any moment leaves no half-written entry (the next successful build prunes a leftover
temporary file). A cache that cannot be written (a full disk) is one warning, and the
build goes on without it.
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
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

import generator
from generator.write import explain_write_failure

CACHE_FOLDER = ".briefing-cache"
_IGNORE_FILE = ".gitignore"
_IGNORE_TEXT = "# Created by briefing: results of earlier builds, safe to delete.\n*\n"
# The stages whose results are kept: the slow ones.
TABLES = frozenset({"analysis", "clean", "sentences"})
_COMPUTED_AGAIN = "it is ignored and computed again"


class DiskCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.used: set[str] = set()
        self.problems: list[tuple[Path, str]] = []
        """Entries that could not be read or written, with why."""
        self._digests = KeyDigests()

    def load(self, table: str, key: object) -> tuple[bool, Any]:
        path = self._path(table, key)
        self.used.add(path.name)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return False, None
        except OSError as exc:
            self.problems.append(
                (path, f"cannot read this cache entry ({exc.strerror}); {_COMPUTED_AGAIN}")
            )
            return False, None
        try:
            return True, pickle.loads(data)
        except Exception as exc:  # any unreadable pickle is only a cache miss
            self.problems.append(
                (path, f"this cache entry is damaged ({type(exc).__name__}); {_COMPUTED_AGAIN}")
            )
            return False, None

    def contains(self, table: str, key: object) -> bool:
        return self._path(table, key).is_file()

    def save(self, table: str, key: object, value: object) -> None:
        path = self._path(table, key)
        self.used.add(path.name)
        if self._saving_failed():
            return  # one warning is enough; a full disk would fail every entry
        try:
            self._create_folder()
            _write_whole(path, lambda file: pickle.dump(value, file, pickle.HIGHEST_PROTOCOL))
        except OSError as exc:
            self.problems.append((self.folder, _save_problem(exc, self.folder)))

    def _saving_failed(self) -> bool:
        # Problems of saving are filed under the folder, those of reading under an entry.
        return any(path == self.folder for path, _ in self.problems)

    def _create_folder(self) -> None:
        if (self.folder / _IGNORE_FILE).is_file():
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        # Like .pytest_cache: git ignores the folder without the user having to say so.
        # Checked by the file, not the folder: a build killed between the two would
        # otherwise leave a folder that git shows.
        _write_whole(self.folder / _IGNORE_FILE, lambda file: file.write(_IGNORE_TEXT.encode()))

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
        digest.update(self._digests.of(key).encode())
        return self.folder / f"{table}-{digest.hexdigest()[:40]}.pickle"


def _write_whole(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write a file under a temporary name and rename it into place, so that it is never
    seen half-written; a failed write leaves no temporary file behind."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".entry-")
    try:
        with os.fdopen(handle, "wb") as file:
            write(file)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _save_problem(exc: OSError, folder: Path) -> str:
    return (
        f"cannot save build results here ({exc.strerror or exc}): "
        f"{explain_write_failure(exc, folder)}. This build goes on without saving them, "
        "so the next one computes them again"
    )


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


class KeyDigests:
    """Digests of keys that are the same in every process and every build.

    A key is written out with sets sorted and paths as text (set order depends on the
    hash seed), then hashed. The same frozen object (an article's cleaned text, say) is
    part of the keys of several stages and of its story's analysis; its digest is
    computed once per build and stands for it in every key that holds it.
    """

    def __init__(self) -> None:
        # id -> (the object, kept alive so its id is not reused; its digest)
        self._known: dict[int, tuple[object, str]] = {}

    def of(self, key: object) -> str:
        return repr(self._canonical(key))

    def _canonical(self, value: object) -> object:
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return self._dataclass(value)
        if isinstance(value, (frozenset, set)):
            return ("set", tuple(sorted((self._canonical(item) for item in value), key=repr)))
        if isinstance(value, (tuple, list)):
            return tuple(self._canonical(item) for item in value)
        if isinstance(value, dict):
            return (
                "dict",
                tuple(
                    sorted(
                        ((repr(self._canonical(k)), self._canonical(v)) for k, v in value.items())
                    )
                ),
            )
        if isinstance(value, Path):
            return ("path", value.as_posix())
        if isinstance(value, enum.Enum):
            return (type(value).__name__, value.value)
        return value

    def _dataclass(self, value: Any) -> object:
        # Only a frozen object is sure to hold the same content the next time it is seen.
        frozen = type(value).__dataclass_params__.frozen
        if frozen and id(value) in self._known:
            return ("=", self._known[id(value)][1])
        fields = tuple(
            (field.name, self._canonical(getattr(value, field.name)))
            for field in dataclasses.fields(value)
        )
        written = repr((type(value).__name__, fields))
        if not frozen:
            return written
        digest = hashlib.sha256(written.encode()).hexdigest()[:32]
        self._known[id(value)] = (value, digest)
        return ("=", digest)
