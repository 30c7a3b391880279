"""Speakers resolved to people, for :mod:`analysis.quotes`: the ``speaker_resolved`` column.

Internal to :func:`analysis.quotes.quotes`. ``speaker`` stays the phrase as written ("he", "the
mayor", "Trump"); ``_resolve_people`` adds, per row, ``speaker_resolved`` (the person or body the
phrase refers to, as a full name where the article gives one) and ``speaker_kind``:

* ``person`` — a named person: a name ("Mr. Trump" → "Donald Trump": a lone surname or titled
  surname joins the full name the same article gives), a pronoun ("he", "she": the nearest
  preceding named person of compatible gender outside quotation marks, or the person a previous
  pronoun speaker was resolved to), or a definite role description ("the mayor" → "Bill de
  Blasio" when the text titles him "Mayor Bill de Blasio"; "the candidate" → the nearest person);
* ``organisation`` — a named body ("IRNA", "The New York Times", "the report" → IRNA);
* ``spokesperson`` — "a Trump campaign spokesman" → "spokesperson of Trump campaign";
* ``anonymous`` — "a source", "officials familiar with …" → "(anonymous source)";
* ``document`` — "the poll", "a new report" with no named source → the phrase lower-cased;
* ``group`` — plural descriptions ("voters", "experts"; "they" resolved to them);
* ``unresolved`` — a pronoun or description the text does not tie to anyone → "(unidentified)".

Method: a deterministic, rule-based resolver in the spirit of the sieve of Lee et al. (2013,
"Deterministic coreference resolution based on entity-centric, precision-ranked rules",
Computational Linguistics 39(4)): exact and surname matches first, then pronouns to the first
compatible antecedent of the nearest sentence that has one, each sentence read left to right and
subjects before objects and possessives (Lee et al. §3.3.1, after Hobbs 1978; gender from titles
Mr./Mrs./Ms., first names — short lists and the 1990 US census list of
:mod:`analysis.person_names` — and the pronouns that follow a name's own mentions), the thread of
the last speaker kept unless a new subject opens a sentence; then definite role descriptions
matched by their head noun to the titles written before names and to the role words written next
to them ("campaign manager Barry Bennett", "Bernie Sanders, the independent senator,"; a
description resolved once adds its words), excluding the other party and a "vice", a person
of the other gender ("the actress") and, for a party noun ("the Kentucky Republican", a
description though capitalised), one without its place among their role words (Lee et al.'s
"compatible modifiers only"); else the nearest subject. An unnamed official ("a senior U.S.
official") is an anonymous source, an indefinite phrase ("a defence ministry statement") no
anaphor (Lee et al. §3.1). Person mentions are capitalised name sequences cleaned of datelines,
credits, places and organisation words (:mod:`analysis.quotes.person_scan`). Across a corpus,
:func:`analysis.quotes.attribution` maps (``_join_surnames``) a lone surname to the one full name
the corpus gives it ("Trump" → "Donald Trump") when it is ≥ 80 % of the full names ending in it.
"""

from __future__ import annotations

import bisect
import re

from ..person_names import written_lower
from .bodies import _body_named, _could_be_body, _named_bodies, _refine_body, _remember_document
from .body_mentions import _is_named_body
from .coreference import _GROUP_NOUNS, _INDEFINITE, _epithet
from .joint import _joint_speakers
from .lexicons import LESSER_RANKS, _census_sex, _dictionary_aliases, _dictionary_types
from .name_words import _POST_NOMINAL
from .person_scan import (
    _NAME_SUFFIXES,
    _NOT_NAME_WORDS,
    _PERSON_TITLES,
    _POSSESSIVE,
    _clean_name,
    _first_name_evidence,
    _first_word_person,
    _people,
    _Person,
    _pick,
)
from .phrases import _SUNDAY_MASTHEADS
from .role_holders import (
    _capitalised_role,
    _description_head,
    _has_modifiers,
    _held_with,
    _place_office,
    _proper_modifiers,
    _role_holder,
    _title_case_role,
)
from .role_match import (
    _BODY_NOUNS,
    _PERSON_HEADS,
    _by_role,
    _by_title,
    _role_in_title_case,
    _role_of_body,
)
from .role_nearest import _nearest_in_role
from .salience import _SALIENT_HEADS, _epithet_subject, _named_since, _salient_subject
from .sentences import _FRONTED, _sentence_starts
from .surnames import _join_surnames as _join_surnames
from .surnames import _nearest_full
from .threads import _nearest
from .unnamed import (
    _DETERMINER,
    _DOCUMENT_NOUNS,
    UNIDENTIFIED,
    _classify,
    _no_name,
    _plural_demonym,
    _plural_unnamed,
    _unnamed,
)
from .words import (
    _BODY_INTRO,
    _GENERIC_ROLE_WORDS,
    _JOINERS,
    _MEDIA_DESCRIPTORS,
    _NO_SPEAKER_WORDS,
    _PUBLICATION_WORDS,
)

