"""The preview's HTTP server: the site from memory, mounted at the base URL's path.

It behaves like GitHub Pages, so what works here works there: `folder` redirects to
`folder/`, `folder/` serves its index.html, a missing page gets 404.html with status 404,
and nothing outside the mount exists. Only the current snapshot is reachable: requests
never touch the disk, so no path can escape the site. Two extra addresses under
/__briefing__/ serve the live-reload script and its server-sent events.
"""

from __future__ import annotations

import http.server
import json
import logging
import socket
import socketserver
import sys
from importlib import resources
from typing import Any

from generator.serve.snapshot import (
    EVENTS_PATH,
    SCRIPT_PATH,
    content_type,
    site_path,
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


class PreviewServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    # Port reuse after a restart, but never two servers on one port (no SO_REUSEPORT).
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], state: PreviewState) -> None:
        self.state = state
        self.script = resources.files("generator.serve").joinpath("livereload.js").read_bytes()
        family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.address_family = family
        super().__init__(address, PreviewHandler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks the host name up in DNS, which can hang offline.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = str(self.server_address[0]), self.server_address[1]

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A browser closing a tab mid-response is normal; anything else is logged, briefly.
        error = sys.exc_info()[1]
        if isinstance(error, _DISCONNECTS):
            return
        log.warning("preview server: %s while answering %s", error, client_address[0])


class PreviewHandler(http.server.BaseHTTPRequestHandler):
    server: PreviewServer
    protocol_version = "HTTP/1.1"
    server_version = "briefing-preview"
    # Headers and body go out in separate writes; with Nagle's algorithm the body would
    # wait for the browser's delayed ACK, 40 ms on every response.
    disable_nagle_algorithm = True

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("preview: %s %s", self.address_string(), format % args)

    def _answer(self, send_body: bool) -> None:
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        try:
            if path == SCRIPT_PATH:
                self._send(200, "text/javascript; charset=utf-8", self.server.script, send_body)
            elif path == EVENTS_PATH:
                self._events()
            else:
                self._site_file(path, send_body)
        except _DISCONNECTS:
            self.close_connection = True

    def _site_file(self, path: str, send_body: bool) -> None:
        snapshot = self.server.state.current(_BUILD_WAIT_SECONDS)
        if snapshot is None:
            self._send(503, "text/plain; charset=utf-8", b"The site is being built.\n", send_body)
            return
        mount = snapshot.mount
        wanted = site_path(path, mount)
        if wanted is None:
            if path == "/":
                self._redirect(mount)  # the site lives under its base path, as when published
                return
            self._not_found(send_body)
            return
        if (wanted == "" or snapshot.is_folder(wanted)) and not path.endswith("/"):
            self._redirect(mount + wanted + "/" if wanted else mount)
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

    def _redirect(self, location: str) -> None:
        self.send_response(301)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send(self, status: int, media_type: str, body: bytes, send_body: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        # Every reload must show the latest build, never a cached one.
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def _events(self) -> None:
        """Server-sent events: what each build did, until the browser goes away."""
        state = self.server.state
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
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
            if candidate.isdigit():
                return int(candidate)
        return 0

    def _catch_up(self, seen: int) -> Change | None:
        """What a page that just connected has missed, if anything."""
        state = self.server.state
        latest = state.latest_change()
        snapshot = state.current(_BUILD_WAIT_SECONDS)
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
