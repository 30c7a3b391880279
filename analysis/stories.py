"""Stories: group the articles that report the same event, across outlets.

Framing comparisons are fair only within one story (two outlets covering different events differ
for that reason alone). :func:`stories` links two articles when their texts are alike (cosine
similarity of TF-IDF vectors of the title and lead) and they were published within a few days of
each other, then cuts each connected part of that graph into stories by average linkage, so that
a chain of pairwise links does not join unrelated events. The number of stories is not given: it
follows from the similarity threshold. It returns the ``stories`` table: one row per article
with ``doc_id, story_id`` and the story's label, size, outlets and dates.

Method: event detection by similarity clustering over a time window, as in Topic Detection and
Tracking (Allan et al. 1998, "Topic detection and tracking pilot study"; Yang, Pierce & Carbonell
1998, "A study of retrospective and on-line event detection"), with TF-IDF cosine similarity
(Salton & Buckley 1988) and average-linkage agglomerative clustering (Sokal & Michener 1958).
Scales to large corpora: similarities are computed only between articles whose dates fall within
the window (sparse products, block by block, on every core), never as a dense n × n matrix; the
link graph keeps each article's strongest links (:data:`NEIGHBOURS`), so its memory grows with n;
connected groups larger than :data:`MAX_COMPONENT` are cut into date-ordered chunks before the
linkage. On 100,000 generated articles: about 20 s on two cores, 31 s on one, and 2 GB
(``benchmarks/README.md``).
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse.csgraph import connected_components
from scipy.spatial.distance import squareform
from threadpoolctl import threadpool_limits

from ._api import renamed
from ._memory import release_memory
from ._progress import progress
from ._validate import require_columns, require_unique
from .tokens import word_runs
from .topics import tfidf

#: Default cosine similarity above which two articles are taken to report the same event.
THRESHOLD = 0.04
#: Undated articles that join no dated story are grouped among themselves with this multiple of
#: the threshold: without dates nothing keeps two events apart but their words, and at the
#: dated threshold the undated articles of the AllSides development events fall into 4 stories
#: for 10 events (NMI 0.63); at 1.25–2× the threshold, 9–22 stories (NMI 0.84–0.87).
UNDATED_FACTOR = 1.75
#: Components of the similarity graph larger than this are cut into date-ordered chunks first.
MAX_COMPONENT = 2_000
#: Links kept per article in the similarity graph (its most similar later articles).
NEIGHBOURS = 50
#: The most frequent terms, whose columns are multiplied as dense matrices (see :class:`_Cosines`).
DENSE_TERMS = 1_000
_COLUMNS = ["doc_id", "story_id", "story_label", "story_size", "story_outlets",
            "story_n_outlets", "story_start", "story_end"]


class _Cosines:
    """Dense blocks of ``X @ X.T`` for rows of unit-length TF-IDF vectors.

    The few hundred most frequent terms make nearly every pair of articles share a word, so the
    products are dense and a sparse product spends its time on them. Their columns
    (:data:`DENSE_TERMS`) are multiplied as dense matrices (BLAS), the other columns as sparse
    ones, and the two are added: the same similarities (to float32 rounding), about a third
    faster on 100,000 articles.
    """

    def __init__(self, X: sp.csr_matrix):
        X = X.tocsr()
        if X.shape[1] > 2 * DENSE_TERMS:
            df = np.bincount(X.indices, minlength=X.shape[1])
            dense = np.zeros(X.shape[1], dtype=bool)
            dense[np.argsort(-df, kind="stable")[:DENSE_TERMS]] = True
            self.dense, self.sparse = X[:, dense].tocsr(), X[:, ~dense].tocsr()
        else:
            self.dense, self.sparse = None, X

    def __call__(self, a: slice | np.ndarray, b: slice | np.ndarray) -> np.ndarray:
        """Similarities of rows ``a`` (rows of the result) with rows ``b`` (columns)."""
        S = (self.sparse[a] @ self.sparse[b].T).toarray()
        if self.dense is not None:
            A = self.dense[a].toarray()
            S += A @ (A if a is b else self.dense[b].toarray()).T
        return S


def _day_numbers(dates: pd.Series) -> np.ndarray:
    """Days since the epoch as float, NaN for unknown dates."""
    d = pd.to_datetime(dates, errors="coerce")
    if getattr(d.dt, "tz", None) is not None:
        d = d.dt.tz_convert(None)
    days = (d - pd.Timestamp("1970-01-01")).dt.days
    return days.to_numpy(dtype=np.float64, na_value=np.nan)


def similar_pairs(X: sp.csr_matrix, days: np.ndarray, *, threshold: float = THRESHOLD,
                  window: float | None = 3, neighbours: int = NEIGHBOURS,
                  block: int = 1_000, max_cells: int = 4_000_000) -> sp.csr_matrix:
    """Pairs of rows of ``X`` with cosine similarity ≥ ``threshold`` published within ``window``.

    Rows are sorted by date and compared, a block at a time, only with the rows that follow them
    within ``window`` days (sparse products of contiguous slices; each pair is computed once), so
    time grows with n × (articles per window), not n². A row keeps its ``neighbours`` most
    similar later rows, and, in each block, its most similar earlier one, so memory grows with
    n however many articles look alike, and every row keeps its strongest link
    (a link graph for finding connected groups, as a k-nearest-neighbour graph is; the exact
    similarities inside each group are recomputed when it is cut). Rows with an unknown date
    (NaN) are compared with every row. ``window=None`` ignores dates. A block is ``block`` rows,
    fewer when it would compare more than ``max_cells`` pairs.

    Returns
    -------
    csr_matrix
        Symmetric n × n matrix holding the similarity of each linked pair (diagonal empty).

    Examples
    --------
    >>> X = sp.csr_matrix(np.array([[1.0, 0], [1.0, 0], [0, 1.0]]))
    >>> similar_pairs(X, np.array([0.0, 1.0, 1.0]), threshold=0.5).toarray().tolist()
    [[0.0, 1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 0.0]]
    """
    n = X.shape[0]
    X = X.tocsr()
    if window is None:
        days = np.zeros(n)
        window = 0
    dated = np.flatnonzero(~np.isnan(days))
    undated = np.flatnonzero(np.isnan(days))
    # Undated rows go first, compared with everything after them (all rows).
    order = np.concatenate([undated, dated[np.argsort(days[dated], kind="stable")]])
    cosines = _Cosines(X[order])
    d = np.where(np.isnan(days[order]), -np.inf, days[order])
    n_undated = len(undated)
    plans = _block_plans(d, n_undated, window, block, max_cells)

    def links(plan: tuple[int, int, int]) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
        return _block_links(plan, cosines, d, order, n_undated, window, threshold, neighbours)

    # Sparse products and partitions release the GIL: blocks run on every core.
    with threadpool_limits(limits=1), \
            ThreadPoolExecutor(max(1, min(len(plans), os.cpu_count() or 1))) as pool:
        found = list(progress(pool.map(links, plans), total=len(plans), n_rows=n,
                              desc="similar articles", unit="block"))
    return _link_matrix(found, n)


def _block_plans(d: np.ndarray, n_undated: int, window: float, block: int,
                 max_cells: int) -> list[tuple[int, int, int]]:
    """``(start, stop, hi)`` of every block of date-ordered rows ``d``: rows ``start:stop``
    are compared with rows ``start:hi`` (within ``window`` days; undated rows with all)."""
    n = len(d)
    plans = []
    start = 0
    while start < n:
        stop = min(start + block, n_undated if start < n_undated else n)
        while True:  # forward reach of the block; shrink the block if the pairs are too many
            hi = n if start < n_undated else int(np.searchsorted(d, d[stop - 1] + window,
                                                                 side="right"))
            if stop - start <= 64 or (stop - start) * (hi - start) <= max_cells:
                break
            stop = start + max(64, (stop - start) // 2)
        plans.append((start, stop, hi))
        start = stop
    return plans


def _block_links(plan: tuple[int, int, int], cosines: _Cosines, d: np.ndarray,
                 order: np.ndarray, n_undated: int, window: float, threshold: float,
                 neighbours: int) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Links of one block: each row's strongest later neighbours, each column's strongest
    earlier row, as ``(rows, columns, similarities)`` in the original row numbers."""
    start, stop, hi = plan
    S = cosines(slice(start, stop), slice(start, hi))
    # Keep later rows (each pair once), within the window, above the threshold.
    local = np.arange(stop - start)
    S[:, : stop - start][local[:, None] >= local[None, :]] = 0.0
    if start >= n_undated:
        far = (d[start:hi][None, :] - d[start:stop][:, None]) > window
        S[far] = 0.0
    S[S < threshold] = 0.0
    # Each row's strongest later neighbours ...
    m = S.shape[1]
    # (selecting the smallest of -S is several times faster than the largest of S when
    # most of S is 0)
    top = (np.argpartition(-S, neighbours - 1, axis=1)[:, :neighbours]
           if m > neighbours else np.broadcast_to(np.arange(m), S.shape))
    v = np.take_along_axis(S, top, axis=1)
    r1, k = np.nonzero(v > 0)
    c1, v1 = top[r1, k], v[r1, k].astype(np.float32)
    # ... and each column's strongest earlier one in this block.
    r2 = S.argmax(axis=0)
    c2 = np.arange(m)
    v2 = S[r2, c2]
    strong = v2 > 0
    r2, c2, v2 = r2[strong], c2[strong], v2[strong].astype(np.float32)
    return [(order[start + r1], order[start + c1], v1),
            (order[start + r2], order[start + c2], v2)]


