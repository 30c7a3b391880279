"""Figures of the framing stage: label choices, distinctive terms, tone, who quotes whom.

Each function takes a table made by :mod:`analysis.framing` (or :mod:`analysis.quotes`), draws
it, and returns the matplotlib Figure; none computes a statistic (folds of small groups into
"other outlets (k)" sum counts and recompute shares through
:func:`analysis.overview.limit_groups`). ``colors`` is the dict from
:func:`analysis.figures.outlet_colors`, so an outlet has the same colour in every figure. Term
charts draw a term filled when it passes the false-discovery-rate threshold (Benjamini–Hochberg
q < 0.05) and open when it does not, and say so when no term passes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .._validate import require_columns
from ..figures import (
    GREY,
    PALETTE,
    group_order,
    message_figure,
    outlet_colors,
    short,
    use_style,
)
from ..overview import TOP_GROUPS, limit_groups
from ._common import FDR_NOTE, NONE_PASS, fdr_passes, grid_axes, more_note, new_axes, noun

#: Panels of the distinctive-terms figure at most (the largest groups).
MAX_PANELS = 12


def _fold_labels(sub: pd.DataFrame, keep: list[str]) -> pd.DataFrame:
    """Labels outside ``keep`` summed into one "other labels (k)" label per row."""
    rest = sub[~sub["label"].isin(keep)]
    if rest.empty:
        return sub
    name = f"other labels ({rest['label'].nunique()})"
    cols = [c for c in sub.columns if c not in ("label", "count", "share")]
    merged = rest.groupby(cols, dropna=False, sort=False)[["count", "share"]].sum().reset_index()
    return pd.concat([sub[sub["label"].isin(keep)], merged.assign(label=name)],
                     ignore_index=True)


def plot_label_choices(
    table: pd.DataFrame,
    referent: str = "Israel",
    *,
    by: str = "outlet",
    ax=None,
    colors: dict | None = None,
    top_groups: int = TOP_GROUPS,
    top_labels: int = len(PALETTE) - 1,
) -> plt.Figure:
    """Stacked bars: the share of each label for one referent, per group and voice.

    Parameters
    ----------
    table : DataFrame
        From :func:`analysis.framing.label_choices`.
    referent : str
        Which referent to draw (a referent absent from the table is a ``ValueError``).
    top_groups : int
        Groups drawn (most labels first); the others are summed into "other outlets (k)".
    top_labels : int
        Labels with a colour of their own; the others are summed into "other labels (k)".
    colors : dict, optional
        Accepted like every plot's; groups are named on the axis, colours are the labels'.

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
    if table.empty:
        return message_figure("no labels found", ax=ax)
    if referent not in set(table["referent"]):
        raise ValueError(f"no referent {referent!r} in the table; referents are "
                         f"{sorted(set(table['referent']))[:20]}")
    sub = table[(table["referent"] == referent) & (table["total"] > 0)]
    if sub.empty:
        return message_figure(f"no label for {referent} occurs in this corpus", ax=ax)
    sub = limit_groups(sub, by, top_groups, weight="count", keys=["referent", "label", "voice"],
                       sums=["count"], totals={"total": ["referent", "voice"]},
                       rates={"share": ("count", "total", 1.0)})
    ranked = (sub.groupby("label", sort=False)["count"].sum()
              .sort_values(ascending=False, kind="mergesort").index.tolist())
    keep = ranked if len(ranked) <= top_labels + 1 else ranked[:top_labels]
    sub = _fold_labels(sub, keep)
    labels = keep + [lab for lab in sub["label"].unique() if lab not in keep]
    sizes = sub.groupby(by)["count"].sum()
    order = {g: i for i, g in enumerate(group_order(sizes.index, sizes))}
    rows = sorted(sub[[by, "voice"]].drop_duplicates().itertuples(index=False, name=None),
                  key=lambda r: (order[r[0]], r[1]))
    fig, (ax,) = grid_axes(ax, 1, (8.5, 0.3 * len(rows) + 1.6))
    lab_color = {lab: (PALETTE[i] if lab in keep else GREY) for i, lab in enumerate(labels)}
    for y, (grp, voice) in enumerate(rows):
        cell = sub[(sub[by] == grp) & (sub["voice"] == voice)].set_index("label")
        _stacked_label_bar(ax, y, cell, labels, lab_color)
    ax.set_yticks(range(len(rows)), [f"{short(g, 30)} · {v}" for g, v in rows],
                  fontsize=8 if len(rows) > 12 else 10)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_xlim(0, 1)
    ax.set_xlabel(f"share of the labels for {referent} (numbers in bars: occurrences)")
    ax.set_title(f"What {noun(by)} call {referent}, in their own words and in quotes")
    ax.legend(loc="upper left", bbox_to_anchor=(1.08, 1), fontsize=8, title="label",
              title_fontsize=8)
    return fig


