"""Readers for each input format: bytes → decoded text, HTML → main text, exports → rows.

Moved to :mod:`analysis.corpus.readers`; this module keeps the old import path working."""

from __future__ import annotations

from .corpus.readers import (
    COLUMN_CANDIDATES,
    DOCUMENT_SUFFIXES,
    HTML_SUFFIXES,
    MAX_TEXT_BYTES,
    TABLE_SUFFIXES,
    TEXT_SUFFIXES,
    SkipFile,
    decode,
    kind_of,
    map_columns,
    read_bytes,
    read_html,
    read_table,
    release_memory,
)

__all__ = [
    "COLUMN_CANDIDATES",
    "DOCUMENT_SUFFIXES",
    "HTML_SUFFIXES",
    "MAX_TEXT_BYTES",
    "SkipFile",
    "TABLE_SUFFIXES",
    "TEXT_SUFFIXES",
    "decode",
    "kind_of",
    "map_columns",
    "read_bytes",
    "read_html",
    "read_table",
    "release_memory",
]
