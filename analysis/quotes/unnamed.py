"""What kind of unnamed source a speaker phrase is, for :mod:`analysis.quotes.people`.

Internal to :func:`analysis.quotes.quotes`: a phrase that names no one is an anonymous source
("a source close to the talks", "officials"), the spokesperson of a body ("a spokesman for
Exxon"), a body ("the company"), a document ("the report"), a group ("protesters in Hong Kong")
or none of these (``_classify``). Moved out of :mod:`analysis.quotes.people` (2026-12-04, second
session), so that module stays under 500 lines.
"""

from __future__ import annotations

import re

from .coreference import _AFFILIATION_TAIL
from .lexicons import _dictionary_words
from .person_scan import _Person
from .role_match import _BODY_NOUNS, _HEAD_GENDER
from .verbgroup import _first_conjunct
from .words import _OPENERS, _REPORT_NOUNS

UNIDENTIFIED = "(unidentified)"  # speaker_resolved of a pronoun or description tied to no one

#: ("a person close to …", "people briefed on …", "an official with knowledge of …")
_ANON_WORDS = frozenset("source sources familiar condition anonymity insider insiders close "
                        "briefed knowledge involved".split())
_ANON_HEADS = frozenset("official officials aide aides adviser advisers advisor advisors person "
                        "people staffer staffers diplomat diplomats".split())
#: the body a spokesperson speaks for, named after "for"/"of" (its own "for", "of", "and" and a
#: serial comma inside: "the Department for Culture, Media and Sport")
_CAPS = r"[A-Z][\w’'\-.&]*(?:\s+(?:(?:and|for|of|the|&)\s+)?[A-Z][\w’'\-.&]*)*"
_SPOKES_FOR = re.compile(rf"\bspokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?({_CAPS}"
                         rf"(?:,\s+[A-Z][\w’'\-.&]*(?:\s+[A-Z][\w’'\-.&]*)*\s+and\s+{_CAPS})?)")
_SPOKES = re.compile(r"\b(?:spokes(?:man|woman|person|people)|press secretary|representative)\b")
_DOCUMENT_NOUNS = _REPORT_NOUNS | frozenset(
    """poll polls survey surveys study studies data analysis memo letter ad ads video tweet tweets
    post filing ruling complaint lawsuit book article editorial transcript email emails document
    documents record records figures numbers research estimate estimates projection projections
    count tally review audit investigation findings results release overview assessment
    bulletin website site""".split()
)
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)


def _classify(surface: str, category: str, norm: str) -> tuple[str, str] | None:
    """Kind and label of a speaker phrase that names no one (anonymous, spokesperson …)."""
    tail = _AFFILIATION_TAIL.search(surface)  # "a lawyer for Trump": the head is "lawyer"
    low = (surface[: tail.start()] if tail else surface).lower()
    words = re.findall(r"[a-z][a-z’'\-]*", low)
    if not words:
        return None
    if _SPOKES.search(low):
        caps = re.findall(r"\b[A-Z][\w’'\-.&]*(?:\s+[A-Z][\w’'\-.&]*)*", surface)
        caps = [re.sub(r"^(?:A|An|The)\s+", "", c) for c in caps]
        caps = [c for c in caps if c.lower() not in ("a", "an", "the")]
        org = " ".join(caps[-1:]) if caps else ""
        if (body := _SPOKES_FOR.search(surface)) is not None:
            org = body.group(1)  # "a spokesman for the Department for Culture, Media and Sport"
        org = re.sub(r"[’']s$", "", org)
        if org and (category != "named" or body is not None and body.end() == len(
                surface.rstrip())):  # (a name after the body: "…, Alan Jeffers" is the person)
            extra = " campaign" if re.search(rf"{re.escape(org)}\s+campaign", surface) else ""
            return "spokesperson", f"spokesperson of {org}{extra}"
        if not caps:
            return "spokesperson", "(spokesperson)"
    if category == "named":
        return None
    if any(w in _ANON_WORDS for w in words) or (
        words[0] in ("a", "an", "one", "two", "three", "several", "some", "other", "another")
        and words[-1] in _ANON_HEADS
    ) or words[-1] in ("official", "officials") or words[-2:] == ["the", "person"]:
        return "anonymous", "(anonymous source)"  # "the official" no named official precedes
    if words[-1] in _BODY_NOUNS and (  # (not "the writer and broadcaster": a person)
            (first := _first_conjunct(words)) is None or first in _BODY_NOUNS):
        return "organisation", re.sub(r"^(?:the|a|an|its|their)\s+", "", surface.strip(),
                                      flags=re.I)
    if words[-1] in _DOCUMENT_NOUNS:
        return "document", norm
    if words[-1].endswith("s") and not words[-1].endswith("ss") and words[0] != "the":
        return "group", _group(surface, _DETERMINER.sub("", surface.strip()).lower() if tail else (
            norm))  # "57% of Republicans say": the group is Republicans
    if words[-1] in ("who", "which", "that") or category == "pronoun":
        return None
    if words[-1].endswith("s") and not words[-1].endswith("ss"):
        return "group", _group(surface, norm)
    return None


