"""The tables behind the interactive explorer: computed once per corpus, filtered per click.

:func:`explorer_tables` runs the heavy stages once — actor mentions
(:func:`analysis.actors.actor_mentions`), label occurrences (:func:`analysis.labels.find_labels`,
what :func:`analysis.framing.label_choices` counts), quotations with their resolved speakers
(:func:`analysis.quotes.quotes`, counted as :func:`analysis.quotes.attribution` counts them) and
per-article n-gram counts in each voice (:func:`analysis.framing.ngram_counts`). Every view is
then a small pure function of those tables and a selection of articles (:func:`select`):
:func:`actor_counts`, :func:`label_counts`, :func:`quote_counts`, :func:`term_scores` (the
weighted log-odds of :func:`analysis.framing.distinctive_terms` for any two sides) and
:func:`contexts` (the passages behind any bar, label, speaker or term).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from scipy import sparse, special

from ._api import renamed
from ._log_odds import weighted_log_odds
from ._validate import require_columns

KINDS = ("actor", "label", "speaker", "term")
CONTEXT_COLUMNS = ["doc_id", "outlet", "date", "title", "voice", "left", "match", "right"]


@dataclass
class ExplorerTables:
    """Everything the explorer shows, computed once (see :func:`explorer_tables`).

    Attributes
    ----------
    docs : DataFrame
        One row per article: ``doc_id, outlet, date, title, n_words`` (+ ``group`` and ``story``
        columns when given); row ``i`` is row ``i`` of the term matrices.
    texts : ndarray
        The article texts, aligned with ``docs``.
    mentions, labels, quotes : DataFrame
        Rows with ``doc_id, start, end`` into the texts and a ``row`` (position in ``docs``):
        actor mentions (``actor, method, voice``), label occurrences (``referent, label,
        voice``) and quotations (``speaker`` as :func:`analysis.quotes.attribution` counts it,
        ``verb, act``).
    vocab : DataFrame
        ``term, ngram`` of the columns of ``counts``.
    counts, totals : dict
        Per voice ("own", "quoted"): a CSR matrix articles × vocab of n-gram counts, and an
        array articles × 4 of all n-grams of each length (rare ones included).
    group, story : str or None
        The outlet-group and story (or topic) columns of ``docs``.
    present : dict
        Per voice, terms × articles 0/1 (made on first use by :func:`term_scores`).
    """

    docs: pd.DataFrame
    texts: np.ndarray
    mentions: pd.DataFrame
    labels: pd.DataFrame
    quotes: pd.DataFrame
    vocab: pd.DataFrame
    counts: dict
    totals: dict
    group: str | None = None
    story: str | None = None
    present: dict = field(default_factory=dict, repr=False)

    @property
    def groupings(self) -> list[str]:
        """The columns views can group by: ``outlet`` and the group column."""
        return ["outlet"] + ([self.group] if self.group else [])


def _speaker_keys(q: pd.DataFrame) -> pd.Series:
    """The speaker each quotation counts for in :func:`analysis.quotes.attribution` (NA: none)."""
    from .quote_people import UNIDENTIFIED
    from .quotes.counts import _speaker_key

    key = _speaker_key(q)  # (one person, one name; one body, one name: "SEC" → its full name)
    return key.where(key != UNIDENTIFIED)


def _term_matrix(articles: pd.DataFrame, voice: str, ngram_range: tuple[int, int]):
    """Per-article n-gram counts (long) with their row in ``articles``, and the totals."""
    from .framing import ngram_counts

    c = ngram_counts(articles[["doc_id", "text"]].assign(_doc=articles["doc_id"].astype(str)),
                     by="_doc", voice=voice, ngram_range=ngram_range)
    row = pd.Index(articles["doc_id"].astype(str)).get_indexer(c["_doc"])
    is_total = (c["term"] == "").to_numpy()
    totals = np.zeros((len(articles), 4))
    np.add.at(totals, (row[is_total], c["ngram"].to_numpy()[is_total]),
              c["count"].to_numpy()[is_total])
    c, row = c[~is_total], row[~is_total]
    return c, row, totals


def explorer_tables(
    articles: pd.DataFrame,
    *,
    group: str | None = None,
    story: str | None = None,
    ngram_range: tuple[int, int] = (1, 2),
    min_count: int = 2,
) -> ExplorerTables:
    """Run the heavy stages once; the explorer filters the result on every interaction.

    Parameters
    ----------
    articles : DataFrame
        Needs ``doc_id, outlet, text`` (``date``, ``title``, ``n_words`` used when present).
    group : str, optional
        A column grouping outlets (e.g. AllSides' ``bias_text``).
    story : str, optional
        A column naming each article's story or topic (e.g. ``story_id`` from
        :func:`analysis.stories.stories`, or an export's ``topic``).
    ngram_range : (int, int)
        N-gram lengths of the term views (1–3).
    min_count : int
        Terms used fewer times in the whole corpus are left out of the term views.

    Examples
    --------
    >>> from analysis import load_corpus
    >>> t = explorer_tables(load_corpus())
    >>> len(t.docs) == t.counts["own"].shape[0] == 6
    True
    """
    from .actors import actor_mentions
    from .labels import find_labels
    from .quotes import quotes

    require_columns(articles, ["doc_id", "outlet", "text"] + [c for c in (group, story) if c])
    arts = articles.drop_duplicates("doc_id").reset_index(drop=True)
    docs = pd.DataFrame({
        "doc_id": arts["doc_id"].to_numpy(object),
        "outlet": arts["outlet"].fillna("unknown").astype(str).to_numpy(object),
        "date": pd.to_datetime(arts["date"]) if "date" in arts else pd.NaT,
        "title": arts["title"].fillna("").astype(str) if "title" in arts else "",
        "n_words": (arts["n_words"] if "n_words" in arts
                    else arts["text"].fillna("").str.count(r"\w+")).to_numpy(),
    })
    for col in (group, story):
        if col:
            docs[col] = arts[col].fillna("unknown").astype(str).to_numpy(object)
    where = pd.Index(docs["doc_id"])

    def located(df: pd.DataFrame) -> pd.DataFrame:
        return df.assign(row=where.get_indexer(df["doc_id"])).reset_index(drop=True)

    men = actor_mentions(arts)
    mentions = located(men[["doc_id", "start", "end", "actor", "actor_type", "method"]].assign(
        voice=np.where(men["in_quote"].to_numpy(bool), "quoted", "own")))
    labels = located(find_labels(arts)[["doc_id", "start", "end", "referent", "label", "voice"]])
    q = quotes(arts, mentions=men)
    q = q[(q["kind"] != "term") & q["within"].isna()]
    act = (q["doc_id"].astype(str) + ":" + q["speaker_start"].astype(str) + ":"
           + q["verb_start"].astype(str))
    loose = (q["speaker_start"].isna() | q["verb_start"].isna()).to_numpy()
    act = act.where(~loose, act + ":" + pd.Series(np.arange(len(q)), index=q.index).astype(str))
    qt = q[["doc_id", "start", "end", "verb", "text"]].assign(
        speaker=_speaker_keys(q).astype(object), act=act.to_numpy(object))
    qt = located(qt[qt["speaker"].notna()])
    parts = {v: _term_matrix(arts, v, ngram_range) for v in ("own", "quoted")}
    corpus = pd.concat([c for c, _, _ in parts.values()]).groupby(["term", "ngram"])["count"].sum()
    vocab = corpus[corpus >= min_count].reset_index()[["term", "ngram"]]
    vocab = vocab.sort_values("term", ignore_index=True)
    counts, totals = {}, {}
    for voice, (c, row, totals[voice]) in parts.items():
        col = pd.Index(vocab["term"]).get_indexer(c["term"])
        ok = col >= 0
        counts[voice] = sparse.csr_matrix(
            (c["count"].to_numpy(float)[ok], (row[ok], col[ok])),
            shape=(len(docs), len(vocab)))
    return ExplorerTables(docs, arts["text"].fillna("").to_numpy(object), mentions, labels, qt,
                          vocab, counts, totals, group, story)


# ----------------------------------------------------------------------------------- selection
def select(
    tables: ExplorerTables,
    *,
    outlets: Sequence[str] | None = None,
    groups: Sequence[str] | None = None,
    start: str | pd.Timestamp | None = None,
    end: str | pd.Timestamp | None = None,
    story: str | Sequence[str] | None = None,
) -> np.ndarray:
    """Boolean mask over ``tables.docs``: the articles of the chosen outlets, groups, dates
    (inclusive; undated articles drop out once a bound is set) and story or topic.

    Examples
    --------
    >>> from analysis import load_corpus
    >>> t = explorer_tables(load_corpus())
    >>> int(select(t, outlets=["Radio Habana Cuba"]).sum())
    1
    """
    d = tables.docs
    mask = np.ones(len(d), dtype=bool)
    if outlets:
        mask &= d["outlet"].isin(list(outlets)).to_numpy()
    if groups:
        if not tables.group:
            raise ValueError("groups= needs tables built with group=<column>")
        mask &= d[tables.group].isin(list(groups)).to_numpy()
    if start is not None:
        mask &= (d["date"] >= pd.Timestamp(start)).to_numpy()
    if end is not None:
        mask &= (d["date"] < pd.Timestamp(end) + pd.Timedelta(days=1)).to_numpy()
    if story is not None:
        if not tables.story:
            raise ValueError("story= needs tables built with story=<column>")
        mask &= d[tables.story].isin([story] if isinstance(story, str) else list(story)
                                     ).to_numpy()
    return mask


def _rows(table: pd.DataFrame, mask: np.ndarray, voice: str | None) -> pd.DataFrame:
    out = table[mask[table["row"].to_numpy()]]
    return out if voice in (None, "all") else out[out["voice"] == voice]


def _by(tables: ExplorerTables, table: pd.DataFrame, by: str) -> pd.DataFrame:
    if by not in tables.groupings:
        raise ValueError(f"by must be one of {tables.groupings}, got {by!r}")
    return table.assign(**{by: tables.docs[by].to_numpy()[table["row"].to_numpy()]})


# --------------------------------------------------------------------------------------- views
def actor_counts(tables: ExplorerTables, mask: np.ndarray, *, by: str = "outlet",
                 voice: str | None = None) -> pd.DataFrame:
    """Named actor mentions per group in the selection (as :func:`analysis.actors.
    actor_frequency` counts them): ``<by>, actor, mentions, articles_mentioning, articles``,
    sorted by group and mentions (desc).

    Examples
    --------
    >>> from analysis import load_corpus
    >>> t = explorer_tables(load_corpus())
    >>> c = actor_counts(t, select(t, outlets=["Radio Habana Cuba"]))
    >>> c[["actor", "mentions"]].head(2).values.tolist()
    [['Israel', 10], ['Gaza', 6]]
    """
    men = _by(tables, _rows(tables.mentions, mask, voice), by)
    men = men[men["method"].isin(["dictionary", "surname"])]
    out = men.groupby([by, "actor"]).agg(mentions=("row", "size"),
                                         articles_mentioning=("row", "nunique")).reset_index()
    n = tables.docs[mask].groupby(by).size()
    out["articles"] = out[by].map(n).astype("int64")
    return out.sort_values([by, "mentions", "actor"], ascending=[True, False, True],
                           ignore_index=True)


def label_counts(tables: ExplorerTables, mask: np.ndarray, *, by: str = "outlet",
                 voice: str | None = None) -> pd.DataFrame:
    """Label occurrences per referent, label, group and voice (the counts of
    :func:`analysis.framing.label_choices`): ``referent, label, <by>, voice, count, articles``."""
    hits = _by(tables, _rows(tables.labels, mask, voice), by)
    out = hits.groupby(["referent", "label", by, "voice"]).agg(
        count=("row", "size"), articles=("row", "nunique")).reset_index()
    return out.sort_values(["referent", by, "voice", "count", "label"],
                           ascending=[True, True, True, False, True], ignore_index=True)


def quote_counts(tables: ExplorerTables, mask: np.ndarray, *, by: str = "outlet"
                 ) -> pd.DataFrame:
    """Reporting acts per group and speaker (``speaker_resolved``, as
    :func:`analysis.quotes.attribution` counts them, nested quotations left out):
    ``<by>, speaker, count, articles``, sorted by count (desc)."""
    q = _by(tables, _rows(tables.quotes, mask, None), by)
    out = q.groupby([by, "speaker"]).agg(count=("act", "nunique"),
                                         articles=("row", "nunique")).reset_index()
    return out.sort_values(["count", by, "speaker"], ascending=[False, True, True],
                           ignore_index=True)


def _bh(p: np.ndarray) -> np.ndarray:
    if len(p) == 0:
        return p
    o = np.argsort(p, kind="stable")
    q = np.minimum.accumulate((p[o] * len(p) / np.arange(1, len(p) + 1))[::-1])[::-1]
    out = np.empty_like(q)
    out[o] = np.minimum(q, 1.0)
    return out


def term_scores(tables: ExplorerTables, a: np.ndarray, b: np.ndarray | None = None, *,
                background: np.ndarray | None = None, voice: str = "own", min_count: int = 2,
                alpha0: float = 1000.0) -> pd.DataFrame:
    """Terms of side ``a`` against side ``b`` (masks over ``tables.docs``; ``b`` default: the
    rest of ``background``), scored as :func:`analysis.framing.distinctive_terms` does.

    Weighted log-odds with an informative Dirichlet prior (Monroe et al. 2008) from the
    ``background`` articles (default: ``a | b``, or all articles when ``b`` is the rest); a term
    is tested where the two sides together use it ``min_count`` times; ``q`` is
    Benjamini–Hochberg over the tested terms of this comparison.

    Returns
    -------
    DataFrame
        ``term, ngram, count_a, count_b, docs_a, docs_b, rate_a, rate_b`` (per 1,000 n-grams of
        the same length), ``log_odds, se, z, p, q``; sorted by ``z`` (desc), term.

    Examples
    --------
    >>> from analysis import load_corpus
    >>> t = explorer_tables(load_corpus())
    >>> s = term_scores(t, select(t, outlets=["Radio Habana Cuba"]))
    >>> s[["term", "count_a", "count_b"]].head(1).values.tolist()
    [['international', 4, 0]]
    """
    if background is None:
        background = np.ones(len(a), dtype=bool) if b is None else (a | b)
    if b is None:
        b = background & ~a
    X, T = tables.counts[voice], tables.totals[voice]
    order = tables.vocab["ngram"].to_numpy()
    Xt = X.T  # terms × articles (a CSC view): one sparse product per side
    if voice not in tables.present:
        tables.present[voice] = Xt.sign().tocsr()
    present = tables.present[voice]
    y_a, y_b, bg = (Xt @ m.astype(float) for m in (a, b, background))
    n_a, n_b, bg_tot = (T[m].sum(axis=0)[order] for m in (a, b, background))
    use = np.flatnonzero((y_a + y_b) >= min_count)
    with np.errstate(divide="ignore", invalid="ignore"):
        alpha = np.where(bg[use] > 0, bg[use], 0.5) * alpha0 / bg_tot[use]
        delta, se, z = weighted_log_odds(y_a[use], n_a[use], y_b[use], n_b[use], alpha, alpha0)
        rate_a, rate_b = 1000 * y_a[use] / n_a[use], 1000 * y_b[use] / n_b[use]
    ok = np.isfinite(z)
    use, delta, se, z, rate_a, rate_b = (x[ok] for x in (use, delta, se, z, rate_a, rate_b))
    p = 2 * special.ndtr(-np.abs(z))
    out = pd.DataFrame({
        "term": tables.vocab["term"].to_numpy()[use], "ngram": order[use],
        "count_a": y_a[use].astype("int64"), "count_b": y_b[use].astype("int64"),
        "docs_a": (present @ a.astype(float))[use].astype("int64"),
        "docs_b": (present @ b.astype(float))[use].astype("int64"),
        "rate_a": rate_a, "rate_b": rate_b, "log_odds": delta, "se": se, "z": z, "p": p,
        "q": _bh(p)})
    # the vocabulary is sorted by term, so a stable sort on z alone breaks ties by term
    return out.iloc[np.argsort(-out["z"].to_numpy(), kind="stable")].reset_index(drop=True)


def names_outlet(terms: pd.Series, outlet: str) -> np.ndarray:
    """True where a term contains one of the outlet's own names ("abc news" for ABC News; see
    :func:`analysis._log_odds.outlet_aliases`), the rows ``distinctive_terms`` leaves out.

    Examples
    --------
    >>> names_outlet(pd.Series(["told abc news", "iran", "abc"]), "ABC News").tolist()
    [True, False, True]
    """
    from ._log_odds import outlet_aliases

    aliases = [f" {a} " for a in outlet_aliases(outlet)]
    return np.array([any(a in f" {t} " for a in aliases) for t in terms], dtype=bool)


def _spread(rows: pd.DataFrame, n: int) -> pd.DataFrame:
    """Up to ``n`` rows taken in turn from each outlet (then by date, article, offset), so one
    prolific outlet does not fill the sample."""
    rows = rows.sort_values(["date", "doc_id", "start"], kind="stable", na_position="last")
    turn = rows.groupby("outlet", sort=False).cumcount()
    return rows.assign(_turn=turn.to_numpy()).sort_values(
        ["_turn", "date", "doc_id", "start"], kind="stable", na_position="last").head(n)


@renamed(window="window_chars")
def contexts(
    tables: ExplorerTables,
    kind: str,
    key: str,
    mask: np.ndarray | None = None,
    *,
    by: str = "outlet",
    value: str | None = None,
    voice: str | None = None,
    n: int = 20,
    window_chars: int = 80,
) -> pd.DataFrame:
    """The passages behind one bar, label, speaker or term: keyword in context.

    Parameters
    ----------
    kind : {"actor", "label", "speaker", "term"}
        What ``key`` names: an actor, a label (``"referent › label"`` or a label), a quoted
        speaker, or a term of ``tables.vocab``.
    mask : ndarray of bool, optional
        The selected articles (:func:`select`; default all).
    by, value : str, optional
        Only the articles whose ``by`` column equals ``value`` (one cell of a table).
    voice : {"own", "quoted"}, optional
        Only occurrences in this voice (a term: default "own").
    n : int
        At most this many passages, taken in turn from each outlet, oldest first.
    window_chars : int
        Characters of context on each side of the match.

    Returns
    -------
    DataFrame
        ``doc_id, outlet, date, title, voice, left, match, right`` (+ ``by`` when not outlet).

    Examples
    --------
    >>> from analysis import load_corpus
    >>> t = explorer_tables(load_corpus())
    >>> c = contexts(t, "label", "Zionist regime", voice="quoted", window_chars=20)
    >>> sorted(set(c["outlet"]))
    ['Radio Habana Cuba', 'The Jerusalem Post']
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")
    mask = np.ones(len(tables.docs), dtype=bool) if mask is None else mask.copy()
    if value is not None:
        mask &= (tables.docs[by] == value).to_numpy()
    cols = CONTEXT_COLUMNS + ([by] if by != "outlet" else [])
    if kind == "term":
        return _term_passages(tables, key, mask, voice or "own", n, window_chars, cols)
    return _row_passages(tables, kind, key, mask, voice, n, window_chars, cols)


