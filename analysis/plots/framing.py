"""Figures of the framing stage: label choices, distinctive terms, tone, who quotes whom.

Each function takes a table made by :mod:`analysis.framing` (or :mod:`analysis.quotes`), draws
it, and returns the matplotlib Figure; none computes a statistic. ``colors`` is the dict from
:func:`analysis.figures.outlet_colors`, so an outlet has the same colour in every figure.
"""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .._validate import require_columns
from ..figures import GREY, PALETTE, outlet_colors, use_style


def _axes(ax, n: int, figsize) -> tuple[plt.Figure, list]:
    if ax is None:
        fig, axes = plt.subplots(n, 1, figsize=figsize, squeeze=False)
        return fig, list(axes.ravel())
    axes = list(np.ravel(ax)) if isinstance(ax, (list, tuple, np.ndarray)) else [ax]
    if len(axes) < n:
        raise ValueError(f"need {n} axes, got {len(axes)}")
    return axes[0].figure, axes


def plot_label_choices(
    table: pd.DataFrame,
    referent: str = "Israel",
    *,
    by: str = "outlet",
    ax=None,
    colors: dict | None = None,
) -> plt.Figure:
    """Stacked bars: the share of each label for one referent, per group and voice.

    Parameters
    ----------
    table : DataFrame
        From :func:`analysis.framing.label_choices`.
    referent : str
        Which referent to draw.
    colors : dict, optional
        Outlet colours (used for the group names on the axis).

    Examples
    --------
    >>> t = pd.DataFrame({"referent": ["Israel"] * 2, "label": ["Israel", "Zionist regime"],
    ...     "outlet": ["X", "X"], "voice": ["own", "quoted"], "count": [2, 1], "total": [2, 1],
    ...     "share": [1.0, 1.0]})
    >>> type(plot_label_choices(t)).__name__
    'Figure'
    """
    require_columns(table, ["referent", "label", by, "voice", "count", "total", "share"],
                    name="table")
    use_style()
    sub = table[(table["referent"] == referent) & (table["total"] > 0)]
    if sub.empty:
        raise ValueError(f"no label of referent {referent!r} in the table")
    labels = (sub.groupby("label", sort=False)["count"].sum().sort_values(ascending=False,
              kind="mergesort").index.tolist())
    rows = sub[[by, "voice"]].drop_duplicates().sort_values([by, "voice"]).values.tolist()
    colors = colors or outlet_colors(sub[by])
    fig, (ax,) = _axes(ax, 1, (8, 0.45 * len(rows) + 1.6))
    lab_color = {lab: PALETTE[i % len(PALETTE)] for i, lab in enumerate(labels)}
    for y, (grp, voice) in enumerate(rows):
        cell = sub[(sub[by] == grp) & (sub["voice"] == voice)].set_index("label")
        left = 0.0
        for lab in labels:
            share = float(cell["share"].get(lab, 0.0))
            if share <= 0:
                continue
            ax.barh(y, share, left=left, color=lab_color[lab], edgecolor="white",
                    label=lab if lab not in ax.get_legend_handles_labels()[1] else None)
            if share >= 0.1:
                ax.text(left + share / 2, y, str(int(cell["count"][lab])), ha="center",
                        va="center", fontsize=8, color="white")
            left += share
        ax.text(1.01, y, f"n={int(cell['total'].iloc[0])}", va="center", fontsize=8)
    ax.set_yticks(range(len(rows)), [f"{g} · {v}" for g, v in rows])
    for tick, (grp, _) in zip(ax.get_yticklabels(), rows):
        tick.set_color(colors.get(grp, "black"))
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel(f"share of the labels for {referent} (numbers in bars: occurrences)")
    ax.set_title(f"What outlets call {referent}, in their own words and in quotes")
    ax.legend(loc="upper left", bbox_to_anchor=(1.08, 1), fontsize=8)
    return fig


