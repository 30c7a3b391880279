"""The steps of :func:`analysis.quotes.attribution`: who each outlet quotes, with which verb.

A count is one reporting act (an attribution clause), however many quotation rows it covers; the
speaker counted is the resolved person or body (``speaker_resolved``), a lone surname joined to the
full name the corpus gives it.
"""

from __future__ import annotations

import pandas as pd

from .acronyms import _join_acronyms
from .coreference import _speaker_kind
from .people import UNIDENTIFIED, _join_surnames


def _counted_rows(quotes: pd.DataFrame, *, nested: bool, unattributed: bool) -> pd.DataFrame:
    """The quotation rows :func:`attribution` counts, ``speaker`` set to the key counted."""
    q = quotes.copy()
    if "kind" in q.columns:
        q = q[q["kind"] != "term"]  # quoted terms are nobody's statement
    if not nested and "within" in q.columns:
        q = q[q["within"].isna()]
    q = q.assign(speaker=_speaker_key(q))
    if unattributed:
        q["speaker"] = q["speaker"].fillna("(unattributed)")
        q["verb"] = q["verb"].fillna("(none)")
    else:
        q = q[q["speaker"].notna() & (q["speaker"] != UNIDENTIFIED).fillna(True)]
    if "verb_class" not in q.columns:
        q["verb_class"] = None
    q["verb_class"] = q["verb_class"].astype(object).where(q["verb_class"].notna(), "(none)")
    return q


def _speaker_key(q: pd.DataFrame) -> pd.Series:
    """The speaker each row counts for: resolved, else normalised, else the phrase normalised."""
    key = q["speaker"]
    for col in ("speaker_norm", "speaker_resolved"):
        if col in q.columns:
            key = q[col].where(q[col].notna(), key)
    if "speaker_resolved" in q.columns and "speaker_kind" in q.columns:
        key = _join_surnames(key.astype("string"), q["speaker_kind"])  # "Trump" → "Donald Trump"
        key = _join_acronyms(key, q["speaker_kind"])  # "SEC" → "Securities and Exchange …"
    return key.where(key.notna(), q["speaker"].map(_norm_surface, na_action="ignore"))


def _reporting_acts(q: pd.DataFrame) -> pd.Series:
    """One id per reporting act: document, speaker and verb offsets (else one per row)."""
    if "verb_start" in q.columns and "speaker_start" in q.columns:
        act = q["doc_id"].astype(str) + ":" + q["speaker_start"].astype(str) + ":" + q[
            "verb_start"
        ].astype(str)
        loose = q["speaker_start"].isna() | q["verb_start"].isna()
        act = act.where(~loose, act + ":" + pd.Series(range(len(q)), index=q.index).astype(str))
    else:
        act = pd.Series(range(len(q)), index=q.index).astype(str)
    return act


def _norm_surface(surface: str) -> str:
    """The normalised form of a speaker phrase (as :func:`_speaker_kind` gives it)."""
    return _speaker_kind(surface)[1]


def _count_acts(q: pd.DataFrame, by: str, keys: list[str]) -> pd.DataFrame:
    """Reporting acts, rows and articles per key, with the group's acts and the share."""
    out = (
        q.groupby(keys, dropna=False, sort=False)
        .agg(count=("act", "nunique"), quotes=("act", "size"), articles=("doc_id", "nunique"))
        .reset_index()
    )
    totals = q.groupby(by, dropna=False)["act"].nunique().rename("group_acts")
    out = out.merge(totals, left_on=by, right_index=True, how="left")
    out["share"] = out["count"] / out["group_acts"]
    out = out.sort_values(
        ["count", by, "speaker", "verb"], ascending=[False, True, True, True], kind="stable"
    )
    return out.reset_index(drop=True)
