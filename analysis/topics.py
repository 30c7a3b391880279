"""Topics: which subjects a corpus covers, at paragraph or article level, and who covers which.

:func:`topic_model` clusters units (paragraphs or articles) into topics and returns a
:class:`TopicModel` holding tidy tables: ``assignments`` (``unit_id, doc_id, topic, weight``),
``topics`` (``topic, label, top_terms, size, share, representative``), ``passages`` (the units
nearest each topic's centre, with ids that join back to the text) and, for ``n_topics="auto"``,
``selection`` (the stability, raw and beyond chance, of every candidate number of topics).
``model.by("outlet")`` and ``model.by("date", freq="M")`` give topic × outlet and topic × time
shares in long format.

Methods (all deterministic for a given ``random_state``):

- ``"kmeans"`` (default): TF-IDF (Salton & Buckley 1988; sublinear tf, English stop words and
  reporting verbs (:data:`REPORTING_VERBS`), words and word pairs, exact vocabulary counted in
  Arrow kernels) → latent semantic analysis,
  a truncated SVD (Deerwester et al. 1990; Halko et al. 2011 randomised solver) → unit-length
  rows → k-means (Lloyd 1982, k-means++ seeding, Arthur & Vassilvitskii 2007). Weight = cosine
  similarity to the topic centre.
- ``"nmf"``: non-negative matrix factorisation of the TF-IDF matrix (Lee & Seung 1999; NNDSVDa
  start, Boutsidis & Gallopoulos 2008). Weight = the unit's normalised loading on its topic.
- ``"embedding"``: sentence embeddings (Reimers & Gurevych 2019) → k-means, when the
  ``sentence-transformers`` package and a model are installed, or with embeddings you pass.

``n_topics="auto"`` picks k by stability under subsampling beyond that of column-permuted data
(Ben-Hur et al. 2002; Lange et al. 2004; Dudoit & Fridlyand 2002): see :func:`stability` and
:func:`topic_model`. Stories (the same event across outlets) live
in :mod:`analysis.stories`.
"""

from __future__ import annotations

import math
import os
import warnings
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.cluster import KMeans, MiniBatchKMeans
from sklearn.decomposition import NMF, TruncatedSVD
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score
from sklearn.preprocessing import normalize
from threadpoolctl import threadpool_limits

from ._memory import release_memory
from ._validate import require_columns, require_unique
from .text import paragraphs
from .tokens import document_term_counts, word_counts

METHODS = ("kmeans", "nmf", "embedding")
UNITS = ("paragraph", "article")
#: ``unit="auto"`` clusters whole articles from this many articles on, paragraphs below: a few
#: articles give too few units, while in a large corpus paragraph-level stability is dominated by
#: the split of one broad subject from another (AllSides paragraphs: k=2 on one seed, 40 on the
#: next) and "which outlet covers which topic" is a question about articles.
ARTICLE_UNITS_FROM = 200


def resolve_unit(articles: pd.DataFrame, unit: str = "auto") -> str:
    """The unit ``unit="auto"`` means for this corpus: ``"article"`` from
    :data:`ARTICLE_UNITS_FROM` articles on, else ``"paragraph"``; other units unchanged.

    Examples
    --------
    >>> resolve_unit(pd.DataFrame({"doc_id": ["a", "b"]}))
    'paragraph'
    """
    if unit != "auto":
        return unit
    return "article" if len(articles) >= ARTICLE_UNITS_FROM else "paragraph"
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


