"""What a page built from untrusted text may contain, checked on its parsed markup.

A safe page has no script but JSON-LD data, no element that loads or runs something
(frames, objects, forms, stylesheets or bases from elsewhere), no event-handler
attribute, and no URL with a scheme that runs code. The rules are written for this
project's theme: every element it emits passes, and anything an article could smuggle in
as markup does not.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

SITE_HOSTS = frozenset({"example.org"})
"""Hosts the test sites link to: their base URL and their articles' URLs."""

FORBIDDEN_ELEMENTS = frozenset(
    {
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "base",
        "form",
        "input",
        "button",
        "textarea",
        "select",
        "svg",
        "math",
        "video",
        "audio",
        "source",
        "img",
        "image",
        "style",
        "noscript",
        "xss",
        "details",
    }
)
URL_ATTRIBUTES = frozenset(
    {"href", "src", "action", "formaction", "data", "poster", "background", "srcset", "xlink:href"}
)
SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
# Browsers ignore ASCII tab, newline and control characters inside a URL's scheme.
_URL_NOISE = re.compile(r"[\x00-\x20]")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):")
_HOST = re.compile(r"^(?:https?:)?//([^/?#:]+)")


@dataclass
class PageCheck(HTMLParser):
    """Parses one page and collects every unsafe thing in it."""

    problems: list[str] = field(default_factory=list)
    scripts: list[str] = field(default_factory=list)
    _in_script: bool = False

    def __post_init__(self) -> None:
        HTMLParser.__init__(self, convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag in FORBIDDEN_ELEMENTS:
            self.problems.append(f"<{tag}> element")
        if tag == "script":
            if values.get("type") != "application/ld+json":
                self.problems.append(f"<script> that is not JSON-LD: {attrs}")
            self._in_script = True
            self.scripts.append("")
        if tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            target = values.get("content", "").partition("=")[2]
            self._check_url("meta refresh", target, loads=True)
        if tag == "link" and values.get("rel") not in ("stylesheet", "alternate", "canonical"):
            self.problems.append(f"<link rel={values.get('rel')!r}>")
        for name, value in values.items():
            if name.startswith("on"):
                self.problems.append(f"event handler {name}= on <{tag}>")
            if name in URL_ATTRIBUTES:
                # A link may lead anywhere; what a page loads must come from the site.
                loads = not (tag == "a" and name == "href")
                self._check_url(f"{tag} {name}", value, loads=loads)
            if name == "style" and "url(" in value.lower():
                self.problems.append(f"style attribute loading a URL on <{tag}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag == "script":
            self._in_script = False

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data

    def _check_url(self, where: str, url: str, *, loads: bool) -> None:
        cleaned = _URL_NOISE.sub("", url).lower()
        scheme = _SCHEME.match(cleaned)
        if scheme and scheme.group(1) not in SAFE_SCHEMES:
            self.problems.append(f"{where} with a {scheme.group(1)}: URL: {url!r}")
        host = _HOST.match(cleaned)
        if loads and host and host.group(1) not in SITE_HOSTS:
            self.problems.append(f"{where} pointing at {host.group(1)}: {url!r}")


def html_problems(html: str) -> list[str]:
    """Everything unsafe in `html`, a whole page or a fragment; [] when it is safe."""
    checker = PageCheck()
    checker.feed(html)
    checker.close()
    problems = list(checker.problems)
    for script in checker.scripts:
        problems.extend(_json_ld_problems(script))
    return problems


def _json_ld_problems(script: str) -> list[str]:
    # Inside <script>, "</script" ends the element and "<!--" changes how it is parsed.
    problems = [
        f"JSON-LD holding {marker!r}"
        for marker in ("</script", "<!--", "<script")
        if marker in script.lower()
    ]
    try:
        json.loads(script)
    except ValueError as error:
        problems.append(f"JSON-LD that does not parse: {error}")
    return problems


class TextOf(HTMLParser):
    """The text of a page or fragment as a reader sees it, entities decoded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = TextOf()
    parser.feed(html)
    parser.close()
    return " ".join(" ".join(parser.parts).split())