def _term_passages(tables: ExplorerTables, key: str, mask: np.ndarray, voice: str, n: int,
                   window: int, cols: list[str]) -> pd.DataFrame:
    """:func:`contexts` of a term of ``tables.vocab`` in ``voice``."""
    from .framing import term_contexts

    d = tables.docs
    j = pd.Index(tables.vocab["term"]).get_indexer([key])[0]
    if j < 0:
        return pd.DataFrame(columns=cols)
    has = np.flatnonzero(mask & (tables.counts[voice][:, j].toarray().ravel() > 0))
    rows = _spread(d.iloc[has].assign(start=0), n)
    arts = rows[["doc_id", "outlet"]].assign(text=tables.texts[rows.index.to_numpy()],
                                             _all="all")
    found = term_contexts(arts, pd.DataFrame({"_all": ["all"], "term": [key]}), by="_all",
                          voice=voice, n=len(rows), window_chars=window)
    rank = pd.Series(np.arange(len(rows)), index=rows["doc_id"].to_numpy())
    found = found.assign(_rank=found["doc_id"].map(rank).to_numpy()).sort_values(
        ["_rank", "start"], kind="stable").head(n)
    hits = found.drop(columns=["_all"]).merge(d, on="doc_id", how="left")
    return hits[cols].reset_index(drop=True)


