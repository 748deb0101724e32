"""Executors named on the command line: where the analysis of stories runs.

`--executor dask://HOST:PORT` sends each story's analysis to the workers of a running
Dask cluster; everything else (loading, cleaning, rendering, writing) stays on the
machine that runs the build. Dask is an optional extra (`pip install briefing[dask]`),
imported only when asked for.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Executor
from contextlib import contextmanager
from urllib.parse import urlsplit

DASK_SCHEMES = ("dask", "tcp", "tls")


class ExecutorError(Exception):
    """The executor cannot be used; the message says why and what to do."""


def check_executor_address(address: str) -> str:
    """`address` if it names an executor this build can use, else ExecutorError."""
    parts = urlsplit(address)
    if parts.scheme not in DASK_SCHEMES or not parts.hostname:
        raise ExecutorError(
            f"--executor: expected dask://HOST:PORT (a Dask scheduler), got {address!r}"
        )
    try:
        port = parts.port
    except ValueError:
        port = None
    if port is None:
        raise ExecutorError(f"--executor: {address!r} has no port; the scheduler's is 8786")
    return address


@contextmanager
def open_executor(address: str, timeout: float = 10.0) -> Iterator[Executor]:
    """An executor running on the Dask cluster whose scheduler is at `address`; waits
    up to `timeout` seconds for the scheduler to answer."""
    check_executor_address(address)
    try:
        from distributed import Client
    except ImportError:
        raise ExecutorError(
            "--executor dask://... needs Dask: pip install 'briefing[dask]'"
        ) from None
    parts = urlsplit(address)
    scheme = "tls" if parts.scheme == "tls" else "tcp"
    try:
        client = Client(f"{scheme}://{parts.netloc}", timeout=timeout)
    except OSError as exc:
        raise ExecutorError(
            f"--executor: cannot reach the Dask scheduler at {address}: {exc}; "
            "is `dask scheduler` running there?"
        ) from None
    try:
        # Each story is analysed once per build: no need for Dask to hash the inputs.
        yield client.get_executor(pure=False)
    finally:
        client.close()
