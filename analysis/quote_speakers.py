"""Moved to :mod:`analysis.quotes.speakers` (speech events), :mod:`analysis.quotes.phrases`
(noun-phrase walks) and :mod:`analysis.quotes.words` (word classes, tokens) (issue 17); this
module keeps the old imports working."""

from .quotes.speakers import _Event, _event
from .quotes.words import (
    _DETERMINERS,
    _MEDIA_DESCRIPTORS,
    _NAME_JOINERS,
    _ORG_WORDS,
    _QUOTE_MARKS,
    _REPORT_NOUNS,
    _SUBJECT_PRONOUNS,
    _TITLES,
    _TOKEN,
    _bare,
    _demonym,
    _is_cap,
    _is_possessive,
    _is_word,
    _TokenIndex,
)

__all__ = [
    "_DETERMINERS", "_MEDIA_DESCRIPTORS", "_NAME_JOINERS", "_ORG_WORDS", "_QUOTE_MARKS",
    "_REPORT_NOUNS", "_SUBJECT_PRONOUNS", "_TITLES", "_TOKEN", "_Event", "_TokenIndex", "_bare",
    "_demonym", "_event", "_is_cap", "_is_possessive", "_is_word",
]