def _link_matrix(found: list, n: int) -> sp.csr_matrix:
    """The symmetric n × n matrix of the blocks' links (the strongest where two coincide)."""
    A = sp.csr_matrix((n, n), dtype=np.float32)
    for side in (0, 1):  # later neighbours, earlier neighbours
        i = np.concatenate([f[side][0] for f in found] or [np.array([], np.int64)])
        j = np.concatenate([f[side][1] for f in found] or [np.array([], np.int64)])
        v = np.concatenate([f[side][2] for f in found] or [np.array([], np.float32)])
        A = A.maximum(sp.coo_matrix((np.minimum(v, 1.0), (i, j)), shape=(n, n)).tocsr())
    return A.maximum(A.T).tocsr()


def _split_component(cosines: _Cosines, days: np.ndarray, members: np.ndarray,
                     threshold: float, window: float | None) -> np.ndarray:
    """Average-linkage labels of ``members``, cut where the mean similarity falls below
    ``threshold``. Pairs published more than ``window`` days apart count as unrelated (0), so a
    story can run longer than the window only if its days are tightly linked."""
    D = cosines(members, members)  # similarities, turned into distances in place
    if window is not None:
        d = days[members].astype(np.float32)
        D[np.abs(d[:, None] - d[None, :]) > window] = 0.0  # NaN compares False: undated join
    np.subtract(1.0, D, out=D)
    np.clip(D, 0.0, None, out=D)
    np.fill_diagonal(D, 0.0)
    Z = linkage(squareform(D, checks=False).astype(np.float64), method="average")
    return fcluster(Z, t=1.0 - threshold, criterion="distance")


