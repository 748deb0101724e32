"""The theme: the built-in templates, overridden file by file by a site's templates/.

The built-in theme is the repository's top-level templates/ folder. In a wheel it is
packaged as generator/templates, so both places are looked up, the packaged one first.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

STATIC_FOLDER = "static"


def builtin_theme_dir() -> Path:
    package = Path(__file__).resolve().parent.parent
    packaged = package / "templates"
    if packaged.is_dir():
        return packaged
    return package.parent / "templates"


@dataclass(frozen=True)
class Theme:
    folders: tuple[Path, ...]
    """Template folders, the one that wins first."""

    @classmethod
    def for_site(cls, site_templates: Path) -> Theme:
        builtin = builtin_theme_dir()
        if site_templates.is_dir() and site_templates.resolve() != builtin.resolve():
            return cls((site_templates, builtin))
        return cls((builtin,))

    def fingerprint(self) -> tuple[tuple[str, bytes], ...]:
        """Every template file (static files aside) of every folder, with its content.

        Equal fingerprints render equal pages: what is rendered with one can be reused.
        Content, not modification times, so a save within the same second still counts.
        """
        found = []
        for number, folder in enumerate(self.folders):
            for name in _template_names(folder):
                try:
                    found.append((f"{number}/{name}", (folder / name).read_bytes()))
                except OSError:
                    found.append((f"{number}/{name}", b""))  # reported when rendered
        return tuple(found)

    def static_files(self) -> dict[str, Path]:
        """Site-relative path (under static/) of every asset, the overriding file winning."""
        found: dict[str, Path] = {}
        for folder in self.folders:
            static = folder / STATIC_FOLDER
            for dirpath, dirnames, filenames in os.walk(static):
                dirnames[:] = sorted(name for name in dirnames if not name.startswith("."))
                for name in sorted(filenames):
                    if name.startswith("."):
                        continue
                    path = Path(dirpath) / name
                    relative = path.relative_to(folder).as_posix()
                    found.setdefault(relative, path)
        return found


def _template_names(folder: Path) -> tuple[str, ...]:
    names = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(
            name for name in dirnames if not name.startswith(".") and name != STATIC_FOLDER
        )
        names += [(Path(dirpath) / name).relative_to(folder).as_posix() for name in filenames]
    return tuple(sorted(names))
