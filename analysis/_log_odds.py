"""Weighted log-odds scoring — moved to :mod:`analysis.framing._log_odds`; this path keeps
working."""

from __future__ import annotations

from .framing._log_odds import (
    COLUMNS,
    OUTLET_COLUMNS,
    bh_weighted,
    comparisons,
    outlet_aliases,
    own_name_rows,
    score,
    weighted_log_odds,
)

__all__ = ["COLUMNS", "OUTLET_COLUMNS", "bh_weighted", "comparisons", "outlet_aliases",
           "own_name_rows", "score", "weighted_log_odds"]