@renamed(window="window_days")
def stories(
    articles: pd.DataFrame,
    *,
    threshold: float = THRESHOLD,
    window_days: float | None = 5,
    lead_words: int = 400,
    min_df: int = 1,
) -> pd.DataFrame:
    """Group articles that report the same event, across outlets.

    Parameters
    ----------
    articles : DataFrame
        Needs ``doc_id`` and ``text``; uses ``title`` (prepended to the text and used as the
        story label), ``date`` and ``outlet`` when present. An article with an unknown date
        joins, after the dated articles are grouped, the story it is most alike on average (if
        that reaches ``threshold``); undated articles left over are grouped among themselves,
        at a stricter threshold (:data:`UNDATED_FACTOR` times ``threshold``: no dates keep
        their events apart).
    threshold : float
        Cosine similarity (0–1) of sublinear TF-IDF vectors above which two articles can be
        linked; stories are cut where the mean similarity between their parts falls below it.
        Values look low because whole leads share few words; same-event pairs typically score
        0.05–0.3. Raise it for narrower stories (one development of an event), lower it for
        broader ones. The defaults (0.04, 5 days, 400 words, ``min_df=1``) were set on ten
        development events of the AllSides corpus, not on the twelve events the evaluation
        reports (``benchmarks/eval_topics.py``): thresholds 0.02–0.05 all recover the
        development events with NMI ≥ 0.95; 0.04 is the highest with NMI ≥ 0.99 on them, high
        to keep stories narrow in corpora denser than AllSides.
    window_days : float or None
        Days within which two articles can be linked; in the linkage, pairs further apart count
        as unrelated, so a story spans a few days unless its articles are tightly linked day to
        day. ``None`` ignores dates.
    lead_words : int
        Words of the text used after the title (runs of word characters, as the tokeniser
        reads them); ``0`` uses the whole text.
    min_df : int
        A term must occur in at least this many articles. Keep 1 for small corpora: dropping
        rare terms leaves only shared words in the vectors and inflates every similarity.

    Returns
    -------
    DataFrame
        One row per article: ``doc_id, story_id, story_label, story_size, story_outlets``
        (outlets joined with "; "), ``story_n_outlets, story_start, story_end``. Stories are
        numbered by size (0 = largest), then by first date; an article alike no other is a story
        of one. Sorted by ``story_id``, then date, then ``doc_id``.

    Examples
    --------
    >>> df = pd.DataFrame({
    ...     "doc_id": ["a", "b", "c"], "outlet": ["X", "Y", "Z"],
    ...     "date": pd.to_datetime(["2024-06-08", "2024-06-09", "2024-06-08"]),
    ...     "text": ["Quake strikes Turkey, hundreds dead in Antakya",
    ...              "Antakya quake: hundreds dead as Turkey mourns",
    ...              "Central bank raises interest rates again"]})
    >>> stories(df)[["doc_id", "story_id", "story_outlets"]].values.tolist()
    [['a', 0, 'X; Y'], ['b', 0, 'X; Y'], ['c', 1, 'Z']]
    """
    require_columns(articles, ["doc_id", "text"])
    if not 0 < threshold < 1:
        raise ValueError(f"threshold must be between 0 and 1, got {threshold!r}")
    require_unique(articles)
    n = len(articles)
    if n == 0:
        return pd.DataFrame(columns=_COLUMNS)
    titles, docs, limits = _leads(articles, lead_words)
    days, dates, window = _dates(articles, window_days)
    X, terms = _lead_tfidf(docs, limits, min_df)
    labels = _cluster(X, days, threshold, window)
    out = _table(articles, labels, X, terms, titles, dates, _COLUMNS)
    del X
    release_memory(n)
    return out


