"""Features and fits of topic units: TF-IDF (Salton & Buckley 1988), its LSA rows (Deerwester
et al. 1990), k-means and NMF fits, embeddings, and the terms that label a topic."""

from __future__ import annotations

import math
import warnings
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy import linalg
from sklearn.cluster import KMeans, MiniBatchKMeans
from sklearn.cluster._kmeans import _kmeans_plusplus as _sk_kmeans_plusplus
from sklearn.decomposition import NMF, TruncatedSVD
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
from sklearn.preprocessing import normalize
from sklearn.utils.extmath import row_norms, svd_flip

from ..tokens import document_term_counts

#: Words of attribution and honorifics: frequent in every news topic, they name none, so topic
#: labels skip them (they stay in the features, where "mr" still helps tell politics apart).
LABEL_STOP_WORDS = frozenset(
    "said says say saying told tells mr mrs ms according reportedly reported".split())
#: Reporting verbs mark a quotation, not a subject. Kept as features they split quoted from
#: narrated paragraphs more sharply than any subject does (on AllSides, "auto" found k=2: quotes
#: versus narration), so the topic model treats them as stop words.
REPORTING_VERBS = frozenset("said says say saying told tells according reportedly reported".split())
TOPIC_STOP_WORDS = frozenset(ENGLISH_STOP_WORDS | REPORTING_VERBS)
LSA_DIMENSIONS = 100
#: Above this many units the LSA basis is fitted on this many drawn at random.
LSA_SAMPLE = 20_000
#: Above this many units k-means runs in mini-batches (Sculley 2010).
MINIBATCH_ABOVE = 20_000


def tfidf(texts: list[str] | pd.Series, *, min_df: int | None = None,
          max_df: float = 0.5, ngram_range: tuple[int, int] = (1, 2),
          max_tokens: int | None = None, stop_words: frozenset[str] = ENGLISH_STOP_WORDS
          ) -> tuple[sp.csr_matrix, np.ndarray]:
    """TF-IDF matrix of ``texts`` with defaults that suit news text of any corpus size.

    English stop words removed, sublinear term frequency (1 + log tf), words and word pairs,
    rows of unit length. ``min_df`` adapts to the corpus: a term must occur in at least
    ``max(2, n/1000)`` texts (a term seen once cannot make two texts alike); ``max_df`` drops
    terms found in more than half the texts (when the corpus is large enough for that to leave
    anything). Terms are counted by :func:`analysis.tokens.document_term_counts`
    (scikit-learn's tokens, counted in Arrow kernels on every core: words and word pairs of
    100,000 articles in about 10 s on one core); ``max_tokens`` reads only each text's first word
    runs; ``stop_words`` are left out before word pairs are formed.

    Returns
    -------
    (matrix, terms)
        A CSR matrix (texts × kept terms, float32) and the term of each column.

    Examples
    --------
    >>> docs = ["Iran meets Iraq in Baghdad", "Iran meets Qatar in Doha",
    ...         "Qatar hosts talks in Doha", "Iraq hosts talks"]
    >>> X, terms = tfidf(docs)
    >>> X.shape, sorted(terms)[:5]
    ((4, 9), ['doha', 'hosts', 'hosts talks', 'iran', 'iran meets'])
    """
    counts, terms = document_term_counts(texts, ngram_range=ngram_range, max_tokens=max_tokens,
                                         stop_words=stop_words)
    n = counts.shape[0]
    if min_df is None:
        min_df = max(2, math.ceil(n / 1000)) if n >= 4 else 1
    if max_df * n < min_df + 1:
        max_df = 1.0
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    keep = np.flatnonzero((df >= min_df) & (df <= max_df * n))
    if len(keep) == 0:
        raise ValueError(
            f"no term occurs in at least {min_df} of the {n} texts (after removing stop words): "
            "the texts are too few or too short to compare")
    X = counts[:, keep]
    del counts
    # Sublinear TF-IDF with smoothed idf, rows of unit length (scikit-learn's TfidfTransformer
    # with sublinear_tf=True), computed in place on the float32 counts.
    idf = (np.log((1.0 + n) / (1.0 + df[keep])) + 1.0).astype(np.float32)
    np.log(X.data, out=X.data)
    X.data += 1.0
    X.data *= idf[X.indices]
    normalize(X, copy=False)
    return X, terms[keep]



