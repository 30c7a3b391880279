"""Role descriptions resolved by the actor dictionary's roles, for :mod:`analysis.quotes.people`.

Internal to :func:`analysis.quotes.quotes`. A definite role description ("the secretary of
state", "the Israeli prime minister", "the former secretary of state") that the article itself
does not tie to a name (no title "Secretary Kerry", no apposition "Kerry, the secretary of
state,") is matched against the roles of the actor dictionary (``resources/roles.csv``: role,
phrases, holder, start, end): the people of the article who hold, or held, a role whose core
noun phrase the description carries ("the secretary" → US secretary of state, of defense …) and
whose modifiers ("Israeli", "of state") are among the role's words. The description resolves only
when exactly one such person is named in the article (before or after it: cataphora), since a
text with no date cannot tell the 2015 president from the 2025 one; "former" asks for a holder
whose term has ended. This is the world-knowledge step of a coreference sieve — the "semantic
compatibility" of a nominal and a name (Lee et al. 2013, Computational Linguistics 39(4), §3.3;
Haghighi & Klein 2009 took it from appositions in a corpus, here it comes from the dictionary).
"""

from __future__ import annotations

import functools
import re
import unicodedata

import pandas as pd

from ..actor_dictionary import load_dictionary
from ..person_names import written_lower
from .lexicons import _dictionary_role_words, _dictionary_words, _is_demonym
from .person_scan import _Person
from .places import _ABBREVIATIONS, _place_names
from .verbgroup import _first_conjunct
from .words import _GENERIC_ROLE_WORDS, _REPORT_NOUNS, _TITLE_CASE_ROLES, _TITLES

#: modifiers that say nothing about which role (they are not checked against the role's words)
_FREE = frozenset("""the a an of former then current outgoing incoming new top country nation
    country's nation's""".split())
_WORD = re.compile(r"[A-Za-z][\w\-]*")


@functools.lru_cache(maxsize=1)
def _roles() -> dict[str, list[tuple[frozenset[str], frozenset[str], str, bool, str, str]]]:
    """Head noun → [(core words, all words of the role and its phrases, holder, ended, start,
    end)] from the shipped actor dictionary's roles
    (:func:`analysis.actor_dictionary.load_dictionary`); the core is the lower-case part of the
    role before "of" ("vice president", "secretary" of "US secretary of state", "foreign policy
    chief"); start and end as "YYYY-MM-DD" ("" when not known or not ended)."""
    out: dict[str, list] = {}
    roles = load_dictionary().roles
    for role, phrases, actor, start, end in zip(roles["role"], roles["phrases"], roles["actor"],
                                                roles["start"], roles["end"]):
        core = [w for w in _WORD.findall(role.split(" of ")[0]) if w.islower()]
        if not core:
            continue
        phrases = phrases if isinstance(phrases, str) else ""
        text = " ".join([role, *phrases.split("|")]).replace(".", "")
        words = frozenset(w.lower() for w in _WORD.findall(text.replace("’", "'")))
        out.setdefault(core[-1], []).append((frozenset(core), words, actor, not pd.isna(end),
                                             _day(start), _day(end)))
    return out


def _day(value) -> str:
    """A date as "YYYY-MM-DD" ("" for a missing one): ISO days compare as strings."""
    return "" if pd.isna(value) else pd.Timestamp(value).strftime("%Y-%m-%d")


@functools.lru_cache(maxsize=1)
def _core_words() -> frozenset[str]:
    """The words of the dictionary roles' cores ("crown", "prince", "prime", "minister")."""
    return frozenset(w for rs in _roles().values() for core, *_ in rs for w in core)


def _capitalised_role(surface: str) -> bool:
    """A speaker phrase written with capitals that is a role, not a name ("the Prime Minister",
    "The Secretary of State", "the Crown Prince of Saudi Arabia"): "the", then capitalised role
    words up to an "of" or the end, the last of them a role's head ("the State Department" is
    no person); no apposition after a comma ("the secretary of state, Mike Pompeo")."""
    toks = surface.split()
    if len(toks) < 2 or toks[0].lower() != "the" or "," in surface:
        return False
    low = [t.lower() for t in toks]
    lead = toks[1 : low.index("of")] if "of" in low[2:] else toks[1:]
    return bool(lead) and all(t[:1].isupper() and (t.lower() in _TITLES or t.lower() in
                                                    _core_words()) for t in lead) and (
        lead[-1].lower() in _roles() or lead[-1].lower() in _PERSON_TITLE_HEADS)


