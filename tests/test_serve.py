"""`briefing serve`: rebuilds, the in-memory server, live-reload events, and file watching.

The server runs for real on a free loopback port; requests go over HTTP. The browser side
(reload, overlay, stylesheet swap) is tested in test_serve_browser.py.
"""

from __future__ import annotations

import http.client
import json
import logging
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from generator.cli import EXIT_USAGE, main
from generator.output import OutputFiles
from generator.serve.http import PreviewServer
from generator.serve.preview import Preview, ServeError, ServeOptions, open_server, serve
from generator.serve.snapshot import Snapshot, site_path, snapshot_of
from generator.serve.state import Change, PreviewState
from generator.serve.watch import Debouncer, SourceWatcher

MOUNT = "/briefings/"  # the path of the small site's base_url
RIVERSIDE = "content/riverside-flood-barrier"


class Running:
    """A preview of a site, served on a free port until the test ends."""

    def __init__(self, site: Path) -> None:
        self.state = PreviewState()
        self.server = open_server("127.0.0.1", 0, self.state)
        self.port = self.server.server_address[1]
        self.preview = Preview(site, f"http://127.0.0.1:{self.port}", self.state)
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def get(self, path: str, headers: dict[str, str] | None = None) -> http.client.HTTPResponse:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        response.read_body = response.read()  # type: ignore[attr-defined]
        connection.close()
        return response

    def body(self, path: str) -> str:
        response = self.get(path)
        assert response.status == 200, (path, response.status)
        return response.read_body.decode("utf-8")  # type: ignore[attr-defined]

    def stop(self) -> None:
        self.state.close()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def running(small_site: Path) -> Iterator[Running]:
    preview = Running(small_site)
    preview.preview.rebuild()
    yield preview
    preview.stop()


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new), "utf-8")


class EventStream:
    """A live-reload event stream, read as the browser's EventSource does."""

    def __init__(self, port: int, version: int) -> None:
        self.socket = socket.create_connection(("127.0.0.1", port), timeout=10)
        request = f"GET /__briefing__/events?v={version} HTTP/1.1\r\nHost: x\r\n\r\n"
        self.socket.sendall(request.encode())
        self.buffer = b""
        self._read_until(b"\r\n\r\n")  # the response head
        self.buffer = self.buffer.split(b"\r\n\r\n", 1)[1]

    def _read_until(self, marker: bytes) -> None:
        while marker not in self.buffer:
            chunk = self.socket.recv(65536)
            if not chunk:
                raise EOFError("the event stream closed")
            self.buffer += chunk

    def next_event(self) -> dict[str, str]:
        """The next event with a name (comments and the retry line skipped)."""
        while True:
            self._read_until(b"\n\n")
            block, self.buffer = self.buffer.split(b"\n\n", 1)
            fields = {}
            for line in block.decode().splitlines():
                name, _, value = line.partition(": ")
                fields[name] = value
            if "event" in fields:
                return fields

    def close(self) -> None:
        self.socket.close()


# ---------------------------------------------------------------- serving


def test_the_site_is_mounted_at_the_base_url_path(running: Running) -> None:
    html = running.body(MOUNT)
    assert "Riverside votes for a flood barrier" in html
    assert '<script src="/__briefing__/livereload.js" data-briefing-version="1"' in html
    # Addresses that need the base URL point at the preview itself.
    assert f'<link rel="canonical" href="http://127.0.0.1:{running.port}{MOUNT}">' in html
    root = running.get("/")
    assert root.status == 301 and root.getheader("Location") == MOUNT
    folder = running.get(f"{MOUNT}briefings/riverside-flood-barrier")
    assert folder.status == 301
    assert folder.getheader("Location") == f"{MOUNT}briefings/riverside-flood-barrier/"
    css = running.get(f"{MOUNT}static/briefing.css")
    assert css.status == 200 and css.getheader("Content-Type") == "text/css; charset=utf-8"
    assert css.getheader("Cache-Control") == "no-store"
    assert running.get(f"{MOUNT}feed.xml").status == 200


