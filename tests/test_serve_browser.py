"""`briefing serve` in a real browser: headless Chromium driven by Playwright.

Edits go to the files on disk; the watcher, the rebuild, the event stream and the
injected script have to do the rest. Needs Chromium at /usr/bin/chromium (Debian's
`chromium` package); `.ci/run` installs it and sets BRIEFING_REQUIRE_BROWSER=1, which
turns a missing browser into a failure instead of a skip.
"""

from __future__ import annotations

import logging
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import chromium, require_browser
from playwright.sync_api import Page

from generator.serve.preview import ServeOptions, serve

THEME = Path(__file__).parent.parent / "templates"
RIVERSIDE = "content/riverside-flood-barrier"
WAIT_MS = 15_000


@pytest.fixture
def preview_url(small_site: Path, caplog: pytest.LogCaptureFixture) -> Iterator[str]:
    """The small site served by `serve` (with a theme stylesheet of its own to edit)."""
    require_browser()
    static = small_site / "templates" / "static"
    static.mkdir(parents=True)
    shutil.copy(THEME / "static" / "briefing.css", static / "briefing.css")
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    stop = threading.Event()
    with caplog.at_level(logging.INFO, logger="generator"):
        thread = threading.Thread(target=serve, args=(ServeOptions(small_site, port=port), stop))
        thread.start()
        deadline = time.monotonic() + 20
        while "serving http" not in caplog.text and time.monotonic() < deadline:
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}/briefings/"
        stop.set()
        thread.join(timeout=10)


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new), "utf-8")


def wait_until_listening(page: Page) -> None:
    page.wait_for_function(
        "document.documentElement.dataset.briefingLive === 'connected'", timeout=WAIT_MS
    )


def test_the_page_follows_edits_failures_and_style_changes(
    preview_url: str, small_site: Path
) -> None:
    with chromium() as browser:
        # Playwright's waits evaluate strings, which the pages' Content Security Policy
        # forbids; the policy's own test is below.
        page = browser.new_context(bypass_csp=True).new_page()
        page.goto(preview_url + "briefings/riverside-flood-barrier/")
        wait_until_listening(page)
        assert "Riverside votes for a flood barrier" in page.inner_text("h1")
        # Survives only as long as the page is not reloaded.
        page.evaluate("window.notReloaded = true")

        # 1. An edited article: the page reloads by itself with the new text.
        replace_in(
            small_site / RIVERSIDE / "courier-barrier-vote.md",
            "after a long debate",
            "after a debate that ran past midnight",
        )
        page.wait_for_function(
            "document.body.innerText.includes('a debate that ran past midnight')",
            timeout=WAIT_MS,
        )
        assert page.evaluate("window.notReloaded") is None

        # 2. Broken YAML: an overlay names the file and line; the last good page stays.
        story = small_site / RIVERSIDE / "story.yaml"
        good = story.read_text("utf-8")
        story.write_text(good + "tags: [unclosed\n", "utf-8")
        overlay = page.wait_for_selector("#briefing-build-failed", timeout=WAIT_MS)
        assert overlay is not None
        assert "story.yaml:7:1:" in overlay.inner_text()
        assert "a debate that ran past midnight" in page.inner_text("main")

        # 3. Fixed: the page reloads and the overlay is gone.
        page.evaluate("window.notReloaded = true")
        story.write_text(good, "utf-8")
        page.wait_for_function("window.notReloaded === undefined", timeout=WAIT_MS)
        page.wait_for_load_state()
        assert page.query_selector("#briefing-build-failed") is None

        # 4. Only the stylesheet: the new style applies without a reload.
        wait_until_listening(page)
        page.evaluate("window.notReloaded = true")
        stylesheet = small_site / "templates" / "static" / "briefing.css"
        stylesheet.write_text(
            stylesheet.read_text("utf-8") + "\nbody { background: rgb(1, 2, 3); }\n",
            "utf-8",
        )
        page.wait_for_function(
            "getComputedStyle(document.body).backgroundColor === 'rgb(1, 2, 3)'",
            timeout=WAIT_MS,
        )
        assert page.evaluate("window.notReloaded") is True


def test_live_reload_works_under_the_pages_content_security_policy(preview_url: str) -> None:
    with chromium() as browser:
        page = browser.new_page()
        violations: list[str] = []
        page.on(
            "console",
            lambda message: (
                violations.append(message.text)
                if "Content Security Policy" in message.text
                else None
            ),
        )
        page.goto(preview_url + "briefings/riverside-flood-barrier/")
        deadline = time.monotonic() + WAIT_MS / 1000
        state = None
        while state != "connected" and time.monotonic() < deadline:
            state = page.evaluate("document.documentElement.dataset.briefingLive")
            time.sleep(0.05)
        assert state == "connected"
        assert violations == []