def _title_case_role(surface: str, text: str) -> bool:
    """A speaker phrase in title case that ends in a role noun the article also writes in lower
    case ("Former Clinton Pollster Says …" of a headline, where the article writes "pollster"):
    a description, not a name ("John Major", "Angus King" stay names: no such role word)."""
    toks = surface.split()
    last = toks[-1] if len(toks) > 1 else ""
    return last[:1].isupper() and last.lower() in _TITLE_CASE_ROLES and written_lower(text, last)


#: person titles that head a role beside the dictionary's ("the Mayor", "the Governor")
_PERSON_TITLE_HEADS = frozenset("""president minister secretary chancellor governor mayor senator
    chairman director ambassador envoy commander judge justice king queen prince emir
    sultan premier""".split())


#: a description head that names the holder of any of these roles ("the Russian leader": the
#: president of Russia; "the Israeli leader": its prime minister), a hypernym of them
_HYPERNYMS = {"leader": ("president", "minister", "chancellor", "premier", "king", "emir",
                         "sultan", "leader")}


#: rank words of a head-of-state role's core ("prime minister", "supreme leader")
_RANKS = frozenset("prime supreme crown".split())


#: heads of a description that a seat follows after "for" ("the MP for Kent")
_SEAT_HOLDERS = frozenset("mp mep msp mla mpp am senator congressman congresswoman".split())


def _description_head(words: list[str]) -> str:
    """The head noun of a description's words: the word before its first "of", else the first
    of two coordinated nouns when the last could name a body ("the writer and broadcaster": one
    person's two roles), else the last."""
    if "of" in words[1:]:
        return words[words.index("of") - 1]
    if "for" in words[1:] and words[words.index("for") - 1] in _SEAT_HOLDERS:
        return words[words.index("for") - 1]  # "the MP for Sittingbourne and Sheppey"
    first = _first_conjunct(words)
    return first if first is not None and words[-1] in _REPORT_NOUNS else words[-1]


def _role_holder(words: list[str], by_surname, date: str | None = None):
    """The one person of the article (``by_surname``: surname → people of the scan) who holds
    a dictionary role that the description's ``words`` (lower case, no determiner) name; None
    when no one or more than one does. With the article's ``date`` ("YYYY-MM-DD"), the one who
    held it that day ("the president" in 2015 with Obama and Trump named: Obama; "former":
    a term ended before that day) when no other holder is named more often, and with no
    holder named (not even by surname), the one holder of a role the description names with
    its modifiers ("the Iranian president" → the president of Iran that day; a bare "the
    president" names no one role)."""
    words = [re.sub(r"[’']s$", "", w.lower()).strip("’'").replace(".", "") for w in words
             if w]  # "U.S." → "us", "Iran's" → "iran"
    if not words:
        return None
    head = _description_head(words)
    table = _roles()
    roles = [r for h in _HYPERNYMS.get(head, (head,)) for r in table.get(h, ())]
    if not roles:
        return None
    former = "former" in words
    content = {w for w in words if w not in _FREE}
    broad = head in _HYPERNYMS  # "the Russian leader": a head of state or government of Russia
    found, held, unnamed = {}, {}, set()
    for core, role_words, holder, ended, start, end in roles:
        if broad:
            fits = len(core - _RANKS) == 1 and content - {head} <= role_words
        else:
            fits = core <= content and content <= role_words
        if not fits or former and not ended:
            continue
        on_date = date and (end and end <= date if former else start <= date and (
            not end or date < end))
        p = _article_person(holder, by_surname)
        if p is not None and p.count:
            found[id(p)] = p
            if on_date:
                held[id(p)] = p
        elif on_date and not former:
            unnamed.add(holder)
        if p is None and by_surname.get(holder.split()[-1]):
            found[holder] = None  # another holder's surname is written: no unnamed one
    named = [p for p in found.values() if p is not None]
    if date and found:  # the holder that day, unless another holder named is more salient
        # (a story of the past: "the FBI director" in a story of Comey's years)
        one = next(iter(held.values())) if len(held) == 1 else None
        return one if one is not None and one.count >= max(p.count for p in named) else None
    if date and len(unnamed) == 1 and content - {head}:
        holder = next(iter(unnamed))
        return _Person(holder, holder.split()[-1])
    return named[0] if len(named) == 1 else None