#: one capitalised word that names a body or a region, never a person alone ("the North said")
_LONE_BODIES = frozenset(
    "north south east west congress senate house parliament navy army fed".split())

#: plural party and body words that name a group when they stand alone
_PARTY_GROUPS = frozenset("""republicans democrats conservatives liberals progressives
    socialists police people""".split())

#: titles that are no one's name alone ("the president" → "President"; "King" is a surname)
_LONE_TITLES = frozenset("""president minister secretary chancellor governor mayor senator
    mr mrs ms dr sen rep gov premier""".split())
#: head nouns of an unnamed source, whatever names modify them ("a senior State Department
#: official", "U.S. officials", "the official" after one)
_SOURCE_HEADS = frozenset("""official officials source sources aide aides adviser advisers advisor
    advisors staffer staffers insider insiders""".split())
#: a lone capitalised word that names no one (a speaker phrase cut to its first word: "One", "That")
_NO_NAME = frozenset("""one that this these those there here it both many some all each another
    others most such less more fewer""".split())
#: party nouns that head a description though capitalised ("the Kentucky Republican")
_PARTY_NOUNS = frozenset("republican democrat".split())
_OF_PLACE = re.compile(r"\b(?:country|nation|state|province|city|kingdom|region)[’']s\b", re.I)
_MEMBER = frozenset("mp mpp mla mna mep".split())  # written in capitals, heads of descriptions
_REFLEXIVE = re.compile(r"\s+(?:himself|herself|themselves|itself)$")
_PRONOUN_SEX = {"he": "m", "she": "f"}
_ONE_NAME = re.compile(r"(?:(?:al|el)-)?[A-Z][a-z][\w’'\-]*")  # ("al-Sistani said")
_NOT_ONE_NAME = _GROUP_NOUNS | _DOCUMENT_NOUNS  # "Reports said": no one's name


