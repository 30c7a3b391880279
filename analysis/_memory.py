"""Give freed memory back to the operating system after a large step.

CPython and the C allocator keep freed memory for reuse: after parsing 100,000 files the process
held 2.3 GB though the loaded table is 0.3 GB (measured with ``benchmarks/run_all.py``). glibc's
``malloc_trim`` returns the free heap pages to the system and Arrow's pool releases its unused
blocks; the Dask project trims worker memory the same way (distributed documentation, "Memory
not released back to the OS"). Elsewhere (macOS, Windows, musl) only the Arrow pool is released.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import sys

#: Steps over fewer rows than this leave memory alone (trimming a small heap gains nothing).
LARGE = 5_000


def _libc():
    """glibc, or None (macOS, Windows, musl: nothing to tune)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None


_LIBC = _libc()
_TRIM = getattr(_LIBC, "malloc_trim", None)
_MALLOPT = getattr(_LIBC, "mallopt", None)
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # glibc's mallopt parameters
_KEEP_BYTES = 1 << 30  # both thresholds: a worker's batch temporaries stay well below


def keep_freed_memory() -> None:
    """The opposite of :func:`release_memory`, for short-lived worker processes that free and
    reallocate large arrays batch after batch (run first in each worker): freed memory stays in
    the heap for the next batch (glibc ``mallopt``: large arrays from the heap instead of an
    ``mmap`` each, and no trimming), so a batch's NumPy temporaries reuse the pages of the
    previous batch's instead of faulting fresh zeroed pages in from the kernel (measured: the
    distinctive-terms workers' system time 5.3–5.8 s → 1.6–1.7 s on the AllSides ×8 corpus).
    The pages are returned when the worker ends. A no-op without glibc.

    Examples
    --------
    >>> keep_freed_memory()  # in a worker process's initializer
    """
    if _MALLOPT is not None:
        _MALLOPT(_M_MMAP_THRESHOLD, _KEEP_BYTES)
        _MALLOPT(_M_TRIM_THRESHOLD, _KEEP_BYTES)


def release_memory(n_rows: int = LARGE) -> None:
    """Collect garbage and return free memory to the system when a step handled ``n_rows``
    rows or more.

    Examples
    --------
    >>> release_memory(0)  # a small step: nothing to do
    """
    if n_rows < LARGE:
        return
    gc.collect()
    if _TRIM is not None:
        _TRIM(0)
    try:
        import pyarrow as pa

        pa.default_memory_pool().release_unused()
    except (ImportError, AttributeError):
        pass
