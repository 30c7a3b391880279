"""Figures of the actors notebook: frequency bars with intervals and the co-occurrence network.

Tables in (from :mod:`analysis.actors`), Figure out; nothing here computes a statistic (a
folded "other outlets (k)" rate is recomputed from summed counts by
:func:`analysis.overview.limit_groups`).
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .._api import renamed
from ..figures import GREY, PALETTE, group_order, message_figure, outlet_colors, short, use_style
from ..overview import TOP_GROUPS, limit_groups
from ._common import more_note, new_axes, noun

#: One colour per actor type, the same in every figure.
TYPE_COLORS = {
    "state": PALETTE[0], "person": PALETTE[1], "organisation": PALETTE[2],
    "armed_group": PALETTE[5], "media": PALETTE[3], "place": PALETTE[4],
}


def plot_actor_frequency(
    freq: pd.DataFrame,
    *,
    by: str | None = "outlet",
    key: str = "actor",
    top: int = 12,
    value: str = "per_1000_words",
    colors: dict | None = None,
    ax=None,
    title: str | None = None,
    top_groups: int = TOP_GROUPS,
    max_bars: int = 4,
) -> plt.Figure:
    """Mention rates per actor, with their intervals; grouped by outlet (or any ``by`` column).

    Up to ``max_bars`` groups: side-by-side bars with intervals. More groups: a heatmap of the
    rates (actors × groups) with the ``top_groups`` largest groups (by words) and one column
    "other outlets (k)" whose rate is recomputed from the summed mentions and words.

    Parameters
    ----------
    freq : DataFrame
        From :func:`analysis.actors.actor_frequency` (``key``, ``value``, ``ci_low``,
        ``ci_high``, ``mentions``, ``articles``, ``words``; and ``by`` when grouped).
    by : str or None
        Group column (ignored when absent from ``freq``).
    top : int
        Show the ``top`` keys with the most mentions overall, most mentioned at the top.
    colors : dict, optional
        Group → colour (``outlet_colors``). Ungrouped actor bars are coloured by actor type.

    Examples
    --------
    >>> f = pd.DataFrame({"actor": ["Iran"], "mentions": [3], "articles": [2], "words": [1000],
    ...                   "per_1000_words": [3.0], "ci_low": [0.6], "ci_high": [8.8]})
    >>> type(plot_actor_frequency(f, by=None)).__name__
    'Figure'
    """
    use_style()
    grouped = by is not None and by in freq.columns
    if freq.empty or freq["mentions"].sum() == 0:
        return message_figure("no actor mentions found", ax=ax)
    totals = freq.groupby(key)["mentions"].sum().sort_values(ascending=False, kind="stable")
    keys = sorted(totals.index[:top], key=lambda k: (-totals[k], k))
    n_groups = freq[by].nunique() if grouped else 1
    if grouped and n_groups > max_bars:
        return _frequency_heatmap(freq, by, key, keys, value, top_groups, ax, title)
    groups = (group_order(freq[by].astype(str), freq.groupby(freq[by].astype(str))["words"].max())
              if grouped else [None])
    colors = colors or (outlet_colors(groups) if grouped else {None: PALETTE[0]})
    fig, ax = new_axes(ax, 8, 0.3 * len(keys) * max(1, len(groups)) ** 0.6 + 1.5)
    grouped_legend = grouped
    for g_i in range(len(groups)):
        grouped_legend |= _frequency_bars(ax, freq, by if grouped else None, key, keys, value,
                                          groups, g_i, colors)
    ax.set_yticks(range(len(keys)), [short(k, 35) for k in keys])
    ax.invert_yaxis()
    ax.set_xlabel("mentions per 1,000 words (bars: 95% interval)"
                  if value == "per_1000_words" else value)
    if grouped_legend:
        ax.legend(loc="lower right", fontsize=8, title=noun(by, 1) if grouped else None,
                  title_fontsize=8)
    if title:
        ax.set_title(title)
    return fig


def _frequency_bars(ax, freq: pd.DataFrame, by: str | None, key: str, keys: list, value: str,
                    groups: list, g_i: int, colors: dict) -> bool:
    """Bars (with intervals) of group ``groups[g_i]`` (all of ``freq`` when ``by`` is None);
    True when actor types were added to the legend."""
    grouped = by is not None
    group = groups[g_i]
    height = 0.8 / len(groups)
    part = freq[freq[by].astype(str) == group] if grouped else freq
    part = part.drop_duplicates(key).set_index(key).reindex(keys)
    y = np.arange(len(keys)) + (g_i - (len(groups) - 1) / 2) * height
    vals = part[value].fillna(0).to_numpy(float)
    err = None
    if {"ci_low", "ci_high"} <= set(part.columns):
        err = np.vstack([vals - part["ci_low"].fillna(0).to_numpy(float),
                         part["ci_high"].fillna(0).to_numpy(float) - vals]).clip(min=0)
    n = int(part["articles"].dropna().iloc[0]) if part["articles"].notna().any() else 0
    label = f"{short(group, 30)} ({n} article{'s' if n != 1 else ''})" if grouped else None
    by_type = not grouped and key == "actor" and "actor_type" in part.columns
    color = ([TYPE_COLORS.get(t, GREY) for t in part["actor_type"]] if by_type
             else colors.get(group, GREY))
    ax.barh(y, vals, height=height * 0.95, xerr=err, label=label, color=color,
            error_kw={"elinewidth": 0.8, "ecolor": "#555555"})
    if by_type:
        for kind in sorted(set(part["actor_type"].dropna())):
            ax.barh([0], [0], color=TYPE_COLORS.get(kind, GREY), label=kind.replace("_", " "))
    return by_type


def _frequency_heatmap(freq, by, key, keys, value, top_groups, ax, title) -> plt.Figure:
    rated = value == "per_1000_words"
    sub = freq[freq[key].isin(keys)]
    data = limit_groups(sub, by, top_groups, weight="words", keys=[key], totals={
        "articles": [], "words": []}, sums=["mentions", "articles_mentioning"],
        rates={value: ("mentions", "words", 1000.0)} if rated else None)
    if not rated and data.attrs.get("folded"):
        data = data[data[by] != data.attrs["other"]]
    words = data.groupby(by)["words"].max()
    groups = group_order(words.index, words)
    grid = data.pivot_table(index=key, columns=by, values=value, aggfunc="first")
    grid = grid.reindex(index=keys, columns=groups)
    arts = data.groupby(by)["articles"].max()
    fig, ax = new_axes(ax, 0.6 * len(groups) + 4.5, 0.36 * len(keys) + 2.4)
    vmax = max(float(np.nanmax(grid.to_numpy(float))) if grid.notna().any().any() else 0, 1e-9)
    im = ax.imshow(grid.to_numpy(float), cmap="Blues", vmin=0, vmax=vmax, aspect="auto")
    if grid.size <= 400:
        for (i, j), v in np.ndenumerate(grid.to_numpy(float)):
            if np.isfinite(v) and v > 0:
                ax.text(j, i, f"{v:.1f}", ha="center", va="center", fontsize=6,
                        color="white" if v > 0.6 * vmax else "black")
    ax.set_xticks(range(len(groups)), [f"{short(g, 28)} (n={int(arts[g])})" for g in groups],
                  rotation=40, ha="right", fontsize=8)
    ax.set_yticks(range(len(keys)), [short(k, 35) for k in keys], fontsize=8)
    ax.grid(False)
    label = "mentions per 1,000 words" if rated else value
    fig.colorbar(im, ax=ax, label=label, shrink=0.8)
    ax.set_xlabel(f"{noun(by, 1)} (n = articles)")
    hidden = int(data.attrs.get("folded", 0)) if not rated else 0
    ax.set_title((title or f"Who each {noun(by, 1)} names ({label})") + more_note(hidden, by))
    return fig


@renamed(seed="random_state")
def plot_actor_network(
    edges: pd.DataFrame,
    *,
    top: int = 40,
    random_state: int = 0,
    type_colors: dict | None = None,
    ax=None,
    title: str | None = None,
) -> plt.Figure:
    """Co-occurrence network: nodes are actors (coloured by type), edges weighted by co-mentions.

    Parameters
    ----------
    edges : DataFrame
        From :func:`analysis.actors.actor_network` (``source, target, weight`` and, for colours,
        ``source_type, target_type``).
    top : int
        Draw the ``top`` heaviest edges (the table is already sorted by weight).
    random_state : int
        Seed of the spring layout (Fruchterman & Reingold 1991), so the figure is reproducible.

    Examples
    --------
    >>> type(plot_actor_network(pd.DataFrame(columns=["source", "target", "weight"]))).__name__
    'Figure'
    """
    use_style()
    if edges.empty:
        return message_figure("no two actors are named together", ax=ax)
    type_colors = type_colors or TYPE_COLORS
    fig, ax = (ax.figure, ax) if ax is not None else plt.subplots(figsize=(8, 6.5))
    shown = edges.head(top)
    import networkx as nx  # here, not at import time: only this figure needs it

    graph = nx.from_pandas_edgelist(shown, "source", "target", edge_attr="weight")
    kinds = {}
    if {"source_type", "target_type"} <= set(shown.columns):
        kinds = dict(zip(shown["source"], shown["source_type"]))
        kinds.update(zip(shown["target"], shown["target_type"]))
    ax.grid(False)
    ax.set_axis_off()
    if graph.number_of_nodes():
        pos = nx.spring_layout(graph, seed=random_state, weight="weight")
        weights = np.array([graph[u][v]["weight"] for u, v in graph.edges()], float)
        strength = dict(graph.degree(weight="weight"))
        nx.draw_networkx_edges(graph, pos, ax=ax, width=0.5 + 3 * weights / weights.max(),
                               edge_color="#bbbbbb")
        nodes = list(graph.nodes())
        top_strength = max(strength.values())
        nx.draw_networkx_nodes(
            graph, pos, nodelist=nodes, ax=ax,
            node_size=[80 + 900 * strength[n] / top_strength for n in nodes],
            node_color=[type_colors.get(kinds.get(n), GREY) for n in nodes])
        nx.draw_networkx_labels(graph, pos, labels={n: short(n, 25) for n in nodes}, ax=ax,
                                font_size=8)
        ax.margins(0.15)
        present = sorted({kinds.get(n) for n in nodes if kinds.get(n)})
        for kind in present:
            ax.scatter([], [], color=type_colors.get(kind, GREY), label=kind.replace("_", " "))
        if present:
            ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8,
                      title="actor type", title_fontsize=8)
    ax.set_title(title or f"Actors named together ({len(shown)} strongest links)")
    return fig