def _leads(articles: pd.DataFrame, lead_words: int
           ) -> tuple[pd.Series, pd.Series, np.ndarray | None]:
    """Titles, title + text of every article, and the word runs of each lead (None: all)."""
    text = articles["text"].fillna("").astype(str).reset_index(drop=True)
    titles = (articles["title"].fillna("").astype(str).reset_index(drop=True)
              if "title" in articles.columns else pd.Series("", index=text.index))
    docs = titles + "\n\n" + text
    # The lead: the title's word runs plus the first ``lead_words`` of the text.
    limits = None if lead_words <= 0 else word_runs(titles) + lead_words
    return titles, docs, limits


def _dates(articles: pd.DataFrame, window: float | None
           ) -> tuple[np.ndarray, np.ndarray, float | None]:
    """Day numbers and dates of the articles, and the window (None without a date column)."""
    n = len(articles)
    if "date" in articles.columns:
        days = _day_numbers(articles["date"])
        dates = pd.to_datetime(articles["date"], errors="coerce").to_numpy()
    else:
        days, dates = np.full(n, np.nan), np.full(n, np.datetime64("NaT"), dtype="datetime64[ns]")
        window = None
    return days, dates, window


def _lead_tfidf(docs: pd.Series, limits: np.ndarray | None, min_df: int
                ) -> tuple[sp.csr_matrix, np.ndarray]:
    """TF-IDF of the leads; one empty column when they share nothing."""
    n = len(docs)
    try:
        X, terms = tfidf(docs, min_df=min(min_df, n), max_df=0.5, ngram_range=(1, 1),
                         max_tokens=limits)
    except ValueError:  # nothing shared: every article is its own story
        X, terms = sp.csr_matrix((n, 1), dtype=np.float32), np.array([""], dtype=object)
    return X, terms


