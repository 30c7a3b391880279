"""Word lists the resolver reads from the kit's resources, for :mod:`analysis.quotes`.

Internal: given names and their sex (:func:`analysis.person_names.given_name_sex`) and the actor
dictionary's places, demonyms and actor types (``resources/actors.csv``, read once), with the
outlets of the outlet registry. Moved out of :mod:`analysis.quotes.person_scan` (2026-12-04,
second session).
"""

from __future__ import annotations

import csv
import functools
import re

from ..corpus.outlets import registry
from ..person_names import RESOURCES
from ..person_names import given_name_sex as _census_sex
from .verbs import load_reporting_verbs

__all__ = [
    "_census_sex",
    "_dictionary_aliases",
    "_dictionary_parties",
    "_dictionary_role_words",
    "_dictionary_short_names",
    "_dictionary_short_persons",
    "_dictionary_types",
    "_dictionary_words",
    "_headline_verbs",
]


@functools.lru_cache(maxsize=1)
def _actor_rows() -> tuple[dict[str, str], ...]:
    """The rows of the actor dictionary (``resources/actors.csv``)."""
    with open(RESOURCES / "actors.csv", newline="", encoding="utf-8") as f:
        return tuple(csv.DictReader(f))


def _names(row: dict[str, str], key: str = "actor") -> list[str]:
    return [n for n in [row[key], *(row.get("aliases") or "").split("|")] if n]


@functools.lru_cache(maxsize=1)
def _dictionary_words() -> tuple[frozenset[str], frozenset[str]]:
    """From the actor dictionary: the names and aliases of its places and states ("Puerto Rico",
    "Nova Scotia": no person however they are capitalised) and all its demonyms."""
    places: set[str] = set()
    demonyms: set[str] = set()
    for row in _actor_rows():
        demonyms.update(a for a in (row.get("demonyms") or "").split("|") if a)
        if row.get("type") in ("place", "state"):
            places.update(_names(row))
    return frozenset(places), frozenset(demonyms)


@functools.lru_cache(maxsize=1)
def _dictionary_types() -> dict[str, str]:
    """From the actor dictionary: each actor's name and aliases → its type ("person", "media",
    "organisation", "state", "place", "armed_group"); and the outlets of the outlet registry
    (:func:`analysis.corpus.outlets.registry`: "media", "The Daily Beast" also without "The")."""
    out: dict[str, str] = {}
    for row in _actor_rows():
        for name in _names(row):
            out.setdefault(name, row.get("type") or "")
    for row in registry().to_dict("records"):
        for name in _names(row, "outlet"):
            out.setdefault(name, "media")
            out.setdefault(name.removeprefix("The "), "media")
    return out


#: party words of US politics → the party's letter (the words a description or a role carries)
PARTY_LETTERS = {"democratic": "d", "democrat": "d", "republican": "r", "gop": "r"}


@functools.lru_cache(maxsize=1)
def _dictionary_parties() -> dict[str, frozenset[str]]:
    """From the actor dictionary: each person's name and aliases → the parties its role
    names ("Democratic presidential nominee (2016)" → {"d"}); people with none are left out."""
    out: dict[str, frozenset[str]] = {}
    for row in _actor_rows():
        words = (row.get("role") or "").lower().replace(",", " ").split()
        parties = frozenset(PARTY_LETTERS[w] for w in words if w in PARTY_LETTERS)
        if row.get("type") == "person" and parties:
            for name in _names(row):
                out.setdefault(name, parties)
    return out


@functools.lru_cache(maxsize=1)
def _short_name_owners() -> dict[str, frozenset[str]]:
    """From the actor dictionary: each one-word short name → the actors that have it ("" for one
    that is no person: a short name a place or body shares)."""
    owners: dict[str, set[str]] = {}
    for row in _actor_rows():
        for name in (row.get("short_names") or "").split("|"):
            if name and " " not in name:
                owners.setdefault(name, set()).add(
                    row["actor"] if row.get("type") == "person" else "")
    return {n: frozenset(o) for n, o in owners.items()}


@functools.lru_cache(maxsize=1)
def _dictionary_short_names() -> frozenset[str]:
    """From the actor dictionary: the one-word short names of its people ("Lula", "Bibi"):
    names that are no given name of the person's, whatever a census list of given names says."""
    return frozenset(n for n, owners in _short_name_owners().items() if owners - {""})


@functools.lru_cache(maxsize=1)
def _dictionary_short_persons() -> dict[str, str]:
    """From the actor dictionary: a one-word short name that only one person has → that person
    ("Obama" → Barack Obama; not "Bush", "Clinton" or "Kim", which several people share)."""
    return {n: next(iter(o)) for n, o in _short_name_owners().items()
            if len(o) == 1 and "" not in o}