def plot_distinctive_terms(
    terms: pd.DataFrame,
    *,
    by: str = "outlet",
    n: int = 8,
    groups: Sequence[str] | None = None,
    ax=None,
    colors: dict | None = None,
) -> plt.Figure:
    """One panel per group: its ``n`` most distinctive terms against the rest (bars of z).

    Each bar is labelled with the term's count in the group and in the rest.

    Examples
    --------
    >>> t = pd.DataFrame({"outlet": ["X"], "other": ["rest"], "term": ["regime"], "count": [3],
    ...                   "count_other": [0], "z": [1.7]})
    >>> len(plot_distinctive_terms(t).axes)
    1
    """
    require_columns(terms, [by, "other", "term", "count", "count_other", "z"], name="terms")
    use_style()
    rest = terms[terms["other"] == "rest"]
    groups = list(groups) if groups is not None else sorted(rest[by].unique())
    if not groups:
        raise ValueError("no comparison with the rest in terms; for a pair use plot_term_pair")
    colors = colors or outlet_colors(groups)
    fig, axes = _axes(ax, len(groups), (8, 0.28 * n * len(groups) + 1.0 * len(groups)))
    for a, grp in zip(axes, groups):
        top = rest[rest[by] == grp].sort_values(["z", "term"], ascending=[False, True]).head(n)
        y = np.arange(len(top))
        a.barh(y, top["z"], color=colors.get(grp, GREY))
        for yi, row in zip(y, top.itertuples(index=False)):
            a.text(max(row.z, 0) + 0.05, yi, f"{row.count} vs {row.count_other}", va="center",
                   fontsize=7, color="#444444")
        a.set_yticks(y, top["term"])
        a.invert_yaxis()
        a.set_title(f"{grp}: terms used more than by the other outlets", fontsize=10)
        a.axvline(0, color="black", linewidth=0.6)
    axes[len(groups) - 1].set_xlabel("z (weighted log-odds, informative Dirichlet prior); "
                                     "labels: count in outlet vs rest")
    return fig


def plot_term_pair(
    terms: pd.DataFrame, a: str, b: str, *, by: str = "outlet", n: int = 10, ax=None,
    colors: dict | None = None,
) -> plt.Figure:
    """Diverging bars: terms of ``a`` (right) against terms of ``b`` (left), from a pairwise run.

    Examples
    --------
    >>> t = pd.DataFrame({"outlet": ["X", "Y"], "other": ["Y", "X"], "term": ["regime", "state"],
    ...                   "count": [3, 2], "count_other": [0, 0], "z": [1.5, 1.2]})
    >>> type(plot_term_pair(t, "X", "Y")).__name__
    'Figure'
    """
    require_columns(terms, [by, "other", "term", "count", "count_other", "z"], name="terms")
    use_style()
    colors = colors or outlet_colors([a, b])
    side_a = terms[(terms[by] == a) & (terms["other"] == b)].nlargest(n, "z")
    side_b = terms[(terms[by] == b) & (terms["other"] == a)].nlargest(n, "z")
    if side_a.empty and side_b.empty:
        raise ValueError(f"no pairwise rows for {a!r} vs {b!r}; run distinctive_terms(pair=...)")
    fig, (ax,) = _axes(ax, 1, (8, 0.3 * (len(side_a) + len(side_b)) + 1.2))
    rows = pd.concat([side_a.assign(x=side_a["z"], side=a),
                      side_b.assign(x=-side_b["z"], side=b)[::-1]], ignore_index=True)
    y = np.arange(len(rows))
    ax.barh(y, rows["x"], color=[colors.get(s, GREY) for s in rows["side"]])
    for yi, row in zip(y, rows.itertuples(index=False)):
        ax.text(row.x + (0.05 if row.x >= 0 else -0.05), yi, f"{row.term} ({row.count})",
                ha="left" if row.x >= 0 else "right", va="center", fontsize=8)
    ax.set_yticks([])
    ax.invert_yaxis()
    ax.axvline(0, color="black", linewidth=0.6)
    lim = float(np.abs(rows["x"]).max()) * 1.8 if len(rows) else 1.0
    ax.set_xlim(-lim, lim)
    ax.set_xlabel(f"← more {b}        z (weighted log-odds)        more {a} →")
    ax.set_title(f"{a} vs {b}: the words that set them apart")
    return fig


