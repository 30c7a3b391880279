"""Rows of an export (CSV, JSON lines, JSON, Parquet) → article records, keeping every row.

Moved to :mod:`analysis.corpus.exports`; this module keeps the old import path working."""

from __future__ import annotations

from .corpus.exports import (
    EXTRA_MAX_CHARS,
    RECORD_COLUMNS,
    Problems,
    as_text,
    extra_columns,
    normalise,
    parse_dates,
    records_from_table,
    words_and_norm,
)
from .corpus.metalines import date_from_url, dateline_of
from .corpus.outlets import (
    canonical_outlets,
    domain_of,
    outlet_from_abbreviation,
    outlet_from_url,
)
from .corpus.readers import map_columns
from .corpus.scraped import count_words
from .corpus.scraped_rules import clean_export

__all__ = [
    "EXTRA_MAX_CHARS",
    "Problems",
    "RECORD_COLUMNS",
    "as_text",
    "canonical_outlets",
    "clean_export",
    "count_words",
    "date_from_url",
    "dateline_of",
    "domain_of",
    "extra_columns",
    "map_columns",
    "normalise",
    "outlet_from_abbreviation",
    "outlet_from_url",
    "parse_dates",
    "records_from_table",
    "words_and_norm",
]
