"""Bodies behind "it", "the report" and "the committee", for :mod:`analysis.quotes.people`.

Internal to :func:`analysis.quotes.quotes`. A speaker that is a body or a document refers, like a
pronoun, to something the article named before; leaving it as "report" or "(unidentified)" merges
every article's reports into one speaker of the who-quotes-whom figure. Three rules, each the body
sieve of Lee et al. (2013, "Deterministic coreference resolution based on entity-centric,
precision-ranked rules", Computational Linguistics 39(4)) read for organisations (compatible head
word, nearest antecedent first):

* ``it`` (a speaker pronoun no person can be) → the nearest body that spoke before it in the
  last paragraphs ("Sony has said … . “…,” it said" → Sony), a body being an organisation, a
  document's author or a one-word name no full name of the article ends in;
* a document ("the report", "a draft report from the Senate's Permanent Subcommittee on
  Investigations", "the BNP's website") → its author when the phrase names one (after "by",
  "from", or as a possessive), else the author a document of the same kind was given before in
  the article ("… according to a report released Thursday by the Special Inspector General for
  Afghanistan Reconstruction. … the report says" → the inspector general);
* a committee, panel, commission or subcommittee → the nearest body of that kind named before,
  written in capitals ("the subcommittee", "the panel" → "Permanent Subcommittee on
  Investigations").

>>> _phrase_author("a report released Thursday by the Special Inspector General for Afghanistan")
'Special Inspector General for Afghanistan'
>>> _phrase_author("the BNP's website"), _phrase_author("the report")
('BNP', None)
"""

from __future__ import annotations

import bisect
import functools
import re

from ..person_names import written_lower
from .coreference import _ORG_ANAPHORS
from .lexicons import (
    _census_sex,
    _dictionary_aliases,
    _dictionary_body_aliases,
    _dictionary_states,
    _is_demonym,
)
from .lone_names import _NAME_S, _body_name_begun, _lone_word_kind
from .name_words import _MASTHEADS
from .person_scan import _POSSESSIVE
from .role_match import _BODY_NOUNS
from .sentences import _sentence_starts
from .statements import _ISSUING
from .unnamed import _DETERMINER, _DOCUMENT_NOUNS, UNIDENTIFIED
from .words import _DETERMINERS, _ORG_WORDS, _TIME_WORDS, _body_labels

#: paragraphs back within which "it" takes a body that spoke before
_IT_PARAGRAPHS = 1
_IT_CHARS = 1_500

_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w&\-]*)"  # "U.S.", "Senate" (not a sentence's last word)
_NAME = rf"{_WORD}(?:[ \t]+(?:(?:of|on|for|and|the|de|du)[ \t]+)*{_WORD})*"
#: "… by/from [the] Name" closing a document phrase, or "[the] Name's <document>"
_AGENT = re.compile(rf"\b(?:by|from)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+(?:(?!(?:of|on|for|and|"
                    rf"de|du)\s)[a-z][\w\-]*\s+){{1,3}}|(?:[a-z][\w\-]*\s+){{0,3}})"
                    rf"((?:{_NAME}[’']s\s+)*{_NAME})"
                    r"(?:\s+(?:at|in)\s+(?:the\s+)?[A-Z][^,;]*)?\s*$")  # ("… at the Monterey
# Institute of International Studies in California": where the author is; "by analysts In-Stat",
# "by the market research firm Gartner", "by UK think-tank Demos": its kind before the name)
_TIME_TAIL = re.compile(
    r"\s+(?:(?:in|on|last|this|from|of)\s+)?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|week|month|year|\d{4})(?:\s+\d{4})?\s*$")
_HOLDER = re.compile(r"\b(?:obtained|seen|reviewed|viewed|acquired|received|leaked|cited|quoted|"
                     r"shared|examined)\s+\Z")
