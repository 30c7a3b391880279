"""Rows ``g, key, count, docs`` of counted n-grams for :mod:`analysis.framing.ngrams`: a batch's
occurrences summed per (group, key) by one sort, the parts of one group summed, the cut of the
texts into two halves of groups, and rows laid out in shared memory (from a forked process).
"""

from __future__ import annotations

import mmap

import numpy as np
import pandas as pd

_EMPTY = {"g": np.array([], np.int32), "key": np.array([], np.uint64),
          "count": np.array([], np.int64), "docs": np.array([], np.int32)}


def _merge(parts: list[dict]) -> dict[str, np.ndarray]:
    """Rows ``g, key, count, docs`` of one group from disjoint sets of texts, summed per key
    (sorted by key; ``np.unique`` sorts)."""
    parts = [p for p in parts if len(p["key"])]
    if len(parts) < 2:
        return parts[0] if parts else dict(_EMPTY)
    key = np.concatenate([p["key"] for p in parts])
    ku, inv = np.unique(key, return_inverse=True)
    out = {"g": np.full(len(ku), parts[0]["g"][0], np.int32), "key": ku}
    for c, dt in (("count", np.int64), ("docs", np.int32)):
        out[c] = np.bincount(inv, weights=np.concatenate([p[c] for p in parts]),
                             minlength=len(ku)).astype(dt)
    return out


def _chunk_rows(key: np.ndarray, d: np.ndarray, gd: np.ndarray) -> dict[str, np.ndarray]:
    """Rows ``g, key, count, docs`` of the n-gram occurrences of a batch of texts (occurrence
    ``i``: text ``d[i]`` of the batch, key ``key[i]``; ``gd`` the group of each text, in
    non-decreasing order), summed per (group, key) and sorted by group and key.

    One hash pass numbers the distinct keys, their ranks in key order replace them, and one
    sort of the occurrences packed as ``(group, rank, text)`` in an int64 brings equal
    (group, key) pairs together with their texts in order: ``count`` is the length of a run,
    ``docs`` the number of distinct texts in it.
    """
    if not len(key):
        return dict(_EMPTY)
    kc, ku = pd.factorize(key)
    del key
    n_u, n_d = len(ku), len(gd)
    order = np.argsort(ku)
    rank = np.empty(n_u, np.int64)
    rank[order] = np.arange(n_u)
    gl = (gd - gd[0]).astype(np.int64)  # group within the batch
    if (int(gl[-1]) + 1) * n_u * n_d >= 1 << 62:
        raise ValueError("too many distinct n-grams in one batch of texts; lower the chunk")
    packed = gl[d]  # in place from here: the batch's largest arrays
    packed *= n_u
    packed += np.take(rank, kc, out=kc, mode="clip")  # kc[i] is read before it is written
    del kc
    packed *= n_d
    packed += d
    del d
    packed.sort()
    new_doc = np.r_[True, packed[1:] != packed[:-1]]
    gk = np.floor_divide(packed, n_d, out=packed)
    first = np.flatnonzero(np.r_[True, gk[1:] != gk[:-1]])
    gk = gk[first]
    return {"g": (gd[0] + gk // n_u).astype(np.int32), "key": ku[order[gk % n_u]],
            "count": np.diff(np.r_[first, len(packed)]).astype(np.int64),
            "docs": np.add.reduceat(new_doc.astype(np.int32), first)}


def _halves(order: np.ndarray, groups: np.ndarray, starts: np.ndarray,
            share: float = 0.5) -> int:
    """Where to cut the texts ``order`` (in group order) in two parts, the first with about
    ``share`` of the tokens: the start of a group (no group is split), or 0 when there is one
    group."""
    n_tok = np.cumsum(np.diff(starts)[order])
    g = groups[order]
    bounds = np.flatnonzero(g[1:] != g[:-1]) + 1  # the first text of each group but the first
    if not len(bounds):
        return 0
    return int(bounds[np.argmin(np.abs(n_tok[bounds - 1] - n_tok[-1] * share))])


_ROW_BYTES = 24  # key uint64, count int64, g int32, docs int32


def _rows_in(buf: mmap.mmap, n: int) -> dict[str, np.ndarray]:
    """Columns ``g, key, count, docs`` of ``n`` rows laid out one after another in ``buf``."""
    at = {"key": (0, np.uint64), "count": (8 * n, np.int64), "g": (16 * n, np.int32),
          "docs": (20 * n, np.int32)}
    return {c: np.frombuffer(buf, dtype=dt, count=n, offset=o) for c, (o, dt) in at.items()}
