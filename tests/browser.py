"""Headless Chromium for the tests that need a real browser.

Debian's `chromium` package at /usr/bin/chromium, driven by Playwright (never a browser
Playwright downloads). `.ci/run` installs it and sets BRIEFING_REQUIRE_BROWSER=1, which
turns a missing browser into a failure instead of a skip.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
# As in the machine's own browser checks: no background traffic on a closed network.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def require_browser() -> None:
    if CHROMIUM.is_file():
        return
    message = f"Chromium not found at {CHROMIUM}; install Debian's chromium package"
    if os.environ.get("BRIEFING_REQUIRE_BROWSER"):
        pytest.fail(message)
    pytest.skip(message)


@contextmanager
def chromium() -> Iterator[Browser]:
    require_browser()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