_OWNER = re.compile(rf"^(?:[Tt]he\s+)?({_NAME})[’']s?\s+(?:[\w\-]+\s+){{0,3}}?([a-z]+)\s*$")
_SPOKE_IN = re.compile(rf"^((?:[A-Z][\w.\-]*\s+)*{_WORD})\s+(?:in|on)\s+(?:the|a|an|his|her|its|"
                       r"their)\s+(?:[\w\-]+\s+)?([a-z]+)\s*$")
# ("a 2012 Congressional Research Service study of Guam's military defense", "a Reuters news
# agency report")
_MODIFIER = re.compile(rf"^(?:[Tt]he|[Aa]n?)\s+(?:\d{{4}}\s+)?({_NAME})\s+"
                       r"(?:[a-z\-]+\s+){0,2}([a-z]+)(?:\s+(?:of|on|into|about)\s+.+)?\s*$")
#: after a document phrase, who issued it: "a statement issued on behalf of Robert Zoellick, US
#: Trade Representative, said", "a letter signed by 50 Republicans" (no number: a name)
_ISSUED_BY = re.compile(rf",?\s+(?:issued|released|signed|sent|published|put\s+out)\s+(?:on\s+"
                        rf"behalf\s+of|by)\s+(?:the\s+)?({_NAME})")
#: definite phrases that refer back to a newspaper or broadcaster named before
_MEDIA_ANAPHORS = frozenset("""the newspaper|the paper|the magazine|the broadcaster|the network|the
    channel|the daily|the weekly|the tabloid|the website|the outlet|the site|the news site|the
    news outlet""".replace("\n    ", " ").split("|"))
#: documents a body or person writes (not the media that are speakers themselves: "Egypt's
#: official news agency" is the agency)
_AUTHORED = _DOCUMENT_NOUNS - frozenset("""agency media outlet broadcaster newspaper paper daily
    wire channel television tv radio network""".split())
#: a sentence opened by a body's name and its verb, after a short adverbial ("Before now
#: Microsoft has left …", "Last week the LSE said …")
_SUBJECT_OPENING = re.compile(
    rf"(?:[A-Z][a-z]+(?:\s+[a-z]+){{1,2}},?\s+)?(?:the\s+)?({_NAME})\s+(?:has|had|have|is|was|"
    r"will|would|said|says|announced|added|warned|reported|stated|confirmed|denied|insisted)\b")
_POSSESSOR = re.compile(rf"^{_NAME}[’']s\s+")
_JOINED = re.compile(r"\s(?:of|for|on|and|the)\s")  # words joined so name a body, not a person

#: the heads of a body of members, and the words its name may carry instead
_PANEL_HEADS = {
    "committee": ("committee", "subcommittee"),
    "subcommittee": ("subcommittee",),
    "panel": ("committee", "subcommittee", "panel", "commission"),
    "commission": ("commission",),
    "inquiry": ("inquiry",),
    "tribunal": ("tribunal",),
}
_PANEL_NAME = {
    head: re.compile(rf"\b((?:[A-Z][\w&.\-]*[’']s\s+)?(?:[A-Z][\w&.\-]*\s+)*"
                     rf"(?:{'|'.join(w.capitalize() for w in words)})"
                     rf"(?:\s+(?:on|of|for)\s+(?:the\s+)?{_NAME})?)")
    for head, words in _PANEL_HEADS.items()
}


@functools.lru_cache(maxsize=1 << 16)
def _phrase_author(surface: str) -> str | None:
    """The author a document phrase names: after "by"/"from" or as its possessive, else None."""
    s = _TIME_TAIL.sub("", surface.strip())  # "An FBI report in July" → "An FBI report"
    m = _AGENT.search(s)
    if m and not _HOLDER.search(s, 0, m.start()):  # (not "a transcript reviewed by the
        # Journal", "an email obtained by The Huffington Post": who holds it, not who wrote it)
        return _POSSESSOR.sub("", m.group(1)).strip()
    m = _SPOKE_IN.match(s)  # "Army Staff Sgt. Shawn Manning in the video"
    if m and m.group(2) in _AUTHORED:
        return m.group(1)
    m = _MODIFIER.match(s)  # "the Sunday Telegraph report", "the White House statement"
    if m and m.group(2) in _AUTHORED and not _is_demonym(m.group(1)) and (
            m.group(1).lower() not in _TIME_WORDS):
        return m.group(1)
    m = _OWNER.match(s)
    if m and m.group(2) in _AUTHORED:
        name = m.group(1)
        low = name.lower()
        return None if low in _DETERMINERS or low in _TIME_WORDS else name
    return None


