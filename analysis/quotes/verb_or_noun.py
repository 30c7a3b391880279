"""Verb or noun, for :mod:`analysis.quotes`: whether a reporting-verb form after a subject is
a verb.

Internal to :func:`analysis.quotes.quotes`. Many reporting verbs double as nouns or participles
("member states alike", "the jobs report", "a website called …", "most state parties release
…"): the form is read as a finite verb only when its subject and the words after it allow it —
a named or pronoun subject, a plural head before a base form, a clause after the verb (Quirk et
al. 1985 §3.54 on base and -s forms; §17.30 on participles that post-modify a noun).
"""

from __future__ import annotations

import re

from .clauses import _quantity
from .lexicons import _is_demonym
from .phrases import _starts_clause
from .subjects import _head_of, _participle_group
from .words import (
    _NAMING_VERBS,
    _PLURAL_FINITE,
    _PREPOSITIONS,
    _QUANTIFIERS,
    _ROLE_NOUNS,
    _SHARES,
    _SPEAKER_HEADS,
    _SUBJECT_PRONOUNS,
    _is_cap,
    _is_number,
    _is_possessive,
    _noun_like_s,
    _plural,
    _plural_head,
    _present_forms,
)

#: plural subject heads without "-s" ("the women say", "police say", "most of them say")
_PLURAL_HEADS = frozenset("women men people police children them us".split())

#: words that modify a plural noun, capitalised only at a sentence's start ("Various reports
#: said …", "Several polls show …"): as a one-word subject, no name before an "-s" form
_MODIFIERS = _QUANTIFIERS | frozenset("""various numerous multiple conflicting other local media
    news initial early earlier recent unconfirmed previous press intelligence exit opinion
    such these those""".split())

#: forms of "say" and "tell" before which an "-s" form is a noun ("said claims the … were")
_SAID = frozenset("said says say told tells wrote writes".split())

#: past forms of verbs of change that follow a plural noun subject ("claims rose", "reports fell")
_CHANGE_PAST = frozenset("rose fell grew soared jumped dropped doubled trebled tripled slumped "
                         "climbed".split())

#: objects of a naming verb that make it a finite verb ("calls it her …", "calls himself …")
_NAMED_PRONOUNS = frozenset("it him her them himself herself themselves itself".split())
#: a definite subject (an article or a possessive determiner) and an object opened by a
#: determiner, or a pronoun object then its complement: a naming verb's speech act
_DEFINITE_OPENERS = frozenset("the his her their its".split())
_OBJECT_OPENERS = frozenset("the his her their its this these those".split())
_STATING_OPENERS = _DEFINITE_OPENERS | {"a", "an", "this", "that"}  # "the ad states"
_COMPLEMENT_OPENERS = frozenset("a an the “ \" ''".split())


def _verb_not_noun(toks, first, last, lemma, form, after_toks, emphatic=False) -> bool:
    """False when the verb form after the subject ``[first, last]`` reads as a noun or a
    participle instead ("member states alike", "a website called …"); ``emphatic``: an emphatic
    "do" stands between them, so a base form is a verb."""
    head = toks[_head_of(toks, first, last)][0]
    low_head = head.lower()
    if lemma in _NAMING_VERBS and not (
        _is_cap(head) or low_head in _SUBJECT_PRONOUNS or low_head in _ROLE_NOUNS
        or _is_possessive(toks[first][0])  # "Sanders’ campaign called AP’s report …"
        or (after_toks and after_toks[0][0] in _NAMED_PRONOUNS and not form.endswith("ed"))
        or (toks[first][0].lower() in _DEFINITE_OPENERS and after_toks and (
            after_toks[0][0] in _OBJECT_OPENERS or after_toks[0][0] in _NAMED_PRONOUNS and len(
                after_toks) > 1 and after_toks[1][0] in _COMPLEMENT_OPENERS))  # ("The Trump
        # campaign called the charges unsubstantiated", "His surrogates called him “a genius”";
        # not "a website called the Onion", "a man called him on Monday")
    ):  # ("The former first lady calls it her …"; not "what strategists dub a …")
        return False  # "a website called Cape Breton …": a participle, not a speech act
    if head.islower() and (low_head.endswith("ed") or low_head in _SAID) and _noun_like_s(
            form.split()[0]):  # "Lord Browne rejected calls for …", "he said claims the …
        return False  # were changed": the object of a verb, or a clause's subject, a noun
    if _is_possessive(head) or low_head == "of" or low_head in _PREPOSITIONS or (
            toks[last][0].lower() in _ARTICLES_POSSESSIVES):  # ("Strong showings in the states")
        return False  # "Trump’s reported net worth", "a combination of pledged delegates"
    clause_next = _starts_clause(after_toks)
    if (low_head in _SHARES or low_head in _QUANTIFIERS) and not clause_next and (
            form in _present_forms(lemma)) and (
            not after_toks or after_toks[0][0].lower() not in ("that", ":", ",")):
        return False  # "most state parties release …": a modifier, not "most say that …"
    if form.lower() == "states" and not _states_is_verb(toks, first, last, head, after_toks):
        return False  # "Republican states like Arizona", "the dozen states that held …": a noun
    if _noun_like_s(form):  # "-s" forms double as plural nouns ("member states alike"): need a
        # named subject, a pronoun, or a clear clause after the verb
        nxt = after_toks[0][0].lower() if after_toks else ""
        if (nxt in _PLURAL_FINITE or nxt in _CHANGE_PAST) and low_head not in _SUBJECT_PRONOUNS:
            return False  # "Asylum claims rose …", "Smith reports were …": a noun, then its verb
        if not (_is_cap(head) and not (first == last and low_head in _MODIFIERS)
                or low_head in _SUBJECT_PRONOUNS
                or nxt in ("that", ":")
                or clause_next or low_head in _SPEAKER_HEADS or _quantity(after_toks)):
            return False
    elif form == lemma.split()[0] and " " not in form and not emphatic:  # base forms ("say",
        # "report") double as nouns: only after plural subjects or before a clause ("Aides … say")
        plural = _plural_head(toks, head, form) or _is_number(head) or low_head in _SHARES or (
            low_head in _PLURAL_HEADS) or _participle_group(toks, first, last)
        coordinated = any(toks[k][0] == "and" for k in range(first, last))
        if not (low_head in {"they", "we", "i", "you"} or plural or coordinated
                or (clause_next and (_plural(low_head) or _is_cap(head)))):
            return False
    return True