def topic_units(articles: pd.DataFrame, unit: str = "paragraph", *,
                min_words: int = 8, max_words: int | None = 1000
                ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The units a topic model clusters, and those it leaves out.

    Returns
    -------
    (units, skipped)
        ``units``: ``unit_id, doc_id, para_id, text, n_words`` (``unit_id`` is ``doc_id`` for
        articles, ``doc_id:para_id`` for paragraphs; ``para_id`` is -1 for articles).
        ``skipped``: the same columns plus ``reason``, for units under ``min_words`` words.
        Units longer than ``max_words`` words are cut to their first ``max_words`` (the lead
        carries the subject; the cut keeps long articles from dominating the time).

    Examples
    --------
    >>> df = pd.DataFrame({"doc_id": ["a"], "text": ["Short title\\n\\n" + "word " * 9]})
    >>> units, skipped = topic_units(df)
    >>> units["unit_id"].tolist(), skipped["unit_id"].tolist()
    (['a:1'], ['a:0'])
    """
    require_columns(articles, ["doc_id", "text"])
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {UNITS}, got {unit!r}")
    require_unique(articles)
    if unit == "paragraph":
        units = paragraphs(articles)
        units.insert(0, "unit_id", units["doc_id"].astype(str) + ":" + units["para_id"].astype(str))
        units = units[["unit_id", "doc_id", "para_id", "text"]]
    else:
        units = pd.DataFrame({
            "unit_id": articles["doc_id"].astype(str).reset_index(drop=True),
            "doc_id": articles["doc_id"].reset_index(drop=True),
            "para_id": -1,
            "text": articles["text"].fillna("").astype(str).reset_index(drop=True),
        })
        if "title" in articles.columns:
            # The title names the subject; it is not part of ``text`` in load_corpus output.
            titles = articles["title"].fillna("").astype(str).reset_index(drop=True)
            gap = pd.Series(np.where(titles == "", "", "\n\n"), index=titles.index)
            units["text"] = titles + gap + units["text"]
    n_words = word_counts(units["text"])
    if max_words:
        long = np.flatnonzero(n_words > max_words)
        if len(long):
            units.loc[long, "text"] = [_first_words(t, max_words)
                                       for t in units["text"].iloc[long].tolist()]
            n_words[long] = max_words
    units["n_words"] = n_words
    short = units["n_words"] < min_words
    skipped = units[short].assign(reason=f"fewer than {min_words} words")
    if short.any():
        units = units[~short]
    return units.reset_index(drop=True), skipped.reset_index(drop=True)


def _first_words(text: str, n: int) -> str:
    """``text`` up to its ``n``-th whitespace-separated word."""
    if len(text) <= 2 * n:
        return text
    parts = text.split(None, n)
    return text if len(parts) <= n else text[: len(text) - len(parts[-1])].rstrip()


def _lsa(X: sp.csr_matrix, dims: int, random_state: int) -> np.ndarray:
    """Unit-length LSA rows of ``X``. Above :data:`LSA_SAMPLE` rows the basis is fitted on that
    many rows drawn at random and every row is projected on it: the leading directions of a large
    sample are those of the corpus, at a fraction of the cost."""
    svd = TruncatedSVD(dims, random_state=random_state)
    if X.shape[0] <= LSA_SAMPLE:
        return normalize(svd.fit_transform(X))
    pick = np.sort(np.random.default_rng(random_state).choice(X.shape[0], LSA_SAMPLE,
                                                              replace=False))
    svd.fit(X[pick])
    return normalize(svd.transform(X))


def _kmeans(Z: np.ndarray, k: int, seed: int, n_init: int = 10) -> tuple[np.ndarray, np.ndarray]:
    """Labels and unit-length centres of spherical-ish k-means on unit-length rows."""
    if len(Z) > MINIBATCH_ABOVE:
        km = MiniBatchKMeans(k, n_init=3, batch_size=4096, random_state=seed).fit(Z)
    else:
        km = KMeans(k, n_init=n_init, random_state=seed).fit(Z)
    return km.labels_, normalize(km.cluster_centers_)


def _nmf(X: sp.csr_matrix, k: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Row-normalised loadings W (units × k) and components H of NMF."""
    model = NMF(k, init="nndsvda", max_iter=400, random_state=seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # ConvergenceWarning: loadings are still usable
        W = model.fit_transform(X)
    total = W.sum(axis=1, keepdims=True)
    return np.divide(W, total, out=np.zeros_like(W), where=total > 0), model.components_


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
            lambda t: _stability_of_k(data[t[0]], t[1], samples, random_state), tasks)))
    table = pd.DataFrame([done[(0, k)] for k in ks],
                         columns=["k", "stability", "stability_sd", "pairs"])
    if null:
        s0 = np.array([done[(1, k)]["stability"] for k in ks])
        table["null_stability"] = s0
        table["null_stability_sd"] = [done[(1, k)]["stability_sd"] for k in ks]
        table["adjusted_stability"] = ((table["stability"] - s0)
                                       / np.maximum(1.0 - s0, 1e-3)).clip(lower=-1.0)
    return table


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


