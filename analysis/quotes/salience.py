"""The person a role description continues, for :mod:`analysis.quotes.people`.

Internal to :func:`analysis.quotes.quotes`. "Rubio sought to stoke positive energy …. Walking into
the office, the senator said": ``_salient_subject`` finds the subject the description continues
(centering theory, Grosz, Joshi & Weinstein 1995); ``_named_since`` tells whether a role's holder
was named just before, when the holder keeps the description instead.
"""

from __future__ import annotations

import bisect
import functools

from .lexicons import _actor_rows
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


#: heads of the epithets sports writing gives the player or manager it writes about ("the
#: Liverpool player", "The Man Utd boss", "The Wasps wing"): a team's or a club's name may
#: modify them, which says nothing against the subject before ("leader" is left out: a party's
#: leader is often someone other than the subject before)
_EPITHET_HEADS = frozenset("""player boss manager coach striker midfielder defender goalkeeper
    keeper winger wing forward captain skipper champion lock prop fly-half scrum-half full-back
    flanker hooker centre batsman bowler walker runner sprinter jumper athlete rider jockey golfer
    boxer cyclist swimmer""".split())
_PLACED_HEADS = frozenset("man woman".split())
#: nouns of nationality that head an epithet of one person ("the American", "the Spaniard");
#: not those that name a people as often ("the Chinese", "the Swiss") or a party ("the
#: Republican")
_NATIONALITY_NOUNS = frozenset("""American Australian Russian Brazilian Canadian Italian German
    Belgian Serb Croat Argentine Argentinian Spaniard Briton Scot Frenchman Frenchwoman Swede
    Dane Finn Pole Czech Dutchman Englishman Welshman Irishman Scotsman Kenyan Ethiopian
    Moroccan Chilean Colombian Mexican Austrian Romanian Bulgarian Ukrainian Slovak Norwegian
    Portuguese Zimbabwean Jamaican Nigerian Ghanaian Indian Pakistani""".split())


def _epithet_subject(pos: int, surface: str, head: str, words, mentions, m_starts,
                     text: str) -> _Person | None:
    """The subject an epithet continues when no one in the article was given its role: a sports
    epithet ("the Liverpool player", "The Man Utd boss") or a nationality noun alone
    ("The American said …" after "Andre Agassi beat …"), by :func:`_salient_subject`."""
    tail = surface.split()[1:] if surface.split()[:1] in (["The"], ["the"]) else []
    nationality = len(tail) == 1 and tail[0] in _NATIONALITY_NOUNS
    placed = head in _PLACED_HEADS and any(w[:1].isupper() for w in tail[:-1])  # "the Waterford
    # man", "the Texas woman" (a place before "man": the subject before, not an unnamed man)
    if not (head in _EPITHET_HEADS or nationality or placed) or "of" in words or (
            "’s" in surface) or "'s" in surface:  # (not "the Muslim Brotherhood's political wing")
        return None
    p = _salient_subject(pos, "person" if nationality else head, words, mentions, m_starts, text)
    if p is not None and nationality and _dictionary_country(p.full) not in (
            None, _demonym_country(tail[0])):
        return None  # "the Russian" is not Donald Trump (the dictionary knows his country)
    return p


@functools.lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    """From the actor dictionary: person → country code, and demonym → its state's code."""
    people, demonyms = {}, {}
    for row in _actor_rows():
        if row.get("type") == "person" and row.get("country"):
            people[row["actor"]] = row["country"]
        elif row.get("type") == "state":
            for d in (row.get("demonyms") or "").split("|"):
                demonyms.setdefault(d, row["country"])
    return people, demonyms


def _dictionary_country(name: str) -> str | None:
    return _countries()[0].get(name)


def _demonym_country(noun: str) -> str | None:
    return _countries()[1].get(noun)
