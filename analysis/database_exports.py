"""Split multi-article exports of news databases (Nexis Uni, LexisNexis, Factiva) into articles.

Moved to :mod:`analysis.corpus.database_exports`; this module keeps the old import path working."""

from __future__ import annotations

from .corpus.database_exports import (
    NAMES,
    ExportArticle,
    detect_export,
    split_export,
)
from .corpus.metalines import parse_date

__all__ = [
    "ExportArticle",
    "NAMES",
    "detect_export",
    "parse_date",
    "split_export",
]
