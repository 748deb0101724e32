"""`briefing serve`: build, serve from memory, watch, rebuild, tell the browser.

The preview builds with the normal pipeline, without writing (`site/` is left alone),
and keeps a BuildCache across rebuilds: an edited article re-analyses its story only; a
template edit re-renders without re-analysing. Each finished build becomes a Snapshot
the server swaps in whole. The browser is told whether to reload, to refresh its
stylesheets (when nothing but CSS changed), or to show the failure over the last good
page.
"""

from __future__ import annotations

import errno
import ipaddress
import logging
import signal
import threading
import time
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator.build import BuildOptions, BuildResult, build
from generator.cache import BuildCache
from generator.config import load_config
from generator.diagnostics import BuildFailed, Diagnostics
from generator.render.urls import base_path
from generator.serve.http import PreviewServer
from generator.serve.snapshot import Snapshot, changed_paths, snapshot_of
from generator.serve.state import Change, PreviewState
from generator.serve.watch import Debouncer, SourceWatcher

log = logging.getLogger(__name__)

_PORTS_TRIED_FOR_A_SUGGESTION = 20


class ServeError(Exception):
    """The preview cannot start; the message says why and what to do."""


@dataclass(frozen=True)
class ServeOptions:
    source: Path
    host: str = "127.0.0.1"
    port: int = 8000
    poll: bool = False
    open_browser: bool = False


@dataclass(frozen=True)
class BuildOutcome:
    """What one (re)build did, for the terminal and for tests."""

    change: Change
    seconds: float
    result: BuildResult | None
    diagnostics: Diagnostics
    changed: frozenset[Path]
    """The files whose change started the build (empty for the first)."""


class Preview:
    """The site being previewed: its builds and what the server shows of them."""

    def __init__(
        self,
        source: Path,
        origin: str,
        state: PreviewState,
        on_build: Callable[[BuildOutcome], None] = lambda outcome: None,
    ) -> None:
        self.source = source
        self.origin = origin
        """`http://host:port`, where the server listens."""
        self.state = state
        self.cache = BuildCache()
        self.mount = "/"
        self._on_build = on_build
        self._version = 0
        self._snapshot: Snapshot | None = None
        self._failed = False
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return self.origin + self.mount

    def rebuild(self, changed: frozenset[Path] = frozenset()) -> BuildOutcome:
        """Build now and publish the result; one build at a time."""
        with self._lock:
            self.state.start_build()
            started = time.perf_counter()
            self._version += 1
            self.mount = self._mount()
            try:
                # Feeds, canonical links and the 404 page point at the preview itself.
                options = BuildOptions(
                    self.source, base_url=self.url, write=False, cache=self.cache
                )
                result = build(options)
            except BuildFailed as failure:
                outcome = self._failed_build(failure.diagnostics, started, changed)
            except Exception:
                # A bug, not bad input: the preview keeps serving the last good site.
                self._failed_build(Diagnostics(), started, changed)
                raise
            else:
                outcome = self._good_build(result, started, changed)
        self._on_build(outcome)
        return outcome

    def watched(self) -> tuple[list[Path], list[Path]]:
        """(folders, files) whose changes can change the site."""
        config = load_config(self.source, Diagnostics())
        return [config.content_dir, config.templates_dir], [config.config_path]

    def _mount(self) -> str:
        """The base URL's path, so the preview exercises the same sub-path as the site."""
        config = load_config(self.source, Diagnostics())
        return base_path(config.base_url)

    def _good_build(
        self, result: BuildResult, started: float, changed: frozenset[Path]
    ) -> BuildOutcome:
        snapshot = snapshot_of(result.files, self._version, self.mount)
        different = changed_paths(self._snapshot, snapshot)
        only_css = bool(different) and all(path.endswith(".css") for path in different)
        same_place = self._snapshot is not None and self._snapshot.mount == snapshot.mount
        if only_css and same_place and not self._failed:
            change = Change(self._version, "css", tuple(sorted(different)))
        else:
            change = Change(self._version, "reload")
        self._snapshot = snapshot
        self._failed = False
        self.state.publish(snapshot, change)
        seconds = time.perf_counter() - started
        return BuildOutcome(change, seconds, result, result.diagnostics, changed)

    def _failed_build(
        self, diagnostics: Diagnostics, started: float, changed: frozenset[Path]
    ) -> BuildOutcome:
        cwd = Path.cwd()
        messages = tuple(d.format(cwd) for d in diagnostics.errors) or (
            "briefing stopped on an internal error; see the terminal",
        )
        change = Change(self._version, "failed", messages=messages)
        self._failed = True
        self.state.fail(change)
        return BuildOutcome(change, time.perf_counter() - started, None, diagnostics, changed)


