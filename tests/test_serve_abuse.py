"""`briefing serve` under load and abuse, over real sockets against a real server.

Hundreds of concurrent requests and event streams, silent and slow clients, malformed
requests, path traversal in every encoding, stopping with clients still connected, and
the loopback default. The handler's timeout is lowered so that the file runs in seconds;
time bounds in assertions are generous and only catch hangs.
"""

from __future__ import annotations

import contextlib
import http.client
import logging
import re
import select
import shutil
import socket
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

# Helpers of test_serve.py (pytest puts tests/ on sys.path, there being no package).
from test_serve import MOUNT, RIVERSIDE, EventStream, Running, edit, free_port

from generator import cli
from generator.serve import preview as preview_module
from generator.serve.http import PreviewHandler, PreviewServer
from generator.serve.preview import ServeOptions, reachable_from_network, serve
from generator.serve.snapshot import Snapshot
from generator.serve.state import Change, PreviewState

# An exception escaping a server thread is a bug even when the client never notices.
pytestmark = pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")

DEFAULT_TIMEOUT = PreviewHandler.timeout
SHORT_TIMEOUT = 1.0
"""The handler's timeout in these tests: how long a silent or slow client is tolerated."""
HANG = 5.0
"""Longer than anything here should take: waiting this long means the server hangs."""
SECRET = "TOP-SECRET-4f1c9b7e-never-served"
# What files outside the built site contain: the planted secret, site.yaml, /etc/passwd.
OUTSIDE_MARKERS = (SECRET.encode(), b"base_url:", b"root:x:0:0")


@pytest.fixture(autouse=True)
def short_timeout(monkeypatch: pytest.MonkeyPatch) -> float:
    monkeypatch.setattr(PreviewHandler, "timeout", SHORT_TIMEOUT)
    return SHORT_TIMEOUT


