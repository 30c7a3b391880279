"""A clause-opening subject with a restrictive relative clause before its reporting verb.

"Many diehard Sanders supporters who came to Philadelphia to protest this week's convention say
they'll shift …"; "The judges who ruled that Texas and North Carolina could not implement their
laws said …". Read back from the verb, the words before it end inside the relative clause
("this week's convention", "their laws"), which is no speaker; the subject is the noun phrase the
relative clause modifies (Quirk et al. 1985 §17.10, restrictive relative clauses), when it opens
the clause and names a person (a capitalised name, or a noun of people: ``nouns._PERSON_NOUNS``);
the speaker as written is that phrase with its relative clause.

Example
-------
>>> toks = [(w, 0, 0) for w in "The judges who ruled that it was void".split()]
>>> _relative_opening(toks, len(toks) - 1)
(0, 7, -1)
"""

from __future__ import annotations

from .nouns import _PERSON_NOUNS
from .phrases import _np_forward
from .words import _is_cap, _is_word

#: words that may come before the subject at the clause's start
_OPENERS = frozenset("but and so yet still meanwhile now".split())
#: quantifiers before the noun phrase
_QUANTITY = frozenset("many some most several few all both other two three four".split())
#: relative pronouns of a person antecedent
_RELATIVE = frozenset("who whom whose that".split())
#: at most this many tokens between the relative pronoun and the verb
_REACH = 24


def _relative_opening(toks, i: int) -> tuple[int, int, int] | None:
    """``(first, last, stop)`` of the subject that opens ``toks`` and is post-modified by a
    relative clause running to token ``i`` (the last token before the verb, ``last``), or None.

    ``stop`` is the index of the token before the subject (an opening "But"), else -1. The
    relative clause holds no punctuation and no quotation mark, and is at most ``_REACH`` tokens.
    """
    if i < 3:
        return None
    k = 1 if toks[0][0].lower() in _OPENERS else 0
    q = k + 1 if toks[k][0].lower() in _QUANTITY else k  # "many diehard supporters who …"
    span = _np_forward(toks[: i + 1], q)
    if span is None:
        return None
    first, last = k, span[1]
    rel = last + 1
    if rel + 1 > i or toks[rel][0].lower() not in _RELATIVE or i - rel > _REACH:
        return None
    head = toks[last][0]
    if not (head.lower() in _PERSON_NOUNS or _is_cap(head)):
        return None
    if toks[rel][0].lower() == "that" and head.lower() not in _PERSON_NOUNS:
        return None  # ("The Senate that …": "that" after a name is no relative of a person)
    if not all(_is_word(t[0]) or t[0] in "'’-" for t in toks[rel + 1 : i + 1]):
        return None
    return first, i, k - 1  # the relative clause is part of the subject as written
