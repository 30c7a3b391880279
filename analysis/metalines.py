"""Dates and outlets read from the lines around an article: bylines, page headers, date lines.

Moved to :mod:`analysis.corpus.metalines`; this module keeps the old import path working."""

from __future__ import annotations

from .corpus.boilerplate import classify_line
from .corpus.metalines import (
    MONTH_RX,
    MetaLine,
    ambiguous_date_line,
    date_from_url,
    date_only,
    dateline_of,
    meta_line,
    parse_byline,
    parse_date,
    resolve_readings,
)
from .corpus.outlets import lookup_outlet

__all__ = [
    "MONTH_RX",
    "MetaLine",
    "ambiguous_date_line",
    "classify_line",
    "date_from_url",
    "date_only",
    "dateline_of",
    "lookup_outlet",
    "meta_line",
    "parse_byline",
    "parse_date",
    "resolve_readings",
]
