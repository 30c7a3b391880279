"""Choosing the number of topics (``n_topics="auto"``) by stability beyond chance.

Candidates: every k from 2 to 10, then steps of about 25 %, up to ``min(max_topics,
√n_units)`` (:func:`_candidate_ks`). For each k the units (at most :data:`STABILITY_SAMPLE`
drawn at random) are subsampled :data:`STABILITY_SUBSAMPLES` times (80 %), each subsample is
clustered by k-means on the LSA (or embedding) rows, and the clusterings are compared pairwise
with the adjusted Rand index (Ben-Hur et al. 2002; Lange et al. 2004). Raw stability favours
small k (von Luxburg 2010): k-means cuts even structureless data reproducibly into two. So the
same is done on the rows with every column permuted (a reference without clusters; Tibshirani
et al. 2001, Dudoit & Fridlyand 2002), and the score is the agreement beyond it, a kappa
``(stability - null) / (1 - null)``. The largest k whose score is within one standard error of
the best is taken (the one-standard-error rule, Breiman et al. 1984, used toward the finer
partition: an equally reproducible finer partition says more). With ``method="nmf"`` the same
k-means stability sets k, then NMF is fitted. On BBC News (5 classes) this finds k=5 (NMI
0.91); on AllSides world-affairs paragraphs it finds the ceiling, 40 topics (the old
raw-stability rule found 2); see ``benchmarks/eval_topics.py``.
"""

from __future__ import annotations

import math
import os
from concurrent.futures import ThreadPoolExecutor
from itertools import combinations

import numpy as np
import pandas as pd
from sklearn.preprocessing import normalize
from threadpoolctl import threadpool_limits

from .features import _kmeans

#: ``n_topics="auto"`` measures stability on at most this many units.
STABILITY_SAMPLE = 1_000
#: Subsamples clustered for each k by ``n_topics="auto"``.
STABILITY_SUBSAMPLES = 10
#: Among k whose adjusted stability is within one standard error of the best (and at least
#: this), ``"auto"`` takes the largest.
STABILITY_TOLERANCE = 0.02
#: k-means starts per stability fit for k ≤ 10 and for larger k.
STABILITY_STARTS = (10, 2)
#: Largest k tried by ``n_topics="auto"`` (also at most √units).
MAX_TOPICS = 40


def stability(R: np.ndarray, ks: list[int], *, n_subsamples: int = 10,
              fraction: float = 0.8, random_state: int = 0, null: bool = False) -> pd.DataFrame:
    """Stability of clusterings into k groups, for each k, under random subsampling.

    The units are subsampled ``n_subsamples`` times (``fraction`` of them each time, the same
    subsamples for every k); each subsample is clustered into k groups by k-means (best of 10
    k-means++ starts, so that a poor local optimum is rarely mistaken for instability); every
    pair of subsample clusterings is compared on the units they share with the adjusted Rand
    index (Hubert & Arabie 1985). A k that matches structure in the data is found again whatever
    the subsample, so its mean agreement is high (Ben-Hur, Elisseeff & Guyon 2002, "A stability
    based method for discovering structure in clustered data"; Lange, Roth, Braun & Buhmann
    2004, "Stability-based validation of clustering solutions"; for topic models, Greene,
    O'Callaghan & Cunningham 2014, "How many topics? Stability analysis for topic models").

    The ARI corrects for chance *labels*, not for the data's shape: k-means splits structureless
    but elongated data the same way every time, so small k look stable anyway (von Luxburg 2010,
    "Clustering stability: an overview"). ``null=True`` therefore also measures the stability of
    the same subsamples of a reference without clusters — every column of ``R`` permuted on its
    own, which keeps each dimension's spread and destroys the joint structure (Tibshirani, Walther
    & Hastie 2001; Dudoit & Fridlyand 2002, "Clest") — and the stability beyond it, as a kappa:
    ``adjusted = (stability - null_stability) / (1 - null_stability)`` (1 = always the same
    partition; 0 = no more reproducible than in data without clusters; floored at -1).

    Parameters
    ----------
    R : array
        The representation clustered: unit-length rows (LSA or embeddings).
    ks : list of int
        Candidate numbers of topics.
    null : bool
        Also measure the permuted reference (twice the time).

    Returns
    -------
    DataFrame
        ``k, stability, stability_sd, pairs`` (mean and sd of the pairwise ARI), one row per k;
        with ``null=True`` also ``null_stability, null_stability_sd, adjusted_stability``.

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> R = np.vstack([rng.normal(c, 0.1, (20, 2)) for c in ([0, 5], [5, 0], [5, 5])])
    >>> table = stability(R, [2, 3, 4])
    >>> int(table.loc[table["stability"].idxmax(), "k"])
    3
    """
    n = R.shape[0]
    rng = np.random.default_rng(random_state)
    size = max(2, int(round(fraction * n)))
    samples = [np.sort(rng.choice(n, size, replace=False)) for _ in range(n_subsamples)]
    data = [R] + ([_permuted(R, random_state)] if null else [])
    tasks = [(d, k) for k in sorted(ks, reverse=True) for d in range(len(data))]
    # Small fits run best on one thread each; the k are fitted side by side on every core
    # (k-means releases the GIL), largest first. Each fit has its own seed.
    with threadpool_limits(limits=1), ThreadPoolExecutor(
            max(1, min(len(tasks), os.cpu_count() or 1))) as pool:
        done = dict(zip(tasks, pool.map(
            lambda t: _one_thread(_stability_of_k, data[t[0]], t[1], samples, random_state),
            tasks)))
    table = pd.DataFrame([done[(0, k)] for k in ks],
                         columns=["k", "stability", "stability_sd", "pairs"])
    if null:
        s0 = np.array([done[(1, k)]["stability"] for k in ks])
        table["null_stability"] = s0
        table["null_stability_sd"] = [done[(1, k)]["stability_sd"] for k in ks]
        table["adjusted_stability"] = ((table["stability"] - s0)
                                       / np.maximum(1.0 - s0, 1e-3)).clip(lower=-1.0)
    return table


