"""The Dask engine: the same stages, run partition-wise on ``dask.dataframe`` + ``distributed``.

When one machine is not enough, nothing here is a new engine: articles become a
``dask.dataframe`` whose partitions hold whole articles (:func:`to_dask`), and every per-article
stage — cleaning, segmentation, actor mentions, quotes — is the pandas function applied to each
partition (:func:`map_articles`), so its rows are exactly the pandas rows. Reductions are
map-reduce: per-partition counts summed on the cluster, then the statistic computed once on the
small summed table (:func:`actor_frequency_dask`, :func:`term_counts_dask`,
:func:`distinctive_terms_dask`). Topics over a corpus
too large for one machine use mini-batch k-means fitted partition by partition
(:func:`topic_model_dask`; Sculley 2010), a different estimator from the in-memory
``topic_model``.

Loading files on a cluster is :func:`analysis.corpus.dask_loading.load_corpus_dask` (also
importable from here), which the client lookup (:mod:`analysis._dask`) is shared with.

Pointing at a cluster: pass ``client=`` a ``dask.distributed.Client`` or a scheduler address
(``"tcp://host:8786"``); with neither, the current client is used when there is one, else
Dask's local multi-process scheduler.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pandas as pd

from ._api import group_keys, renamed
from ._dask import compute as _compute
from ._dask import get_client as get_client
from ._validate import require_columns
from .corpus.dask_loading import FILES_PER_TASK as FILES_PER_TASK
from .corpus.dask_loading import load_corpus_dask as load_corpus_dask
from .rates import poisson_interval, rate_table, word_counts
from .tokens import TOKEN_PATTERN

#: Articles per partition when none is given (about 3 MB of text per partition).
ARTICLES_PER_PARTITION = 1_000


def to_dask(articles: pd.DataFrame, npartitions: int | None = None):
    """An articles table as a ``dask.dataframe``; each partition holds whole articles, in order.

    Examples
    --------
    >>> df = pd.DataFrame({"doc_id": list("abc"), "text": ["x", "y", "z"]})
    >>> to_dask(df, 2).npartitions
    2
    """
    import dask.dataframe as dd

    require_columns(articles, ["doc_id"])
    if npartitions is None:
        npartitions = max(1, -(-len(articles) // ARTICLES_PER_PARTITION))
    return dd.from_pandas(articles.reset_index(drop=True), npartitions=npartitions, sort=True)


def map_articles(fn: Callable[..., pd.DataFrame], ddf, *args, meta=None, **kwargs):
    """Apply a per-article stage (``fn(articles, *args, **kwargs) -> DataFrame``) to every
    partition of ``ddf``; returns a lazy ``dask.dataframe`` of the concatenated results.

    ``meta`` (an empty frame with the output's columns and dtypes) is taken from ``fn`` run on an
    empty partition when not given.

    Examples
    --------
    >>> from analysis.text import sentences
    >>> df = pd.DataFrame({"doc_id": ["a", "b"], "text": ["One. Two.", "Three."]})
    >>> map_articles(sentences, to_dask(df, 2)).compute(scheduler="sync")["text"].tolist()
    ['One.', 'Two.', 'Three.']
    """
    if meta is None:
        meta = fn(ddf._meta, *args, **kwargs)
    return ddf.map_partitions(fn, *args, meta=meta, align_dataframes=False, **kwargs)


def compute_table(ddf, *, client=None) -> pd.DataFrame:
    """Compute a lazy table to pandas with a fresh 0…n-1 index, in partition order."""
    (out,) = _compute(ddf, client=client)
    return out.reset_index(drop=True)


# ---------------------------------------------------------------------------- reductions


def _mention_counts(mentions: pd.DataFrame, articles: pd.DataFrame, by: str | None, key: str,
                    include: Sequence[str]) -> pd.DataFrame:
    """Per-partition counts: (group, key) → mentions, articles mentioning."""
    groups = (pd.Series(group_keys(articles, by)[by].to_numpy(object), index=articles["doc_id"])
              if by else pd.Series("all", index=articles["doc_id"]))
    men = mentions[mentions["method"].isin(list(include))
                   & mentions["doc_id"].isin(groups.index)]
    men = men.assign(group=groups.reindex(men["doc_id"]).to_numpy(object))
    typed = key == "actor" and "actor_type" in men.columns
    extra = {"actor_type": ("actor_type", "first")} if typed else {}
    out = men.groupby(["group", key]).agg(
        mentions=("doc_id", "size"), articles_mentioning=("doc_id", "nunique"),
        **extra).reset_index()
    return out.astype({"group": object, key: object, "mentions": "int64",
                       "articles_mentioning": "int64", **({"actor_type": object} if typed
                                                          else {})})


def _group_sizes(articles: pd.DataFrame, by: str | None) -> pd.DataFrame:
    art = pd.DataFrame({"group": group_keys(articles, by)[by].to_numpy(object) if by else "all",
                        "words": word_counts(articles).to_numpy()})
    out = art.groupby("group").agg(articles=("words", "size"), words=("words", "sum"))
    return out.reset_index().astype({"group": object, "articles": "int64", "words": "int64"})


def actor_frequency_dask(articles_ddf, *, mentions_ddf=None, by: str | None = "outlet",
                         key: str = "actor", include: Sequence[str] | None = None,
                         confidence: float = 0.95, client=None,
                         **mention_kwargs) -> pd.DataFrame:
    """``actor_frequency`` (Poisson intervals) as map-reduce over partitions.

    Each partition counts its mentions per (group, actor) and its articles and words per group;
    the counts are summed; rates and exact Poisson intervals (Garwood 1936) are computed once on
    the summed table. Mentions are found partition-wise unless ``mentions_ddf`` (from
    ``map_articles(actor_mentions, articles_ddf)``, with the same partitions) is given. The result
    equals ``actor_frequency(articles, actor_mentions(articles), by=by)``.
    """
    from .actors import NAMED, actor_mentions

    include = tuple(include or NAMED)
    if mentions_ddf is None:
        mentions_ddf = map_articles(actor_mentions, articles_ddf, **mention_kwargs)
    cols = ["doc_id"] + ([by] if by else []) + (["n_words"] if "n_words" in articles_ddf.columns
                                                 else ["text"])
    slim = articles_ddf[cols]
    counts = mentions_ddf.map_partitions(
        lambda m, a: _mention_counts(m, a, by, key, include), slim, align_dataframes=False,
        meta=_mention_counts(mentions_ddf._meta, slim._meta, by, key, include))
    sizes = slim.map_partitions(_group_sizes, by, meta=_group_sizes(slim._meta, by))
    counts, sizes = _compute(counts, sizes, client=client)
    types = (counts.drop_duplicates(key).set_index(key)["actor_type"]
             if "actor_type" in counts.columns else None)
    counts = counts.groupby(["group", key], as_index=False)[["mentions",
                                                             "articles_mentioning"]].sum()
    groups = sizes.groupby("group")[["articles", "words"]].sum()
    out = poisson_interval(rate_table(counts, groups, key, sorted(counts[key].unique())),
                           confidence)
    if types is not None:
        out.insert(2, "actor_type", out[key].map(types).astype(object))
    out = out.sort_values(["group", "mentions", key], ascending=[True, False, True],
                          ignore_index=True)
    out = out.rename(columns={"group": by}) if by else out.drop(columns="group")
    out.attrs["interval"] = f"exact Poisson (Garwood 1936), {confidence:.0%}"
    return out


def term_counts(articles: pd.DataFrame, by: str = "outlet", *,
                token_pattern: str = TOKEN_PATTERN) -> pd.DataFrame:
    """How often each group uses each word: ``by, term, count`` (lower-cased letter words).

    Examples
    --------
    >>> df = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"],
    ...                    "text": ["Iran and Iran", "Iran"]})
    >>> term_counts(df).values.tolist()
    [['X', 'iran', 2], ['X', 'and', 1], ['Y', 'iran', 1]]
    """
    from sklearn.feature_extraction.text import CountVectorizer

    require_columns(articles, ["doc_id", "text", by])
    texts = articles["text"].fillna("").astype(str).tolist()
    empty = pd.DataFrame({by: pd.Series(dtype=object), "term": pd.Series(dtype=object),
                          "count": pd.Series(dtype="int64")})
    if not any(t.strip() for t in texts):
        return empty
    vec = CountVectorizer(token_pattern=token_pattern, lowercase=True, dtype=np.int64)
    try:
        X = vec.fit_transform(texts)
    except ValueError:  # no token at all
        return empty
    codes, groups = pd.factorize(articles[by].astype(str), sort=True)
    G = np.zeros((len(groups), len(codes)), dtype=np.int64)
    G[codes, np.arange(len(codes))] = 1
    from scipy import sparse

    C = (sparse.csr_matrix(G) @ X).tocoo()
    terms = vec.get_feature_names_out()
    out = pd.DataFrame({by: np.asarray(groups, dtype=object)[C.row],
                        "term": terms[C.col].astype(object), "count": C.data.astype("int64")})
    out = out[out["count"] > 0]
    return out.sort_values([by, "count", "term"], ascending=[True, False, True],
                           ignore_index=True)


def term_counts_dask(articles_ddf, by: str = "outlet", *, client=None) -> pd.DataFrame:
    """:func:`term_counts` as map-reduce: per-partition counts, summed. Equals the pandas call."""
    part = map_articles(term_counts, articles_ddf[["doc_id", "text", by]], by)
    (out,) = _compute(part, client=client)
    out = out.groupby([by, "term"], as_index=False)["count"].sum()
    return out.sort_values([by, "count", "term"], ascending=[True, False, True],
                           ignore_index=True)


def distinctive_terms_dask(articles_ddf, by: str = "outlet", *, voice: str = "own",
                           ngram_range: tuple[int, int] = (1, 3), min_count: int = 2,
                           alpha0: float = 1000.0, pairs=False, pair=None, top_pairs: int = 8,
                           min_articles: int = 5, exclude_outlet_names: bool | None = None,
                           keep: str = "reported", stop_words="english",
                           client=None) -> pd.DataFrame:
    """:func:`analysis.framing.distinctive_terms` as map-reduce: n-gram counts per partition
    (:func:`analysis.framing.ngram_counts`), summed by a Dask group-by on the cluster, scored
    once on the client (:func:`analysis.framing.score_ngram_counts`, the same scoring as the
    pandas call, same parameters). Equals the pandas call with the corpus as background
    (``prior=None``)."""
    from .framing import ngram_counts, score_ngram_counts

    # Quotation spans (voice "own"/"quoted") are found per article from all its columns.
    part = map_articles(ngram_counts, articles_ddf if voice != "all"
                        else articles_ddf[["doc_id", "text", by]], by, voice=voice,
                        ngram_range=ngram_range, stop_words=stop_words)
    summed = part.groupby([by, "term", "ngram"])[["count", "docs"]].sum().reset_index()
    (table,) = _compute(summed, client=client)
    return score_ngram_counts(table, by, min_count=min_count, alpha0=alpha0, pairs=pairs,
                              pair=pair, top_pairs=top_pairs, min_articles=min_articles,
                              exclude_outlet_names=exclude_outlet_names, keep=keep)


# ---------------------------------------------------------------------------- topics


def topic_model_dask(articles_ddf, n_topics: int, *, random_state: int = 0,
                     n_features: int = 1 << 18, n_terms: int = 10, client=None):
    """Article topics for corpora larger than memory: hashed TF-IDF + mini-batch k-means.

    Two passes over the partitions. (1) Document frequencies of hashed words (Weinberger et al.
    2009), summed across partitions (map-reduce) into IDF weights. (2) Each partition's
    unit-length TF-IDF rows update a ``MiniBatchKMeans`` by ``partial_fit`` (Sculley 2010), in
    partition order; then every article is assigned to its nearest centre. Deterministic for a
    given ``random_state`` and partitioning. Unlike :func:`analysis.topics.topic_model`
    (LSA + k-means in memory) topics are not renumbered by size and ``top_terms`` are recovered
    from the partitions' vocabularies.

    Returns
    -------
    TopicModel
        As :func:`analysis.topics.topic_model` returns: ``assignments`` (``unit_id, doc_id,
        para_id, topic, weight`` = cosine to the centre), ``topics`` (``topic, label, top_terms,
        size, share``), ``meta`` (the articles' other columns, so ``model.by("outlet")`` works);
        no ``passages`` (the texts stay on the workers) and no ``selection`` (k is given).
    """
    import dask
    from sklearn.cluster import MiniBatchKMeans
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, HashingVectorizer
    from sklearn.preprocessing import normalize

    vec = HashingVectorizer(n_features=n_features, token_pattern=TOKEN_PATTERN,
                            alternate_sign=False, norm=None, stop_words=sorted(ENGLISH_STOP_WORDS))

    def df_counts(part: pd.DataFrame) -> np.ndarray:
        X = vec.transform(part["text"].fillna("").astype(str).tolist())
        X.data[:] = 1
        return np.asarray(X.sum(axis=0)).ravel(), len(part)

    def tfidf(part: pd.DataFrame, idf: np.ndarray):
        X = vec.transform(part["text"].fillna("").astype(str).tolist()).tocsr()
        X.data = 1 + np.log(X.data)
        return normalize(X.multiply(idf).tocsr()), part["doc_id"].tolist()

    parts = articles_ddf[["doc_id", "text"]].to_delayed()
    sums = _compute(*[dask.delayed(df_counts)(p) for p in parts], client=client)
    df = np.sum([s for s, _ in sums], axis=0)
    n = sum(k for _, k in sums)
    idf = np.log((1 + n) / (1 + df)) + 1
    km = MiniBatchKMeans(n_clusters=n_topics, random_state=random_state, n_init=3,
                         batch_size=2048)
    mats = _compute(*[dask.delayed(tfidf)(p, idf) for p in parts], client=client)
    for X, _ in mats:
        if X.shape[0] >= n_topics:
            km.partial_fit(X)
    ids, topics, weights = [], [], []
    for X, d in mats:
        if not X.shape[0]:
            continue
        lab = km.predict(X)
        centres = normalize(km.cluster_centers_)
        weights.append(np.asarray(X.multiply(centres[lab]).sum(axis=1)).ravel())
        ids.extend(d)
        topics.append(lab)
    assignments = pd.DataFrame({"doc_id": ids, "topic": np.concatenate(topics).astype("int64"),
                                "weight": np.concatenate(weights)})
    topic_of = dict(zip(assignments["doc_id"], assignments["topic"]))

    def with_topic(part: pd.DataFrame) -> pd.DataFrame:
        part = part[part["doc_id"].isin(topic_of.keys())]
        return part.assign(topic=part["doc_id"].map(topic_of).astype("int64"))

    slim = articles_ddf[["doc_id", "text"]]
    counts = term_counts_dask(slim.map_partitions(with_topic, meta=with_topic(slim._meta)),
                              by="topic", client=client)
    counts = counts[~counts["term"].isin(ENGLISH_STOP_WORDS)].astype({"topic": "int64"})
    counts = counts.sort_values(["topic", "count", "term"], ascending=[True, False, True])
    top = (counts.groupby("topic")["term"].apply(lambda s: ", ".join(s.head(n_terms)))
           .rename("top_terms"))
    sizes = assignments.groupby("topic").size().rename("size")
    topics_df = pd.concat([sizes, top], axis=1).reset_index()
    topics_df["topic"] = topics_df["topic"].astype("int64")
    return _dask_topic_model(assignments, topics_df, _metadata(articles_ddf, client), n_topics,
                             random_state, articles_ddf.npartitions)


def _metadata(articles_ddf, client) -> pd.DataFrame:
    """Every column but ``text``, gathered (for ``TopicModel.by``)."""
    cols = [c for c in articles_ddf.columns if c != "text"]
    parts = _compute(*articles_ddf[cols].to_delayed(), client=client)
    for part in parts:  # the load report travels in attrs; the metadata is enough here
        part.attrs = {}
    return pd.concat(parts, ignore_index=True)


def _dask_topic_model(assignments: pd.DataFrame, topics: pd.DataFrame, meta: pd.DataFrame,
                      n_topics: int, random_state: int, npartitions: int):
    """The tables of :func:`topic_model_dask` as a :class:`analysis.topics.TopicModel`."""
    from .topics import TopicModel

    assignments = assignments.assign(unit_id=assignments["doc_id"].astype(str), para_id=-1)
    assignments = assignments[["unit_id", "doc_id", "para_id", "topic", "weight"]]
    terms = topics["top_terms"].fillna("")
    topics = topics.assign(label=[" / ".join(t.split(", ")[:3]) for t in terms],
                           share=topics["size"] / max(int(topics["size"].sum()), 1))
    topics = topics[["topic", "label", "top_terms", "size", "share"]]
    empty = pd.DataFrame({"topic": pd.Series(dtype="int64"), "rank": pd.Series(dtype="int64"),
                          "unit_id": pd.Series(dtype=object), "doc_id": pd.Series(dtype=object),
                          "para_id": pd.Series(dtype="int64"),
                          "weight": pd.Series(dtype=float), "text": pd.Series(dtype=object)})
    return TopicModel(
        assignments=assignments, topics=topics, passages=empty,
        units=assignments[["unit_id", "doc_id", "para_id"]],
        skipped=pd.DataFrame({"doc_id": pd.Series(dtype=object),
                              "reason": pd.Series(dtype=object)}),
        meta=meta, n_topics=n_topics, unit="article", method="hashed-kmeans",
        random_state=random_state,
        why=f"k = {n_topics} given; hashed TF-IDF + mini-batch k-means over {npartitions} "
            "partitions")


# ---------------------------------------------------------------------------- stories


def _story_blocks(days: np.ndarray, block_days: float, window: float) -> list[np.ndarray]:
    """Row indices of each date block: ``block_days`` long, overlapping the next by ``window``
    days, so that every pair of articles within ``window`` days shares at least one block.

    Examples
    --------
    >>> [b.tolist() for b in _story_blocks(np.array([0.0, 3, 10, 12, 30]), 10, 3)]
    [[0, 1, 2, 3], [2, 3], [4]]
    """
    order = np.argsort(days, kind="stable")
    d = days[order]
    blocks, start = [], d[0] if len(d) else 0.0
    while len(d) and start <= d[-1]:
        lo, hi = np.searchsorted(d, [start, start + block_days + window], side="left")
        if hi > lo:
            blocks.append(order[lo:hi])
        nxt = start + block_days
        start = d[np.searchsorted(d, nxt)] if np.searchsorted(d, nxt) < len(d) else nxt
    return blocks


def _union(parent: np.ndarray, a: int, b: int) -> None:
    while parent[a] != a:
        a = parent[a]
    while parent[b] != b:
        b = parent[b]
    if a != b:
        parent[max(a, b)] = min(a, b)


def _root(parent: np.ndarray, a: int) -> int:
    while parent[a] != a:
        parent[a] = parent[parent[a]]
        a = parent[a]
    return a


@renamed(window="window_days")
def stories_dask(articles, *, threshold: float | None = None, window_days: float = 5,
                 lead_words: int = 400, min_df: int = 1, block_days: float = 60,
                 client=None) -> pd.DataFrame:
    """:func:`analysis.stories.stories` blockwise by date window, one block per Dask task.

    Dated articles are cut into blocks of ``block_days`` that overlap the next block by
    ``window`` days, so every pair that the pandas path can link (published at most ``window``
    days apart) lies together in at least one block. ``stories`` runs on each block on a
    worker; stories of two blocks that share an article are merged (union–find), so an event
    that straddles a block boundary stays one story. Undated articles are one more task and are
    grouped among themselves (the pandas path first lets each join its most alike dated story:
    the one difference). The IDF weights are each block's own, so similarities near
    ``threshold`` can differ from the pandas path's; on corpora whose events are weeks apart the
    stories are the same (tested on a ``LocalCluster``).

    Parameters
    ----------
    articles : DataFrame or dask DataFrame
        As for :func:`analysis.stories.stories` (``doc_id``, ``text``; ``title``, ``date``,
        ``outlet`` used when present).
    threshold, window_days, lead_words, min_df
        As for :func:`analysis.stories.stories`.
    block_days : float
        Days per block (more: fewer, larger tasks).
    client : Client or str, optional
        A ``distributed.Client`` or scheduler address (default: the current client, else
        Dask's local process scheduler).

    Returns
    -------
    DataFrame
        The ``stories`` table, with the same columns and order rules as ``stories``.
    """
    window = window_days
    import dask

    from .stories import THRESHOLD, stories

    threshold = THRESHOLD if threshold is None else threshold
    columns = ["doc_id", "title", "text", "date", "outlet"]
    if isinstance(articles, pd.DataFrame):
        require_columns(articles, ["doc_id", "text"])
        meta = articles[[c for c in columns if c in articles.columns and c != "text"]]
        ddf = to_dask(articles)
    else:
        ddf = articles
        keep = [c for c in columns if c in ddf.columns and c != "text"]
        (meta,) = _compute(ddf[keep], client=client)
    meta = meta.reset_index(drop=True)
    has_date = "date" in meta.columns
    days = (pd.to_datetime(meta["date"], errors="coerce") - pd.Timestamp("1970-01-01")).dt.days
    days = days.to_numpy(dtype=np.float64, na_value=np.nan) if has_date else np.full(
        len(meta), np.nan)
    dated = np.flatnonzero(~np.isnan(days))
    blocks = [dated[b] for b in _story_blocks(days[dated], block_days, window)]
    undated = np.flatnonzero(np.isnan(days))
    if len(undated):
        blocks.append(undated)
    ids = meta["doc_id"].astype(str).to_numpy()
    options = {"threshold": threshold, "window_days": window, "lead_words": lead_words,
               "min_df": min_df}
    parts = []
    for rows in blocks:
        wanted = set(ids[rows])
        sub = ddf[ddf["doc_id"].astype(str).isin(wanted)]
        frame = dask.delayed(pd.concat)(sub.to_delayed(), ignore_index=True)
        parts.append(dask.delayed(stories)(frame, **options))
    results = _compute(*parts, client=client) if parts else []
    return _merge_block_stories(results, meta)


def _merge_block_stories(results: list[pd.DataFrame], meta: pd.DataFrame) -> pd.DataFrame:
    """One stories table from per-block tables: stories sharing an article are one story."""
    columns = ["doc_id", "story_id", "story_label", "story_size", "story_outlets",
               "story_n_outlets", "story_start", "story_end"]
    if not results:
        return pd.DataFrame(columns=columns)
    rows = pd.concat([r[["doc_id", "story_id", "story_label", "story_size"]]
                      .assign(block=i) for i, r in enumerate(results)], ignore_index=True)
    rows["doc_id"] = rows["doc_id"].astype(str)
    node = rows.groupby(["block", "story_id"], sort=True).ngroup().to_numpy()
    parent = np.arange(node.max() + 1)
    first = pd.Series(node).groupby(rows["doc_id"].to_numpy()).transform("first").to_numpy()
    for a, b in zip(first, node):
        _union(parent, int(a), int(b))
    rows["_s"] = [_root(parent, int(x)) for x in node]
    # label: that of the largest block story in the merged story (ties: earliest block)
    label = (rows.sort_values(["_s", "story_size", "block"], ascending=[True, False, True],
                              kind="stable").drop_duplicates("_s").set_index("_s")["story_label"])
    per_doc = rows.drop_duplicates("doc_id")[["doc_id", "_s"]]
    info = meta.assign(doc_id=meta["doc_id"].astype(str)).merge(per_doc, on="doc_id")
    info["_outlet"] = (info["outlet"].fillna("unknown").astype(str) if "outlet" in info
                       else "unknown")
    info["_date"] = pd.to_datetime(info["date"], errors="coerce") if "date" in info else pd.NaT
    pairs = info[["_s", "_outlet"]].drop_duplicates().sort_values(["_s", "_outlet"])
    outlets = pairs.groupby("_s")["_outlet"]
    by = info.groupby("_s")
    story = pd.DataFrame({
        "story_label": label, "story_size": by.size(),
        "story_outlets": outlets.agg("; ".join), "story_n_outlets": outlets.size(),
        "story_start": by["_date"].min(), "story_end": by["_date"].max(),
        "_first": by["doc_id"].min()}).reset_index().rename(columns={"index": "_s"})
    story = story.sort_values(["story_size", "story_start", "_first"],
                              ascending=[False, True, True], na_position="last")
    story["story_id"] = np.arange(len(story), dtype=np.int64)
    out = info[["doc_id", "_s", "_date"]].merge(story, on="_s")
    out = out.sort_values(["story_id", "_date", "doc_id"], na_position="last")
    return out[columns].reset_index(drop=True)