def _states_is_verb(toks, first: int, last: int, head: str, after_toks) -> bool:
    """"states" as a verb: after a pronoun or a relative ("It states", "…, which states"), a
    one-word name before "that" ("Byrne states that"), or a determiner's common noun or acronym
    ("the ad states", "the CBP states"), not a number, quantity or modifier in "-ing" ("the 15
    states that …", "the other early voting states"). Otherwise the noun, which news writes far
    more often ("Republican states like Arizona", "battleground states")."""
    low = head.lower()
    if low in _SUBJECT_PRONOUNS or any(t[0].lower() in ("which", "who")
                                       for t in toks[last : last + 3]):
        return True
    if first == last and _is_cap(head) and not _is_demonym(head):
        return bool(after_toks) and after_toks[0][0] in ("that", ":")
    return (head.islower() or head.isupper()) and toks[first][0].lower() in _STATING_OPENERS and (
        not _is_number(head) and low not in _QUANTIFIERS and not low.endswith("ing"))


_CALL_OFF = re.compile(r" (?:off|back|up)\b")
#: "added to the belief that …", "adds to the drama": to increase, no report (not "added to
#: reporters that …")
_ADD_TO = re.compile(r" to (?!(?:reporters|journalists|him|her|them|me|us)\b)")


#: determiners that are never pronouns (not "those", "this": "Those suggested …")
_ARTICLES_POSSESSIVES = frozenset("the a an his her their its our my your".split())
#: "up 23 points to 6661", "a quarter percentage point to 2%": the noun of a count
_COUNTED = re.compile(r"(?:\d|\b(?:percentage|basis|quarter|half|few|several|one|two|three|four|"
                      r"five|six|seven|eight|nine|ten))\s*$")
_HELPS = re.compile(r"\bhelp(?:s|ed|ing)?\s+(?:to\s+)?$")


def _no_speech_here(text: str, vs: int, ve: int, lemma: str, form: str) -> bool:
    """True where the reporting-verb form at ``[vs, ve)`` reports no speech whatever its subject:
    CNN's "Story highlights" box, "points to" after a number ("up 23 points to 6661"), "accused
    of" after the accused ("19 entities accused of …",
    "he stands accused of …": a passive), "call off/back/up" ("called off the meeting"), "add
    to" ("has only added to the belief that …")."""
    return (lemma == "accuse" and form == "accused" and text.startswith(" of ", ve)
            or lemma == "call" and _CALL_OFF.match(text, ve) is not None
            or lemma == "add" and _ADD_TO.match(text, ve) is not None
            or lemma == "write" and text.startswith(" off", ve)  # "has written off efforts"
            or lemma == "point to" and _COUNTED.search(text, max(0, vs - 24), vs) is not None
            or vs >= 6 and text.startswith("Story ", vs - 6)
            or _HELPS.search(text, max(0, vs - 12), vs) is not None)  # "This helps explain why"
