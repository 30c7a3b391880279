"""Distinctive terms: the words and phrases that set one outlet apart, and the passages behind them.

:func:`distinctive_terms` → ``<by>, other, term, ngram, count, …, log_odds, se, z, p, q``: each
group (outlet) is compared with all other groups together ("rest") and, on request, with chosen
other groups, by the log-odds ratio with an informative Dirichlet prior of Monroe, Colaresi &
Quinn (2008, "Fightin' Words", *Political Analysis* 16(4)), see :func:`weighted_log_odds`, with
prior ``alpha_w = alpha0 * b_w / B``, ``b_w`` the term's count in the background corpus (the
corpus itself by default) and ``B`` that corpus's total of n-grams of the same length (terms
absent from a user background get half a count). Each n-gram length is its own multinomial
(bigram rates are per bigram). :func:`ngram_counts` and :func:`score_ngram_counts` are its map
and reduce steps; :func:`term_contexts` gives the passages behind the terms.

Scale. The counts are one sparse group × n-gram matrix, built once after dropping the n-grams
used fewer than ``min_count`` times in the corpus; the rest is the corpus total minus the group.
No dense group × vocabulary array is made (the Benjamini-Hochberg family of the terms a group
never uses is summed per term class, see :mod:`analysis.framing._log_odds`), so the cost grows
linearly with articles and with groups; pairs are compared only when asked for. Counting
(tokens, and quotation spans for ``voice="own"``) is most of the time; see
``benchmarks/README.md``, "distinctive terms at 500 outlets".

Options of :func:`distinctive_terms` (and :func:`score_ngram_counts`):

- ``ngram_range`` (default (1, 3)): smallest and largest n-gram length, within (1, 3).
- ``min_count`` (2): guard (at least 1): a term is tested only where the two compared sides
  together use it at least ``min_count`` times, and reported only for a group that uses it
  ``min_count`` times.
- ``alpha0`` (1000): total weight of the prior in pseudo-counts per n-gram length.
- ``pairs`` (False): also compare groups pairwise: ``"top"`` every pair among the ``top_pairs``
  groups with the most articles (ties by name), or the pairs listed. ``True`` means ``"top"`` (it
  used to mean every pair, which grows with the square of the groups; a warning says so when
  there are more than ``top_pairs`` groups). ``pair=(a, b)`` compares only that pair (no
  comparison with the rest); ``top_pairs`` (8: 28 pairs) is how many of the largest groups
  ``"top"`` compares.
- ``min_articles`` (5): groups with fewer articles are not compared — no terms are scored for
  them, as "rest" is scored only for groups that have terms — but their articles stay in the
  corpus (in the other groups' rest and in the prior). They are listed in
  ``result.attrs["too_few_articles"]`` (``{group: articles}``), with
  ``result.attrs["min_articles"]``. Use ``min_articles=1`` for a tiny corpus.
- ``exclude_outlet_names`` (None): leave out of a group's terms the n-grams that contain one of
  its own names (an outlet's name without generic words, its registry domains and
  abbreviations, see :func:`analysis.framing._log_odds.outlet_aliases`: ABC News loses "abc
  news" and "told abc news"; Al Jazeera "al jazeera" and "jazeera"). The rows are removed from
  the report only: the counts, the other groups' rows and the q-values are unchanged. Default:
  on when ``by`` names outlets ("outlet", "source", "media_name", …).
- ``keep`` ("reported"): the rows of terms a group uses at least ``min_count`` times; ``"all"``:
  every tested row, also terms a group uses less or never (groups × vocabulary rows for the
  comparisons with the rest: large).
- ``stop_words`` ("english"): words that are dropped as unigrams and may not start or end an
  n-gram (scikit-learn's English list by default).
- ``processes`` (None): processes for the text work (cutting quotations out, finding tokens; see
  :func:`analysis.framing.ngrams.n_processes`): by default 2 for 5,000 articles or more when
  the machine has two cores, else 1; ``1`` keeps it in this process. The table does not depend
  on it: the terms are numbered in the calling process, in the articles' order.

Columns: ``count`` uses by the group in ``docs`` of its ``articles`` articles; ``count_other``
by the other side ("rest" or a group); rates per 1,000 n-grams of the same length; ``z =
log_odds / se``; ``p`` two-sided normal p-value; ``q`` Benjamini-Hochberg (1995) q-value over
every test of the call (all compared groups, comparisons and terms that pass the guard, whether
reported or not). A pairwise comparison is reported from both sides (``z`` of b vs a is ``-z``
of a vs b).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

import numpy as np
import pandas as pd

from .._api import keyword_only, renamed
from .._memory import release_memory
from .._progress import progress
from .._validate import require_columns
from ..voice import check_voice, pieces_in_voice, quoted_index, voice_at, voice_pieces, voice_spans
from . import _log_odds as _lo
from ._batches import TextColumn
from ._log_odds import weighted_log_odds
from ._matrices import _corpus_matrices, _matrices
from .ngrams import _NgramCounter

__all__ = ["distinctive_terms", "ngram_counts", "score_ngram_counts", "term_contexts",
           "weighted_log_odds"]


def _in_voice(texts: list[str], voice: str) -> list[str]:
    """Texts reduced to one voice, each text's quotations found in it
    (:func:`analysis.voice.pieces_in_voice`); removed stretches become line breaks."""
    if voice == "all":
        return texts
    return ["\n".join(t[s:e] for s, e in pieces_in_voice(t, voice)) for t in texts]


def _direct(articles: pd.DataFrame, voice: str, spans: pd.DataFrame | None) -> bool:
    """Whether each text's quotations can be found in the text alone (no spans table given,
    ``doc_id`` unique), or no voice is cut."""
    ids = articles["doc_id"]
    return voice == "all" or spans is None and ids.is_unique and not ids.isna().any()


def _texts_to_count(articles: pd.DataFrame, voice: str, spans: pd.DataFrame | None):
    """``(texts, prepare)`` for :meth:`_NgramCounter.count`: the raw texts (made Python strings
    batch by batch) and :func:`_in_voice` to cut their quotations out where the tokens are
    found (a worker process), or the texts already in ``voice`` (quotations from a spans
    table) and None."""
    if _direct(articles, voice, spans):
        prepare = functools.partial(_in_voice, voice=voice) if voice != "all" else None
        return TextColumn(articles["text"], desc="counting n-grams"), prepare
    texts = _voice_texts(articles, voice, spans=spans)
    return progress(texts, total=len(articles), desc="counting n-grams"), None


def _voice_texts(articles: pd.DataFrame, voice: str, chunk: int = 2000,
                 spans: pd.DataFrame | None = None) -> Iterator[str]:
    """Texts reduced to one voice, lazily; removed stretches become line breaks (which break
    n-grams). Quotations from ``spans`` (a :func:`analysis.voice.voice_spans` table), else
    found text by text (chunk by chunk through a spans table when doc_ids repeat, as their
    quotations are then pooled per doc_id)."""
    if _direct(articles, voice, spans):
        for lo in range(0, len(articles), chunk):
            yield from _in_voice(articles["text"].iloc[lo : lo + chunk].fillna("").tolist(), voice)
        return
    empty = ((), ())
    given = quoted_index(spans) if spans is not None else None
    for lo in range(0, len(articles), chunk):
        part = articles.iloc[lo : lo + chunk]
        texts = part["text"].fillna("").tolist()
        qidx = given if given is not None else quoted_index(voice_spans(part))
        for d, t in zip(part["doc_id"], texts):
            yield "\n".join(t[s:e] for s, e in voice_pieces(t, qidx.get(d, empty), voice))


def _background(counter: _NgramCounter, prior, keys: np.ndarray, corpus_counts: np.ndarray,
                corpus_totals: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Background counts of ``keys`` and background totals per n-gram order."""
    if prior is None:
        return corpus_counts.astype(float), corpus_totals.astype(float)
    if isinstance(prior, pd.DataFrame) and "text" in prior.columns:
        table, tot = counter.count(prior["text"].fillna("").tolist(), np.zeros(len(prior), int), 1,
                                   keep=keys)
        bg = pd.Series(table["count"]).groupby(table["key"]).sum()
        return bg.reindex(keys, fill_value=0).to_numpy(float), tot[0].astype(float)
    if isinstance(prior, pd.DataFrame):
        require_columns(prior, ["term", "count"], name="prior")
        prior = pd.Series(prior["count"].to_numpy(), index=prior["term"])
    if not isinstance(prior, pd.Series):
        raise TypeError("prior must be None, a DataFrame with 'text' or 'term, count', or a Series")
    order = np.array([len(str(t).split()) for t in prior.index])
    tot = np.array([prior.to_numpy()[order == k].sum() for k in range(4)], dtype=float)
    bg = pd.Series(prior.to_numpy(float), index=counter.encode(list(prior.index)))
    bg = bg[bg.index != 0].groupby(level=0).sum()
    return bg.reindex(keys, fill_value=0).to_numpy(float), tot


