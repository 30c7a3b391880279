"""The quotes table's columns and how it is built, for :func:`analysis.quotes.quotes`.

``_collect`` runs the per-text extraction (:mod:`analysis.quotes.extract`) over a corpus into
column lists (rows in text order, quote ids, the enclosing quotation); ``_typed_frame`` turns them
into the typed table. The method is described in the :mod:`analysis.quotes` docstring.
"""

from __future__ import annotations

import contextlib
import gc
from operator import itemgetter

import numpy as np
import pandas as pd

from .._parallel import (
    CHUNKS_PER_PROCESS,
    auto_processes,
    chunk_bounds,
    collected_every,
    map_chunks,
    young_collections_only,
)
from .._progress import progress
from .extract import _doc_quotes

QUOTE_COLUMNS = [
    "doc_id", "quote_id", "start", "end", "kind", "speaker", "speaker_actor", "speaker_norm",
    "antecedent", "verb", "verb_class", "speaker_start", "speaker_end", "verb_start", "within",
    "text", "cue", "cue_start", "cue_end", "speaker_resolved", "speaker_kind",
]

#: ``quotes(processes=None)`` uses worker processes from this many characters of text: the
#: break-even measured on this 2-core machine (benchmarks/README.md, issue 15 fourth round).
PARALLEL_FROM_CHARS = 1_000_000


def _collect(articles: pd.DataFrame, lex, index: dict, processes: int | None = 1
             ) -> dict[str, list]:
    """The rows of every text as column lists, per text in text order with quote ids.

    With more than one process (``processes``: see :func:`analysis._parallel.auto_processes`;
    ``None`` chooses by the corpus's length, :data:`PARALLEL_FROM_CHARS`) the articles are cut
    into contiguous chunks balanced by text length, each worker collects its chunk with the
    mentions of its documents, and the column lists are joined in chunk order: every text is
    read alone (nothing carries from one article to the next), so the table is the same.
    An article's ``date`` (when ``articles`` has the column) picks the holder of a role the
    actor dictionary knows at that day (:func:`analysis.quotes.role_holders._role_holder`).
    """
    # (lists: iterating an Arrow-backed column converts one value at a time)
    doc_ids, texts = articles["doc_id"].tolist(), articles["text"].tolist()
    dates = _days(articles)
    lengths = [len(t) if isinstance(t, str) else 0 for t in texts]
    n = auto_processes(sum(lengths), min_size=PARALLEL_FROM_CHARS, processes=processes,
                       n_items=len(texts))
    if n == 1:
        with _heap_frozen(), young_collections_only():
            return _collect_texts(doc_ids, texts, lex, index, True, dates)
    bounds = chunk_bounds(lengths, n * CHUNKS_PER_PROCESS, keys=doc_ids)
    chunks = []
    for a, b in bounds:
        ids = doc_ids[a:b]
        chunk_index = {d: index[d] for d in dict.fromkeys(ids) if d in index}
        chunks.append((ids, texts[a:b], lex, chunk_index, False,
                       dates[a:b] if dates is not None else None))
    parts = map_chunks(_collect_texts, chunks, processes=n, desc="quotes",
                       sizes=[b - a for a, b in bounds])
    return {c: [v for part in parts for v in part[c]] for c in QUOTE_COLUMNS}


@contextlib.contextmanager
def _heap_frozen():
    """The objects that exist before the extraction frozen while it runs (``gc.freeze``), so the
    collector's full passes walk only what the extraction made: they took ≈ 6 % of the CPU time
    of ``quotes`` on PolNeAR and AllSides (benchmarks/README.md, issue 15 fifth round). Nothing
    is frozen when something else froze objects already (a forked worker of
    :mod:`analysis._parallel`) or the collector is off; ``gc.unfreeze`` afterwards, so the
    frozen objects are collected as before once the table is built.
    """
    if gc.get_freeze_count() or not gc.isenabled():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _days(articles: pd.DataFrame) -> list | None:
    """The articles' ``date`` as "YYYY-MM-DD" strings (None where missing or not a date), or
    None when there is no such column (or it holds no date at all)."""
    if "date" not in articles.columns:
        return None
    try:
        days = pd.to_datetime(articles["date"], errors="coerce", utc=True)
    except (TypeError, ValueError):
        return None
    if days.isna().all():
        return None
    out = days.dt.strftime("%Y-%m-%d").astype(object)
    return out.where(days.notna(), None).tolist()


