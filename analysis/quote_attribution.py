"""Moved to :mod:`analysis.quotes.extract` (finding quotations and their speakers in one text)
and :mod:`analysis.quotes.coreference` (issue 17); this module keeps the old imports working."""

from .quotes.coreference import _mentions_index, _speaker_kind
from .quotes.extract import _doc_quotes

__all__ = ["_doc_quotes", "_mentions_index", "_speaker_kind"]