@keyword_only("by", "prior")
def distinctive_terms(
    articles: pd.DataFrame,
    *,
    by: str = "outlet",
    prior: pd.DataFrame | pd.Series | None = None,
    voice: str = "own",
    ngram_range: tuple[int, int] = (1, 3),
    min_count: int = 2,
    alpha0: float = 1000.0,
    pairs: bool | str | Sequence[tuple[str, str]] = False,
    pair: tuple[str, str] | None = None,
    top_pairs: int = 8,
    min_articles: int = 5,
    exclude_outlet_names: bool | None = None,
    keep: str = "reported",
    stop_words: str | Sequence[str] | None = "english",
    spans: pd.DataFrame | None = None,
    processes: int | None = None,
) -> pd.DataFrame:
    """Terms each outlet uses more than the others: weighted log-odds with an informative prior.

    The method, its cost, every option and every column are described in
    :mod:`analysis.framing.terms`.

    Parameters
    ----------
    articles : DataFrame
        Needs ``doc_id``, ``text`` and ``by`` (the grouping column).
    prior : DataFrame or Series, optional
        Background corpus: articles (with ``text``) or term counts (``term, count``, or a Series
        indexed by term). Default: the corpus itself.
    voice : {"own", "quoted", "all"}
        The outlets' own words (quotations removed, the default), only quoted text, or all.
    ngram_range, min_count, alpha0, pairs, pair, top_pairs, min_articles, \
exclude_outlet_names, keep, stop_words, processes
        See "Options" in :mod:`analysis.framing.terms`.
    spans : DataFrame, optional
        A precomputed :func:`analysis.voice.voice_spans` table of ``articles``.

    Returns
    -------
    DataFrame
        ``<by>, other, term, ngram, count, docs, articles, count_other, rate, rate_other,
        log_odds, se, z, p, q``, sorted by group, other ("rest" first), ``z`` (desc), term;
        ``attrs["too_few_articles"]`` and ``attrs["min_articles"]``.

    Examples
    --------
    >>> arts = pd.DataFrame({"doc_id": list("abcd"), "outlet": ["X", "X", "Y", "Y"], "text": [
    ...     "Zionist regime crimes.", "The Zionist regime again.", "Israel said.", "Israel won."]})
    >>> t = distinctive_terms(arts, ngram_range=(1, 2), min_count=2, min_articles=2)
    >>> t[["outlet", "term", "count"]].values.tolist()
    [['X', 'regime', 2], ['X', 'zionist', 2], ['X', 'zionist regime', 2], ['Y', 'israel', 2]]
    >>> distinctive_terms(arts, min_articles=3).attrs["too_few_articles"]
    {'X': 2, 'Y': 2}
    """
    require_columns(articles, ["doc_id", "text", by])
    check_voice(voice)
    _check_options(min_count, keep, min_articles, top_pairs)
    names, groups = np.unique(articles[by].fillna("unknown").astype(str).to_numpy(),
                              return_inverse=True)
    n_art = np.bincount(groups, minlength=len(names))
    comps, too_few = _lo.comparisons(names, n_art, by, pairs, pair, min_articles=min_articles,
                                     top_pairs=top_pairs)
    counter = _NgramCounter(ngram_range, stop_words)
    texts, prepare = _texts_to_count(articles, voice, spans)
    tables, totals = counter.count(texts, groups, len(names), min_count=min_count,
                                   prepare=prepare, processes=processes, halves=True)
    keys, corpus, Y, D = _corpus_matrices(tables, min_count, len(names))  # empties the tables
    bg, bg_tot = _background(counter, prior, keys, corpus, totals.sum(axis=0))

    def terms(idx: np.ndarray) -> np.ndarray:  # only the reported terms are decoded
        return np.asarray(counter.decode(keys[idx])[0], dtype=object)

    out = _lo.score(by, names, n_art, terms, counter.order_of(keys), Y, D, totals, bg, bg_tot,
                    comps, min_count=min_count, alpha0=alpha0, keep=keep,
                    exclude_names=_outlet_like(by, exclude_outlet_names))
    out.attrs.update(too_few_articles=too_few, min_articles=min_articles)
    release_memory(len(articles))
    return out


