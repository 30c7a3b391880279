"""The person a role description continues, for :mod:`analysis.quotes.people`.

Internal to :func:`analysis.quotes.quotes`. "Rubio sought to stoke positive energy …. Walking into
the office, the senator said": ``_salient_subject`` finds the subject the description continues
(centering theory, Grosz, Joshi & Weinstein 1995); ``_named_since`` tells whether a role's holder
was named just before, when the holder keeps the description instead.
"""

from __future__ import annotations

import bisect

from .person_scan import _Person
from .role_match import _compatible
from .sentences import _sentence_starts
from .threads import _subject_like

_SALIENT_SENTENCES = 2  # sentences back searched for the subject a description continues


#: offices and roles of public people that news writing uses for the person it writes about
#: ("Rubio … . The senator said"); not "the president" (the dictionary's holder), nor unnamed
#: sources ("the official") or bodies ("the magazine")
_SALIENT_HEADS = frozenset("""senator governor mayor candidate nominee congressman congresswoman
    lawmaker frontrunner front-runner businessman businesswoman billionaire mogul""".split())
_ROLE_RECENT = 3  # sentences back within which the holder of a description's role keeps it
_ROLE_RECENT_CHARS = 400  # … or characters back (short sentences of dialogue)


def _named_since(p: _Person, pos: int, mentions, m_starts, text: str) -> bool:
    """True when ``p`` is named in the ``_ROLE_RECENT`` sentences before ``pos`` (or the
    ``_ROLE_RECENT_CHARS`` characters before, if more) or in its own."""
    starts = _sentence_starts(text)
    j = bisect.bisect_right(starts, pos) - 1
    lo = bisect.bisect_left(m_starts, min(starts[max(j - _ROLE_RECENT, 0)],
                                          pos - _ROLE_RECENT_CHARS))
    return any(mentions[i][2] is p for i in range(lo, bisect.bisect_left(m_starts, pos)))


def _salient_subject(pos, head, words, mentions, m_starts, text: str) -> _Person | None:
    """The person a definite description continues: the first compatible subject-like mention
    of the nearest of the ``_SALIENT_SENTENCES`` sentences before that has one ("Rubio sought to
    stoke positive energy …. Walking into the office, the senator said" → Rubio). The preferred
    centre of the previous utterance continues as the topic (centering theory, Grosz, Joshi &
    Weinstein 1995), which news writing refers back to by a role noun; the sieve of :func:`_by_role`
    still wins when the role's holder is named in the ``_ROLE_RECENT`` sentences before.
    Compatible (:func:`analysis.quotes.role_match._compatible`): gender and party agree, and no
    other office is written next to the name ("Gov. Chris Christie" is not "the senator")."""
    starts = _sentence_starts(text)
    j = bisect.bisect_right(starts, pos) - 1
    hi = bisect.bisect_left(m_starts, starts[j]) if j >= 0 else 0
    for sent in range(j - 1, max(j - 1 - _SALIENT_SENTENCES, -1), -1):
        lo = bisect.bisect_left(m_starts, starts[sent])
        subjects = [mentions[i] for i in range(lo, hi)
                    if _subject_like(mentions[i], text, starts[sent])]
        hi = lo
        if subjects:
            return next((m[2] for m in subjects if _compatible(m[2], head, words)), None)
    return None
