"""The topic model: :func:`topic_model` fits, :class:`TopicModel` holds the tidy tables, and
:func:`run_agreement` measures what the random seed decides. See :mod:`analysis.topics`."""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score
from sklearn.preprocessing import normalize
from threadpoolctl import threadpool_limits

from .._api import keyword_only
from .._memory import release_memory
from .._validate import require_columns
from .features import (
    LSA_DIMENSIONS,
    MINIBATCH_ABOVE,
    TOPIC_STOP_WORDS,
    _encode,
    _kmeans,
    _lsa,
    _nmf,
    _top_terms,
    tfidf,
)
from .selection import _EMPTY_SELECTION, MAX_TOPICS, _candidate_ks, _choose_k, _distinct_texts
from .units import resolve_unit, topic_units

METHODS = ("kmeans", "nmf", "embedding")


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

    def __getitem__(self, name: str) -> pd.DataFrame:
        """``model["assignments"]``: the dict access of the old ``topic_model_dask`` result."""
        import warnings

        warnings.warn(f'model[{name!r}] is now model.{name}', DeprecationWarning, stacklevel=2)
        return getattr(self, name)

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


@keyword_only("unit", "n_topics", "method", "random_state")
def topic_model(articles: pd.DataFrame, *, unit: str = "auto", n_topics: int | str = "auto",
                method: str = "kmeans", random_state: int = 0, max_topics: int = MAX_TOPICS,
                min_words: int = 8, max_words: int | None = 1000, n_terms: int = 10,
                n_passages: int = 3, embeddings: Any = None) -> TopicModel:
    """Cluster paragraphs or articles into topics.

    Parameters
    ----------
    articles : DataFrame
        Needs ``doc_id`` and ``text``; any other column (``outlet``, ``date`` …) can be used by
        :meth:`TopicModel.by`. With ``unit="article"`` a ``title`` column is prepended to the text.
    unit : {"auto", "paragraph", "article"}
        What is clustered. Paragraphs suit a small corpus and articles that mix subjects; ids
        are ``doc_id:para_id``. ``"auto"``: articles from :data:`ARTICLE_UNITS_FROM` (200)
        articles on, else paragraphs (:func:`resolve_unit`); ``model.unit`` says which.
    n_topics : int or "auto"
        Number of topics, or ``"auto"``: chosen by stability beyond chance, the largest k whose
        kappa ``(stability - null) / (1 - null)`` is within one standard error of the best
        (:mod:`analysis.topics.selection` gives the method and its evaluation; :func:`stability`).
        The table is in ``model.selection`` and the reason in ``model.why``.
    method : {"kmeans", "nmf", "embedding"}
        See :mod:`analysis.topics`. ``"kmeans"`` (TF-IDF → LSA → k-means, the default) reaches
        NMI ≈ 0.91 against the BBC classes.
    random_state : int
        Seed of every random step: the same seed gives the same tables.
    max_topics : int
        Largest k tried by ``"auto"`` (default 40); when ``"auto"`` takes it, ``model.why``
        says that the data may hold more, smaller topics.
    min_words, max_words : int
        Units with fewer words (headings, bylines) are left out and listed in ``model.skipped``;
        units are cut to their first ``max_words`` words (``None``: no cut).
    n_terms, n_passages : int
        Terms in ``top_terms`` and passages per topic in ``passages``.
    embeddings : array or object with ``.encode(list_of_texts)``, optional
        For ``method="embedding"``: unit embeddings (rows in the order of :func:`topic_units`)
        or an encoder such as a ``SentenceTransformer``.

    Returns
    -------
    TopicModel
        See :class:`TopicModel`. Topics are numbered by size (0 = largest). A ``ValueError``
        says when the data cannot support the request: more topics than units, no shared
        vocabulary, an unknown unit or method.

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
    auto = _check_options(n_topics, method)
    unit = resolve_unit(articles, unit)
    units, skipped, what = _units_to_cluster(articles, unit, n_topics, auto, min_words, max_words)
    X, terms = tfidf(units["text"], stop_words=TOPIC_STOP_WORDS)
    units, skipped, X = _drop_unshared(units, skipped, X)
    n = len(units)
    distinct = _distinct_texts(units["text"], at_least=max(max_topics ** 2,
                                                          0 if auto else int(n_topics)))
    R, selection, k, why, labels, weight = _cluster(
        units, X, method, embeddings, random_state, n_topics, max_topics, distinct, what)
    model = _assemble(units, skipped, articles, X, terms, labels, weight, k=k, unit=unit,
                      method=method, random_state=random_state, why=why, selection=selection,
                      n_terms=n_terms, n_passages=n_passages, R=R)
    del X
    release_memory(n)
    return model


def _cluster(units: pd.DataFrame, X: sp.csr_matrix, method: str, embeddings: Any,
             random_state: int, n_topics: int | str, max_topics: int, distinct: int, what: str
             ) -> tuple[np.ndarray, pd.DataFrame | None, int, str, np.ndarray, np.ndarray]:
    """``(R, selection, k, why, labels, weight)``: the representation, the number of topics and
    the fit, each on the number of threads that suits it."""
    n = len(units)
    # Small fits run fastest on one thread (threads wait for each other: 5x slower on BBC).
    # The LSA basis of a large corpus keeps every core (LAPACK's result depends on the number
    # of threads, so this keeps the tables), and so does NMF; k-means runs on one thread at any
    # size: on the 37,641-article stand-in the final fit took 5-9 CPU s on two threads and 0.6
    # on one, same partition.
    with threadpool_limits(limits=1 if n < MINIBATCH_ABOVE else None):
        R = _representation(units, X, method, embeddings, random_state)
    with threadpool_limits(limits=1 if n < MINIBATCH_ABOVE or method != "nmf" else None):
        selection, k, why = _number_of_topics(R, n, distinct, n_topics, max_topics,
                                              random_state, what)
        if k > 1 and n / k < 3:
            warnings.warn(f"{k} topics over {n} units: fewer than 3 units per topic on average;"
                          " topics this small are anecdotes, not patterns", stacklevel=3)
        labels, weight = _fit(X, R, k, method, random_state)
    return R, selection, k, why, labels, weight


def _check_options(n_topics: int | str, method: str) -> bool:
    """Refuse an unknown method or a bad ``n_topics``; True when ``n_topics`` is "auto"."""
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, got {method!r}")
    auto = isinstance(n_topics, str)
    if auto and n_topics != "auto":
        raise ValueError(f"n_topics must be an integer or 'auto', got {n_topics!r}")
    if not auto and (not isinstance(n_topics, (int, np.integer)) or n_topics < 2):
        raise ValueError(f"n_topics must be an integer of at least 2 or 'auto', got {n_topics!r}")
    return auto


def _units_to_cluster(articles: pd.DataFrame, unit: str, n_topics: int | str, auto: bool,
                      min_words: int, max_words: int | None
                      ) -> tuple[pd.DataFrame, pd.DataFrame, str]:
    """The units and skipped units, and the units in words; refuses too few units."""
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
    return units, skipped, what


def _drop_unshared(units: pd.DataFrame, skipped: pd.DataFrame, X: sp.csr_matrix
                   ) -> tuple[pd.DataFrame, pd.DataFrame, sp.csr_matrix]:
    """Units whose TF-IDF row is empty moved from ``units`` (and ``X``) to ``skipped``."""
    empty = np.asarray(X.getnnz(axis=1) == 0)
    if empty.any():
        gone = units[empty].assign(reason="no term shared with another unit")
        skipped = pd.concat([skipped, gone], ignore_index=True)
        units, X = units[~empty].reset_index(drop=True), X[~empty]
    return units, skipped, X


def _representation(units: pd.DataFrame, X: sp.csr_matrix, method: str, embeddings: Any,
                    random_state: int) -> np.ndarray:
    """The rows clustered: unit-length embeddings, or LSA rows of ``X``."""
    if method == "embedding":
        return normalize(_encode(units["text"].tolist(), embeddings))
    # Few units cannot fill 100 dimensions: keep about one per five units.
    dims = min(LSA_DIMENSIONS, len(units) // 5, X.shape[1] - 1)
    return _lsa(X, dims, random_state) if dims >= 2 else normalize(X.toarray())


def _number_of_topics(R: np.ndarray, n: int, distinct: int, n_topics: int | str,
                      max_topics: int, random_state: int, what: str
                      ) -> tuple[pd.DataFrame | None, int, str]:
    """``(selection, k, why)``: k chosen by stability for "auto", else the k given."""
    if isinstance(n_topics, str):
        ks = _candidate_ks(min(n, distinct), max_topics) if n >= 4 else []
        if ks:
            return _choose_k(R, ks, random_state)
        # too few units to compare partitions: one topic, said in words
        why = (f"one topic: {what} ({distinct} distinct) are too few to choose a "
               "number of topics by stability (k=2 needs at least 4)")
        return _EMPTY_SELECTION.copy(), 1, why
    k = int(n_topics)
    if k > distinct:
        raise ValueError(f"n_topics={k} but only {distinct} units have distinct text "
                         f"among {what}; ask for at most {distinct} topics")
    return None, k, f"k={k} given"


def _fit(X: sp.csr_matrix, R: np.ndarray, k: int, method: str, random_state: int
         ) -> tuple[np.ndarray, np.ndarray]:
    """Topic label and weight of every unit: NMF of ``X``, or k-means of ``R``."""
    if method == "nmf":
        W, _ = _nmf(X, k, random_state)
        labels = W.argmax(axis=1)
        return labels, W[np.arange(X.shape[0]), labels]
    labels, centres = _kmeans(R, k, random_state)
    return labels, np.clip(np.einsum("ij,ij->i", R, centres[labels]), 0.0, 1.0)


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