@functools.lru_cache(maxsize=1)
def _dictionary_role_words() -> dict[str, frozenset[str]]:
    """From the actor dictionary: each person's name and aliases → the lower-case words of its
    role ("US senator from Texas; Republican presidential candidate (2016)" → senator,
    candidate, …): what the kit knows a person to be when the article does not say it; also
    under a short name that only one person has (:func:`_dictionary_short_persons`: "Obama")."""
    out: dict[str, frozenset[str]] = {}
    for row in _actor_rows():
        words = frozenset(w.strip("();,.") for w in (row.get("role") or "").lower().split())
        if row.get("type") == "person" and words:
            for name in _names(row):
                out.setdefault(name, words)
    for name, actor in _dictionary_short_persons().items():
        if actor in out:
            out.setdefault(name, out[actor])
    return out


@functools.lru_cache(maxsize=1)
def _dictionary_states() -> dict[str, str]:
    """From the actor dictionary: each name and alias of a state → the state's name ("US",
    "U.S.", "Washington" → "United States"; "Ankara" → "Turkey": a capital as a metonym for its
    government, CAMEO practice), so that a state speaks as one speaker however it is written."""
    return {n: row["actor"] for row in _actor_rows() if row.get("type") == "state"
            for n in _names(row)}


def _unique_aliases(types: tuple[str, ...]) -> dict[str, str]:
    """From the actor dictionary: each alias of an actor of ``types`` that only one such actor
    has → the actor's name."""
    owners: dict[str, set[str]] = {}
    for row in _actor_rows():
        if row.get("type") in types:
            for name in _names(row)[1:]:
                owners.setdefault(name, set()).add(row["actor"])
    return {n: next(iter(o)) for n, o in owners.items() if len(o) == 1}


@functools.lru_cache(maxsize=1)
def _dictionary_aliases() -> dict[str, str]:
    """From the actor dictionary: each alias of a person that only one person has → the
    person's name (titled, "President Obama", "Mrs. Clinton"; or another writing of the name,
    "Joseph Biden", "Francois Hollande")."""
    return _unique_aliases(("person",))


@functools.lru_cache(maxsize=1)
def _dictionary_body_aliases() -> dict[str, str]:
    """From the actor dictionary: each alias of a body (an organisation, outlet or armed group)
    that only one body has → the body's name ("UN" → "United Nations", "Tories" → "Conservative
    Party", "AFP" → "Agence France-Presse")."""
    return _unique_aliases(("organisation", "media", "armed_group"))


@functools.lru_cache(maxsize=1)
def _headline_verbs() -> frozenset[str]:
    """The third-person forms of the reporting-verb lexicon
    (:func:`analysis.quotes.verbs.load_reporting_verbs`: "urges", "warns", "slams"), lower case:
    a title-case headline writes them between names ("Obama Urges Britain …")."""
    forms = [f for fs in load_reporting_verbs()["forms"].dropna() for f in fs.split("|")]
    return frozenset(f.lower() for f in forms if " " not in f and f.endswith("s")
                     and not f.endswith("ss"))


_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese|ish|an)$")


def _is_demonym(word: str) -> bool:
    """A demonym before a name ("Russian Vladimir Putin"): one of the actor dictionary's, or a
    word ending like one ("-ian", "-ean", "-ese", "-ish") that is no census given name; a word
    ending in a bare "-an" only from the dictionary ("Mexican" is, "Erlan" is no demonym)."""
    if word in _dictionary_words()[1]:
        return True
    if _DEMONYM.search(word) is None or word in _census_sex():
        return False
    return word.endswith(("ian", "ean", "ese", "ish"))


#: words that make an office another one under it: "Vice President Biden", "deputy prime
#: minister Mr Prescott", "shadow chancellor" are not "the president", "the prime minister"
LESSER_RANKS = frozenset("vice deputy shadow assistant under junior".split())


def _lesser(roles, words) -> bool:
    """True when a person's ``roles`` (or an earlier phrase's words) hold a rank under the office
    the description's ``words`` name and the description does not say so."""
    words = set(words)
    if roles & LESSER_RANKS and not (roles & LESSER_RANKS) <= words:
        return True
    return bool((words & LESSER_RANKS) - roles) and bool(roles & (words - LESSER_RANKS))  # and
    # the reverse: "the shadow chancellor" is not the one known as the chancellor


#: people placed by where they are ("Officials in Washington", "Police in the city"): the phrase
#: is the plural noun's, not the place's
_PLACED = frozenset("""officials police residents witnesses diplomats sources analysts experts
    lawmakers authorities investigators prosecutors troops officers activists protesters""".split())