def _check_options(min_count: int, keep: str, min_articles: int, top_pairs: int) -> None:
    if int(min_count) < 1:
        raise ValueError(f"min_count must be at least 1, got {min_count!r}")
    if keep not in ("reported", "all"):
        raise ValueError(f"keep must be 'reported' or 'all', got {keep!r}")
    if int(min_articles) < 1 or int(top_pairs) < 2:
        raise ValueError(f"min_articles must be >= 1 and top_pairs >= 2, got {min_articles!r} "
                         f"and {top_pairs!r}")


def _outlet_like(by: str, exclude: bool | None) -> bool:
    return str(by).lower() in _lo.OUTLET_COLUMNS if exclude is None else bool(exclude)


def ngram_counts(articles: pd.DataFrame, by: str = "outlet", *, voice: str = "own",
                 ngram_range: tuple[int, int] = (1, 3),
                 stop_words: str | Sequence[str] | None = "english",
                 spans: pd.DataFrame | None = None) -> pd.DataFrame:
    """How often each group uses each n-gram, as a table that can be summed across partitions.

    The map step of :func:`distinctive_terms` (the same tokens, voices and n-gram rules): rows
    ``<by>, term, ngram, count, docs``, plus one row per group and n-gram length with
    ``term == ""`` whose ``count`` is the group's total of n-grams of that length and ``docs``
    its number of articles. Tables of disjoint sets of articles add up (``groupby(
    [by, "term", "ngram"]).sum()``) to the table of their union; :func:`score_ngram_counts`
    turns the sum into the ``distinctive_terms`` table. ``spans``: a precomputed
    :func:`analysis.voice.voice_spans` table of ``articles``.

    Examples
    --------
    >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"],
    ...                      "text": ["Zionist regime.", "Israel."]})
    >>> for row in ngram_counts(arts, ngram_range=(1, 1)).values.tolist():
    ...     print(row)
    ['X', '', 1, 2, 1]
    ['X', 'regime', 1, 1, 1]
    ['X', 'zionist', 1, 1, 1]
    ['Y', '', 1, 1, 1]
    ['Y', 'israel', 1, 1, 1]
    """
    require_columns(articles, ["doc_id", "text", by])
    check_voice(voice)
    names, groups = np.unique(articles[by].fillna("unknown").astype(str).to_numpy(),
                              return_inverse=True)
    counter = _NgramCounter(ngram_range, stop_words)
    table, totals = counter.count(_voice_texts(articles, voice, spans=spans), groups, len(names),
                                  min_count=1)
    terms, order = counter.decode(table["key"].astype(np.uint64))
    n_art = np.bincount(groups, minlength=len(names))
    k = np.array(list(counter.orders))
    g_tot = np.repeat(np.arange(len(names)), len(k))
    out = pd.concat([
        pd.DataFrame({by: names[g_tot], "term": "", "ngram": np.tile(k, len(names)),
                      "count": totals[g_tot, np.tile(k, len(names))], "docs": n_art[g_tot]}),
        pd.DataFrame({by: names[table["g"]], "term": terms, "ngram": order,
                      "count": table["count"].astype(np.int64),
                      "docs": table["docs"].astype(np.int64)}),
    ], ignore_index=True)
    out = out.astype({by: object, "term": object, "ngram": np.int64, "count": np.int64,
                      "docs": np.int64})
    return out.sort_values([by, "term", "ngram"], ignore_index=True)