def _collect_texts(doc_ids: list, texts: list, lex, index: dict, show_progress: bool,
                   dates: list | None = None) -> dict[str, list]:
    """:func:`_collect` on the lists of one chunk (the work of one process)."""
    row_cols = [c for c in QUOTE_COLUMNS if c not in ("doc_id", "quote_id", "within")]
    out_ids: list = []
    quote_ids: list[int] = []
    within: list = []
    found: list[dict] = []
    days = dates if dates is not None else [None] * len(texts)
    pairs = collected_every(zip(doc_ids, texts, days))  # (collected every 64 texts)
    if show_progress:
        pairs = progress(pairs, total=len(texts), desc="quotes")
    for doc_id, text, day in pairs:
        text = text if isinstance(text, str) else ""
        rows = _doc_quotes(text, lex, index.get(doc_id), day)
        if not rows:
            continue
        # text order: start, then the longer span first, then kind (three stable sorts, the
        # same order as one sort on (start, -end, kind))
        rows.sort(key=_KIND)
        rows.sort(key=_END, reverse=True)
        rows.sort(key=_START)
        out_ids.extend([doc_id] * len(rows))
        quote_ids.extend(range(len(rows)))
        within.extend(_within_ids(rows))
        found.extend(rows)
    cols: dict[str, list] = {"doc_id": out_ids, "quote_id": quote_ids, "within": within}
    if found:
        for c, values in zip(row_cols, zip(*map(itemgetter(*row_cols), found))):
            cols[c] = list(values)
    else:
        cols.update({c: [] for c in row_cols})
    return {c: cols[c] for c in QUOTE_COLUMNS}


_KIND, _END, _START = itemgetter("kind"), itemgetter("end"), itemgetter("start")


def _within_ids(rows: list[dict]) -> list:
    """The ``within`` of each row (in text order): the quote_id of the direct quotation it was
    found inside (``within_span``), else of the reported statement whose content holds its cue
    ("Officials said [Trump claimed …]": Trump's claim is reported by the officials, not by the
    outlet), else None. The enclosing statement is one of another reporting act whose content
    follows its verb ("X said that …"): a content before its verb ("The US said …, something
    Moscow denied") is often a whole sentence with its own attribution, and it hosts nothing.
    Direct quotations keep their own attribution. Matches how attribution relations are
    annotated (Pareti 2016, PARC 3.0; PolNeAR: the outermost relation is the outlet's; no
    relation of PolNeAR train has its cue inside another's content).
    """
    ids = {(r["start"], r["end"]): n for n, r in enumerate(rows) if r["kind"] in ("direct", "term")}
    hosts = [(n, r["start"], r["end"], r["verb_start"]) for n, r in enumerate(rows)
             if r["kind"] == "indirect" and r["verb_start"] is not None
             and r["verb_start"] < r["start"]]
    out: list = []
    for r in rows:
        if r["within_span"]:
            out.append(ids.get(r["within_span"]))
            continue
        v = r["verb_start"]
        if not hosts or v is None or r["kind"] in ("direct", "term"):
            out.append(None)
            continue
        s, e = r["start"], r["end"]
        out.append(next((n for n, hs, he, hv in hosts
                         if hs < v < he and hv != v and not s <= hv < e), None))
    return out


def _typed_frame(cols: dict[str, list]) -> pd.DataFrame:
    """The quotes table from its column lists (no per-value pass over a pandas Series)."""
    data: dict = {"doc_id": cols["doc_id"]}
    for c in ("quote_id", "start", "end"):
        data[c] = np.array(cols[c], dtype="int64")
    for c in ("speaker_start", "speaker_end", "verb_start", "within", "cue_start", "cue_end"):
        # None (and NaN) → NaN in one C pass; offsets are far below 2**53, so exact as floats
        vals = np.array(cols[c], dtype="float64")
        mask = np.isnan(vals)
        data[c] = pd.arrays.IntegerArray(np.where(mask, 0, vals).astype("int64"), mask)
    text_cols = ("kind", "speaker", "speaker_actor", "speaker_norm", "antecedent", "verb",
                 "verb_class", "text", "cue", "speaker_resolved", "speaker_kind")
    for c in text_cols:
        data[c] = _string_array(cols[c])
    return pd.DataFrame(data, columns=QUOTE_COLUMNS)


def _string_array(values: list):
    """``pd.array(values, dtype="string")``; with the default pyarrow storage built by
    ``pyarrow.array`` in one C pass (≈ 2× faster on the quotes table's columns), the same
    array. Values that are not all strings or missing take pandas' own path (it converts them).
    """
    if _ARROW_STRINGS:
        import pyarrow as pa

        try:
            arr = pa.array(values, type=pa.large_string(), from_pandas=True)
        except (pa.ArrowException, TypeError, ValueError):
            pass
        else:
            return pd.arrays.ArrowStringArray(arr)
    return pd.array(values, dtype="string")


#: whether ``dtype="string"`` means pyarrow storage here (pandas' default when pyarrow is there)
_ARROW_STRINGS = pd.StringDtype().storage == "pyarrow" and pd.StringDtype().na_value is pd.NA
