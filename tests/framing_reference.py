"""Test-only reference: distinctive terms computed as before the sparse rewrite (one dense
vocabulary-long array per comparison, every pair with ``pairs=True``, the scikit-learn analyzer
per text). Used to check that the new code gives the same tables on small corpora."""

# ruff: noqa: E501
from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import combinations, islice

import numpy as np
import pandas as pd
from scipy import sparse, special
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer

from analysis._log_odds import weighted_log_odds
from analysis._validate import require_columns
from analysis.framing import _background, _voice_texts
from analysis.labels import _check_voice

_BASE = np.uint64(1 << 21)  # token ids < 2**21, so a trigram key fits in 63 bits
_BREAK = ".!?;:,()[]{}\"“”«»|\n–—"
_TOKEN_PATTERN = r"U\.S\.(?:A\.)?|\w\w+|[" + "".join("\\" + c for c in _BREAK) + "]"
_US = frozenset({"US", "USA", "U.S.", "U.S.A."})
_SKETCH_FROM = 20_000_000  # n-gram positions above which rare n-grams are filtered by hashing


def _sum_parts(parts: list[pd.DataFrame]) -> pd.DataFrame:
    if not parts:
        return pd.DataFrame({"g": np.array([], np.int32), "key": np.array([], np.uint64),
                             "count": np.array([], np.int64), "docs": np.array([], np.int64)})
    table = pd.concat(parts, ignore_index=True)
    return table.groupby(["g", "key"], sort=False).sum().reset_index()


