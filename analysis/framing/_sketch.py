"""The hashed rare-n-gram filter of :mod:`analysis.framing.ngrams`, counted from surface tokens.

The filter keeps an n-gram only when the count of its hash bucket reaches ``min_count``; a
bucket's count is the sum of the counts of the n-grams hashed into it, an upper bound of each
one's count, so no n-gram that reaches ``min_count`` is lost (a count-min sketch with one row:
Cormode & Muthukrishnan, "An improved data stream summary: the count-min sketch and its
applications", J. Algorithms 55(1), 2005). Here the hash of an n-gram is made from hashes of
its *terms* (the lower-cased words), not from the term ids that the parent process numbers in
the texts' order, so a worker process can count the buckets of its batch of texts from the
distinct surface tokens it has found, before any term id exists. Two surface tokens of one term
("Gaza", "GAZA") get the same hash, so every occurrence of an n-gram lands in one bucket and the
bound holds; the parent hashes the n-grams of term ids with the same functions
(:func:`term_hashes` of its terms, :func:`ngram_hashes`).
"""

from __future__ import annotations

import hashlib

import numpy as np

from ._scan import BREAK

_US = frozenset({"US", "USA", "U.S.", "U.S.A."})
_BREAKS = frozenset(BREAK + "\x00")
_MULT = np.uint64(0x100000001B3)  # combines the terms' hashes of an n-gram (FNV-1 prime)
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


def term_of(token: str) -> str:
    """The term of a surface token: "u.s." for US, USA, U.S., U.S.A.; else lower case."""
    return "u.s." if token in _US else token.lower()


def term_hashes(terms) -> np.ndarray:
    """64-bit hashes (BLAKE2b, 8 bytes, little-endian) of terms, the same in every process."""
    return np.array([int.from_bytes(hashlib.blake2b(t.encode("utf-8", "surrogatepass"),
                                                    digest_size=8).digest(), "little")
                     for t in terms], dtype=np.uint64)


_MEMO_MAX = 1 << 20  # surface tokens whose hash a process keeps (a worker sees each batch)
_memo: dict[str, int] = {}


def surface_hashes(tokens: list[str]) -> np.ndarray:
    """:func:`term_hashes` of the terms of surface tokens, memoised per process (a worker
    process meets most of a batch's distinct tokens in its earlier batches; a pure function,
    so the memo changes no value). The memo is emptied when it holds :data:`_MEMO_MAX`."""
    memo = _memo
    miss = [w for w in tokens if w not in memo]
    if miss:
        if len(memo) + len(miss) > _MEMO_MAX:
            memo.clear()
            miss = list(tokens)
        memo.update(zip(miss, term_hashes([term_of(w) for w in miss]).tolist()))
    return np.fromiter(map(memo.__getitem__, tokens), dtype=np.uint64, count=len(tokens))


def valid_starts(edge: np.ndarray, brk: np.ndarray, k: int) -> np.ndarray:
    """Start positions of the valid k-grams of a token sequence: first and last token may start
    or end an n-gram (``edge``), no break (``brk``) inside."""
    n = len(edge)
    if n < k:
        return np.array([], dtype=np.int64)
    ok = edge[: n - k + 1] & edge[k - 1:]
    for j in range(1, k - 1):
        ok &= ~brk[j: n - k + 1 + j]
    return np.flatnonzero(ok)


def ngram_hashes(h: np.ndarray, idx: np.ndarray, k: int) -> np.ndarray:
    """Hashes of the k-grams starting at ``idx`` of a sequence of tokens with term hashes ``h``."""
    out = h[idx]
    for j in range(1, k):
        out = out * _MULT + h[idx + j]
    return out


def bucket(hashes: np.ndarray, bits: int) -> np.ndarray:
    """Bucket (of ``2**bits``, ``bits`` ≤ 32) of 64-bit hashes, by a multiplicative hash
    (uint32, which sorts fast)."""
    return ((hashes * _GOLDEN) >> np.uint64(64 - bits)).astype(np.uint32)


def surface_sketch(tokens: list[str], codes: np.ndarray, stop: frozenset, orders: range,
                   bits: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(buckets, counts, hashes)`` of the valid n-grams of a batch of texts, from its distinct
    surface tokens ``tokens`` and the batch's tokens as ``codes`` into them: the occupied
    buckets (sorted, uint32) and the n-grams counted in each (int32), for every order in
    ``orders``, and the term hash of each of ``tokens`` (:func:`surface_hashes`: the parent
    keeps those of its new terms instead of hashing every term again). Validity is that of
    :meth:`analysis.framing.ngrams._NgramCounter._ngrams` (a break character or a text's end
    breaks n-grams; stop words and numbers do not start or end one).
    """
    brk_u = np.array([w in _BREAKS for w in tokens], dtype=bool)
    edge_u = np.array([t not in stop and not t.isdigit() for t in map(term_of, tokens)],
                      dtype=bool) & ~brk_u
    hu = surface_hashes(tokens)
    h = hu[codes]
    edge, brk = edge_u[codes], brk_u[codes]
    parts = [bucket(ngram_hashes(h, idx, k), bits)
             for k in orders for idx in [valid_starts(edge, brk, k)]]
    if not parts:
        return np.zeros(0, np.uint32), np.zeros(0, np.int32), hu
    u, c = np.unique(np.concatenate(parts), return_counts=True)
    return u, c.astype(np.int32), hu
