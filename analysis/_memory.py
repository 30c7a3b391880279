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


def _libc_trim():
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


_TRIM = _libc_trim()


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
