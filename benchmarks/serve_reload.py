"""Time from saving an article to the page reloaded in a real browser, with `briefing serve`.

Starts `briefing serve` on the site, opens the briefing of the story that holds the
article in headless Chromium (Debian's /usr/bin/chromium through Playwright), then saves
the article again and again, each time with a new sentence, and measures how long the
open page takes to show it: file watching, debounce, rebuild, the server-sent event, the
reload and the page load, all included. Reports the median and the spread, and the
rebuild times the server printed.

    python benchmarks/serve_reload.py content-site-folder [--saves 12] [--article PATH]

Needs `pip install playwright` (no browser download: it drives the system Chromium).
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

CHROMIUM = "/usr/bin/chromium"
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
_SERVING = re.compile(r"serving (http://\S+)")
_REBUILT = re.compile(r"rebuilt in (\d+) ms")
_VERSION = (
    "(document.querySelector('script[data-briefing-version]') || {dataset: {}})"
    ".dataset.briefingVersion"
)


@dataclass(frozen=True)
class Timing:
    to_reload: float
    """Milliseconds from the save to the browser starting the reload."""
    page_load: float
    """Milliseconds from there to the new page's DOMContentLoaded."""

    @property
    def total(self) -> float:
        return self.to_reload + self.page_load


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path, help="the site folder (holding content/)")
    parser.add_argument("--saves", type=int, default=12, help="saves to time (default 12)")
    parser.add_argument("--article", type=Path, help="the article to edit (default: first)")
    arguments = parser.parse_args()
    site = arguments.site.resolve()
    article = (arguments.article or first_article(site / "content")).resolve()
    original = article.read_bytes()
    server, url, log_path = start_server(site)
    try:
        timings = measure(url, site, article, arguments.saves)
    finally:
        article.write_bytes(original)
        server.send_signal(signal.SIGINT)
        server.wait(timeout=20)
    rebuilds = [int(ms) for ms in _REBUILT.findall(log_path.read_text("utf-8"))]
    report(site, article, timings, rebuilds)
    return 0


def first_article(content: Path) -> Path:
    for path in sorted(content.rglob("*")):
        if path.suffix in (".md", ".txt") and not any(
            part.startswith(("_", ".")) for part in path.relative_to(content).parts
        ):
            return path
    raise SystemExit(f"no article in {content}")


def start_server(site: Path) -> tuple[subprocess.Popen[bytes], str, Path]:
    port = free_port()
    log_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"serve-reload-{port}.log"
    log = log_path.open("wb")
    briefing = Path(sys.executable).with_name("briefing")
    server = subprocess.Popen(
        [str(briefing), "serve", "--source", str(site), "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        found = _SERVING.search(log_path.read_text("utf-8"))
        if found:
            return server, found.group(1), log_path
        if server.poll() is not None:
            raise SystemExit(log_path.read_text("utf-8"))
        time.sleep(0.1)
    raise SystemExit("briefing serve did not start")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def story_page(url: str, site: Path, article: Path) -> str:
    """The briefing of the article's story folder; the index for a loose article."""
    relative = article.relative_to(site / "content")
    return f"{url}briefings/{relative.parts[0]}/" if len(relative.parts) > 1 else url


def measure(url: str, site: Path, article: Path, saves: int) -> list[Timing]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(story_page(url, site, article))
        wait_until_listening(page)
        timings = []
        text = article.read_text("utf-8")
        for number in range(saves):
            version = page.evaluate(_VERSION)
            marker = f"Benchmark edit number {number} was saved at this point."
            saved = time.time() * 1000
            article.write_text(text + f"\n{marker}\n", "utf-8")
            # The new sentence need not reach the summary; the build version the page
            # carries changes with every build, so the reloaded page is recognised by it.
            page.wait_for_function(
                f"v => {_VERSION} !== v && document.readyState !== 'loading'",
                arg=version,
                timeout=120_000,
                polling=5,
            )
            page.wait_for_load_state("domcontentloaded")
            # Times from the browser's own clock (the machine's): when the reload began
            # and when the new page's document was ready.
            started, ready = page.evaluate(
                "[performance.timeOrigin, performance.timeOrigin +"
                " performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd]"
            )
            timings.append(Timing(started - saved, ready - started))
            wait_until_listening(page)
            time.sleep(0.3)  # let the watcher settle, so saves do not merge
        browser.close()
    return timings


def wait_until_listening(page: Page) -> None:
    page.wait_for_function(
        "document.documentElement.dataset.briefingLive === 'connected'", timeout=60_000
    )


def report(site: Path, article: Path, timings: list[Timing], rebuilds: list[int]) -> None:
    articles = sum(1 for p in (site / "content").rglob("*") if p.suffix in (".md", ".txt"))
    print(f"site: {site} ({articles} articles); edited {article.relative_to(site)}")
    print(f"saves timed: {len(timings)}")
    for label, values in (
        ("save -> page reloaded", [t.total for t in timings]),
        (
            "  save -> reload starts (watch, debounce, rebuild, event)",
            [t.to_reload for t in timings],
        ),
        ("  reload -> new page ready (DOMContentLoaded)", [t.page_load for t in timings]),
        ("  rebuild (server side)", [float(ms) for ms in rebuilds]),
    ):
        if values:
            print(
                f"{label}: median {statistics.median(values):.0f} ms "
                f"(min {min(values):.0f}, max {max(values):.0f})"
            )


if __name__ == "__main__":
    raise SystemExit(main())
