"""MinHash shingles of normalised texts: the Arrow/NumPy word hashing equals the plain split."""

from __future__ import annotations

import random

import numpy as np
import pandas as pd

from analysis.corpus import dedup


def _plain_sets(texts, n=5):
    """Sorted unique shingle hashes by ``str.split`` and one hash per word (the definition)."""
    out = []
    for t in texts:
        words = t.split()
        h = pd.util.hash_array(np.asarray(words, dtype=object)) if words else np.zeros(0, np.uint64)
        m = len(h) - n + 1
        if m <= 0:
            out.append(np.unique(h))
            continue
        g = np.zeros(m, np.uint64)
        with np.errstate(over="ignore"):
            for k in range(n):
                g = g * dedup._MIX[k % len(dedup._MIX)] + h[k:k + m]
        out.append(np.unique(g))
    return out


def test_normalised_shingles_equal_the_plain_split():
    rng = random.Random(0)
    vocab = ["talks", "iran", "the", "a", "é", "中", "x1", "ceasefire", "doha"]
    texts = [" ".join(rng.choice(vocab) for _ in range(rng.randrange(0, 40))) for _ in range(400)]
    got = dedup._shingle_sets(texts, 5, normalised=True)
    assert dedup._hash_normalised(texts) is not None  # the fast path was taken
    for a, b in zip(got, _plain_sets(texts)):
        assert np.array_equal(a, b)


def test_texts_with_empty_words_take_the_split_path():
    for bad in (["talks  resumed in doha today now"], [" talks resumed in doha today"],
                ["talks resumed", "in  doha"], ["talks\nresumed in doha today now"]):
        assert dedup._hash_normalised(bad) is None, bad
        got = dedup._shingle_sets(bad, 5, normalised=True)
        for a, b in zip(got, _plain_sets(bad)):
            assert np.array_equal(a, b)
    assert dedup._hash_normalised(["talks resumed", "", "in doha"]) is not None
