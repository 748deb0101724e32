"""What every part of the rendering shares: the site, the theme, the clock, the cache.

`memo` reuses rendered results when their inputs are equal. Every memoised result is
keyed by the theme's fingerprint and the site configuration as well as its own inputs,
so a changed template or setting renders everything anew.
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, TypeVar

import jinja2

from generator import __version__
from generator.cache import Memo
from generator.config import SiteConfig
from generator.diagnostics import Diagnostic, Diagnostics
from generator.output import OutputFiles
from generator.render.environment import SiteView, render_template

T = TypeVar("T")


@dataclass(frozen=True)
class RenderContext:
    config: SiteConfig
    site: SiteView
    environment: jinja2.Environment
    timezone: zoneinfo.ZoneInfo
    fingerprint: Hashable
    memo: Memo

    def render(self, template: str, diagnostics: Diagnostics, **context: Any) -> str | None:
        shared = {"site": self.site, "version": __version__}
        return render_template(self.environment, template, diagnostics, **shared, **context)

    def reuse(
        self, table: str, key: Hashable, compute: Callable[[Diagnostics], T]
    ) -> tuple[T, tuple[Diagnostic, ...]]:
        """`compute(diagnostics)` for these inputs, or what it gave for equal ones.

        The problems it found come back with the result, so a cached result reports them
        again, exactly as a fresh one would.
        """

        def collect() -> tuple[T, tuple[Diagnostic, ...]]:
            found = Diagnostics()
            return compute(found), tuple(found.items)

        return self.memo(table, (self.fingerprint, self.config, key), collect)

    def reuse_files(
        self, table: str, key: Hashable, render: Callable[[OutputFiles, Diagnostics], None]
    ) -> tuple[tuple[tuple[str, bytes], ...], tuple[Diagnostic, ...]]:
        """The files `render` adds for these inputs, or the ones equal inputs gave."""

        def compute(diagnostics: Diagnostics) -> tuple[tuple[str, bytes], ...]:
            files = OutputFiles()
            render(files, diagnostics)
            return tuple(files)

        return self.reuse(table, key, compute)
