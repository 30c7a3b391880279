"""Voice: which words of an article are the outlet's own and which it quotes — the one owner.

An outlet that quotes IRNA's "Zionist regime" has not called Israel that itself, so every count
by voice (labels, distinctive terms, tone, actor mentions) asks this module what is quoted:

- :func:`quoted_spans` (from :mod:`analysis.text`) finds the direct quotations of one text;
- :func:`voice_spans` partitions every text into ``own`` and ``quoted`` spans (the *spans*
  table; compute it once and pass it as ``spans=`` to the framing functions);
- :func:`quoted_index` turns a spans table (or a quotes table) into per-document look-up arrays,
  :func:`voice_at` gives the voice of any span or position from them, and :func:`voice_pieces`
  cuts a stretch of text into its pieces in one voice (:func:`pieces_in_voice`: a whole text,
  its quotations found on the spot);
- :func:`voice` gives the voice of each row of any ``doc_id, start, end`` table from a quotes
  table of :func:`analysis.quotes.quotes` (direct quotations and quoted terms by default;
  indirect speech and "according to" are the outlet's own wording unless ``kinds=`` says so).

A span is *quoted* when it lies inside one quoted span (a position: when its character does).
Three inputs of quoted spans are in use, and they can disagree on rare texts (kept as they were,
so that every table stays the same):

- ``voice`` merges overlapping and touching quotations of the chosen kinds first, so a row that
  runs from one quotation into the next one touching it is quoted; :func:`quoted_index` does not
  merge, so for ``actor_mentions(quotes=...)`` that row is own voice (and it takes every quote
  kind it is given);
- ``actor_mentions`` without a quotes table uses :func:`direct_quote_index`, which skips texts
  with no ``"``, ``“`` or ``«`` (so a text quoting only with ‘…’, or whose only mark is a stray
  closing ”, has no quotation there, while :func:`voice_spans` finds one).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from ._validate import require_columns
from .text import quoted_spans

__all__ = [
    "DEFAULT_KINDS",
    "VOICES",
    "check_voice",
    "direct_quote_index",
    "merged_spans",
    "pieces_in_voice",
    "quoted_index",
    "quoted_spans",
    "voice",
    "voice_at",
    "voice_pieces",
    "voice_spans",
]

DEFAULT_KINDS = ("direct", "term")
VOICES = ("own", "quoted", "all")
_OPENING_MARKS = '"“«'
_EMPTY = (np.array([], dtype=np.int64), np.array([], dtype=np.int64))


def check_voice(voice: str) -> None:
    """Raise ``ValueError`` unless ``voice`` is "own", "quoted" or "all".

    Examples
    --------
    >>> check_voice("own")
    """
    if voice not in VOICES:
        raise ValueError(f"voice must be 'own', 'quoted' or 'all', got {voice!r}")


def merged_spans(quotes: pd.DataFrame, kinds: Iterable[str]) -> pd.DataFrame:
    """Union of the quote spans of the given kinds, per document (doc_id as str, start, end).

    Overlapping and touching spans are merged; a table without ``kind`` is taken whole.

    Examples
    --------
    >>> q = pd.DataFrame({"doc_id": ["a", "a"], "start": [0, 5], "end": [5, 9],
    ...                   "kind": ["direct", "direct"]})
    >>> merged_spans(q, ["direct"]).values.tolist()
    [['a', 0, 9]]
    """
    q = quotes
    if "kind" in q.columns:
        q = q[q["kind"].isin(list(kinds))]
    q = pd.DataFrame({
        "doc_id": q["doc_id"].astype(str).to_numpy(),
        "start": q["start"].astype("int64").to_numpy(),
        "end": q["end"].astype("int64").to_numpy(),
    }).sort_values(["doc_id", "start", "end"], kind="stable")
    if q.empty:
        return q
    reach = q.groupby("doc_id", sort=False)["end"].cummax()
    prev = reach.groupby(q["doc_id"], sort=False).shift(1)
    new = prev.isna() | (q["start"] > prev)
    group = new.cumsum()
    merged = q.assign(group=group.to_numpy()).groupby("group", sort=True).agg(
        doc_id=("doc_id", "first"), start=("start", "min"), end=("end", "max")
    )
    return merged.reset_index(drop=True)


_merged_spans = merged_spans  # the name analysis.quotes used


def quoted_index(spans: pd.DataFrame) -> dict:
    """Per-document look-up arrays of the quoted spans of a table.

    Parameters
    ----------
    spans : DataFrame
        ``doc_id, start, end``: a :func:`voice_spans` table (only its ``quoted`` rows are used),
        a quotes table (every row), or any table of quoted spans.

    Returns
    -------
    dict
        ``doc_id -> (starts, reach)``: the span starts, sorted, and the furthest end reached by
        the spans up to each (int64 arrays); the input for :func:`voice_at` and
        :func:`voice_pieces`.

    Examples
    --------
    >>> t = pd.DataFrame({"doc_id": ["a", "a", "a"], "start": [0, 8, 12], "end": [8, 12, 19],
    ...                   "voice": ["own", "quoted", "own"]})
    >>> starts, reach = quoted_index(t)["a"]
    >>> starts.tolist(), reach.tolist()
    ([8], [12])
    """
    require_columns(spans, ["doc_id", "start", "end"], name="spans")
    q = spans[spans["voice"] == "quoted"] if "voice" in spans.columns else spans
    q = q.sort_values(["doc_id", "start"], kind="stable")
    doc = q["doc_id"].to_numpy()
    s = q["start"].to_numpy(np.int64)
    e = q["end"].to_numpy(np.int64)
    cut = np.flatnonzero(doc[1:] != doc[:-1]) + 1
    return {doc[a]: (s[a:b], np.maximum.accumulate(e[a:b]))
            for a, b in zip(np.r_[0, cut], np.r_[cut, len(doc)]) if b > a}


def direct_quote_index(texts: Mapping) -> dict:
    """``key -> (starts, reach)`` of the direct quotations of each text (:func:`quoted_spans`).

    Only texts with an opening double mark (``"``, ``“``, ``«``) are searched: the rule
    ``actor_mentions`` has always used for its ``in_quote`` flag (see the module docstring).

    Examples
    --------
    >>> starts, reach = direct_quote_index({"a": 'He said "no" twice.'})["a"]
    >>> starts.tolist(), reach.tolist()
    ([8], [12])
    """
    out = {}
    for key, text in texts.items():
        spans = quoted_spans(text) if any(ch in text for ch in _OPENING_MARKS) else []
        starts = np.fromiter((a for a, _ in spans), np.int64, len(spans))
        ends = np.fromiter((b for _, b in spans), np.int64, len(spans))
        out[key] = (starts, np.maximum.accumulate(ends) if len(spans) else ends)
    return out


def voice_at(doc_ids: Sequence, starts: Sequence[int], index: dict,
             ends: Sequence[int] | None = None) -> np.ndarray:
    """"own" or "quoted" for each span ``[start, end)`` (or each position, when no ``ends``).

    A span is quoted when it lies inside one quoted span of ``index`` (:func:`quoted_index`):
    the last quoted span starting at or before ``start`` (or one before it) reaches ``end``.

    Examples
    --------
    >>> idx = {"a": (np.array([8]), np.array([12]))}
    >>> voice_at(["a", "a", "a"], [0, 8, 10], idx, [6, 12, 14]).tolist()
    ['own', 'quoted', 'own']
    >>> voice_at(["a", "b"], [11, 11], idx).tolist()
    ['quoted', 'own']
    """
    pos = np.asarray(starts, dtype=np.int64).reshape(-1)
    stop = pos + 1 if ends is None else np.asarray(ends, dtype=np.int64).reshape(-1)
    rows: dict = {}
    for i, d in enumerate(doc_ids):
        rows.setdefault(d, []).append(i)
    quoted = np.zeros(len(pos), dtype=bool)
    for d, where in rows.items():
        q_starts, reach = index.get(d, _EMPTY)
        if not len(q_starts):
            continue
        where = np.asarray(where, dtype=np.int64)
        j = np.searchsorted(q_starts, pos[where], side="right") - 1
        quoted[where] = (j >= 0) & (stop[where] <= reach[np.maximum(j, 0)])
    return np.where(quoted, "quoted", "own").astype(object)


def voice_pieces(text: str, quoted: tuple, voice: str, lo: int = 0,
                 hi: int | None = None) -> list[tuple[int, int]]:
    """Spans of ``text[lo:hi]`` in ``voice`` ("own", "quoted" or "all").

    ``quoted`` is one document's ``(starts, reach)`` from :func:`quoted_index` (of disjoint
    spans, as in a :func:`voice_spans` table).

    Examples
    --------
    >>> t = 'He said "no" twice.'
    >>> q = ([8], [12])
    >>> [t[s:e] for s, e in voice_pieces(t, q, "own")], voice_pieces(t, q, "quoted")
    (['He said ', ' twice.'], [(8, 12)])
    """
    hi = len(text) if hi is None else hi
    if voice == "all":
        return [(lo, hi)]
    qs = [(max(s, lo), min(e, hi)) for s, e in zip(*quoted) if s < hi and e > lo]
    if voice == "quoted":
        return qs
    pieces, pos = [], lo
    for s, e in qs:
        if s > pos:
            pieces.append((pos, s))
        pos = max(pos, e)
    if pos < hi:
        pieces.append((pos, hi))
    return pieces


def pieces_in_voice(text: str, voice: str) -> list[tuple[int, int]]:
    """Spans of one text in ``voice`` ("own", "quoted" or "all"), its quotations found by
    :func:`quoted_spans`: the ``voice`` rows of its :func:`voice_spans` table, without the
    table (what :func:`voice_pieces` gives from that table's :func:`quoted_index`).

    Examples
    --------
    >>> t = 'He said "no" twice.'
    >>> [t[s:e] for s, e in pieces_in_voice(t, "own")], pieces_in_voice(t, "quoted")
    (['He said ', ' twice.'], [(8, 12)])
    """
    if voice == "all":
        return [(0, len(text))]
    return [(s, e) for s, e, v in _partition(quoted_spans(text), len(text)) if v == voice]


def voice(
    rows: pd.DataFrame, quotes: pd.DataFrame, *, kinds: Iterable[str] = DEFAULT_KINDS
) -> pd.Series:
    """Whose voice each span is in: "quoted" if it lies inside a quotation, else "own".

    Parameters
    ----------
    rows : DataFrame
        Any table of spans with ``doc_id, start, end`` (mentions, sentences, kwic hits …).
    quotes : DataFrame
        The output of :func:`analysis.quotes.quotes` (or any ``doc_id, start, end`` table of
        quoted spans).
    kinds : iterable of str
        Which quote kinds count as quoted voice; by default only direct quotations (indirect speech
        is worded by the outlet).

    Returns
    -------
    Series
        "own" / "quoted", aligned with ``rows.index`` (name ``voice``).

    Examples
    --------
    >>> q = pd.DataFrame({"doc_id": ["a"], "start": [12], "end": [32], "kind": ["direct"]})
    >>> rows = pd.DataFrame({"doc_id": ["a", "a"], "start": [0, 16], "end": [6, 30]})
    >>> voice(rows, q).tolist()
    ['own', 'quoted']
    """
    require_columns(rows, ["doc_id", "start", "end"], name="rows")
    require_columns(quotes, ["doc_id", "start", "end"], name="quotes")
    spans = merged_spans(quotes, kinds)
    if rows.empty or spans.empty:
        return pd.Series("own", index=rows.index, name="voice", dtype="string")
    values = voice_at(rows["doc_id"].astype(str).to_numpy(), rows["start"].astype("int64"),
                      quoted_index(spans), rows["end"].astype("int64"))
    return pd.Series(values, index=rows.index, name="voice", dtype="string")


def voice_spans(
    articles: pd.DataFrame,
    quotes: pd.DataFrame | None = None,
    *,
    kinds: Iterable[str] = DEFAULT_KINDS,
) -> pd.DataFrame:
    """Partition every text into own-voice and quoted spans (no gaps, no overlaps).

    Parameters
    ----------
    articles : DataFrame
        Needs ``doc_id`` and ``text``.
    quotes : DataFrame, optional
        The output of :func:`analysis.quotes.quotes`; default: the direct quotations of
        :func:`quoted_spans` (which :func:`analysis.quotes.quotes` reports as kinds ``direct``
        and ``term``). :func:`analysis.quotes.voice_spans` also finds the quotes table itself
        when other ``kinds`` are asked for without one.
    kinds : iterable of str
        Quote kinds that count as quoted voice (default ``direct`` and ``term``; see
        :func:`voice`).

    Returns
    -------
    DataFrame
        ``doc_id, start, end, voice, text``; per document the spans are in order, contiguous and
        cover ``text`` from 0 to its length.

    Examples
    --------
    >>> art = pd.DataFrame({"doc_id": ["a"], "text": ['He said "no" twice.']})
    >>> voice_spans(art)[["start", "end", "voice", "text"]].values.tolist()
    [[0, 8, 'own', 'He said '], [8, 12, 'quoted', '"no"'], [12, 19, 'own', ' twice.']]
    """
    require_columns(articles, ["doc_id", "text"])
    kinds = tuple(kinds)
    compute = quotes is None
    if compute and set(kinds) != set(DEFAULT_KINDS):
        raise ValueError("voice_spans needs a quotes table for kinds other than "
                         f"{DEFAULT_KINDS}; use analysis.quotes.voice_spans")
    by_doc: dict[str, list[tuple[int, int]]] = {}
    if not compute:
        spans = merged_spans(quotes, kinds)
        for doc_id, s, e in zip(spans["doc_id"], spans["start"], spans["end"]):
            by_doc.setdefault(doc_id, []).append((int(s), int(e)))
    cols: dict[str, list] = {"doc_id": [], "start": [], "end": [], "voice": [], "text": []}
    for doc_id, text in zip(articles["doc_id"], articles["text"]):
        text = text if isinstance(text, str) else ""
        qs = quoted_spans(text) if compute else by_doc.get(str(doc_id), [])
        for s, e, v in _partition(qs, len(text)):
            cols["doc_id"].append(doc_id)
            cols["start"].append(s)
            cols["end"].append(e)
            cols["voice"].append(v)
            cols["text"].append(text[s:e])
    out = pd.DataFrame(cols)
    for c in ("start", "end"):
        out[c] = out[c].astype("int64")
    return out


def _partition(quoted: list[tuple[int, int]], n: int) -> list[tuple[int, int, str]]:
    """Own and quoted pieces covering ``[0, n)``, quoted spans clipped to what is left."""
    out, pos = [], 0
    for s, e in quoted:
        s, e = max(s, pos), min(e, n)
        if e <= s:
            continue
        if s > pos:
            out.append((pos, s, "own"))
        out.append((s, e, "quoted"))
        pos = e
    if pos < n:
        out.append((pos, n, "own"))
    return out
