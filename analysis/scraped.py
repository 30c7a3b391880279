"""Cleaning scraped article text and inferring its metadata.

Moved to :mod:`analysis.corpus.scraped`; this module keeps the old import path working."""

from __future__ import annotations

from .corpus.boilerplate import (
    CleanText,
    classify_line,
    clean_lines,
    is_link_title,
    is_related_header,
    split_captions,
    split_paragraphs,
)
from .corpus.metalines import (
    MetaLine,
    date_from_url,
    date_only,
    dateline_of,
    meta_line,
    parse_date,
    resolve_readings,
)
from .corpus.outlets import (
    domain_of,
    lookup_outlet,
    outlet_from_abbreviation,
    outlet_from_name,
    outlet_from_url,
)
from .corpus.scraped import (
    DATE_PRIORITY,
    OUTLET_PRIORITY,
    best,
    count_words,
    parse_scraped,
    urls_in,
)
from .corpus.scraped_rules import Story, clean_export, line_reason

__all__ = [
    "CleanText",
    "DATE_PRIORITY",
    "MetaLine",
    "OUTLET_PRIORITY",
    "Story",
    "best",
    "classify_line",
    "clean_export",
    "clean_lines",
    "count_words",
    "date_from_url",
    "date_only",
    "dateline_of",
    "domain_of",
    "is_link_title",
    "is_related_header",
    "line_reason",
    "lookup_outlet",
    "meta_line",
    "outlet_from_abbreviation",
    "outlet_from_name",
    "outlet_from_url",
    "parse_date",
    "parse_scraped",
    "resolve_readings",
    "split_captions",
    "split_paragraphs",
    "urls_in",
]
