"""Role descriptions matched to the people of an article, for :mod:`analysis.quotes.people`.

Internal to :func:`analysis.quotes.quotes`: "the campaign manager" → the person the article calls
so ("campaign manager Barry Bennett"), "the mayor" → the person titled Mayor, with the head-noun
vocabulary the resolver shares (person heads, gendered heads, body nouns). Moved out of
:mod:`analysis.quotes.people` unchanged (2026-12-04), so that module has room for rules.
"""

from __future__ import annotations

import bisect

from .coreference import _epithet
from .lexicons import (
    LESSER_RANKS,
    PARTY_LETTERS,
    _dictionary_parties,
    _dictionary_role_words,
    _lesser,
)
from .person_scan import _gender, _Person
from .role_holders import _FREE, _has_modifiers, _known_elsewhere
from .sentences import _roles_near, _sentence_starts
from .words import _GENERIC_ROLE_WORDS, _ORG_WORDS, _TITLE_CASE_ROLES

#: head nouns of descriptions that name a person ("the candidate", "the actress")
_PERSON_HEADS = frozenset(
    """president candidate nominee senator governor mayor secretary businessman businesswoman
    billionaire mogul congressman congresswoman lawmaker leader chairman chairwoman director
    judge justice attorney lawyer speaker minister chancellor frontrunner front-runner rival
    candidate actor actress singer star author host moderator general officer sheriff chief
    man woman pope king queen prince founder ceo executive writer economist professor
    republican democrat premier mp mpp councillor constable""".split()
)
#: offices one person holds, by title: only someone known in the role takes them ("the king" is
#: no reporter named nearby)
_ONE_HOLDER = frozenset("king queen prince princess pope emperor empress monarch sultan".split())
#: the gender of a description's head noun (gender agreement, Lee et al. 2013 §3.3.1)
_HEAD_GENDER = {
    **dict.fromkeys("""actress congresswoman businesswoman chairwoman spokeswoman woman queen
        princess mother wife daughter sister grandmother widow""".split(), "f"),
    **dict.fromkeys("""actor congressman businessman chairman spokesman man king prince father
        husband son brother grandfather""".split(), "m"),
}
_BODY_NOUNS = _ORG_WORDS | frozenset(
    """military police administration group company community taliban firm campaign team
    regime coalition alliance board panel prosecutors lawmakers legislature""".split()
) - frozenset("news media".split())


_AGENT = ("er", "or", "ist", "person", "man", "woman", "counsel")  # a noun naming a person
_ROLE_SENTENCES = 6  # sentences back within which a role written next to a name is read
_PARTY = PARTY_LETTERS


def _by_role(pos, head, words, mentions, m_starts, text, proper=frozenset()) -> _Person | None:
    """The most recent person given the role ``head`` before ``pos``: as a title ("Mayor Bill de
    Blasio", "Sen. Sanders" → senator) or, within ``_ROLE_SENTENCES`` sentences, in the words
    written next to the name ("campaign manager Barry Bennett", "Donald Trump, the Republican
    nominee,") or of a description resolved to the person before. The head-match sieve of Lee et
    al. (2013, §3.3.1), with the article's own role words as the nominal's antecedents; a person
    of the other party ("the Democratic front-runner") or a vice ("Vice President Biden" for "the
    president"), a deputy or a minister for "the prime minister" does not match, nor one whose
    role words lack a proper modifier of the description (``proper``: "the Kentucky Republican"
    is no Republican from Texas; Lee et al.'s "compatible modifiers only")."""
    forms = {head, head[:-1] if head.endswith("s") else head} | _SAME_STANDING.get(
        head, frozenset())  # ("the judge": "Justice Frank Nervo")
    party = {_PARTY[w] for w in words if w in _PARTY}
    want = _HEAD_GENDER.get(head)  # "the congresswoman": no man
    # the words next to names are read only when the head is written before ``pos`` at all
    near = text.find(head, 0, pos) >= 0 or text.find(head.capitalize(), 0, pos) >= 0
    starts = _sentence_starts(text)
    j = bisect.bisect_right(starts, pos) - 1
    window = starts[max(0, j - _ROLE_SENTENCES)]
    agent = head not in _GENERIC_ROLE_WORDS and head not in _BODY_NOUNS and (
        head in _PERSON_HEADS or _epithet(head) or head.endswith(_AGENT))
    k = bisect.bisect_left(m_starts, pos) - 1
    while k >= 0:
        m = mentions[k]
        roles, floor = m[2].roles, mentions[k - 1][1] if k else 0
        # within the window, or where the person is introduced ("campaign manager Barry
        # Bennett" at the first mention, however far back)
        if roles & forms or (near and (m[0] >= window or k == m[2].at[0] and agent)
                             and _roles_near(m, text, floor) & forms):
            roles = roles | _roles_near(m, text, floor) if near else roles
            theirs = {_PARTY[w] for w in roles if w in _PARTY}
            if not (party and theirs and not party & theirs) and not (
                    _lesser(roles, words)) and ("prime" in roles or "prime" not in words) and (
                    want is None or _gender(m[2]) in (want, None)) and (
                    not proper or _has_modifiers(proper, roles | _roles_near(m, text, floor))
                    and not _known_elsewhere(m[2], head, proper)):
                return m[2]
        k -= 1
    return None