def open_server(host: str, port: int, state: PreviewState) -> PreviewServer:
    """The listening server; a taken port is a clear error with a free one suggested."""
    try:
        return PreviewServer((host, port), state)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            free = _free_port(host, port)
            hint = f"; try --port {free}" if free else "; choose another with --port"
            raise ServeError(
                f"port {port} on {host} is already in use (another `briefing serve`?){hint}"
            ) from None
        raise ServeError(
            f"cannot listen on {host}:{port}: {exc.strerror or exc}; "
            "check --host (127.0.0.1 is this machine only) and --port"
        ) from None


def serve(options: ServeOptions, stop: threading.Event | None = None) -> None:
    """Run the preview until Ctrl-C, `kill`, or until `stop` is set.

    Ctrl-C may come at any moment, the first build included; whatever has started by
    then is stopped in order, and the command ends without a traceback.
    """
    _warn_if_exposed(options.host)
    state = PreviewState()
    server = open_server(options.host, options.port, state)
    stopper = stop or threading.Event()
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda signum, frame: stopper.set())
    started: list[Callable[[], None]] = [server.server_close, state.close]
    try:
        _run(options, server, state, stopper, started)
    except KeyboardInterrupt:
        pass
    finally:
        for stop_part in reversed(started):
            stop_part()
        log.info("stopped")


def _run(
    options: ServeOptions,
    server: PreviewServer,
    state: PreviewState,
    stopper: threading.Event,
    started: list[Callable[[], None]],
) -> None:
    """Build, watch and serve; each part started adds its stop to `started`."""
    origin = _origin(options.host, server.server_address[1])
    preview = Preview(options.source, origin, state, on_build=_report)
    first = preview.rebuild()
    watcher: SourceWatcher

    def on_change(changed: frozenset[Path]) -> None:
        preview.rebuild(changed)
        watcher.watch(*preview.watched())  # site.yaml may have moved content or templates

    debouncer = Debouncer(on_change)
    watcher = SourceWatcher(debouncer, options.poll)
    debouncer.start()
    started.append(debouncer.stop)
    watcher.watch(*preview.watched())
    started.append(watcher.stop)
    http_thread = threading.Thread(
        target=server.serve_forever,
        kwargs={"poll_interval": 0.1},
        name="briefing-http",
        daemon=True,
    )
    http_thread.start()
    started.append(server.shutdown)  # only once serve_forever runs: it waits for it
    log.info("serving %s (Ctrl-C to stop)", preview.url)
    if first.result is None:
        log.info("the first build failed: fix the errors above; the page shows them too")
    if options.open_browser:
        webbrowser.open(preview.url)
    while not stopper.wait(0.25):
        pass


def _report(outcome: BuildOutcome) -> None:
    cwd = Path.cwd()
    for diagnostic in outcome.diagnostics.warnings:
        log.warning("%s", diagnostic.format(cwd))
    if outcome.result is None:
        for diagnostic in outcome.diagnostics.errors:
            log.error("%s", diagnostic.format(cwd))
        log.error("the build failed; the preview keeps the last good site")
        return
    if not outcome.changed:
        return
    names = sorted(_shown(path, cwd) for path in outcome.changed)
    what = names[0] if len(names) == 1 else f"{len(names)} files"
    log.info(
        "%s changed: rebuilt in %.0f ms%s",
        what,
        outcome.seconds * 1000,
        " (stylesheet only)" if outcome.change.kind == "css" else "",
    )


def _shown(path: Path, cwd: Path) -> str:
    try:
        return str(path.relative_to(cwd))
    except ValueError:
        return str(path)


def _origin(host: str, port: int) -> str:
    shown = "localhost" if host in ("0.0.0.0", "::", "") else host
    return f"http://[{shown}]:{port}" if ":" in shown else f"http://{shown}:{port}"


def reachable_from_network(host: str) -> bool:
    """Whether listening on `host` lets other machines connect.

    Loopback addresses and the name localhost are this machine only; any other name is
    taken as reachable, since resolving it could hang offline and its address may change.
    """
    if host.lower().rstrip(".") == "localhost":
        return False
    try:
        return not ipaddress.ip_address(host).is_loopback
    except ValueError:
        return True


def _warn_if_exposed(host: str) -> None:
    if reachable_from_network(host):
        log.warning(
            "warning: serving on %s: other machines on the network can read the preview",
            host,
        )


def _free_port(host: str, taken: int) -> int | None:
    for port in range(taken + 1, taken + 1 + _PORTS_TRIED_FOR_A_SUGGESTION):
        try:
            PreviewServer((host, port), PreviewState()).server_close()
        except OSError:
            continue
        return port
    return None