def score_ngram_counts(counts: pd.DataFrame, by: str = "outlet", *, min_count: int = 2,
                       alpha0: float = 1000.0,
                       pairs: bool | str | Sequence[tuple[str, str]] = False,
                       pair: tuple[str, str] | None = None, top_pairs: int = 8,
                       min_articles: int = 5, exclude_outlet_names: bool | None = None,
                       keep: str = "reported") -> pd.DataFrame:
    """The :func:`distinctive_terms` table from summed :func:`ngram_counts` (the reduce step;
    the corpus itself is the background). Same parameters, columns, values, order and
    ``attrs`` as ``distinctive_terms`` on the articles the counts came from.

    Examples
    --------
    >>> arts = pd.DataFrame({"doc_id": list("abcd"), "outlet": ["X", "X", "Y", "Y"], "text": [
    ...     "Zionist regime crimes.", "The Zionist regime again.", "Israel said.", "Israel won."]})
    >>> parts = [ngram_counts(arts.iloc[:3], ngram_range=(1, 2)),
    ...          ngram_counts(arts.iloc[3:], ngram_range=(1, 2))]
    >>> summed = pd.concat(parts).groupby(["outlet", "term", "ngram"], as_index=False).sum()
    >>> kw = {"min_articles": 2}
    >>> score_ngram_counts(summed, **kw).equals(distinctive_terms(arts, ngram_range=(1, 2), **kw))
    True
    """
    require_columns(counts, [by, "term", "ngram", "count", "docs"], name="counts")
    _check_options(min_count, keep, min_articles, top_pairs)
    counts = counts.groupby([by, "term", "ngram"], as_index=False)[["count", "docs"]].sum()
    names = np.unique(counts[by].astype(str).to_numpy())
    g = np.searchsorted(names, counts[by].astype(str).to_numpy())
    is_total = (counts["term"] == "").to_numpy()
    totals = np.zeros((len(names), 4), dtype=np.int64)
    np.add.at(totals, (g[is_total], counts["ngram"].to_numpy()[is_total]),
              counts["count"].to_numpy()[is_total])
    n_art = np.zeros(len(names), dtype=np.int64)
    first = is_total & (counts["ngram"] == counts.loc[is_total, "ngram"].min()).to_numpy()
    n_art[g[first]] = counts["docs"].to_numpy()[first]
    comps, too_few = _lo.comparisons(names, n_art, by, pairs, pair, min_articles=min_articles,
                                     top_pairs=top_pairs)
    rows = counts[~is_total]
    corpus = rows.groupby("term")["count"].sum()
    corpus = corpus[corpus >= min_count].sort_index()
    terms = corpus.index.to_numpy(dtype=object)
    rows = rows[rows["term"].isin(corpus.index)]
    col = np.searchsorted(terms.astype(str), rows["term"].astype(str).to_numpy())
    order_of = rows.groupby("term")["ngram"].first().reindex(corpus.index).to_numpy(np.int64)
    gi = np.searchsorted(names, rows[by].astype(str).to_numpy())
    Y, D = _matrices(gi, col, rows["count"].to_numpy(float), rows["docs"].to_numpy(float),
                     (len(names), len(terms)))
    out = _lo.score(by, names, n_art, terms, order_of, Y, D, totals, corpus.to_numpy(float),
                    totals.sum(axis=0).astype(float), comps, min_count=min_count, alpha0=alpha0,
                    keep=keep, exclude_names=_outlet_like(by, exclude_outlet_names))
    out.attrs.update(too_few_articles=too_few, min_articles=min_articles)
    return out