def _one_thread(f, *args):
    """``f(*args)`` with one OpenMP thread in the calling thread. OpenMP's thread count is a
    per-thread setting: the pool's threads do not inherit the caller's limit, so without this
    each k-means fit started two OpenMP threads beside the other fits (on this 2-core machine the
    stability search took 18 CPU s on the 37,641-article real-export stand-in; 11 with it, the
    same table)."""
    with threadpool_limits(limits=1, user_api="openmp"):
        return f(*args)


def _permuted(R: np.ndarray, random_state: int) -> np.ndarray:
    """``R`` with every column shuffled on its own, rows brought back to unit length."""
    rng = np.random.default_rng(random_state + 1)
    P = np.column_stack([rng.permutation(R[:, j]) for j in range(R.shape[1])])
    return normalize(P)


def _ari(a: np.ndarray, b: np.ndarray, k: int) -> float:
    """Adjusted Rand index of two labellings with labels in ``0 … k-1`` (Hubert & Arabie 1985),
    from their contingency table: ``adjusted_rand_score`` without its checks, which cost more
    than the index itself in the thousands of comparisons of :func:`stability`."""
    table = np.bincount(a * k + b, minlength=k * k).astype(np.float64)
    pairs = float((table * (table - 1)).sum() / 2)
    rows = np.bincount(a, minlength=k).astype(np.float64)
    cols = np.bincount(b, minlength=k).astype(np.float64)
    r, c = float((rows * (rows - 1)).sum() / 2), float((cols * (cols - 1)).sum() / 2)
    n = len(a)
    expected = r * c / (n * (n - 1) / 2) if n > 1 else 0.0
    top = (r + c) / 2
    if top == expected:  # both labellings are one group, or each unit its own group
        return 1.0
    return (pairs - expected) / (top - expected)


def _n_init(k: int) -> int:
    """k-means starts per stability fit: many for few topics, where one bad start merges two
    real topics; fewer for many topics, where each fit is slower and a start matters less."""
    return STABILITY_STARTS[0] if k <= 10 else STABILITY_STARTS[1]


def _stability_of_k(R: np.ndarray, k: int, samples: list[np.ndarray], random_state: int) -> dict:
    """Mean and sd of the pairwise ARI of k-means fits of ``R`` on each of ``samples``."""
    n = R.shape[0]
    labels = []
    for b, idx in enumerate(samples):
        full = np.full(n, -1)
        full[idx] = _kmeans(R[idx], k, random_state + b, n_init=_n_init(k))[0]
        labels.append(full)
    scores = []
    for a, c in combinations(labels, 2):
        both = (a >= 0) & (c >= 0)
        scores.append(_ari(a[both], c[both], k))
    return {"k": k, "stability": float(np.mean(scores)), "stability_sd": float(np.std(scores)),
            "pairs": len(scores)}