def _bucket(key: np.ndarray, bits: int) -> np.ndarray:
    """Multiplicative (Fibonacci) hash of n-gram keys into ``2**bits`` buckets."""
    return ((key * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(64 - bits)).astype(np.int64)


class OldCounter:
    """Counts word n-grams per group with integer keys (scales to 10^5 articles, no string n-grams).

    Tokens come from scikit-learn's ``CountVectorizer`` analyzer (lower-cased words of two or more
    characters, "US"/"U.S." kept as "u.s."). Punctuation, line breaks and removed (other-voice)
    text break n-grams; an n-gram may contain stop words inside ("war on gaza") but must not start
    or end with a stop word or a number, and unigram stop words are dropped.
    """

    def __init__(self, ngram_range: tuple[int, int], stop_words):
        self.orders = range(ngram_range[0], ngram_range[1] + 1)
        if ngram_range[0] < 1 or ngram_range[1] > 3 or ngram_range[0] > ngram_range[1]:
            raise ValueError(f"ngram_range must lie within (1, 3), got {ngram_range}")
        self.stop = frozenset(
            ENGLISH_STOP_WORDS if stop_words == "english" else (stop_words or ())
        )
        # case is kept by the tokenizer so that "US" is not "us"; terms are lower-cased below
        self.analyze = CountVectorizer(
            lowercase=False, token_pattern=_TOKEN_PATTERN
        ).build_analyzer()
        self.ids = {c: 0 for c in _BREAK}  # surface token -> term id (0: breaks n-grams)
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

    def count(self, texts: Iterable[str], groups: np.ndarray, n_groups: int, *,
              min_count: int = 1, keep: np.ndarray | None = None, chunk: int = 2000):
        """``(table, totals)``: table ``g, key, count, docs``, totals ``(n_groups, 4)`` per order.

        Three passes keep memory proportional to the n-grams that can pass ``min_count``: token
        ids (int32) per chunk; a hashed count of every n-gram (an upper bound of its count, so
        no n-gram that reaches ``min_count`` is lost); exact counts of the survivors. ``keep``
        (sorted keys) replaces the hashed filter.
        """
        chunks = []
        texts, lo = iter(texts), 0
        while batch := list(islice(texts, chunk)):
            toks = [self.analyze(t) for t in batch]
            flat = [w for t in toks for w in (*t, "\n")]
            get = self.ids.get
            tok = np.fromiter((get(w, -1) for w in flat), dtype=np.int32, count=len(flat))
            miss = np.flatnonzero(tok < 0)
            if len(miss):
                new = {flat[i] for i in miss}
                ids = {w: self._id(w) for w in sorted(new)}
                tok[miss] = [ids[flat[i]] for i in miss]
            chunks.append((lo, tok, np.array([len(t) + 1 for t in toks])))
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
                per_doc = pd.DataFrame({"d": doc[idx], "key": key}).value_counts(sort=False)
                d = per_doc.index.get_level_values(0).to_numpy()
                parts.append(pd.DataFrame({
                    "g": groups[d].astype(np.int32),
                    "key": per_doc.index.get_level_values(1).to_numpy(np.uint64),
                    "count": per_doc.to_numpy(np.int64), "docs": np.ones(len(d), dtype=np.int64),
                }))
                n_rows += len(d)
            if n_rows > 5_000_000:  # compact: counts of one n-gram in several chunks
                parts = [_sum_parts(parts)]
                n_rows = len(parts[0])
        return _sum_parts(parts), totals

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

    def decode(self, keys: np.ndarray) -> tuple[list[str], np.ndarray]:
        """Terms and n-gram orders of integer keys."""
        keys = keys.astype(np.uint64)
        order = 1 + (keys >= _BASE).astype(int) + (keys >= _BASE * _BASE).astype(int)
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


def _bh(p_report: np.ndarray, p_family: np.ndarray) -> np.ndarray:
    """Benjamini-Hochberg (1995) q-values of ``p_report`` within the family ``p_family``."""
    m = len(p_family)
    if m == 0:
        return np.array([])
    srt = np.sort(p_family)
    q = np.minimum.accumulate((srt * (m / np.arange(1, m + 1)))[::-1])[::-1]
    rank = np.searchsorted(srt, p_report.astype(srt.dtype), side="right")
    return np.minimum(q[np.maximum(rank, 1) - 1].astype(float), 1.0)


def reference_terms(
    articles: pd.DataFrame,
    by: str = "outlet",
    prior: pd.DataFrame | pd.Series | None = None,
    *,
    voice: str = "own",
    ngram_range: tuple[int, int] = (1, 3),
    min_count: int = 2,
    alpha0: float = 1000.0,
    pairs: bool | Sequence[tuple[str, str]] = False,
    pair: tuple[str, str] | None = None,
    stop_words: str | Sequence[str] | None = "english",
) -> pd.DataFrame:
    """The old ``distinctive_terms`` (same parameters, same table)."""
    require_columns(articles, ["doc_id", "text", by])
    _check_voice(voice)
    names, groups = np.unique(articles[by].fillna("unknown").astype(str).to_numpy(),
                              return_inverse=True)
    G = len(names)
    comparisons = _comparisons(names, by, pairs, pair)
    counter = OldCounter(ngram_range, stop_words)
    texts = _voice_texts(articles, voice)
    table, totals = counter.count(texts, groups, G, min_count=min_count)
    corpus = table.groupby("key")["count"].sum()
    corpus = corpus[corpus >= min_count].sort_index()
    keys = corpus.index.to_numpy(np.uint64)
    terms, order = counter.decode(keys)
    table = table[table["key"].isin(keys)]
    col = np.searchsorted(keys, table["key"].to_numpy(np.uint64))
    shape = (G, len(keys))
    Y = sparse.csr_matrix((table["count"].to_numpy(float), (table["g"], col)), shape=shape)
    D = sparse.csr_matrix((table["docs"].to_numpy(float), (table["g"], col)), shape=shape)
    bg, bg_tot = _background(counter, prior, keys, corpus.to_numpy(), totals.sum(axis=0))
    n_art = np.bincount(groups, minlength=G)
    out = _score(by, names, n_art, np.asarray(terms, dtype=object), order, Y, D, totals, bg,
                 bg_tot, comparisons, min_count=min_count, alpha0=alpha0)
    return out

def _comparisons(names: np.ndarray, by: str, pairs, pair) -> list[tuple[int, int]]:
    """Index pairs (group, other) to compare; other -1 is "rest"."""
    G = len(names)
    if pair is not None:
        missing = [p for p in pair if p not in names]
        if missing or len(pair) != 2:
            raise ValueError(f"pair must name two groups of {by!r}; unknown: {missing}")
        return [tuple(int(np.flatnonzero(names == p)[0]) for p in pair)]
    comparisons = [(g, -1) for g in range(G)]
    if pairs is True:
        comparisons += list(combinations(range(G), 2))
    elif pairs:
        index = {n: i for i, n in enumerate(names)}
        for a, b in pairs:
            if a not in index or b not in index or a == b:
                raise ValueError(f"pairs must name two different groups of {by!r}: {(a, b)}")
            comparisons.append((index[a], index[b]))
    return comparisons


def _score(by: str, names: np.ndarray, n_art: np.ndarray, terms: np.ndarray, order: np.ndarray,
           Y: sparse.csr_matrix, D: sparse.csr_matrix, totals: np.ndarray, bg: np.ndarray,
           bg_tot: np.ndarray, comparisons: list[tuple[int, int]], *, min_count: int,
           alpha0: float) -> pd.DataFrame:
    """The ``distinctive_terms`` table from summed counts: ``Y`` (groups × terms n-gram counts),
    ``D`` (articles using each term), ``totals`` (groups × n-gram order), background counts
    ``bg`` and totals ``bg_tot``. Shared by the pandas and the Dask (map-reduce) paths."""
    with np.errstate(divide="ignore", invalid="ignore"):
        alpha = np.where(bg > 0, bg, 0.5) * alpha0 / bg_tot[order]
    alpha = np.where(np.isfinite(alpha), alpha, alpha0 / max(len(terms), 1))
    col_total = np.asarray(Y.sum(axis=0)).ravel()
    family, report = [], []
    for a, b in comparisons:
        y_a = Y[a].toarray().ravel()
        y_b = col_total - y_a if b < 0 else Y[b].toarray().ravel()
        n_a = totals[a][order]
        n_b = (totals.sum(axis=0) - totals[a])[order] if b < 0 else totals[b][order]
        delta, se, z = weighted_log_odds(y_a, n_a, y_b, n_b, alpha, alpha0)
        tested = ((y_a + y_b) >= min_count) & np.isfinite(z)
        p = 2 * special.ndtr(-np.abs(z))
        family.append(p[tested].astype(np.float32))
        sides = [(a, b, 1.0, y_a, y_b, n_a, n_b)]
        if b >= 0:
            sides.append((b, a, -1.0, y_b, y_a, n_b, n_a))
        for g, o, sign, y_g, y_o, n_g, n_o in sides:
            idx = np.flatnonzero(tested & (y_g >= min_count))
            with np.errstate(divide="ignore", invalid="ignore"):
                report.append(pd.DataFrame({
                    by: names[g], "other": "rest" if o < 0 else names[o],
                    "term": terms[idx], "ngram": order[idx],
                    "count": y_g[idx].astype(np.int64),
                    "docs": D[g].toarray().ravel()[idx].astype(np.int64),
                    "articles": n_art[g],
                    "count_other": y_o[idx].astype(np.int64),
                    "rate": 1000 * y_g[idx] / n_g[idx],
                    "rate_other": 1000 * y_o[idx] / n_o[idx],
                    "log_odds": sign * delta[idx], "se": se[idx], "z": sign * z[idx], "p": p[idx],
                    "_pairwise": o >= 0,
                }))
    out = pd.concat(report, ignore_index=True) if report else pd.DataFrame(
        columns=[by, "other", "term", "ngram", "count", "docs", "articles", "count_other", "rate",
                 "rate_other", "log_odds", "se", "z", "p", "_pairwise"])
    out["q"] = _bh(out["p"].to_numpy(float), np.concatenate(family) if family else np.array([]))
    out = out.sort_values([by, "_pairwise", "other", "z", "term"],
                          ascending=[True, True, True, False, True], kind="mergesort")
    return out.drop(columns="_pairwise").reset_index(drop=True)

