"""The report of :func:`analysis.framing._log_odds.score`: Benjamini-Hochberg q-values of a
family given as values with multiplicities (and in parts), the report's row order, the distinct
reported terms and the string columns, each without a whole-table sort or copy that the result
does not need.
"""

from __future__ import annotations

import sys

import numpy as np
import pandas as pd
import pyarrow as pa


def bh_weighted(p_report: np.ndarray, family, weight) -> np.ndarray:
    """Benjamini-Hochberg (1995) q-values of ``p_report`` within a family given as values
    (float32) with multiplicities: the same numbers as on the family written out in full.
    ``family`` and ``weight`` are arrays, or lists of parts (in pairs; emptied as they are
    used, so no joined copy of the family is made).

    Examples
    --------
    >>> fam = np.array([0.01, 0.04, 0.5], dtype=np.float32)
    >>> bh_weighted(np.array([0.01]), fam, np.array([1, 1, 2])).round(4).tolist()
    [0.04]
    >>> bh_weighted(np.array([0.01]), [fam[:1], fam[1:]], [np.array([1]), np.array([1, 2])])
    array([0.04])
    """
    if not isinstance(family, list):
        family, weight = [family], [weight]
    m = sum(int(w.sum()) for w in weight)
    if m == 0:
        return np.full(len(p_report), np.nan)
    srt, w = _sorted_with_weights(family, weight)
    # q is evaluated at the last of each run of equal values only: a p-value's q is read there,
    # and the minimum from the right is reached there (same value, larger cumulative weight)
    last = np.flatnonzero(np.r_[srt[1:] != srt[:-1], True])
    # the cumulative weight at the last of each run: the runs' sums added up (no cumulative sum
    # of the whole family)
    cum = np.add.reduceat(w, np.r_[0, last[:-1] + 1], dtype=np.int64)
    np.cumsum(cum, out=cum)
    srt = srt[last]
    q = np.minimum.accumulate((srt * (m / cum))[::-1])[::-1]
    rank = np.searchsorted(srt, p_report.astype(srt.dtype), side="right")
    return np.minimum(q[np.maximum(rank, 1) - 1].astype(float), 1.0)


def _sorted_with_weights(family: list[np.ndarray], weight: list[np.ndarray]
                         ) -> tuple[np.ndarray, np.ndarray]:
    """The values of the parts ``family`` sorted and their weights (parts ``weight``) in the same
    order (ties in any order); the lists are emptied. Non-negative float32 values with weights
    below 2**32 are sorted as one uint64 each (value bits, then weight), packed part by part:
    no index array, no joined copy."""
    simple = (sys.byteorder == "little" and all(
        f.dtype == np.float32 and (not len(w) or (int(w.min()) >= 0 and int(w.max()) < 2**32))
        and not np.signbit(f).any() and not np.isnan(f).any() for f, w in zip(family, weight)))
    if not simple or not sum(len(f) for f in family):
        f, w = np.concatenate(family), np.concatenate(weight)
        family.clear()
        weight.clear()
        o = np.argsort(f, kind="stable")
        return f[o], w[o]
    packed = np.empty(sum(len(f) for f in family), dtype=np.uint64)
    lo = 0
    while family:
        f, w = family.pop(0), weight.pop(0)
        part = packed[lo: lo + len(f)]
        part[...] = f.view(np.uint32)
        part <<= np.uint64(32)
        part |= w.view(np.uint32) if w.dtype.itemsize == 4 else w.astype(np.uint64)
        lo += len(f)
    packed.sort()
    halves = packed.view(np.uint32)  # little-endian: (weight, value) per element
    return halves[1::2].view(np.float32), halves[0::2]


def _report_order(g: np.ndarray, o: np.ndarray, z: np.ndarray, trank: np.ndarray,
                  n_groups: int) -> np.ndarray:
    """The report's row order: ``np.lexsort((trank, -z, o, o >= 0, g))`` (group, "rest" (-1)
    first, other, ``z`` descending, term rank), as one sort of int64 keys (the dense rank of
    ``-z`` and the other keys packed) when they fit: the rows of one (group, other) have
    distinct terms, so the keys are distinct and the order is the same."""
    if not len(g):
        return np.zeros(0, dtype=np.int64)
    by_z = np.argsort(-z)
    neg = -z[by_z]
    zr = np.empty(len(z), dtype=np.int64)  # equal values (0.0 and -0.0 too) share a rank
    zr[by_z] = np.cumsum(np.r_[True, neg[1:] != neg[:-1]]) - 1
    del by_z, neg
    n_z, n_t = int(zr.max()) + 1, int(trank.max()) + 1
    if n_groups * (n_groups + 1) * n_z * n_t >= 2**63:
        return np.lexsort((trank, -z, o, o >= 0, g))
    key = (g.astype(np.int64) * (n_groups + 1) + (o + 1)) * n_z
    key += zr
    key *= n_t
    key += trank
    return np.argsort(key)


def _distinct_terms(j: np.ndarray, n_terms: int) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(j, return_inverse=True)`` of term indices below ``n_terms`` without a sort:
    the terms marked in a vector of ``n_terms`` flags, each index mapped to its rank there."""
    if not len(j) or n_terms > 4 * len(j) + 1_000_000:  # a sparse use of a large vocabulary
        return np.unique(j, return_inverse=True)
    used = np.zeros(n_terms, dtype=bool)
    used[j] = True
    rank = np.cumsum(used, dtype=np.int64) - 1
    return np.flatnonzero(used), rank[j]


def _str_column(values: np.ndarray, idx: np.ndarray) -> pd.api.extensions.ExtensionArray:
    """``values[idx]`` (negative indices from the end, as NumPy's) as a pandas string array,
    taken in Arrow (no Python string per row)."""
    arr = pa.array(np.asarray(values, dtype=object).tolist(), type=pa.large_string())
    idx = np.where(idx < 0, idx + len(values), idx).astype(np.int64)
    return pd.array(arr.take(pa.array(idx)), dtype="str")
