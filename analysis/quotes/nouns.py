"""Common nouns that denote people: the heads of descriptions that can be speakers.

A subject such as "The employee of nearly four years, a registered Republican who …, said" or
"Many diehard supporters who came to Philadelphia … say" names nobody, yet it is a speaker: its
head is a noun of the kind WordNet files under ``noun.person`` (Miller 1995, "WordNet: a lexical
database for English", CACM 38(11); the supersense classes of Ciaramita & Johnson 2003). The list
below is the part of that class news writes about most (kin, occupations, roles in an event,
members of a group), singular and plural, chosen by hand; the role nouns of ``words._ROLE_NOUNS``
(official, spokesman, analyst …) are kept there and joined here, with their plurals.

Example
-------
>>> "employee" in _PERSON_NOUNS and "supporters" in _PERSON_NOUNS
True
>>> "economy" in _PERSON_NOUNS
False
"""

from __future__ import annotations

from .words import _ROLE_NOUNS

_SINGULAR = """
man woman boy girl child kid teenager teen adult person individual baby
mother father parent son daughter brother sister wife husband spouse widow widower grandmother
grandfather grandparent uncle aunt cousin nephew niece relative family fiance fiancee partner
friend neighbor neighbour colleague classmate roommate boyfriend girlfriend
employee worker staffer volunteer intern contractor owner landlord tenant customer client
shopper buyer seller vendor dealer trader investor banker entrepreneur businessman
businesswoman executive employer boss supervisor foreman
caretaker shopkeeper merchant guide teacher student pupil principal lecturer dean scientist
engineer doctor physician surgeon nurse
paramedic pharmacist dentist therapist psychologist psychiatrist midwife
farmer fisherman miner driver pilot sailor soldier marine veteran officer cop policeman
policewoman detective sheriff deputy firefighter guard warden trooper agent
lawyer attorney judge juror plaintiff defendant suspect witness victim survivor inmate prisoner
detainee convict accuser
voter supporter backer donor fundraiser delegate candidate nominee incumbent challenger
contender opponent rival critic ally protester protestor demonstrator activist organizer
organiser campaigner canvasser lobbyist consultant pollster strategist operative adviser
advisor aide staff assistant surrogate
resident citizen immigrant migrant refugee asylum-seeker newcomer native villager local
pastor priest minister rabbi imam cleric bishop monk nun preacher believer
author writer novelist poet artist musician singer actor actress comedian director producer
filmmaker photographer blogger host anchor commentator columnist pundit historian economist
athlete player coach manager captain referee fan striker midfielder defender goalkeeper keeper
winger forward batsman bowler jockey trainer boxer golfer sprinter swimmer cyclist skier
champion finalist runner-up international
patient caller viewer listener reader attendee participant spectator onlooker bystander
passenger traveler traveller tourist visitor guest member
""".split()

_PLURAL_ONLY = "people men women children kids folks police staff clergy".split()


_IRREGULAR = {"child": "children", "wife": "wives"}


def _plural(noun: str) -> str:
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    if noun.endswith("man"):  # ("woman", "spokesman" → "-men")
        return noun[:-3] + "men"
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


#: nouns that name people (singular and plural), with the role nouns
_PERSON_NOUNS = frozenset(_SINGULAR) | frozenset(map(_plural, _SINGULAR)) | frozenset(
    _PLURAL_ONLY) | _ROLE_NOUNS | frozenset(_plural(n) for n in _ROLE_NOUNS if not n.endswith("s"))
