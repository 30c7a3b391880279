"""Figures of the corpus notebook: outlets, dates, cleaning. Tables in, Figure out."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from ..figures import outlet_colors, use_style


def plot_outlet_summary(summary: pd.DataFrame, *, colors: dict | None = None,
                        ax=None) -> plt.Figure:
    """Horizontal bars of words per outlet, labelled with the number of articles."""
    use_style()
    colors = colors or outlet_colors(summary["outlet"])
    fig, ax = (ax.figure, ax) if ax is not None else plt.subplots(
        figsize=(7, 0.5 * len(summary) + 1.2))
    data = summary.iloc[::-1]
    ax.barh(data["outlet"].astype(str), data["words"],
            color=[colors.get(str(o), "#999999") for o in data["outlet"]])
    for y, (w, n) in enumerate(zip(data["words"], data["articles"])):
        ax.text(w, y, f"  {n} article{'s' if n != 1 else ''}", va="center", fontsize=9)
    ax.set_xlabel("words in article bodies")
    ax.set_title(f"{int(summary['articles'].sum())} articles from {len(summary)} outlets")
    ax.margins(x=0.25)
    return fig


def plot_articles_by_date(by_date: pd.DataFrame, *, colors: dict | None = None,
                          ax=None) -> plt.Figure:
    """Dot timeline: one row per outlet, one dot per period with articles (size = count)."""
    use_style()
    colors = colors or outlet_colors(by_date["outlet"])
    fig, ax = (ax.figure, ax) if ax is not None else plt.subplots(figsize=(8, 2.5))
    outlets = sorted(by_date["outlet"].astype(str).unique())
    for i, outlet in enumerate(outlets):
        part = by_date[by_date["outlet"].astype(str) == outlet]
        ax.scatter(part["period"], [i] * len(part), s=40 + 30 * part["articles"],
                   color=colors.get(outlet, "#999999"), zorder=3)
    ax.set_yticks(range(len(outlets)), outlets)
    ax.set_ylim(-0.7, len(outlets) - 0.3)
    undated = by_date.attrs.get("undated", 0)
    ax.set_title("Publication dates" + (f" ({undated} undated, not shown)" if undated else ""))
    ax.grid(axis="x")
    fig.autofmt_xdate()
    return fig


def plot_cleaning(summary: pd.DataFrame, ax=None) -> plt.Figure:
    """Stacked bars: what the loader separated from each article, by kind."""
    use_style()
    table = summary.pivot_table(index="doc_id", columns="kind", values="count",
                                aggfunc="sum", fill_value=0)
    fig, ax = (ax.figure, ax) if ax is not None else plt.subplots(
        figsize=(8, 0.45 * max(len(table), 2) + 1.5))
    left = pd.Series(0, index=table.index)
    for kind in table.columns:
        ax.barh(table.index.astype(str), table[kind], left=left, label=kind)
        left = left + table[kind]
    ax.invert_yaxis()
    ax.set_xlabel("items removed from the body (lines or captions)")
    ax.set_title("What cleaning took out of each article")
    ax.legend(loc="lower right", fontsize=8)
    return fig
