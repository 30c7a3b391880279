"""Framing: the labels outlets choose, the terms that set them apart, and the tone around actors.

Every result is split by *voice* — what an outlet writes itself ("own") versus what it puts
between quotation marks ("quoted") — because an outlet that quotes IRNA's "Zionist regime" has
not called Israel that itself. Paraphrase and indirect speech are the outlet's own words.

- :func:`label_choices` → ``referent, label, <by>, voice, count, articles, total, share, …``
  (defined with its lexicon in :mod:`analysis.labels`, re-exported here).
- :func:`distinctive_terms` → ``<by>, other, term, ngram, count, …, log_odds, se, z, p, q``: the
  weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008).
- :func:`tone_toward` → ``<by>, actor, voice, n_sentences, articles, mean, ci_low, ci_high, …``:
  VADER compound scores (Hutto & Gilbert 2014) of the sentences that mention each actor.
- :func:`term_contexts` and :func:`tone_sentences` give the passages behind those numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

import numpy as np
import pandas as pd
import pyarrow as pa
from scipy import sparse, stats
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from . import _log_odds as _lo
from ._log_odds import weighted_log_odds
from ._memory import release_memory
from ._progress import progress
from ._validate import require_columns
from .labels import (
    _by_columns,
    _check_voice,
    _quoted_index,
    _voice_at,
    _voice_pieces,
    label_choices,
)
from .text import sentences

__all__ = [
    "distinctive_terms", "label_choices", "term_contexts", "tone_sentences", "tone_toward",
    "weighted_log_odds",
]


# --------------------------------------------------------------------------- distinctive terms
_BASE = np.uint64(1 << 21)  # token ids < 2**21, so a trigram key fits in 63 bits
_BREAK = ".!?;:,()[]{}\"“”«»|\n–—"
_TOKEN_PATTERN = r"U\.S\.(?:A\.)?|\w\w+|[" + "".join("\\" + c for c in _BREAK) + "]"
_US = frozenset({"US", "USA", "U.S.", "U.S.A."})
_SKETCH_FROM = 20_000_000  # n-gram positions above which rare n-grams are filtered by hashing
_COMPACT_ROWS = 5_000_000  # (document, n-gram) rows summed per (group, n-gram) past this
_CHUNK = 2000  # texts tokenised at once


def _sum_parts(parts: list[tuple], n_groups: int) -> pd.DataFrame:
    """Rows ``g, key, count, docs`` summed per (group, key), by hashing (row order arbitrary)."""
    if not parts:
        return pd.DataFrame({"g": np.array([], np.int32), "key": np.array([], np.uint64),
                             "count": np.array([], np.int64), "docs": np.array([], np.int64)})
    g, key, count, docs = (np.concatenate(x) for x in zip(*parts))
    parts.clear()  # the parts are ours: freed before hashing
    kc, ku = pd.factorize(key)
    del key
    pc, pu = pd.factorize(kc.astype(np.int64) * n_groups + g)
    return pd.DataFrame({"g": (pu % n_groups).astype(np.int32), "key": ku[pu // n_groups],
                         "count": np.bincount(pc, weights=count).astype(np.int64),
                         "docs": np.bincount(pc, weights=docs).astype(np.int64)})


def _per_doc(d: np.ndarray, key: np.ndarray, n_docs: int):
    """Distinct (document, key) pairs of n-gram occurrences and their counts, by hashing."""
    kc, ku = pd.factorize(key)
    pc, pu = pd.factorize(kc.astype(np.int64) * n_docs + d)
    return pu % n_docs, ku[pu // n_docs], np.bincount(pc)


def _bucket(key: np.ndarray, bits: int) -> np.ndarray:
    """Multiplicative (Fibonacci) hash of n-gram keys into ``2**bits`` buckets."""
    return ((key * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(64 - bits)).astype(np.int64)


class _NgramCounter:
    """Counts word n-grams per group with integer keys (scales to 10^5 articles, no string n-grams).

    Tokens are those of scikit-learn's ``CountVectorizer`` analyzer with :data:`_TOKEN_PATTERN`
    (lower-cased words of two or more characters, "US"/"U.S." kept as "u.s."). Punctuation, line
    breaks and removed (other-voice) text break n-grams; an n-gram may contain stop words inside
    ("war on gaza") but must not start or end with a stop word or a number, and unigram stop
    words are dropped.
    """

    def __init__(self, ngram_range: tuple[int, int], stop_words):
        self.orders = range(ngram_range[0], ngram_range[1] + 1)
        if ngram_range[0] < 1 or ngram_range[1] > 3 or ngram_range[0] > ngram_range[1]:
            raise ValueError(f"ngram_range must lie within (1, 3), got {ngram_range}")
        self.stop = frozenset(
            ENGLISH_STOP_WORDS if stop_words == "english" else (stop_words or ())
        )
        # case is kept by the tokenizer so that "US" is not "us"; terms are lower-cased below.
        # scikit-learn's analyzer with this token_pattern is its regular expression's findall.
        self.tokenize = re.compile(_TOKEN_PATTERN + "|\x00").findall
        self.ids = {c: 0 for c in _BREAK}  # surface token -> term id (0: breaks n-grams)
        self.ids["\x00"] = -1  # end of a text
        self.term_ids: dict[str, int] = {}
        self.terms = ["<break>"]
        self.edge = [False]

    def _id(self, token: str) -> int:
        term = "u.s." if token in _US else token.lower()
        i = self.term_ids.get(term)
        if i is None:
            i = self.term_ids[term] = len(self.terms)
            if i >= int(_BASE):
                raise ValueError("more than 2**21 distinct words; split the corpus")
            self.terms.append(term)
            self.edge.append(term not in self.stop and not term.isdigit())
        self.ids[token] = i
        return i

    def _token_ids(self, batch: list[str]) -> np.ndarray:
        """Term ids of the tokens of ``batch``, each text followed by -1: one regular-expression
        pass over the texts joined by NUL (which no token contains: a NUL in a text becomes a
        space, which separates tokens alike) and one dictionary look-up per distinct token."""
        joined = "\x00".join(t.replace("\x00", " ") for t in batch) + "\x00"
        flat = self.tokenize(joined)
        try:  # Arrow's hash-based dictionary encoding
            enc = pa.array(flat, type=pa.large_string()).dictionary_encode()
            codes, uniq = enc.indices.to_numpy(), np.array(enc.dictionary.to_pylist(), object)
        except (pa.ArrowException, UnicodeError):  # e.g. a lone surrogate
            codes, uniq = pd.factorize(np.asarray(flat, dtype=object))
        get = self.ids.get
        ids = np.fromiter((get(w, -2) for w in uniq), dtype=np.int32, count=len(uniq))
        miss = np.flatnonzero(ids == -2)
        if len(miss):  # new ids in the order of the sorted new tokens
            new = {w: self._id(w) for w in sorted(uniq[miss])}
            ids[miss] = [new[w] for w in uniq[miss]]
        return ids[codes]

    def count(self, texts: Iterable[str], groups: np.ndarray, n_groups: int, *,
              min_count: int = 1, keep: np.ndarray | None = None, chunk: int | None = None):
        """``(table, totals)``: table ``g, key, count, docs``, totals ``(n_groups, 4)`` per order.

        Three passes keep memory proportional to the n-grams that can pass ``min_count``: token
        ids (int32) per chunk; a hashed count of every n-gram (an upper bound of its count, so
        no n-gram that reaches ``min_count`` is lost); exact counts of the survivors. ``keep``
        (sorted keys) replaces the hashed filter.
        """
        chunks, chunk = [], chunk or _CHUNK
        texts, lo = iter(texts), 0
        while batch := list(islice(texts, chunk)):
            tok = self._token_ids(batch)
            ends = np.flatnonzero(tok < 0)  # one end-of-text mark per text
            tok[ends] = 0  # which breaks n-grams like a line break
            chunks.append((lo, tok, np.diff(ends, prepend=-1)))
            lo += len(batch)
        self._edge = np.array(self.edge, dtype=bool)
        sketch, bits = None, 0
        n_tok = sum(len(t) for _, t, _ in chunks) * len(self.orders)
        if keep is None and min_count > 1 and n_tok > _SKETCH_FROM:
            bits = int(np.clip(np.ceil(np.log2(max(n_tok, 1))) + 1, 10, 26))
            sketch = np.zeros(1 << bits, dtype=np.int32)
            for _, tok, _ in chunks:
                for k in self.orders:
                    np.add.at(sketch, _bucket(self._ngrams(tok, k)[1], bits), 1)
        parts, n_rows, totals = [], 0, np.zeros((n_groups, 4), dtype=np.int64)
        for lo, tok, lengths in chunks:
            doc = np.repeat(np.arange(lo, lo + len(lengths)), lengths)
            for k in self.orders:
                idx, key = self._ngrams(tok, k)
                totals[:, k] += np.bincount(groups[doc[idx]], minlength=n_groups)
                if sketch is not None:
                    sel = sketch[_bucket(key, bits)] >= min_count
                    idx, key = idx[sel], key[sel]
                elif keep is not None:
                    pos = np.minimum(np.searchsorted(keep, key), max(len(keep) - 1, 0))
                    sel = (keep[pos] == key) if len(keep) else np.zeros(len(key), bool)
                    idx, key = idx[sel], key[sel]
                d, key, cnt = _per_doc(doc[idx] - lo, key, len(lengths))
                parts.append((groups[lo + d].astype(np.int32), key.astype(np.uint64),
                              cnt.astype(np.int32), np.ones(len(d), dtype=np.int32)))
                n_rows += len(d)
            if n_rows > _COMPACT_ROWS:  # compact: counts of one n-gram in several chunks
                t = _sum_parts(parts, n_groups)
                parts.append(tuple(t[c].to_numpy(dt) for c, dt in (
                    ("g", np.int32), ("key", np.uint64), ("count", np.int32), ("docs", np.int32))))
                n_rows = len(t)
                del t
        return _sum_parts(parts, n_groups), totals

    def _ngrams(self, tok: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Start positions and integer keys of the valid k-grams of a token-id array."""
        n = len(tok)
        if n < k:
            return np.array([], dtype=np.int64), np.array([], dtype=np.uint64)
        edge, brk = self._edge[tok], tok == 0
        ok = edge[: n - k + 1] & edge[k - 1 :]
        for j in range(1, k - 1):
            ok &= ~brk[j : n - k + 1 + j]
        idx = np.flatnonzero(ok)
        key = tok[idx].astype(np.uint64)
        for j in range(1, k):
            key = key * _BASE + tok[idx + j].astype(np.uint64)
        return idx, key

    @staticmethod
    def order_of(keys: np.ndarray) -> np.ndarray:
        """N-gram orders of integer keys."""
        keys = keys.astype(np.uint64)
        return 1 + (keys >= _BASE).astype(int) + (keys >= _BASE * _BASE).astype(int)

    def decode(self, keys: np.ndarray) -> tuple[list[str], np.ndarray]:
        """Terms and n-gram orders of integer keys."""
        keys = keys.astype(np.uint64)
        order = self.order_of(keys)
        words = np.array(self.terms, dtype=object)
        parts = [words[(keys // _BASE**j) % _BASE] for j in (2, 1, 0)]
        terms = [" ".join(p[3 - o :]) for o, *p in zip(order, *parts)]
        return terms, order

    def encode(self, terms: Sequence[str]) -> np.ndarray:
        """Integer keys of space-separated terms (0 when a word was never seen)."""
        out = np.zeros(len(terms), dtype=np.uint64)
        for i, term in enumerate(terms):
            ids = [self.term_ids.get(w, 0) for w in str(term).lower().split()]
            if ids and 0 not in ids and len(ids) <= 3:
                key = np.uint64(0)
                for t in ids:
                    key = key * _BASE + np.uint64(t)
                out[i] = key
        return out


def _voice_texts(articles: pd.DataFrame, voice: str, chunk: int = 2000) -> Iterator[str]:
    """Texts reduced to one voice, lazily; removed stretches become line breaks (which break
    n-grams)."""
    empty = ((), ())
    for lo in range(0, len(articles), chunk):
        part = articles.iloc[lo : lo + chunk]
        texts = part["text"].fillna("").tolist()
        if voice == "all":
            yield from texts
            continue
        qidx = _quoted_index(part)
        for d, t in zip(part["doc_id"], texts):
            yield "\n".join(t[s:e] for s, e in _voice_pieces(t, qidx.get(d, empty), voice))


def _background(counter: _NgramCounter, prior, keys: np.ndarray, corpus_counts: np.ndarray,
                corpus_totals: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Background counts of ``keys`` and background totals per n-gram order."""
    if prior is None:
        return corpus_counts.astype(float), corpus_totals.astype(float)
    if isinstance(prior, pd.DataFrame) and "text" in prior.columns:
        table, tot = counter.count(prior["text"].fillna("").tolist(), np.zeros(len(prior), int), 1,
                                   keep=keys)
        bg = table.groupby("key")["count"].sum()
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


def distinctive_terms(
    articles: pd.DataFrame,
    by: str = "outlet",
    prior: pd.DataFrame | pd.Series | None = None,
    *,
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
) -> pd.DataFrame:
    """Terms each outlet uses more than the others: weighted log-odds with an informative prior.

    Each group (outlet) is compared with all other groups together ("rest") and, on request,
    with chosen other groups. The statistic is the log-odds ratio with an informative Dirichlet
    prior of Monroe, Colaresi & Quinn (2008, "Fightin' Words", *Political Analysis* 16(4)),
    see :func:`weighted_log_odds`, with prior ``alpha_w = alpha0 * b_w / B``, ``b_w`` the
    term's count in the background corpus (the corpus itself by default) and ``B`` that corpus's
    total of n-grams of the same length (terms absent from a user background get half a count).
    Each n-gram length is its own multinomial (bigram rates are per bigram).

    The counts are one sparse group × n-gram matrix, built once after dropping the n-grams used
    fewer than ``min_count`` times in the corpus; the rest is the corpus total minus the group.
    No dense group × vocabulary array is made (the Benjamini-Hochberg family of the terms a
    group never uses is summed per term class, see :mod:`analysis._log_odds`), so the cost
    grows linearly with articles and with groups; pairs are compared only when asked for.
    Counting (tokens, and quotation spans for ``voice="own"``) is most of the time; see
    ``benchmarks/README.md``, "distinctive terms at 500 outlets".

    Parameters
    ----------
    articles : DataFrame
        Needs ``doc_id``, ``text`` and ``by``.
    by : str
        Grouping column.
    prior : DataFrame or Series, optional
        Background corpus: articles (a DataFrame with ``text``, counted in full), or term counts
        (a DataFrame ``term, count`` or a Series indexed by term). Default: the corpus itself.
    voice : {"own", "quoted", "all"}
        Count the outlets' own words (quotations removed, the default), only quoted text, or all.
    ngram_range : (int, int)
        Smallest and largest n-gram length, within (1, 3).
    min_count : int
        Guard (at least 1): a term is tested only where the two compared sides together use it
        at least ``min_count`` times, and reported only for a group that uses it ``min_count``
        times.
    alpha0 : float
        Total weight of the prior in pseudo-counts per n-gram length.
    pairs : False, "top", list of (str, str), or True
        Also compare groups pairwise: ``"top"`` every pair among the ``top_pairs`` groups with
        the most articles (ties by name), or the pairs listed. ``True`` means ``"top"`` (it used
        to mean every pair, which grows with the square of the groups; a warning says so when
        there are more than ``top_pairs`` groups).
    pair : (str, str), optional
        Compare only this pair (no comparison with the rest).
    top_pairs : int
        How many of the largest groups ``pairs="top"`` compares (default 8: 28 pairs).
    min_articles : int
        Groups with fewer articles (default 5) are not compared — no terms are scored for them,
        as "rest" is scored only for groups that have terms — but their articles stay in the
        corpus (in the other groups' rest and in the prior). They are listed in
        ``result.attrs["too_few_articles"]`` (``{group: articles}``), with
        ``result.attrs["min_articles"]``. Use ``min_articles=1`` for a tiny corpus.
    exclude_outlet_names : bool, optional
        Leave out of a group's terms the n-grams that contain one of its own names (an outlet's
        name without generic words, its registry domains and abbreviations, see
        :func:`analysis._log_odds.outlet_aliases`: ABC News loses "abc news" and "told abc
        news"; Al Jazeera "al jazeera" and "jazeera"). The rows are removed from the report
        only: the counts, the other groups' rows and the q-values are unchanged. Default
        (``None``): on when ``by`` names outlets ("outlet", "source", "media_name", …).
    keep : {"reported", "all"}
        ``"reported"`` (default): the rows of terms a group uses at least ``min_count`` times.
        ``"all"``: every tested row, also terms a group uses less or never (groups × vocabulary
        rows for the comparisons with the rest: large).
    stop_words : "english", list or None
        Words that are dropped as unigrams and may not start or end an n-gram (scikit-learn's
        English list by default).

    Returns
    -------
    DataFrame
        ``<by>, other, term, ngram, count, docs, articles, count_other, rate, rate_other,
        log_odds, se, z, p, q``: ``count`` uses by the group in ``docs`` of its ``articles``
        articles; ``count_other`` by the other side ("rest" or a group); rates per 1,000 n-grams
        of the same length; ``z = log_odds / se``; ``p`` two-sided normal p-value; ``q``
        Benjamini-Hochberg (1995) q-value over every test of the call (all compared groups,
        comparisons and terms that pass the guard, whether reported or not). A pairwise
        comparison is reported from both sides (``z`` of b vs a is ``-z`` of a vs b). Sorted by
        group, other ("rest" first), ``z`` (desc), term.

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
    _check_voice(voice)
    _check_options(min_count, keep, min_articles, top_pairs)
    names, groups = np.unique(articles[by].fillna("unknown").astype(str).to_numpy(),
                              return_inverse=True)
    G = len(names)
    n_art = np.bincount(groups, minlength=G)
    comps, too_few = _lo.comparisons(names, n_art, by, pairs, pair, min_articles=min_articles,
                                     top_pairs=top_pairs)
    counter = _NgramCounter(ngram_range, stop_words)
    texts = progress(_voice_texts(articles, voice), total=len(articles), desc="counting n-grams")
    table, totals = counter.count(texts, groups, G, min_count=min_count)
    g, key, count, docs = (table[c].to_numpy() for c in ("g", "key", "count", "docs"))
    del table
    kc, uk = pd.factorize(key)  # corpus counts by hashing; kept keys sorted
    del key
    corpus = np.bincount(kc, weights=count, minlength=len(uk))
    kept = np.flatnonzero(corpus >= min_count)
    kept = kept[np.argsort(uk[kept])]
    keys, corpus = uk[kept].astype(np.uint64), corpus[kept]
    col = np.full(len(uk), -1, dtype=np.int64)
    col[kept] = np.arange(len(kept))
    col = col[kc]
    rows = np.flatnonzero(col >= 0)
    Y, D = _matrices(g[rows].astype(np.int64), col[rows], count[rows].astype(float),
                     docs[rows].astype(float), (G, len(keys)))
    del g, count, docs, kc, col, rows
    order = counter.order_of(keys)
    bg, bg_tot = _background(counter, prior, keys, corpus, totals.sum(axis=0))

    def terms(idx: np.ndarray) -> np.ndarray:  # only the reported terms are decoded
        return np.asarray(counter.decode(keys[idx])[0], dtype=object)

    out = _lo.score(by, names, n_art, terms, order, Y, D, totals, bg, bg_tot, comps,
                    min_count=min_count, alpha0=alpha0, keep=keep,
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


def _matrices(g: np.ndarray, col: np.ndarray, count: np.ndarray, docs: np.ndarray,
              shape: tuple[int, int]) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
    """Counts and document counts as CSR matrices with one sparsity pattern (rows of ``(g,
    col)`` pairs are unique)."""
    o = np.argsort(g.astype(np.int64) * max(shape[1], 1) + col, kind="stable")
    indptr = np.r_[0, np.cumsum(np.bincount(g, minlength=shape[0]))]
    Y = sparse.csr_matrix((count[o], col[o].astype(np.int32), indptr), shape=shape)
    D = sparse.csr_matrix((docs[o], col[o].astype(np.int32), indptr), shape=shape)
    return Y, D


def ngram_counts(articles: pd.DataFrame, by: str = "outlet", *, voice: str = "own",
                 ngram_range: tuple[int, int] = (1, 3),
                 stop_words: str | Sequence[str] | None = "english") -> pd.DataFrame:
    """How often each group uses each n-gram, as a table that can be summed across partitions.

    The map step of :func:`distinctive_terms` (the same tokens, voices and n-gram rules): rows
    ``<by>, term, ngram, count, docs``, plus one row per group and n-gram length with
    ``term == ""`` whose ``count`` is the group's total of n-grams of that length and ``docs``
    its number of articles. Tables of disjoint sets of articles add up (``groupby(
    [by, "term", "ngram"]).sum()``) to the table of their union; :func:`score_ngram_counts`
    turns the sum into the ``distinctive_terms`` table.

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
    _check_voice(voice)
    names, groups = np.unique(articles[by].fillna("unknown").astype(str).to_numpy(),
                              return_inverse=True)
    counter = _NgramCounter(ngram_range, stop_words)
    table, totals = counter.count(_voice_texts(articles, voice), groups, len(names), min_count=1)
    terms, order = counter.decode(table["key"].to_numpy(np.uint64))
    n_art = np.bincount(groups, minlength=len(names))
    k = np.array(list(counter.orders))
    g_tot = np.repeat(np.arange(len(names)), len(k))
    out = pd.concat([
        pd.DataFrame({by: names[g_tot], "term": "", "ngram": np.tile(k, len(names)),
                      "count": totals[g_tot, np.tile(k, len(names))], "docs": n_art[g_tot]}),
        pd.DataFrame({by: names[table["g"].to_numpy()], "term": terms, "ngram": order,
                      "count": table["count"].to_numpy(np.int64),
                      "docs": table["docs"].to_numpy(np.int64)}),
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


def term_contexts(
    articles: pd.DataFrame,
    terms: pd.DataFrame,
    *,
    by: str = "outlet",
    voice: str = "own",
    n: int = 3,
    window: int = 60,
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

    Returns
    -------
    DataFrame
        ``<by>, term, doc_id, start, end, voice, left, match, right``, in the order of ``terms``.

    Examples
    --------
    >>> arts = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"],
    ...                      "text": ["The Zionist regime's attacks on Gaza."]})
    >>> terms = pd.DataFrame({"outlet": ["X"], "term": ["regime attacks"]})
    >>> term_contexts(arts, terms, window=8)[["left", "match", "right"]].values.tolist()
    [['Zionist ', "regime's attacks", ' on Gaza']]
    """
    require_columns(articles, ["doc_id", "text", by])
    require_columns(terms, [by, "term"], name="terms")
    _check_voice(voice)
    qidx = _quoted_index(articles)
    docs = {g: list(zip(d["doc_id"], d["text"].fillna(""))) for g, d in articles.groupby(by)}
    rows = []
    for grp, term in terms[[by, "term"]].drop_duplicates().itertuples(index=False):
        words = [r"(?:U\.S\.(?:A\.)?|US|USA)" if w == "u.s." else re.escape(w)
                 for w in str(term).split()]
        rx = re.compile(r"(?<!\w)" + r"(?:\W+\w)?\W+".join(words) + r"(?!\w)", re.IGNORECASE)
        found = 0
        for doc_id, text in docs.get(grp, []):
            for m in rx.finditer(text):
                v = _voice_at([doc_id], [m.start()], qidx)[0]
                if voice != "all" and v != voice:
                    continue
                rows.append((grp, term, doc_id, m.start(), m.end(), v,
                             text[max(0, m.start() - window) : m.start()].replace("\n", " "),
                             m.group(), text[m.end() : m.end() + window].replace("\n", " ")))
                found += 1
                if found >= n:
                    break
            if found >= n:
                break
    return pd.DataFrame(rows, columns=[by, "term", "doc_id", "start", "end", "voice", "left",
                                       "match", "right"])


# ------------------------------------------------------------------------------------- tone
_VADER = None


def _vader():
    global _VADER
    if _VADER is None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        _VADER = SentimentIntensityAnalyzer()
    return _VADER


def tone_sentences(articles: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """VADER compound score of each sentence that mentions an actor, split by voice.

    A sentence is scored once per actor and voice, on its words in that voice only (the quoted
    words of a sentence that mentions Israel inside a quotation; the rest of the sentence for a
    mention in the outlet's own words). Mentions are placed in sentences by their offsets
    (:func:`analysis.text.sentences`), so ``sent_id`` is not required.

    Returns
    -------
    DataFrame
        ``doc_id, sent_id, actor, voice, start, end, text, compound`` (+ ``outlet`` when
        present), one row per sentence × actor × voice; ``start, end`` are the sentence's.

    Examples
    --------
    >>> arts = pd.DataFrame({"doc_id": ["a"],
    ...                      "text": ['Iran is great. "Israel is awful," he said.']})
    >>> men = pd.DataFrame({"doc_id": ["a", "a"], "start": [0, 16], "end": [4, 22],
    ...                     "actor": ["Iran", "Israel"]})
    >>> tone_sentences(arts, men)[["actor", "voice", "text"]].values.tolist()
    [['Iran', 'own', 'Iran is great.'], ['Israel', 'quoted', '"Israel is awful,"']]
    """
    require_columns(articles, ["doc_id", "text"])
    require_columns(mentions, ["doc_id", "start", "end", "actor"], name="mentions")
    used = articles[articles["doc_id"].isin(set(mentions["doc_id"]))]
    sents = sentences(used).sort_values(["doc_id", "start"])
    texts = dict(zip(used["doc_id"], used["text"].fillna("")))
    qidx = _quoted_index(used)
    men = mentions.loc[mentions["doc_id"].isin(texts), ["doc_id", "start", "end", "actor"]].copy()
    men["voice"] = _voice_at(men["doc_id"], men["start"], qidx)
    code = {d: i for i, d in enumerate(texts)}  # merge on a code: doc_id dtypes may differ
    men["_d"] = men["doc_id"].map(code).astype("int64")
    men["start"] = men["start"].astype("int64")
    sents = sents.assign(_d=sents["doc_id"].map(code).astype("int64"))
    men = pd.merge_asof(
        men.sort_values("start"), sents[["_d", "sent_id", "start", "end"]].rename(
            columns={"start": "s_start", "end": "s_end"}).sort_values("s_start"),
        left_on="start", right_on="s_start", by="_d", direction="backward",
    ).dropna(subset=["sent_id"])
    men = men[men["start"] < men["s_end"]]
    units = men.drop_duplicates(["doc_id", "sent_id", "actor", "voice"])
    empty = ((), ())
    rows = []
    for r in units.itertuples(index=False):
        text = texts[r.doc_id]
        pieces = _voice_pieces(text, qidx.get(r.doc_id, empty), r.voice, int(r.s_start),
                               int(r.s_end))
        rows.append((r.doc_id, int(r.sent_id), r.actor, r.voice, int(r.s_start), int(r.s_end),
                     " … ".join(text[s:e].strip() for s, e in pieces if text[s:e].strip())))
    out = pd.DataFrame(rows, columns=["doc_id", "sent_id", "actor", "voice", "start", "end",
                                      "text"])
    scores = {t: _vader().polarity_scores(t)["compound"] for t in set(out["text"])}
    out["compound"] = out["text"].map(scores).astype(float)
    if "outlet" in articles.columns and "outlet" not in out.columns:
        out = out.merge(articles[["doc_id", "outlet"]], on="doc_id", how="left")
    order = {d: i for i, d in enumerate(articles["doc_id"])}
    return out.sort_values(["doc_id", "sent_id", "actor", "voice"],
                           key=lambda s: s.map(order) if s.name == "doc_id" else s,
                           kind="mergesort").reset_index(drop=True)


def tone_toward(
    articles: pd.DataFrame,
    mentions: pd.DataFrame,
    by: str | Sequence[str] = "outlet",
    *,
    ci: str = "t",
    level: float = 0.95,
    n_boot: int = 2000,
    random_state: int = 0,
) -> pd.DataFrame:
    """Mean tone of the sentences that mention each actor, per group and voice (VADER).

    Tone is VADER's compound score (Hutto & Gilbert 2014, ICWSM), from -1 (negative) to +1,
    of each sentence mentioning the actor (:func:`tone_sentences`). Limits, to state with every
    result: VADER's lexicon was built for social-media text; it scores the *sentence*, not the
    attitude toward the actor (a sentence reporting that Israel killed civilians and one reporting
    that Iran condemned the killing both score negative, whoever is criticised); news prose is
    mostly neutral vocabulary, so differences are small; negation is handled only within three
    words, and sarcasm, scare quotes and framing by word choice ("regime") are invisible to it.

    Parameters
    ----------
    articles : DataFrame
        Needs ``doc_id``, ``text`` and the ``by`` column(s).
    mentions : DataFrame
        Needs ``doc_id, start, end, actor`` (e.g. :func:`analysis.actors.actor_mentions`).
    by : str or list of str
        Grouping column(s).
    ci : {"t", "bootstrap"}
        Interval of the mean: Student t, or percentile bootstrap over sentences.
    level : float
        Confidence level of the interval.
    n_boot, random_state : int
        Bootstrap resamples and seed.

    Returns
    -------
    DataFrame
        ``<by>, actor, voice, n_sentences, articles, mean, ci_low, ci_high, share_negative,
        share_positive``: shares of sentences with compound <= -0.05 and >= 0.05 (VADER's
        thresholds). The t interval is clipped to the score's range [-1, 1]; it is NaN with
        fewer than two sentences. Sorted by group, actor, voice.

    Examples
    --------
    >>> arts = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"],
    ...                      "text": ["Iran is great. Iran is good."]})
    >>> men = pd.DataFrame({"doc_id": ["a", "a"], "start": [0, 15], "end": [4, 19],
    ...                     "actor": ["Iran", "Iran"]})
    >>> tone_toward(arts, men)[["actor", "voice", "n_sentences"]].values.tolist()
    [['Iran', 'own', 2]]
    """
    by_cols = _by_columns(by)
    require_columns(articles, ["doc_id", "text", *by_cols])
    if ci not in ("t", "bootstrap"):
        raise ValueError(f"ci must be 't' or 'bootstrap', got {ci!r}")
    units = tone_sentences(articles, mentions).drop(columns=["outlet"], errors="ignore")
    groups = articles[["doc_id", *by_cols]].copy()
    groups[by_cols] = groups[by_cols].fillna("unknown")
    units = units.merge(groups, on="doc_id", how="left")
    rng = np.random.default_rng(random_state)
    rows = []
    for key, g in units.groupby([*by_cols, "actor", "voice"], sort=True):
        x = g["compound"].to_numpy(float)
        lo = hi = np.nan
        if len(x) >= 2 and ci == "t":
            half = stats.t.ppf(0.5 + level / 2, len(x) - 1) * x.std(ddof=1) / np.sqrt(len(x))
            lo, hi = max(x.mean() - half, -1.0), min(x.mean() + half, 1.0)
        elif len(x) >= 2:
            means = x[rng.integers(0, len(x), (n_boot, len(x)))].mean(axis=1)
            lo, hi = np.quantile(means, [0.5 - level / 2, 0.5 + level / 2])
        rows.append((*key, len(x), g["doc_id"].nunique(), x.mean(), lo, hi,
                     float(np.mean(x <= -0.05)), float(np.mean(x >= 0.05))))
    cols = [*by_cols, "actor", "voice", "n_sentences", "articles", "mean", "ci_low", "ci_high",
            "share_negative", "share_positive"]
    return pd.DataFrame(rows, columns=cols)
