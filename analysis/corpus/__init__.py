"""The loading stage: files, pages and exports → the ``articles`` table and its load report.

:func:`load_corpus` reads a corpus (a file, a folder, a list of them, or the bundled ``data/``)
and :func:`load_report` returns its per-file report. The modules, from the bottom up:

- ``schema`` — the ``articles`` and load-report columns, :class:`CorpusWarning`;
- ``outlets``, ``boilerplate``, ``metalines`` — who published, which lines are not article text,
  bylines and dates;
- ``scraped_rules``, ``scraped`` — scraped pages → stories; ``readers`` — bytes, HTML and tables;
  ``dedup`` — MinHash near duplicates;
- ``exports``, ``database_exports`` — export tables and Nexis/Factiva texts → records;
- ``records`` — one file's records; ``documents`` — Excel, PDF, Word and RTF files;
- ``steps`` — the loading steps every loader shares (file tasks, one file, the manifest, the
  table, duplicates, the warning);
- ``cache`` — the Parquet cache; ``dask_loading`` — the loader on a Dask cluster;
- ``loading`` — :func:`load_corpus`, :func:`load_report`.

No module imports one above it. The old paths (``analysis.readers``, ``analysis.cache`` …) still
import.
"""

from __future__ import annotations

from .loading import load_corpus, load_corpus_cached, load_report
from .schema import ARTICLE_COLUMNS, REPORT_COLUMNS, CorpusWarning

__all__ = [
    "ARTICLE_COLUMNS",
    "REPORT_COLUMNS",
    "CorpusWarning",
    "load_corpus",
    "load_corpus_cached",
    "load_report",
]