@functools.lru_cache(maxsize=1 << 16)
def _document_head(surface: str) -> str:
    """The document noun heading a phrase ("the draft report from …" → "report"), or ""."""
    words = re.findall(r"[a-z]+", re.split(r"\s(?:by|from|on|in|of|released|published)\s",
                                          surface.lower())[0])
    return words[-1] if words and words[-1] in _AUTHORED else ""


def _panel(surface: str, text: str, pos: int) -> str | None:
    """The named body a definite "the committee" / "the panel" refers back to, else None."""
    words = surface.lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in _PANEL_NAME:
        return None
    found = None
    for m in _PANEL_NAME[words[1]].finditer(text, max(0, pos - 6_000), pos):
        found = m.group(1)
    if found is None:
        return None
    bare = _DETERMINER.sub("", found)
    return (bare or None) if bare != found else _POSSESSOR.sub("", found)


def _it_body(pos: int, text: str, done: dict, could_be_body, persons: bool = False,
             firm: bool = False) -> tuple[str, str] | None:
    """(label, kind) of the body "it" at ``pos`` refers to: the one whose name opens the sentence
    before, else the nearest body that spoke in this paragraph or the one before — an
    organisation, a document's author, or a name ``could_be_body`` accepts."""
    starts = _sentence_starts(text)
    k = bisect.bisect_right(starts, pos) - 1
    if k >= 1 and not persons:
        m = _SUBJECT_OPENING.match(text, starts[k - 1], starts[k])
        name = m.group(1) if m else ""
        if name and name.split()[0] not in _OPENING_WORDS and could_be_body(name) and (
                not firm or _firm_like(name, text)):  # (not "Shops reported …": a plural)
            return name, "organisation"
    lo = pos
    for _ in range(_IT_PARAGRAPHS + 1):  # the paragraph's start, then those before it
        lo = max(text.rfind("\n\n", 0, lo), 0)
    lo = max(lo, pos - _IT_CHARS)
    for (s, e), (label, kind) in sorted((k, v) for k, v in done.items() if v is not None)[::-1]:
        if kind == "person" and lo <= s < pos and not persons and _document_head(text[s:e]):
            return label, kind  # "his report said … . It said": the report's author
        if firm and not _firm_like(label, text):
            continue
        if s >= pos or s < lo or not label or not label[:1].isupper() or (
                label.lower() in _DOCUMENT_NOUNS or label.lower() in _TIME_WORDS):  # (not
            # "Reports", "July")
            continue
        if kind == "organisation" or (kind == "person" and could_be_body(label)):
            return label, "organisation"
        if persons and kind == "person":
            return label, kind
    return None


def _firm_like(label: str, text: str) -> bool:
    """True for a name "the company" may refer back to: not a state ("Malaysia"), a name's
    last word in capitals ("Swedish firm" is none), not a plural the article writes in lower case
    too ("Prosecutors")."""
    last = label.split()[-1]
    return label not in _dictionary_states() and (not last.islower() or last in _GROUP_HEADS) and (
        " " in label or _could_be_body(label, {}, text))


#: heads of a described body "the group" refers back to ("the Muslim Brotherhood-led anti-coup
#: alliance said … . The group called for …")
_GROUP_HEADS = frozenset("""alliance coalition movement group organisation organization union
    association federation front network party faction""".split())


