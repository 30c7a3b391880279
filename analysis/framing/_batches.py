"""The text work of :mod:`analysis.framing.ngrams` in batches, in worker processes for large
corpora.

:func:`scan_batch` turns a batch of texts into its distinct tokens and their codes (and the
batch's hashed n-gram counts); :func:`_scanned` runs it over a corpus in order, in up to
``processes`` worker processes (:func:`_in_order`: ``concurrent.futures.ProcessPoolExecutor``,
forked on Linux); a :class:`TextColumn` is read by position in forked workers, so no text is
pickled.
"""

from __future__ import annotations

import itertools
import multiprocessing as mp
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

import numpy as np
import pandas as pd
import pyarrow as pa

from .. import _parallel
from .._memory import keep_freed_memory
from .._progress import progress_bar
from ._scan import TOKEN_PATTERN, _classes, scan_tokens
from ._sketch import surface_sketch

_IN_FLIGHT = 3  # batches per worker process submitted and not yet consumed
_TOKENIZE = re.compile(TOKEN_PATTERN + "|\x00").findall

def scan_batch(batch: list[str], prepare: Callable[[list[str]], list[str]] | None = None,
               sketch: tuple | None = None):
    """``(distinct tokens, codes, buckets)`` of a batch of texts joined by NUL and ended by one
    (``prepare`` applied first, e.g. cutting quotations out): the tokens of
    :data:`_TOKEN_PATTERN`, found by :func:`analysis.framing._scan.scan_tokens` and
    dictionary-encoded by Arrow (an Arrow array and int32 codes), or by Python's ``re`` when
    the text cannot be encoded (a lone surrogate; a NumPy object array and codes). A NUL in a
    text becomes a space (which separates tokens alike). ``sketch`` ``(stop words, orders,
    bits)``: the batch's hashed n-gram counts (:func:`analysis.framing._sketch.surface_sketch`)
    as ``buckets``, else None. The text work of :meth:`_NgramCounter._token_ids`, run in worker
    processes for large corpora."""
    if prepare is not None:
        batch = prepare(batch)
    joined = "\x00".join(t.replace("\x00", " ") for t in batch) + "\x00"
    try:
        enc = scan_tokens(joined).dictionary_encode()
        uniq, codes = enc.dictionary, enc.indices.to_numpy()
    except UnicodeEncodeError:
        codes, uniq = pd.factorize(np.asarray(_TOKENIZE(joined), dtype=object))
    del joined
    if sketch is None:
        return uniq, codes, None
    surfaces = uniq.to_pylist() if isinstance(uniq, pa.Array) else list(uniq)
    return uniq, codes, surface_sketch(surfaces, codes, *sketch)


class TextColumn:
    """The texts of a pandas column (a missing text is empty), made Python strings batch by
    batch where they are tokenised: forked worker processes read their batches from the column
    they inherited, so only positions are sent to them (no texts pickled through pipes).
    ``desc`` labels the progress bar."""

    def __init__(self, column: pd.Series, desc: str = "counting n-grams"):
        self.column, self.desc = column, desc

    def __len__(self) -> int:
        return len(self.column)

    def batch(self, lo: int, hi: int) -> list[str]:
        """Texts ``lo`` to ``hi`` (positions)."""
        return self.column.iloc[lo:hi].fillna("").tolist()


_FORKED: dict[int, TextColumn] = {}  # columns read by forked workers, by key
_FORK_KEYS = itertools.count()


def _scan_at(bounds: tuple[int, int], key: int, prepare, sketch) -> tuple:
    """:func:`scan_batch` of texts ``bounds`` of the column ``_FORKED[key]``, in a forked
    worker (which inherited it)."""
    return scan_batch(_FORKED[key].batch(*bounds), prepare, sketch)


def _scanned(texts, chunk: int, prepare, processes: int, sketch) -> Iterator[tuple]:
    """:func:`scan_batch` of ``chunk`` texts at a time, in the texts' order, by ``processes``
    processes: of a :class:`TextColumn` by positions where workers are forked, else of the
    batches' texts (sent pickled to the workers)."""
    def run(fn, batches, args):
        return (_in_order(fn, batches, args, processes) if processes > 1
                else (fn(b, *args) for b in batches))

    if not isinstance(texts, TextColumn):
        it = iter(texts)
        yield from run(scan_batch, iter(lambda: list(islice(it, chunk)), []), (prepare, sketch))
        return
    bounds = [(lo, min(lo + chunk, len(texts))) for lo in range(0, len(texts), chunk)]
    key = next(_FORK_KEYS)
    _FORKED[key] = texts  # before the pool forks its workers (at its first task)
    try:
        if processes > 1 and _parallel.start_method() == "fork":
            out = run(_scan_at, bounds, (key, prepare, sketch))
        else:
            out = run(scan_batch, (texts.batch(*b) for b in bounds), (prepare, sketch))
        with progress_bar(len(texts), texts.desc) as bar:
            for (lo, hi), res in zip(bounds, out):
                yield res
                bar.update(hi - lo)
    finally:
        del _FORKED[key]


def _in_order(fn: Callable, batches: Iterable, args: tuple, processes: int) -> Iterator:
    """``fn(batch, *args)`` for each batch, in order, by ``processes`` worker processes
    (forked on Linux, so they start at once with this process's modules; spawned elsewhere),
    with at most :data:`_IN_FLIGHT` batches per process in flight (bounded memory; more than
    one, so a worker finds its next batch waiting while the results are consumed in order)."""
    _classes()  # built once here, inherited by forked workers
    ctx = mp.get_context(_parallel.start_method())
    with ProcessPoolExecutor(max_workers=processes, mp_context=ctx,
                             initializer=keep_freed_memory) as pool:
        pending: deque = deque()
        for batch in batches:
            pending.append(pool.submit(fn, batch, *args))
            if len(pending) >= _IN_FLIGHT * processes:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
