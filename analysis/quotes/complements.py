"""What follows a verb of saying before its reported clause, for :mod:`analysis.quotes`.

Internal to :func:`analysis.quotes.quotes`. A reported clause may follow its verb after a short
time or prepositional adverbial ("said Thursday he would …", "said in an interview she …") or,
for verbs of telling, after the hearer ("told reporters he would run", "assured CNN on Monday the
deal …": the hearer is the first object, the clause the second; Levin 1993 §37.2; Quirk et al.
1985 §16.36, ditransitive complementation with a *that*-less clause).
"""

from __future__ import annotations

import re

from .np_edges import _NUMBER_WORDS
from .phrases import _starts_clause
from .words import (
    _HEARER_PRONOUNS,
    _PLURAL_FINITE,
    _PREPOSITIONS,
    _QUOTE_MARKS,
    _STOP_NOT_PREP,
    _SUBJECT_PRONOUNS,
    _TIME_WORDS,
    _hearer_end,
    _is_cap,
    _is_word,
)
from .zero_that import _np_clause

#: words of a time adverbial between a verb and its clause ("said late Thursday he …")
_ADVERBIAL_TIME = _TIME_WORDS | frozenset("on late early next".split())
#: subjects that can only open a clause (after "said in an interview …")
_PRONOUN_SUBJECTS = frozenset("he she they we it there".split())
#: verbs of telling whose first object is the hearer and whose second may be a bare clause
#: ("told him she would go"); "ask" takes a question instead
_HEARER_FIRST = frozenset("tell inform assure warn remind notify convince persuade".split())
#: nouns naming an audience or the event it gathers at, after a determiner ("told the crowd …",
#: "assured his supporters …", "told a news conference …")
_HEARER_NOUNS = frozenset("""crowd audience supporters voters reporters journalists students
    lawmakers senators committee panel jury court press media host interviewer conference
    briefing rally meeting hearing gathering forum summit""".split())


def _clause_opens(after_toks, comp: str, lemma: str) -> int:
    """Index of the token that opens the reported clause after a short adverbial ("said Thursday
    he would …", for verbs that take a bare clause) or after the hearer of a verb of telling
    ("told reporters he would run", "told CNN on Monday the deal …"); 0 when neither is there.

    >>> def toks(s):
    ...     return [(w, 0, 0) for w in s.split()]
    >>> _clause_opens(toks("reporters he would run"), "that", "tell")
    1
    >>> _clause_opens(toks("him a story"), "that", "tell")
    0
    """
    if comp == "bare":
        return _after_adverbial(after_toks)
    if comp == "that" and (n := _after_time(after_toks)) > 0:
        return n  # "reported on Wednesday the Secret Service had …"
    if lemma not in _HEARER_FIRST or not (k := (lemma == "tell" and _media_hearer(after_toks)) or (
            _hearer_len(after_toks))) or k >= len(after_toks):  # ("told BBC Radio 4's Today
        return 0  # programme the money …")
    rest = after_toks[k:]
    if (n := _after_adverbial(rest)) > 0:
        return k + n
    t0 = rest[0][0].lower()  # ("told him a story", "told him that …": other rules)
    return k if t0 not in ("a", "an", "that") and _starts_clause(rest) else 0


def _hearer_len(after_toks, marks: bool = False) -> int:
    """Tokens naming the hearer: a pronoun, "reporters", a capitalised name ("CNN", "The
    Associated Press"; with ``marks`` also quotation marks, "told “Meet the Press”"), or a
    determiner and an audience noun, with one modifier ("the crowd", "a news conference");
    0 when none."""
    if (k := _hearer_end(after_toks, _HEARER_PRONOUNS | {"reporters"}, marks=marks)) > 0:
        return k
    if not after_toks or after_toks[0][0].lower() not in _HEARER_DETERMINERS:
        return 0
    if after_toks[0][0].lower() == "the" and (k := _hearer_end(after_toks[1:], frozenset())) > 0:
        return k + 1  # "the AP", "The Associated Press"
    for k in (1, 2):
        if k < len(after_toks) and after_toks[k][0].lower() in _HEARER_NOUNS:
            return k + 1
        if k < len(after_toks) and not after_toks[k][0].isalpha():
            break
    return 0


