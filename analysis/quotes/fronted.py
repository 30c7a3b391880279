"""The subject opening a clause whose verb follows a long parenthetical, for
:mod:`analysis.quotes.speakers`.

Internal. Moved out of :mod:`analysis.quotes.phrases` (2026-12-06, eleventh session), with the
rule that passes a fronted participle's clause ("Speaking on Fox News, …").
"""

from __future__ import annotations

import re

from .nouns import _PERSON_NOUNS
from .phrases import _np_forward
from .words import _PREPOSITIONS, _QUOTE_MARKS, _STOPWORDS, _is_cap, _is_word

_SUBORDINATORS = frozenset("when as while after although though because if since but and".split())
#: a capitalised participle opening the clause ("Speaking", "Writing", "Testifying")
_PARTICIPLE_OPENING = re.compile(r"[A-Z][a-z]+ing")


def _fronted_subject(toks, i: int, cs: int) -> tuple[int, int] | None:
    """The subject opening a clause whose verb follows the comma at ``i``, past a long
    parenthetical: "Vice President Joseph R. Biden Jr., who was to travel to Columbus, Ohio, on
    Wednesday …, said"; "Officials familiar with the server, speaking on condition …, said".

    The clause must start within the tokens (after at most one subordinator, "When …"), the
    subject must name someone (a capitalised word or a role noun) and be followed by a comma,
    perhaps after a short prepositional tail; no quotation mark before the verb."""
    if not toks or toks[0][1] > cs + 1 or any(t[0] in _QUOTE_MARKS for t in toks[: i + 1]):
        return None
    k = 1 if toks[0][0].lower() in _SUBORDINATORS else 0
    if _PARTICIPLE_OPENING.fullmatch(toks[k][0]) and k + 1 < i and toks[k + 1][0].islower():
        k = next((m + 1 for m in range(k + 2, i) if toks[m][0] == ","), i)  # "Speaking on Fox
        # News, Sen. Lindsey Graham (R-S.C.), who …, said": the subject after the participle's
        # clause (not "Beijing, which …, said")
    span = _np_forward(toks[: i + 1], k)
    if span is None:
        return None
    first, last = span
    if toks[first][0].lower() in _STOPWORDS or not any(
            _is_cap(t[0]) or t[0].lower() in _PERSON_NOUNS for t in toks[first : last + 1]):
        return None  # ("In Iowa, where …": a prepositional phrase, no subject)
    n = last + 1
    if n < i and toks[n][0] == "(":  # "Sen. Rob Portman (R-Ohio), another …, said"
        n = next((m + 1 for m in range(n + 1, min(i, n + 8)) if toks[m][0] == ")"), n)
    if n < i and (toks[n][0].lower() in _PREPOSITIONS or toks[n][0].lower() == "familiar"):
        while n < i and n - last <= 8 and _is_word(toks[n][0]):
            n += 1
    if n >= i or toks[n][0] != ",":
        return None
    return toks[first][1], toks[last][2]
