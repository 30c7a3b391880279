"""Moved to :mod:`analysis.quotes.verbs` (issue 17); this module keeps the old imports working."""

from .quotes.verbs import REPORTING_VERBS, VERB_CLASSES, _Lexicon, _lexicon, load_reporting_verbs

__all__ = ["REPORTING_VERBS", "VERB_CLASSES", "load_reporting_verbs", "_Lexicon", "_lexicon"]