_EMPTY_SELECTION = pd.DataFrame({
    "k": pd.Series(dtype="int64"), "stability": pd.Series(dtype=float),
    "stability_sd": pd.Series(dtype=float), "pairs": pd.Series(dtype="int64"),
    "null_stability": pd.Series(dtype=float), "null_stability_sd": pd.Series(dtype=float),
    "adjusted_stability": pd.Series(dtype=float), "adjusted_se": pd.Series(dtype=float),
    "chosen": pd.Series(dtype=bool)})


def _choose_k(R: np.ndarray, ks: list[int], random_state: int
              ) -> tuple[pd.DataFrame, int, str]:
    """Adjusted stability of k-means on ``R`` for every k; the chosen k and the reason in words."""
    n = R.shape[0]
    rng = np.random.default_rng(random_state)
    sample = (np.sort(rng.choice(n, STABILITY_SAMPLE, replace=False))
              if n > STABILITY_SAMPLE else np.arange(n))
    selection = stability(R[sample], ks, n_subsamples=STABILITY_SUBSAMPLES,
                          random_state=random_state, null=True)
    # Standard error of the adjusted stability: the sds of the pairwise ARI, of the data and of
    # the reference, over √subsamples (the pairs share subsamples, so √pairs would overstate the
    # precision), on the kappa scale.
    spread = np.hypot(selection["stability_sd"], selection["null_stability_sd"])
    selection["adjusted_se"] = (spread / math.sqrt(STABILITY_SUBSAMPLES)
                                / np.maximum(1.0 - selection["null_stability"], 1e-3))
    score = selection["adjusted_stability"]
    top = int(score.idxmax())
    best = float(score.iloc[top])
    tolerance = max(STABILITY_TOLERANCE, float(selection["adjusted_se"].iloc[top]))
    k = int(selection.loc[score >= best - tolerance, "k"].max())
    selection["chosen"] = selection["k"] == k
    row = selection[selection["chosen"]].iloc[0]
    where = f" of {len(sample)} randomly drawn units" if n > len(sample) else ""
    why = (f"k={k} chosen by stability beyond chance: the largest k whose clusterings of "
           f"{STABILITY_SUBSAMPLES} random 80% subsamples{where} agree, beyond their agreement "
           f"in the same data with columns permuted, within one standard error ({tolerance:.2f})"
           f" of the best (adjusted stability {row['adjusted_stability']:.2f}, best {best:.2f} "
           f"at k={int(selection['k'].iloc[top])}; mean ARI {row['stability']:.2f}, permuted "
           f"{row['null_stability']:.2f}) among k={ks[0]}..{ks[-1]}")
    if k == ks[-1] and len(ks) > 1:
        why += (f"; k is the largest tried (at most min(max_topics, √{n}) topics), so the data"
                " may hold more, smaller topics")
    return selection, k, why


def _distinct_texts(texts: pd.Series, at_least: int) -> int:
    """Number of distinct ``texts`` (case and surrounding white space ignored), exact when it is
    below ``at_least``; otherwise some number ≥ ``at_least``. A sample is counted first: on a
    large corpus of distinct texts that settles it without hashing every text."""
    def count(values: pd.Series) -> int:
        return int(values.str.strip().str.lower().nunique())

    if len(texts) > 4 * at_least:
        pick = np.random.default_rng(0).choice(len(texts), 4 * at_least, replace=False)
        found = count(texts.iloc[np.sort(pick)])
        if found >= at_least:
            return found
    return count(texts)


def _candidate_ks(n: int, max_topics: int) -> list[int]:
    """k from 2 to ``min(max_topics, √n)`` (a topic then averages at least √n units): every k up
    to 10, then steps of about 25% (12, 15, 19, 24, 30, 38 …), and the largest.

    Examples
    --------
    >>> _candidate_ks(10_000, 40)
    [2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 19, 24, 30, 38, 40]
    """
    top = min(max_topics, math.isqrt(n))
    ks = list(range(2, min(top, 10) + 1))
    while ks and ks[-1] < top:
        ks.append(min(top, max(ks[-1] + 2, round(ks[-1] * 1.25))))
    return ks
