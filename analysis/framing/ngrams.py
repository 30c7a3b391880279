"""Word n-gram counting for :mod:`analysis.framing.terms`: integer keys per group, no strings.

:class:`_NgramCounter` tokenises texts (scikit-learn's ``CountVectorizer`` token rules), counts
the valid uni-, bi- and trigrams of each group as 63-bit integer keys and decodes the kept keys
back to terms; the module constants bound its memory (tests lower them to exercise every path).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import islice

import numpy as np
import pandas as pd
import pyarrow as pa
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

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

