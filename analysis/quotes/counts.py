"""Who each outlet quotes, with which reporting verb (:func:`attribution`).

A count is one reporting act (an attribution clause), however many quotation rows it covers; the
speaker counted is the resolved person or body (``speaker_resolved``), a lone surname joined to the
full name the corpus gives it.
"""

from __future__ import annotations

import pandas as pd

from .._validate import require_columns
from .coreference import _speaker_kind
from .people import UNIDENTIFIED, _join_surnames

__all__ = ["attribution"]


def attribution(
    quotes: pd.DataFrame,
    articles: pd.DataFrame,
    by: str = "outlet",
    *,
    nested: bool = False,
    unattributed: bool = False,
) -> pd.DataFrame:
    """Who each group (outlet) quotes, and with which reporting verb.

    A count is one *reporting act*: an attribution clause ("…,” IRNA claimed") counts once however
    many quotation rows it covers (a quote split over paragraphs, a partial quote inside the
    indirect statement it belongs to).

    A lone surname a whole article never expands ("Trump said …") joins the full name the
    rest of the table gives it when that name holds at least 80 % of the full names ending in it
    ("Donald Trump"), so one person is one row across articles.

    Parameters
    ----------
    quotes : DataFrame
        Output of :func:`quotes`.
    articles : DataFrame
        Needs ``doc_id`` and the ``by`` column.
    by : str
        Grouping column of ``articles`` (default ``"outlet"``).
    nested : bool
        Also count statements found inside direct quotations (IRNA quoting Bagheri Kani, quoted by
        the Jerusalem Post). Off by default: the outlet quotes IRNA.
    unattributed : bool
        Keep quotations with no speaker found, as speaker "(unattributed)", and speakers the
        text does not tie to anyone ("he" with no antecedent), as "(unidentified)". Off by
        default: a figure of who is quoted shows people, bodies and unnamed sources of a stated
        kind ("(anonymous source)", "spokesperson of X"), never a bare pronoun.

    Returns
    -------
    DataFrame
        ``<by>, speaker`` (``speaker_resolved`` where the quotes table has it, else
        ``speaker_norm``), ``verb, verb_class, count`` (reporting acts), ``quotes`` (rows),
        ``articles`` (articles with at least one), ``group_acts`` (all reporting acts of the group)
        and ``share`` = count / group_acts; sorted by count desc, then by the keys.

    Examples
    --------
    >>> from analysis.quotes import quotes
    >>> art = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": [
    ...     "“Yes,” IRNA claimed. “No,” IRNA said. “Maybe,” IRNA said."]})
    >>> attribution(quotes(art), art)[["outlet", "speaker", "verb", "count"]].values.tolist()
    [['X', 'IRNA', 'say', 2], ['X', 'IRNA', 'claim', 1]]
    """
    require_columns(quotes, ["doc_id", "speaker", "verb"], name="quotes")
    require_columns(articles, ["doc_id", by])
    q = _counted_rows(quotes, nested=nested, unattributed=unattributed)
    groups = articles[["doc_id", by]].drop_duplicates("doc_id")
    q = q.merge(groups, on="doc_id", how="left")
    q = q.assign(act=_reporting_acts(q).to_numpy())
    keys = [by, "speaker", "verb", "verb_class"]
    if q.empty:
        return pd.DataFrame(columns=keys + ["count", "quotes", "articles", "group_acts", "share"])
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