def _row_passages(tables: ExplorerTables, kind: str, key: str, mask: np.ndarray,
                  voice: str | None, n: int, window: int, cols: list[str]) -> pd.DataFrame:
    """:func:`contexts` of an actor, a label or a speaker (rows of a located table)."""
    from .text import kwic

    d = tables.docs
    table = {"actor": tables.mentions, "label": tables.labels, "speaker": tables.quotes}[kind]
    column = {"actor": "actor", "label": "label", "speaker": "speaker"}[kind]
    hit = table[column] == key
    if kind == "label" and " › " in key:
        ref, lab = key.split(" › ", 1)
        hit = (table["referent"] == ref) & (table["label"] == lab)
    rows = _rows(table[hit.to_numpy()], mask, None if kind == "speaker" else voice)
    rows = rows.drop_duplicates(["row", "start", "end"])
    rows = rows.assign(**{c: d[c].to_numpy()[rows["row"].to_numpy()]
                          for c in ("outlet", "date")})
    rows = _spread(rows, n)
    if rows.empty:
        return pd.DataFrame(columns=cols)
    arts = pd.DataFrame({"doc_id": d["doc_id"].to_numpy()[rows["row"].unique()],
                         "text": tables.texts[rows["row"].unique()]})
    ctx = kwic(arts, rows[["doc_id", "start", "end"]], window_chars=window)
    ctx["voice"] = rows["voice"].to_numpy() if "voice" in rows else "quoted"
    if kind == "speaker":
        ctx["voice"] = "quoted"
    out = ctx.merge(d, on="doc_id", how="left")
    return out[cols].reset_index(drop=True)