def test_outside_the_mount_and_missing_pages_get_the_404_page(running: Running) -> None:
    for path in ("/static/briefing.css", f"{MOUNT}no/such/page/", "/index.html"):
        response = running.get(path)
        assert response.status == 404, path
        assert b">Page not found</h1>" in response.read_body  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "path",
    [
        f"{MOUNT}../site.yaml",
        f"{MOUNT}%2e%2e/site.yaml",
        f"{MOUNT}..%2fsite.yaml",
        f"{MOUNT}%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        f"{MOUNT}static/..\\..\\site.yaml",
        f"{MOUNT}static%5c..%5c..%5csite.yaml",
        "//etc/passwd",
        f"{MOUNT}%00index.html",
        f"{MOUNT}briefings/../../content/harbour-ferry-returns.md",
    ],
)
def test_no_path_escapes_the_served_site(running: Running, path: str) -> None:
    response = running.get(path)
    body = response.read_body  # type: ignore[attr-defined]
    assert response.status in (301, 404), path
    assert b"base_url:" not in body and b"root:" not in body
    assert b"The harbour ferry returned" not in body


def test_site_paths_are_decoded_and_normalised() -> None:
    assert site_path("/briefings/a/b/", "/briefings/") == "a/b"
    assert site_path("/briefings/a/./b", "/briefings/") == "a/b"
    assert site_path("/briefings/caf%C3%A9/", "/briefings/") == "café"
    assert site_path("/briefings", "/briefings/") == ""
    assert site_path("/other/", "/briefings/") is None
    assert site_path("/briefings/a/../b", "/briefings/") is None


@contextmanager
def serving(state: PreviewState) -> Iterator[int]:
    """A preview server for `state`, driven by the test itself; yields its port."""
    server = PreviewServer(("127.0.0.1", 0), state)
    threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    ).start()
    try:
        yield server.server_address[1]
    finally:
        state.close()
        server.shutdown()
        server.server_close()


def test_a_request_during_a_build_waits_for_the_new_site() -> None:
    state = PreviewState()
    with serving(state) as port:
        state.publish(Snapshot(1, "/", {"index.html": b"<p>old</p>"}), Change(1, "reload"))
        state.start_build()
        answers: list[bytes] = []

        def request() -> None:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            connection.request("GET", "/")
            answers.append(connection.getresponse().read())

        waiting = threading.Thread(target=request)
        waiting.start()
        waiting.join(timeout=0.5)
        assert waiting.is_alive() and not answers  # held back while the build runs
        state.publish(Snapshot(2, "/", {"index.html": b"<p>new</p>"}), Change(2, "reload"))
        waiting.join(timeout=5)
        assert answers == [b"<p>new</p>"]


def test_a_page_that_connects_during_a_build_is_told_of_that_build_once() -> None:
    # The page shows build 1 and connects while build 2 runs: it is sent one reload, named
    # 2, not a reload named 1 (which would make it reload again when 2 is announced).
    state = PreviewState()
    with serving(state) as port:
        state.publish(Snapshot(1, "/", {"index.html": b"<p>one</p>"}), Change(1, "reload"))
        state.start_build()
        stream = EventStream(port, version=1)
        try:
            time.sleep(0.3)  # the server now waits for the build to end
            state.publish(Snapshot(2, "/", {"index.html": b"<p>two</p>"}), Change(2, "reload"))
            event = stream.next_event()
            assert (event["event"], event["id"]) == ("reload", "2")
        finally:
            stream.close()


def test_the_served_pages_are_never_half_of_two_builds() -> None:
    files = OutputFiles()
    from generator.diagnostics import Diagnostics

    files.add("index.html", b"<html><head></head><body>one</body></html>", Path("x"), Diagnostics())
    snapshot = snapshot_of(files, 7, "/")
    assert snapshot.files["index.html"] == (
        b'<html><head><script src="/__briefing__/livereload.js" data-briefing-version="7" '
        b"defer></script>\n</head><body>one</body></html>"
    )
    assert isinstance(snapshot.files, dict)
    assert snapshot.version == 7


# ---------------------------------------------------------------- rebuilding


def test_editing_an_article_reanalyses_its_story_only(running: Running, small_site: Path) -> None:
    edit(
        small_site / RIVERSIDE / "courier-barrier-vote.md",
        "after a long debate",
        "after a debate that ran past midnight",
    )
    outcome = running.preview.rebuild()
    assert outcome.change.kind == "reload"
    assert running.preview.cache.misses["analysis"] == 1
    assert running.preview.cache.hits["analysis"] == 1
    page = running.body(f"{MOUNT}briefings/riverside-flood-barrier/")
    assert "after a debate that ran past midnight" in page
    assert 'data-briefing-version="2"' in page