def _resolve_people(rows: list[dict], text: str, quoted, kind_of, date: str | None = None
                    ) -> None:
    """Fill ``speaker_resolved`` and ``speaker_kind`` for the rows of one document.

    ``kind_of(surface)`` → (category, norm, words), as :func:`analysis.quote_attribution.
    _speaker_kind`; ``quoted`` are the direct quotation spans (names inside them are not
    antecedents); ``date`` the article's day ("YYYY-MM-DD") for the dictionary's role holders.
    """
    if all(r["speaker_start"] is None for r in rows):
        for r in rows:
            r["speaker_resolved"], r["speaker_kind"] = None, None
        return  # no speaker to resolve: the person scan is not needed
    mentions, by_surname = _people(text, quoted)
    m_starts = [m[0] for m in mentions]
    q_starts = [q[0] for q in quoted]
    resolved_at: list[tuple] = []  # person speakers so far (phrase end, person, words reported)
    done: dict[tuple[int, int], tuple[str | None, str | None]] = {}
    reported: dict[tuple[int, int], tuple[int, int, int]] = {}  # speaker span → its words'
    # start, end and end with the rest of their sentence
    authors: dict[str, tuple[str, str]] = {}  # document noun → its author's label and kind
    starts = _sentence_starts(text)
    for r in rows:  # (the rest of a sentence that reports words after its speaker is theirs too)
        if r["speaker_start"] is not None and r["kind"] != "term":
            sp = (r["speaker_start"], r["speaker_end"])
            k = bisect.bisect_right(starts, r["end"] - 1)
            end = starts[k] if r["start"] > (r["verb_start"] or 0) > sp[0] and k < len(
                starts) and "," not in text[starts[k - 1] : sp[0]] and not _FRONTED.match(
                text, starts[k - 1], sp[1]) else r["end"]  # (not "After X asked …, Y replied",
            # "Asked by X if …, Y replied": the subject's own report, in its main clause)
            cs, ce, ee = reported.get(sp, (r["start"], r["end"], end))
            reported[sp] = min(cs, r["start"]), max(ce, r["end"]), max(ee, end)
    for r in sorted(rows, key=lambda r: (r["speaker_start"] is None, r["speaker_start"] or 0)):
        if r["speaker_start"] is None:
            r["speaker_resolved"], r["speaker_kind"] = None, None
            continue
        span = (r["speaker_start"], r["speaker_end"])
        ante = r.get("antecedent")
        a = text.rfind(ante, max(0, span[0] - 300), span[0]) if ante else -1
        if span not in done and a >= 0 and set(text[a:span[0]]).isdisjoint('.“”"') and kind_of(
                text[span[0]:span[1]])[0] == "pronoun":  # "The Qatari minister said …, then he"
            done[span] = next((v for (s0, _e), v in done.items() if s0 == a), None)
        prior = None
        if span not in done and ante and _person_description(kind_of(text[span[0]:span[1]])) and (
                (b := text.rfind(ante, 0, span[0])) >= 0):  # "the director of the CIA … The CIA
            prior = next((v for (s0, _e), v in done.items() if s0 == b and v[1] == "person"),
                         None)  # director said": the person the first phrase was
        if done.get(span) is None:
            label, kind = prior or _apposed(span, text, mentions, m_starts) or _resolve_row(
                r, text, kind_of, mentions, m_starts, by_surname, resolved_at, date,
                reported.get(span, (0, 0))[:2])
            label, kind = _refine_body(text[slice(*span)], label, kind, span[0], text, done,
                                       authors, lambda name: _could_be_body(name, by_surname, text),
                                       lambda name: _person_named(name, by_surname),
                                       lambda pos, sex: _pronoun_person(
                                           pos, sex, mentions, m_starts, resolved_at, text))
            done[span] = label, kind
            _remember_document(r, text, label, kind, authors)
            k = bisect.bisect_right(q_starts, span[0]) - 1
            nested = k >= 0 and quoted[k][0] <= span[0] < quoted[k][1]
            if kind == "person" and not nested and (
                not resolved_at or resolved_at[-1][0] != span[1]) and not any(
                    w[0] <= span[0] < w[2] for _s, _p, w in resolved_at[-3:]):  # (a report
                # inside another's words does not take the thread: "X said … whereas Y noted")
                p = next((p for _s, p, _w in reversed(resolved_at) if p.full == label), None)
                if p is None:
                    p = _named_person(label, by_surname) or _first_name_evidence(
                        _Person(label, label.split()[-1]))
                resolved_at.append((span[1], p, reported[span]))  # (its end: a name inside the
                # phrase, "One pastor supporting Mr. Cruz, Darran Whiting", is no next speaker)
            elif kind in _UNNAMED_KINDS and not nested and not text.startswith(" as saying", span[
                    1]) and not _plural_unnamed(text[slice(*span)]):  # (not one quoted second-hand,
                # "The Times quoted one of his advisers as saying", nor several: "officials said")
                # "A spokesman for the BPI said … . “…,”
                resolved_at.append((span[1], _unnamed(label, kind, text[slice(*span)]),
                                    reported[span]))  # he said": the thread is the spokesman's
        r["speaker_resolved"], r["speaker_kind"] = done[span]
    _named_bodies(rows, done, text, by_surname)
    _joint_speakers(rows, text, mentions)  # "Tony Blair and Ruth Kelly said": both


def _person_description(kind) -> bool:
    """A description headed by a noun of a person's role ("the CIA director"), from
    ``kind_of``'s (category, norm, words)."""
    category, _norm, words = kind
    return category == "description" and bool(words) and (
        words[-1] in _PERSON_HEADS or _epithet(words[-1]))


_UNNAMED_KINDS = ("spokesperson", "anonymous")
#: the hearer named right after a verb of telling: "told Hannity", "asked Mr. Obama"
_HEARER = re.compile(r"(?:told|tells|tell|telling|asked|asks|informed)\s+"
                     r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w’'\-]+\s+)?([A-Z][\w’'\-]+)\b")


