"""One body, one name: an acronym speaker joined to the name it abbreviates ("the Bank", a
body's head written alone, to the name before it that holds it).

"The Securities and Exchange Commission has extended … . The SEC said …": the two speakers are
one body. An acronym (three to six capitals, "U.S.A." with its periods dropped; two letters fit
too many runs of capitals by chance) is matched to a capitalised name whose words' initials
spell it, the function words "of", "and", "for", "the",
"on", "in", "&" skipped or not ("International Institute for Strategic Studies" → IISS, "Joint
Council for the Welfare of Immigrants" → JCWI) — the initial-letter matching of Schwartz & Hearst
(2003, "A simple algorithm for identifying abbreviation definitions in biomedical text", PSB),
without their requirement of a parenthesis: news writes the name once and the acronym after it,
often with no "(SEC)" between.

Two steps: within an article (:func:`_expand_acronyms`, on the quotation rows of
:mod:`analysis.quotes.extract`), an organisation speaker written as an acronym takes the name the
article spells out; across a corpus (:func:`_join_acronyms`, for :func:`analysis.quotes.
attribution` and the explorer), an acronym speaker takes the one name of the table that it
abbreviates, so that articles which never spell it out count for the same body.

Example
-------
>>> _long_form("SEC", "The Securities and Exchange Commission has extended a deadline.")
'Securities and Exchange Commission'
>>> _long_form("BBC", "The BBC said.") is None
True
"""

from __future__ import annotations

import functools
import re

import pandas as pd

from ..person_names import given_name_sex, written_lower
from .lexicons import _dictionary_body_aliases

_ACRONYM = re.compile(r"[A-Z](?:\.?[A-Z]){1,5}\.?")
#: a run of capitalised words, function words inside it
_NAME_RUN = re.compile(r"[A-Z][\w’'&.-]*(?:\s+(?:(?:of|and|for|the|on|in|&)\s+)*[A-Z][\w’'&.-]*)+")
_FUNCTION = frozenset("of and for the on in &".split())
_TITLE_ACRONYM = re.compile(r"[A-Z][a-z]{3,5}")
_NOT_FIRST = frozenset("The A An".split())


def _letters(acronym: str) -> str:
    return acronym.replace(".", "")


def is_acronym(label: object) -> bool:
    """True for "SEC", "U.N.", "IISS" (two to six capitals), not "Trump" or "US Army"."""
    return isinstance(label, str) and _ACRONYM.fullmatch(label) is not None


def _spells(words: list[str], letters: str) -> bool:
    """The initials of ``words`` spell ``letters``, function words left out or kept."""
    if any(w.endswith(("’s", "'s")) for w in words):
        return False  # ("Iran's Supreme Leader": a possessor, no name of the body)
    census = given_name_sex()
    if any(a in census and b[:1].isupper() and b not in census for a, b in zip(words, words[1:])):
        return False  # ("Next Pascal Rossignol", a photo credit: a person's name, no body)
    content = "".join(w[0] for w in words if w not in _FUNCTION)
    every = "".join(w[0].upper() for w in words)
    return letters in (content, every) and words[0] not in _FUNCTION and (
        words[-1] not in _FUNCTION)


def _long_form(acronym: str, text: str) -> str | None:
    """The first capitalised name in ``text`` whose initials spell ``acronym``, else None."""
    letters = _letters(acronym)
    if len(letters) < 3:
        return None  # ("IS", "UN": two letters fit too many runs of capitals by chance)
    for m in _NAME_RUN.finditer(text):
        words = m.group().split()
        if words and words[0] in _NOT_FIRST:
            words = words[1:]
        for i in range(len(words)):
            for j in range(i + len(letters), min(len(words), i + 2 * len(letters)) + 1):
                if _spells(words[i:j], letters):
                    return " ".join(words[i:j]).rstrip(".,")
    return None


def _expand_acronyms(rows: list[dict], text: str) -> None:
    """Give each organisation speaker resolved to an acronym the name the article spells out,
    and one written "the Bank" or "the ministry" the last name before it with that word
    (:func:`_named_head`)."""
    found: dict[str, str | None] = {}
    for r in rows:
        label = r.get("speaker_resolved")
        if not isinstance(label, str) or r.get("speaker_kind") != "organisation" and not (
                r.get("speaker_kind") == "person" and _TITLE_ACRONYM.fullmatch(label)):
            continue  # (a one-word "person" may be a body's acronym in title case: "Icann")
        start = r.get("speaker_start")
        head = label if label in _HEADS or start is None else _head_written(text, start,
                                                                             r["speaker_end"])
        if start is not None and label in _LOWER_HEADS and _THE_HEAD.fullmatch(
                text, start, r["speaker_end"]) and (full := _modified_head(label, text, start)):
            r["speaker_resolved"] = _canonical(full)  # "the administration" → "Obama
            continue  # administration", the last body of that head the article names before
        if head in _HEADS and start is not None:
            full = _named_head(head, text, start)
            if full is not None and (label.lower() == head.lower() or full.endswith(" " + label)):
                r["speaker_resolved"] = _canonical(full)  # (a name the resolver gave stays:
            continue  # the head alone or a name cut short, "Exchange Commission", is completed)
        if not is_acronym(label) and not _TITLE_ACRONYM.fullmatch(label):
            continue
        if label not in found:  # (British style writes a long acronym in title case: "Icann",
            found[label] = _long_form(label.upper(), text)  # "Nato", "Unicef")
        if found[label] is not None:
            r["speaker_resolved"], r["speaker_kind"] = _canonical(found[label]), "organisation"


_THE_HEAD = re.compile(r"[Tt]he ([A-Za-z]+)")


