"""A Parquet cache of loaded corpora and derived tables, keyed by what they were made from.

Moved to :mod:`analysis.corpus.cache`; this module keeps the old import path working."""

from __future__ import annotations

from .corpus.cache import (
    CACHE_VERSION,
    cache_folder,
    cached,
    clear_cache,
    corpus_key,
    file_hash,
    fingerprint_files,
    frame_hash,
    loader_code_hash,
    read_cached_table,
    write_cached_table,
)
from .corpus.loading import load_corpus_cached
from .corpus.steps import resolve_sources

#: The old names (``read_table`` is also :func:`analysis.readers.read_table`, another
#: function: prefer the cache's own names).
read_table = read_cached_table
write_table = write_cached_table

__all__ = [
    "CACHE_VERSION",
    "cache_folder",
    "cached",
    "clear_cache",
    "corpus_key",
    "file_hash",
    "fingerprint_files",
    "frame_hash",
    "load_corpus_cached",
    "loader_code_hash",
    "read_cached_table",
    "read_table",
    "resolve_sources",
    "write_cached_table",
    "write_table",
]