def _pronoun_person(pos, sex, mentions, m_starts, resolved_at, text) -> str | None:
    """The person "his"/"her" at ``pos`` refers to (:func:`_nearest`), or None."""
    p = _nearest(pos, mentions, m_starts, resolved_at, sex, text)
    return p.full if p is not None and p.kind == "person" else None


def _person_named(name: str, by_surname) -> str | None:
    """The full name of the person the article names ``name`` (a document's author), or None."""
    name = " ".join(_clean_name(name))  # ("U.S. Secretary of State Hillary Clinton")
    p = _named_person(name, by_surname) if _looks_named_person(name, lone=True) else None
    return p.full if p is not None and " " in p.full else None


def _apposed(span, text: str, mentions, m_starts) -> tuple[str, str] | None:
    """(person, "person") of a description set off as an apposition of the name before it
    ("Jim Pasco, the executive director of the Fraternal Order of Police, who noted …": the
    relative clause's speaker is Pasco), else None; the apposition closes with a comma, so
    "Trump met Putin, the Russian leader said" is no apposition."""
    s, e = span
    if not _DETERMINER.match(text[s:e]) or text[e : e + 1] != ",":
        return None
    comma = text.rfind(",", max(0, s - 3), s)
    k = bisect.bisect_left(m_starts, comma) - 1 if comma >= 0 else -1
    if k < 0 or text[mentions[k][1] : comma].strip():
        return None  # (the mention must end at the comma: "Susan Rice, the U.S. ambassador …")
    return mentions[k][2].full, "person"


def _resolve_row(r, text, kind_of, mentions, m_starts, by_surname, resolved_at, date=None,
                 own=(0, 0)):  # ``own``: the extent of the words the speaker reports
    s, e = r["speaker_start"], r["speaker_end"]
    surface = _REFLEXIVE.sub("", text[s:e])
    category, norm, words = kind_of(surface)
    if category == "description" and norm not in _NOT_ONE_NAME and _ONE_NAME.fullmatch(
            surface.strip()):  # "Erdogan", "Giuliani": names, not demonyms
        category, norm = "named", surface.strip()
    if r.get("speaker_actor"):
        return _actor_label(r["speaker_actor"], norm, category, by_surname)
    low = surface.lower().split()
    if category == "named" and low and low[0] == "the" and low[-1] in _PARTY_NOUNS | _MEMBER:
        category, words = "description", low[1:]  # "the Kentucky Republican", "the Toronto MP"
    elif category == "named" and (_capitalised_role(surface.strip()) or _role_of_body(
            surface) or _title_case_role(surface, text)):
        category, words = "description", [w.strip("’'").removesuffix("’s") for w in low[1:]]
    if category == "named":
        label, kind = _named_row(surface, low, norm, by_surname, text)
        return (_nearest_full(label, s, mentions, m_starts, text) or label if kind == "person" and (
            " " not in label and label == surface.strip()) else label), kind
    if category == "pronoun" and norm in ("he", "she"):
        return _pronoun_row(r, norm, text, mentions, m_starts, resolved_at, own)
    body = category == "description" and bool(words) and words[-1] in _BODY_NOUNS
    prior = r["speaker_norm"] or ""  # ("The company" takes no person antecedent, save a firm's)
    if r.get("antecedent") and not (body and _looks_named_person(prior) and not _is_named_body(
            text, prior)) and (body or not low or not _role_in_title_case(prior, low[-1])):  # ("the
        # star" → "Star", "the pollster" → "Clinton Pollster" of a headline: no antecedent)
        norm = prior
        if body:
            return norm, "organisation"  # "the company" → "Yukos"
        if _looks_named_person(norm, lone=category == "description"):
            person = _named_person(" ".join(_clean_name(norm)) or norm, by_surname)
            return (person.full if person else norm), "person"
        if words and words[-1].lower() in _SOURCE_HEADS:
            return "(anonymous source)", "anonymous"  # "the official" after "a U.S. official"
        return r["speaker_norm"], ("group" if category == "pronoun" and norm == "they"
                                   else "organisation")
    definite = category == "description" and surface.lstrip()[:4].lower() == "the "
    if category == "description" and (p := _place_office(surface, words, by_surname, date)):
        return p.full, "person"  # "Iran's president": the dictionary's holder of the office
    head = (_description_head(words) if definite else words[-1]) if words else ""
    # modifiers the person must carry too (Lee et al.'s "compatible modifiers only")
    proper = _proper_modifiers(surface, words, bool(words) and words[-1] in _PARTY_NOUNS)
    if definite and head and not (head.endswith("s") and not head.endswith("ss")):
        # "the campaign manager" → Barry Bennett
        held = _role_holder(words, by_surname, date) if date and "former" in words else None
        p = held or _by_role(s, head, words, mentions, m_starts, text, proper)  # (a dated term)
        if held is None and head in _SALIENT_HEADS and not proper and "of" not in words and (
                p is not None) and not _named_since(
                p, s, mentions, m_starts, text) and (salient := _salient_subject(
                s, head, words, mentions, m_starts, text)) is not None:
            return salient.full, "person"  # "Rubio … . The senator said": the subject before
            # (its role stays unwritten: the article never gave it)
        p = p or _role_holder(words, by_surname, date) or (None if held else _epithet_subject(
            s, surface, head, words, mentions, m_starts, text))  # ("the Liverpool player")
        if p is not None:
            p.roles.update(w for w in words if w not in _GENERIC_ROLE_WORDS)
            return p.full, "person"
    special = _classify(surface, category, norm)
    if special is not None:
        return special[1], special[0]
    if category == "description" and not _INDEFINITE.match(surface):  # (a lesser rank in
        # ``role`` keeps "the shadow chancellor" off the chancellor; "a senator": no anaphor)
        role = [w for w in words if w in _PERSON_HEADS or _epithet(w) or w in LESSER_RANKS]
        if role:
            p = _by_title(s, role, mentions, m_starts, proper=proper)
            # the nearest person only for a bare role ("the candidate"), not for one that names
            # its place or body ("the governor of Irbil", "the French president")
            if p is None and definite and (head in _PERSON_HEADS or _epithet(head)) and (
                    "of" not in words) and not _OF_PLACE.search(surface):  # "the country's
                # foreign minister" is no one nearby
                p = _nearest_in_role(s, head, words, proper, mentions, m_starts, resolved_at,
                                     text) or _by_title(s, [head], mentions, m_starts, later=True)
                if p is not None and proper and head not in _PARTY_NOUNS and not (
                        _has_modifiers(proper, p.roles) or _held_with(p, proper)):
                    p = None  # "the French president": no one the text knows as French
            if p is not None:
                p.roles.update(w for w in words if w not in _GENERIC_ROLE_WORDS)
                return p.full, "person"
    return UNIDENTIFIED, "unresolved"


