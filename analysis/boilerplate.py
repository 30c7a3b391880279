"""Line classes of non-article text, shared by scraped pages and exports.

Moved to :mod:`analysis.corpus.boilerplate`; this module keeps the old import path working."""

from __future__ import annotations

from .corpus.boilerplate import (
    CleanText,
    classify_line,
    clean_export_text,
    clean_lines,
    is_link_title,
    is_related_header,
    split_captions,
    split_paragraphs,
)

__all__ = [
    "CleanText",
    "classify_line",
    "clean_export_text",
    "clean_lines",
    "is_link_title",
    "is_related_header",
    "split_captions",
    "split_paragraphs",
]