def test_a_template_change_only_rerenders(running: Running, small_site: Path) -> None:
    templates = small_site / "templates"
    templates.mkdir()
    shutil.copy(Path(__file__).parent.parent / "templates" / "index.html", templates)
    edit(templates / "index.html", "{% block heading %}", "{% block heading %}<p>Draft</p>")
    outcome = running.preview.rebuild()
    assert outcome.change.kind == "reload"
    assert running.preview.cache.misses["analysis"] == 0
    assert running.preview.cache.misses["clean"] == 0
    assert "<p>Draft</p>" in running.body(MOUNT)


def test_a_stylesheet_change_is_a_css_change(running: Running, small_site: Path) -> None:
    static = small_site / "templates" / "static"
    static.mkdir(parents=True)
    original = (Path(__file__).parent.parent / "templates" / "static" / "briefing.css").read_text()
    (static / "briefing.css").write_text(original + "\nbody { color: rebeccapurple; }\n")
    outcome = running.preview.rebuild()
    assert outcome.change.kind == "css"
    assert outcome.change.paths == ("static/briefing.css",)
    assert "rebeccapurple" in running.body(f"{MOUNT}static/briefing.css")


def test_a_failed_build_keeps_the_last_good_site_and_says_why(
    running: Running, small_site: Path
) -> None:
    story = small_site / RIVERSIDE / "story.yaml"
    good = story.read_text("utf-8")
    story.write_text(good + "tags: [unclosed\n", "utf-8")
    outcome = running.preview.rebuild()
    assert outcome.change.kind == "failed"
    [message] = outcome.change.messages
    assert "story.yaml:7:1:" in message
    assert "Riverside votes for a flood barrier" in running.body(MOUNT)
    # The unchanged broken file comes from the cache the second time, its error too.
    assert running.preview.rebuild().change.messages == (message,)

    story.write_text(good, "utf-8")
    assert running.preview.rebuild().change.kind == "reload"


def test_the_mount_follows_the_base_url_in_site_yaml(running: Running, small_site: Path) -> None:
    edit(small_site / "site.yaml", "https://example.org/briefings/", "https://example.org/news/")
    running.preview.rebuild()
    assert "Riverside" in running.body("/news/")
    assert running.get(MOUNT).status == 404


# ---------------------------------------------------------------- events


def test_the_browser_is_told_to_reload_after_a_rebuild(running: Running, small_site: Path) -> None:
    stream = EventStream(running.port, version=1)
    try:
        edit(small_site / RIVERSIDE / "courier-barrier-vote.md", "long debate", "short debate")
        running.preview.rebuild()
        event = stream.next_event()
        assert event["event"] == "reload" and event["id"] == "2"
    finally:
        stream.close()


def test_a_failure_and_a_stylesheet_change_are_events_with_their_details(
    running: Running, small_site: Path
) -> None:
    stream = EventStream(running.port, version=1)
    try:
        (small_site / "site.yaml").write_text("title: [broken\n", "utf-8")
        running.preview.rebuild()
        event = stream.next_event()
        assert event["event"] == "failed"
        [message] = json.loads(event["data"])["messages"]
        assert message.endswith(
            "site.yaml:2:1: invalid site.yaml: expected ',' or ']', "
            "but got '<stream end>' (while parsing a flow sequence)"
        )
    finally:
        stream.close()


def test_a_page_that_connects_late_catches_up(running: Running, small_site: Path) -> None:
    edit(small_site / RIVERSIDE / "courier-barrier-vote.md", "long debate", "short debate")
    running.preview.rebuild()
    stream = EventStream(running.port, version=1)  # a page of build 1 connects after build 2
    try:
        assert stream.next_event()["event"] == "reload"
    finally:
        stream.close()
    (small_site / "site.yaml").write_text("title: [broken\n", "utf-8")
    running.preview.rebuild()
    stream = EventStream(running.port, version=2)  # the good page, loaded after the failure
    try:
        assert stream.next_event()["event"] == "failed"
    finally:
        stream.close()


