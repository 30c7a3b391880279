"""Moved to :mod:`analysis.quotes.people` (issue 17); this module keeps the old imports working."""

from .quotes.people import UNIDENTIFIED, _join_surnames, _resolve_people

__all__ = ["UNIDENTIFIED", "_join_surnames", "_resolve_people"]