def _actor_label(actor: str, norm: str, category: str, by_surname) -> tuple[str, str]:
    """(label, kind) of a speaker the actor dictionary names: a person, or a place, state, body
    or outlet (an organisation) — unless the article names a person so ("Rep. Jim Jordan … .
    Jordan said" is Jim Jordan, not the country)."""
    if _looks_named_person(actor):
        return actor, "person"
    if category == "named" and (p := _named_person(norm, by_surname)) is not None:
        return p.full, "person"
    return actor, "organisation"


def _pronoun_row(r, norm, text, mentions, m_starts, resolved_at, own):
    """(label, kind) of a "he"/"she" speaker (:func:`_nearest`); the hearer named after the
    verb is no antecedent ("“…,” he told Hannity": not Hannity)."""
    hearer = _HEARER.match(text, r["verb_start"]) if r["verb_start"] is not None else None
    p = _nearest(r["speaker_start"], mentions, m_starts, resolved_at, _PRONOUN_SEX[norm], text,
                 own=own, agrees=None if hearer is None else (
                     lambda p: p.surname != hearer.group(1)))
    return (p.full, p.kind) if p is not None else (UNIDENTIFIED, "unresolved")


def _named_row(surface: str, low: list[str], norm: str, by_surname, text: str):
    """:func:`_resolve_named`, and a titled surname the article writes before its only full
    name of that surname ("Mr. Trump" … "Eric Trump") the dictionary's person of that title."""
    if (post := _POST_NOMINAL.search(surface)) is not None and post.start() > 0:
        surface, norm = surface[: post.start()], _POST_NOMINAL.sub("", norm)  # "… QC", "… MP"
        low = surface.lower().split()
    label, kind = _resolve_named(surface, low, norm, by_surname, text)
    known = _dictionary_aliases().get(surface.strip())
    if kind == "person" and known and known != label and not (
            0 <= text.find(label) < text.find(surface.strip())):
        return known, kind
    return label, kind


