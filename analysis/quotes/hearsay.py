"""Reports that name no speaker, for :mod:`analysis.quotes`: "It was announced that …".

Internal to :func:`analysis.quotes.quotes` (2026-12-05, fifth session): the passive of a verb of
saying with an extraposed subject ("It was revealed that X") or a raised one ("Brando is said to
have turned down the role") reports what someone unnamed said; the row has no speaker, and
:func:`analysis.quotes.attribution` leaves it out unless ``unattributed=True``. Hedges of thought
("it is believed", "is thought to") are no reports, as the annotation guidelines have it.
"""

from __future__ import annotations

import re

#: reports with no speaker (Quirk et al. 1985 §16.33, the passive of a verb of saying with an
#: extraposed or raised subject): "It was announced that …", "Brando is said to have …"
_IT_WAS = re.compile(r"(?:^|\s)[Ii]t\s+(?:was|is|ha[sd]\s+(?:also\s+|now\s+)?been)\s+"
                    r"(?:also\s+|now\s+)?\Z")
_THAT_CLAUSE = re.compile(r"\s+that\s+(?=\S)")
_SAID_TO = re.compile(r"\s+(?:is|are|was|were)\s+(?:also\s+|now\s+|widely\s+)?\Z")
_HEARSAY_IT = frozenset("announce report reveal confirm claim allege say state disclose".split())


def _hearsay(text: str, vs: int, ve: int, lemma: str, cs: int, ce: int):
    """The content span of a report that names no speaker: "It was announced that X" (X), "X is
    said to have Y" / "X were reported to be Y" (from X's start: the raised subject is part of
    what was said), or None. Hedges of thought ("it is believed", "is thought to") are left out,
    as the annotation guidelines do."""
    if lemma not in _HEARSAY_IT or not text[vs:ve].endswith(("ed", "said")):
        return None
    if _IT_WAS.search(text, max(cs, vs - 30), vs) and (m := _THAT_CLAUSE.match(text, ve, ce)):
        return m.end(), ce
    if lemma in ("say", "report") and text.startswith(" to ", ve) and (
            be := _SAID_TO.search(text, max(cs, vs - 20), vs)) is not None and be.start() > cs:
        start = cs + len(text[cs:be.start()]) - len(text[cs:be.start()].lstrip())
        return (start, ce) if text[start:start + 1].isupper() else None
    return None
