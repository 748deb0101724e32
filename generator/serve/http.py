"""The preview's HTTP server: the site from memory, mounted at the base URL's path.

It behaves like GitHub Pages, so what works here works there: `folder` redirects to
`folder/`, `folder/` serves its index.html, a missing page gets 404.html with status 404,
and nothing outside the mount exists. Only the current snapshot is reachable: requests
never touch the disk, so no path can escape the site. Two extra addresses under
/__briefing__/ serve the live-reload script and its server-sent events.

Clients cannot hold it hostage: each connection has its own thread, a request's head must
arrive within the handler's `timeout` (however slowly it trickles in), a response a client
stops reading is abandoned after the same time, and closing the server ends every
connection still open, event streams included.
"""

from __future__ import annotations

import contextlib
import http.server
import io
import json
import logging
import re
import socket
import socketserver
import sys
import threading
import time
from http import HTTPStatus
from importlib import resources
from typing import Any

from generator.serve.snapshot import (
    EVENTS_PATH,
    SCRIPT_PATH,
    content_type,
    site_path,
    url_of,
)
from generator.serve.state import Change, PreviewState

log = logging.getLogger(__name__)

# A request arriving during a build waits for it, but not forever.
_BUILD_WAIT_SECONDS = 60.0
# Comments sent on idle event streams: they reveal closed connections and keep proxies
# from timing out.
_KEEPALIVE_SECONDS = 15.0
# Ordinary network events that are not errors of the preview.
_DISCONNECTS = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError)
# Responses go out in pieces of this size, so the timeout bounds each piece: a slow but
# steady reader gets a large file, a reader that stopped is dropped.
_WRITE_PIECE = 64 * 1024
# A build version as a page reports it: plain digits, few enough for int() and for sense.
_VERSION = re.compile(r"[0-9]{1,18}")


class PreviewServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    # Port reuse after a restart, but never two servers on one port (no SO_REUSEPORT).
    allow_reuse_address = True
    # A page load opens many connections at once; with the default backlog of 5 the rest
    # of a burst is dropped and each client retries only after a second or more. The
    # system's maximum (the kernel caps it further).
    request_queue_size = socket.SOMAXCONN

    def __init__(self, address: tuple[str, int], state: PreviewState) -> None:
        self.state = state
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        self.script = resources.files("generator.serve").joinpath("livereload.js").read_bytes()
        family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.address_family = family
        super().__init__(address, PreviewHandler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks the host name up in DNS, which can hang offline.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = str(self.server_address[0]), self.server_address[1]

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        # Forgotten before it is closed, so server_close never touches a reused descriptor.
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def server_close(self) -> None:
        """Stop listening and end every open connection: idle, slow, or streaming events."""
        super().server_close()
        with self._connections_lock:
            for connection in self._connections:
                # Wakes the connection's thread, which then closes it; OSError: already gone.
                with contextlib.suppress(OSError):
                    connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A browser closing a tab mid-response is normal; anything else is logged, briefly.
        error = sys.exc_info()[1]
        if isinstance(error, _DISCONNECTS):
            return
        log.warning("preview server: %s while answering %s", error, client_address[0])


class PreviewHandler(http.server.BaseHTTPRequestHandler):
    server: PreviewServer
    protocol_version = "HTTP/1.1"
    # A request too broken to state its version still gets its error with a status line;
    # the default, HTTP/0.9, would send the error page bare.
    default_request_version = "HTTP/1.0"
    server_version = "briefing-preview"
    # Headers and body go out in separate writes; with Nagle's algorithm the body would
    # wait for the browser's delayed ACK, 40 ms on every response.
    disable_nagle_algorithm = True
    # Seconds a client gets to send a whole request head, counted from when the server
    # starts waiting for it (so it is also how long a kept-alive connection may idle), and
    # to take each piece of a response. Event streams only write after their request, so
    # they stay open for as long as the browser reads them.
    timeout = 30.0
    _reader: _DeadlineReader

    def setup(self) -> None:
        super().setup()
        self.rfile.close()  # replaced by reads that share a deadline
        self._reader = _DeadlineReader(self.connection, self.timeout)
        self.rfile = io.BufferedReader(self._reader)

    def handle_one_request(self) -> None:
        self._reader.start()
        super().handle_one_request()

    def parse_request(self) -> bool:
        words = str(self.raw_requestline, "iso-8859-1").rstrip("\r\n").split()
        if len(words) != 2:
            return super().parse_request()
        # An HTTP/0.9 request ("GET /path"): no browser sends one, and its answer could
        # carry no status. Refused at once, instead of waiting for headers it never sends.
        self.command, self.request_version = None, self.default_request_version
        self.requestline = " ".join(words)
        self.close_connection = True
        self.send_error(HTTPStatus.BAD_REQUEST, "HTTP/0.9 requests are not supported")
        return False

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("preview: %s %s", self.address_string(), format % args)

    def _answer(self, send_body: bool) -> None:
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if self._has_body():
            # The body is never read, so the bytes after it cannot be trusted to start the
            # next request: answer this one and close.
            self.close_connection = True
        try:
            if path == SCRIPT_PATH:
                self._send(200, "text/javascript; charset=utf-8", self.server.script, send_body)
            elif path == EVENTS_PATH:
                self._events(send_body)
            else:
                self._site_file(path, send_body)
        except _DISCONNECTS:
            self.close_connection = True

    def _has_body(self) -> bool:
        length = self.headers.get("Content-Length", "0").strip()
        return length != "0" or "Transfer-Encoding" in self.headers

    def _site_file(self, path: str, send_body: bool) -> None:
        snapshot = self.server.state.current(_BUILD_WAIT_SECONDS)
        if snapshot is None:
            self._send(503, "text/plain; charset=utf-8", b"The site is being built.\n", send_body)
            return
        mount = snapshot.mount
        wanted = site_path(path, mount)
        if wanted is None:
            if path == "/":
                # The site lives under its base path, as when published.
                self._redirect(url_of("", mount))
                return
            self._not_found(send_body)
            return
        if (wanted == "" or snapshot.is_folder(wanted)) and not path.endswith("/"):
            self._redirect(url_of(wanted + "/" if wanted else "", mount))
            return
        found = snapshot.resolve(wanted)
        if found is None:
            self._not_found(send_body)
            return
        self._send(200, content_type(found), snapshot.files[found], send_body)

    def _not_found(self, send_body: bool) -> None:
        snapshot = self.server.state.current(_BUILD_WAIT_SECONDS)
        page = snapshot.files.get("404.html") if snapshot else None
        if page is None:
            self._send(404, "text/plain; charset=utf-8", b"Not found.\n", send_body)
        else:
            self._send(404, "text/html; charset=utf-8", page, send_body)

    def _start(self, status: int) -> None:
        self.send_response(status)
        if self.close_connection:
            self.send_header("Connection", "close")

    def _redirect(self, location: str) -> None:
        self._start(301)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send(self, status: int, media_type: str, body: bytes, send_body: bool) -> None:
        self._start(status)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        # Every reload must show the latest build, never a cached one.
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if send_body:
            view = memoryview(body)
            for start in range(0, len(view), _WRITE_PIECE):
                self.wfile.write(view[start : start + _WRITE_PIECE])

    def _events(self, send_body: bool) -> None:
        """Server-sent events: what each build did, until the browser goes away."""
        state = self.server.state
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        if not send_body:
            return
        seen = self._seen_version()
        self._write_event_text("retry: 1000\n\n")
        first = self._catch_up(seen)
        if first is not None:
            self._write_change(first)
            seen = first.version
        while not state.closed:
            change = state.next_change(seen, _KEEPALIVE_SECONDS)
            if change is None:
                if state.closed:
                    return
                self._write_event_text(": still here\n\n")
                continue
            self._write_change(change)
            seen = change.version

    def _seen_version(self) -> int:
        """The build the page shows: from the reconnect header, else from the query."""
        header = self.headers.get("Last-Event-ID", "")
        query = self.path.partition("?")[2]
        for candidate in (header, *(p[2:] for p in query.split("&") if p.startswith("v="))):
            if _VERSION.fullmatch(candidate):
                return int(candidate)
        return 0

    def _catch_up(self, seen: int) -> Change | None:
        """What a page that just connected has missed, if anything."""
        state = self.server.state
        snapshot = state.current(_BUILD_WAIT_SECONDS)
        # Read after the wait: a build that finished during it is the latest change, and
        # naming the one before it would make the page reload twice for one build.
        latest = state.latest_change()
        if snapshot is not None and snapshot.version > seen:
            return Change(latest.version, "reload")
        if latest.kind == "failed" and latest.version > seen:
            return latest
        return None

    def _write_change(self, change: Change) -> None:
        data = json.dumps({"paths": list(change.paths), "messages": list(change.messages)})
        self._write_event_text(f"id: {change.version}\nevent: {change.kind}\ndata: {data}\n\n")

    def _write_event_text(self, text: str) -> None:
        self.wfile.write(text.encode("utf-8"))
        self.wfile.flush()


class _DeadlineReader(io.RawIOBase):
    """A connection's reads, which share one deadline per request head.

    A timeout on each read alone lets a client that sends a byte now and then hold its
    connection for ever; a deadline for the whole head does not. Writes keep the plain
    timeout, so the socket's own timeout is put back after each read.
    """

    def __init__(self, connection: socket.socket, timeout: float | None) -> None:
        self._connection = connection
        self._timeout = timeout
        self._deadline: float | None = None

    def start(self) -> None:
        """A new request head is awaited: its time runs from now."""
        if self._timeout is not None:
            self._deadline = time.monotonic() + self._timeout

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._deadline is None:
            return self._connection.recv_into(buffer)
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the request's head did not arrive in time")
        self._connection.settimeout(left)
        try:
            return self._connection.recv_into(buffer)
        finally:
            self._connection.settimeout(self._timeout)
