"""Markdown written by editors (a story's note), rendered safely.

Raw HTML is disabled, so tags in the text are shown as text, and markdown-it-py's link
validation refuses javascript:, vbscript:, file: and data: URLs. Images are not embedded
(`![alt](url)` stays text, its alt text a link to the image): a page of this site never
loads anything from another site, so no reader is tracked by a picture.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from markupsafe import Markup

_RENDERER = MarkdownIt("commonmark", {"html": False, "typographer": False}).disable("image")


def render_markdown(text: str) -> Markup:
    return Markup(_RENDERER.render(text))
