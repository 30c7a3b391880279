"""A reported clause without "that" whose subject is a noun phrase.

"CNN reported at least six skywriting planes filled the skies …"; "The group claims the
government has …"; "suggested Donald Trump's refusal could disqualify him". After a verb that
takes a that-clause, the conjunction may be left out (zero *that*, Quirk et al. 1985 §15.3;
Biber et al. 1999 §9.2.4: most common after *say* and *think* in news); the clause is then a
noun phrase followed by its finite verb. A noun phrase alone ("reported strong earnings") is
the verb's object and is left to the object rules.

Example
-------
>>> def toks(s):
...     return [(w, 0, 0) for w in s.split()]
>>> _np_clause(toks("at least six skywriting planes filled the skies"))
True
>>> _np_clause(toks("strong earnings in the third quarter"))
False
"""

from __future__ import annotations

from .phrases import _IRREGULAR_PAST
from .words import (
    _DETERMINERS,
    _HEARER_PRONOUNS,
    _PREPOSITIONS,
    _STOPWORDS,
    _SUBJECT_PRONOUNS,
    _TIME_WORDS,
    _is_cap,
    _is_possessive,
    _is_word,
)

#: words that may open the noun phrase although they are stop words or prepositions
_NP_OPENERS = frozenset("the a an his her their its our this these those some many most all "
                        "several few both no every each".split())
#: finite forms that show a clause after a noun phrase (besides -ed and irregular pasts)
_FINITE = frozenset("will would could can may might should must shall is was are were has had "
                    "have does did says said tells told believes thinks wants needs plans "
                    "remains remain continues continue".split())
#: words after an -ed form that show it is a past participle modifying the noun ("the money
#: raised by …", "the planes used in …"), not the clause's verb
_PARTICIPLE_NEXT = frozenset("by in on at for from with to".split())
_MAX_NP = 9


def _np_clause(after_toks) -> bool:
    """True when the tokens open with a noun phrase (at most ``_MAX_NP`` words: "at least" or a
    determiner, modifiers, possessives, "of", an infinitive after the noun: "Trump's refusal to
    answer") and then a finite verb."""
    toks = after_toks
    k = 2 if len(toks) > 2 and toks[0][0].lower() in ("at",) and toks[1][0].lower() in (
        "least", "most") else 0
    start = k
    while k < len(toks) and k - start < _MAX_NP:
        tok = toks[k][0]
        low = tok.lower()
        if k > start and _finite(toks, k) and toks[k - 1][0].lower() != "to":  # ("delegates
            # to put him over …": an infinitive)
            return _head_ok(toks, start, k)
        if low in _SUBJECT_PRONOUNS or low in _TIME_WORDS or low in _HEARER_PRONOUNS:
            return False  # ("said Thursday he would …": another rule's)
        if k > start and low in _DETERMINERS and toks[k - 1][0].lower() != "of":
            return False  # two noun phrases: "told CBC News the plan would …" (a hearer first)
        if not _is_word(tok) or (low in _STOPWORDS or low in _PREPOSITIONS) and low not in (
                "of", "to") or low == "to" and k == start:
            if not (k == start and low in _NP_OPENERS):
                return False
        elif k == start and tok.islower() and low.endswith("ed"):
            return False  # "reported spending …", "warned investors"
        k += 1
    return False


def _finite(toks, k: int) -> bool:
    tok = toks[k][0]
    low = tok.lower()
    if tok != low:
        return False
    if low in _FINITE or low in _IRREGULAR_PAST:
        return True
    nxt = toks[k + 1][0].lower() if k + 1 < len(toks) else ""
    return low.endswith("ed") and len(low) > 4 and nxt not in _PARTICIPLE_NEXT and nxt not in (
        ".", ",", "and", "or")


def _head_ok(toks, start: int, k: int) -> bool:
    """The word before the verb is a noun-like head: capitalised, a plural, or a word that is
    no determiner, and the phrase opens with no -ing form (a gerund phrase is the object:
    "reported spending $6 million attacking …")."""
    words = [t[0] for t in toks[start:k]]
    head = words[-1]
    if head.lower() in _NP_OPENERS or _is_possessive(head) and not _is_cap(head):
        return False
    return not (words[0].islower() and words[0].endswith("ing"))
