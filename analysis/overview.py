"""What is in a corpus: articles per outlet and date, lengths, and what cleaning removed.

Tidy summaries of the ``articles`` table for the corpus notebook (``00_corpus``); each returns a
DataFrame that a plotting function in :mod:`analysis.plots.corpus` draws.
"""

from __future__ import annotations

import pandas as pd

from ._validate import require_columns


def outlet_summary(articles: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """Articles, words and date range per outlet.

    Returns
    -------
    DataFrame
        ``outlet, articles, words, median_words, dated, first_date, last_date``, sorted by
        articles (desc) then outlet.

    Examples
    --------
    >>> df = pd.DataFrame({"outlet": ["A", "A", "B"], "n_words": [10, 20, 5],
    ...                    "date": pd.to_datetime(["2024-01-01", None, "2024-02-01"])})
    >>> outlet_summary(df)[["outlet", "articles", "words", "dated"]].values.tolist()
    [['A', 2, 30, 1], ['B', 1, 5, 1]]
    """
    require_columns(articles, [by, "n_words", "date"])
    g = articles.groupby(by, dropna=False)
    out = pd.DataFrame({
        "articles": g.size(),
        "words": g["n_words"].sum(),
        "median_words": g["n_words"].median(),
        "dated": g["date"].count(),
        "first_date": g["date"].min(),
        "last_date": g["date"].max(),
    }).reset_index().rename(columns={by: "outlet"} if by != "outlet" else {})
    return out.sort_values(["articles", "outlet"], ascending=[False, True], ignore_index=True)


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


def articles_by_date(articles: pd.DataFrame, by: str = "outlet", freq: str = "D") -> pd.DataFrame:
    """Articles per period and outlet (undated articles are left out and counted apart).

    Returns ``period, outlet, articles``; ``attrs["undated"]`` holds the number left out.
    """
    require_columns(articles, ["date", by])
    dated = articles[articles["date"].notna()]
    period = dated["date"].dt.to_period(freq).dt.start_time
    out = (dated.assign(period=period).groupby(["period", by]).size()
           .rename("articles").reset_index().rename(columns={by: "outlet"}))
    out.attrs["undated"] = int(articles["date"].isna().sum())
    return out.sort_values(["period", "outlet"], ignore_index=True)
