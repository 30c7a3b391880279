"""Progress bars (tqdm) for the steps that take more than a few seconds on a large corpus.

A bar is shown when a step handles at least :data:`PROGRESS_FROM` articles (about a few seconds
of work for the slowest stages), in a terminal and in Jupyter alike (text bars on stderr), and
never when the environment sets ``TQDM_DISABLE=1`` (as the benchmarks do).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any

#: Steps over fewer articles than this show no bar.
PROGRESS_FROM = 20_000


def _enabled(n_rows: int, at_least: int | None = None) -> bool:
    off = os.environ.get("TQDM_DISABLE", "").strip().lower() in ("1", "true", "yes")
    return n_rows >= (PROGRESS_FROM if at_least is None else at_least) and not off


class _Silent:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass

    def __enter__(self) -> _Silent:
        return self

    def __exit__(self, *exc: Any) -> None:
        pass


def progress_bar(total: int, desc: str, *, n_rows: int | None = None, unit: str = "article"):
    """A tqdm bar to ``update(n)`` by hand (a context manager), or a silent stand-in when the
    step is small (``n_rows``, default ``total``, under :data:`PROGRESS_FROM`).

    Examples
    --------
    >>> with progress_bar(10, "counting") as bar:
    ...     bar.update(10)
    """
    if not _enabled(total if n_rows is None else n_rows):
        return _Silent()
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit=unit, mininterval=1.0, disable=False)


def progress(iterable: Iterable, *, total: int, desc: str, n_rows: int | None = None,
             unit: str = "article", at_least: int | None = None) -> Iterator:
    """``iterable`` with a tqdm bar when the step is large (see :func:`progress_bar`;
    ``at_least`` replaces :data:`PROGRESS_FROM`, e.g. for files).

    Examples
    --------
    >>> list(progress(range(3), total=3, desc="small"))
    [0, 1, 2]
    """
    if not _enabled(total if n_rows is None else n_rows, at_least):
        return iter(iterable)
    from tqdm import tqdm

    return iter(tqdm(iterable, total=total, desc=desc, unit=unit, mininterval=1.0,
                     disable=False))