def _stacked_label_bar(ax, y: int, cell: pd.DataFrame, labels: list[str],
                       lab_color: dict[str, str]) -> None:
    """One stacked bar of label shares (``cell``: one group and voice, indexed by label)."""
    left = 0.0
    for lab in labels:
        share = float(cell["share"].get(lab, 0.0))
        if share <= 0:
            continue
        ax.barh(y, share, left=left, color=lab_color[lab], edgecolor="white",
                label=short(lab, 30) if lab not in ax.get_legend_handles_labels()[1]
                else None)
        if share >= 0.1:
            ax.text(left + share / 2, y, str(int(cell["count"][lab])), ha="center",
                    va="center", fontsize=7, color="white")
        left += share
    ax.text(1.01, y, f"n={int(cell['total'].iloc[0]):,}", va="center", fontsize=7)


def _term_bars(a, top: pd.DataFrame, color: str, x: np.ndarray) -> None:
    """Bars of ``x`` for ``top`` rows: filled when q < 0.05, open (edge only) otherwise."""
    passes = fdr_passes(top["q"]) if "q" in top.columns else pd.Series(False, index=top.index)
    y = np.arange(len(top))
    a.barh(y, x, color=[color if p else "white" for p in passes], edgecolor=color,
           linewidth=1.0)


def _fdr_message(shown: pd.DataFrame) -> str:
    if "q" not in shown.columns:
        return "no q-values in the table: significance not marked"
    return FDR_NOTE if fdr_passes(shown["q"]).any() else NONE_PASS


def plot_distinctive_terms(
    terms: pd.DataFrame,
    *,
    by: str = "outlet",
    n: int = 8,
    groups: Sequence[str] | None = None,
    ax=None,
    colors: dict | None = None,
    top_groups: int = MAX_PANELS,
) -> plt.Figure:
    """Small multiples, one panel per group: its ``n`` most distinctive terms against the rest.

    Bars are the z of the weighted log-odds (filled: q < 0.05 after Benjamini–Hochberg; open:
    not significant), labelled with the term's count in the group and in the rest. With more
    than ``top_groups`` groups (at most 12), the largest (by articles) get a panel and the
    title says how many are left out; the note under the panels says which terms pass the
    false-discovery-rate threshold, or that none does.

    Examples
    --------
    >>> t = pd.DataFrame({"outlet": ["X"], "other": ["rest"], "term": ["regime"], "count": [3],
    ...                   "count_other": [1], "z": [1.7], "q": [0.2]})
    >>> fig = plot_distinctive_terms(t)
    >>> len(fig.axes), any(NONE_PASS in x.get_text() for x in fig.texts)
    (1, True)
    """
    require_columns(terms, [by, "other", "term", "count", "count_other", "z"], name="terms")
    use_style()
    terms = terms.assign(z=pd.to_numeric(terms["z"], errors="coerce"))
    rest = terms[(terms["other"] == "rest") & np.isfinite(terms["z"].astype(float))]
    if terms.empty:
        return message_figure("no distinctive terms: no term reaches the minimum count", ax=ax)
    if rest.empty:
        return message_figure("no comparison with the rest in this table (pairwise only): "
                              "use plot_term_pair", ax=ax)
    if rest[by].nunique() == 1 and (rest["count_other"] == 0).all():
        return message_figure(f"one {noun(by, 1)}: nothing to compare", ax=ax)
    size_col = "articles" if "articles" in rest.columns else "count"
    sizes = rest.groupby(by)[size_col].max() if size_col == "articles" else \
        rest.groupby(by)["count"].sum()
    every = group_order(sizes.index, sizes)
    groups = list(groups) if groups is not None else every[: min(top_groups, MAX_PANELS)]
    colors = colors or outlet_colors(rest[by].repeat(rest["count"].astype(int)))
    ncols = 1 if len(groups) <= 2 else 2 if len(groups) == 4 else 3
    nrows = math.ceil(len(groups) / ncols)
    fig, axes = grid_axes(ax, len(groups), (3.7 * ncols + 0.4, nrows * (0.2 * n + 0.9) + 0.9),
                      ncols)
    shown = []
    for a, grp in zip(axes, groups):
        top = rest[rest[by] == grp].sort_values(["z", "term"], ascending=[False, True]).head(n)
        shown.append(top)
        color = colors.get(grp, GREY) if colors.get(grp, GREY) != GREY else "#555555"
        _term_bars(a, top, color, top["z"].to_numpy(float))
        for yi, row in enumerate(top.itertuples(index=False)):
            a.text(max(row.z, 0) + 0.05, yi, f"{row.count} vs {row.count_other}", va="center",
                   fontsize=6.5, color="#444444")
        a.set_yticks(range(len(top)), [short(t, 22) for t in top["term"]], fontsize=8)
        a.set_ylim(n - 0.5, -0.5)
        a.margins(x=0.2)
        a.set_title(short(grp, 32), fontsize=8.5, loc="left")
        a.axvline(0, color="black", linewidth=0.6)
    hidden = len(every) - len(groups)
    fig.suptitle(f"Terms each {noun(by, 1)} uses more than the other {noun(by)}"
                 + more_note(hidden, by), fontsize=11, fontweight="bold", x=0.01, ha="left")
    fig.supxlabel("z (weighted log-odds, informative Dirichlet prior); labels: count in "
                  f"{noun(by, 1)} vs rest\n" + _fdr_message(pd.concat(shown)), fontsize=8)
    return fig