_HEARER_DETERMINERS = frozenset("the a an his her their its".split())
#: nouns that end the name of a programme or publication told something
_MEDIA_NOUNS = frozenset("programme program show newspaper paper magazine station channel "
                         "website podcast".split())


def _media_hearer(after_toks) -> int:
    """Tokens of a programme or publication named as the hearer: capitalised words (a
    possessive among them) and then a media noun ("BBC Radio 4's Today programme", "the BBC's
    Breakfast with Frost show", "the Financial Times newspaper"); 0 when none."""
    for k, (tok, _s, _e) in enumerate(after_toks[:10]):
        low = tok.lower()
        if k and low in _MEDIA_NOUNS and _is_cap(after_toks[k - 1][0]):
            return k + 1
        if not (_is_cap(tok) or tok[:1].isdigit() or low == "the" or (
                low in ("with", "of", "and") and k)):
            return 0
    return 0


def _after_time(after_toks) -> int:
    """Index of the token that opens a reported clause after a time adverbial right after the
    verb ("said Monday he …", "reported on Wednesday the Secret Service had …"), or 0."""
    n = 0
    while n < min(len(after_toks), 5) and (
            after_toks[n][0].lower() in _ADVERBIAL_TIME or after_toks[n][0].isdigit()):
        n += 1
    if n and n < len(after_toks) and any(
            t[0].lower() in _TIME_WORDS for t in after_toks[:n]) and _starts_clause(after_toks[n:]):
        return n + (after_toks[n][0].lower() == "that")  # "said Monday that …": not "that"
    return 0


def _after_adverbial(after_toks) -> int:
    """Index of the token that opens a reported clause after a short adverbial that follows the
    verb ("said Thursday he would …", "says last week's vote was …" is not one; "said on Monday
    the plan …", "said in an interview she …"), or 0 when there is none.

    A time adverbial (weekday, "last week", "on Monday") may be followed by any clear clause
    opener; other prepositional phrases ("in a statement") only by a subject pronoun, since a
    noun after them may still belong to the phrase."""
    if (n := _after_time(after_toks)) > 0:
        return n
    if after_toks[0][0].lower() not in _PREPOSITIONS:
        return 0
    n = 1
    while n < min(len(after_toks) - 1, 4) and _is_cap(after_toks[n][0]):
        n += 1  # "in Ottawa the vaccines …": a place name, then a determiner opens the clause
    if n > 1 and n + 1 < len(after_toks) and after_toks[n][0].lower() in ("the", "a", "an") and (
            _is_word(after_toks[n + 1][0])):
        return n
    for n in range(1, min(len(after_toks) - 1, 12)):
        tok = after_toks[n][0]
        if not _is_word(tok) or tok.lower() in _STOP_NOT_PREP:
            return 0
        if tok.lower() in _PRONOUN_SUBJECTS and _is_word(after_toks[n + 1][0]):
            return n
    return 0


#: subordinators that open an adverbial clause fronted inside the reported clause ("says despite
#: being a Stanford alumna, she plans …", "said while he respects her, she is …")
_FRONTED_SUBORDINATORS = frozenset(
    "while although though despite because if unless once whereas even".split())


def _fronted_adverbial(after_toks) -> bool:
    """True when the verb is followed by an adverbial clause and, after its comma, the subject
    and verb of the reported clause: the adverbial belongs to what was said (Quirk et al. 1985
    §15.16, a fronted adverbial clause inside the content clause). The subject after the comma
    must open a clause (``_starts_clause``: a pronoun, a determiner, a name and a lower-case
    word) or be a plural noun and a finite verb ("wages were …").

    >>> def toks(s):
    ...     return [(w, 0, 0) for w in s.split()]
    >>> _fronted_adverbial(toks("despite being an alumna , she plans to go"))
    True
    >>> _fronted_adverbial(toks("while visiting Ohio that he would go"))
    False
    """
    if not after_toks or after_toks[0][0].lower() not in _FRONTED_SUBORDINATORS:
        return False
    for n in range(2, min(len(after_toks) - 2, 25)):
        tok = after_toks[n][0]
        if tok == ",":
            rest, subj = after_toks[n + 1 :], after_toks[n + 1][0]
            plural = subj.islower() and subj.endswith("s") and rest[1][0] in _PLURAL_FINITE
            return plural or (_starts_clause(rest) and rest[1][0][:1].islower())
        if not (_is_word(tok) or tok in "’'-"):
            return False
    return False


