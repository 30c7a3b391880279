"""Label choice by voice — moved to :mod:`analysis.framing.labels`; this path keeps working."""

from __future__ import annotations

from .framing.labels import (  # noqa: F401  (_by_columns: a name this module had)
    LABEL_COLUMNS,
    _by_columns,
    check_labels,
    find_labels,
    label_choices,
    load_labels,
)
from .voice import check_voice as _check_voice  # noqa: F401  (tests/framing_reference.py)

__all__ = ["LABEL_COLUMNS", "check_labels", "find_labels", "label_choices", "load_labels"]
