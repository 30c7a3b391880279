"""The columns of the ``articles`` table and of the load report, and the loader's warning.

The lowest module of :mod:`analysis.corpus`: every loading module may import it, it imports none
of them.
"""

from __future__ import annotations

ARTICLE_COLUMNS = [
    "doc_id", "outlet", "date", "title", "url", "text", "source_file", "n_words",
    "captions", "highlights", "removed", "dateline", "part",
    "outlet_source", "date_source", "title_source", "url_source",
    "encoding", "content_hash", "duplicate_of", "near_duplicate_of", "outlet_raw", "section",
]
REPORT_COLUMNS = ["file", "status", "reason", "articles", "bytes", "encoding", "bad_values",
                  "skipped_lines"]


class CorpusWarning(UserWarning):
    """Something in the input was skipped or could not be used; see the load report."""


def report_row(file: str, status: str, reason: str = "", n: int = 0, size: int = 0,
               encoding: str = "", bad_values: int = 0, skipped_lines: int = 0) -> dict:
    """One row of the load report (:data:`REPORT_COLUMNS`).

    Examples
    --------
    >>> list(report_row("a.txt", "skipped", "empty file")) == REPORT_COLUMNS
    True
    """
    return {"file": file, "status": status, "reason": reason, "articles": n, "bytes": size,
            "encoding": encoding, "bad_values": bad_values, "skipped_lines": skipped_lines}
