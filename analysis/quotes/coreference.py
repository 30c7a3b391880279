"""Speaker phrases normalised and resolved within one article, for :mod:`analysis.quotes`.

Internal to :func:`analysis.quotes.quotes`. ``_speaker_kind`` classifies a speaker phrase (pronoun,
generic source, description, name) and normalises it; ``_resolve_speakers`` fills
``speaker_actor``, ``speaker_norm`` and ``antecedent`` in text order (a generic source such as "the
report" → the most recent named non-person source; "he"/"she" → the most recent named person; a
description → the named speaker whose phrase contains its words; a short name → an earlier full
name ending with it), with an actor mentions table (``_mentions_index``) taking precedence when
given; ``_pronouns_from_container`` ties a pronoun inside a reported clause to that clause's
speaker.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable

import pandas as pd

from .._validate import require_columns
from .body_mentions import _body_before, _firm_apposed
from .lexicons import _PLACED, _census_sex, _dictionary_words, _lesser
from .name_words import _BODY_NAME_ENDS, _MASTHEADS
from .phrases import _SUNDAY_MASTHEADS
from .verbgroup import _first_conjunct
from .words import (
    _DESCRIPTION_OPENERS,
    _DETERMINERS,
    _DOCUMENT_NOUNS,
    _MEDIA_DESCRIPTORS,
    _NAME_JOINERS,
    _ORG_WORDS,
    _REPORT_NOUNS,
    _STOPWORDS,
    _SUBJECT_PRONOUNS,
    _TITLES,
    _TOKEN,
    _WEEKDAYS,
    _bare,
    _demonym,
    _is_cap,
    _is_possessive,
    _is_word,
)

# --------------------------------------------------------------------------------------------
# Speaker normalisation and coreference


#: plural nouns for kinds of people news quotes as a group ("Analysts said"): no one's name
_GROUP_NOUNS = frozenset("""analysts experts critics economists investors observers traders
    friends neighbors neighbours relatives colleagues
    prosecutors lawyers judges organisers organizers unions residents campaigners activists
    scientists researchers doctors witnesses protesters protestors supporters opponents voters
    diplomats commentators historians workers teachers parents students farmers lawmakers
    legislators executives academics pollsters strategists insiders officers authorities
    negotiators regulators investigators bankers shareholders consumers fans""".split())




_AFFILIATION_PREPS = ("for", "at", "in", "from", "with")
_CLOSE = ("close", "near", "loyal", "friendly")
#: the same in a speaker phrase as written: a lower-case head (or a member's title: "The MP for
#: Sittingbourne"), the preposition, a capital
_AFFILIATION_TAIL = re.compile(
    rf"(?:(?<=[a-z])|(?<=\bMP)|(?<=\bMEP)|(?<=\bMSP))\s+(?:{'|'.join(_AFFILIATION_PREPS)}|"
    rf"(?:{'|'.join(_CLOSE)}) to)\s+(?:the\s+)?[A-Z]")


#: titles of a member for a seat ("the MP for Sittingbourne and Sheppey")
_MEMBER_TITLES = frozenset("MP MEP MSP MLA MPP AM".split())


def _affiliated(toks: list[str], first: int) -> bool:
    """True when the name run starting at ``first`` is the object of a preposition after a
    lower-case head noun: the speaker is someone of the name, not the name ("a lawyer for
    Trump", "an analyst at Barclays", "protesters in Hong Kong", "a source close to Trump")."""
    k = first - 1
    while k >= 2 and toks[k] == "and" and _is_cap(toks[k - 1]):
        k -= 2  # "The MP for Sittingbourne and Sheppey"
    if k >= 1 and toks[k].lower() in ("the", "a", "an"):
        k -= 1  # "a spokesman for the Pentagon"
    if k < 1:
        return False
    prep, head = toks[k].lower(), toks[k - 1]
    if prep == "to":
        return head.lower() in _CLOSE
    if prep in ("for", "of") and head in _MEMBER_TITLES:
        return True  # "The MP for Sittingbourne": a member for a seat is a person
    return prep in _AFFILIATION_PREPS and head.isalpha() and head.islower() and (
        head not in _STOPWORDS) and _bare(head) not in _SOURCED  # ("figures from the Council
    # of Mortgage Lenders", "a new article in Politico": the document's source is the name)


#: documents and reports whose "from"/"in" names their source
_SOURCED = _DOCUMENT_NOUNS | frozenset("""figure figures data datum report reports article
    articles forecast forecasts estimate estimates document documents record records number
    numbers result results survey poll study analysis""".split())


#: how a newsroom came by a document ("a memo obtained by Reuters"): the outlet is not its source
_OBTAINED = frozenset("seen obtained reviewed viewed examined acquired".split())


_SERIAL_BODY = re.compile(r"\b(?:for|of) [A-Z][\w’'.-]*, [A-Z][^,]* and [A-Z]")


@functools.lru_cache(maxsize=1 << 16)
def _speaker_kind(surface: str) -> tuple[str, str, list[str]]:
    """Classify a speaker phrase → (category: "pronoun" | "report" (generic source) |
    "description" | "named", normalised form, content words)."""
    raw = [m.group() for m in _TOKEN.finditer(surface)]
    if "," in raw:  # "One pastor supporting Mr. Cruz, Darran Whiting of …": the name after the
        k = len(raw) - 1 - raw[::-1].index(",")  # description is the speaker
        tail = [t for t in raw[k + 1 :] if _is_word(t)]
        if k > 0 and len(tail) >= 2 and raw[0].lower() in _DESCRIPTION_OPENERS and _is_cap(
                tail[0]) and " ".join(tail) not in _dictionary_words()[0] and not (
                _SERIAL_BODY.search(surface)):  # ("for Culture, Media and Sport": one body)
            raw = raw[k + 1 :]  # (not a place: "a pastor at the church in Elizabeth, Colorado")
    toks = [t if t != "%" else "percent" for t in raw if _is_word(t) or t == "%"]  # "47% of …"
    if len(toks) == 1 and toks[0] in ("him", "her", "them"):  # "quoted him as saying": he
        return "pronoun", (p := {"him": "he", "her": "she"}.get(toks[0], "they")), [p]
    while toks and toks[0].lower() in _DETERMINERS:
        toks = toks[1:]
    while len(toks) > 1 and toks[-1].lower() in _WEEKDAYS and not (
            len(toks) > 2 and toks[-2] == "on" and toks[-3] in _SUNDAY_MASTHEADS):
        toks = toks[:-1]  # "… statement Thursday": no name (but "The Mail on Sunday" is one)
    toks = _before_of_body(toks)  # "Mary Lou Hughes of Dalhousie University" → the person
    words = [_bare(t) for t in toks]
    if not toks:
        return "description", surface.strip().lower(), []
    if len(toks) == 1 and toks[0].lower() in _SUBJECT_PRONOUNS:
        return "pronoun", toks[0].lower(), words
    last = toks[-1]
    run: list[int] = []
    if _is_cap(last) and not _is_possessive(last):
        run = [len(toks) - 1]
        k = len(toks) - 2
        while k >= 0 and not _is_possessive(toks[k]) and (
            _is_cap(toks[k]) or toks[k].lower() in _NAME_JOINERS
        ):
            run.insert(0, k)
            k -= 1
        if k >= 1 and toks[k].lower() == "of" and toks[k - 1].islower() or (
                k >= 1 and toks[k] == "by" and toks[k - 1] in _OBTAINED) or (
                k >= 1 and toks[k] in ("in", "at", "from") and toks[k - 1].lower() in _PLACED):
            run = []  # "a classmate of Dzhokhar", "a memo seen by Reuters", "Officials in X"
        elif k >= 1 and toks[k].lower() == "of" and _is_cap(toks[k - 1]) and len(run) <= 2:
            while k >= 0 and (toks[k].lower() == "of" or _is_cap(toks[k]) or (
                    toks[k] == "the" and k > 0 and toks[k - 1] == "of")) and not _is_possessive(
                    toks[k]):  # "Joint Chiefs of Staff", "Bank of England", "Office of the …"
                run.insert(0, k)
                k -= 1
        elif k >= 1 and toks[k].lower() == "to" and toks[k - 1].lower() in _TITLES and len(run) > 2:
            run = run[1:]  # "Ambassador to Israel Martin Indyk"
        if run:
            run = _joined_body(toks, run[0] - 1, run)
    if run and _affiliated(toks, run[0]):  # "A lawyer for Trump", "a source close to Trump",
        return "description", " ".join(t.lower() for t in toks), words  # "an anchor at Fox News"
    if run:
        names = [toks[n] for n in run]
        s = _after_titles(names)
        if len(names) == 1 and _demonym(names[0]) and names[0].lower() not in _MASTHEADS:
            return "description", names[0].lower(), words  # "Palestinian" alone names no one
        if len(names) == 1 and (names[0].lower() in _STOPWORDS and names[0] not in (
                "May", "Will") or names[0] in ("Just", "People")):  # ("May": Theresa May)
            return "description", names[0].lower(), words  # "If …", "Over …": no name
        if len(names) == 1 and names[0].lower() in _GROUP_NOUNS:
            return "description", names[0].lower(), words  # "Analysts said" (opening capital)
        return "named", " ".join(names[s:]), words
    acronyms = [
        n for n, t in enumerate(toks)
        if t.isupper() and len(t) >= 2 and t.isalpha()
        and all(w.lower() in _MEDIA_DESCRIPTORS for w in toks[n + 1 :])
    ]
    if acronyms:
        return "named", toks[acronyms[-1]], words  # "Iran's IRNA government media"
    # descriptions: a media descriptor after a name ("Russia's Zvezda television")
    if last.lower() in _MEDIA_DESCRIPTORS:
        if any(_demonym(t) for t in toks):
            return "named", " ".join(toks), words  # "North Korean state media": not "North"
        if (media := _media_name(toks)) is not None:  # "Russia's Zvezda television" → Zvezda
            return "named", media, words
    lowered = " ".join(t.lower() for t in toks)
    if not any(_is_cap(t) for t in toks) and _bare(last) in _REPORT_NOUNS and (
            (first := _first_conjunct(toks)) is None or first in _REPORT_NOUNS):
        return "report", lowered, words  # (not "the writer and broadcaster": a person)
    return "description", lowered, words


def _after_titles(names: list[str]) -> int:
    """Where the name begins in a capitalised run: after the last title ("Michigan GOP Rep.
    Mike Rogers" → "Mike Rogers"), at a given name and surname that end the run ("Director of
    National Intelligence James Clapper"), but not inside a body's name of "X of Y" ("Department
    of Defense", "Ministry of Foreign Affairs", "Office of the Prime Minister")."""
    if len(names) >= 3 and "of" in names and names[-2] in _census_sex() and names[-3] != "of":
        return len(names) - 2
    titles = [n for n, t in enumerate(names[:-1]) if t.lower() in _TITLES
              and names[n + 1] not in ("of", "for", "and") and (
                  n == 0 or names[n - 1] not in ("of", "the"))]  # ("Department for Transport")
    s = titles[-1] + 1 if titles else 0
    while s < len(names) - 1 and names[s] in ("of", "the"):
        s += 1  # ("the chairman of the Joint Chiefs of Staff": the body, not "of the …")
    return s


_ACADEMIC = frozenset("""college school center centre hospital clinic laboratory lab
    institution church mosque synagogue temple parish cathedral""".split())


def _before_of_body(toks: list[str]) -> list[str]:
    """A full name before "of (the) <body>" is the speaker ("Jane Roe of the Brookings
    Institution", "Mary Lou Hughes of Dalhousie University"): the tokens up to "of" when two or
    more capitalised words stand before it and a body word (university, institute, council …)
    after it; else the tokens unchanged ("Bank of England", "Joint Chiefs of Staff")."""
    if "of" not in toks:
        return toks
    j = toks.index("of")
    if j >= 2 and _is_cap(toks[j - 1]) and _is_cap(toks[j - 2]) and (any(
            t.lower() in _ORG_WORDS or t.lower() in _ACADEMIC for t in toks[j + 1:]) or " ".join(
            toks[j + 1:]) in _dictionary_words()[0] or (  # ("Sen. Jim Inhofe of Oklahoma")
            (toks[j - 2] in _census_sex() or j >= 3 and toks[j - 3].lower().rstrip(".") in (
                _TITLES)) and toks[j + 1 : j + 2] == ["the"] and len(toks) > j + 2
            and all(_is_cap(t) or t in ("for", "of", "and", "on") for t in toks[j + 2:])
            and _is_cap(toks[-1]))):  # ("… of the Campaign for Tobacco-Free Kids")
        return toks[:j]  # ("Anne Thompson of the Hollywood Reporter": a given name, a named body)
    return toks


def _words_match(needle: str, hay: Iterable[str]) -> bool:
    """The same word, or one with an inflection or demonym ending of the other ("iranian" ~
    "iran", "officials" ~ "official"); not a compound that starts with it ("moviegoer" is no
    "movie")."""
    for w in hay:
        if w == needle:
            return True
        short, long_ = (w, needle) if len(w) < len(needle) else (needle, w)
        if len(short) >= 4 and long_.startswith(short) and long_[len(short):] in _WORD_ENDINGS:
            return True  # "iranian" ~ "iran"
    return False


#: endings that keep a word's meaning for a description match: plurals, possessives, demonyms
_WORD_ENDINGS = frozenset("s es ’s 's n an ian ean ese i is ish ans ians eans y".split())


#: epithets news uses for a person named before ("the tycoon said", "the neurosurgeon says"),
#: beside the role nouns of :mod:`analysis.quotes.people`
_EPITHETS = frozenset(
    """tycoon magnate developer politician surgeon neurosurgeon doctor physician winner contender
    challenger incumbent veteran entrepreneur investor heir heiress millionaire celebrity comedian
    rapper novelist pundit commentator preacher pastor admiral colonel captain sergeant
    legend speechwriter organizer organiser hacker scholar reporter anchor model coach
    athlete operative chef singer artist designer banker lobbyist philanthropist defender
    striker midfielder goalkeeper keeper winger skipper forward playmaker""".split()
)


def _epithet(word: str) -> bool:
    """A noun that names a person: an epithet, or an agent suffix ("socialist", "politician")."""
    return word in _EPITHETS or (len(word) > 6 and word.endswith(("ist", "ian", "man"))) or (
        word.endswith("-year-old"))  # ("radioman", "the 46-year-old")


_GENERIC_ADJ = frozenset("top senior former new other separate same latest second first".split())


def _looks_person(norm: str, words: list[str]) -> bool | None:
    if norm.isupper() or norm.rsplit(" ", 1)[-1] in _BODY_NAME_ENDS or any(  # ("Jupiter
            w in _ORG_WORDS for w in norm.lower().split()):  # Research": a firm's name)
        return False
    if len(norm.split()) >= 2:
        return True
    if any(w in _TITLES for w in words):
        return True
    return None


def _resolve_speakers(rows: list[dict], text: str, doc_mentions) -> None:
    """Fill speaker_actor / speaker_norm / antecedent for one document, in text order."""
    history: list[dict] = []  # named speakers seen so far
    cache: dict[tuple[int, int], tuple] = {}
    order = sorted(
        (r for r in rows if r["speaker_start"] is not None), key=lambda r: r["speaker_start"]
    )
    for r in order:
        key = (r["speaker_start"], r["speaker_end"])
        if key not in cache:
            cache[key] = _resolve_one(text, key, history, doc_mentions)
        r["speaker_actor"], r["speaker_norm"], r["antecedent"] = cache[key]


#: an indefinite speaker phrase ("a defence ministry statement", "one analyst") is no anaphor;
#: "a separate report", "another statement" presuppose the earlier one's source and stay anaphors
_INDEFINITE = re.compile(r"\s*(?:a|an|one|some)\s+(?!(?:separate|second|further|later)\b)",
                         re.I)


#: heads of a definite description that refers back to a body named before ("the company")
#: heads that end a body's name joined by "and" ("Immigration and Customs Enforcement")
_BODY_HEADS = frozenset("""service services enforcement security agency department commission
    council committee office bureau administration authority party front union board institute
    foundation association federation alliance coalition network forces mail""".split())


def _joined_body(toks: list[str], k: int, run: list[int]) -> list[int]:
    """``run`` (capitalised words ending the phrase, ``toks[k]`` the word before them) widened
    over a body's own "for" or "and": "Department for Transport", "Americans for a Strong
    Defense", "Immigration and Customs Enforcement", "Security and Intelligence Service" (not
    "Trump and Clinton": no body's head ends the name)."""
    j = k
    if j >= 1 and toks[j] in ("the", "a") and toks[j - 1] == "for":
        j -= 1
    if j < 1 or not _is_cap(toks[j - 1]) or _is_possessive(toks[j - 1]) or toks[j - 1].lower(
            ) in _DETERMINERS or toks[j - 1] in _MEMBER_TITLES or not (
            toks[j] == "for" or toks[j] == "and" and toks[run[-1]].lower() in _BODY_HEADS):
        return run
    j -= 1
    while j >= 1 and _is_cap(toks[j - 1]) and not _is_possessive(toks[j - 1]) and (
            toks[j - 1].lower() not in _DETERMINERS):
        j -= 1
    return list(range(j, k + 1)) + run


def _media_name(toks: list[str]) -> str | None:
    """The last run of capitalised words of a media phrase, or None when a possessive ends it
    (not "North" of "North Korea’s state newspaper", nor the state: its newspaper speaks)."""
    runs: list[list[str]] = [[]]
    for t in toks:  # a possessive closes its run
        if _is_cap(t):
            runs[-1].append(t)
        if not _is_cap(t) or _is_possessive(t):
            runs.append([])
    caps = [r for r in runs if r]
    return " ".join(caps[-1]) if caps and not _is_possessive(caps[-1][-1]) else None


_ORG_ANAPHORS = frozenset("""company firm group bank carrier airline insurer retailer giant
    maker carmaker manufacturer operator business corporation conglomerate broadcaster network
    club team label studio publisher""".split())
_DEFINITE = re.compile(r"\s*the\s", re.I)


def _resolve_one(text, span, history, doc_mentions):
    surface = text[span[0] : span[1]]
    category, norm, words = _speaker_kind(surface)
    actor, actor_type = _mention_actor(span, text, doc_mentions)
    if actor is not None:
        person = actor_type == "person" if actor_type else _looks_person(norm, words)
        if category == "named" or category == "description":
            history.append({
                "norm": norm, "actor": actor, "person": person, "words": set(words),
                "surface": surface,
            })
        return actor, actor, None
    antecedent = None
    if category in ("report", "description") and _INDEFINITE.match(surface):
        pass  # an indefinite phrase introduces someone new (Lee et al. 2013, §3.1)
    elif category == "pronoun" and norm in ("he", "she"):
        antecedent = next((h for h in reversed(history) if h["person"] is not False), None)
    elif category == "report" or (category == "pronoun" and norm == "it"):
        antecedent = next((h for h in reversed(history) if h["person"] is False), None)
        if antecedent is None and norm == "it":  # "Shares in X fell … It said": the firm
            antecedent = _named_body(text, span[0], "it", history)
    elif category == "description":
        content = [w for w in words if w not in _GENERIC_ADJ]
        if content:
            antecedent = next(
                (h for h in reversed(history) if all(_words_match(w, h["words"]) for w in content)
                 and not _lesser(h["words"], words)),  # (no "deputy prime minister")
                None,
            )
        if antecedent is None and words and words[-1] in _ORG_ANAPHORS and _DEFINITE.match(
                surface):  # "Yukos said … the company said": the body named before (Lee et al.)
            places = _dictionary_words()[0]  # (a state or place is no company: "the US" …
            antecedent = next((h for h in reversed(history) if h["person"] is not True and (
                h["actor"] or h["surface"].removeprefix("The ").removeprefix("the ")) not in (
                    places)), None)  # "the company said" is Stena Bulk's, not the US's)
            if antecedent is None and all(w[:1].islower() or w.endswith("-based") or _demonym(w)
                                          for w in surface.split()[1:]):
                # "engineering group Jarvis … The company said" (not "The Islamic State group")
                antecedent = _named_body(text, span[0], words[-1], history)
        if antecedent is not None:
            antecedent["words"] |= set(words)
    elif category == "named":
        parts = norm.split()
        antecedent = next(
            (
                h
                for h in reversed(history)
                if h["norm"] != norm and h["norm"].split()[-len(parts) :] == parts
            ),
            None,
        )
        if antecedent is None:
            history.append(
                {
                    "norm": norm,
                    "actor": None,
                    "person": _looks_person(norm, words) and not _firm_apposed(text, span[1]),
                    "words": set(words),
                    "surface": surface,
                }
            )
    if antecedent is not None:
        key = antecedent["actor"] or antecedent["norm"]
        return antecedent["actor"], key, antecedent["surface"]
    return None, norm, None


def _named_body(text: str, pos: int, head: str, history: list[dict]) -> dict | None:
    """A history entry for the firm the text introduced before ``pos`` that a phrase headed by
    ``head`` refers to (:func:`analysis.quotes.body_mentions._body_before`), or None."""
    name = _body_before(text, pos, head)
    if name is None:
        return None
    words = _speaker_kind(name)[2]
    entry = {"norm": name, "actor": None, "person": False, "words": set(words), "surface": name}
    history.append(entry)
    return entry


def _mention_actor(span, text, doc_mentions) -> tuple[str | None, str | None]:
    """The actor of the mention heading the speaker phrase (ends it, or only descriptors follow)."""
    if doc_mentions is None:
        return None, None
    starts, ends, actors, types = doc_mentions
    s, e = span
    lo = bisect.bisect_left(starts, s)
    best = None
    for k in range(lo, len(starts)):
        if starts[k] >= e:
            break
        if ends[k] > e:
            continue
        tail = text[ends[k] : e]
        if _is_possessive(text[starts[k] : ends[k]]) or tail.startswith(("’s", "'s")) or (
                starts[k] > s and text[max(s, starts[k] - 3) : starts[k]] == "by "):
            continue  # (a possessive; an agent: "the memo seen by Reuters" is not Reuters)
        tail_words = [t.lower() for t in re.findall(r"[\w’'\-]+", tail)]
        if all(w in _MEDIA_DESCRIPTORS for w in tail_words):
            best = k
    if best is None:
        return None, None
    kind = types[best] if types is not None else None
    if kind != "person" and _NAME_BEFORE.search(text, s, starts[best]):
        return None, None  # "Statistics Canada", "Bank of Canada": a body named after the place
    return actors[best], kind


#: a capitalised word (not an article), with "of", right before a mention inside the phrase
_NAME_BEFORE = re.compile(r"(?<![\w.])(?!(?:The|A|An)\s)[A-Z][\w&.-]*(?:\s+of)?\s+\Z")


def _pronouns_from_container(rows: list[dict], statements, text: str) -> None:
    """A pronoun subject inside a reported clause refers to that clause's speaker ("The Qataris
    said they hoped that …": "they" → the Qataris; not "According to the Observer, he …")."""
    containers = [r for r, post in statements if not post and r["speaker_start"] is not None
                  and r["kind"] != "according_to"]
    override = {}
    for r in rows:
        if r["speaker_start"] is None or r["verb_start"] is None:
            continue
        span = (r["speaker_start"], r["speaker_end"])
        if text[span[0] : span[1]].lower() not in _SUBJECT_PRONOUNS:
            continue
        inside = [
            c for c in containers
            if c["start"] <= r["verb_start"] < c["end"] and c["speaker_start"] != span[0]
        ]
        if inside:
            c = max(inside, key=lambda c: c["start"])
            override[span] = (
                c["speaker_actor"], c["speaker_norm"], text[c["speaker_start"] : c["speaker_end"]]
            )
    for r in rows:
        span = (r["speaker_start"], r["speaker_end"])
        if span in override:
            r["speaker_actor"], r["speaker_norm"], r["antecedent"] = override[span]


def _mentions_index(mentions: pd.DataFrame | None) -> dict:
    if mentions is None:
        return {}
    require_columns(mentions, ["doc_id", "start", "end", "actor"], name="mentions")
    m = mentions.sort_values(["doc_id", "start", "end"], kind="stable")
    has_type = "actor_type" in m.columns
    out = {}
    for doc_id, g in m.groupby("doc_id", sort=False):
        out[doc_id] = (
            g["start"].astype(int).tolist(),
            g["end"].astype(int).tolist(),
            [None if pd.isna(a) else str(a) for a in g["actor"]],
            [None if pd.isna(t) else str(t) for t in g["actor_type"]] if has_type else None,
        )
    return out