def plot_tone(
    tone: pd.DataFrame,
    *,
    by: str = "outlet",
    actors: Sequence[str] | None = None,
    ax=None,
    colors: dict | None = None,
) -> plt.Figure:
    """Mean tone (with interval) of the sentences mentioning each actor, per group and voice.

    Filled dots: the outlet's own words; open dots: quoted words. Each dot is labelled with its
    number of sentences.

    Examples
    --------
    >>> t = pd.DataFrame({"outlet": ["X"], "actor": ["Iran"], "voice": ["own"], "n_sentences": [3],
    ...                   "mean": [0.1], "ci_low": [-0.2], "ci_high": [0.4]})
    >>> type(plot_tone(t)).__name__
    'Figure'
    """
    require_columns(tone, [by, "actor", "voice", "n_sentences", "mean", "ci_low", "ci_high"],
                    name="tone")
    use_style()
    actors = list(actors) if actors is not None else sorted(tone["actor"].unique())
    sub = tone[tone["actor"].isin(actors)]
    groups = sorted(sub[by].unique())
    colors = colors or outlet_colors(groups)
    slots = [(g, v) for g in groups for v in ("own", "quoted")]
    fig, (ax,) = _axes(ax, 1, (8, 0.9 * len(actors) + 1.5))
    step = 0.8 / max(len(slots), 1)
    for i, actor in enumerate(actors):
        for j, (grp, voice) in enumerate(slots):
            row = sub[(sub["actor"] == actor) & (sub[by] == grp) & (sub["voice"] == voice)]
            if row.empty:
                continue
            r = row.iloc[0]
            y = i - 0.4 + step * (j + 0.5)
            c = colors.get(grp, GREY)
            if np.isfinite(r["ci_low"]):
                ax.plot([r["ci_low"], r["ci_high"]], [y, y], color=c, linewidth=1.2)
            ax.plot(r["mean"], y, "o", color=c, markerfacecolor=c if voice == "own" else "white",
                    label=f"{grp} · {voice}")
            ax.text(r["mean"], y - step * 0.45, f"n={int(r['n_sentences'])}", fontsize=6,
                    ha="center", va="bottom", color="#444444")
    ax.set_yticks(range(len(actors)), actors)
    ax.invert_yaxis()
    ax.axvline(0, color="black", linewidth=0.6)
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel("mean VADER compound score of the sentences mentioning the actor (−1 to +1)")
    ax.set_title("Tone of the sentences that mention each actor")
    handles, names = ax.get_legend_handles_labels()
    uniq = dict(zip(names, handles))
    ax.legend(uniq.values(), uniq.keys(), loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
    return fig


def plot_who_quotes_whom(
    attribution: pd.DataFrame,
    *,
    by: str = "outlet",
    top: int = 12,
    ax=None,
    colors: dict | None = None,
) -> plt.Figure:
    """Heat map: how often each outlet quotes each speaker, with the verb it uses most.

    Parameters
    ----------
    attribution : DataFrame
        ``<by>, speaker, verb, count`` (:func:`analysis.quotes.attribution`).
    top : int
        Speakers shown (most quoted overall).

    Examples
    --------
    >>> t = pd.DataFrame({"outlet": ["X", "Y"], "speaker": ["IRNA", "IRNA"],
    ...                   "verb": ["said", "claimed"], "count": [3, 1]})
    >>> type(plot_who_quotes_whom(t)).__name__
    'Figure'
    """
    require_columns(attribution, [by, "speaker", "verb", "count"], name="attribution")
    use_style()
    att = attribution.assign(speaker=attribution["speaker"].fillna("(unattributed)").astype(str),
                             verb=attribution["verb"].fillna("—").astype(str))
    per = att.groupby([by, "speaker"])["count"].sum().unstack(by, fill_value=0)
    order = per.sum(axis=1).sort_values(ascending=False, kind="mergesort").index[:top]
    per = per.loc[order, sorted(per.columns)]
    verb = (att.sort_values(["count", "verb"], ascending=[False, True], kind="mergesort")
               .drop_duplicates([by, "speaker"]).set_index([by, "speaker"])["verb"])
    colors = colors or outlet_colors(per.columns)
    fig, (ax,) = _axes(ax, 1, (1.6 * len(per.columns) + 3, 0.4 * len(per) + 1.5))
    ax.imshow(per.to_numpy(), cmap="Blues", aspect="auto", vmin=0)
    vmax = per.to_numpy().max() if per.size else 1
    for i, spk in enumerate(per.index):
        for j, grp in enumerate(per.columns):
            v = int(per.iat[i, j])
            if v:
                ax.text(j, i, f"{v}\n{verb.get((grp, spk), '')}", ha="center", va="center",
                        fontsize=7, color="white" if v > vmax / 2 else "black")
    ax.set_xticks(range(len(per.columns)), per.columns, rotation=20, ha="right")
    for tick, grp in zip(ax.get_xticklabels(), per.columns):
        tick.set_color(colors.get(grp, "black"))
    ax.set_yticks(range(len(per)), per.index)
    ax.grid(False)
    ax.set_title("Who each outlet quotes (quotations; most frequent verb below the count)")
    return fig
