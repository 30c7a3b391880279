"""Scoring of distinctive terms: the threaded slices, the corpus codes in halves, the
Benjamini-Hochberg family without whole-family temporaries give the same numbers."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.framing import distinctive_terms


def _corpus(n: int = 80, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    words = ("gaza israel regime said war on the talks ceasefire hostages aid strikes army "
             "minister border rafah").split()
    texts = [" ".join(rng.choice(words, 40)) + '. "' + " ".join(rng.choice(words, 6)) + '"'
             for _ in range(n)]
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(n)], "text": texts,
                         "outlet": rng.choice(list("ABCDEFG"), n)})


@pytest.mark.parametrize("keep", ["reported", "all"])
def test_scoring_slices_in_threads_do_not_change_the_table(monkeypatch, keep):
    import analysis.framing._log_odds as lo

    arts = _corpus()
    kw = {"min_articles": 1, "keep": keep, "pairs": [("A", "B")], "exclude_outlet_names": False}
    expected = distinctive_terms(arts, **kw)
    assert len(expected) > 100
    monkeypatch.setattr(lo, "_CELLS", 8)  # one group per slice, several slices in flight
    got = distinctive_terms(arts, **kw)
    pd.testing.assert_frame_equal(got, expected)
    # the q-values are those of the whole family: a change in the family would move them
    assert (got["q"] >= got["p"]).all() and got["q"].nunique() > 10


def test_sorted_codes_in_halves_are_factorize_sorted():
    from analysis.framing._matrices import _sorted_codes

    rng = np.random.default_rng(1)
    # keys of different magnitudes and repeats within and across the two halves
    key = (rng.integers(0, 300_000, 1_200_001).astype(np.uint64) * np.uint64(2**40 + 7))
    key[:5] = key[-5:]  # shared by both halves
    # one array (cut in halves here), two unequal parts (the halves counted by two processes),
    # and a small array (one factorize)
    for k, parts in ((key, [key]), (key, [key[:400_000], key[400_000:]]),
                     (key[:1000], [key[:1000]]), (key[:1000], [key[:10], key[10:1000]])):
        codes, uniq = _sorted_codes([p.copy() for p in parts])
        exp_codes, exp_uniq = pd.factorize(k, sort=True)
        assert codes.dtype == np.int32
        assert np.array_equal(uniq, exp_uniq) and np.array_equal(codes, exp_codes)


def test_unique_sorted_is_numpys_unique():
    from analysis.framing._log_odds import unique_sorted

    rng = np.random.default_rng(2)
    for x in (rng.integers(0, 50, 1000), rng.integers(0, 10**9, 1000), np.array([], np.int64)):
        assert np.array_equal(unique_sorted(x), np.unique(x))


@pytest.mark.parametrize("dtype", [np.int32, np.int64])
def test_weighted_benjamini_hochberg_with_int32_and_large_weights(dtype):
    from analysis.framing._log_odds import bh_weighted

    rng = np.random.default_rng(3)
    values = np.round(rng.uniform(0, 1, 400), 3).astype(np.float32)  # ties
    weight = rng.integers(1, 6, 400)
    weight[::37] = 2**31 - 1 - rng.integers(0, 10, len(weight[::37]))  # sums beyond 2**32
    report = rng.choice(values, 60).astype(float)
    # the family written out as runs: cumulative weight at each distinct value
    order = np.argsort(values, kind="stable")
    srt, w = values[order], weight[order].astype(np.int64)
    cum = np.cumsum(w)
    last = np.r_[np.flatnonzero(srt[1:] != srt[:-1]), len(srt) - 1]
    m = int(w.sum())
    q_last = np.minimum.accumulate((srt[last] * (m / cum[last]))[::-1])[::-1]
    rank = np.searchsorted(srt[last], report.astype(np.float32), side="right")
    expected = np.minimum(q_last[rank - 1].astype(float), 1.0)
    assert np.array_equal(bh_weighted(report, values, weight.astype(dtype)), expected)


def test_distinct_terms_are_numpys_unique_with_inverse():
    from analysis.framing._log_odds import _distinct_terms

    rng = np.random.default_rng(4)
    for j, n in ((rng.integers(0, 500, 3000), 500), (rng.integers(0, 10, 5), 10**7),
                 (np.array([], np.int64), 7), (np.array([6, 0, 6]), 7)):
        uj, inv = _distinct_terms(j, n)
        want_u, want_inv = np.unique(j, return_inverse=True)
        assert np.array_equal(uj, want_u) and np.array_equal(inv, want_inv)
        assert inv.dtype == want_inv.dtype


def test_report_order_is_the_lexsort_of_its_keys():
    from analysis.framing._log_odds import _report_order

    rng = np.random.default_rng(5)
    n, n_groups = 5000, 9
    g = rng.integers(0, n_groups, n)
    o = np.where(rng.random(n) < 0.6, -1, rng.integers(0, n_groups, n))
    z = np.round(rng.normal(size=n), 1)  # many ties in z
    z[:50] = 0.0
    z[50:100] = -0.0
    trank = rng.permutation(n)  # distinct terms within each (group, other)
    want = np.lexsort((trank, -z, o, o >= 0, g))
    np.testing.assert_array_equal(_report_order(g, o, z, trank, n_groups), want)
    assert len(_report_order(g[:0], o[:0], z[:0], trank[:0], n_groups)) == 0