def _has_modifiers(proper: set[str], roles: set[str]) -> bool:
    """Every proper modifier of a description is among a person's role words, written out or
    abbreviated ("the Florida senator" ~ "Sen. Marco Rubio, R-Fla."). A place of a role noun
    (``proper.places``: "the Vermont senator") is compatible too with a person whose role
    words name no place at all (the article wrote "Sen. Bernie Sanders" alone): only another
    place conflicts (Lee et al. 2013, "compatible modifiers only")."""
    parts = {w for r in roles for w in re.split(r"[-.]", r) if len(w) >= 3}
    plain = {r.replace(".", "") for r in roles}  # "u.s." ~ "us"
    lenient = getattr(proper, "places", ())
    placeless = None
    for m in proper:
        if m in plain or any(m.startswith(w) for w in parts):
            continue
        if m not in lenient:
            return False
        if placeless is None:
            placeless = not (plain & _place_words())
        if not placeless:
            return False
    return True


class _Modifiers(frozenset):
    """The proper modifiers of a description; ``places`` those that name the role's place."""

    places: frozenset = frozenset()


@functools.lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    """Lower-case words that name a place in a person's role words ("ohio", "jersey",
    "vermont"), without the words places share with other names ("new", "north", "city")."""
    names = {re.sub(r"\s*\(.*\)$", "", p) for p in _dictionary_words()[0]} | set(_ABBREVIATIONS)
    words = {w.lower() for n in names for w in n.split()}
    return frozenset(words - _SHARED_PLACE_WORDS)


_SHARED_PLACE_WORDS = frozenset("""new north south east west united states of and the island
    islands republic city saint gulf strait central western eastern southeast northern sea red
    great lake hill holy bank street delta peninsula heights crossing america""".split())


_INITIALS = re.compile(r"\b(U\.S\.|US|U\.K\.|UK)(?=\s)")


def _initials(surface: str) -> set[str]:
    """Country initials modifying a description ("the US president", "the U.K. minister") →
    {"us"} / {"uk"}: proper modifiers, like a demonym."""
    return {m.group(1).replace(".", "").lower() for m in _INITIALS.finditer(surface)}


def _held_with(person, modifiers: set[str]) -> bool:
    """The dictionary gives ``person`` a role whose words hold every modifier ("Russian" for
    Vladimir Putin, president of Russia): the modifier check of a description (Lee et al.
    2013, "compatible modifiers only") for a person whose article writes no such word."""
    plain = _plain(person.full)
    return any(modifiers <= words for rs in _roles().values() for _c, words, holder, *_ in rs
               if _plain(holder) == plain or _plain(holder).split()[-1] == plain)


def _place_office(surface: str, words: list[str], by_surname, date: str | None) -> _Person | None:
    """The dictionary's holder (:func:`_role_holder`) of an office a place's possessive names
    ("Iran's president", "North Korea's foreign minister"): one office, the definite
    description "the president of Iran" written another way; None when none holds it."""
    if not words or not _PLACE_POSSESSIVE.match(surface.lstrip()):
        return None
    p = _role_holder(words, by_surname, date)
    if p is not None:
        p.roles.update(w for w in words if w not in _GENERIC_ROLE_WORDS)
    return p


_PLACE_POSSESSIVE = re.compile(r"[A-Z][\w.]*(?:\s[A-Z][\w.]*)?[’']s\s+[a-z]")