def test_a_browser_that_goes_away_is_no_error(
    running: Running, small_site: Path, caplog: pytest.LogCaptureFixture
) -> None:
    stream = EventStream(running.port, version=1)
    stream.close()
    with caplog.at_level(logging.DEBUG, logger="generator"):
        for word in ("short", "brief"):
            edit(small_site / RIVERSIDE / "courier-barrier-vote.md", "long debate", f"{word} x")
            running.preview.rebuild()
            edit(small_site / RIVERSIDE / "courier-barrier-vote.md", f"{word} x", "long debate")
        time.sleep(0.3)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert running.body(MOUNT)


# ---------------------------------------------------------------- watching


def test_many_events_in_a_burst_give_one_rebuild() -> None:
    calls: list[frozenset[Path]] = []
    done = threading.Event()

    def rebuild(changed: frozenset[Path]) -> None:
        calls.append(changed)
        done.set()

    debouncer = Debouncer(rebuild, quiet=0.1, longest=5.0)
    debouncer.start()
    try:
        for number in range(200):
            debouncer.add(Path(f"/site/content/{number % 7}.md"))
        assert done.wait(5)
        time.sleep(0.3)  # a second call, if any, would come within the quiet period
        assert len(calls) == 1
        assert calls[0] == {Path(f"/site/content/{n}.md") for n in range(7)}
    finally:
        debouncer.stop()


def test_changes_during_a_rebuild_give_one_more_rebuild() -> None:
    calls: list[frozenset[Path]] = []
    first_started = threading.Event()
    release = threading.Event()
    second = threading.Event()

    def rebuild(changed: frozenset[Path]) -> None:
        calls.append(changed)
        if len(calls) == 1:
            first_started.set()
            release.wait(5)
        else:
            second.set()

    debouncer = Debouncer(rebuild, quiet=0.05)
    debouncer.start()
    try:
        debouncer.add(Path("/a.md"))
        assert first_started.wait(5)
        for name in ("/b.md", "/c.md", "/b.md"):
            debouncer.add(Path(name))
        release.set()
        assert second.wait(5)
        time.sleep(0.2)
        assert calls == [frozenset({Path("/a.md")}), frozenset({Path("/b.md"), Path("/c.md")})]
    finally:
        debouncer.stop()


@pytest.mark.parametrize("poll", [False, True], ids=["events", "polling"])
def test_the_watcher_sees_saves_and_new_folders_but_not_editor_debris(
    small_site: Path, poll: bool
) -> None:
    seen: list[frozenset[Path]] = []
    arrived = threading.Event()

    def rebuild(changed: frozenset[Path]) -> None:
        seen.append(changed)
        arrived.set()

    debouncer = Debouncer(rebuild, quiet=0.1)
    watcher = SourceWatcher(debouncer, poll=poll)
    content, templates = small_site / "content", small_site / "templates"
    watcher.watch([content, templates], [small_site / "site.yaml"])
    debouncer.start()
    try:
        (content / ".harbour-ferry-returns.md.swp").write_text("x")
        (content / "harbour-ferry-returns.md~").write_text("x")
        (small_site / "README.txt").write_text("not part of the site")
        article = content / "harbour-ferry-returns.md"
        article.write_text(article.read_text("utf-8") + "\nMore.\n", "utf-8")
        assert arrived.wait(5)
        time.sleep(0.3)
        assert set().union(*seen) == {article.resolve()}

        arrived.clear()
        templates.mkdir()  # a site without templates/ gets one
        assert arrived.wait(5)
        assert templates.resolve() in set().union(*seen)
        watcher.watch([content, templates], [small_site / "site.yaml"])
        arrived.clear()
        (templates / "index.html").write_text("<p>mine</p>")
        assert arrived.wait(5)
        assert (templates / "index.html").resolve() in set().union(*seen)
    finally:
        watcher.stop()
        debouncer.stop()


# ---------------------------------------------------------------- the command


def test_a_taken_port_is_a_clear_error_with_a_suggestion() -> None:
    blocker = socket.socket()
    blocker.bind(("127.0.0.1", 0))
    blocker.listen()
    port = blocker.getsockname()[1]
    try:
        with pytest.raises(ServeError) as failure:
            open_server("127.0.0.1", port, PreviewState())
        message = str(failure.value)
        assert f"port {port} on 127.0.0.1 is already in use" in message
        assert "try --port " in message
    finally:
        blocker.close()