def plot_term_pair(
    terms: pd.DataFrame, a: str, b: str, *, by: str = "outlet", n: int = 10, ax=None,
    colors: dict | None = None,
) -> plt.Figure:
    """Diverging bars: terms of ``a`` (right) against terms of ``b`` (left), from a pairwise run.

    Filled bars pass the false-discovery-rate threshold (q < 0.05); open bars do not.

    Examples
    --------
    >>> t = pd.DataFrame({"outlet": ["X", "Y"], "other": ["Y", "X"], "term": ["regime", "state"],
    ...                   "count": [3, 2], "count_other": [0, 0], "z": [1.5, 1.2],
    ...                   "q": [0.01, 0.3]})
    >>> type(plot_term_pair(t, "X", "Y")).__name__
    'Figure'
    """
    require_columns(terms, [by, "other", "term", "count", "count_other", "z"], name="terms")
    use_style()
    fine = terms.assign(z=pd.to_numeric(terms["z"], errors="coerce"))
    fine = fine[np.isfinite(fine["z"].astype(float))]
    side_a = fine[(fine[by] == a) & (fine["other"] == b)].nlargest(n, "z")
    side_b = fine[(fine[by] == b) & (fine["other"] == a)].nlargest(n, "z")
    if side_a.empty and side_b.empty:
        return message_figure(f"no pairwise terms for {a} vs {b}: run "
                              f"distinctive_terms(pairs=[({a!r}, {b!r})])", ax=ax)
    colors = dict(colors or outlet_colors([a, b]))
    if colors.get(a, GREY) == GREY or colors.get(b, GREY) == GREY or colors[a] == colors[b]:
        colors = {a: PALETTE[0], b: PALETTE[1]}
    fig, ax = new_axes(ax, 8, 0.28 * (len(side_a) + len(side_b)) + 1.6)
    rows = pd.concat([side_a.assign(x=side_a["z"], side=a),
                      side_b.assign(x=-side_b["z"], side=b)[::-1]], ignore_index=True)
    note = _fdr_message(rows)
    if "q" not in rows.columns:
        rows["q"] = np.nan
    y = np.arange(len(rows))
    passes = fdr_passes(rows["q"])
    ax.barh(y, rows["x"], linewidth=1.0, edgecolor=[colors[s] for s in rows["side"]],
            color=[colors[s] if p else "white" for s, p in zip(rows["side"], passes)])
    for yi, row in zip(y, rows.itertuples(index=False)):
        ax.text(row.x + (0.05 if row.x >= 0 else -0.05), yi,
                f"{short(row.term, 30)} ({row.count})",
                ha="left" if row.x >= 0 else "right", va="center", fontsize=8)
    ax.set_yticks([])
    ax.invert_yaxis()
    ax.axvline(0, color="black", linewidth=0.6)
    lim = float(np.abs(rows["x"]).max()) * 1.8 if len(rows) else 1.0
    ax.set_xlim(-lim, lim)
    ax.set_xlabel(f"← more {short(b, 30)}     z (weighted log-odds)     more {short(a, 30)} →"
                  f"\n{note}", fontsize=9)
    ax.set_title(f"{short(a, 40)} vs {short(b, 40)}: the words that set them apart")
    return fig


