"""A one-word speaker label the article never expands: a name, a body's name, or no name at all.

Internal to :func:`analysis.quotes.quotes` (the last pass of :mod:`analysis.quotes.bodies`). A
speaker written as one capitalised word that no full name of the article ends in ("Microsoft
said", "Prior to Wednesday, Lam …", "Skeptics also questioned") was kept as a person. Two
looks at the article decide otherwise, after the way coreference systems type a mention by
the words around its other mentions (Bergsma & Lin 2006, "Bootstrapping path-based pronoun
resolution", ACL: a noun's gender and number from the pronouns that co-occur with it; Lee et
al. 2013, Computational Linguistics 39(4), §3.3.2, animacy and number as mention attributes):

* **No proper noun** — the word is capitalised only where any word is (a sentence's or line's
  start, after an opening quotation mark): the article never writes it capitalised inside a
  sentence, with no title before it and no given name; and its form is a common word's (a
  function word, a plural, an adverb in "-ly", a participle in "-ing", a noun in "-tion", a
  hyphenated word with a part in lower case: "Somebody", "Skeptics", "Recently", "Responding",
  "Three-quarters"). It is no one's name: the speaker is unidentified. (A proper noun written
  only at sentences' starts, "Federer", "Volkswagen", keeps its label.)
* **A body** — the pronouns that follow the word in the first words of its clause are the ones
  of a thing ("Microsoft said its …", "Sony has said it …", "Gartner, which …") more often than
  of a person ("he", "his", ", who"): an organisation.
"""

from __future__ import annotations

import re

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from .name_words import _BODY_NAME_ENDS
from .person_scan import _PERSON_TITLES
from .words import _ORG_WORDS

#: what may stand before a capitalised word that opens a sentence, a line or a quotation
_OPENERS = frozenset(".!?:;\"“”‘'(\n—–-•*|")
#: the word before a mention, or before the given name before it ("Lord Falconer", "Rep. Will
#: Hurd"): a person's title when the person scan's titles hold it
_TITLE_BEFORE = (re.compile(r"([A-Z][a-z]+)\.?\s+$"),
                 re.compile(r"([A-Z][a-z]+)\.?\s+[A-Z][\w’'-]+\s+$"))
_TITLE_WORDS = frozenset(t.rstrip(".") for t in _PERSON_TITLES) | frozenset(
    "professor prof gen rev coach captain princess sheikh father".split())
_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)\s+$")
_THING = re.compile(r"\b(?:its|itself)\b|^,\s+which\b|\b(?:said|says|told|added) it\b")
_PERSON = re.compile(r"\b(?:he|she|his|her|him|himself|herself)\b|^,\s+who\b", re.I)
_CLAUSE_END = re.compile(r"[.;:!?\"“”]")
#: endings of names in "s" that no English plural has ("Jarvis", "Barclays", "Texas"); another
#: word in "s" written only at a sentence's start is a plural ("Shops", "Rebels", "Analysts")
_NAME_S = ("is", "us", "ss", "os", "as", "ys")
_COMMON_ENDINGS = re.compile(r"\w{3,}(?:ly|ing|tion|sion|ness|ment|ence|ance|ists?|ers)")


def _common_form(word: str) -> bool:
    """A capitalised word whose form is a common word's: a function word (scikit-learn's
    English stop list: "Anyone", "Further"), a number, a plural, a derived noun, adverb or
    participle, or a hyphenated word with a part in lower case ("Three-quarters")."""
    low = word.lower()
    if low.replace("-", "") in ENGLISH_STOP_WORDS or low in ENGLISH_STOP_WORDS or low in _NUMBERS:
        return True
    if "-" in word and any(p[:1].islower() for p in word.split("-")[1:]):
        return True
    plural = low.endswith("s") and not low.endswith(_NAME_S) and len(low) > 4
    return plural or _COMMON_ENDINGS.fullmatch(low) is not None


#: number words and the pronouns in "-body" that the stop list lacks
_NUMBERS = frozenset("two three four five six seven eight nine ten tens dozens hundreds "
                     "thousands millions somebody anybody everybody nobody".split())


def _lone_word_kind(text: str, word: str, given_names) -> str | None:
    """"unresolved" for a one-word label the article never writes as a proper noun,
    "organisation" for one the article refers back to as a thing, else None (a person).

    ``given_names``: the census list (a given name is a person's: "Emily said").

    >>> _lone_word_kind("Skeptics doubt it. Skeptics said no.", "Skeptics", set())
    'unresolved'
    >>> _lone_word_kind("Shares of Microsoft fell. Microsoft said its sales rose.", "Microsoft",
    ...                 set())
    'organisation'
    >>> _lone_word_kind("He met Parry. Parry said he was glad.", "Parry", set()) is None
    True
    """
    if not word or " " in word or word in given_names:
        return None
    inside = thing = person = 0
    for m_start, m_end in _occurrences(text, word):
        before = text[max(0, m_start - 24) : m_start]
        given = _WORD_BEFORE.search(before)
        if any((t := rx.search(before)) and t.group(1).lower() in _TITLE_WORDS
               for rx in _TITLE_BEFORE) or given and given.group(1) in given_names:
            return None  # "Lord Falconer", "Rep. Will Hurd", "Carolina Milanesi": a person
        stripped = before.rstrip()
        if stripped and stripped[-1] not in _OPENERS:
            inside += 1
        after = text[m_end : m_end + 60]
        end = _CLAUSE_END.search(after)
        clause = " ".join((after[: end.start()] if end else after).split(" ")[:8])  # its
        # own clause's first words: "Microsoft said its", not "… to back up its claims"
        thing += sum(1 if t.group().startswith(("said", "says", "told", "added")) else 2
                     for t in _THING.finditer(clause))  # ("its": 2; "said it": 1, "it" may
        # be the object or a placeholder: "Beyoncé says it")
        person += 2 * len(_PERSON.findall(" ".join(after.split(" ")[:10])))  # ("DeLauriers
        # said. But he warned")
    if not inside and not person and _common_form(word):
        return "unresolved"
    return "organisation" if thing >= 2 and thing > person else None


def _occurrences(text: str, word: str):
    """(start, end) of ``word`` as a whole word in ``text`` (``str.find``: no pattern compiled
    per word)."""
    at, n = text.find(word), len(word)
    while at >= 0:
        end = at + n
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_’'-")) and (
                end == len(text) or not (text[end].isalnum() or text[end] in "_-")):
            yield at, end
        at = text.find(word, at + 1)


_CAPITALISED_AFTER = re.compile(r"(?: [A-Z][\w&’'-]*){1,3}")


def _body_name_begun(text: str, word: str) -> str | None:
    """The name of a body the article writes as ``word`` and capitalised words after it, the
    last a body's word ("Forrester" after "Forrester Research", "Gartner" after "Gartner
    Group"): a firm's short name, as a lone surname is a person's (Lee et al. 2013, §3.3.1,
    a mention's head matching an earlier, longer mention's).

    >>> _body_name_begun("Forrester Research says so. Forrester added more.", "Forrester")
    'Forrester Research'
    """
    for _start, end in _occurrences(text, word):
        m = _CAPITALISED_AFTER.match(text, end)
        if m is None:
            continue
        words = m.group().split()
        for k in range(len(words), 0, -1):
            if words[k - 1].lower() in _ORG_WORDS or words[k - 1] in _BODY_NAME_ENDS:
                return " ".join([word, *words[:k]])
    return None