def test_serve_runs_until_stopped_and_stops_cleanly(
    small_site: Path, caplog: pytest.LogCaptureFixture
) -> None:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    stop = threading.Event()
    options = ServeOptions(small_site, "127.0.0.1", port)
    with caplog.at_level(logging.INFO, logger="generator"):
        thread = threading.Thread(target=serve, args=(options, stop))
        thread.start()
        deadline = time.monotonic() + 10
        while "serving" not in caplog.text and time.monotonic() < deadline:
            time.sleep(0.05)
        assert f"serving http://127.0.0.1:{port}{MOUNT}" in caplog.text
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        connection.request("GET", MOUNT)
        assert connection.getresponse().status == 200
        connection.close()
        stop.set()
        thread.join(timeout=10)
    assert not thread.is_alive()
    assert "stopped" in caplog.text
    assert not (small_site / "site").exists()  # the preview never writes the site


def test_a_bad_port_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["serve", "--port", "70000"])
    assert exit_.value.code == EXIT_USAGE
    assert "must be a number from 0 to 65535" in capsys.readouterr().err


def test_a_new_template_override_is_used_at_once(running: Running, small_site: Path) -> None:
    templates = small_site / "templates"
    templates.mkdir()
    (templates / "unrelated.txt").write_text("a file that overrides nothing")
    running.preview.rebuild()
    # The compiled built-in 404.html is cached now; an override must still win.
    (templates / "404.html").write_text(
        '{% extends "base.html" %}{% block content %}<h1>Lost at sea</h1>{% endblock %}'
    )
    running.preview.rebuild()
    assert b"Lost at sea" in running.get(f"{MOUNT}missing").read_body  # type: ignore[attr-defined]
    (templates / "404.html").unlink()
    running.preview.rebuild()
    assert b"Lost at sea" not in running.get(f"{MOUNT}missing").read_body  # type: ignore[attr-defined]


def test_a_reused_result_reports_its_problems_again(running: Running, small_site: Path) -> None:
    templates = small_site / "templates"
    templates.mkdir()
    (templates / "briefing.html").write_text("<p>{{ briefing.no_such_field.x }}</p>\n")
    first = running.preview.rebuild()
    assert first.change.kind == "failed"
    # Nothing changed: every result comes from the cache, and so must the error.
    second = running.preview.rebuild()
    assert second.change.kind == "failed"
    assert second.change.messages == first.change.messages
    assert running.preview.cache.misses["briefing files"] == 0


def test_a_setting_change_renders_every_page_again(running: Running, small_site: Path) -> None:
    edit(small_site / "site.yaml", "title: Test Briefings", "title: Harbour Desk")
    running.preview.rebuild()
    assert running.preview.cache.misses["analysis"] == 0
    for page in (MOUNT, f"{MOUNT}briefings/harbour-ferry-returns/", f"{MOUNT}tags/transport/"):
        assert "Harbour Desk" in running.body(page), page
    assert "<title>Harbour Desk</title>" in running.body(f"{MOUNT}feed.xml")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "kill"])
def test_the_command_stops_cleanly_on_ctrl_c_and_kill(small_site: Path, stop_signal: int) -> None:
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "generator",
            "serve",
            "--source",
            str(small_site),
            "--port",
            str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                time.sleep(0.1)
        stream = EventStream(port, version=0)  # a browser still connected when it stops
        process.send_signal(stop_signal)
        output, _ = process.communicate(timeout=20)
        stream.close()
    finally:
        process.kill()
    assert process.returncode == 0, output
    assert f"serving http://127.0.0.1:{port}{MOUNT}" in output
    assert output.rstrip().endswith("stopped")
    assert "Traceback" not in output


def test_listening_beyond_this_machine_is_warned_about(
    small_site: Path, caplog: pytest.LogCaptureFixture
) -> None:
    stop = threading.Event()
    stop.set()  # build, start, and stop at once
    with caplog.at_level(logging.INFO, logger="generator"):
        serve(ServeOptions(small_site, host="0.0.0.0", port=free_port()), stop)
    assert "other machines on the network can read the preview" in caplog.text
    assert "serving http://localhost:" in caplog.text
