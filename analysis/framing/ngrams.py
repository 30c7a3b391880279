"""Word n-gram counting for :mod:`analysis.framing.terms`: integer keys per group, no strings.

:class:`_NgramCounter` tokenises texts (scikit-learn's ``CountVectorizer`` token rules), counts
the valid uni-, bi- and trigrams of each group as 63-bit integer keys and decodes the kept keys
back to terms; the module constants bound its memory (tests lower them to exercise every path).
"""

from __future__ import annotations

import functools
import mmap
from collections.abc import Callable, Iterable, Sequence
from itertools import islice

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from .. import _parallel
from .._memory import keep_freed_memory, release_memory
from ._batches import _TOKENIZE, TextColumn, _scanned, scan_batch
from ._rows import _EMPTY, _ROW_BYTES, _chunk_rows, _halves, _merge, _rows_in
from ._scan import BREAK as _BREAK
from ._sketch import bucket as _hash_bucket
from ._sketch import ngram_hashes, term_hashes, term_of

_BASE = np.uint64(1 << 21)  # token ids < 2**21, so a trigram key fits in 63 bits
_SKETCH_FROM = 20_000_000  # n-gram positions above which rare n-grams are filtered by hashing
_COMPACT_ROWS = 2_000_000  # (document, n-gram) rows summed per (group, n-gram) past this
_CHUNK = 2000  # texts tokenised (and counted) at once
_SKETCH_SLICE = 1 << 20  # tokens hashed at once for the filter
_SKETCH_BITS = 26  # buckets (2**bits) of the filter counted by worker processes
_PARALLEL_FROM = 5000  # texts from which the text work is shared by up to 2 processes
# the share of the tokens whose n-grams this process counts beside a forked one (AllSides ×8:
# at 0.45 the forked one ended 0.3–2.9 s after this one; at 0.5 both end together)
_OWN_SHARE = 0.5


def n_processes(processes: int | None, n_texts: int) -> int:
    """Processes for the text work of ``n_texts`` texts: ``processes`` when given (≥ 1), else 2
    for :data:`_PARALLEL_FROM` texts or more when this process may start others and has two
    cores, else 1."""
    if processes is not None:
        if int(processes) < 1:
            raise ValueError(f"processes must be None or at least 1, got {processes!r}")
        return int(processes)
    if n_texts < _PARALLEL_FROM:
        return 1
    return min(2, _parallel.auto_processes(n_texts, min_size=_PARALLEL_FROM))


