"""Near-duplicate detection: MinHash locality-sensitive hashing over word 5-gram shingles.

Broder (1997), "On the resemblance and containment of documents": the probability that two
documents share the minimum of a random hash over their shingle sets equals their Jaccard
similarity. Signatures of ``n_hashes`` minima are cut into bands; documents agreeing on a whole
band become candidates, and each candidate pair is verified with the exact Jaccard similarity of
its (64-bit hashed) shingle sets, so the result has no false positives and runs in near-linear
time on large corpora. Shingles are hashed with NumPy over whole batches of texts (no Python
loop per word), so 100,000 articles take seconds.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

_SHIFT = np.uint64(32)
_MASK32 = np.uint64(0xFFFFFFFF)
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s")
_BATCH = 1_000  # texts hashed at a time: bounds the temporary arrays
# odd 64-bit multipliers that mix the word hashes of a shingle (wrap-around arithmetic)
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9,
                 0x27D4EB2F165667C5, 0xFF51AFD7ED558CCD, 0x94D049BB133111EB], dtype=np.uint64)


def _shingle_sets(texts: list[str], n: int, normalised: bool = False,
                  consume: bool = False) -> list[np.ndarray]:
    """Sorted unique 64-bit hashes of each text's word ``n``-grams (lower-cased ``\\w+`` words).

    Texts shorter than ``n`` words fall back to their words, so they still compare. With
    ``consume`` each batch of ``texts`` is replaced by ``None`` once hashed (its memory freed
    while the sets grow).
    """
    out: list[np.ndarray] = []
    for lo in range(0, len(texts), _BATCH):
        batch = texts[lo:lo + _BATCH]
        if consume:
            texts[lo:lo + _BATCH] = [None] * len(batch)
        hashed = _hash_normalised(batch) if normalised else None
        if hashed is None:
            toks = [t.split() for t in batch] if normalised else [_WORD.findall(t.lower())
                                                                  for t in batch]
            lens = np.fromiter(map(len, toks), np.int64, len(toks))
            flat = [w for ws in toks for w in ws]
            h = (pd.util.hash_array(np.asarray(flat, dtype=object)) if flat
                 else np.zeros(0, np.uint64))
        else:
            h, lens = hashed
        ends = np.cumsum(lens)
        starts = ends - lens
        m = len(h) - n + 1
        if m > 0:  # in place: no temporary array per word position
            g = np.zeros(m, np.uint64)
            with np.errstate(over="ignore"):
                for k in range(n):
                    np.multiply(g, _MIX[k % len(_MIX)], out=g)
                    np.add(g, h[k:k + m], out=g)
        else:
            g = np.zeros(0, np.uint64)
        for s, e in zip(starts.tolist(), ends.tolist()):
            out.append(_unique(g[s:e - n + 1] if e - s >= n else h[s:e]))
    return out


def _unique(values: np.ndarray) -> np.ndarray:
    """``np.unique`` of a 1-d array (sorted, unique), with less overhead for small arrays."""
    values = np.sort(values)
    if len(values) < 2:
        return values
    keep = np.empty(len(values), bool)
    keep[0] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


def _hash_normalised(texts: list[str]) -> tuple[np.ndarray, np.ndarray] | None:
    """Word hashes (as ``pd.util.hash_array``) of space-separated texts, and words per text.

    The texts are joined into one UTF-8 buffer in which every word is followed by a space; the
    space positions are the offsets of an Arrow string array over that same buffer (no copy,
    no Python string per word), whose words (each with its space) are de-duplicated by Arrow's
    dictionary encoding; only the distinct words are hashed, without their space. ``None`` when
    a text is not single-space separated words (``str.split()`` would split it differently),
    so the caller splits in Python instead.
    """
    try:
        import pyarrow as pa
        import pyarrow.compute as pc
    except ImportError:  # pragma: no cover - pyarrow ships with the environment
        return None
    encoded = [t.encode("utf-8", "surrogatepass") if t else b"" for t in texts]
    # every word followed by a space (UTF-8 multi-byte characters hold no space byte)
    data = b" ".join([b for b in encoded if b] + [b""])
    if not data:
        return np.zeros(0, np.uint64), np.zeros(len(texts), np.int64)
    ends = np.flatnonzero(np.frombuffer(data, np.uint8) == 32)
    n_words = len(ends)
    # words per text: the spaces in its stretch of the buffer (its own and the one after it)
    sizes = np.fromiter(map(len, encoded), np.int64, len(encoded))
    bounds = np.cumsum(np.where(sizes > 0, sizes + 1, 0))
    lens = np.diff(np.searchsorted(ends, bounds), prepend=0)
    del encoded
    # an empty word (a space first, or two spaces in a row): not single-space separated
    if ends[0] == 0 or (n_words > 1 and bool((np.diff(ends) == 1).any())):
        return None
    offsets = np.empty(n_words + 1, np.int64)
    offsets[0] = 0
    np.add(ends, 1, out=offsets[1:])
    words = pa.LargeStringArray.from_buffers(n_words, pa.py_buffer(offsets), pa.py_buffer(data))
    enc = words.dictionary_encode()
    # the distinct words without their space
    uniques = pc.utf8_slice_codeunits(enc.dictionary, 0, -1).to_numpy(zero_copy_only=False)
    if _SPACE.search("".join(uniques)):
        return None
    codes = enc.indices.to_numpy(zero_copy_only=False)
    return pd.util.hash_array(uniques, categorize=False)[codes], lens


def near_duplicates(
    texts: list[str], threshold: float = 0.8, *, shingle: int = 5, n_hashes: int = 32,
    bands: int = 16, random_state: int = 0, normalised: bool = False, consume: bool = False,
) -> dict[int, int]:
    """Map each near-duplicate text to the earliest text it nearly duplicates.

    Parameters
    ----------
    texts : list of str
    threshold : float
        Minimum Jaccard similarity of the shingle sets.
    normalised : bool
        The texts are already lower-case words separated by single spaces (as
        ``analysis.corpus`` prepares them), so splitting on spaces gives the words.
    consume : bool
        Free the caller's ``texts`` as they are hashed (each item is set to ``None``): for a
        list made for this call only.

    Returns
    -------
    dict
        ``{i: j}`` with ``j < i`` the first member of ``i``'s near-duplicate group.

    Examples
    --------
    >>> a = "the quick brown fox jumps over the lazy dog near the river bank today"
    >>> near_duplicates([a, a.replace("today", "again"), "something else entirely here now"])
    {1: 0}
    """
    n = len(texts)
    if n < 2:
        return {}
    sets = _shingle_sets(texts, shingle, normalised, consume)
    sig, sizes = _signatures(sets, n_hashes, random_state)
    return near_duplicates_from_signatures(sig, sizes, lambda idx: [sets[i] for i in idx],
                                           threshold=threshold, bands=bands)


def minhash_signatures(texts: list[str], *, shingle: int = 5, n_hashes: int = 32,
                       random_state: int = 0, normalised: bool = False
                       ) -> tuple[np.ndarray, np.ndarray]:
    """MinHash signatures (``len(texts) × n_hashes``, uint64) and shingle-set sizes of texts.

    A text's signature depends on the text and ``random_state`` only, so signatures computed
    part by part (on Dask workers) and stacked equal those of the whole list; with
    :func:`near_duplicates_from_signatures` they give :func:`near_duplicates`'s answer.

    Examples
    --------
    >>> sig, sizes = minhash_signatures(["a b c d e f", "x y"])
    >>> sig.shape, sizes.tolist()
    ((2, 32), [2, 2])
    """
    return _signatures(_shingle_sets(texts, shingle, normalised), n_hashes, random_state)


def shingle_sets(texts: list[str], *, shingle: int = 5, normalised: bool = False
                 ) -> list[np.ndarray]:
    """Sorted unique 64-bit hashes of each text's word ``shingle``-grams (for verification)."""
    return _shingle_sets(texts, shingle, normalised)


