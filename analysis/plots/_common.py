"""Layout helpers shared by the plot modules: sized axes, group names in words, notes on what
a figure leaves out, and the marking of terms that pass the false-discovery-rate threshold."""

from __future__ import annotations

import math
from collections.abc import Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from ..figures import fit_size

#: q-value threshold (Benjamini–Hochberg) below which a term is drawn filled.
FDR_Q = 0.05
NONE_PASS = f"no term passes FDR q < {FDR_Q:g} — differences may be chance"
FDR_NOTE = f"filled: q < {FDR_Q:g} (Benjamini–Hochberg FDR); open: not significant"


def new_axes(ax, width: float, height: float) -> tuple[plt.Figure, plt.Axes]:
    """The caller's axes, or a new figure of a size capped at 12 in on each side."""
    if ax is not None:
        return ax.figure, ax
    fig, ax = plt.subplots(figsize=fit_size(width, height))
    return fig, ax


def grid_axes(ax, n: int, figsize, ncols: int = 1) -> tuple[plt.Figure, list]:
    """``n`` axes: the caller's (an axes or a sequence of them), or a new constrained-layout
    grid of ``ncols`` columns sized by ``figsize`` (capped), its unused cells removed."""
    if ax is None:
        nrows = math.ceil(n / ncols)
        fig, axes = plt.subplots(nrows, ncols, figsize=fit_size(*figsize), squeeze=False,
                                 layout="constrained")
        axes = list(axes.ravel())
        for extra in axes[n:]:
            fig.delaxes(extra)
        return fig, axes[:n]
    axes = list(np.ravel(ax)) if isinstance(ax, (list, tuple, np.ndarray)) else [ax]
    if len(axes) < n:
        raise ValueError(f"need {n} axes, got {len(axes)}")
    return axes[0].figure, axes


def noun(by: str | None, k: int = 2) -> str:
    """'outlet'/'outlets' for ``by="outlet"``, else the column name in words ('bias text')."""
    word = "outlet" if by in (None, "outlet") else str(by).replace("_", " ")
    if by in (None, "outlet"):
        return word if k == 1 else word + "s"
    return word if k == 1 else f"{word} values"


def infer_by(table: pd.DataFrame, by: str | None, exclude: Sequence[str]) -> str:
    """The group column: ``by`` if given, else "outlet", else the first column not excluded."""
    if by is not None:
        return by
    if "outlet" in table.columns:
        return "outlet"
    rest = [c for c in table.columns if c not in exclude]
    if not rest:
        raise ValueError("cannot tell the group column; pass by=")
    return rest[0]


def more_note(k: int, by: str | None) -> str:
    """'' or ' (+ 117 more outlets not shown)'."""
    return f" (+ {k} more {noun(by, k)} not shown)" if k > 0 else ""


def fdr_passes(q: pd.Series) -> pd.Series:
    """True where a q-value passes the threshold; no ``q`` column counts as not tested."""
    return pd.to_numeric(q, errors="coerce").fillna(1.0) < FDR_Q