@dataclass
class TopicModel:
    """A fitted topic model: tidy tables plus the fitted parts (attributes ending in ``_``).

    Attributes
    ----------
    assignments : DataFrame
        ``unit_id, doc_id, para_id, topic, weight`` — one row per clustered unit.
    topics : DataFrame
        ``topic, label, top_terms, size, share, weight_mean, representative_id, representative``.
    passages : DataFrame
        ``topic, rank, unit_id, doc_id, para_id, weight, text`` — the units nearest each centre.
    units, skipped : DataFrame
        The clustered units (with text) and those left out (with the reason).
    selection : DataFrame or None
        For ``n_topics="auto"``, one row per candidate k: ``k``; ``stability``,
        ``stability_sd`` and ``pairs`` (mean and sd of the ARI over the pairs of subsample
        clusterings); ``null_stability``, ``null_stability_sd`` (the same on column-permuted
        data);
        ``adjusted_stability`` (``(stability - null_stability) / (1 - null_stability)``, the
        score k is chosen by); ``adjusted_se`` (its standard error); ``chosen``.
    why : str
        How the number of topics was set.
    meta : DataFrame
        The articles' other columns (``outlet``, ``date`` …), for :meth:`by`.
    vectorizer_terms_, representation_
        The term of each TF-IDF column, and the matrix clustered (LSA or embedding rows).
    """

    assignments: pd.DataFrame
    topics: pd.DataFrame
    passages: pd.DataFrame
    units: pd.DataFrame
    skipped: pd.DataFrame
    meta: pd.DataFrame
    n_topics: int
    unit: str
    method: str
    random_state: int
    why: str
    selection: pd.DataFrame | None = None
    vectorizer_terms_: np.ndarray | None = field(default=None, repr=False)
    representation_: Any = field(default=None, repr=False)

    def __repr__(self) -> str:
        return (f"TopicModel({self.n_topics} topics over {len(self.units)} {self.unit} units of "
                f"{self.units['doc_id'].nunique()} articles, method={self.method!r}; {self.why})")

    def by(self, group: str = "outlet", *, freq: str | None = None) -> pd.DataFrame:
        """Topic shares within each value of an article column (outlet, date period, …).

        Parameters
        ----------
        group : str
            A column of the articles given to :func:`topic_model` (``outlet``, ``date``, …).
        freq : str, optional
            For a date column: a pandas period (``"D"``, ``"W"``, ``"M"``, ``"Q"``, ``"Y"``);
            each date is replaced by the start of its period. Unknown dates form their own group.

        Returns
        -------
        DataFrame
            ``<group>, topic, label, units, group_units, share`` with ``share = units /
            group_units``: the shares of the topics within one group value sum to 1. Every
            topic appears for every group value (zeros included). Sorted by group, then topic.
        """
        if group not in self.meta.columns:
            raise ValueError(
                f"articles had no column {group!r}; columns are {list(self.meta.columns)}")
        df = self.assignments[["doc_id", "topic"]].merge(
            self.meta[["doc_id", group]], on="doc_id", how="left")
        if freq is not None:
            dates = pd.to_datetime(df[group], errors="coerce")
            df[group] = dates.dt.to_period(freq).dt.start_time
        counts = df.groupby([group, "topic"], dropna=False).size().rename("units")
        values = counts.index.get_level_values(0).unique()
        grid = pd.MultiIndex.from_product([values, range(self.n_topics)], names=[group, "topic"])
        out = counts.reindex(grid, fill_value=0).reset_index()
        out["group_units"] = out.groupby(group, dropna=False)["units"].transform("sum")
        out["share"] = out["units"] / out["group_units"]
        out = out.merge(self.topics[["topic", "label"]], on="topic", how="left")
        out = out[[group, "topic", "label", "units", "group_units", "share"]]
        return out.sort_values([group, "topic"], na_position="last").reset_index(drop=True)

    def passages_for(self, topic: int, n: int = 3) -> pd.DataFrame:
        """The ``n`` passages nearest the centre of ``topic`` (from ``passages``)."""
        rows = self.passages[self.passages["topic"] == topic]
        return rows.head(n).reset_index(drop=True)


def _holds_containers(col: pd.Series) -> bool:
    """True for a column of lists or dicts (captions, highlights): not a grouping variable."""
    if col.dtype != object:
        return False
    values = col.dropna()
    return len(values) > 0 and isinstance(values.iloc[0], (list, dict, tuple, np.ndarray))


