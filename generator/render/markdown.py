"""Markdown written by editors (a story's note), rendered safely.

Raw HTML is disabled, so tags in the text are shown as text, and markdown-it-py's link
validation refuses javascript:, vbscript:, file: and data: URLs.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markupsafe import Markup

_RENDERER = MarkdownIt("commonmark", {"html": False, "typographer": False})


def render_markdown(text: str) -> Markup:
    return Markup(_RENDERER.render(text))