def _signatures(sets: list[np.ndarray], n_hashes: int, random_state: int
                ) -> tuple[np.ndarray, np.ndarray]:
    n = len(sets)
    sizes = np.fromiter(map(len, sets), np.int64, n)
    nonempty = sizes > 0
    rng = np.random.default_rng(random_state)
    a = rng.integers(1, 1 << 63, size=n_hashes, dtype=np.uint64) | np.uint64(1)  # odd
    b = rng.integers(0, 1 << 63, size=n_hashes, dtype=np.uint64)
    sig = np.full((n, n_hashes), np.iinfo(np.uint64).max, dtype=np.uint64)
    rows = np.flatnonzero(nonempty)
    for lo in range(0, len(rows), _BATCH):
        chunk = rows[lo:lo + _BATCH]
        idx = np.concatenate([sets[i] for i in chunk]) & _MASK32
        starts = np.concatenate([[0], np.cumsum(sizes[chunk])[:-1]])
        tmp = np.empty_like(idx)
        with np.errstate(over="ignore"):
            for h in range(n_hashes):  # multiply-shift hashing (Dietzfelbinger et al. 1997)
                np.multiply(idx, a[h], out=tmp)
                np.add(tmp, b[h], out=tmp)
                # the shift is monotone, so it is applied to each text's minimum only
                sig[chunk, h] = np.minimum.reduceat(tmp, starts) >> _SHIFT
    return sig, sizes


