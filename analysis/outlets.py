"""The outlet registry: which outlet a URL, a signature or a dateline abbreviation points to.

Moved to :mod:`analysis.corpus.outlets`; this module keeps the old import path working."""

from __future__ import annotations

from .corpus.outlets import _registry as _registry  # imported by analysis._log_odds
from .corpus.outlets import (
    canonical_outlet,
    canonical_outlets,
    domain_of,
    lookup_outlet,
    outlet_from_abbreviation,
    outlet_from_name,
    outlet_from_url,
    outlet_key,
    registry,
    split_section,
)

__all__ = [
    "canonical_outlet",
    "canonical_outlets",
    "domain_of",
    "lookup_outlet",
    "outlet_from_abbreviation",
    "outlet_from_name",
    "outlet_from_url",
    "outlet_key",
    "registry",
    "split_section",
]
