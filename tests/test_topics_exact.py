"""The topics stage's faster paths give exactly what the library calls they replace give."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp
from sklearn.cluster import KMeans
from sklearn.cluster._kmeans import _kmeans_plusplus as sk_kmeans_plusplus
from sklearn.decomposition import TruncatedSVD
from sklearn.utils.extmath import row_norms

from analysis.topics import units as units_module
from analysis.topics.features import _kmeans_plusplus, _lsa_basis, _times
from analysis.topics.units import _words_and_leads

PIECES = ["a", "bb", "é", "日本", "😀", " ", "  ", "\n", "\u00a0", "\u3000", "\x1c", "\u2028",
          "\t", "x\u00a0y", "\u200b", "\x85", "word"]


def _first_words(text: str, n: int) -> str:
    """``text`` up to its ``n``-th whitespace-separated word, by ``str.split`` (the cut the
    package made in Python before ``_words_and_leads``)."""
    if len(text) <= 2 * n:
        return text
    parts = text.split(None, n)
    return text if len(parts) <= n else text[: len(text) - len(parts[-1])].rstrip()


def _texts(n: int, seed: int) -> list:
    rng = np.random.default_rng(seed)
    texts = ["".join(rng.choice(PIECES, size=int(rng.choice([0, 1, 3, 10, 25, 60]))))
             for _ in range(n)]
    return texts + [None, "", "   ", " lead space", "trail space \u3000 "]


@pytest.mark.parametrize("dtype", ["str", object])
@pytest.mark.parametrize("max_words", [1, 3, 8])
def test_words_and_leads_match_python_split(monkeypatch, dtype, max_words):
    monkeypatch.setattr(units_module, "BATCH", 90)  # several batches, on both threads
    texts = pd.Series(_texts(400, max_words), dtype=dtype).iloc[3:].reset_index(drop=True)
    n_words, long, leads = _words_and_leads(texts, max_words)
    expected = np.array([len(t.split()) if isinstance(t, str) else 0 for t in texts])
    np.testing.assert_array_equal(n_words, expected)
    np.testing.assert_array_equal(long, np.flatnonzero(expected > max_words))
    assert leads == [_first_words(texts.iloc[i], max_words) for i in long]
    assert len(long) > 10


def test_words_and_leads_without_a_cut():
    n_words, long, leads = _words_and_leads(pd.Series(["one two three", ""]), None)
    assert n_words.tolist() == [3, 0] and len(long) == 0 and leads == []


@pytest.mark.parametrize("seed", range(6))
def test_kmeans_plusplus_seeds_are_scikit_learns(seed):
    rng = np.random.default_rng(seed)
    n, k = int(rng.integers(30, 900)), int(rng.integers(2, 30))
    X = rng.normal(size=(n, 20)).astype(np.float32)
    X /= np.linalg.norm(X, axis=1, keepdims=True)
    X -= X.mean(axis=0)
    ours = _kmeans_plusplus(X, k, np.random.RandomState(seed))
    theirs, _ = sk_kmeans_plusplus(X, k, row_norms(X, squared=True),
                                   np.ones(n, dtype=X.dtype), np.random.RandomState(seed))
    np.testing.assert_array_equal(ours, theirs)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_kmeans_with_lean_seeding_is_unchanged(dtype):
    rng = np.random.default_rng(3)
    X = np.vstack([rng.normal(c, 0.4, (150, 5)) for c in range(4)]).astype(dtype)
    big = np.vstack([X] * 8)  # more rows than scikit-learn computes in one block
    for data in (X, big):
        a = KMeans(6, n_init=3, random_state=1).fit(data)
        b = KMeans(6, init=_kmeans_plusplus, n_init=3, random_state=1).fit(data)
        np.testing.assert_array_equal(a.labels_, b.labels_)
        np.testing.assert_array_equal(a.cluster_centers_, b.cluster_centers_)


@pytest.mark.parametrize("shape", [(2_500, 4_000), (4_000, 2_500)])
def test_lsa_basis_is_truncated_svds(shape):
    X = sp.random(*shape, density=0.01, format="csr", dtype=np.float32,
                  random_state=np.random.default_rng(0))
    ours = _lsa_basis(X, 20, 7)
    theirs = TruncatedSVD(20, random_state=7).fit(X).components_
    np.testing.assert_array_equal(ours, theirs)


def test_threaded_product_is_the_product():
    A = sp.random(5_000, 300, density=0.02, format="csr", dtype=np.float32,
                  random_state=np.random.default_rng(1))
    D = np.asfortranarray(np.random.default_rng(2).normal(size=(300, 7)).astype(np.float32))
    np.testing.assert_array_equal(_times(A, D), A @ D)
    np.testing.assert_array_equal(_times(A[:10], D), A[:10] @ D)