def _known_elsewhere(person, head: str, proper) -> bool:
    """True when the actor dictionary gives ``person`` the description's office (``head``) but
    none of the places the description names (``proper.places``): "Iran's president" is not
    Donald Trump, whom the dictionary knows as president of the United States; the leniency of
    :func:`_has_modifiers` for a person whose article names no place ends where the dictionary
    does."""
    places = getattr(proper, "places", frozenset())
    known = _dictionary_role_words().get(person.full, frozenset()) if places else frozenset()
    return head in known and not places & known


def _of_modifiers(surface: str) -> set[str]:
    """The capitalised words after the "of" of a role ("the Director of National Intelligence"
    → national, intelligence): modifiers the person's role must carry too."""
    low = surface.lower()
    at = low.find(" of ")
    if at < 0:
        return set()
    return {w.lower() for w in re.findall(r"\b[A-Z][a-z]+", surface[at + 4 :])} - {"the"}


def _article_person(holder: str, by_surname):
    """The article's person who is the dictionary's ``holder``: the same full name, or a
    person known by the surname alone, or one with the same first name."""
    toks = holder.split()
    cands = by_surname.get(toks[-1]) or by_surname.get(_plain(toks[-1])) if toks else None
    if not cands:
        return None
    for p in cands:
        full = _plain(p.full)
        if full == _plain(holder) or full == _plain(toks[-1]) or (
                full.split()[0] == _plain(toks[0])):
            return p
    return None


@functools.lru_cache(maxsize=4096)
def _plain(name: str) -> str:
    """A name without accents ("François" → "Francois"): news writes both."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1)
def _place_set() -> frozenset[str]:
    """The places of the actor dictionary (places and states) and the states and provinces of
    :mod:`analysis.quotes.places`, as written ("New Jersey", "Vermont", "Ontario")."""
    names = {re.sub(r"\s*\(.*\)$", "", p) for p in _dictionary_words()[0]} | set(_ABBREVIATIONS)
    return frozenset(n for n in names if n[:1].isupper())


#: a capitalised run before a lower-case word: a place there modifies a role ("the Ohio
#: governor"), not a body ("the Washington Post reporter": "Post" ends the run)
_CAP_RUN = re.compile(r"[A-Z][\w.’'\-]*(?: [A-Z][\w.’'\-]*){0,3}(?= [a-z])")


_POSSESSIVE_PLACE = re.compile(r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})[’']s\s+[a-z]")


def _places_in(surface: str) -> set[str]:
    """The words of the places a description names before a lower-case word (the longest
    place that ends a capitalised run: "the New Jersey governor" → new, jersey)."""
    out: set[str] = set()
    places, names = _place_set(), _place_names()
    for m in _POSSESSIVE_PLACE.finditer(surface):  # "Ukraine's president"
        if m.group(1) in places:
            out.update(names.get(m.group(1), m.group(1).lower()).split())
    for m in _CAP_RUN.finditer(surface):
        toks = m.group().split()
        for k in range(len(toks)):
            name = " ".join(toks[k:])
            if name in places:
                out.update(names.get(name, name.lower()).split())
                break
    return out


def _proper_modifiers(surface: str, words: list[str], party_head: bool) -> frozenset[str]:
    """The modifiers of a description a person must carry too (lower-case words): for a party
    noun head ("the Kentucky Republican") every capitalised word but the party; else its
    demonyms ("the French president"), country initials ("the US president"), the capitalised
    words after "of" ("the Director of National Intelligence") and the places written in it
    ("the New Jersey governor" → new, jersey; "the Vermont senator" → vermont)."""
    party = {"democratic", "democrat", "republican", "gop", "tory", "tories"}  # ("the Tory
    # leader": a party, not a demonym)
    if party_head:
        body = re.sub(r"^(?:the|a|an)\s+", "", surface.strip(), flags=re.I)
        return frozenset({w.lower() for w in re.findall(r"\b[A-Z][a-z]+", body)} - party)
    out = frozenset(w.lower() for w in re.findall(r"\b[A-Z][a-z]+", surface)
                    if _is_demonym(w) and w.lower() not in party)
    out |= _of_modifiers(surface) | _initials(surface)
    places = _places_in(surface)
    if not places:
        return out
    mods = _Modifiers(out | places)
    mods.places = frozenset(places - out)
    return mods
