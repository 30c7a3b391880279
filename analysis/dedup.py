"""Near-duplicate detection: MinHash locality-sensitive hashing over word 5-gram shingles.

Moved to :mod:`analysis.corpus.dedup`; this module keeps the old import path working."""

from __future__ import annotations

from .corpus.dedup import (
    minhash_signatures,
    near_duplicates,
    near_duplicates_from_signatures,
    shingle_sets,
)

__all__ = [
    "minhash_signatures",
    "near_duplicates",
    "near_duplicates_from_signatures",
    "shingle_sets",
]
