"""One figure style and one save path for every figure the kit makes.

``use_style()`` sets a report-legible matplotlib style with a colour-blind-safe palette (Okabe &
Ito 2008, "Color Universal Design"); ``outlet_colors`` gives each outlet the same colour in every
figure; ``save_figure`` writes PNG (200 dpi) + SVG + the data behind the figure as CSV + a
Markdown caption, so every figure in a report can be traced back to its numbers.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd

from . import config

#: Okabe–Ito palette (colour-blind safe), black last.
PALETTE = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
]
GREY = "#999999"

STYLE = {
    "figure.figsize": (8, 4.5),
    "figure.dpi": 100,
    "savefig.dpi": 200,
    "savefig.bbox": "tight",
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "x",
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
    "legend.frameon": False,
    "svg.hashsalt": "newsframe",  # deterministic SVG ids
    "svg.fonttype": "none",
}


def use_style() -> None:
    """Apply the kit's matplotlib style (idempotent).

    Examples
    --------
    >>> use_style()
    >>> import matplotlib as mpl; mpl.rcParams["savefig.dpi"]
    200.0
    """
    matplotlib.rcParams.update(STYLE)


def outlet_colors(outlets: Iterable[str]) -> dict[str, str]:
    """A colour for each outlet, so that one outlet has one colour in every figure of a report.

    Colours are given in sorted order of the distinct outlet names, so call it once with all the
    outlets of the corpus (``outlet_colors(articles["outlet"])``) and pass the result to every
    plotting function. "unknown" is grey. With more than seven outlets colours repeat: label bars
    and lines with the outlet name as well.

    Examples
    --------
    >>> outlet_colors(["Radio Habana Cuba", "Arab News", "unknown", "Arab News"])
    {'Arab News': '#0072B2', 'Radio Habana Cuba': '#E69F00', 'unknown': '#999999'}
    """
    colors: dict[str, str] = {}
    i = 0
    for name in sorted({str(o) for o in outlets}):
        if name.lower() in {"unknown", "nan", "", "<na>", "none"}:
            colors[name] = GREY
        else:
            colors[name] = PALETTE[i % (len(PALETTE) - 1)]
            i += 1
    return colors


def save_figure(
    fig: plt.Figure,
    name: str,
    data: pd.DataFrame | None = None,
    caption: str | None = None,
    *,
    evidence: pd.DataFrame | None = None,
    folder: str | Path | None = None,
) -> dict[str, Path]:
    """Save a figure as PNG + SVG, with the data behind it (CSV) and a caption (Markdown).

    Parameters
    ----------
    fig : Figure
        The matplotlib figure (plotting functions in ``analysis.plots`` return one).
    name : str
        File stem, e.g. ``"actors_by_outlet"``; letters, digits, ``-`` and ``_`` only.
    data : DataFrame, optional
        The table drawn in the figure; written to ``NAME.csv`` without the index.
    caption : str, optional
        What the figure shows, its source and n; written to ``NAME.md``.
    evidence : DataFrame, optional
        The sentences behind counts (e.g. from ``kwic``), written to ``NAME_evidence.csv``.
    folder : path, optional
        Output folder; default :func:`analysis.config.figures_dir` (``figures/``).

    Returns
    -------
    dict
        Paths written, keyed by ``png``, ``svg``, ``csv``, ``md``, ``evidence``.

    Examples
    --------
    >>> import matplotlib.pyplot as plt, tempfile
    >>> fig, ax = plt.subplots(); _ = ax.bar(["a"], [1])
    >>> sorted(save_figure(fig, "demo", folder=tempfile.mkdtemp()))
    ['png', 'svg']
    """
    if not name or not all(ch.isalnum() or ch in "-_" for ch in name):
        raise ValueError(f"figure name {name!r} must be letters, digits, '-' or '_'")
    out = Path(folder) if folder is not None else config.figures_dir()
    out.mkdir(parents=True, exist_ok=True)
    paths = {"png": out / f"{name}.png", "svg": out / f"{name}.svg"}
    fig.savefig(paths["png"], dpi=200, metadata={"Software": None})
    fig.savefig(paths["svg"], metadata={"Date": None, "Creator": None})
    if data is not None:
        paths["csv"] = out / f"{name}.csv"
        data.to_csv(paths["csv"], index=False, lineterminator="\n")
    if caption:
        paths["md"] = out / f"{name}.md"
        paths["md"].write_text(f"**{name}**\n\n{caption.strip()}\n", encoding="utf-8")
    if evidence is not None:
        paths["evidence"] = out / f"{name}_evidence.csv"
        evidence.to_csv(paths["evidence"], index=False, lineterminator="\n")
    return paths
