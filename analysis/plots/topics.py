"""Figures of the topics notebook: topic sizes, topic × outlet heatmap, topics over time, the
stability curve behind ``n_topics="auto"``, and which outlets cover which story.

Tables in (from :mod:`analysis.topics` and :mod:`analysis.stories`), Figure out; nothing here
computes a statistic. With many groups the heatmap keeps the ``top`` largest and folds the rest
into "other outlets (k)", whose shares are recomputed from the summed units
(:func:`analysis.overview.limit_groups`); a legend never holds more than ten entries.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from ..figures import (
    GREY,
    PALETTE,
    group_order,
    is_other,
    message_figure,
    outlet_colors,
    short,
    use_style,
)
from ..overview import TOP_GROUPS, limit_groups
from ._common import new_axes, noun

#: Topics drawn as rows at most (the largest); the rest are named in the title.
MAX_TOPICS = 30


def _topic_names(table: pd.DataFrame) -> dict[int, str]:
    pairs = table[["topic", "label"]].drop_duplicates("topic").sort_values("topic")
    return {int(t): short(f"{t}: {lab}", 45) for t, lab in zip(pairs["topic"], pairs["label"])}


def plot_topic_sizes(topics: pd.DataFrame, *, ax=None, title: str | None = None,
                     colors: dict | None = None, top: int = MAX_TOPICS) -> plt.Figure:
    """Horizontal bars: units per topic (``topics`` table of a :class:`TopicModel`); the ``top``
    largest when there are more.

    Examples
    --------
    >>> t = pd.DataFrame({"topic": [0], "label": ["iran"], "size": [3], "share": [1.0]})
    >>> type(plot_topic_sizes(t)).__name__
    'Figure'
    """
    use_style()
    if topics.empty:
        return message_figure("no topic: too few units to cluster", ax=ax)
    shown = topics.sort_values(["size", "topic"], ascending=[False, True]).head(top)
    shown = shown.sort_values("topic") if len(shown) == len(topics) else shown
    fig, ax = new_axes(ax, 8, 0.32 * len(shown) + 1.2)
    names = _topic_names(topics)
    ax.barh(range(len(shown)), shown["size"], color=PALETTE[0])
    for i, (size, share) in enumerate(zip(shown["size"], shown["share"])):
        ax.text(size, i, f" {size} ({share:.0%})", va="center", fontsize=8)
    ax.set_yticks(range(len(shown)), [names[t] for t in shown["topic"]],
                  fontsize=8 if len(shown) > 12 else 10)
    ax.invert_yaxis()
    ax.margins(x=0.15)
    ax.set_xlabel("units (paragraphs or articles) assigned to the topic")
    hidden = len(topics) - len(shown)
    ax.set_title((title or "Topics by size")
                 + (f" ({len(shown)} largest of {len(topics)})" if hidden else ""))
    return fig


def _fmt(value) -> str:
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NaT:
        return "unknown"
    return str(value)


def plot_topic_heatmap(shares: pd.DataFrame, *, group: str = "outlet", ax=None,
                       title: str | None = None, colors: dict | None = None,
                       by: str | None = None, top: int = TOP_GROUPS) -> plt.Figure:
    """Heatmap of topic shares within each group (``TopicModel.by(group)`` output).

    Each column is one group value (its shares sum to 1); cells show the share and the count of
    units; the column label gives the group's number of units. Beyond ``top`` groups the
    smaller ones form one column "other outlets (k)" (units summed, shares recomputed).
    ``by`` is another name for ``group``.

    Examples
    --------
    >>> s = pd.DataFrame({"outlet": ["A", "A"], "topic": [0, 1], "label": ["x", "y"],
    ...                   "units": [1, 3], "group_units": [4, 4], "share": [0.25, 0.75]})
    >>> type(plot_topic_heatmap(s)).__name__
    'Figure'
    """
    use_style()
    group = by or group
    if shares.empty or shares["units"].sum() == 0:
        return message_figure(f"no units to share out by {noun(group, 1)}", ax=ax)
    known = shares.assign(**{group: shares[group].map(_fmt)})
    folded = limit_groups(known, group, top, weight="group_units", keys=["topic", "label"],
                          sums=["units"], totals={"group_units": []},
                          rates={"share": ("units", "group_units", 1.0)})
    totals = folded.drop_duplicates(group).set_index(group)["group_units"]
    columns = (sorted(totals.index, key=lambda c: (is_other(c), c))
               if pd.api.types.is_datetime64_any_dtype(shares[group])
               else group_order(totals.index, totals))
    sizes = folded.groupby("topic")["units"].sum().sort_values(ascending=False, kind="stable")
    rows = sorted(sizes.index[:MAX_TOPICS])
    grid = folded.pivot_table(index="topic", columns=group, values="share",
                              aggfunc="first").reindex(index=rows, columns=columns).fillna(0)
    units = folded.pivot_table(index="topic", columns=group, values="units",
                               aggfunc="first").reindex_like(grid).fillna(0)
    names = _topic_names(shares)
    fig, ax = new_axes(ax, 0.62 * len(columns) + 4.8, 0.36 * len(rows) + 2.4)
    top_share = max(0.01, float(grid.to_numpy().max()))
    im = ax.imshow(grid.to_numpy(float), cmap="Blues", vmin=0, vmax=top_share, aspect="auto")
    if grid.size <= 400:
        for i in range(grid.shape[0]):
            for j in range(grid.shape[1]):
                v, n = grid.iat[i, j], units.iat[i, j]
                if v > 0:
                    ax.text(j, i, f"{v:.0%}\n({int(n)})", ha="center", va="center",
                            fontsize=6 if len(columns) > 8 else 7,
                            color="white" if v > 0.6 * top_share else "black")
    cols = [f"{short(c, 28)} (n={int(totals.get(c, 0))})" for c in grid.columns]
    ax.set_xticks(range(grid.shape[1]), cols, rotation=40, ha="right", fontsize=8)
    ax.set_yticks(range(grid.shape[0]), [names[t] for t in grid.index], fontsize=8)
    ax.grid(False)
    fig.colorbar(im, ax=ax, label=f"share of the {noun(group, 1)}'s units", shrink=0.8)
    hidden = shares["topic"].nunique() - len(rows)
    ax.set_title((title or f"Topic shares by {noun(group, 1)}")
                 + (f" ({len(rows)} largest topics of {len(rows) + hidden})" if hidden else ""))
    return fig


def plot_topics_over_time(shares: pd.DataFrame, *, date: str = "date", ax=None,
                          title: str | None = None, colors: dict | None = None,
                          top: int = len(PALETTE) - 1) -> plt.Figure:
    """Stacked bars of topic shares per period (``TopicModel.by("date", freq=...)`` output);
    units with an unknown date are left out of the figure (the table keeps them). The ``top``
    largest topics have a colour; the others are stacked as one grey "other topics" (shares
    of a period add up, so their sum is exact).

    Examples
    --------
    >>> s = pd.DataFrame({"date": pd.to_datetime(["2024-01-01"] * 2), "topic": [0, 1],
    ...     "label": ["x", "y"], "units": [1, 1], "group_units": [2, 2], "share": [0.5, 0.5]})
    >>> type(plot_topics_over_time(s)).__name__
    'Figure'
    """
    use_style()
    known = shares[shares[date].notna() & (shares["group_units"] > 0)]
    if known.empty:
        return message_figure("no dated units: topics over time cannot be drawn", ax=ax)
    names = _topic_names(shares)
    sizes = known.groupby("topic")["units"].sum().sort_values(ascending=False, kind="stable")
    kept = sorted(sizes.index[:top]) if len(sizes) > top + 1 else sorted(sizes.index)
    grid = known.pivot_table(index=date, columns="topic", values="share", aggfunc="first")
    grid = grid.fillna(0)
    rest = grid.drop(columns=kept).sum(axis=1) if len(kept) < grid.shape[1] else None
    grid = grid.reindex(columns=kept, fill_value=0)
    totals = known.drop_duplicates(date).set_index(date)["group_units"]
    fig, ax = new_axes(ax, min(0.3 * len(grid) + 5.5, 9.5), 4.5)  # + legend
    x = np.arange(len(grid))
    bottom = np.zeros(len(grid))
    stacks = [(names[int(t)], grid[t].to_numpy(float), PALETTE[k % len(PALETTE)])
              for k, t in enumerate(grid.columns)]
    if rest is not None:
        stacks.append((f"other topics ({len(sizes) - len(kept)})", rest.to_numpy(float), GREY))
    for label, vals, color in stacks:
        ax.bar(x, vals, bottom=bottom, label=label, color=color, edgecolor="white",
               linewidth=0.3, width=0.85)
        bottom += vals
    step = max(1, int(np.ceil(len(grid) / 24)))
    ax.set_xticks(x[::step], [f"{_fmt(d)}\n(n={int(totals[d])})" for d in grid.index[::step]],
                  fontsize=7, rotation=90 if len(grid) > 12 else 0)
    ax.set_ylabel("share of the period's units")
    ax.set_ylim(0, 1)
    ax.legend(bbox_to_anchor=(1.01, 1), loc="upper left", fontsize=7)
    ax.set_title(title or "Topics over time")
    return fig


def plot_stability(selection: pd.DataFrame, *, ax=None, title: str | None = None,
                   colors: dict | None = None) -> plt.Figure:
    """Stability against the number of topics; the chosen k marked.

    With the columns of ``n_topics="auto"`` (``adjusted_stability``, ``adjusted_se``,
    ``null_stability``), the main line is the stability beyond chance (± 1 standard error), the
    score k is chosen by; the raw agreement (mean pairwise ARI) and that of the column-permuted
    reference are drawn thin beside it. Without them, the raw agreement ± 1 sd.

    Examples
    --------
    >>> s = pd.DataFrame({"k": [2, 3], "stability": [0.9, 0.5], "stability_sd": [0.1, 0.2],
    ...                   "chosen": [True, False]})
    >>> type(plot_stability(s)).__name__
    'Figure'
    """
    use_style()
    if selection.empty:
        return message_figure("no number of topics was tried: too few units", ax=ax)
    fig, ax = new_axes(ax, 6, 3.5)
    chosen = selection[selection["chosen"]]
    if "adjusted_stability" in selection.columns:
        y, err = "adjusted_stability", selection.get("adjusted_se")
        ax.plot(selection["k"], selection["stability"], color=PALETTE[0], lw=0.8, alpha=0.5,
                ls="--", label="agreement (ARI)")
        if "null_stability" in selection.columns:
            ax.plot(selection["k"], selection["null_stability"], color=GREY, lw=0.8, ls=":",
                    label="agreement, permuted data")
        ax.errorbar(selection["k"], selection[y], yerr=err, marker="o", color=PALETTE[0],
                    capsize=3, lw=1.5, label="beyond chance (± 1 se)")
        ax.set_ylabel("stability between subsamples")
    else:
        y = "stability"
        ax.errorbar(selection["k"], selection[y], yerr=selection["stability_sd"],
                    marker="o", color=PALETTE[0], capsize=3, lw=1)
        ax.set_ylabel("agreement between subsamples (ARI)")
    ax.scatter(chosen["k"], chosen[y], s=120, facecolors="none",
               edgecolors=PALETTE[5], lw=2, zorder=3, label="chosen k")
    ax.axhline(0, color=GREY, lw=0.5)
    ax.set_xlabel("number of topics k")
    ks = selection["k"].to_numpy()
    ax.set_xticks(ks[:: max(1, int(np.ceil(len(ks) / 20)))])
    ax.legend(loc="best", fontsize="small")
    ax.set_title(title or "How stable is each number of topics?")
    return fig


def plot_story_coverage(stories: pd.DataFrame, articles: pd.DataFrame, *, top: int = 15,
                        ax=None, title: str | None = None, colors: dict | None = None,
                        by: str = "outlet") -> plt.Figure:
    """Horizontal stacked bars: articles per story, coloured by group (largest stories first).

    ``stories`` from :func:`analysis.stories.stories`; ``articles`` supplies ``doc_id`` and the
    ``by`` column. Groups without a colour of their own (``outlet_colors``: the eight largest)
    are stacked as one grey "other outlets" segment, so the legend stays short.

    Examples
    --------
    >>> st = pd.DataFrame({"doc_id": ["a", "b"], "story_id": [0, 0], "story_label": ["S"] * 2})
    >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "Y"]})
    >>> type(plot_story_coverage(st, arts)).__name__
    'Figure'
    """
    use_style()
    if stories.empty:
        return message_figure("no stories: no articles to group", ax=ax)
    df = stories.merge(articles[["doc_id", by]], on="doc_id", how="left")
    df[by] = df[by].astype(object).where(df[by].notna(), "unknown").astype(str)
    colors = colors or outlet_colors(df[by])
    ids = (df.drop_duplicates("story_id").sort_values("story_id")["story_id"].head(top).tolist())
    df = df[df["story_id"].isin(ids)]
    own = [g for g in group_order(df[by], df[by].value_counts())
           if colors.get(g, GREY) != GREY][: len(PALETTE)]
    other = f"other {noun(by)} ({df.loc[~df[by].isin(own), by].nunique()})"
    df[by] = df[by].where(df[by].isin(own), other)
    counts = df.groupby(["story_id", by]).size().unstack(fill_value=0).reindex(ids)
    shown = [g for g in own if g in counts.columns] + ([other] if other in counts.columns else [])
    labels = (df.drop_duplicates("story_id").set_index("story_id")["story_label"]
              .reindex(ids).astype(str))
    fig, ax = new_axes(ax, 8, 0.35 * len(ids) + 1.5)
    left = np.zeros(len(ids))
    for g in shown:
        vals = counts[g].to_numpy(float)
        ax.barh(range(len(ids)), vals, left=left, label=short(g, 25),
                color=colors.get(g, GREY), edgecolor="white", linewidth=0.3)
        left += vals
    ax.set_yticks(range(len(ids)), [short(f"{i}: {lab}", 55) for i, lab in zip(ids, labels)],
                  fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("articles")
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.legend(bbox_to_anchor=(1.01, 1), loc="upper left", fontsize=8, title=noun(by, 1),
              title_fontsize=8)
    n_stories = stories["story_id"].nunique()
    ax.set_title((title or "Stories and the outlets covering them")
                 + (f" ({len(ids)} of {n_stories} stories)" if n_stories > len(ids) else ""))
    return fig
