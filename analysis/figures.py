"""One figure style and one save path for every figure the kit makes.

``use_style()`` sets a report-legible matplotlib style with a colour-blind-safe palette (Okabe &
Ito 2008, "Color Universal Design"); ``outlet_colors`` gives each of the largest groups the same
colour in every figure (the rest grey, an ordered scale such as AllSides' left–center–right a
diverging palette); ``message_figure`` is the figure a plot returns when its table holds nothing
to draw or compare; ``save_figure`` writes PNG (200 dpi) + SVG + the data behind the figure as
CSV + a Markdown caption, so every figure in a report can be traced back to its numbers.
"""

from __future__ import annotations

import logging
import textwrap
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd

from . import config

log = logging.getLogger(__name__)

#: Okabe–Ito palette (colour-blind safe), black last.
PALETTE = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
]
GREY = "#999999"
#: Groups that get a colour of their own in one figure; the others are grey ("other").
MAX_COLORS = len(PALETTE)
#: Longest side of a saved figure, in inches (2,400 px at 200 dpi).
MAX_INCHES = 12.0
#: Ordered scales (lower case) drawn with a diverging palette, in their order; AllSides' media
#: bias ratings are the one the kit knows (blue = left, red = right, as AllSides draws them).
SCALES = {
    "left": "#2166AC", "lean left": "#67A9CF", "center": "#8C6BB1", "lean right": "#EF8A62",
    "right": "#B2182B",
}
_MISSING = {"unknown", "nan", "", "<na>", "none", "nat"}

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




def is_other(name: object) -> bool:
    """True for a group drawn grey: unknown/missing, or a fold such as "other outlets (117)".

    Examples
    --------
    >>> [is_other(x) for x in ["Reuters", "unknown", "other outlets (117)", None]]
    [False, True, True, True]
    """
    text = "" if name is None else str(name).strip().lower()
    return text in _MISSING or text.startswith("other ")


def _on_scale(names: Iterable[str]) -> bool:
    real = [n.strip().lower() for n in names if not is_other(n)]
    return bool(real) and all(n in SCALES for n in real)


def group_order(names: Iterable[object], sizes: dict | pd.Series | None = None) -> list[str]:
    """Groups in drawing order: an ordered scale in its order (left … right), else largest first
    (``sizes``; ties and no sizes: by name); unknown and "other …" groups last.

    Examples
    --------
    >>> group_order(["right", "left", "center", "unknown"])
    ['left', 'center', 'right', 'unknown']
    >>> group_order(["A", "B", "C"], sizes={"A": 1, "B": 5, "C": 5})
    ['B', 'C', 'A']
    """
    uniq = list(dict.fromkeys(str(n) for n in names))
    size = {str(k): float(v) for k, v in dict(sizes if sizes is not None else {}).items()}
    scale = list(SCALES)
    if _on_scale(uniq):
        def key(n):
            return (is_other(n), 0 if is_other(n) else scale.index(n.strip().lower()), n)
    else:
        def key(n):
            return (is_other(n), -size.get(n, 0.0), n)
    return sorted(uniq, key=key)


def outlet_colors(outlets: Iterable[object], *, n: int = MAX_COLORS) -> dict[str, str]:
    """A colour for each group (outlet), the same in every figure of a report.

    Pass every row of the corpus (``outlet_colors(articles["outlet"])``, repeats included): the
    ``n`` groups with the most rows (at most 8) get the Okabe–Ito colours in that order (ties by
    name); every other group, "unknown" and "other …" folds are grey, so no two groups share a
    colour. Values on an ordered scale (AllSides bias: left, lean left, center, lean right, right)
    get a diverging palette instead. Plots label groups by name too, so grey groups stay readable.

    Examples
    --------
    >>> outlet_colors(["Radio Habana Cuba", "Arab News", "unknown", "Arab News"])
    {'Arab News': '#0072B2', 'Radio Habana Cuba': '#E69F00', 'unknown': '#999999'}
    >>> outlet_colors(["left", "right", "center"])["left"]
    '#2166AC'
    """
    counts = Counter(str(o) for o in outlets)
    if _on_scale(counts):
        colors = {k: SCALES.get(k.strip().lower(), GREY) for k in counts}
    else:
        ranked = [k for k in group_order(counts, counts) if not is_other(k)]
        colors = {k: (PALETTE[i] if i < min(n, len(PALETTE)) else GREY)
                  for i, k in enumerate(ranked)}
        colors.update({k: GREY for k in counts if is_other(k)})
    return dict(sorted(colors.items()))


def message_figure(text: str, *, title: str | None = None, ax=None) -> plt.Figure:
    """A small figure that says in words why there is nothing to draw ("no quotes found").

    Plot functions return it for an empty table, a single group where a comparison is asked,
    or a table with no dated rows, so a report shows the reason instead of an error.

    Examples
    --------
    >>> fig = message_figure("one outlet: nothing to compare")
    >>> [t.get_text() for t in fig.axes[0].texts]
    ['one outlet: nothing to compare']
    """
    use_style()
    fig, ax = (ax.figure, ax) if ax is not None else plt.subplots(figsize=(6.4, 1.6))
    ax.set_axis_off()
    ax.text(0.5, 0.5, textwrap.fill(text, 70), ha="center", va="center", fontsize=11,
            color="#444444", transform=ax.transAxes)
    if title:
        ax.set_title(title)
    return fig


def fit_size(width: float, height: float, *, cap: float = MAX_INCHES) -> tuple[float, float]:
    """A figure size in inches within ``[2, cap]`` on each side (``cap`` 12 in = 2,400 px).

    Examples
    --------
    >>> fit_size(30, 1)
    (12.0, 2.0)
    """
    return (float(min(max(width, 2.0), cap)), float(min(max(height, 2.0), cap)))


def short(label: object, width: int = 40) -> str:
    """A label cut to ``width`` characters with an ellipsis, so tick labels cannot widen a figure.

    Examples
    --------
    >>> short("a" * 50, 10)
    'aaaaaaaaa…'
    """
    text = " ".join(str(label).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _png_dpi(fig: plt.Figure, name: str) -> float:
    box = fig.get_tightbbox(fig.canvas.get_renderer())
    longest = max(box.width, box.height)
    if longest <= MAX_INCHES * 1.02:
        return 200.0
    dpi = float(int(200 * MAX_INCHES / longest))
    log.warning("figure %s is %.1f in on its long side: PNG written at %d dpi, not 200",
                name, longest, dpi)
    return max(dpi, 10.0)


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

    Notes
    -----
    The PNG is written at 200 dpi; a figure whose drawn area is longer than ``MAX_INCHES``
    (12 in) on a side — a hand-made figure; the kit's plots size themselves within it — is
    written at the dpi that keeps it at 2,400 px, with a warning in the log.

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
    fig.savefig(paths["png"], dpi=_png_dpi(fig, name), metadata={"Software": None})
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