def _resolve_named(surface: str, low: list[str], norm: str, by_surname, text: str = ""):
    """(label, kind) of a speaker phrase that ends in a name or a capitalised body: a person
    of the article, a group ("Some Republicans"), an anonymous source, an organisation."""
    if surface.strip() in ("May", "Will") and (p := _named_person(surface.strip(), by_surname)):
        return p.full, "person"  # "May said": Theresa May, named before (no month, no modal)
    if low and low[0] in _NO_NAME:
        if len(low) == 1:
            return UNIDENTIFIED, "unresolved"
        if low[-1].endswith("s") and not low[-1].endswith("ss"):
            return norm, "group"  # "Some Republicans", "Many Democrats"
    if len(low) == 1 and (low[0].strip(".") in _LONE_TITLES or low[0] in _NO_SPEAKER_WORDS):
        return UNIDENTIFIED, "unresolved"  # a speaker cut to its title ("Mr.") or lost: "Thursday"
    if (odd := _no_name(surface, low)) is not None:
        return odd  # "R-Texas", "Late Thursday", "the North Koreans", "WikiLeaks"
    one = norm.split() if len(low) <= 2 else []  # ("The Qataris": the article is no word)
    if low and low[-1] in _TITLED_GROUPS:
        return norm, "group"  # "Labour MPs", "Law Lords", "Ministers": a group of office-holders
    if len(one) == 1 and (one[0].lower() in _GROUP_NOUNS or one[0].lower() in _PARTY_GROUPS or (
            _plural_demonym(one[0]))):  # "Iranians say" (not "Davis said")
        return norm, "group"  # "Republicans said …", "Police say …" (capitalised: a sentence start)
    if len(one) == 1 and one[0].lower() in _DOCUMENT_NOUNS:
        return norm.lower(), "document"  # "Reports said …" (a sentence's capital)
    if low and low[-1] in _SOURCE_HEADS:
        return "(anonymous source)", "anonymous"  # "a U.S. official": no one named
    if 1 < len(low) <= 4 and (low[low[0] == "the"] in _PUBLICATION_WORDS or low[-2:] == [
            "on", "sunday"] and surface.split()[-3] in _SUNDAY_MASTHEADS) and not any(  # ("The
            # Mail on Sunday")
            t in _census_sex() for t in surface.split()[1:]):
        return _DETERMINER.sub("", surface.strip()), "organisation"  # "The Daily Telegraph"
    special = _classify(surface, "named", norm)
    if special is not None:
        return special[1], special[0]
    if len(low) > 1 and low[-1] in _MEDIA_DESCRIPTORS:
        return norm, "organisation"  # "Russia's Zvezda television" → Zvezda, a broadcaster
    if (of := _SURNAME_OF.fullmatch(surface.strip())) and (
            person := _named_person(of.group(1), by_surname)) is not None:
        return person.full, "person"  # "Phillips of Heritage": James Phillips, named before
    if (body := _body_named(surface, low)) is not None:
        return body
    cleaned = " ".join(_clean_name(norm, titled=" " not in norm))  # (a lone "King": a surname)
    title = surface.split()[0].lower() if surface.split() else ""
    person = _named_person(cleaned, by_surname, title) if len(cleaned) > 2 or (
        cleaned and " " not in norm) else None  # ("Swiss Re" is no "Re" of Munich Re)
    if person is not None and _dictionary_types().get(person.full) in (None, "person"):
        return person.full, "person"  # (not "The Daily Beast", though its scan took a person)
    if len(low) == 1 and (low[0] in _PERSON_HEADS or surface.strip() not in _census_sex()) and (
            written_lower(text, surface.strip())):
        return UNIDENTIFIED, "unresolved"  # "Star Asked Actors …" (a headline), "Few think",
        # "Other questions …", "Throughout the day": a word in title case that no name of the
        # article ends with, and that the article writes in lower case too ("King said" stays)
    if _looks_named_person(norm, lone=True) and not surface.isupper() and (
            len(cleaned) > 2 or not cleaned):  # ("Swiss Re" is no "Re")
        return (cleaned or norm), "person"
    body = _DETERMINER.sub("", _POSSESSIVE.sub("", surface.strip()))
    if (named := _DESCRIBED_BODY.fullmatch(body)) is not None:
        body = named.group("name")  # "German magazine Der Spiegel", "Security firm Network Box"
    return (body if len(body.split()) <= 5 else norm), "organisation"  # as written