#: offices one person does not hold together with another in one article's words
_OFFICES = frozenset("""president senator governor mayor judge justice congressman congresswoman
    secretary speaker minister chancellor premier sheriff host moderator actor actress singer pope
    king queen prince attorney lawyer economist professor author writer""".split())


#: offices and callings people do not move into from the political offices the dictionary
#: records (a senator becomes secretary of state, not a judge or a talk-show host): the
#: dictionary's role rules them out even when it describes a later office than the article's
_CAREERS = frozenset("""judge justice sheriff pope king queen prince actor actress singer host
    moderator professor economist author writer""".split())


def _party_of(p: _Person) -> set[str]:
    """The parties of ``p``: those of the words written next to the name in the article, else
    those the actor dictionary's description gives ("Democratic presidential nominee")."""
    return {_PARTY[w] for w in p.roles if w in _PARTY} or set(
        _dictionary_parties().get(p.full, ()))


def _compatible(p: _Person, head: str, words) -> bool:
    """Gender and party of the description agree with the person's (:func:`_party_of`), and
    the person holds no other office in the article's words ("the senator" is not "Gov. Chris
    Christie"), nor, for a calling of ``_CAREERS``, in the actor dictionary's role ("the judge"
    is not Donald Trump)."""
    want = _HEAD_GENDER.get(head)
    if want is not None and _gender(p) not in (want, None) or _lesser(p.roles, words):
        return False  # (nor a rank under the office: "shadow chancellor Oliver Letwin")
    party = {_PARTY[w] for w in words if w in _PARTY}
    theirs = _party_of(p)
    if party and theirs and not party & theirs:
        return False
    known = _dictionary_role_words().get(p.full, frozenset())  # ("Sen. Barack Obama" of 2008
    # is "the president" of 2012: the dictionary knows both offices)
    if head in _CAREERS and known & _OFFICES and head not in known:
        return False  # "the judge", "the host": no president, senator or secretary of state
    return not (head in _OFFICES and p.roles & _OFFICES and head not in p.roles
                and head not in known and not p.roles & _ALSO_HELD.get(head, frozenset()))


#: offices whose holders a description may call by another office's noun (British usage: a
#: secretary of state or the chancellor is "the minister")
_ALSO_HELD = {"minister": frozenset(("secretary", "chancellor")),
              "secretary": frozenset(("minister",))}


def _by_title(pos, role, mentions, m_starts, later: bool = False,
              proper=frozenset()) -> _Person | None:
    """The most recent person titled with one of the role words ("Mayor Bill de Blasio"); with
    ``later``, the first one titled so after ``pos`` ("the judge said …" before "Judge Berman")."""
    k = bisect.bisect_left(m_starts, pos)
    ks = range(k, len(mentions)) if later else range(k - 1, -1, -1)
    for k in ks:
        p = mentions[k][2]
        if p.roles & (set(role) - LESSER_RANKS) and not _lesser(p.roles, role) and (
                not proper or _has_modifiers(proper, p.roles) and not any(
                    _known_elsewhere(p, r, proper) for r in role)):
            return p
    return None


#: the standings a head names: a nominee or a front-runner is a candidate, a front-runner became
#: the nominee (not every candidate was a front-runner); a justice of a court is a judge
_SAME_STANDING = {
    "candidate": frozenset("candidate nominee front-runner frontrunner".split()),
    "nominee": frozenset("nominee front-runner frontrunner".split()),
    **dict.fromkeys(("front-runner", "frontrunner"),
                    frozenset("nominee front-runner frontrunner".split())),
    **dict.fromkeys(("judge", "justice"), frozenset("judge justice".split())),
}


def _known_as(p: _Person, head: str, words=(), proper=frozenset()) -> bool:
    """True when the article's words next to the name or the actor dictionary's role of ``p``
    carry the description's head ("the candidate": a person the dictionary knows as a
    presidential candidate, not the golf-club manager named last), its other common modifiers
    (``words``: "the prime minister" is no other minister) and its proper modifiers
    (``proper``: "the Florida senator" is not the senator from Texas) — the world-knowledge
    half of the semantic compatibility of a nominal and a name (Lee et al. 2013, §3.3)."""
    heads = _SAME_STANDING.get(head, frozenset((head,)))
    known = p.roles | _dictionary_role_words().get(p.full, frozenset())
    needed = {w for w in words if w not in _FREE and w not in _PARTY and w not in proper} - {head}
    return bool(heads & known) and needed <= known and (
        not proper or _has_modifiers(proper, known))


def _role_of_body(surface: str) -> bool:
    """A role written in lower case before "of" and a capitalised body or place ("the former
    secretary of State", "the industry minister of India's Andhra Pradesh state"): a description,
    not a name; not with an apposition ("the deputy director of Metrojet, Viktor Yung")."""
    toks = surface.split()
    low = [t.lower() for t in toks]
    if len(toks) < 4 or low[0] != "the" or "of" not in low[2:] or "," in surface:
        return False
    at = low.index("of", 2)
    return low[at - 1] in _PERSON_HEADS and all(t.islower() for t in toks[1:at])


def _role_in_title_case(norm: str, head: str) -> bool:
    """The antecedent ``norm`` of a description with head noun ``head`` is that role noun
    capitalised (a headline's "Star", "Clinton Pollster"), not a name; "Air Transport Agency"
    stays the antecedent of "the agency"."""
    toks = norm.lower().split()
    return toks[-1:] == [head] and (len(toks) == 1 or head in _PERSON_HEADS or head in (
        _TITLE_CASE_ROLES))
