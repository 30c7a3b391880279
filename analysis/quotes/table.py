"""The quotes table's columns and how it is built, for :func:`analysis.quotes.quotes`.

``_collect`` runs the per-text extraction (:mod:`analysis.quotes.extract`) over a corpus into
column lists (rows in text order, quote ids, the enclosing quotation); ``_typed_frame`` turns them
into the typed table. The method is described in the :mod:`analysis.quotes` docstring.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .._progress import progress
from .extract import _doc_quotes

QUOTE_COLUMNS = [
    "doc_id", "quote_id", "start", "end", "kind", "speaker", "speaker_actor", "speaker_norm",
    "antecedent", "verb", "verb_class", "speaker_start", "speaker_end", "verb_start", "within",
    "text", "cue", "cue_start", "cue_end", "speaker_resolved", "speaker_kind",
]


def _collect(articles: pd.DataFrame, lex, index: dict) -> dict[str, list]:
    """The rows of every text as column lists, per text in text order with quote ids."""
    cols: dict[str, list] = {c: [] for c in QUOTE_COLUMNS}
    row_cols = [c for c in QUOTE_COLUMNS if c not in ("doc_id", "quote_id", "within")]
    appenders = [(cols[c].append, c) for c in row_cols]
    for doc_id, text in progress(zip(articles["doc_id"], articles["text"]),
                                 total=len(articles), desc="quotes"):
        text = text if isinstance(text, str) else ""
        rows = _doc_quotes(text, lex, index.get(doc_id))
        if not rows:
            continue
        rows.sort(key=lambda r: (r["start"], -r["end"], r["kind"]))
        ids = {}
        for n, r in enumerate(rows):
            if r["kind"] in ("direct", "term"):
                ids[(r["start"], r["end"])] = n
        cols["doc_id"].extend([doc_id] * len(rows))
        cols["quote_id"].extend(range(len(rows)))
        cols["within"].extend([ids.get(r["within_span"]) if r["within_span"] else None
                               for r in rows])
        for r in rows:
            for append, c in appenders:
                append(r[c])
    return cols


def _typed_frame(cols: dict[str, list]) -> pd.DataFrame:
    """The quotes table from its column lists (no per-value pass over a pandas Series)."""
    data: dict = {"doc_id": cols["doc_id"]}
    for c in ("quote_id", "start", "end"):
        data[c] = np.array(cols[c], dtype="int64")
    for c in ("speaker_start", "speaker_end", "verb_start", "within", "cue_start", "cue_end"):
        vals = cols[c]
        mask = np.fromiter((v is None or v != v for v in vals), dtype=bool, count=len(vals))
        ints = np.fromiter((0 if v is None or v != v else int(v) for v in vals), dtype="int64",
                           count=len(vals))
        data[c] = pd.arrays.IntegerArray(ints, mask)
    text_cols = ("kind", "speaker", "speaker_actor", "speaker_norm", "antecedent", "verb",
                 "verb_class", "text", "cue", "speaker_resolved", "speaker_kind")
    for c in text_cols:
        data[c] = pd.array(cols[c], dtype="string")
    return pd.DataFrame(data, columns=QUOTE_COLUMNS)