#: quantifiers that open a that-less clause before a finite verb ("claim many have cut back")
_CLAUSE_QUANTIFIERS = frozenset("many most some few all both none several".split())


def _thatless_clause(after_toks) -> bool:
    """True when a verb that takes a that-clause is followed by one without "that": a subject
    pronoun (or "there") and a word that is no preposition ("claimed there was evidence",
    "argued he’d won"), or a quantifier and a finite verb ("claim many have cut back"; Quirk et
    al. 1985 §15.3, zero that).

    >>> def toks(s):
    ...     return [(w, 0, 0) for w in s.split()]
    >>> _thatless_clause(toks("there was evidence")), _thatless_clause(toks("it on Monday"))
    (True, False)
    """
    if len(after_toks) < 2:
        return False
    t0, t1 = after_toks[0][0], after_toks[1][0]
    base = re.split("[’']", t0.lower())[0]
    if base in ("it", "there"):  # (also an object: "announced it quietly")
        return t0 != base or t1 in _PLURAL_FINITE or t1 in ("is", "was", "has", "does", "did")
    if base in _PRONOUN_SUBJECTS:
        return t0 != base or (_is_word(t1) and t1.islower() and t1 not in _PREPOSITIONS
                              and t1 not in ("the", "a", "an", "and", "or"))
    return t0.lower() in _CLAUSE_QUANTIFIERS and t1 in _PLURAL_FINITE or _np_clause(after_toks)


_TOLD_THING = frozenset("story stories tale tales truth lie lies joke jokes".split())


def _told_what(after_toks) -> bool:
    """False when "told" has its hearer alone before a colon or a quotation ("told MPs and
    peers: “…”": the words are the quotation's), else True ("told him to leave", "told the AP
    his firm worked …")."""
    for n, (tok, _s, _e) in enumerate(after_toks[:8]):
        if tok == ":" or tok in _QUOTE_MARKS:
            return False
        if tok == "." and not any(t[0].lower() in _TOLD_THING or re.split(r"[’']", t[0].lower(
                ))[0] in _SUBJECT_PRONOUNS for t in after_toks[:n]):
            return False  # the hearer alone: "told investigators.", "told his counterpart Mark
            # Esper by phone." (not "told a different tale.", "tells voters she’s with them.")
        if not _is_word(tok) or tok.lower() in ("to", "about", "of"):
            return True
    return True


def _relative_then_that(after_toks, n: int) -> int:
    """Index of the first word of a "that" clause after a relative clause set off by the comma at
    ``n`` (", where he is now a paid contributor, that …"), else 0."""
    if n + 1 >= len(after_toks) or after_toks[n + 1][0].lower() not in ("where", "when", "which",
                                                                         "who"):
        return 0
    close = next((m for m in range(n + 2, min(len(after_toks) - 2, n + 20))
                  if not _is_word(after_toks[m][0])), 0)
    ok = close and after_toks[close][0] == "," and after_toks[close + 1][0].lower() == "that"
    return close + 2 if ok else 0


def _partitive(after_toks) -> bool:
    """"said of the three mortars fired, one hit …": "of" opens a part of a number, the clause's
    subject, not the topic of the remark ("said of the group")."""
    words = [t[0].lower() for t in after_toks[1:3]]
    return len(words) == 2 and words[0] in ("the", "those", "these") and (
        words[1] in _NUMBER_WORDS or words[1] in ("dozens", "hundreds", "thousands") or words[
            1].isdigit() and len(words[1]) < 4)  # (not a year)
