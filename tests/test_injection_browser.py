"""Nothing from article text runs in a reader's browser.

Every page built from the injection corpus (injection_site.py) is opened in headless
Chromium as a reader would open it, at the site's public address. The browser's requests
are all intercepted: the site's own files are served from the build, and any other
request is refused and recorded. A payload that ran would open a dialog, log `XSS-RAN`,
set `window.xss`, or request something from another host. The page's Content Security
Policy is bypassed, so what is proved is that the markup carries no script at all, not
that a policy blocked it. A control page of raw payloads shows the detectors see each
of those.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from browser import chromium
from injection_site import build_injection_site, load_payloads
from playwright.sync_api import BrowserContext, Page, Route

SITE = "https://example.org/briefings/"
CONTROL = SITE + "__control__.html"

# After loading: the elements, attributes and URLs in the page as the browser parsed it,
# so markup that only becomes dangerous after parsing (mutation XSS) is caught as well.
AUDIT = """() => {
    const found = [];
    for (const element of document.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
            const name = attribute.name.toLowerCase();
            const value = attribute.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
            if (name.startsWith('on')) found.push(`${element.tagName} ${name}`);
            if (/^(javascript|data|vbscript):/.test(value)) {
                found.push(`${element.tagName} ${name}=${value}`);
            }
        }
        if (element.tagName === 'SCRIPT' && element.type !== 'application/ld+json') {
            found.push('script element');
        }
        const loaders = ['IFRAME', 'OBJECT', 'EMBED', 'BASE', 'FORM', 'IMG', 'SVG', 'STYLE'];
        if (loaders.includes(element.tagName)) {
            found.push(`${element.tagName} element`);
        }
    }
    if (window.xss !== undefined) found.push('window.xss was set');
    return found;
}"""
# Event handlers that need time or focus (autofocus, ontoggle) get a moment to fire.
SETTLE = "() => new Promise(done => requestAnimationFrame(() => setTimeout(done, 30)))"


@dataclass
class Observed:
    dialogs: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def injection_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_injection_site(tmp_path_factory.mktemp("injection-browser"))


@pytest.fixture
def browsing(injection_output: Path) -> Iterator[tuple[Page, Observed]]:
    with chromium() as browser:
        context = browser.new_context(bypass_csp=True, java_script_enabled=True)
        observed = Observed()
        _serve_site_only(context, injection_output, observed)
        page = context.new_page()
        page.on(
            "dialog", lambda dialog: (observed.dialogs.append(dialog.message), dialog.dismiss())
        )
        page.on("console", lambda message: observed.console.append(message.text))
        page.on("pageerror", lambda error: observed.errors.append(str(error)))
        yield page, observed
        context.close()


def _serve_site_only(context: BrowserContext, output: Path, observed: Observed) -> None:
    def answer(route: Route) -> None:
        url = route.request.url
        if url == CONTROL:
            route.fulfill(body=_control_page(), content_type="text/html")
            return
        if not url.startswith(SITE):
            observed.outside_requests.append(url)
            route.abort()
            return
        relative = url.removeprefix(SITE).split("#")[0].split("?")[0]
        target = output / relative
        if target.is_dir() or relative == "":
            target = target / "index.html"
        if not target.is_file():
            route.fulfill(status=404, body="not found")
            return
        kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        route.fulfill(body=target.read_bytes(), content_type=kind)

    context.route("**/*", answer)


def _control_page() -> str:
    """Raw payloads, unescaped, of each kind the detectors must see."""
    return (
        "<!doctype html><title>control</title>"
        '<img src=x onerror="alert(1)">'
        '<script>console.log("XSS-RAN")</script>'
        "<script>window.xss=1</script>"
        '<img src="https://attacker.example/pixel.png">'
    )


def _visit(page: Page, url: str) -> list[str]:
    page.goto(url, wait_until="load")
    page.evaluate(SETTLE)
    return page.evaluate(AUDIT)


def test_the_detectors_see_a_payload_that_runs(browsing: tuple[Page, Observed]) -> None:
    page, observed = browsing
    found = _visit(page, CONTROL)
    assert observed.dialogs == ["1"]
    assert "XSS-RAN" in observed.console
    assert "window.xss was set" in found
    assert "IMG onerror" in found
    assert observed.outside_requests == ["https://attacker.example/pixel.png"]


def test_no_script_from_content_runs_on_any_page(
    browsing: tuple[Page, Observed], injection_output: Path
) -> None:
    page, observed = browsing
    pages = sorted(injection_output.rglob("*.html"))
    assert len(pages) > 20
    for path in pages:
        relative = path.relative_to(injection_output).as_posix()
        found = _visit(page, SITE + relative)
        assert found == [], relative
        assert observed.dialogs == [], relative
        assert not [line for line in observed.console if "XSS" in line], relative
        assert observed.errors == [], relative
        assert observed.outside_requests == [], relative
    # The pages did show the payloads, as text.
    page.goto(SITE + "briefings/ferry-strike/")
    assert load_payloads()[0] in page.inner_text("main")


def test_hostile_text_does_not_push_pages_sideways_on_a_phone(
    browsing: tuple[Page, Observed], injection_output: Path
) -> None:
    """Payloads are long runs without spaces, like long URLs: they must wrap."""
    page, _ = browsing
    page.set_viewport_size({"width": 390, "height": 844})
    for story in ("port-fire", "ferry-strike", "crane-0"):
        page.goto(f"{SITE}briefings/{story}/", wait_until="load")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, story