#: capitalised words that open a sentence without naming anyone
_OPENING_WORDS = frozenset("""The A An It This That These Those There He She They We I You But And
    Its His Her Their Our In On At For When While If As After Before""".split())


#: a document named with the verb ("said in a statement", "wrote in a letter to …") or before
#: the subject ("In a statement, the ministry said …")
_DOC_AFTER = re.compile(r",?\s+(?:in|on)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w\-]+\s+){0,2}?"
                        r"([a-z]+)\b")
_DOC_BEFORE = re.compile(r"\b(?:In|in)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w\-]+\s+){0,2}?"
                         r"([a-z]+),?\s+\Z")


_VERB_WORD = re.compile(r"[\w’'\-]+")


def _remember_document(r: dict, text: str, label, kind, authors: dict) -> None:
    """Note the speaker of a row as the author of the document its report names ("Antonov said
    in a statement …" → a later "the statement" is Antonov's)."""
    if kind not in ("person", "organisation") or not label:
        return
    verb = _VERB_WORD.match(text, r["verb_start"]) if r.get("verb_start") is not None else None
    m = _DOC_AFTER.match(text, verb.end()) if verb and "n " in text[
        verb.end() : verb.end() + 5] else None  # (a cheap test first: " in a", ", in the", " on")
    s = r["speaker_start"]
    if m is None and s is not None and "n " in text[max(0, s - 60) : s]:
        m = _DOC_BEFORE.search(text, max(0, s - 60), s)
    if m and m.group(1) in _AUTHORED:
        authors[m.group(1)] = (label, kind)


def _refine_body(surface: str, label, kind, pos: int, text: str, done: dict, authors: dict,
                 could_be_body, person_of, pronoun_person) -> tuple[str | None, str | None]:
    """``(label, kind)`` of a speaker with the rules above applied. ``authors`` (document noun →
    its author's label and kind) is the article's memory of documents' authors, updated here;
    ``person_of(name)`` the full name of a person the article names so, else None;
    ``pronoun_person(pos, sex)`` the person a pronoun of that sex at ``pos`` refers to, or None."""
    low = surface.strip().lower()
    if low == "it" and kind != "person":  # (before the last named speaker of coreference)
        return _it_body(pos, text, done, could_be_body) or (label, kind)
    if (body := _METONYMS.get(_DETERMINER.sub("", surface.strip()))) is not None:
        return body, "organisation"  # "Number 10 said", "The Fed said"
    if (alone := _MASTHEAD_ALONE.fullmatch(surface.strip())) and (
            named := _masthead_named(text, pos, alone.group(1))):
        return named, "organisation"  # "The Washington Post reported … . The Post said"
    head = _document_head(surface)
    spoke_in = _SPOKE_IN.match(surface.strip())  # "X in the video": X's words
    if head or (spoke_in and spoke_in.group(2) in _AUTHORED):
        author = _phrase_author(surface)
        if author is None and (issued := _ISSUED_BY.match(text, pos + len(surface))):
            author = issued.group(1)
        if author is not None:
            author = _DETERMINER.sub("", author)
            person = person_of(author) or (label if kind == "person" and " " in (
                label or "") and author.endswith(label) and not _JOINED.search(author) else None)
            # (a name the scan knows: "a study by Michael White"; not a lone word, "a report by
            # Oxfam", nor "… General for Afghanistan …")
            found = (person, "person") if person else (author, "organisation")
            authors[head or spoke_in.group(2)] = found
            return found
        if low.split()[0] in ("his", "her") and kind in ("document", "unresolved"):
            person = pronoun_person(pos, "m" if low.startswith("his") else "f")  # "Mr Kok … .
            # His report said": the pronoun's person (the pronoun sieve of the people resolver)
            if person:
                authors[head] = (person, "person")
            return (person, "person") if person else (label, kind)
        first = re.sub(r"[’']s$", "", low.split()[0])
        definite = (first == "the" or first in _TIME_WORDS) and (
            not any(w[:1].isupper() for w in surface.split()[1:]))  # "Thursday's report", not
        # "the Land Registry figures" (a source of its own)
        if kind == "document" and definite and head in authors:
            return authors[head]
        if kind == "document" and definite and (issuer := _issued_before(text, pos, head)):
            person = person_of(issuer)  # "Nato ministers issued a statement. The statement said"
            authors[head] = (person, "person") if person else (issuer, "group" if issuer.split(
                )[-1] in _OWN_VOICES else "organisation")  # ("Google employees": a group)
            return authors[head]
        if kind == "document" and first in ("a", "an", "new", "latest", "recent", "research") and (
                body := _body_next(text, pos)):  # "…, a report says. The National Audit
            return body, "organisation"  # Office found …": the lede's report is its
        if kind in ("document", "organisation") and definite and head == "statement":
            # "The White House said … . “…,” the statement said": the speaker's just before
            return _it_body(pos, text, done, lambda _name: False, persons=True) or (label, kind)
        if low in _MEDIA_ANAPHORS:  # "Daily NK reported … . The website said"
            return _it_body(pos, text, done, lambda _name: False) or (label, kind)
        return label, kind
    if kind == "organisation" and label == low.removeprefix("the ") and (
            low.removeprefix("the ") in _ORG_ANAPHORS):  # "Jarvis has cut jobs. The company
        # said": the body that opens the sentence before or spoke before ("company" otherwise)
        return _it_body(pos, text, done, could_be_body, firm=True) or (label, kind)
    if low in _MEDIA_ANAPHORS and kind in ("document", "organisation"):  # "The New York Times
        # said … . The paper said": the body that spoke just before
        return _it_body(pos, text, done, lambda _name: False) or (label, kind)
    if kind == "organisation":
        body = _panel(surface, text, pos)
        if body:
            return body, "organisation"
    return label, kind