def _cluster(X: sp.csr_matrix, days: np.ndarray, threshold: float,
             window: float | None) -> np.ndarray:
    """Story label of every row. Dated articles are clustered first; an undated article then
    joins the story it is most alike on average (if that reaches ``threshold``), and the rest
    are clustered among themselves (at ``UNDATED_FACTOR × threshold``). Undated articles could
    otherwise bridge stories years apart."""
    n = X.shape[0]
    undated = np.isnan(days) if window is not None else np.zeros(n, dtype=bool)
    dated = np.flatnonzero(~undated)
    labels = np.full(n, -1, dtype=np.int64)
    if len(dated):
        Xd, dd = X[dated], days[dated]
        labels[dated] = _cut(Xd, dd, similar_pairs(Xd, dd, threshold=threshold, window=window),
                             threshold, window)
    rest = np.flatnonzero(undated)
    if len(rest) and len(dated):
        # Mean similarity to a story = similarity to the mean of its vectors (its centre).
        n_stories = labels[dated].max() + 1
        sizes = np.bincount(labels[dated], minlength=n_stories)
        rows = labels[dated]
        mean_of = sp.csr_matrix((1.0 / sizes[rows], (rows, np.arange(len(dated)))),
                                shape=(n_stories, len(dated)))
        centres_t = (mean_of @ X[dated]).T.tocsc()
        for start in range(0, len(rest), 256):
            block = rest[start:start + 256]
            sims = (X[block] @ centres_t).tocsr()
            best = np.asarray(sims.argmax(axis=1)).ravel()
            value = sims.max(axis=1).toarray().ravel()
            ok = value >= threshold
            labels[block[ok]] = best[ok]
        rest = rest[labels[rest] < 0]
    if len(rest):
        Xu, du, t = X[rest], np.zeros(len(rest)), threshold * UNDATED_FACTOR
        inner = _cut(Xu, du, similar_pairs(Xu, du, threshold=t, window=None), t, None)
        labels[rest] = inner + labels.max() + 1
    return labels


