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

import csv
import functools
import re

from ..person_names import RESOURCES

#: modifiers that say nothing about which role (they are not checked against the role's words)
_FREE = frozenset("the a an of former then current outgoing incoming new top".split())
#: words a role's core keeps when they stand before its head ("vice president", "prime
#: minister", "crown prince"): a description without them names another role
_WORD = re.compile(r"[A-Za-z][\w\-]*")


@functools.lru_cache(maxsize=1)
def _roles() -> dict[str, list[tuple[frozenset[str], frozenset[str], str, bool]]]:
    """Head noun → [(core words, all words of the role and its phrases, holder, ended)] read
    from ``resources/roles.csv``; the core is the lower-case part of the role before "of"
    ("vice president", "secretary" of "US secretary of state", "foreign policy chief")."""
    out: dict[str, list] = {}
    path = RESOURCES / "roles.csv"
    if not path.exists():
        return out
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            role = row["role"]
            core = [w for w in _WORD.findall(role.split(" of ")[0]) if w.islower()]
            if not core:
                continue
            text = " ".join([role, *(row.get("phrases") or "").split("|")])
            words = frozenset(w.lower() for w in _WORD.findall(text.replace("’", "'")))
            ended = bool((row.get("end") or "").strip())
            out.setdefault(core[-1], []).append(
                (frozenset(core), words, row["actor"], ended))
    return out


def _description_head(words: list[str]) -> str:
    """The head noun of a description's words: the word before its first "of", else the last."""
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def _role_holder(words: list[str], by_surname):
    """The one person of the article (``by_surname``: surname → people of the scan) who holds
    a dictionary role that the description's ``words`` (lower case, no determiner) name; None
    when no one or more than one does."""
    words = [w.lower().strip("’'") for w in words if w]
    if not words:
        return None
    head = _description_head(words)
    roles = _roles().get(head)
    if not roles:
        return None
    former = "former" in words
    content = {w for w in words if w not in _FREE}
    found = {}
    for core, role_words, holder, ended in roles:
        if former and not ended or not core <= content or not content <= role_words:
            continue
        p = _article_person(holder, by_surname)
        if p is not None and p.count:
            found[id(p)] = p
    return next(iter(found.values())) if len(found) == 1 else None


def _article_person(holder: str, by_surname):
    """The article's person who is the dictionary's ``holder``: the same full name, or a
    person known by the surname alone, or one with the same first name."""
    toks = holder.split()
    cands = by_surname.get(toks[-1]) if toks else None
    if not cands:
        return None
    for p in cands:
        if p.full == holder or p.full == toks[-1] or p.full.split()[0] == toks[0]:
            return p
    return None