def plot_tone(
    tone: pd.DataFrame,
    *,
    by: str = "outlet",
    actors: Sequence[str] | None = None,
    ax=None,
    colors: dict | None = None,
    top_groups: int = TOP_GROUPS,
    max_actors: int = 4,
) -> plt.Figure:
    """Mean tone (with interval) of the sentences mentioning each actor, per group and voice.

    One panel per actor (at most ``max_actors``), one row per group: filled dots are the
    group's own words, open dots quoted words; dot area grows with the number of sentences,
    which is also written beside each dot when the figure is small. With more than
    ``top_groups`` groups the largest (by sentences) are drawn and the title says how many are
    left out: a mean tone cannot be pooled with its interval from this table, so to draw the
    rest as one group fold the articles first (``tone_toward(limit_groups(articles), ...)``).

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
    tone = tone[tone["n_sentences"] > 0]
    if actors is None:
        sizes = tone.groupby("actor")["n_sentences"].sum()
        actors = group_order(sizes.index, sizes)[:max_actors]
    actors = list(actors)[:max_actors]
    sub = tone[tone["actor"].isin(actors)]
    if sub.empty:
        return message_figure("no sentence mentions the actors", ax=ax)
    sizes = sub.groupby(by)["n_sentences"].sum()
    every = group_order(sizes.index, sizes)
    groups = every if len(every) <= top_groups + 1 else every[:top_groups]
    colors = colors or outlet_colors(sub[by].repeat(sub["n_sentences"].astype(int)))
    fig, axes = grid_axes(ax, len(actors), (2.7 * len(actors) + 2.4, 0.34 * len(groups) + 1.9),
                      ncols=len(actors))
    biggest = float(sub["n_sentences"].max())
    write_n = len(groups) * len(actors) <= 24
    for a, actor in zip(axes, actors):
        for i, grp in enumerate(groups):
            for voice, dy in (("own", -0.15), ("quoted", 0.15)):
                row = sub[(sub["actor"] == actor) & (sub[by] == grp) & (sub["voice"] == voice)]
                if row.empty:
                    continue
                r = row.iloc[0]
                c = colors.get(grp, GREY) if colors.get(grp, GREY) != GREY else "#555555"
                if np.isfinite(r["ci_low"]):
                    a.plot([r["ci_low"], r["ci_high"]], [i + dy] * 2, color=c, linewidth=1)
                a.scatter([r["mean"]], [i + dy], s=12 + 60 * np.sqrt(r["n_sentences"] / biggest),
                          color=c if voice == "own" else "white", edgecolors=c, zorder=3)
                if write_n:
                    a.text(1.0, i + dy, f"n={int(r['n_sentences'])}", fontsize=6,
                           ha="right", va="center", color="#444444")
        a.axvline(0, color="black", linewidth=0.6)
        a.set_xlim(-1.05, 1.05)
        a.set_ylim(len(groups) - 0.5, -0.5)
        a.set_title(short(actor, 30), fontsize=9, loc="left")
        a.set_yticks(range(len(groups)), [short(g, 28) for g in groups] if a is axes[0] else [],
                     fontsize=8)
    a0 = axes[0]
    a0.scatter([], [], s=30, color="#555555", label="own words")
    a0.scatter([], [], s=30, color="white", edgecolors="#555555", label="quoted")
    fig.legend(*a0.get_legend_handles_labels(), loc="outside lower right", ncols=2, fontsize=8)
    hidden = len(every) - len(groups)
    fig.suptitle("Tone of the sentences that mention each actor" + more_note(hidden, by),
                 fontsize=11, fontweight="bold", x=0.01, ha="left")
    fig.supxlabel("mean VADER compound score of the sentences (−1 to +1); line: 95% interval; "
                  "dot area: sentences", fontsize=8)
    return fig


def plot_who_quotes_whom(
    attribution: pd.DataFrame,
    *,
    by: str = "outlet",
    top: int = 12,
    ax=None,
    colors: dict | None = None,
    top_groups: int = TOP_GROUPS,
) -> plt.Figure:
    """Heat map: how often each group quotes each speaker, with the verb it uses most.

    Cells are coloured by the share of the group's reporting acts (so a small outlet and a
    large one compare) and labelled with the count of acts.

    Parameters
    ----------
    attribution : DataFrame
        ``<by>, speaker, verb, count`` (:func:`analysis.quotes.attribution`).
    top : int
        Speakers shown (most quoted overall).
    top_groups : int
        Groups shown as columns (most reporting acts first); the others are summed into one
        column "other outlets (k)".

    Examples
    --------
    >>> t = pd.DataFrame({"outlet": ["X", "Y"], "speaker": ["IRNA", "IRNA"],
    ...                   "verb": ["said", "claimed"], "count": [3, 1]})
    >>> type(plot_who_quotes_whom(t)).__name__
    'Figure'
    """
    require_columns(attribution, [by, "speaker", "verb", "count"], name="attribution")
    use_style()
    if attribution.empty or attribution["count"].sum() == 0:
        return message_figure("no quotes found", ax=ax)
    att = attribution.assign(speaker=attribution["speaker"].fillna("(unattributed)").astype(str),
                             verb=attribution["verb"].fillna("—").astype(str))
    att = limit_groups(att, by, top_groups, weight="count", keys=["speaker", "verb"],
                       sums=["count"])
    per = att.groupby([by, "speaker"])["count"].sum().unstack(by, fill_value=0)
    order = per.sum(axis=1).sort_values(ascending=False, kind="mergesort").index[:top]
    sizes = per.sum(axis=0)
    per = per.loc[order, group_order(per.columns, sizes)]
    verb = (att.sort_values(["count", "verb"], ascending=[False, True], kind="mergesort")
               .drop_duplicates([by, "speaker"]).set_index([by, "speaker"])["verb"])
    share = per / sizes[per.columns].replace(0, 1)
    fig, ax = new_axes(ax, 0.75 * len(per.columns) + 5.0, 0.4 * len(per) + 2.2)
    im = ax.imshow(share.to_numpy(float), cmap="Blues", aspect="auto", vmin=0)
    vmax = float(share.to_numpy().max()) if per.size else 1.0
    with_verb = per.size <= 120 and len(per.columns) <= 10
    if per.size <= 400:
        for i, spk in enumerate(per.index):
            for j, grp in enumerate(per.columns):
                v = int(per.iat[i, j])
                if v:
                    text = f"{v}\n{short(verb.get((grp, spk), ''), 12)}" if with_verb else str(v)
                    ax.text(j, i, text, ha="center", va="center", fontsize=7 if with_verb else 6,
                            color="white" if share.iat[i, j] > vmax / 2 else "black")
    fig.colorbar(im, ax=ax, shrink=0.8, label=f"share of the {noun(by, 1)}'s reporting acts")
    ax.set_xticks(range(len(per.columns)),
                  [f"{short(g, 28)} · {int(sizes[g]):,}" for g in per.columns],
                  rotation=40, ha="right", fontsize=8)
    ax.set_yticks(range(len(per)), [short(_source_label(s), 35) for s in per.index], fontsize=8)
    ax.set_xlabel(f"{noun(by, 1)} · all its reporting acts (numbers in cells: acts)"
                  + ("\n(in brackets: unnamed sources, by kind)"
                     if any(_source_label(s) != s or s.startswith("(") for s in per.index)
                     else ""))
    ax.grid(False)
    ax.set_title(f"Who each {noun(by, 1)} quotes (reporting acts"
                 + ("; most frequent verb below the count)" if with_verb else ")"))
    return fig


def _source_label(speaker: str) -> str:
    """A speaker the text names only by a common noun ("analysts", "report", "government": the
    quotes table's label in lower case) in brackets, as the kinds "(spokesperson)" and
    "(anonymous source)" are: an unnamed source, not someone called so."""
    return f"({speaker})" if speaker[:1].islower() else speaker
