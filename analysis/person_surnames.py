"""Surnames and given names that stand for a full name in a text (the heuristic's joins).

Internal to :func:`analysis.actor_dictionary.candidate_spans`: a lone "Brunner" after "Angelique
Brunner", "Bill" of "Bill and Hillary Clinton", and a dictionary person's unambiguous surname
("Trump said") in a text that never names the person in full — news names a person in full
first and by the surname after (AP Stylebook, "names"; Reuters Handbook, "second reference").
"""

from __future__ import annotations

import functools
import re

from .person_names import (
    _INITIAL_TOKEN,
    _SUFFIXES,
    _TITLE_WORDS,
    NOT_PERSON_WORDS,
    ORG_WORDS,
    given_names,
)


def surname_index(names) -> dict[str, tuple[str, str]]:
    """Full names of a text by the word a later lone mention uses: ``(name, kind)`` pairs →
    ``{surname: (name, kind)}``. The last word, and for a name of three words the middle one
    when it is neither an initial nor a given name: the first of two surnames ("Melba Acosta
    Febo" … "Ms. Acosta"; "Debbie Wasserman Schultz" … "Wasserman"). A last word wins over a
    middle one; among equals the later name wins."""
    middle, last = {}, {}
    for name, kind in names:
        words = name.split()
        while len(words) > 2 and words[-1].lower().strip(".") in _SUFFIXES:
            words.pop()  # "Harry Hurt III" … "Mr. Hurt"
        if len(words) == 3 and not _INITIAL_TOKEN.fullmatch(words[1]) \
                and words[1] not in given_names() and words[1].lower() not in _SUFFIXES:
            middle[words[1]] = (name, kind)
        last[words[-1]] = (name, kind)
    return {**middle, **last}


def first_names(names) -> dict[str, str]:
    """Given names that open exactly one of ``names`` (full person names of a text) → that
    name: "Bill" → "Bill Clinton" where the text names no other Bill in full ("Bill and Hillary
    Clinton", "The Donald")."""
    owners: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        if len(words) > 1 and words[0] in given_names():
            owners.setdefault(words[0], set()).add(name)
    return {w: next(iter(n)) for w, n in owners.items() if len(n) == 1}


def dictionary_surnames(entries, actors) -> dict[str, str]:
    """Short names ("Trump") that exactly one person of the dictionary bears → that person."""
    person = set(actors.loc[actors["type"] == "person", "actor"])
    short = entries[(entries["kind"] == "short_name") & entries["actor"].isin(person)]
    owners = short.drop_duplicates(["form", "actor"]).groupby("form")["actor"].agg(list)
    return {form: names[0] for form, names in owners.items() if len(names) == 1}


def lone_surnames(text: str, surnames: dict[str, str], taken) -> list[tuple[int, int, str]]:
    """Lone mentions of a dictionary person's unambiguous surname ("Trump said") in a text that
    never names the person in full (the dictionary counts a surname only after the full name):
    ``(start, end, person)``, not inside another capitalised name ("Trump Tower") nor overlapping
    ``taken`` spans."""
    if not surnames:
        return []
    rx = _surname_pattern(tuple(sorted(surnames, key=len, reverse=True)))
    out = []
    for m in rx.finditer(text):
        s, e = m.span()
        if any(a < e and s < b for a, b in taken) or re.match(r"[’']?s?\s+[A-Z]", text[e:e + 4]):
            continue
        if _given_name_of_other(text, m.group()):
            continue  # the text writes it as someone's given name too: "(Ryan) Giggs"
        before = re.search(r"(\S+)\s+\Z", text[max(0, s - 30):s])
        word = before.group(1) if before else ""
        if word[:1].isupper() and word.lower().strip(".") not in _TITLE_WORDS \
                and not word.endswith((".", ":", "”", '"', ",")):
            continue  # "Ivanka Trump", "Fred Trump": another person of that name
        out.append((s, e, surnames[m.group()]))
    return out


def _given_name_of_other(text: str, word: str) -> bool:
    """``word`` opens another person-like name in ``text`` ("Ryan Giggs", "(Ryan) Giggs"), not
    a thing's ("Trump Tower", "Trump Organization")."""
    for m in re.finditer(rf"\b{re.escape(word)}\)?\s+([A-Z][a-z][\w’'-]*)", text):
        if m.group(1).lower() not in NOT_PERSON_WORDS | ORG_WORDS:
            return True
    return False


@functools.lru_cache(maxsize=8)
def _surname_pattern(forms: tuple[str, ...]) -> re.Pattern:
    """One regular expression for the surnames, on word boundaries."""
    return re.compile(r"(?<![\w’'-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])")
