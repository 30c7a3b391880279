"""A lead's description resolved forward, for :mod:`analysis.quotes`.

News leads often describe a speaker before naming them: "British Columbia's top doctor says the
province is not ready …", and in the next paragraph "Provincial health officer Dr. Bonnie Henry
told a news conference …" (cataphora: the description points forward, Halliday & Hasan 1976
§2.4; the inverted-pyramid lead withholds the name, Pöttker 2003). Internal to
:func:`analysis.quotes.quotes`, run after the backward resolution of
:mod:`analysis.quotes.people`, on what it left unresolved.
"""

from __future__ import annotations

import re

from .people import UNIDENTIFIED
from .words import _ROLE_NOUNS, _SUBJECT_PRONOUNS, _is_possessive

#: paragraphs after the lead in which the speaker it describes is named
_PARAGRAPHS_AFTER = 2
#: characters around a name in which the lead's head noun must be written
_ROLE_REACH = 80
#: titles written for a head noun
_TITLE_OF = {"doctor": ("Dr.",), "senator": ("Sen.",), "governor": ("Gov.",),
             "representative": ("Rep.",), "professor": ("Prof.",)}
#: nouns of persons that are no role nouns
_PERSON_WORDS = frozenset("""doctor man woman mother father parent son daughter wife husband
    teacher student nurse worker farmer owner victim survivor candidate nominee veteran""".split())
#: pronouns: a speaker phrase that is one of them is no description
_PRONOUNS = _SUBJECT_PRONOUNS | {"who"}


def _lead_cataphora(rows: list[dict], text: str, para_starts: list[int]) -> None:
    """Give an unresolved description speaker of the first paragraph the first person named as a
    speaker, by a full name, in the ``_PARAGRAPHS_AFTER`` paragraphs after it: "British
    Columbia's top doctor says …" → Bonnie Henry. Pronouns are left alone, and so is a lead
    whose next paragraphs name no speaker."""
    first, last = _end_of(para_starts, 0, text), _end_of(para_starts, _PARAGRAPHS_AFTER, text)
    lead = [r for r in rows if r["speaker_start"] is not None and r["speaker_start"] < first
            and r["speaker_resolved"] == UNIDENTIFIED
            and _is_description(text[r["speaker_start"] : r["speaker_end"]])]
    if not lead:
        return
    named = sorted((r["speaker_start"], r["speaker_end"], r["speaker_resolved"]) for r in rows
                   if r["speaker_start"] is not None and first <= r["speaker_start"] < last
                   and r["speaker_kind"] == "person"
                   and len((r["speaker_resolved"] or "").split()) >= 2)
    for r in lead:
        phrase = text[r["speaker_start"] : r["speaker_end"]]
        head = _head(phrase)
        if not _names_a_person(head):
            continue  # "An Islamic State affiliate", "Europe's biggest drugmaker"
        proper = _proper_modifiers(phrase)
        person = next((p for s, e, p in named if _role_near(text, s, e, head, first)
                       and all(m in text[max(first, s - _ROLE_REACH) : e + _ROLE_REACH]
                               for m in proper)), None)
        if person is not None:
            r["speaker_resolved"], r["speaker_kind"] = person, "person"


def _head(phrase: str) -> str:
    """The description's head noun, lower case ("British Columbia's top doctor" → "doctor")."""
    words = re.findall(r"[A-Za-z][\w\-]*", phrase.lower())
    return words[-1] if words else ""


def _names_a_person(head: str) -> bool:
    """A head noun that names a person: a role noun ("minister", "chief", "expert") or a
    noun of a person ("doctor", "mother", "resident") — not "affiliate" or "drugmaker"."""
    return head in _ROLE_NOUNS or head in _PERSON_WORDS


def _proper_modifiers(phrase: str) -> list[str]:
    """Capitalised modifiers the named person must also be written with, besides a possessive
    place ("the Federal Reserve head" needs "Federal Reserve"; "British Columbia's top doctor"
    needs nothing: the province is the article's setting)."""
    words = phrase.split()
    own = [n for n, w in enumerate(words) if _is_possessive(w)]
    words = words[own[-1] + 1 :] if own else words  # the possessor is no modifier of the head
    out = []
    for w in words[:-1]:
        if w[:1].isupper() and w.lower() not in ("the", "a", "an"):
            out.append(w.strip(",.;:"))
    return out


def _role_near(text: str, s: int, e: int, head: str, floor: int) -> bool:
    """True when the head noun (or its title: "doctor" ~ "Dr.") is written within
    ``_ROLE_REACH`` characters of the person's name at ``[s, e)``: the named speaker is the one
    the lead described ("Provincial health officer Dr. Bonnie Henry", "Lakshmi Mittal, its chief
    executive"), not just the next person quoted (Lee et al. 2013's compatible-head
    constraint). Nothing before ``floor`` (the lead itself) is read."""
    if len(head) < 3:
        return False
    after = re.match(r",[^,.;]{0,60}[,.;]", text[e : e + _ROLE_REACH])  # ", its chief executive,"
    near = text[max(floor, s - _ROLE_REACH) : e + (after.end() if after else 0)]
    forms = _TITLE_OF.get(head, ()) + (head,)
    return any(re.search(rf"(?<!\w){re.escape(f)}s?(?!\w)", near, re.IGNORECASE) for f in forms)


def _end_of(para_starts: list[int], k: int, text: str) -> int:
    """Where paragraph ``k`` ends (the next one's start, or the text's end)."""
    return para_starts[k + 1] if k + 1 < len(para_starts) else len(text)


def _is_description(phrase: str) -> bool:
    """A noun phrase with a lower-case word ("British Columbia's top doctor", "A Toronto man"),
    not a pronoun or a name."""
    words = phrase.split()
    return bool(words) and not (len(words) == 1 and words[0].lower() in _PRONOUNS) and any(
        w[:1].islower() for w in words)
