"""What is in a corpus: articles per outlet and date, lengths, and what cleaning removed.

Tidy summaries of the ``articles`` table for the corpus notebook (``00_corpus``); each returns a
DataFrame that a plotting function in :mod:`analysis.plots.corpus` draws. ``top_groups`` and
``limit_groups`` keep figures readable with many outlets: the largest groups stay, the others
are folded into one "other outlets (k)" group whose counts are summed and whose rates are
recomputed from the summed numerator and denominator (never averaged).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from ._validate import require_columns

#: Outlets (groups) a figure shows by default before folding the rest into "other outlets".
TOP_GROUPS = 15


def other_label(k: int, by: str = "outlet") -> str:
    """Name of the group that folds ``k`` smaller groups.

    Examples
    --------
    >>> other_label(117), other_label(2, "bias_text")
    ('other outlets (117)', 'other bias_text values (2)')
    """
    noun = "outlets" if by == "outlet" else f"{by} values"
    return f"other {noun} ({k})"


def _labels(values: pd.Series) -> pd.Series:
    return values.astype(object).where(values.notna(), "unknown").astype(str)


def top_groups(table: pd.DataFrame, by: str = "outlet", n: int = TOP_GROUPS, *,
               weight: str | None = None) -> list[str]:
    """The ``n`` largest groups of ``table``, largest first (ties by name).

    Size is the number of rows, or the sum of the ``weight`` column. When at most ``n + 1``
    groups exist all are returned (folding a single group would hide it for nothing).

    Examples
    --------
    >>> t = pd.DataFrame({"outlet": list("AABBBC"), "words": [1, 1, 1, 1, 1, 9]})
    >>> top_groups(t, n=1), top_groups(t, n=1, weight="words"), top_groups(t, n=2)
    (['B'], ['C'], ['B', 'A', 'C'])
    """
    require_columns(table, [by] + ([weight] if weight else []), name="table")
    labels = _labels(table[by])
    size = (labels.value_counts() if weight is None
            else table[weight].fillna(0).groupby(labels.to_numpy()).sum())
    ranked = sorted(size.index, key=lambda g: (-float(size[g]), g))
    return ranked if len(ranked) <= n + 1 else ranked[:n]


def limit_groups(
    table: pd.DataFrame,
    by: str = "outlet",
    n: int = TOP_GROUPS,
    *,
    weight: str | None = None,
    keys: Sequence[str] = (),
    sums: Sequence[str] = (),
    totals: Mapping[str, Sequence[str]] | None = None,
    rates: Mapping[str, tuple[str, str, float]] | None = None,
    other: str | None = None,
) -> pd.DataFrame:
    """Keep the ``n`` largest groups and fold the others into one "other outlets (k)" group.

    On a row-level table (``articles``: give no ``sums``) the small groups are relabelled, so
    every stage run on the result counts the fold exactly (``tone_toward(limit_groups(articles),
    mentions)``). On a grouped result, the folded groups' rows are merged per ``keys``: ``sums``
    columns are added, ``totals`` columns (a group's total repeated on its rows, e.g.
    ``{"words": []}`` or ``{"total": ["referent", "voice"]}`` when it varies with those keys) are
    added once per folded group, and ``rates`` ``{column: (numerator, denominator, scale)}`` are
    recomputed as ``scale * numerator / denominator``; every other column of the folded row is
    missing (an interval cannot be rebuilt from its parts). The top groups' rows are untouched.

    Parameters
    ----------
    table : DataFrame
        Any table with the ``by`` column (missing values count as "unknown").
    by, n, weight
        Group column, groups kept, and their size (see :func:`top_groups`); for a grouped result
        give a ``weight`` (e.g. ``"articles"``), which is read once per group when it is a total.
    other : str, optional
        Name of the fold; default ``other_label(k, by)``, e.g. "other outlets (117)".

    Returns
    -------
    DataFrame
        The table with ``by`` as text; ``attrs["folded"]`` = number of groups folded,
        ``attrs["other"]`` = the fold's name (absent when nothing was folded).

    Examples
    --------
    >>> f = pd.DataFrame({"outlet": ["A", "B", "C"], "actor": "Iran", "mentions": [8, 1, 3],
    ...                   "words": [1000, 500, 500], "per_1000_words": [8.0, 2.0, 6.0]})
    >>> out = limit_groups(f, n=1, weight="words", keys=["actor"], sums=["mentions"],
    ...                    totals={"words": []},
    ...                    rates={"per_1000_words": ("mentions", "words", 1000)})
    >>> out[["outlet", "mentions", "words", "per_1000_words"]].values.tolist()
    [['A', 8, 1000, 8.0], ['other outlets (2)', 4, 1000, 4.0]]
    """
    totals = dict(totals or {})
    need = [by, *keys, *sums, *totals, *[c for r in (rates or {}).values() for c in r[:2]]]
    require_columns(table, list(dict.fromkeys(need + ([weight] if weight else []))), name="table")
    labels = _labels(table[by])
    keep = _kept_groups(table, labels, by, n, weight, totals)
    out = table.assign(**{by: labels})
    small = ~labels.isin(keep)
    k = int(labels[small].nunique())
    if k == 0:
        return out
    name = other or other_label(k, by)
    if not sums and not totals:
        out.loc[small, by] = name
        out.attrs.update(folded=k, other=name)
        return out
    merged = _fold(out[small], by, list(keys), sums, totals, rates)
    merged[by] = name
    folded = pd.concat([out[~small], merged.reindex(columns=out.columns)], ignore_index=True)
    folded.attrs.update(folded=k, other=name)
    return folded


def _kept_groups(table: pd.DataFrame, labels: pd.Series, by: str, n: int, weight: str | None,
                 totals: Mapping[str, Sequence[str]]) -> list[str]:
    """The groups :func:`limit_groups` keeps; a ``weight`` that is a total is read once per
    group."""
    if weight is not None and weight in totals:
        first = table.assign(_g=labels).drop_duplicates("_g")
        return top_groups(first.assign(**{by: first["_g"]}), by, n, weight=weight)
    return top_groups(table.assign(**{by: labels}), by, n, weight=weight)


def _fold(rest: pd.DataFrame, by: str, keys: list[str], sums: Sequence[str],
          totals: Mapping[str, Sequence[str]],
          rates: Mapping[str, tuple[str, str, float]] | None) -> pd.DataFrame:
    """The rows of the folded groups merged per ``keys``: sums, totals once per group, rates
    recomputed (see :func:`limit_groups`)."""
    if keys:
        merged = rest.groupby(keys, dropna=False, sort=False)[list(sums)].sum().reset_index()
    else:
        merged = pd.DataFrame([rest[list(sums)].sum()]) if sums else pd.DataFrame(index=[0])
    for col, within in totals.items():
        per = rest.drop_duplicates([by, *within])
        if within:
            add = per.groupby(list(within), dropna=False)[col].sum().rename(col).reset_index()
            merged = merged.merge(add, on=list(within), how="left")
        else:
            merged[col] = per[col].sum()
    for col, (num, den, scale) in (rates or {}).items():
        denom = merged[den].astype(float).replace(0, np.nan)
        merged[col] = scale * merged[num].astype(float) / denom
    return merged


def outlet_summary(articles: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """Articles, words and date range per outlet (or per value of any ``by`` column).

    Returns
    -------
    DataFrame
        ``<by>, articles, words, median_words, dated, first_date, last_date``, sorted by
        articles (desc) then group; a missing group value is "unknown".

    Examples
    --------
    >>> df = pd.DataFrame({"outlet": ["A", "A", "B"], "n_words": [10, 20, 5],
    ...                    "date": pd.to_datetime(["2024-01-01", None, "2024-02-01"])})
    >>> outlet_summary(df)[["outlet", "articles", "words", "dated"]].values.tolist()
    [['A', 2, 30, 1], ['B', 1, 5, 1]]
    """
    require_columns(articles, [by, "n_words", "date"])
    g = articles.assign(**{by: _labels(articles[by])}).groupby(by)
    out = pd.DataFrame({
        "articles": g.size(),
        "words": g["n_words"].sum(),
        "median_words": g["n_words"].median(),
        "dated": g["date"].count(),
        "first_date": g["date"].min(),
        "last_date": g["date"].max(),
    }).reset_index()
    return out.sort_values(["articles", by], ascending=[False, True], ignore_index=True)


def cleaning_summary(articles: pd.DataFrame) -> pd.DataFrame:
    """What the loader separated from each article's body, counted by kind.

    Returns
    -------
    DataFrame
        ``doc_id, kind, count, example``: kinds are ``caption``, ``highlight`` and the reasons
        of removed lines (``boilerplate``, ``timestamp``, ``link``, ``repeated title``, …).
    """
    require_columns(articles, ["doc_id", "captions", "highlights", "removed"])
    rows = []
    for doc_id, caps, hls, removed in zip(
        articles["doc_id"], articles["captions"].fillna(""), articles["highlights"].fillna(""),
        articles["removed"].fillna(""),
    ):
        for kind, items in (("caption", caps), ("highlight", hls)):
            lines = [x for x in items.split("\n") if x]
            if lines:
                rows.append({"doc_id": doc_id, "kind": kind, "count": len(lines),
                             "example": lines[0]})
        by_reason: dict[str, list[str]] = {}
        for line in filter(None, removed.split("\n")):
            reason, _, what = line.partition(": ")
            by_reason.setdefault(reason, []).append(what)
        for reason, items in by_reason.items():
            rows.append({"doc_id": doc_id, "kind": reason, "count": len(items),
                         "example": items[0]})
    out = pd.DataFrame(rows, columns=["doc_id", "kind", "count", "example"])
    return out.sort_values(["doc_id", "kind"], ignore_index=True)


def articles_by_date(articles: pd.DataFrame, by: str = "outlet",
                     freq: str = "auto") -> pd.DataFrame:
    """Articles per period and group (undated articles are left out and counted apart).

    ``freq`` is a pandas period alias (``"D"``, ``"W"``, ``"M"``, ``"Y"``) or ``"auto"``: days
    for a span up to 92 days, weeks up to two years, months up to 20 years, else years (so a
    figure has at most a few hundred periods). Returns ``period, <by>, articles``;
    ``attrs["undated"]`` holds the number left out and ``attrs["freq"]`` the period used.

    Examples
    --------
    >>> df = pd.DataFrame({"outlet": ["A", "A", "B"],
    ...                    "date": pd.to_datetime(["2024-01-01", None, "2024-01-01"])})
    >>> t = articles_by_date(df)
    >>> t.values.tolist(), t.attrs["undated"]
    ([[Timestamp('2024-01-01 00:00:00'), 'A', 1], [Timestamp('2024-01-01 00:00:00'), 'B', 1]], 1)
    """
    require_columns(articles, ["date", by])
    dated = articles[articles["date"].notna()]
    if freq == "auto":
        span = (dated["date"].max() - dated["date"].min()).days if len(dated) else 0
        freq = "D" if span <= 92 else "W" if span <= 731 else "M" if span <= 7305 else "Y"
    period = dated["date"].dt.to_period(freq).dt.start_time
    out = (dated.assign(period=period, **{by: _labels(dated[by])}).groupby(["period", by]).size()
           .rename("articles").reset_index())
    out = out.sort_values(["period", by], ignore_index=True)
    out.attrs["undated"] = int(articles["date"].isna().sum())
    out.attrs["freq"] = freq
    return out