_OPENING_BODY = re.compile(rf"(?:The\s+)?({_NAME})(?:[’']s)?\s+[a-z]")


def _body_next(text: str, pos: int) -> str | None:
    """The body whose name opens the sentence after the one at ``pos`` when a word of the name is
    a body's ("The National Audit Office found …", "University College London research …"): who
    made the report a news lede announces without naming it ("…, a report says.")."""
    starts = _sentence_starts(text)
    k = bisect.bisect_right(starts, pos)
    if k >= len(starts):
        return None
    m = _OPENING_BODY.match(text, starts[k])
    words = m.group(1).split() if m else []
    if words and words[0] not in _OPENING_WORDS and any(
            w.lower() in _ORG_WORDS or w.lower() == "college" for w in words):
        return m.group(1)
    return None


def _issued_before(text: str, pos: int, head: str) -> str | None:
    """The capitalised issuer of the last "<X> issued/released/published a … <head>" in the
    500 characters before ``pos`` ("Nato foreign ministers issued a statement"), or None."""
    found = list(_issued_rx(head).finditer(text, max(0, pos - 500), pos))
    if not found:
        return None
    name, after = _DETERMINER.sub("", found[-1].group(1)), [w for w in found[-1].group(
        2).split() if w not in ("have", "has", "had", "also", "jointly")]
    if after and (_is_demonym(name) or _POSSESSIVE.search(name) or after[-1] in _OWN_VOICES):
        name = " ".join([name, *after])  # "The Cuban government", "Trump’s legal team", "Google
        # employees": the phrase, not its modifier (but "Nato foreign ministers" speak for Nato)
    return name


#: people of a body who speak for themselves, not for it ("Google employees signed a letter")
_OWN_VOICES = frozenset("employees workers staff members shareholders customers users".split())