def _bucket(key: np.ndarray, bits: int) -> np.ndarray:
    """Multiplicative (Fibonacci) hash of n-gram keys into ``2**bits`` buckets (``bits`` ≤ 32;
    uint32, which sorts faster than 64 bits)."""
    return ((key * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(64 - bits)).astype(np.uint32)


def _group_batches(tok: np.ndarray, starts: np.ndarray, order: np.ndarray, chunk: int):
    """``(docs, tokens, doc)`` for ``chunk`` texts at a time of the texts ``order`` (indices,
    in the order of their groups): the texts' indices, their token ids end to end and each
    token's text (index into ``docs``)."""
    for lo in range(0, len(order), chunk):
        ds = order[lo: lo + chunk]
        first, length = starts[ds], starts[ds + 1] - starts[ds]
        offset = np.cumsum(length) - length
        pos = np.arange(int(length.sum())) + np.repeat(first - offset, length)
        yield ds, tok[pos], np.repeat(np.arange(len(ds)), length)


def _joined(parts: list[dict]) -> dict[str, np.ndarray]:
    """The parts of :func:`_counted` joined into one table (each column freed as it is
    joined); the empty table when there are none."""
    if len(parts) < 2:
        return parts[0] if parts else dict(_EMPTY)
    return {c: np.concatenate([t.pop(c) for t in parts]) for c in list(parts[0])}


def _count_into(rows_of: Callable, batches: Iterable, n_groups: int, buf: mmap.mmap
                ) -> tuple[int, np.ndarray]:
    """``(rows, totals)`` of :func:`_counted`, its rows written into ``buf`` (shared memory
    mapped before the fork, :func:`_rows_in`): run by a forked process, so the rows reach the
    parent with no pickled copy."""
    parts, totals = _counted(rows_of, batches, n_groups)
    n = sum(len(p["key"]) for p in parts)
    for c, col in _rows_in(buf, n).items():
        lo = 0
        for p in parts:
            x = p.pop(c)
            col[lo: lo + len(x)] = x
            lo += len(x)
    return n, totals


def _counted(rows_of: Callable, batches: Iterable, n_groups: int, threads: bool = False
             ) -> tuple[list[dict], np.ndarray]:
    """``(rows, totals)`` of batches of texts in group order (:func:`_group_batches`, counted
    by ``rows_of``: :meth:`_NgramCounter._batch_rows`): the complete rows of each group, in
    parts in group order, and the n-gram totals per group and order. ``threads``: the batches
    counted by two threads."""
    totals = np.zeros((n_groups, 4), dtype=np.int64)
    done, carry = [], _Carry()
    for rows, tot, g_first, g_last in (_parallel.in_threads(rows_of, batches) if threads
                                       else map(rows_of, batches)):
        totals += tot
        done.extend(carry.add(rows, g_first, g_last))
    done.append(carry.close())
    return [t for t in done if len(t["key"])], totals


class _Carry:
    """The rows of the last group of the batches so far, which the next batch may continue.

    Batches come in group order, so every group before a batch's last one is complete when the
    batch has been counted; only the group that runs on is kept, in parts, and its parts are
    summed once it is complete (or when they grow past :data:`_COMPACT_ROWS` rows and twice
    their size after the last sum, for a group far larger than a batch).
    """

    def __init__(self):
        self.g, self.parts, self.rows, self.merged = -1, [], 0, 0

    def add(self, rows: dict, g_first: int, g_last: int) -> list[dict]:
        """Complete rows after adding a batch whose texts are of groups ``g_first..g_last``."""
        out = []
        if self.g >= 0 and self.g < g_last:  # the kept group ends in this batch
            m = int(np.searchsorted(rows["g"], self.g, side="right"))
            out.append(_merge([*self.parts, _head(rows, 0, m)]))
            rows, self.parts, self.rows = _head(rows, m, None), [], 0
        cut = int(np.searchsorted(rows["g"], g_last))
        if cut:
            out.append(_head(rows, 0, cut))
        tail = _head(rows, cut, None)
        self.g = g_last
        self.parts.append(tail)
        self.rows += len(tail["key"])
        if len(self.parts) > 1 and self.rows > max(_COMPACT_ROWS, 2 * self.merged):
            self.parts = [_merge(self.parts)]
            self.rows = self.merged = len(self.parts[0]["key"])
        return out

    def close(self) -> dict:
        """The rows of the last group."""
        out, self.parts, self.rows = _merge(self.parts), [], 0
        return out


def _head(rows: dict, a: int, b: int | None) -> dict:
    return {c: v[a:b] for c, v in rows.items()}


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
        self.tokenize = _TOKENIZE
        self.ids = {c: 0 for c in _BREAK}  # surface token -> term id (0: breaks n-grams)
        self.ids["\x00"] = -1  # end of a text
        # self.ids for Arrow look-ups: its surface tokens and ids, extended as it grows
        self._seen = (pa.array([], type=pa.large_string()), np.zeros(0, np.int32))
        self.term_ids: dict[str, int] = {}
        self.terms = ["<break>"]
        self.edge = [False]
        self._th: np.ndarray | None = None  # term hashes (with the workers' filter)

    def _id(self, token: str) -> int:
        term = term_of(token)
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
        """Term ids of the tokens of ``batch``, each text followed by -1 (see
        :func:`scan_batch` and :meth:`_number`)."""
        return self._number(*scan_batch(batch)[:2])

    def _number(self, tokens, codes: np.ndarray, hashes: np.ndarray | None = None
                ) -> np.ndarray:
        """Term ids of a batch's tokens from :func:`scan_batch` (distinct tokens and codes): the
        distinct tokens are looked up in the surface tokens seen so far by Arrow, so Python
        touches only tokens never seen before (numbered in sorted order). ``hashes``: the term
        hash of each distinct token (:func:`analysis.framing._sketch.surface_hashes`), kept
        for the new terms in ``self._th``."""
        n_terms = len(self.terms)
        ids = self._distinct_ids(tokens)
        if hashes is not None and len(self.terms) > n_terms:
            new = ids >= n_terms
            self._th = np.r_[self._th, np.zeros(len(self.terms) - n_terms, np.uint64)]
            self._th[ids[new]] = hashes[new]
        return ids[codes]

    def _distinct_ids(self, tokens) -> np.ndarray:
        """Term ids of a batch's distinct tokens (see :meth:`_number`)."""
        if not isinstance(tokens, pa.Array):  # found by re (a lone surrogate)
            get = self.ids.get
            ids = np.fromiter((get(w, -2) for w in tokens), dtype=np.int32, count=len(tokens))
            return self._number_new(ids, tokens)
        known = self._known()
        at = pc.fill_null(pc.index_in(tokens, value_set=known[0]), -1).to_numpy()
        seen = at >= 0
        ids = np.full(len(at), -2, dtype=np.int32)
        ids[seen] = known[1][at[seen]]
        if not seen.all():
            uniq = np.full(len(at), None, dtype=object)
            uniq[~seen] = tokens.filter(pa.array(~seen)).to_pylist()
            ids = self._number_new(ids, uniq)
        return ids

    def _number_new(self, ids: np.ndarray, uniq: np.ndarray) -> np.ndarray:
        """``ids`` with the tokens marked -2 (never seen) numbered, in sorted order."""
        miss = np.flatnonzero(ids == -2)
        if len(miss):
            new = {w: self._id(w) for w in sorted(uniq[miss])}
            ids[miss] = [new[w] for w in uniq[miss]]
        return ids

    def _known(self) -> tuple[pa.Array, np.ndarray]:
        """The surface tokens seen so far (Arrow) and their term ids."""
        surfaces, ids = self._seen
        if len(ids) < len(self.ids):  # the dictionary keeps the order of insertion
            more = list(islice(self.ids.items(), len(ids), None))
            surfaces = pa.concat_arrays([surfaces, pa.array([w for w, _ in more],
                                                            type=pa.large_string())])
            self._seen = surfaces, np.r_[ids, np.array([i for _, i in more], np.int32)]
        return self._seen

    def count(self, texts: Iterable[str] | TextColumn, groups: np.ndarray, n_groups: int, *,
              min_count: int = 1, keep: np.ndarray | None = None, chunk: int | None = None,
              prepare: Callable[[list[str]], list[str]] | None = None, processes: int | None = 1,
              halves: bool = False):
        """``(table, totals)``: table ``g, key, count, docs`` (arrays, sorted by group and key),
        totals ``(n_groups, 4)`` per order; with ``halves``, the table not joined: a list of up
        to two halves (consecutive groups), each a list of tables (parts) of consecutive groups.

        Three passes keep memory proportional to the n-grams that can pass ``min_count``: token
        ids (int32) of every text; a hashed count of every n-gram (an upper bound of its count,
        so no n-gram that reaches ``min_count`` is lost); exact counts of the survivors, the
        texts taken group by group so that a group's rows are summed once it is complete (rows
        of a group are never hashed again with the whole table). ``texts``: strings, or a
        :class:`~analysis.framing._batches.TextColumn` (read by position in forked workers).
        ``keep`` (sorted keys) replaces
        the hashed filter. ``prepare`` (picklable) turns a batch of ``texts`` into the texts
        counted; ``processes``: processes for that and the tokens (see :func:`n_processes`; the
        term ids are numbered here, in the order of the texts, so the result does not depend
        on it). With more than one, the workers also count the hashed filter from term hashes
        (:mod:`analysis.framing._sketch`), and the groups are counted in two halves of about
        equal tokens: the second by a forked process (:func:`analysis._parallel.in_forked_process`:
        it inherits the token ids and the filter, and writes its rows into shared memory), the first
        here; where processes are spawned (no inheriting), the batches by two threads.
        """
        chunk = chunk or _CHUNK
        n_proc = n_processes(processes, len(groups))
        by_terms = keep is None and min_count > 1 and n_proc > 1  # the workers hash n-grams
        tok, starts, sketch = self._all_token_ids(
            texts, chunk, prepare, n_proc, (self.stop, self.orders, _SKETCH_BITS) if by_terms
            else None, saturate=min_count <= 255)
        self._edge = np.array(self.edge, dtype=bool)
        bits = _SKETCH_BITS if sketch is not None else 0
        n_tok = len(tok) * len(self.orders)
        if keep is None and min_count > 1 and n_tok > _SKETCH_FROM and not by_terms:
            bits = int(np.clip(np.ceil(np.log2(max(n_tok, 1))) + 1, 10, 26))
            sketch = self._sketch(tok, starts, bits)
        th = self._th if by_terms and sketch is not None else None
        rows_of = functools.partial(self._batch_rows, groups=groups, n_groups=n_groups,
                                    min_count=min_count, keep=keep, sketch=sketch, bits=bits,
                                    th=th)
        order = np.argsort(groups, kind="stable")
        cut = (_halves(order, groups, starts, _OWN_SHARE)
               if n_proc > 1 and _parallel.start_method() == "fork" else 0)
        if cut:  # the groups after the cut counted by a forked process, which inherits tok
            later = order[cut:]  # its rows come back in shared memory (at most one per n-gram)
            buf = mmap.mmap(-1, max(int(np.diff(starts)[later].sum()), 1) * len(self.orders)
                            * _ROW_BYTES)
            with _parallel.in_forked_process(functools.partial(
                    _count_into, rows_of, _group_batches(tok, starts, later, chunk), n_groups,
                    buf), initializer=keep_freed_memory) as child:
                mine, totals = _counted(rows_of, _group_batches(tok, starts, order[:cut], chunk),
                                        n_groups)
                del tok, starts
                n_rows, more = child.result()
            tables, totals = [mine, [_rows_in(buf, n_rows)] if n_rows else []], totals + more
            del mine, buf
        else:  # the batches counted by two threads with two processes (spawn: no inheriting)
            parts, totals = _counted(rows_of, _group_batches(tok, starts, order, chunk),
                                     n_groups, threads=n_proc > 1)
            tables = [parts]
            del tok, starts, parts
        if n_proc > 1:  # the parts, made by threads (the counting threads, or the pool's thread
            # that received the forked process's rows), freed into their arenas: to the system
            release_memory()
        if halves:
            return [h for h in tables if h], totals
        return _joined([t for h in tables for t in h]), totals

    def _batch_rows(self, batch: tuple, *, groups, n_groups, min_count, keep, sketch, bits,
                    th) -> tuple[dict, np.ndarray, int, int]:
        """``(rows, totals, first group, last group)`` of a batch ``(texts, tokens, text of each
        token)`` of :func:`_group_batches`: its n-grams that pass the filter (``keep``, or the
        hashed counts ``sketch`` of term hashes ``th`` or, without them, of keys) summed per
        (group, key) by :func:`_chunk_rows`, and its n-gram totals per group and order."""
        ds, tb, db = batch
        gb, idx_all, key_all = groups[ds], [], []
        hb = th[tb] if th is not None else None
        totals = np.zeros((n_groups, 4), dtype=np.int64)
        for k in self.orders:
            idx, key = self._ngrams(tb, k)
            totals[:, k] += np.bincount(gb[db[idx]], minlength=n_groups)
            if hb is not None:
                sel = sketch[_hash_bucket(ngram_hashes(hb, idx, k), bits)] >= min_count
                idx, key = idx[sel], key[sel]
            elif sketch is not None:
                sel = sketch[_bucket(key, bits)] >= min_count
                idx, key = idx[sel], key[sel]
            elif keep is not None:
                pos = np.minimum(np.searchsorted(keep, key), max(len(keep) - 1, 0))
                sel = (keep[pos] == key) if len(keep) else np.zeros(len(key), bool)
                idx, key = idx[sel], key[sel]
            idx_all.append(idx)
            key_all.append(key)
        # keys of different lengths differ, so the orders are counted together
        occ = [db[np.concatenate(idx_all)], np.concatenate(key_all)]
        del idx_all, key_all, batch, tb, db  # the call below owns the occurrences
        return _chunk_rows(occ.pop(), occ.pop(), gb), totals, int(gb[0]), int(gb[-1])

    def _all_token_ids(self, texts: Iterable[str], chunk: int, prepare=None,
                       processes: int = 1, sketch: tuple | None = None, saturate: bool = False):
        """``(tokens, starts, buckets)``: token ids of all texts in one int32 array, each text
        ending with a break (0), and the start of each text in it (one more than the texts: the
        end). The batches are scanned by ``processes`` worker processes when more than one
        (:func:`scan_batch`). With ``sketch`` (see :func:`scan_batch`), ``buckets`` is the hashed
        count of every n-gram (``2**bits`` buckets; uint8 counts that stop at 255 with
        ``saturate``, which bound the counts as well for a ``min_count`` ≤ 255 with a quarter
        of the memory and cache misses of int32) when the texts have more than
        :data:`_SKETCH_FROM` n-gram positions, else None."""
        toks, ends, lo = [], [], 0
        scanned = _scanned(texts, chunk, prepare, processes, sketch)
        buckets, pending = None, []
        self._th = term_hashes(self.terms) if sketch is not None else None
        for tokens, codes, part in scanned:
            tok = self._number(tokens, codes, None if part is None else part[2])
            del tokens, codes
            end = np.flatnonzero(tok < 0)  # one end-of-text mark per text
            tok[end] = 0  # which breaks n-grams like a line break
            toks.append(tok)
            ends.append(end + lo + 1)
            lo += len(tok)
            if part is not None:
                pending.append(part[:2])
                if buckets is None and lo * len(self.orders) > _SKETCH_FROM:
                    buckets = np.zeros(1 << sketch[2], dtype=np.uint8 if saturate else np.int32)
                while buckets is not None and pending:
                    u, c = pending.pop()  # buckets unique within a part
                    if saturate:
                        buckets[u] = np.minimum(buckets[u] + c, 255)
                    else:
                        buckets[u] += c
        tok = np.concatenate(toks) if toks else np.zeros(0, np.int32)
        return (tok, np.concatenate([np.zeros(1, np.int64), *ends]).astype(np.int64),
                buckets)

    def _sketch(self, tok: np.ndarray, starts: np.ndarray, bits: int) -> np.ndarray:
        """Hashed counts of every n-gram in ``2**bits`` buckets (texts about a million tokens
        at a time; n-grams never span two texts)."""
        sketch = np.zeros(1 << bits, dtype=np.int32)
        cuts = np.unique(np.r_[starts[np.searchsorted(
            starts, np.arange(0, len(tok), _SKETCH_SLICE), side="right") - 1], len(tok)])
        for a, b in zip(cuts[:-1], cuts[1:]):
            for k in self.orders:
                u, c = np.unique(_bucket(self._ngrams(tok[a:b], k)[1], bits), return_counts=True)
                sketch[u] += c.astype(np.int32)
        return sketch

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