def _head_written(text: str, start: int, end: int) -> str | None:
    """"Ministry" for a speaker written "the ministry" / "The commission", else None."""
    m = _THE_HEAD.fullmatch(text, start, end)
    return m.group(1).capitalize() if m is not None else None
#: heads of a body's name written alone after "the" ("the Bank", "the Fund", "the ministry")
_HEADS = frozenset("""Bank Fund Association Commission Committee Council Agency Department
    Ministry Party Union Court Board Institute Foundation Corporation Authority Service Office
    Federation League Alliance Coalition Organisation Organization Society Trust Tribunal
    Assembly Parliament Bureau Exchange""".split())


#: heads of a body written in lower case after a name or demonym ("the Obama administration",
#: "Iraqi military", "Israel's military", "the Assad regime")
_LOWER_HEADS = frozenset("administration government military regime army navy".split())
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")  # "U.S." (not a sentence's end; "NBC." is one)
_NOT_MODIFIER = frozenset("""The This That These Those A An His Her Its Their Our Your My Every
    Any Each No Federal Local National Interim New Former Current Previous""".split())


def _modified_head(head: str, text: str, before: int) -> str | None:
    """The last "<Name or demonym> <head>" written before ``before`` ("Obama administration",
    "South Korea's military", "U.S. military"): the body a definite "the administration" takes
    by the strict head match of Lee et al. (2013) with the name's modifiers; None when none."""
    found = None
    for m in _head_rx(head).finditer(text, 0, before):
        words = m.group(1).split()
        ends = [n for n, w in enumerate(words) if w.endswith(".") and not _INITIALS.fullmatch(w)]
        words = words[ends[-1] + 1 :] if ends else words  # ("… Libya. The Obama administration")
        while words and (words[0] in _NOT_MODIFIER or written_lower(text, words[0])):
            words = words[1:]  # ("Then the Iraqi military": "then" is written in lower case)
        if words:
            found = " ".join(words + [head])
    return found


@functools.cache
def _head_rx(head: str) -> re.Pattern:
    return re.compile(rf"((?:[A-Z][\w.’'-]*\s+){{1,3}}){head}\b")


def _canonical(name: str) -> str:
    """The actor dictionary's name of a body written another way ("State Department" → United
    States Department of State), else ``name``."""
    return _dictionary_body_aliases().get(name, name)


def _named_head(head: str, text: str, before: int) -> str | None:
    """The last capitalised name of two words or more before ``before`` that holds ``head``
    ("Bank of England" for "the Bank"; "International Monetary Fund" for "the Fund"): a
    definite description matched by its head to an earlier mention (Lee et al. 2013, the strict
    head-match sieve), else None."""
    best = None
    for m in _NAME_RUN.finditer(text, 0, before):
        for words in _sentence_parts(m.group().split()):
            if words and words[0] in _NOT_FIRST:
                words = words[1:]
            own = [n for n, w in enumerate(words) if w.endswith(("’s", "'s"))]
            words = words[own[-1] + 1 :] if own else words  # ("South Korea's Finance … Ministry")
            if head not in words:
                continue
            h = words.index(head)
            k = h + 1  # the name ends at its head or goes on with "of …"
            while k < len(words) and words[k] in _TAIL:
                while k < len(words) and words[k] in _FUNCTION:
                    k += 1
                while k < len(words) and words[k] not in _FUNCTION and (
                        words[k].lower().rstrip(".") not in _PERSON_TITLES):  # ("Bank of
                    k += 1  # England Governor …")
            first = max((n + 1 for n in range(h) if words[n] == "the"), default=0)
            words = words[first:k]  # ("Libya and the Department": the name after "the")
            while words and words[-1] in _FUNCTION:
                words = words[:-1]
            if len(words) >= 2:
                best = " ".join(words).rstrip(".,")
    return best


#: words that carry a body's name on after its head ("Bank of England", "Committee for the …";
#: not "on"/"in": "the Security Council on Thursday")
_TAIL = frozenset("of for and &".split())
#: titles that begin a person's name after a body's ("Bank of England Governor Mervyn King")
_PERSON_TITLES = frozenset("""governor director chairman chairwoman chair president secretary
    minister chief spokesman spokeswoman spokesperson ambassador commander deputy head leader
    mr mrs ms dr sir lord""".split())


def _sentence_parts(words: list[str]) -> list[list[str]]:
    """A run of capitalised words cut after a word that ends a sentence ("Monday. The …"; not
    an abbreviation with inner periods, "U.S.")."""
    parts, cur = [], []
    for w in words:
        cur.append(w)
        if w.endswith(".") and w.count(".") == 1 and len(w) > 2:
            parts.append(cur)
            cur = []
    return parts + [cur] if cur else parts


def _join_acronyms(resolved: pd.Series, kind: pd.Series) -> pd.Series:
    """Across a corpus, an organisation's acronym → the one organisation name of the table that
    it abbreviates (none when two names could be meant)."""
    org = kind.astype("string").eq("organisation").fillna(False).to_numpy(dtype=bool)
    labels = resolved[org].dropna().unique()
    acronyms = [a for a in labels if is_acronym(a)]
    if not acronyms:
        return resolved
    names = [n for n in labels if not is_acronym(n) and " " in n]
    mapping = {}
    for a in acronyms:
        letters = _letters(a)
        if len(letters) < 3:
            continue
        fits = {n for n in names if _spells(n.split(), letters)}
        if len(fits) == 1:
            mapping[a] = fits.pop()
    if not mapping:
        return resolved
    out = resolved.copy()
    out[org] = resolved[org].map(lambda v: mapping.get(v, v))
    return out