def _cut(X: sp.csr_matrix, days: np.ndarray, A: sp.csr_matrix, threshold: float,
         window: float | None) -> np.ndarray:
    """Story label of every row: connected components of ``A``, each cut by average linkage."""
    n = X.shape[0]
    _, comp = connected_components(A, directed=False)
    by_comp = np.argsort(comp, kind="stable")
    groups = np.split(by_comp, np.flatnonzero(np.diff(comp[by_comp])) + 1)
    # A dense linkage of a huge component would not fit in memory: such components come from
    # chains across time, so they are cut into date-ordered chunks first.
    pairs, chunks = [], []
    for members in groups:
        if len(members) <= 2:
            pairs.append(members)
        else:
            dated = members[np.argsort(days[members], kind="stable")]
            chunks.extend(np.array_split(dated, -(-len(members) // MAX_COMPONENT)))

    cosines = _Cosines(X)

    def cut(chunk: np.ndarray) -> np.ndarray:
        if len(chunk) <= 2:
            return np.arange(len(chunk))
        return np.unique(_split_component(cosines, days, chunk, threshold, window),
                         return_inverse=True)[1]

    # The similarity products release the GIL: chunks are cut on every core.
    with threadpool_limits(limits=1), \
            ThreadPoolExecutor(max(1, min(len(chunks), os.cpu_count() or 1))) as pool:
        cuts = list(progress(pool.map(cut, chunks), total=len(chunks), n_rows=n,
                             desc="cutting stories", unit="group"))
    labels = np.empty(n, dtype=np.int64)
    for label, members in enumerate(pairs):  # one or two linked articles: one story
        labels[members] = label
    next_label = len(pairs)
    for chunk, inner in zip(chunks, cuts):
        labels[chunk] = inner + next_label
        next_label += int(inner.max()) + 1
    return labels


def _table(articles, labels, X, terms, titles, dates, columns) -> pd.DataFrame:
    """One row per article with its story's label, size, outlets and dates (vectorised: a
    corpus of 100,000 articles has tens of thousands of stories)."""
    n = len(articles)
    _, labels = np.unique(labels, return_inverse=True)
    n_stories = labels.max() + 1
    outlets = (articles["outlet"].fillna("unknown").astype(str).to_numpy()
               if "outlet" in articles.columns else np.full(n, "unknown"))
    doc_ids = articles["doc_id"].astype(str).to_numpy()
    sizes = np.bincount(labels, minlength=n_stories)
    # Closeness of each article to its story's centre: the medoid labels the story.
    member = sp.csr_matrix((1.0 / sizes[labels], (labels, np.arange(n))), shape=(n_stories, n))
    centres = (member @ X).tocsr()
    closeness = np.ones(n)  # an article alone is its story's centre
    by_story = np.argsort(labels, kind="stable")
    Xs = X[by_story]
    ends = np.cumsum(sizes)
    for s in np.flatnonzero(sizes > 1):
        a, b = ends[s] - sizes[s], ends[s]
        closeness[by_story[a:b]] = (Xs[a:b] @ centres[s].T).toarray().ravel()
    order = np.lexsort((doc_ids, -closeness, labels))
    first_of = np.r_[True, labels[order][1:] != labels[order][:-1]]
    medoid = np.empty(n_stories, dtype=np.int64)
    medoid[labels[order][first_of]] = order[first_of]
    story_label = titles.fillna("").astype(str).str.strip().to_numpy()[medoid].astype(object)
    for s in np.flatnonzero(story_label == ""):
        row = centres[s]
        named = terms[row.indices] != ""
        idx, data = row.indices[named], row.data[named]
        top = idx[np.lexsort((terms[idx].astype(str), -data))][:3]
        story_label[s] = " / ".join(str(terms[j]) for j in top) or doc_ids[medoid[s]]
    df = pd.DataFrame({"doc_id": articles["doc_id"].to_numpy(), "_s": labels, "_outlet": outlets,
                       "_date": dates, "_doc": doc_ids})
    pairs = df[["_s", "_outlet"]].drop_duplicates().sort_values(["_s", "_outlet"])
    grouped = pairs.groupby("_s")["_outlet"]
    by_story = df.groupby("_s")
    info = pd.DataFrame({
        "_s": np.arange(n_stories),
        "story_label": story_label,
        "story_size": sizes,
        "story_outlets": grouped.agg("; ".join).reindex(range(n_stories)).to_numpy(),
        "story_n_outlets": grouped.size().reindex(range(n_stories)).to_numpy(),
        "story_start": by_story["_date"].min().reindex(range(n_stories)).to_numpy(),
        "story_end": by_story["_date"].max().reindex(range(n_stories)).to_numpy(),
        "_first": by_story["_doc"].min().reindex(range(n_stories)).to_numpy(),
    })
    info = info.sort_values(["story_size", "story_start", "_first"],
                            ascending=[False, True, True], na_position="last")
    info["story_id"] = np.arange(len(info), dtype=np.int64)
    out = df.merge(info, on="_s").sort_values(["story_id", "_date", "doc_id"],
                                               na_position="last")
    return out[columns].reset_index(drop=True)
