"""Figures of the corpus notebook: outlets, dates, cleaning. Tables in, Figure out.

With many outlets the largest ``top`` stay and the rest are folded into one "other outlets (k)"
bar or row; counts are summed (:func:`analysis.overview.limit_groups`), never averaged.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.ticker import StrMethodFormatter

from ..figures import GREY, PALETTE, group_order, message_figure, outlet_colors, short, use_style
from ..overview import TOP_GROUPS, limit_groups
from ._common import infer_by, new_axes, noun

_SUMMARY = ("articles", "words", "median_words", "dated", "first_date", "last_date")


def plot_outlet_summary(summary: pd.DataFrame, *, by: str | None = None, top: int = TOP_GROUPS,
                        colors: dict | None = None, ax=None) -> plt.Figure:
    """Horizontal bars of words per group, labelled with the number of articles.

    Parameters
    ----------
    summary : DataFrame
        From :func:`analysis.overview.outlet_summary`.
    by : str, optional
        Its group column (default: ``outlet``, else its first column).
    top : int
        Groups drawn; the others are summed into one "other outlets (k)" bar.

    Examples
    --------
    >>> s = pd.DataFrame({"outlet": ["A", "B"], "articles": [2, 1], "words": [30, 5]})
    >>> plot_outlet_summary(s).axes[0].get_title("left")
    '3 articles from 2 outlets'
    """
    use_style()
    by = infer_by(summary, by, _SUMMARY)
    if summary.empty or summary["articles"].sum() == 0:
        return message_figure("no articles in the corpus", ax=ax)
    data = limit_groups(summary, by, top, weight="articles", sums=["articles", "words"])
    order = group_order(data[by], dict(zip(data[by], data["articles"])))
    data = data.set_index(by).loc[order].reset_index()
    colors = colors or outlet_colors(summary[by].repeat(summary["articles"].astype(int)))
    fig, ax = new_axes(ax, 7.5, 0.32 * len(data) + 1.3)
    y = np.arange(len(data))
    ax.barh(y, data["words"], color=[colors.get(str(o), GREY) for o in data[by]])
    for yi, (w, n) in enumerate(zip(data["words"], data["articles"])):
        ax.text(w, yi, f"  {int(n):,} article{'s' if n != 1 else ''}", va="center", fontsize=8)
    ax.set_yticks(y, [short(o) for o in data[by]], fontsize=8 if len(data) > 10 else 10)
    ax.invert_yaxis()
    ax.set_xlabel("words in article bodies")
    ax.xaxis.set_major_formatter(StrMethodFormatter("{x:,.0f}"))
    ax.set_ylabel(noun(by, 1))
    k = len(summary)
    ax.set_title(f"{int(summary['articles'].sum()):,} articles from {k} {noun(by, k)}")
    ax.margins(x=0.25)
    return fig


def plot_articles_by_date(by_date: pd.DataFrame, *, by: str | None = None,
                          top: int = TOP_GROUPS, colors: dict | None = None,
                          ax=None) -> plt.Figure:
    """Dot timeline: one row per group, one dot per period with articles (area = count).

    Examples
    --------
    >>> t = pd.DataFrame({"period": pd.to_datetime(["2024-01-01"]), "outlet": ["A"],
    ...                   "articles": [2]})
    >>> type(plot_articles_by_date(t)).__name__
    'Figure'
    """
    use_style()
    by = infer_by(by_date, by, ("period", "articles"))
    undated = int(by_date.attrs.get("undated", 0))
    if by_date.empty:
        return message_figure("no dated articles" + (f" ({undated} undated)" if undated else ""),
                              ax=ax)
    data = limit_groups(by_date, by, top, weight="articles", keys=["period"], sums=["articles"])
    sizes = data.groupby(by)["articles"].sum()
    groups = group_order(sizes.index, sizes)
    colors = colors or outlet_colors(by_date[by].repeat(by_date["articles"].astype(int)))
    fig, ax = new_axes(ax, 8, 0.3 * len(groups) + 1.6)
    biggest = max(float(data["articles"].max()), 1.0)
    for i, group in enumerate(groups):
        part = data[data[by] == group]
        ax.scatter(part["period"], [i] * len(part), s=12 + 150 * part["articles"] / biggest,
                   color=colors.get(group, GREY), alpha=0.8, linewidths=0, zorder=3)
    ax.set_yticks(range(len(groups)), [f"{short(g, 35)} · {int(sizes[g]):,}" for g in groups],
                  fontsize=8 if len(groups) > 10 else 10)
    ax.set_ylim(len(groups) - 0.4, -0.6)
    ax.set_title("Publication dates" + (f" ({undated} undated, not shown)" if undated else ""))
    ax.set_xlabel(f"dot area: articles in the period (largest {int(biggest):,}); "
                  f"after the name: dated articles of the {noun(by, 1)}")
    ax.grid(axis="x")
    fig.autofmt_xdate()
    return fig


def plot_cleaning(summary: pd.DataFrame, ax=None, *, top: int = 25) -> plt.Figure:
    """What the loader separated from the article bodies, by kind.

    Up to ``top`` articles: one stacked bar per article. More: one bar per kind (items removed
    in the whole corpus, labelled with the number of articles concerned).

    Examples
    --------
    >>> s = pd.DataFrame({"doc_id": ["a"], "kind": ["caption"], "count": [2], "example": ["x"]})
    >>> type(plot_cleaning(s)).__name__
    'Figure'
    """
    use_style()
    if summary.empty or summary["count"].sum() == 0:
        return message_figure("cleaning removed nothing from the article bodies", ax=ax)
    kinds = summary.groupby("kind")["count"].sum().sort_values(ascending=False, kind="stable")
    n_docs = summary["doc_id"].nunique()
    if n_docs > top:
        docs = summary.groupby("kind")["doc_id"].nunique().reindex(kinds.index)
        fig, ax = new_axes(ax, 7.5, 0.35 * len(kinds) + 1.4)
        y = np.arange(len(kinds))
        ax.barh(y, kinds.to_numpy(), color=PALETTE[0])
        for yi, (c, d) in enumerate(zip(kinds, docs)):
            ax.text(c, yi, f"  in {int(d):,} article{'s' if d != 1 else ''}", va="center",
                    fontsize=8)
        ax.set_yticks(y, [short(k, 30) for k in kinds.index])
        ax.invert_yaxis()
        ax.margins(x=0.25)
        ax.set_xlabel("items removed from the bodies (lines or captions)")
        ax.set_title(f"What cleaning took out of {n_docs:,} articles (totals by kind)")
        return fig
    table = summary.pivot_table(index="doc_id", columns="kind", values="count",
                                aggfunc="sum", fill_value=0)[kinds.index]
    fig, ax = new_axes(ax, 8, 0.3 * max(len(table), 2) + 1.5)
    left = np.zeros(len(table))
    labels = [short(d, 30) for d in table.index]
    for i, kind in enumerate(kinds.index):
        color = PALETTE[i] if i < len(PALETTE) - 1 else GREY
        ax.barh(labels, table[kind].to_numpy(), left=left,
                label=kind if i < len(PALETTE) - 1 else None, color=color)
        left = left + table[kind].to_numpy()
    if len(kinds) >= len(PALETTE):
        ax.barh([labels[0]], [0], color=GREY, label="other kinds")
    ax.invert_yaxis()
    ax.set_xlabel("items removed from the body (lines or captions)")
    ax.set_title("What cleaning took out of each article")
    ax.legend(loc="lower right", fontsize=8)
    return fig