def _group(surface: str, label: str) -> str:
    """A group's label without a share before it, written as the text writes it ("57% of
    Republicans" → "Republicans", as "Republicans said" is counted)."""
    group = _SHARE.sub("", label)
    if group == label:
        return label
    written = surface.strip()[-len(group):]
    return written if written.lower() == group else group


#: a share of a group before "of" ("57 percent of", "about half of the", "a 37% plurality of",
#: "three in 10 of"): counts go to the group, not to each poll figure
_SHARE = re.compile(
    r"^(?:(?:only|just|about|nearly|almost|some|roughly|around|over|fully|a stunning|an "
    r"estimated)\s+)?(?:(?:a\s+)?\d+(?:\.\d+)?\s*(?:%|percent)(?:\s+(?:plurality|majority))?"
    r"|half|most|many|some|two-thirds|one-third|a third|a quarter|a majority|majorities|a plurality"
    r"|[a-z]+\s+in\s+\d+)\s+of\s+(?:the\s+|all\s+)?(?!(?:us|them|you|those)$)")


#: a party and state tag written where a speaker's name should be ("Joe Barton, R-Texas, asked")
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][\w.]*")
#: a word with a capital inside after three lower-case letters: a brand or body ("WikiLeaks",
#: "BuzzFeed"), not a name ("McCain", "MacArthur", "DeVos")
_INNER_CAPITAL = re.compile(r"[A-Z][a-z]{3,}[A-Z]\w*")


def _no_name(surface: str, low: list[str]) -> tuple[str, str] | None:
    """(label, kind) of a capitalised speaker phrase that names no person: a party tag or only
    sentence openers and days ("R-Texas", "Late Thursday", "Shortly", "It’s": unresolved), a
    group of a demonym ("the North Koreans", "The British and Americans"), a brand or body
    written with an inner capital ("WikiLeaks"); None otherwise (``_OPENERS``: words that open a
    sentence, not a name)."""
    words = [w.strip(".,’'") for w in low]
    if _PARTY_TAG.fullmatch(surface.strip()) or (words and all(w in _OPENERS for w in words)):
        return UNIDENTIFIED, "unresolved"
    last = surface.split()[-1] if surface.split() else ""
    if len(words) > 1 and _plural_demonym(last):
        run = []  # the capitalised words that end the phrase: "the North Koreans" → North
        for tok in reversed(surface.split()):  # Koreans, "Microsoft said Russians" → Russians
            if not tok[:1].isupper() or tok.lower() in _OPENERS or tok.lower() == "the":
                break
            run.insert(0, tok)
        return " ".join(run), "group"
    if len(words) == 1 and _INNER_CAPITAL.fullmatch(surface.strip()):
        return surface.strip(), "organisation"
    return None


def _plural_demonym(word: str) -> bool:
    """A people named by its demonym in the plural ("Iranians", "Koreans", "Israelis"): the
    actor dictionary's demonyms, or a plural in "-ians"/"-eans"; not a surname in "-s"
    ("Davis", "Evans", "Mattis")."""
    if not word.endswith("s") or not word[:1].isupper() or word.isupper():
        return False
    stem = word[:-1]
    return stem in _dictionary_words()[1] or stem.endswith(("ian", "ean"))


#: heads and numbers of an unnamed speaker of several people, who hold no "he"/"she" thread
_PLURAL_WORDS = frozenset("people officials sources aides advisers advisors staffers diplomats "
                          "insiders those others members lawmakers two three four several some "
                          "many".split())


def _plural_unnamed(surface: str) -> bool:
    """An unnamed speaker of several people ("officials with knowledge of …", "two people
    briefed on …"): a singular pronoun after it is someone else."""
    return any(w in _PLURAL_WORDS for w in re.findall(r"[a-z]+", surface.lower())[:4])


def _unnamed(label: str, kind: str, surface: str) -> _Person:
    """An unnamed speaker as a thread's holder: its label and kind, and the sex its head noun
    gives ("a spokesman for the BPI" → m); a later pronoun of that thread is that speaker."""
    p = _Person(label, label)
    p.kind = kind
    sex = next((_HEAD_GENDER[w] for w in re.findall(r"[a-z]+", surface.lower())
                if w in _HEAD_GENDER), None)
    if sex is not None:
        p.gender[sex] += 5
    return p