def _encode(texts: list[str], embeddings: Any) -> np.ndarray:
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


def topic_model(
    articles: pd.DataFrame,
    unit: str = "auto",
    n_topics: int | str = "auto",
    method: str = "kmeans",
    random_state: int = 0,
    *,
    max_topics: int = MAX_TOPICS,
    min_words: int = 8,
    max_words: int | None = 1000,
    n_terms: int = 10,
    n_passages: int = 3,
    embeddings: Any = None,
) -> TopicModel:
    """Cluster paragraphs or articles into topics.

    Parameters
    ----------
    articles : DataFrame
        Needs ``doc_id`` and ``text``; any other column (``outlet``, ``date`` …) can be used by
        :meth:`TopicModel.by`. With ``unit="article"`` a ``title`` column is prepended to the text.
    unit : {"auto", "paragraph", "article"}
        What is clustered. Paragraphs suit a small corpus (a few articles give dozens of units)
        and articles that mix subjects; ids are ``doc_id:para_id``. ``"auto"`` (default):
        articles from :data:`ARTICLE_UNITS_FROM` (200) articles on, else paragraphs (see
        :func:`resolve_unit`); ``model.unit`` says which.
    n_topics : int or "auto"
        Number of topics, or ``"auto"``: chosen by stability beyond chance (see
        :func:`stability`). Candidates: every k from 2 to 10, then steps of about 25 %, up to
        ``min(max_topics, √n_units)``. For each k the units (at most 1,000 drawn at random) are
        subsampled 10 times (80 %), each subsample is clustered by k-means on the LSA (or
        embedding) rows, and the clusterings are compared pairwise with the adjusted Rand index
        (Ben-Hur et al. 2002; Lange et al. 2004). Raw stability favours small k (von Luxburg
        2010): k-means cuts even structureless data reproducibly into two. So the same is done
        on the rows with every column permuted (a reference without clusters; Tibshirani et al.
        2001, Dudoit & Fridlyand 2002), and the score is the agreement beyond it, a kappa
        ``(stability - null) / (1 - null)``. The largest k whose score is within one standard
        error of the best is taken (the one-standard-error rule, Breiman et al. 1984, used
        toward the finer partition: an equally reproducible finer partition says more). With
        ``method="nmf"`` the same k-means stability sets k, then NMF is fitted. The table is in
        ``model.selection`` and the reason in ``model.why``. On BBC News (5 classes) this finds
        k=5 (NMI 0.91); on AllSides world-affairs paragraphs it finds the ceiling, 40 topics (the
        old raw-stability rule found 2); see ``benchmarks/eval_topics.py``.
    method : {"kmeans", "nmf", "embedding"}
        See the module docstring. ``"kmeans"`` (TF-IDF → LSA → k-means) is the default; it
        reaches NMI ≈ 0.91 against the BBC classes.
    random_state : int
        Seed of every random step: the same seed gives the same tables.
    max_topics : int
        Largest k tried by ``"auto"`` (default 40); when ``"auto"`` takes it, ``model.why``
        says that the data may hold more, smaller topics.
    min_words : int
        Units with fewer words (headings, bylines, "Follow") are left out and listed in
        ``model.skipped``.
    max_words : int or None
        Units are cut to their first ``max_words`` words (``None``: no cut).
    n_terms, n_passages : int
        Terms in ``top_terms`` and passages per topic in ``passages``.
    embeddings : array or object with ``.encode(list_of_texts)``, optional
        For ``method="embedding"``: precomputed unit embeddings (rows in the order of
        :func:`topic_units`) or an encoder such as a ``SentenceTransformer``.

    Returns
    -------
    TopicModel
        See :class:`TopicModel`. Topics are numbered by size (0 = largest).

    Raises
    ------
    ValueError
        When the data cannot support the request: more topics than units, fewer than 4 units
        for ``"auto"``, no shared vocabulary, an unknown unit or method.

    Examples
    --------
    >>> sport = "The striker scored a late goal and the team won the match"
    >>> money = "The central bank raised interest rates as inflation rose again"
    >>> texts = [f"{sport} {i}" for i in "abc"] + [f"{money} {i}" for i in "def"]
    >>> df = pd.DataFrame({"doc_id": list("abcdef"), "text": texts, "outlet": list("xyxyxy")})
    >>> model = topic_model(df, unit="article", n_topics=2)
    >>> model.topics[["topic", "size"]].values.tolist()
    [[0, 3], [1, 3]]
    >>> model.by("outlet")["share"].round(2).tolist()
    [0.33, 0.67, 0.67, 0.33]
    """
    require_columns(articles, ["doc_id", "text"])
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, got {method!r}")
    auto = isinstance(n_topics, str)
    if auto and n_topics != "auto":
        raise ValueError(f"n_topics must be an integer or 'auto', got {n_topics!r}")
    if not auto and (not isinstance(n_topics, (int, np.integer)) or n_topics < 2):
        raise ValueError(f"n_topics must be an integer of at least 2 or 'auto', got {n_topics!r}")
    unit = resolve_unit(articles, unit)
    units, skipped = topic_units(articles, unit, min_words=min_words, max_words=max_words)
    n = len(units)
    what = f"{n} {unit} units" + (f" ({len(skipped)} shorter than {min_words} words left out)"
                                   if len(skipped) else "")
    if n == 0:
        raise ValueError(f"no units to cluster: there are {what}")
    if not auto and n_topics > n:
        raise ValueError(
            f"n_topics={n_topics} is more topics than units: there are {what}. "
            f"Ask for at most {n} topics" + (", or use unit='paragraph'." if unit == "article"
                                              else "."))
    X, terms = tfidf(units["text"], stop_words=TOPIC_STOP_WORDS)
    empty = np.asarray(X.getnnz(axis=1) == 0)
    if empty.any():
        gone = units[empty].assign(reason="no term shared with another unit")
        skipped = pd.concat([skipped, gone], ignore_index=True)
        units, X = units[~empty].reset_index(drop=True), X[~empty]
        n = len(units)
    distinct = _distinct_texts(units["text"], at_least=max(max_topics ** 2,
                                                          0 if auto else int(n_topics)))

    # Small fits run fastest on one thread: on a shared 2-core machine BLAS and OpenMP threads
    # mostly wait for each other (5x slower measured on the BBC corpus).
    with threadpool_limits(limits=1 if n < MINIBATCH_ABOVE else None):
        if method == "embedding":
            R = normalize(_encode(units["text"].tolist(), embeddings))
        else:
            # Few units cannot fill 100 dimensions: keep about one per five units.
            dims = min(LSA_DIMENSIONS, n // 5, X.shape[1] - 1)
            R = _lsa(X, dims, random_state) if dims >= 2 else normalize(X.toarray())
        selection = None
        if auto:
            ks = _candidate_ks(min(n, distinct), max_topics) if n >= 4 else []
            if ks:
                selection, k, why = _choose_k(R, ks, random_state)
            else:  # too few units to compare partitions: one topic, said in words
                k, why = 1, (f"one topic: {what} ({distinct} distinct) are too few to choose a "
                             "number of topics by stability (k=2 needs at least 4)")
                selection = _EMPTY_SELECTION.copy()
        else:
            k = int(n_topics)
            if k > distinct:
                raise ValueError(f"n_topics={k} but only {distinct} units have distinct text "
                                 f"among {what}; ask for at most {distinct} topics")
            why = f"k={k} given"
        if k > 1 and n / k < 3:
            warnings.warn(f"{k} topics over {n} units: fewer than 3 units per topic on average;"
                          " topics this small are anecdotes, not patterns", stacklevel=2)
        if method == "nmf":
            W, _ = _nmf(X, k, random_state)
            labels = W.argmax(axis=1)
            weight = W[np.arange(n), labels]
        else:
            labels, centres = _kmeans(R, k, random_state)
            weight = np.clip(np.einsum("ij,ij->i", R, centres[labels]), 0.0, 1.0)
    model = _assemble(units, skipped, articles, X, terms, labels, weight, k=k, unit=unit,
                      method=method, random_state=random_state, why=why, selection=selection,
                      n_terms=n_terms, n_passages=n_passages, R=R)
    del X
    release_memory(n)
    return model


def _assemble(units, skipped, articles, X, terms, labels, weight, *, k, unit, method,
              random_state, why, selection, n_terms, n_passages, R) -> TopicModel:
    """Renumber topics by size and build the tidy tables."""
    k_used = np.unique(labels)
    top = {c: _top_terms(X, np.flatnonzero(labels == c), terms, n_terms) for c in k_used}
    sizes = pd.DataFrame({"old": k_used, "size": [(labels == c).sum() for c in k_used],
                          "key": [" ".join(top[c]) for c in k_used]})
    sizes = sizes.sort_values(["size", "key"], ascending=[False, True]).reset_index(drop=True)
    renumber = dict(zip(sizes["old"], sizes.index))
    topic = np.array([renumber[c] for c in labels], dtype=np.int64)
    assignments = pd.DataFrame({
        "unit_id": units["unit_id"].to_numpy(), "doc_id": units["doc_id"].to_numpy(),
        "para_id": units["para_id"].to_numpy(), "topic": topic,
        "weight": np.round(weight.astype(np.float64), 6),
    })
    ranked = assignments.sort_values(["topic", "weight", "unit_id"],
                                     ascending=[True, False, True])
    ranked["rank"] = ranked.groupby("topic").cumcount()
    ranked = ranked[ranked["rank"] < n_passages]
    # Only the passages' texts are taken (the whole text column would be 100,000s of strings).
    ranked["text"] = units["text"].take(ranked.index.to_numpy()).to_numpy()
    passages = ranked[["topic", "rank", "unit_id", "doc_id", "para_id", "weight", "text"]
                      ].reset_index(drop=True)
    first = passages[passages["rank"] == 0].set_index("topic")
    n_units = len(units)
    topics = pd.DataFrame({
        "topic": np.arange(len(sizes)),
        "label": [" / ".join(top[c][:3]) for c in sizes["old"]],
        "top_terms": [", ".join(top[c]) for c in sizes["old"]],
        "size": sizes["size"].to_numpy(),
    })
    topics["share"] = topics["size"] / n_units
    topics["weight_mean"] = assignments.groupby("topic")["weight"].mean().reindex(
        topics["topic"]).round(4).to_numpy()
    topics["representative_id"] = first["unit_id"].reindex(topics["topic"]).to_numpy()
    topics["representative"] = first["text"].reindex(topics["topic"]).to_numpy()
    meta_cols = [c for c in articles.columns if c != "text" and not _holds_containers(articles[c])]
    return TopicModel(
        assignments=assignments, topics=topics, passages=passages, units=units, skipped=skipped,
        meta=articles[meta_cols].reset_index(drop=True), n_topics=len(sizes), unit=unit,
        method=method, random_state=random_state, why=why, selection=selection,
        vectorizer_terms_=terms, representation_=R,
    )


def run_agreement(articles: pd.DataFrame, seeds: tuple[int, ...] = (0, 1, 2),
                  **kwargs: Any) -> pd.DataFrame:
    """How much the topics change when only the random seed changes.

    Fits :func:`topic_model` once per seed (same data, same options) and compares every pair of
    runs on the units they share with the adjusted Rand index (1 = the same partition; 0 = no
    more alike than chance) and the normalised mutual information. A given seed always
    reproduces its own run exactly; this measures what the seed itself decides.

    Returns
    -------
    DataFrame
        ``seed_a, seed_b, k_a, k_b, ari, nmi``.

    Examples
    --------
    >>> sport = "The striker scored a late goal and the team won the match"
    >>> money = "The central bank raised interest rates as inflation rose again"
    >>> texts = [f"{sport} {i}" for i in "abc"] + [f"{money} {i}" for i in "def"]
    >>> df = pd.DataFrame({"doc_id": list("abcdef"), "text": texts})
    >>> run_agreement(df, seeds=(0, 1), unit="article", n_topics=2)["ari"].tolist()
    [1.0]
    """
    runs = {s: topic_model(articles, random_state=s, **kwargs) for s in seeds}
    rows = []
    for a, b in combinations(seeds, 2):
        m = runs[a].assignments[["unit_id", "topic"]].merge(
            runs[b].assignments[["unit_id", "topic"]], on="unit_id")
        rows.append({"seed_a": a, "seed_b": b, "k_a": runs[a].n_topics, "k_b": runs[b].n_topics,
                     "ari": round(float(adjusted_rand_score(m["topic_x"], m["topic_y"])), 4),
                     "nmi": round(float(normalized_mutual_info_score(m["topic_x"],
                                                                     m["topic_y"])), 4)})
    return pd.DataFrame(rows)
