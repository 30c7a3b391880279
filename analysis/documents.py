"""Office and print formats: Excel workbooks, PDF text layers, Word and RTF documents.

Moved to :mod:`analysis.corpus.documents`; this module keeps the old import path working."""

from __future__ import annotations

from .corpus.database_exports import detect_export, split_export
from .corpus.documents import (
    COLUMN_CANDIDATES,
    DOCUMENT_KINDS,
    EXCEL_CELL_LIMIT,
    EXPORT_COLUMNS,
    NAMES,
    NO_TEXT_LAYER,
    export_records,
    html_export_records,
    read_document,
    read_docx,
    read_pdf,
    read_rtf,
    read_xlsx,
    reflow,
)
from .corpus.readers import (
    SkipFile,
    decode,
    map_columns,
    read_bytes,
)

__all__ = [
    "COLUMN_CANDIDATES",
    "DOCUMENT_KINDS",
    "EXCEL_CELL_LIMIT",
    "EXPORT_COLUMNS",
    "NAMES",
    "NO_TEXT_LAYER",
    "SkipFile",
    "decode",
    "detect_export",
    "export_records",
    "html_export_records",
    "map_columns",
    "read_bytes",
    "read_document",
    "read_docx",
    "read_pdf",
    "read_rtf",
    "read_xlsx",
    "reflow",
    "split_export",
]