@pytest.fixture
def server_log(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Everything the preview logs; a warning or an error fails the test."""
    with caplog.at_level(logging.DEBUG, logger="generator"):
        yield
    problems = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert not problems, problems


@pytest.fixture
def running(small_site: Path, server_log: None) -> Iterator[Running]:
    preview = Running(small_site)
    preview.preview.rebuild()
    yield preview
    preview.stop()


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    """One preview for the many tests whose requests change nothing: builds take time."""
    site = tmp_path_factory.mktemp("shared") / "small-site"
    shutil.copytree(Path(__file__).parent / "fixtures" / "small-site", site)
    preview = Running(site)
    preview.preview.rebuild()
    yield preview
    preview.stop()


@contextlib.contextmanager
def serving(files: dict[str, bytes], mount: str = "/") -> Iterator[int]:
    """A server for a hand-made snapshot (for sizes and names no fixture site has)."""
    state = PreviewState()
    server = PreviewServer(("127.0.0.1", 0), state)
    state.publish(Snapshot(1, mount, files), Change(1, "reload"))
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        state.close()
        server.shutdown()
        server.server_close()


# ---------------------------------------------------------------- raw HTTP


def connect(port: int) -> socket.socket:
    return socket.create_connection(("127.0.0.1", port), timeout=HANG)


def read_to_end(connection: socket.socket, wait: float = HANG) -> bytes:
    """Everything the server sends until it closes the connection; fails after `wait`."""
    received = bytearray()
    deadline = time.monotonic() + wait
    while True:
        left = deadline - time.monotonic()
        assert left > 0, f"the server kept the connection open; it sent {bytes(received[:200])!r}"
        connection.settimeout(left)
        try:
            chunk = connection.recv(1 << 16)
        except TimeoutError:
            continue
        except ConnectionResetError:
            return bytes(received)  # closed with unread request bytes: a reset, not a FIN
        if not chunk:
            return bytes(received)
        received += chunk


def exchange(port: int, data: bytes) -> bytes:
    """Send raw bytes; return all the server answers until it closes the connection."""
    with connect(port) as connection:
        # Refused before all of it was sent: what the server answered still counts.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            connection.sendall(data)
        return read_to_end(connection)


def request(target: bytes, method: bytes = b"GET", headers: bytes = b"") -> bytes:
    return b"%s %s HTTP/1.1\r\nHost: x\r\n%sConnection: close\r\n\r\n" % (method, target, headers)


@dataclass
class Reply:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


def replies(data: bytes, head_only: bool = False) -> list[Reply]:
    """The responses in `data`, in order (every one has a Content-Length)."""
    found = []
    while data:
        head, separator, data = data.partition(b"\r\n\r\n")
        assert separator, f"not an HTTP response: {head[:200]!r}"
        status_line, *lines = head.decode("latin-1").split("\r\n")
        match = re.fullmatch(r"HTTP/1\.[01] (\d{3}) .*", status_line)
        assert match, f"not a status line: {status_line!r}"
        headers = {}
        for line in lines:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        status = int(match[1])
        length = 0 if head_only or status == 100 else int(headers.get("content-length", "0"))
        found.append(Reply(status, headers, data[:length]))
        data = data[length:]
    return found


def still_serving(port: int) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=HANG)
    try:
        connection.request("GET", MOUNT)
        response = connection.getresponse()
        assert response.status == 200
        assert b"Riverside votes for a flood barrier" in response.read()
    finally:
        connection.close()


def fetch(port: int, path: str) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=3 * HANG)
    try:
        connection.request("GET", urllib.parse.quote(path))
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def site_files(running: Running) -> dict[str, bytes]:
    """URL path to the exact bytes the current build serves there."""
    snapshot = running.state.current(0)
    assert snapshot is not None
    return {MOUNT + path: data for path, data in snapshot.files.items()}


# ---------------------------------------------------------------- load


def test_hundreds_of_concurrent_requests_all_get_the_right_bytes(running: Running) -> None:
    files = site_files(running)
    paths = sorted(files)
    wanted = [paths[number % len(paths)] for number in range(300)]
    start = threading.Barrier(len(wanted))

    def get(path: str) -> tuple[int, bytes]:
        start.wait(HANG)  # every request leaves at once
        return fetch(running.port, path)

    with ThreadPoolExecutor(max_workers=len(wanted)) as pool:
        answers = list(pool.map(get, wanted))
    expected = [(200, files[path]) for path in wanted]
    wrong = [path for path, got, want in zip(wanted, answers, expected, strict=True) if got != want]
    assert not wrong
    still_serving(running.port)


def test_pipelined_requests_are_answered_in_order(running: Running) -> None:
    files = site_files(running)
    paths = sorted(files)[:40]
    data = b"".join(
        b"GET %s HTTP/1.1\r\nHost: x\r\n\r\n" % urllib.parse.quote(p).encode() for p in paths
    )
    answered = replies(exchange(running.port, data + request(MOUNT.encode())))
    assert [(r.status, r.body) for r in answered[:-1]] == [(200, files[p]) for p in paths]
    assert answered[-1].status == 200


def test_hundreds_of_open_event_streams_all_hear_of_a_rebuild(
    running: Running, small_site: Path
) -> None:
    streams: list[EventStream] = []
    try:
        for _ in range(200):
            streams.append(EventStream(running.port, version=1))
        # Pages still answer while every stream is open, many of them at once.
        files = site_files(running)
        with ThreadPoolExecutor(max_workers=50) as pool:
            answers = list(pool.map(lambda p: fetch(running.port, p), [MOUNT] * 50))
        assert answers == [(200, files[MOUNT + "index.html"])] * 50
        edit(small_site / RIVERSIDE / "courier-barrier-vote.md", "long debate", "short debate")
        running.preview.rebuild()
        events = [stream.next_event() for stream in streams]
        assert {(event["event"], event["id"]) for event in events} == {("reload", "2")}
        still_serving(running.port)
    finally:
        for stream in streams:
            stream.close()


# ---------------------------------------------------------------- slow clients


def test_silent_and_unfinished_connections_block_no_one_and_are_closed(
    running: Running,
) -> None:
    silent = connect(running.port)  # connects, says nothing
    unfinished = connect(running.port)  # starts a request, never ends its head
    unfinished.sendall(b"GET /briefings/ HTTP/1.1\r\nHost: x\r\n")
    kept = connect(running.port)  # one request, then idles on a kept-alive connection
    kept.sendall(b"GET /briefings/ HTTP/1.1\r\nHost: x\r\n\r\n")
    try:
        still_serving(running.port)
        assert read_to_end(silent) == b""
        assert read_to_end(unfinished) == b""
        assert [reply.status for reply in replies(read_to_end(kept))] == [200]
        still_serving(running.port)
    finally:
        for connection in (silent, unfinished, kept):
            connection.close()


def test_a_request_head_sent_byte_by_byte_is_cut_off(running: Running) -> None:
    head = b"GET /briefings/ HTTP/1.1\r\nHost: x\r\nX-Padding: " + b"a" * 200 + b"\r\n\r\n"
    drip = connect(running.port)
    sent, closed = 0, False
    deadline = time.monotonic() + 3 * HANG  # the whole head would take 25 s at this pace
    try:
        while not closed and sent < len(head) and time.monotonic() < deadline:
            if select.select([drip], [], [], 0.1)[0]:
                closed = read_to_end(drip) == b""  # the server gave up, without an answer
                break
            try:
                drip.sendall(head[sent : sent + 1])
            except (BrokenPipeError, ConnectionResetError):
                closed = True
                break
            sent += 1
            if sent == 5:
                still_serving(running.port)  # others are served meanwhile
    finally:
        drip.close()
    assert closed and sent < len(head), f"still open after {sent} of {len(head)} bytes"
    still_serving(running.port)


def test_a_client_that_never_reads_blocks_no_one_and_is_dropped(
    server_log: None, short_timeout: float
) -> None:
    big = bytes(range(256)) * (64 * 1024)  # 16 MiB: more than every socket buffer holds
    files = {"big.bin": big, "index.html": b"<p>small</p>"}
    with serving(files) as port:
        hog = socket.socket()
        hog.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        hog.connect(("127.0.0.1", port))
        try:
            hog.sendall(b"GET /big.bin HTTP/1.1\r\nHost: x\r\n\r\n")
            for _ in range(5):
                assert fetch(port, "/") == (200, b"<p>small</p>")
            time.sleep(3 * short_timeout)  # the server's write stalls; it gives up
            received = read_to_end(hog)
        finally:
            hog.close()
        assert received.startswith(b"HTTP/1.1 200 ")
        assert len(received) < len(big)
        assert fetch(port, "/") == (200, b"<p>small</p>")


def test_event_streams_outlive_the_request_timeout(
    running: Running, small_site: Path, short_timeout: float
) -> None:
    stream = EventStream(running.port, version=1)
    try:
        time.sleep(2.5 * short_timeout)  # idle far longer than any request may take
        edit(small_site / RIVERSIDE / "courier-barrier-vote.md", "long debate", "short debate")
        running.preview.rebuild()
        assert stream.next_event()["event"] == "reload"
    finally:
        stream.close()


def test_the_handler_has_a_finite_timeout_by_default() -> None:
    """Without one, each silent connection would hold a thread until the server stops."""
    assert isinstance(DEFAULT_TIMEOUT, int | float) and 5 <= DEFAULT_TIMEOUT <= 120


# ---------------------------------------------------------------- malformed requests

CLOSED = 0
"""No answer at all: the server closed the connection."""

MALFORMED = {
    "tls-handshake": (b"\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03" + b"\x00" * 40, {CLOSED}),
    "binary-noise": (bytes(range(256)) * 4, {400, CLOSED}),
    "garbage-line": (b"garbage\r\n\r\n", {400}),
    "empty-request-line": (b"\r\n", {400, CLOSED}),
    "blank-request-line": (b"   \r\n\r\n", {400, CLOSED}),
    "http-0.9": (b"GET /briefings/\r\n", {400, CLOSED}),
    "http-0.9-blank-line": (b"GET /briefings/\r\n\r\n", {400, CLOSED}),
    "http-0.9-post": (b"POST /briefings/\r\n\r\n", {400}),
    "too-many-words": (b"GET /a b HTTP/1.1\r\n\r\n", {400}),
    "bad-version": (b"GET /briefings/ HTTP/x.y\r\n\r\n", {400}),
    "not-http": (b"GET /briefings/ SPDY/3\r\n\r\n", {400}),
    "absurd-version": (b"GET /briefings/ HTTP/1.99999999999\r\n\r\n", {400}),
    "http-2": (b"GET /briefings/ HTTP/2.0\r\n\r\n", {505}),
    "http-2-preface": (b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", {505}),
    "request-line-over-64k": (b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n", {414, CLOSED}),
    "endless-line": (b"A" * 200_000, {414, CLOSED}),
    "too-many-headers": (
        b"GET /briefings/ HTTP/1.1\r\n"
        + b"".join(b"X-%d: y\r\n" % n for n in range(150))
        + b"\r\n",
        {431},
    ),
    "header-over-64k": (
        b"GET /briefings/ HTTP/1.1\r\nX-Big: " + b"a" * 70_000 + b"\r\n\r\n",
        {431, CLOSED},
    ),
    "header-without-colon": (request(b"/briefings/", headers=b"no colon here\r\n"), {200, 400}),
    "non-latin-header": (request(b"/briefings/", headers=b"X-A: \xff\xfe\x00\r\n"), {200}),
    "nul-in-request-line": (request(b"/briefings/\x00"), {400, 404}),
    "control-characters": (request(b"/briefings/\x01\x1b\x7f"), {400, 404}),
    "percent-zz": (request(b"/briefings/%zz"), {404}),
    "lone-percent": (request(b"/briefings/%"), {404}),
    "truncated-percent": (request(b"/briefings/index.html%2"), {404}),
    "overlong-utf-8": (request(b"/briefings/%c0%ae"), {404}),
    "encoded-nul": (request(b"/briefings/%00"), {404}),
    "encoded-nul-in-name": (request(b"/briefings/index.html%00.txt"), {404}),
    "invalid-utf-8": (request(b"/briefings/%ff%fe%fd"), {404}),
    "encoded-surrogate": (request(b"/briefings/%ed%a0%80"), {404}),
    "raw-non-utf-8": (request(b"/briefings/\xff\xfe"), {404}),
    "encoded-crlf": (request(b"/briefings/%0d%0aSet-Cookie:%20x=1"), {404}),
    "absolute-form": (request(b"http://127.0.0.1/briefings/"), {404}),
    "asterisk": (request(b"*"), {404}),
    "post-with-body": (
        request(b"/briefings/", b"POST", b"Content-Length: 5\r\n") + b"a=b&c",
        {501},
    ),
    "post-expecting-100": (
        request(b"/briefings/", b"POST", b"Content-Length: 5\r\nExpect: 100-continue\r\n"),
        {501},
    ),
    "put": (request(b"/briefings/index.html", b"PUT", b"Content-Length: 0\r\n"), {405, 501}),
    "delete": (request(b"/briefings/index.html", b"DELETE"), {405, 501}),
    "options": (request(b"/briefings/", b"OPTIONS"), {405, 501}),
    "options-asterisk": (request(b"*", b"OPTIONS"), {405, 501}),
    "trace": (request(b"/briefings/", b"TRACE"), {405, 501}),
    "connect": (request(b"example.org:443", b"CONNECT"), {405, 501}),
    "patch": (request(b"/briefings/", b"PATCH"), {405, 501}),
    "lowercase-get": (request(b"/briefings/", b"get"), {405, 501}),
    "made-up-method": (request(b"/briefings/", b"BREW"), {405, 501}),
    "method-named-like-a-helper": (request(b"/briefings/", b"_answer"), {405, 501}),
}


@pytest.mark.parametrize("data, allowed", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_malformed_request_gets_a_clean_refusal(
    shared: Running, server_log: None, data: bytes, allowed: set[int]
) -> None:
    answer = exchange(shared.port, data)
    if not answer:
        assert CLOSED in allowed, "closed without an answer"
    else:
        assert answer.startswith(b"HTTP/1."), f"not an HTTP response: {answer[:100]!r}"
        final = replies(answer, head_only=data.startswith(b"HEAD"))[-1]
        assert final.status in allowed
    assert b"Traceback" not in answer
    still_serving(shared.port)


@pytest.mark.parametrize(
    "headers, query",
    [
        (b"Last-Event-ID: \xb2\r\n", b""),  # a superscript two: str.isdigit() says yes
        (b"Last-Event-ID: " + b"9" * 5000 + b"\r\n", b""),  # more digits than int() takes
        (b"Last-Event-ID: -1\r\n", b""),
        (b"Last-Event-ID: 1e9\r\n", b""),
        (b"", b"?v=\xb2"),
        (b"", b"?v=" + b"9" * 5000),
        (b"", b"?v=%31&v=&v"),
    ],
    ids=["superscript", "huge", "negative", "exponent", "query-superscript", "query-huge", "odd"],
)
def test_a_nonsense_build_version_counts_as_none(
    shared: Running, server_log: None, headers: bytes, query: bytes
) -> None:
    """A page that says nothing sensible about its build is told to reload to the latest."""
    with connect(shared.port) as connection:
        connection.sendall(b"GET /__briefing__/events%s HTTP/1.1\r\n%s\r\n" % (query, headers))
        received = b""
        while b"event: reload" not in received:
            chunk = connection.recv(4096)
            assert chunk, f"the stream ended: {received!r}"
            received += chunk
    assert received.startswith(b"HTTP/1.1 200 ")
    assert b"id: 1\n" in received
    still_serving(shared.port)


def test_a_body_on_a_get_is_never_taken_for_the_next_request(running: Running) -> None:
    smuggled = b"GET /briefings/static/briefing.css HTTP/1.1\r\nHost: x\r\n\r\n"
    with_length = b"GET /briefings/ HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n%s" % (
        len(smuggled),
        smuggled,
    )
    chunked = (
        b"GET /briefings/ HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
        + b"%x\r\n%s\r\n0\r\n\r\n" % (len(smuggled), smuggled)
    )
    for data in (with_length, chunked):
        answered = replies(exchange(running.port, data))
        assert [reply.status for reply in answered] == [200]
        assert answered[0].headers.get("connection") == "close"
    still_serving(running.port)


def test_a_head_request_for_the_event_stream_is_only_a_head(running: Running) -> None:
    answer = exchange(running.port, request(b"/__briefing__/events", b"HEAD"))
    [reply] = replies(answer, head_only=True)
    assert reply.status == 200 and reply.headers["content-type"] == "text/event-stream"
    assert answer.endswith(b"\r\n\r\n")  # nothing after the head
    still_serving(running.port)


def test_a_folder_with_a_non_latin_name_redirects_with_an_encoded_location(
    server_log: None,
) -> None:
    """Slugs keep non-Latin scripts, and a Location header must still be ASCII."""
    files = {"briefings/ガザ/index.html": b"<p>Gaza</p>", "index.html": b"<p>home</p>"}
    with serving(files, mount="/news/") as port:
        encoded = urllib.parse.quote("/news/briefings/ガザ").encode()
        [reply] = replies(exchange(port, request(encoded)))
        assert reply.status == 301
        assert reply.headers["location"] == urllib.parse.quote("/news/briefings/ガザ/")
        assert fetch(port, "/news/briefings/ガザ/") == (200, b"<p>Gaza</p>")


# ---------------------------------------------------------------- path traversal

# Every path names something outside the built site: a file next to the site's source
# folder, site.yaml, an article's source, /etc/passwd, or the site above its mount.
TRAVERSALS = [
    b"/briefings/../secret.txt",
    b"/briefings/../../secret.txt",
    b"/briefings/static/../../site.yaml",
    b"/briefings/..%2fsecret.txt",
    b"/briefings/..%2F..%2Fsecret.txt",
    b"/briefings/%2e%2e/secret.txt",
    b"/briefings/%2e%2e%2fsecret.txt",
    b"/briefings/%2E%2E%2F%2E%2E%2Fsecret.txt",
    b"/briefings/.%2e/secret.txt",
    b"/briefings/%252e%252e/secret.txt",
    b"/briefings/%252e%252e%252fsecret.txt",
    b"/briefings/%25252e%25252e%25252fsecret.txt",
    b"/briefings/..\\secret.txt",
    b"/briefings/..\\..\\site.yaml",
    b"/briefings/..%5csecret.txt",
    b"/briefings/%5c..%5c..%5csecret.txt",
    b"/briefings/%2e%2e%5csecret.txt",
    b"/briefings/%c0%ae%c0%ae/secret.txt",
    b"/briefings/%c0%ae%c0%ae%c0%afsecret.txt",
    b"/briefings/%e0%80%ae%e0%80%ae/secret.txt",
    b"/briefings/%c0%2e%c0%2e/secret.txt",
    b"/briefings/%uff0e%uff0e/secret.txt",
    b"/briefings/%u002e%u002e/secret.txt",
    "/briefings/．．/secret.txt".encode(),  # fullwidth full stops, raw UTF-8
    b"/briefings/%ef%bc%8e%ef%bc%8e/secret.txt",  # and encoded
    b"/briefings/%ef%bc%8e%ef%bc%8e%ef%bc%8fsecret.txt",  # with a fullwidth solidus
    b"/briefings/%e2%80%a4%e2%80%a4/secret.txt",  # one-dot leaders
    b"/briefings/%ef%b9%92%ef%b9%92/secret.txt",  # small full stops
    b"/briefings/%e3%80%82%e3%80%82/secret.txt",  # ideographic full stops
    b"/briefings/..%ef%bc%bcsecret.txt",  # fullwidth reverse solidus
    b"//etc/passwd",
    b"///etc/passwd",
    b"/%2fetc%2fpasswd",
    b"/briefings//etc/passwd",
    b"/briefings/%2fetc/passwd",
    b"/briefings/../../../../../../../../etc/passwd",
    b"/../../../../etc/passwd",
    b"/briefings/./../secret.txt",
    b"/briefings/./././../secret.txt",
    b"/briefings/static/./../.././secret.txt",
    b"/briefings/....//secret.txt",
    b"/briefings/..;/secret.txt",
    b"/briefings/%00../secret.txt",
    b"/briefings/..%00/secret.txt",
    b"/briefings/static/briefing.css/../../../secret.txt",
    b"/__briefing__/../secret.txt",
    b"/__briefing__/..%2f..%2fsecret.txt",
    b"/__briefing__/livereload.js/../../site.yaml",
    b"/__briefing__/..%2fbriefings/../secret.txt",
    b"/secret.txt",
    b"/site.yaml",
    b"/small-site/site.yaml",
    b"/content/harbour-ferry-returns.md",
    b"/briefings%2f..%2fsite.yaml",
    b"/briefings..%2fsite.yaml",
    b"/briefingsx/../site.yaml",
    b"/briefings/..",
    b"/briefings/%2e%2e",
    b"file:///etc/passwd",
    b"http://127.0.0.1/../secret.txt",
    b"secret.txt",
    b"../secret.txt",
]


class OpenedFiles:
    """Files opened by this process while recording, as the interpreter reports them."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.recording = threading.Event()
        sys.addaudithook(self._hook)  # hooks cannot be removed; this one idles after use

    def _hook(self, event: str, arguments: tuple[Any, ...]) -> None:
        if event == "open" and self.recording.is_set() and isinstance(arguments[0], str | bytes):
            self.paths.append(str(arguments[0]))


@pytest.fixture(scope="session")
def opened_files() -> OpenedFiles:
    return OpenedFiles()


@pytest.fixture
def planted(small_site: Path) -> None:
    """The secret next to the site's source folder, and inside it (outside the output)."""
    for place in (small_site.parent, small_site):
        (place / "secret.txt").write_text(SECRET, "utf-8")


def test_no_path_in_any_encoding_leaves_the_site(
    running: Running, planted: None, opened_files: OpenedFiles, small_site: Path
) -> None:
    escaped: list[str] = []
    opened_files.recording.set()
    try:
        (small_site / "secret.txt").read_bytes()  # the recorder sees what is opened
        assert str(small_site / "secret.txt") in opened_files.paths
        opened_files.paths.clear()
        for path in TRAVERSALS:
            for method in (b"GET", b"HEAD"):
                answer = exchange(running.port, request(path, method))
                if not answer:
                    continue  # closed without an answer is a refusal too
                [reply] = replies(answer, head_only=method == b"HEAD")
                inside = reply.status == 301 and reply.headers["location"].startswith(MOUNT)
                if reply.status not in (400, 404) and not inside:
                    escaped.append(f"{method.decode()} {path!r}: {reply.status}")
                if any(marker in answer for marker in OUTSIDE_MARKERS):
                    escaped.append(f"{method.decode()} {path!r}: served a file outside")
    finally:
        opened_files.recording.clear()
    assert not escaped
    # Requests are answered from memory: nothing under the site's folder was even opened.
    read = [p for p in opened_files.paths if p.startswith(str(small_site.parent))]
    assert not read
    still_serving(running.port)


def test_paths_inside_the_site_still_work_in_every_spelling(running: Running) -> None:
    files = site_files(running)
    css = files[f"{MOUNT}static/briefing.css"]
    for path in (
        b"/briefings/static/briefing.css",
        b"/briefings/./static/./briefing.css",
        b"/briefings//static//briefing.css",
        b"/briefings/%73tatic/briefing%2Ecss",
        b"/briefings/static%2fbriefing.css",
    ):
        [reply] = replies(exchange(running.port, request(path)))
        assert (reply.status, reply.body) == (200, css), path


# ---------------------------------------------------------------- stopping


def wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 4 * HANG
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def test_stopping_with_clients_connected_is_quick_and_frees_the_port(
    small_site: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # Long enough that nothing below ends by timing out: the stop itself must end it all.
    monkeypatch.setattr(PreviewHandler, "timeout", 120.0)
    port = free_port()
    stop = threading.Event()
    with caplog.at_level(logging.INFO, logger="generator"):
        thread = threading.Thread(target=serve, args=(ServeOptions(small_site, port=port), stop))
        thread.start()
        wait_for(lambda: "serving http" in caplog.text, "the first build")
        streams = [EventStream(port, version=1) for _ in range(100)]
        silent = connect(port)
        slow = connect(port)
        slow.sendall(b"GET /briefings/ HTTP/1.1\r\nHo")
        kept = connect(port)
        kept.sendall(b"GET /briefings/ HTTP/1.1\r\nHost: x\r\n\r\n")
        still_serving(port)
        connections = [stream.socket for stream in streams] + [silent, slow, kept]
        try:
            stop.set()
            thread.join(timeout=HANG)
            assert not thread.is_alive(), "serve() did not return"
            for connection in connections:
                read_to_end(connection)  # each one is closed by the server, promptly
        finally:
            for connection in connections:
                connection.close()
    assert "stopped" in caplog.text
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0  # nobody listens any more
    PreviewServer(("127.0.0.1", port), PreviewState()).server_close()  # and it can be bound


# ---------------------------------------------------------------- loopback


def test_the_command_listens_on_loopback_unless_told_otherwise(
    small_site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[ServeOptions] = []
    monkeypatch.setattr(cli, "serve", asked.append)
    assert cli.main(["serve", "--source", str(small_site)]) == 0
    assert cli.main(["serve", "--source", str(small_site), "--host", "0.0.0.0"]) == 0
    assert [options.host for options in asked] == ["127.0.0.1", "0.0.0.0"]
    assert ServeOptions(small_site).host == "127.0.0.1"


@pytest.mark.parametrize(
    "host, exposed",
    [("127.0.0.1", False), ("localhost", False), ("0.0.0.0", True)],
)
def test_only_listening_beyond_loopback_is_warned_about(
    small_site: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    host: str,
    exposed: bool,
) -> None:
    servers: list[PreviewServer] = []
    real_open_server = preview_module.open_server

    def recording_open_server(*arguments: Any) -> PreviewServer:
        servers.append(real_open_server(*arguments))
        return servers[-1]

    monkeypatch.setattr(preview_module, "open_server", recording_open_server)
    stop = threading.Event()
    stop.set()  # build, listen, and stop at once
    with caplog.at_level(logging.INFO, logger="generator"):
        serve(ServeOptions(small_site, host=host, port=0), stop)
    [server] = servers
    bound = server.server_address[0]
    assert bound == ("0.0.0.0" if exposed else "127.0.0.1")
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    if exposed:
        assert warnings == [
            f"warning: serving on {host}: other machines on the network can read the preview"
        ]
    else:
        assert warnings == []


@pytest.mark.parametrize(
    "host, exposed",
    [
        ("127.0.0.1", False),
        ("127.0.0.2", False),
        ("::1", False),
        ("localhost", False),
        ("LOCALHOST", False),
        ("localhost.", False),
        ("0.0.0.0", True),
        ("::", True),
        ("", True),
        ("192.168.1.20", True),
        ("10.0.0.1", True),
        ("fe80::1", True),
        ("my-laptop.local", True),
    ],
)
def test_which_hosts_are_reachable_from_the_network(host: str, exposed: bool) -> None:
    assert reachable_from_network(host) is exposed
