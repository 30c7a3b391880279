"""Map a function over contiguous chunks of articles in worker processes, and when that pays.

A stage whose work per article is independent of every other article (``quotes``: each text is
read alone) can run its chunks in parallel processes and join their results in chunk order; the
result is then the same as the one-process result, whatever the number of processes or chunks
(:func:`map_chunks` returns the results in the order of its arguments, never in the order the
workers finish). Determinism is the caller's duty in one respect: the function must carry no
state from one article to the next (a cache that only memoises a pure function is fine).

When it pays. Starting workers, sending each its chunk and its result back (pickled) costs
about 0.1–0.3 CPU s on a 2-core machine (fork on Linux; spawn, used on macOS and Windows, also
imports the package in every worker: seconds more); a stage that reads 1–2 M characters a CPU
second breaks even near 0.5 M characters, so :func:`auto_processes` asks for more than one
process only above a threshold each stage measures (``benchmarks/README.md``). The gain is in
wall time and needs free cores: the CPU time grows a little, and where other sessions keep the
cores busy the scheduler gives a session no more CPU for having more processes. Processes, not
threads: the stages are pure-Python loops over ``re`` matches, which hold the GIL. Python's
``concurrent.futures.ProcessPoolExecutor`` (standard library) runs the workers; the start method
is chosen explicitly (:func:`start_method`) because Python 3.14 changes the Linux default from
fork to forkserver and macOS cannot fork safely. Each worker receives only its chunk.

Fallback to one process, with a logged note: inside a Dask worker (Dask schedules the
parallelism there), inside a daemonic process (it may not have children), or when the platform
has no working ``multiprocessing`` (no ``sem_open``, process creation refused).
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import logging
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any

from ._progress import progress_bar

log = logging.getLogger(__name__)

#: At most this many worker processes when the number is chosen automatically: beyond 4 the
#: pickling in the parent and memory grow while the gain on a laptop's cores flattens.
MAX_AUTO_PROCESSES = 4

#: Chunks per process: more chunks than processes keep both cores busy when one is slowed by
#: other work (the pool hands out the next chunk to whichever worker is free).
CHUNKS_PER_PROCESS = 4


#: Items of a loop between two passes of the collector over its young generations while
#: :func:`young_collections_only` holds (issue 15, eighth round: at 50–64 the passes took ≈ a third
#: of the automatic collector's CPU time in ``quotes``, with the garbage cycles of at most this
#: many texts alive).
COLLECT_EVERY = 64
_collect_every = 0  # COLLECT_EVERY while young_collections_only holds, else 0


@contextlib.contextmanager
def young_collections_only(every: int = COLLECT_EVERY) -> Iterator[None]:
    """Turn the garbage collector's automatic passes off while the block runs; the loops it runs
    over :func:`collected_every` then collect the young generations (``gc.collect(1)``) every
    ``every`` items instead.

    The automatic passes start after every ~700 new container objects (tuples, lists, dicts), and
    a loop that makes and frees millions of small tuples (the quotes extraction's tokens) starts
    hundreds of them, each walking the objects that are alive at that moment; between the items
    of a loop the previous item's garbage cycles are collected as well, in far fewer passes
    (Python's ``gc`` module: generations and thresholds). Nothing changes when the collector is
    already off or another such block holds; the collector is on again after the block (also
    when it raises), and the objects that survive reach the oldest generation as before.
    """
    global _collect_every
    if not gc.isenabled() or _collect_every:
        yield
        return
    gc.disable()
    _collect_every = every
    try:
        yield
    finally:
        _collect_every = 0
        gc.enable()


def collected_every(items: Iterable) -> Iterator:
    """``items``, with a pass over the young generations every :data:`COLLECT_EVERY` items while
    :func:`young_collections_only` holds (else just ``items``)."""
    for n, item in enumerate(items, 1):
        if _collect_every and n % _collect_every == 0:
            gc.collect(1)
        yield item


def available_cpus() -> int:
    """CPUs this process may run on (its affinity mask where the platform has one, e.g. under
    ``taskset`` or a container limit), at least 1."""
    if hasattr(os, "sched_getaffinity"):
        return max(len(os.sched_getaffinity(0)), 1)
    return max(os.cpu_count() or 1, 1)


def start_method() -> str:
    """The multiprocessing start method: ``NEWSFRAME_START_METHOD`` when set, else ``fork`` on
    Linux (the fastest: workers inherit the imported package and compiled patterns) and
    ``spawn`` elsewhere (macOS cannot fork safely after system frameworks start threads;
    Windows has no fork)."""
    import multiprocessing as mp

    wanted = os.environ.get("NEWSFRAME_START_METHOD", "").strip()
    methods = mp.get_all_start_methods()
    if wanted:
        if wanted not in methods:
            raise ValueError(f"NEWSFRAME_START_METHOD={wanted!r}; this platform has {methods}")
        return wanted
    return "fork" if sys.platform.startswith("linux") and "fork" in methods else "spawn"


def _no_children_reason() -> str | None:
    """Why this process should not start workers, or None."""
    try:
        import multiprocessing as mp
    except ImportError:  # pragma: no cover - stripped-down Python builds
        return "multiprocessing is not available"
    if mp.current_process().daemon:
        return "this is a daemonic process (it may not start workers)"
    if "distributed" in sys.modules:
        try:
            from distributed import get_worker

            get_worker()
            return "this runs inside a Dask worker"
        except (ImportError, ValueError):
            pass
    return None


def _in_worker() -> bool:
    """True in a process started by ``multiprocessing`` (a pool's worker, or a spawned child
    re-importing the main module): automatic parallelism stays off there, so nothing nests."""
    import multiprocessing as mp

    return mp.parent_process() is not None or mp.current_process().name != "MainProcess"


def auto_processes(size: int, *, min_size: int, processes: int | None = None,
                   n_items: int | None = None) -> int:
    """How many processes to use for ``size`` units of work (e.g. characters of text).

    Parameters
    ----------
    size : int
        The amount of work, in the unit of ``min_size``.
    min_size : int
        The break-even measured for the stage: below it, one process.
    processes : int, optional
        The caller's choice: ``None`` (automatic: up to ``min(available CPUs, 4)`` when
        ``size >= min_size``, never inside a worker process), 1 (off) or a number of processes.
    n_items : int, optional
        The number of indivisible items (articles): never more processes than items.

    Returns
    -------
    int
        At least 1.

    Examples
    --------
    >>> auto_processes(10_000, min_size=1_000_000)
    1
    >>> auto_processes(10_000, min_size=1_000_000, processes=2)
    2
    """
    if processes is not None:
        if int(processes) < 1:
            raise ValueError(f"processes must be None or at least 1, got {processes!r}")
        n = int(processes)
    elif size < min_size or _in_worker():
        n = 1
    else:
        n = min(available_cpus(), MAX_AUTO_PROCESSES)
    if n_items is not None:
        n = min(n, max(n_items, 1))
    return n


def chunk_bounds(weights: Sequence[float], n_chunks: int,
                 keys: Sequence | None = None) -> list[tuple[int, int]]:
    """Cut ``range(len(weights))`` into at most ``n_chunks`` contiguous ``(start, stop)``
    pieces of about equal total weight (e.g. text length), never between two equal
    consecutive ``keys`` (the rows of one document stay in one chunk); empty pieces are dropped.

    Examples
    --------
    >>> chunk_bounds([5, 1, 1, 1, 1, 1], 2)
    [(0, 1), (1, 6)]
    >>> chunk_bounds([1, 1, 1, 1], 2, keys=["a", "a", "a", "b"])
    [(0, 3), (3, 4)]
    """
    n = len(weights)
    if n == 0:
        return []
    total = float(sum(weights)) or 1.0
    cuts = [0]
    acc = 0.0
    goal = 1
    for i, w in enumerate(weights):
        acc += w
        # cut after row i once the running total reaches the next share of the whole
        while goal < n_chunks and acc >= total * goal / n_chunks:
            goal += 1
            stop = i + 1
            while keys is not None and 0 < stop < n and keys[stop] == keys[stop - 1]:
                stop += 1
            if cuts[-1] < stop < n:
                cuts.append(stop)
    cuts.append(n)
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def map_chunks(func: Callable[..., Any], chunks: Sequence[tuple], *, processes: int,
               desc: str = "working", sizes: Sequence[int] | None = None) -> list:
    """``[func(*args) for args in chunks]``, computed in up to ``processes`` worker processes.

    Parameters
    ----------
    func : callable
        A module-level function (it is pickled by name for the workers).
    chunks : sequence of tuples
        The arguments of each call; each worker receives only the tuples it computes.
    processes : int
        1 computes in this process. More starts a ``ProcessPoolExecutor`` with the start method
        of :func:`start_method` (falling back to this process, with a logged note, where workers
        cannot be started: see the module docstring).
    desc : str
        Label of the progress bar (shown for large steps only).
    sizes : sequence of int, optional
        The number of articles in each chunk, for the progress bar.

    Returns
    -------
    list
        The results in the order of ``chunks``. An exception raised by ``func`` in a worker is
        raised here (the pool is shut down first, so no worker outlives the call).
    """
    sizes = list(sizes) if sizes is not None else [1] * len(chunks)
    if processes > 1 and len(chunks) > 1:
        reason = _no_children_reason()
        if reason is None:
            return _map_in_pool(func, chunks, processes, desc, sizes)
        log.info("%s: one process, since %s", desc, reason)
    with progress_bar(sum(sizes), desc) as bar:
        out = []
        for args, size in zip(chunks, sizes):
            out.append(func(*args))
            bar.update(size)
    return out


def _map_in_pool(func, chunks, processes, desc, sizes) -> list:
    import multiprocessing as mp

    try:
        context = mp.get_context(start_method())
        pool = ProcessPoolExecutor(max_workers=min(processes, len(chunks)), mp_context=context)
    except (ImportError, OSError, NotImplementedError) as err:
        log.info("%s: one process, since workers cannot be started (%s)", desc, err)
        return map_chunks(func, chunks, processes=1, desc=desc, sizes=sizes)
    # forked workers start with the parent's objects: frozen, the collector never walks them,
    # so their memory pages are not copied into each worker (the gc documentation's advice)
    gc.freeze()
    try:
        futures = [pool.submit(func, *args) for args in chunks]
    except OSError as err:  # a worker could not be started (fork refused, no memory)
        pool.shutdown(wait=True, cancel_futures=True)
        log.info("%s: one process, since workers cannot be started (%s)", desc, err)
        return map_chunks(func, chunks, processes=1, desc=desc, sizes=sizes)
    finally:
        gc.unfreeze()
    with pool, progress_bar(sum(sizes), desc) as bar:
        out = []
        try:
            for fut, size in zip(futures, sizes):
                out.append(fut.result())
                bar.update(size)
        except BaseException:
            for fut in futures:
                fut.cancel()
            raise
    return out


def in_threads(fn: Callable[[Any], Any], items: Iterable) -> Iterator:
    """``fn(item)`` for each item, in order, by two threads, with at most two items in flight
    (bounded memory). For steps whose work is in NumPy, SciPy or pandas calls that release the
    GIL (sorts, hashing, array arithmetic): the second core without a second process.

    Examples
    --------
    >>> list(in_threads(lambda x: x * x, range(4)))
    [0, 1, 4, 9]
    """
    with ThreadPoolExecutor(max_workers=2) as pool:
        pending: deque = deque()
        for item in items:
            pending.append(pool.submit(fn, item))
            del item
            if len(pending) >= 2:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


_FORKED_CALLS: dict[int, Callable[[], Any]] = {}  # calls run by forked processes, by key
_FORKED_KEYS = itertools.count()


def _run_forked(key: int) -> Any:
    return _FORKED_CALLS[key]()


@contextlib.contextmanager
def in_forked_process(fn: Callable[[], Any], *,
                      initializer: Callable[[], None] | None = None) -> Iterator[Future]:
    """Run ``fn()`` in one forked worker process while the block runs; yields its future.

    The process inherits ``fn`` and everything it refers to (large arrays included: their
    pages are shared copy-on-write, so nothing is copied while the child only reads them);
    only the result is pickled back, received by the pool's thread while this process goes on.
    The garbage collector's objects are frozen across the fork (``gc.freeze``, as in
    :func:`map_chunks`), so a collection in the child copies none of their pages. Only with
    the ``fork`` start method (:func:`start_method`); the caller keeps a path without it. The
    block waits for the process when it exits.

    Examples
    --------
    >>> import numpy as np
    >>> big = np.arange(10)
    >>> with in_forked_process(lambda: int(big.sum())) as child:  # doctest: +SKIP
    ...     child.result()
    45
    """
    import multiprocessing as mp

    key = next(_FORKED_KEYS)
    _FORKED_CALLS[key] = fn
    gc.freeze()
    try:
        pool = ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context("fork"),
                                   initializer=initializer)
        future = pool.submit(_run_forked, key)  # forks here (fork context: at once)
    finally:
        gc.unfreeze()
        del _FORKED_CALLS[key], fn  # the child has its own copy; this one may be freed
    with pool:
        yield future