@functools.lru_cache(maxsize=64)
def _issued_rx(head: str) -> re.Pattern:
    return re.compile(r"((?:[A-Z][\w.’'&-]*\s+){0,4}[A-Z][\w.’'&-]*)((?:\s+[a-z]+){0,2}?)\s+"
                      rf"(?:{_ISSUING}|signed|sent|wrote)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"{re.escape(head)}\b")


_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")


def _expanded(label: str, text: str) -> str | None:
    """The full name an article gives an acronym speaker ("The SEC" → "Securities and Exchange
    Commission", written "the Securities and Exchange Commission (SEC)" or "SEC (Securities …)"):
    a run of capitalised words, with "of", "and", "for" … between them, whose initials are the
    acronym's letters; None when the article gives none."""
    if not _ACRONYM.fullmatch(label) or (f"({label})" not in text and f"{label} (" not in text):
        return None  # (the cheap test first: most articles spell out no acronym)
    esc = re.escape(label)
    for pat in (rf"({_NAME})\s*\(\s*{esc}\s*\)", rf"\b{esc}\s*\(\s*({_NAME})\s*\)"):
        for m in re.finditer(pat, text):
            words = _DETERMINER.sub("", m.group(1)).split()
            caps = [w for w in words if w[:1].isupper()]
            for k in range(len(caps)):  # (the run may start before the name: "Last June SEC")
                if "".join(w[0] for w in caps[k:]) == label.replace("&", ""):
                    first = words.index(caps[k])
                    return " ".join(words[first:])
    return None


def _could_be_body(name: str, by_surname, text: str) -> bool:
    """True for a speaker's label that may name a body ("Sony"): one word no full name of the
    article ends in, or a name the article introduces as a firm ("oil giant Yukos")."""
    if " " not in name:  # (a plural written only at a sentence's start is a common noun:
        # "Shops reported …"; "Reuters" is written inside sentences too)
        return not any(" " in p.full for p in by_surname.get(name, ())) and not written_lower(
            text, name) and (not name.endswith("s") or name.endswith(_NAME_S) or re.search(
                rf"[a-z,;]\s+{re.escape(name)}\b", text) is not None)
    return _body_labels(text, [name]).get(name) is not None


def _named_bodies(rows: list[dict], done: dict, text: str, by_surname) -> None:
    """The last pass over one document's rows: a name another phrase referred back to as a body
    ("Yukos" … "the company") or introduced as one is an organisation; a state's alias is the
    state ("The US", "Washington" → "United States"); a person's name is the dictionary's."""
    bodies = {v[0] for v in done.values() if v is not None and v[1] == "organisation"}
    labels = _body_labels(text, {r["speaker_resolved"] or "" for r in rows
                                 if r["speaker_kind"] == "person"}, bodies)
    names, states, body_names = _dictionary_aliases(), _dictionary_states(), (
        _dictionary_body_aliases())
    his = {r["speaker_resolved"] for r in rows if r["speaker_start"] is not None and text[
        r["speaker_start"] : r["speaker_end"]].lower() in ("he", "she")}  # ("Wines … she said")
    lone = {label: _lone_word_kind(text, label, _census_sex()) for label in {
        r["speaker_resolved"] for r in rows if r["speaker_kind"] == "person"} - labels.keys() - his
        if label and " " not in label and not any(" " in p.full for p in by_surname.get(
            label, ()))}  # ("Microsoft said its …", "Prior to Monday, …": no one's name)
    begun = {label: _body_name_begun(text, label) for label in lone}  # "Forrester Research"
    for r in rows:  # "Yukos" is a body once "the company" referred back to it
        if r["speaker_kind"] == "person" and (body := labels.get(r["speaker_resolved"] or "")):
            r["speaker_kind"], r["speaker_resolved"] = "organisation", body
        elif r["speaker_kind"] == "person" and (body := begun.get(r["speaker_resolved"])) and (
                text[r["speaker_start"] : r["speaker_end"]] == r["speaker_resolved"]):  # (as
            # written: not "General Motors" cut to "Motors")
            r["speaker_kind"], r["speaker_resolved"] = "organisation", body
        elif r["speaker_kind"] == "person" and (kind := lone.get(r["speaker_resolved"])):
            r["speaker_kind"] = kind
            if kind == "unresolved":
                r["speaker_resolved"] = UNIDENTIFIED
        label = r["speaker_resolved"] or ""
        if (state := states.get(label)) and not any(" " in p.full for p in by_surname.get(
                label, ())) and (r["speaker_kind"] != "person" or _could_be_body(
                label, by_surname, text)) and not any(  # (no "George Washington" either)
                m.group(1) in _census_sex() for m in re.finditer(
                    rf"\b([A-Z][a-z]+) {re.escape(label)}\b", text)):
            r["speaker_kind"], r["speaker_resolved"] = "organisation", state  # "The US",
            # "Washington" → "United States"
        elif r["speaker_kind"] == "organisation" and (full := _expanded(label, text)):
            r["speaker_resolved"] = full  # "The SEC" → "Securities and Exchange Commission"
        elif r["speaker_kind"] == "organisation" and label in body_names:
            r["speaker_resolved"] = body_names[label]  # "The UN" → "United Nations"
        elif r["speaker_kind"] == "person":  # "Joseph Biden" → "Joe Biden": the dictionary's name
            r["speaker_resolved"] = names.get(r["speaker_resolved"], r["speaker_resolved"])




#: bodies named by a metonym or a short name that the actor dictionary leaves out (as aliases
#: they would match elsewhere: "No. 10 seed", "fed up"), read only as a speaker
_METONYMS = {"Number 10": "Downing Street", "No 10": "Downing Street", "No. 10": "Downing Street",
             "Fed": "Federal Reserve", "US Fed": "Federal Reserve", "U.S. Fed": "Federal Reserve"}
#: a newspaper called by the last word of its name ("the Post", "the Times", "the Journal")
_MASTHEAD_ALONE = re.compile(r"[Tt]he\s+([A-Z][a-z]+)")


def _masthead_named(text: str, pos: int, word: str) -> str | None:
    """The full name, written before ``pos``, of the newspaper that ``the <word>`` shortens
    ("The Washington Post" for "the Post"), the latest one; None when ``word`` ends no masthead
    or the article names none so."""
    if word.lower() not in _MASTHEADS:
        return None
    found = None
    for m in _masthead_rx(word).finditer(text, 0, pos):
        found = m.group()
    return found


@functools.lru_cache(maxsize=32)
def _masthead_rx(word: str) -> re.Pattern:
    """One to three capitalised words on one line, then ``word`` (not "A New York Times", nor
    across a sentence: "Germany. The Times", nor "The Times" alone)."""
    return re.compile(r"(?<![\w.’'-])(?:The )?(?!(?:The|A|An|As|At|In|On|Meanwhile)\b)"
                      r"(?:[A-Z][\w’'&-]* ){1,3}" + word + r"\b")


def _body_named(surface: str, low: list[str]) -> tuple[str, str] | None:
    """(label, kind) of a body's name the person rules would cut ("the Department of Homeland
    Security", "The Christian Science Monitor": organisations), or of a person "of" a body
    ("Ben Caspit of Maariv": Ben Caspit); None otherwise (no given name may follow the body:
    "Bank of England governor Mervyn King" is a person's)."""
    parts = re.split(r" (of|for) ", surface.strip(), maxsplit=1)
    head, sep, rest = parts if len(parts) == 3 else (surface.strip(), "", "")
    head = _DETERMINER.sub("", head)
    given = _census_sex()
    if sep == "of" and 2 <= len(head.split()) <= 3 and head.split()[0] in given:
        return head, "person"
    if any(t in given or t.islower() and t not in ("the", "of", "and", "for") for t in (
            rest if sep else surface).split()):
        return None  # (a role and a name after the body: "… governor Mervyn King")
    if (sep and head.lower().split()[-1] in _BODY_NOUNS) or len(low) > 1 and low[-1] in (
            _MASTHEADS):
        return _DETERMINER.sub("", _POSSESSIVE.sub("", surface.strip())), "organisation"
    return None
