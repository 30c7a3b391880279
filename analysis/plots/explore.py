"""The term explorer's figure: terms placed by how often each side uses them (scattertext-like).

Takes the table of :func:`analysis.explore_data.term_scores` and computes no statistic.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .._validate import require_columns
from ..figures import message_figure, short, use_style
from ._common import FDR_Q, fdr_passes, new_axes

#: Points drawn at most (the most frequent terms; every labelled term is among them).
MAX_POINTS = 4000


def plot_term_scatter(scores: pd.DataFrame, side_a: str, side_b: str, *, n_labels: int = 8,
                      highlight: str | None = None, max_points: int = MAX_POINTS,
                      colorbar: bool = True, ax=None) -> plt.Figure:
    """Each term at (uses by side B, uses by side A), log(count + 1) scales, coloured by z.

    Terms above the diagonal lean to side A. The ``n_labels`` terms with the largest z on each
    side are named, as is ``highlight``; terms with q < 0.05 are drawn larger. Only the
    ``max_points`` most used terms are drawn; ``colorbar=False`` leaves out the colour scale
    (blue leans to A, red to B; the widget redraws faster without it).

    Examples
    --------
    >>> s = pd.DataFrame({"term": ["a", "b"], "count_a": [5, 1], "count_b": [1, 5],
    ...                   "z": [2.5, -2.5], "q": [0.01, 0.01]})
    >>> fig = plot_term_scatter(s, "X", "Y")
    >>> fig.axes[0].get_xlabel()
    'uses by Y (log scale)'
    """
    require_columns(scores, ["term", "count_a", "count_b", "z", "q"], name="scores")
    use_style()
    if scores.empty:
        return message_figure(f"No term is used twice by {side_a} and {side_b} together: "
                              "nothing to place.", ax=ax)
    fig, ax = new_axes(ax, 7.5, 6.5)
    s = scores.assign(_n=scores["count_a"] + scores["count_b"])
    s = s.nlargest(max_points, "_n")  # ties in the order given: deterministic
    rng = np.random.default_rng(0)  # jitter so that tied counts do not hide each other
    # log10(count + 1) on linear axes with count tick labels: log axes' minor ticks and
    # mathtext labels would cost most of the drawing time in the widget
    x = np.log10(s["count_b"].to_numpy(float) + 1) + rng.uniform(-0.02, 0.02, len(s))
    y = np.log10(s["count_a"].to_numpy(float) + 1) + rng.uniform(-0.02, 0.02, len(s))
    lim = float(np.abs(s["z"]).max()) or 1.0
    big = fdr_passes(s["q"]).to_numpy()
    pts = ax.scatter(x, y, c=s["z"], cmap="coolwarm_r", vmin=-lim, vmax=lim,
                     s=np.where(big, 22, 7), alpha=0.75, linewidths=0)
    top = float(max(x.max(), y.max(), 1.0)) + 0.15
    ax.plot([0, top], [0, top], color="#999999", lw=0.8, ls="--")
    ticks = [v for v in (0, 1, 10, 100, 1000, 10_000, 100_000) if np.log10(v + 1) <= top]
    for axis in (ax.xaxis, ax.yaxis):
        axis.set_ticks(np.log10(np.array(ticks) + 1.0), [f"{v:,}" for v in ticks])
    ax.set_xlim(-0.05, top)
    ax.set_ylim(-0.05, top)
    named = pd.concat([s.nlargest(n_labels, "z"), s.nsmallest(n_labels, "z")])
    for i in s.index.get_indexer(named.index):
        ax.annotate(short(s["term"].iloc[i], 24), (x[i], y[i]), fontsize=7, color="#333333",
                    xytext=(3, 2), textcoords="offset points")
    if highlight is not None and highlight in set(s["term"]):
        i = int(np.flatnonzero(s["term"].to_numpy() == highlight)[0])
        ax.scatter([x[i]], [y[i]], s=140, facecolors="none", edgecolors="black", lw=1.5)
        ax.annotate(highlight, (x[i], y[i]), fontsize=10, weight="bold",
                    xytext=(6, -12), textcoords="offset points")
    ax.set_xlabel(f"uses by {short(side_b, 40)} (log scale)")
    ax.set_ylabel(f"uses by {short(side_a, 40)} (log scale)")
    ax.set_title(f"Terms of {short(side_a, 30)} (up) vs {short(side_b, 30)} (right)")
    ax.grid(True, which="major", axis="both")
    if colorbar:
        fig.colorbar(pts, ax=ax, shrink=0.7, label=f"log-odds z (blue: {short(side_a, 20)})")
    ax.text(0, -0.13, f"{len(s):,} terms (the most used); blue leans to {short(side_a, 20)}, "
            f"red to {short(side_b, 20)}; larger dots: q < {FDR_Q:g}; "
            "axes log(count + 1), jittered", transform=ax.transAxes, fontsize=7, color="#555555")
    return fig
