"""Sparse group × n-gram matrices of :func:`analysis.framing.distinctive_terms` from the counted
rows (:meth:`analysis.framing.ngrams._NgramCounter.count`): the corpus count of each n-gram, the
n-grams kept by ``min_count``, and the count and document-count CSR matrices, built with no sort
(rows come sorted by group and key) and no joined copy of the counted rows.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd
from scipy import sparse

from . import _log_odds as _lo


def _corpus_matrices(halves: list[list[dict[str, np.ndarray]]], min_count: int, n_groups: int):
    """Kept keys (sorted), their corpus counts, and the group × key count and document-count
    matrices of the n-grams used at least ``min_count`` times in the corpus. ``halves``: one
    or two lists of tables (rows ``g, key, count, docs`` sorted by group and key, of
    consecutive groups), so the matrices need no sort; emptied as they are used. The counts
    are joined straight into the matrices' float arrays (no joined integer table), the keys
    per half (:func:`_sorted_codes`)."""
    kc, keys = _sorted_codes([_join([t.pop("key") for t in h], np.uint64) for h in halves])
    tables = [t for h in halves for t in h]
    g = [t.pop("g") for t in tables]
    count = _join([t.pop("count") for t in tables], float)
    docs = _join([t.pop("docs") for t in tables], float)
    corpus = np.bincount(kc, weights=count, minlength=len(keys))
    kept = corpus >= min_count
    if kept.all():  # rows per group
        n_rows = sum((np.bincount(x, minlength=n_groups) for x in g),
                     np.zeros(n_groups, dtype=np.int64))
    else:  # columns renumbered; rows of dropped keys dropped (order kept)
        sel = kept[kc]
        n_rows = np.bincount(_join(g, np.int32)[sel], minlength=n_groups)
        count, docs = count[sel], docs[sel]
        kc = (np.cumsum(kept) - 1)[kc[sel]]
        del sel
    del g
    col = kc.astype(np.int32, copy=False)
    del kc
    keys, corpus = keys[kept].astype(np.uint64), corpus[kept]
    shape = (n_groups, len(keys))
    indptr = np.r_[0, np.cumsum(n_rows)]
    Y = sparse.csr_matrix((count, col, indptr), shape=shape)
    D = sparse.csr_matrix((docs, col, indptr), shape=shape)
    return keys, corpus, Y, D


def _join(parts: list[np.ndarray], dtype) -> np.ndarray:
    """The arrays end to end as ``dtype`` (one new array, parts freed as they are copied; a
    lone part of that dtype as it is)."""
    if len(parts) == 1 and parts[0].dtype == dtype:
        return parts.pop()
    out = np.empty(sum(len(p) for p in parts), dtype=dtype)
    lo = 0
    while parts:
        part = parts.pop(0)
        out[lo: lo + len(part)] = part
        lo += len(part)
    return out


def _sorted_codes(parts: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """``pd.factorize(key, sort=True)`` (codes as int32) of keys given in parts (one or two,
    e.g. the halves counted by two processes), for a large array in two threads (pandas'
    hashing of integers releases the GIL): each half factorized, the two halves' distinct keys
    merged in sorted order and each half's codes replaced by their rank there. One part is cut
    in two halves."""
    n = sum(len(p) for p in parts)
    if n < 1_000_000 or n >= 2**31 or len(parts) > 2:
        kc, keys = pd.factorize(_join(parts, np.uint64) if len(parts) != 1 else parts[0],
                                sort=True)
        return (kc.astype(np.int32) if len(keys) < 2**31 else kc), keys
    if len(parts) == 1:
        key = parts.pop()
        parts = [key[: len(key) // 2], key[len(key) // 2:]]
        del key
    with ThreadPoolExecutor(max_workers=2) as pool:
        (c1, u1), (c2, u2) = pool.map(pd.factorize, parts)
        half = len(parts[0])
        del parts
        keys = _lo.unique_sorted(np.concatenate([u1, u2]))
        r1, r2 = (np.searchsorted(keys, u).astype(np.int32) for u in (u1, u2))
        del u1, u2
        kc = np.empty(n, dtype=np.int32)
        list(pool.map(lambda a: np.take(a[0], a[1], out=a[2]),
                      ((r1, c1, kc[:half]), (r2, c2, kc[half:]))))
    return kc, keys


def _matrices(g: np.ndarray, col: np.ndarray, count: np.ndarray, docs: np.ndarray,
              shape: tuple[int, int]) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """Counts and document counts as CSR matrices with one sparsity pattern (rows of ``(g,
    col)`` pairs are unique)."""
    o = np.argsort(g.astype(np.int64) * max(shape[1], 1) + col, kind="stable")
    indptr = np.r_[0, np.cumsum(np.bincount(g, minlength=shape[0]))]
    Y = sparse.csr_matrix((count[o], col[o].astype(np.int32), indptr), shape=shape)
    D = sparse.csr_matrix((docs[o], col[o].astype(np.int32), indptr), shape=shape)
    return Y, D