@renamed(window="window_chars")
def term_contexts(
    articles: pd.DataFrame,
    terms: pd.DataFrame,
    *,
    by: str = "outlet",
    voice: str = "own",
    n: int = 3,
    window_chars: int = 60,
    spans: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The passages behind distinctive terms: up to ``n`` occurrences of each term in its group.

    Parameters
    ----------
    articles : DataFrame
        Needs ``doc_id``, ``text`` and ``by``.
    terms : DataFrame
        Rows of :func:`distinctive_terms` (``<by>, term``), e.g. its top rows per outlet.
    voice : {"own", "quoted", "all"}
        Only occurrences in this voice (use the value given to :func:`distinctive_terms`).
    spans : DataFrame, optional
        A precomputed :func:`analysis.voice.voice_spans` table of ``articles``.

    Returns
    -------
    DataFrame
        ``<by>, term, doc_id, start, end, voice, left, match, right``, in the order of ``terms``.

    Examples
    --------
    >>> arts = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"],
    ...                      "text": ["The Zionist regime's attacks on Gaza."]})
    >>> terms = pd.DataFrame({"outlet": ["X"], "term": ["regime attacks"]})
    >>> term_contexts(arts, terms, window_chars=8)[["left", "match", "right"]].values.tolist()
    [['Zionist ', "regime's attacks", ' on Gaza']]
    """
    require_columns(articles, ["doc_id", "text", by])
    require_columns(terms, [by, "term"], name="terms")
    check_voice(voice)
    qidx = quoted_index(voice_spans(articles) if spans is None else spans)
    docs = {g: list(zip(d["doc_id"], d["text"].fillna(""))) for g, d in articles.groupby(by)}
    rows = []
    for grp, term in terms[[by, "term"]].drop_duplicates().itertuples(index=False):
        words = [r"(?:U\.S\.(?:A\.)?|US|USA)" if w == "u.s." else re.escape(w)
                 for w in str(term).split()]
        rx = re.compile(r"(?<!\w)" + r"(?:\W+\w)?\W+".join(words) + r"(?!\w)", re.IGNORECASE)
        found = 0
        for doc_id, text in docs.get(grp, []):
            for m in rx.finditer(text):
                v = voice_at([doc_id], [m.start()], qidx)[0]
                if voice != "all" and v != voice:
                    continue
                rows.append((grp, term, doc_id, m.start(), m.end(), v,
                             text[max(0, m.start() - window_chars) : m.start()].replace("\n", " "),
                             m.group(), text[m.end() : m.end() + window_chars].replace("\n", " ")))
                found += 1
                if found >= n:
                    break
            if found >= n:
                break
    return pd.DataFrame(rows, columns=[by, "term", "doc_id", "start", "end", "voice", "left",
                                       "match", "right"])