def _lsa(X: sp.csr_matrix, dims: int, random_state: int) -> np.ndarray:
    """Unit-length LSA rows of ``X``. Above :data:`LSA_SAMPLE` rows the basis is fitted on that
    many rows drawn at random and every row is projected on it: the leading directions of a large
    sample are those of the corpus, at a fraction of the cost."""
    if X.shape[0] <= LSA_SAMPLE:
        return normalize(TruncatedSVD(dims, random_state=random_state).fit_transform(X))
    pick = np.sort(np.random.default_rng(random_state).choice(X.shape[0], LSA_SAMPLE,
                                                              replace=False))
    return normalize(_times(X, _lsa_basis(X[pick], dims, random_state).T))


def _lsa_basis(X: sp.csr_matrix, dims: int, random_state: int) -> np.ndarray:
    """``TruncatedSVD(dims, random_state=random_state).fit(X).components_``, the same numbers:
    scikit-learn's randomised SVD (Halko, Martinsson & Tropp 2011; 5 power iterations with LU
    normalisation, 10 oversamples, the smaller side transposed to the front), its sign rule,
    the same random draws and the same LAPACK calls, with the sparse products (half its time)
    split by rows on two threads (SciPy's sparse kernels release the GIL; a row of a product is
    one row of the sparse matrix, so the split changes no number). It skips what ``fit`` also
    computes and ``_lsa`` drops: the sample's own LSA rows and their variances."""
    rs = np.random.RandomState(random_state)
    n_random = dims + 10
    transpose = X.shape[0] < X.shape[1]
    # A = X.T when transposed; products with A and A.T, both as row-split CSR products.
    rows, cols = (X.T.tocsr(), X) if transpose else (X, X.T.tocsr())
    Q = rs.normal(size=(rows.shape[1], n_random))
    if X.dtype == np.float32:
        Q = Q.astype(np.float32, copy=False)
    for _ in range(5):
        Q, _ = linalg.lu(_times(rows, Q), permute_l=True, check_finite=False)
        Q, _ = linalg.lu(_times(cols, Q), permute_l=True, check_finite=False)
    Q, _ = linalg.qr(_times(rows, Q), mode="economic", check_finite=False)
    B = _times(cols, Q).T  # Q.T @ A, as SciPy computes it: (A.T @ Q).T
    Uhat, s, Vt = linalg.svd(B, full_matrices=False, lapack_driver="gesdd")
    del B
    U = Q @ Uhat
    U, Vt = (Vt[:dims, :].T, U[:, :dims].T) if transpose else (U[:, :dims], Vt[:dims, :])
    return svd_flip(U, Vt, u_based_decision=False)[1]


def _times(A: sp.csr_matrix, D: np.ndarray) -> np.ndarray:
    """``A @ D`` (sparse CSR times dense), the rows in two halves on two threads."""
    half = A.shape[0] // 2
    if half < 1_000:
        return A @ D
    with ThreadPoolExecutor(2) as pool:
        top, bottom = pool.map(lambda span: A[span[0]:span[1]] @ D,
                               [(0, half), (half, A.shape[0])])
    return np.vstack([top, bottom])


def _kmeans(Z: np.ndarray, k: int, seed: int, n_init: int = 10) -> tuple[np.ndarray, np.ndarray]:
    """Labels and unit-length centres of spherical-ish k-means on unit-length rows."""
    if len(Z) > MINIBATCH_ABOVE:
        km = MiniBatchKMeans(k, n_init=3, batch_size=4096, random_state=seed).fit(Z)
    else:
        km = KMeans(k, init=_kmeans_plusplus, n_init=n_init, random_state=seed).fit(Z)
    return km.labels_, normalize(km.cluster_centers_)


