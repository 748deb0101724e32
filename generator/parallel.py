"""Running the analysis of many stories at once, in processes or on any executor.

The analysis of a story is a pure function of its inputs, so stories can be analysed in
any order, anywhere, and the results are the same as one after the other in this
process. A process pool uses the machine's cores; any `concurrent.futures.Executor`
(a Dask cluster's, say) can be given instead. Small jobs stay in this process: starting
workers costs more than it saves.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Fewer tasks than this are run here, not in worker processes.
_POOL_MIN_TASKS = 4


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def run_all(
    function: Callable[[T], R],
    tasks: Sequence[T],
    jobs: int,
    executor: Executor | None = None,
    done: Callable[[int], None] = lambda count: None,
) -> list[R]:
    """`function` applied to every task, results in task order; `done(1)` is called as
    each result comes in."""
    if executor is not None and tasks:
        return _collect(executor.map(function, tasks), done)
    if jobs <= 1 or len(tasks) < _POOL_MIN_TASKS:
        return _collect((function(task) for task in tasks), done)
    workers = min(jobs, len(tasks))
    # Chunks of several stories amortise sending the inputs to the workers.
    chunk = max(1, len(tasks) // (workers * 4))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return _collect(pool.map(function, tasks, chunksize=chunk), done)


def _collect(results: Iterable[R], done: Callable[[int], None]) -> list[R]:
    collected = []
    for result in results:
        collected.append(result)
        done(1)
    return collected
