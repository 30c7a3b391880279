"""Figures of the topics notebook: topic sizes, topic × outlet heatmap, topics over time, the
stability curve behind ``n_topics="auto"``, and which outlets cover which story.

Tables in (from :mod:`analysis.topics` and :mod:`analysis.stories`), Figure out; nothing here
computes a statistic.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from ..figures import GREY, PALETTE, outlet_colors, use_style


def _axes(ax, size):
    return (ax.figure, ax) if ax is not None else plt.subplots(figsize=size)


def _topic_names(table: pd.DataFrame) -> dict[int, str]:
    pairs = table[["topic", "label"]].drop_duplicates().sort_values("topic")
    return {int(t): f"{t}: {lab}" for t, lab in zip(pairs["topic"], pairs["label"])}


def plot_topic_sizes(topics: pd.DataFrame, *, ax=None, title: str | None = None,
                     colors: dict | None = None) -> plt.Figure:
    """Horizontal bars: units per topic (``topics`` table of a :class:`TopicModel`)."""
    use_style()
    fig, ax = _axes(ax, (8, 0.4 * len(topics) + 1.2))
    names = _topic_names(topics)
    ax.barh(range(len(topics)), topics["size"], color=PALETTE[0])
    for i, (size, share) in enumerate(zip(topics["size"], topics["share"])):
        ax.text(size, i, f" {size} ({share:.0%})", va="center", fontsize=8)
    ax.set_yticks(range(len(topics)), [names[t] for t in topics["topic"]])
    ax.invert_yaxis()
    ax.set_xlabel("units (paragraphs or articles) assigned to the topic")
    ax.set_title(title or "Topics by size")
    return fig


def plot_topic_heatmap(shares: pd.DataFrame, *, group: str = "outlet", ax=None,
                       title: str | None = None, colors: dict | None = None) -> plt.Figure:
    """Heatmap of topic shares within each group (``TopicModel.by(group)`` output).

    Each column is one group value (its shares sum to 1); cells show the share and the count of
    units; the column label gives the group's number of units.
    """
    use_style()
    names = _topic_names(shares)
    grid = shares.pivot_table(index="topic", columns=group, values="share", dropna=False,
                              aggfunc="first").sort_index()
    units = shares.pivot_table(index="topic", columns=group, values="units", dropna=False,
                               aggfunc="first").reindex_like(grid)
    totals = shares.drop_duplicates(group).set_index(group)["group_units"]
    fig, ax = _axes(ax, (1.4 * grid.shape[1] + 4, 0.45 * grid.shape[0] + 1.8))
    im = ax.imshow(grid.to_numpy(float), cmap="Blues", vmin=0, vmax=max(0.01, grid.max().max()),
                   aspect="auto")
    for i in range(grid.shape[0]):
        for j in range(grid.shape[1]):
            v, n = grid.iat[i, j], units.iat[i, j]
            if v > 0:
                ax.text(j, i, f"{v:.0%}\n({int(n)})", ha="center", va="center", fontsize=7,
                        color="white" if v > 0.6 * grid.max().max() else "black")
    cols = [f"{_fmt(c)}\n(n={int(totals.get(c, 0))})" for c in grid.columns]
    ax.set_xticks(range(grid.shape[1]), cols, rotation=30, ha="right", fontsize=8)
    ax.set_yticks(range(grid.shape[0]), [names[t] for t in grid.index], fontsize=8)
    ax.grid(False)
    fig.colorbar(im, ax=ax, label="share of the group's units", shrink=0.8)
    ax.set_title(title or f"Topic shares by {group}")
    return fig


def _fmt(value) -> str:
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NaT:
        return "unknown"
    return str(value)


def plot_topics_over_time(shares: pd.DataFrame, *, date: str = "date", ax=None,
                          title: str | None = None, colors: dict | None = None) -> plt.Figure:
    """Stacked bars of topic shares per period (``TopicModel.by("date", freq=...)`` output);
    units with an unknown date are left out of the figure (the table keeps them)."""
    use_style()
    known = shares[shares[date].notna()]
    names = _topic_names(shares)
    grid = known.pivot_table(index=date, columns="topic", values="share", aggfunc="first")
    totals = known.drop_duplicates(date).set_index(date)["group_units"]
    fig, ax = _axes(ax, (8, 4.5))
    bottom = np.zeros(len(grid))
    labels = [f"{_fmt(d)}\n(n={int(totals[d])})" for d in grid.index]
    for k, topic in enumerate(grid.columns):
        vals = grid[topic].fillna(0).to_numpy(float)
        ax.bar(labels, vals, bottom=bottom, label=names[int(topic)],
               color=PALETTE[k % (len(PALETTE) - 1)] if k < 2 * (len(PALETTE) - 1) else GREY,
               hatch=None if k < len(PALETTE) - 1 else "//", edgecolor="white")
        bottom += vals
    ax.set_ylabel("share of the period's units")
    ax.set_ylim(0, 1)
    ax.legend(bbox_to_anchor=(1.01, 1), loc="upper left", fontsize=7)
    ax.set_title(title or "Topics over time")
    return fig


def plot_stability(selection: pd.DataFrame, *, ax=None, title: str | None = None,
                   colors: dict | None = None) -> plt.Figure:
    """Stability (mean pairwise ARI, ± 1 sd) against the number of topics; the chosen k marked."""
    use_style()
    fig, ax = _axes(ax, (6, 3.5))
    ax.errorbar(selection["k"], selection["stability"], yerr=selection["stability_sd"],
                marker="o", color=PALETTE[0], capsize=3, lw=1)
    chosen = selection[selection["chosen"]]
    ax.scatter(chosen["k"], chosen["stability"], s=120, facecolors="none",
               edgecolors=PALETTE[5], lw=2, zorder=3, label="chosen k")
    ax.set_xlabel("number of topics k")
    ax.set_ylabel("agreement between subsamples (ARI)")
    ax.set_xticks(selection["k"])
    ax.legend(loc="lower right")
    ax.set_title(title or "How stable is each number of topics?")
    return fig


def plot_story_coverage(stories: pd.DataFrame, articles: pd.DataFrame, *, top: int = 15,
                        ax=None, title: str | None = None,
                        colors: dict | None = None) -> plt.Figure:
    """Horizontal stacked bars: articles per story, coloured by outlet (largest stories first).

    ``stories`` from :func:`analysis.stories.stories`; ``articles`` supplies ``doc_id, outlet``.
    """
    use_style()
    df = stories.merge(articles[["doc_id", "outlet"]], on="doc_id", how="left")
    df["outlet"] = df["outlet"].fillna("unknown").astype(str)
    ids = (df.drop_duplicates("story_id").sort_values("story_id")["story_id"].head(top).tolist())
    df = df[df["story_id"].isin(ids)]
    counts = df.groupby(["story_id", "outlet"]).size().unstack(fill_value=0).reindex(ids)
    colors = colors or outlet_colors(counts.columns)
    labels = (df.drop_duplicates("story_id").set_index("story_id")["story_label"]
              .reindex(ids).astype(str).str.slice(0, 60))
    fig, ax = _axes(ax, (9, 0.4 * len(ids) + 1.5))
    left = np.zeros(len(ids))
    for outlet in counts.columns:
        vals = counts[outlet].to_numpy(float)
        ax.barh(range(len(ids)), vals, left=left, label=outlet, color=colors.get(outlet, GREY))
        left += vals
    ax.set_yticks(range(len(ids)), [f"{i}: {lab}" for i, lab in zip(ids, labels)], fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("articles")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(bbox_to_anchor=(1.01, 1), loc="upper left", fontsize=8)
    ax.set_title(title or "Stories and the outlets covering them")
    return fig