def _kmeans_plusplus(X: np.ndarray, k: int, random_state: np.random.RandomState) -> np.ndarray:
    """k-means++ seeds (Arthur & Vassilvitskii 2007, greedy with ``2 + log k`` trials per seed):
    scikit-learn's ``_kmeans_plusplus`` step for step — the same random draws and the same
    floating-point operations, so the same seeds — without its per-call checks. Its distances
    (``_euclidean_distances``: float32 rows upcast to float64, ``-2 x·y + |x|² + |y|²``, back
    to float32, floored at 0) cost less than those checks on the 800-unit subsamples of the
    stability search, and the data's upcast rows and norms are computed once, not per seed.
    Unit weights, as :class:`~sklearn.cluster.KMeans` uses. Where scikit-learn would split the
    distances into blocks (more than about 1,000 rows) its own function is used."""
    n, f = X.shape
    trials = 2 + int(np.log(k))
    weight = np.ones(n, dtype=X.dtype)
    if X.dtype != np.float32 or min(_upcast_block(1, n, f), _upcast_block(trials, n, f)) < n:
        return _sk_kmeans_plusplus(X, k, row_norms(X, squared=True), weight, random_state)[0]
    Y = X.astype(np.float64)
    YY = np.einsum("ij,ij->i", Y, Y)[None, :]

    def distances(rows: np.ndarray) -> np.ndarray:
        C = rows.astype(np.float64)
        d = -2 * (C @ Y.T)
        d += np.einsum("ij,ij->i", C, C)[:, None]
        d += YY
        d = d.astype(np.float32, copy=False)
        return np.maximum(d, np.float32(0), out=d)

    centers = np.empty((k, f), dtype=X.dtype)
    centers[0] = X[random_state.choice(n, p=weight / weight.sum())]
    closest = distances(centers[0, np.newaxis])
    potential = closest @ weight
    for c in range(1, k):
        draws = random_state.uniform(size=trials) * potential
        ids = np.searchsorted(np.cumsum(weight * closest), draws)
        np.clip(ids, None, closest.size - 1, out=ids)
        to_candidates = distances(X[ids])
        np.minimum(closest, to_candidates, out=to_candidates)
        potentials = to_candidates @ weight.reshape(-1, 1)
        best = np.argmin(potentials)
        potential = potentials[best]
        closest = to_candidates[best]
        centers[c] = X[ids[best]]
    return centers


def _upcast_block(rows: int, n: int, f: int) -> int:
    """Rows per block of scikit-learn's ``_euclidean_distances_upcast`` for ``rows`` × ``n``
    dense distances of ``f`` features (its memory rule: 10 % more than the inputs, ≥ 10 MiB)."""
    mem = max(((rows + n) * f + rows * n) / 10, 10 * 2**17)
    return max(int((-2 * f + math.sqrt((2 * f) ** 2 + 4 * mem)) / 2), 1)


def _nmf(X: sp.csr_matrix, k: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Row-normalised loadings W (units × k) and components H of NMF."""
    model = NMF(k, init="nndsvda", max_iter=400, random_state=seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # ConvergenceWarning: loadings are still usable
        W = model.fit_transform(X)
    total = W.sum(axis=1, keepdims=True)
    return np.divide(W, total, out=np.zeros_like(W), where=total > 0), model.components_



def _top_terms(X: sp.csr_matrix, members: np.ndarray, terms: np.ndarray, n: int) -> list[str]:
    """The ``n`` terms of highest mean TF-IDF among ``members``. A word pair replaces a word it
    contains ("middle" → "middle east"), a word inside a chosen pair is not repeated, and terms
    with words of :data:`LABEL_STOP_WORDS` are skipped."""
    mean = np.asarray(X[members].mean(axis=0)).ravel()
    order = np.lexsort((terms.astype(str), -mean))
    chosen: list[str] = []
    for j in order:
        if mean[j] <= 0 or len(chosen) == n:
            break
        term = str(terms[j])
        if not term:
            continue
        words = set(term.split())
        if words & LABEL_STOP_WORDS or any(words <= set(c.split()) for c in chosen):
            continue
        inside = [i for i, c in enumerate(chosen) if set(c.split()) < words]
        if inside:  # "middle" then "middle east": keep the pair in the word's place
            chosen[inside[0]] = term
            chosen = [c for i, c in enumerate(chosen) if i not in inside[1:]]
        else:
            chosen.append(term)
    return chosen




def _encode(texts: list[str], embeddings: Any) -> np.ndarray:
    """Embedding rows of ``texts``: from an encoder, an array, or a default SentenceTransformer."""
    if embeddings is None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as err:
            raise ImportError(
                "method='embedding' needs the sentence-transformers package and a downloaded "
                "model, or embeddings=<array or encoder>; use method='kmeans' otherwise"
            ) from err
        embeddings = SentenceTransformer("all-MiniLM-L6-v2")
    if hasattr(embeddings, "encode"):
        return np.asarray(embeddings.encode(texts), dtype=np.float64)
    E = np.asarray(embeddings, dtype=np.float64)
    if E.ndim != 2 or len(E) != len(texts):
        raise ValueError(
            f"embeddings must have one row per unit ({len(texts)} rows), got shape {E.shape}")
    return E