def near_duplicates_from_signatures(sig: np.ndarray, sizes: np.ndarray, sets_of,
                                    *, threshold: float = 0.8, bands: int = 16
                                    ) -> dict[int, int]:
    """LSH banding of MinHash signatures, then exact Jaccard verification of the candidates.

    ``sets_of(indices)`` returns the shingle sets (:func:`shingle_sets`) of those rows, in that
    order: only texts that are candidates of some pair are asked for. Returns ``{i: j}`` as
    :func:`near_duplicates`.
    """
    n, n_hashes = sig.shape
    if n < 2:
        return {}
    nonempty = sizes > 0
    per_band = n_hashes // bands
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    cand_j, cand_i = [], []
    for band in range(bands):
        pairs = _band_candidates(sig[:, band * per_band:(band + 1) * per_band], sizes, nonempty,
                                 threshold)
        if pairs is None:
            continue
        cand_j.append(pairs[0])
        cand_i.append(pairs[1])
    if sum(len(c) for c in cand_j):  # candidates may all have been pruned
        # Each candidate pair once, verified exactly: all candidates of one first text j at a
        # time (one binary search of j's shingles over the others' shingles).
        key = np.unique(np.concatenate(cand_j).astype(np.int64) * n
                        + np.concatenate(cand_i).astype(np.int64))
        pj, pi = key // n, key % n
        needed = np.union1d(pj, pi).tolist()
        sets = dict(zip(needed, sets_of(needed)))
        bounds = np.flatnonzero(np.diff(pj)) + 1
        for lo, hi in zip(np.r_[0, bounds].tolist(), np.r_[bounds, len(pj)].tolist()):
            j, others = int(pj[lo]), pi[lo:hi]
            sj = sets[j]
            if not len(sj):
                continue
            cat = np.concatenate([sets[i] for i in others.tolist()])
            pos = np.searchsorted(sj, cat)
            np.minimum(pos, len(sj) - 1, out=pos)
            hit = (sj[pos] == cat).astype(np.int64)
            offsets = np.r_[0, np.cumsum(sizes[others])[:-1]]
            inter = np.add.reduceat(hit, offsets)
            union = sizes[j] + sizes[others] - inter
            with np.errstate(divide="ignore", invalid="ignore"):
                passes = (union > 0) & (inter / union >= threshold)
            for i in others[passes].tolist():
                ri, rj = find(i), find(j)
                if ri != rj:
                    parent[max(ri, rj)] = min(ri, rj)
    out = {}
    for i in range(n):
        r = find(i)
        if r != i:
            out[i] = int(r)
    return out


def _band_candidates(band: np.ndarray, sizes: np.ndarray, nonempty: np.ndarray,
                     threshold: float) -> tuple[np.ndarray, np.ndarray] | None:
    """Candidate pairs ``(j, i)`` of one LSH band (rows with equal band values), minus those
    whose set sizes alone rule out the threshold; ``None`` when no group has two rows."""
    per_band = band.shape[1]
    keys = np.ascontiguousarray(band)
    keys = keys.view(np.dtype((np.void, keys.dtype.itemsize * per_band))).ravel()
    order = np.argsort(keys, kind="stable")
    sk = keys[order]
    new = np.concatenate([[True], sk[1:] != sk[:-1]])
    gid = np.cumsum(new) - 1
    gsize = np.bincount(gid)
    member = (gsize[gid] >= 2) & (gsize[gid] <= 1000)
    if not member.any():
        return None
    # within each candidate group (ascending doc order): pair its first doc with the others
    o, g = order[member], gid[member]
    srt = np.lexsort((o, g))
    o, g = o[srt], g[srt]
    head = np.concatenate([[True], g[1:] != g[:-1]])
    first = o[head][np.cumsum(head) - 1]
    js, iss = first[~head], o[~head]
    # Jaccard <= smaller set size / larger set size: pairs whose sizes alone rule out the
    # threshold (or whose second text is empty) are never verified, as they cannot pass
    sj, si = sizes[js], sizes[iss]
    with np.errstate(divide="ignore", invalid="ignore"):
        ceiling = np.minimum(sj, si) / np.maximum(sj, si)
    possible = nonempty[iss] & ~(ceiling < threshold)
    return js[possible], iss[possible]