#: a body's name after the noun of its kind ("the newsmagazine Der Spiegel", "market analysts
#: In-Stat"): the name is the label
_DESCRIBED_BODY = re.compile(
    r"(?:[\w’'\-]+\s+){0,3}?(?:" + _BODY_INTRO + r"|magazine|newsmagazine|newspaper|paper|daily|"
    r"weekly|website|analysts?|channel|station)\s+(?P<name>[A-Z][\w&.’'\-]*(?:\s+(?:&\s+)?"
    r"[A-Z][\w&.’'\-]*)*)")  # (the noun in lower case: "Securities and Exchange Commission",
# "Politico Magazine" are names)


_SURNAME_OF = re.compile(r"([A-Z][\w’'-]+) of (?:the )?[A-Z][\w’'. -]*")


def _named_person(norm: str, by_surname, title: str = "") -> _Person | None:
    """The person a name refers to; ``title`` ("mrs.") picks among people of one surname; a
    generational suffix ("Biden Jr.") is no surname."""
    toks = [t for t in norm.split() if t.rstrip(".").lower() not in _NAME_SUFFIXES]
    if not toks:
        return None
    cands = by_surname.get(toks[-1])
    if not cands:
        return _first_word_person(toks[0], by_surname, bool(_PERSON_TITLES.get(title))) if len(
            toks) == 1 else None  # "Kim" of Kim Jong Un; "Mr. Lou" of Lou Jiwei
    if len(toks) > 1:
        same = [p for p in cands if p.full == norm or p.full.endswith(norm)] or [
            p for p in cands if " " in p.full and norm.endswith(" " + p.full)]  # "Education
        # Stephen Lecce" (of "Minister of Education Stephen Lecce") is Stephen Lecce
        if same:
            return same[0]
        firsts = [p for p in cands if p.full.split()[0] == toks[0]]
        return firsts[0] if firsts else None
    return _pick(cands, title if title in _PERSON_TITLES else "")


def _looks_named_person(name: str, lone: bool = False) -> bool:
    """A person's name: 2-4 capitalised words (joiners allowed; no organisation or place word),
    or with ``lone`` one, no acronym or web address ("Trump"; not "IRNA", "Factcheck.org")."""
    toks = name.split()
    if any(t.lower() in _NOT_NAME_WORDS or t.lower() in _SOURCE_HEADS for t in toks) or (
            toks and toks[0].lower() in _NO_NAME):
        return False  # "Officials", "Some Republicans": no one's name
    if _dictionary_types().get(_DETERMINER.sub("", name)) not in (None, "person"):
        return False  # the dictionary's place, state, body or outlet ("Moscow", "Politico")
    if lone and len(toks) == 1:
        return toks[0][:1].isupper() and not toks[0].isupper() and "." not in toks[0][:-1] and (
            toks[0].lower().strip(".") not in _LONE_TITLES) and toks[0].lower() not in (
                _LONE_BODIES) and not _camel_brand(toks[0])
    return 2 <= len(toks) <= 4 and all(t[:1].isupper() or t in _JOINERS for t in toks)


#: plural office-holders, capitalised in British usage ("Labour MPs", "Law Lords", "Ministers")
_TITLED_GROUPS = frozenset("mps meps mlas msps lords peers ministers senators governors".split())


#: first parts of surnames written with an inner capital ("McCain", "MacArthur", "DeSantis",
#: "LaHood", "DiCaprio", "VanderWal", "FitzGerald")
_NAME_PREFIXES = frozenset("mc mac de di da du la le van von vander fitz del della der st".split())
_INNER_CAPITAL = re.compile(r"([A-Z][a-z]+)[A-Z][a-z]")


def _camel_brand(word: str) -> bool:
    """A word with an inner capital after a first part that is neither a surname prefix nor a
    given name: a brand or publication ("ProPublica", "PolitiFact", "YouGov", "BuzzFeed"), not a
    person ("McCain", "DeSantis", "MaryAnn")."""
    m = _INNER_CAPITAL.match(word)
    return m is not None and m.group(1).lower() not in _NAME_PREFIXES and (
        m.group(1) not in _census_sex())
