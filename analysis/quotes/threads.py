"""Pronoun threads, for :mod:`analysis.quotes.people`: the antecedent of a "he"/"she" speaker or
a bare role description (issue 15).

Internal. The pronoun sieve of Lee et al. (2013, §3.3.1, after Hobbs 1978), read over the person
scan's mentions (:mod:`.person_scan`), with news writing's own thread: runs of quotations go to
one speaker until a new subject takes over. Two further limits of what can be an antecedent,
both of Hobbs's search (it visits noun phrases, not their modifiers, and clauses of the
sentence it climbs, not clauses reported inside another's words): a name that premodifies a
noun ("a devout Catholic and Donald Trump supporter") is no candidate; a name inside the words
a speaker reports ("Melendres said … whereas Petraeus acknowledged …. He also said") does not
take the thread from that speaker, and a report nested in another's content does not become the
last speaker.
"""

from __future__ import annotations

import bisect
import re

from .person_scan import _PRONOUN_RX, _gender, _Person
from .sentences import _FRONTED, _TOPIC, _sentence_starts
from .words import _QUOTE_MARKS

#: a name before one of these nouns modifies it ("a Donald Trump supporter", "the Clinton
#: campaign"): no noun phrase of its own, so no antecedent (Hobbs 1978 visits NP nodes)
_PREMODIFIES = re.compile(
    r"\s+(?:supporters?|voters?|backers?|fans?|loyalists?|critics?|aides?|advisers?|advisors?|"
    r"staffers?|surrogates?|allies|ally|delegates?|campaign|administration|presidency|camp|era|"
    r"doctrine|policy|policies|team|rally|rallies|foundation|organization|brand|chart|album|"
    r"single|song|show|programme|program|film|series|award|awards|prize)\b")
#: an article right before a name: a body or a modifier ("the Lewisburg Green Dragons", "the
#: Carson campaign"), no person's noun phrase — names take no article; or a noun that names a
#: work by its title ("hit Hey Ya!", "the film Ray")
_ARTICLE_BEFORE = re.compile(
    r"\b(?:the|a|an|hit|single|song|album|film|movie|show|programme|novel|book|track)\s+$")
#: "For X," opening a sentence: X's point of view follows (Quirk et al. 1985 §8.123, a
#: viewpoint adjunct), so X opens a thread as a subject does
_VIEWPOINT = re.compile(r"(?:\A|[.!?”\"]\s+|\n)(?:(?:But|And|Yet)\s+)?[Ff]or\s+(?:\w+\s+){0,3}\Z")
_SPEAKER_REACH = 600  # characters back within which a previous speaker is the antecedent
_SENTENCES_BACK = 3  # sentences searched for an antecedent before the nearest-mention fallback
_PREPOSITIONS = frozenset(
    """to with for by at in on from of about against toward towards than like under over into
    onto upon after before behind between among""".split()
)


def _subject_like(mention: list, text: str, sentence_start: int = -1) -> bool:
    """Not a possessive ("Mr. Y’s allies"), not after a preposition ("close ties to Y") or an
    article ("the Carson campaign") and,
    given its sentence's start, not after a "he"/"she" of that sentence ("he found Y to be"): a
    mention that can open a thread of its own (a subject, not an object or a modifier)."""
    s, e = mention[0], mention[1]
    if _possessive(text, e) or text[e : e + 2] in ("’s", "'s"):
        return False
    before = text[max(0, s - 12) : s].split()
    if before and (before[-1].lower() in _PREPOSITIONS or before[-1] in ("the", "a", "an")) and (
            _VIEWPOINT.search(text, max(0, s - 24), s) is None or text[e : e + 1] != ","):
        return False  # an object, or a modifier: "the Carson campaign" (a name takes no article;
        # but "For Allen Weiner, a research director …, the future …": whose view follows)
    return sentence_start < 0 or _PRONOUN_RX.search(text, sentence_start, s) is None


def _article_before(mention: list, text: str) -> bool:
    """An article right before a mention that opens with its name, no title ("the Lewisburg
    Green Dragons"; not "the Rev. Jesse Jackson", "the chairman … Bob Corker")."""
    s = mention[0]
    first = text[s : mention[1]].split()[:1]
    return bool(first) and first[0] in mention[2].full.split() and (
        _ARTICLE_BEFORE.search(text, max(0, s - 5), s) is not None)


def _possessive(text: str, end: int) -> bool:
    """The mention ending at ``end`` ends in "’s" ("Modi’s rally": a possessor, no modifier)."""
    return text[end - 2 : end] in ("’s", "'s")


#: a condition fronted in the pronoun's own sentence belongs to the words reported: "If Trump
#: does not become the nominee, he said he would settle …" (not Trump)
_CONDITION = re.compile(r"\W*(?:(?:And|But|So)\W+)?(?:If|Unless)\b[^,;:—–]*$")


def _nearest(pos, mentions, m_starts, speakers, want, text: str, agrees=None,
             own=(0, 0)) -> _Person | None:
    """The antecedent of a pronoun at ``pos``, after the pronoun sieve of Lee et al. (2013,
    §3.3.1, after Hobbs 1978): candidates in the pronoun's own sentence (before it) and then in
    each of the ``_SENTENCES_BACK`` sentences before, each sentence read left to right, so the
    subject that opens a sentence comes before the objects after it ("Walsh, a former labor
    leader, had ties to Joe Biden. But he said …" → Walsh). News attributes runs of quotations
    to one speaker (“…,” Mr. X said. “…,” he added): the most recent compatible speaker within
    ``_SPEAKER_REACH`` characters keeps the thread unless a compatible subject-like mention
    opens a sentence after it. With no candidate in those sentences: that speaker, else the
    nearest compatible person named outside quotations. ``want``: "m" / "f" (a person of
    unknown gender is compatible, one of known gender preferred within a sentence) or None;
    ``agrees``: a further test of each candidate (a description's party and office); ``own``:
    the extent of the words the pronoun's speaker reports — while a speaker of the pronoun's
    sex holds the thread, a name inside them is whom the speaker talks about, not the speaker
    ("“…,” the Conservative leader said. Mr Blair has failed, he claimed": not Blair)."""

    def ok(p):
        return (want is None or _gender(p) in (want, None)) and (agrees is None or agrees(p))

    # a mention right after "asked" in an earlier sentence answers, so it speaks next (a question
    # and its answer are an adjacency pair, Schegloff & Sacks 1973): "Conroy asked Sanders
    # whether … . “Sure it is,” he said" → Sanders

    speaker = None
    words = (0, 0)  # the extent of the words the speaker reports
    for rs, p, w in reversed(speakers):
        if rs >= pos:
            continue
        if pos - rs > _SPEAKER_REACH:
            break
        if ok(p):  # (a pronoun inside the words reported reads them: "X wrote that Sanders
            # …, he's suggested …"; the rest of the sentence only for a speaker of known gender)
            speaker = (rs, p, w[0])  # (w[0]: where the words begin, after a relative clause
            # on the speaker: "Sandy Phillips, who lost her daughter Jessica, said that …")
            end = w[2] if _gender(p) is not None else w[1]
            words = (w[0], end) if pos >= end else (0, 0)
            break
    parenthetical = 0 < pos - own[0] <= 30 and pos < own[1] and not any(
        c in _QUOTE_MARKS for c in text[own[0] : pos])  # a short lead, the words after
    if not parenthetical and (speaker is None or want is None or _gender(speaker[1]) != want):
        own = (0, 0)  # (only against a thread of the pronoun's sex — "Fiorina tossed cold
        # water on the idea, she wrote": a name inside may be the speaker when no thread holds —
        # or in a parenthetical attribution: "Obama, he says, can win")

    def usable(m) -> bool:  # compatible, outside the speaker's own words, not after "the"
        return ok(m[2]) and not own[0] <= m[0] < own[1] and not _article_before(m, text)

    starts = _sentence_starts(text)
    j = bisect.bisect_right(starts, pos) - 1
    hi = bisect.bisect_left(m_starts, pos)
    for sent in range(j, max(j - _SENTENCES_BACK - 1, -1), -1):
        lo = bisect.bisect_left(m_starts, starts[sent])
        fits = [mentions[i] for i in range(lo, hi) if usable(mentions[i])
                and (_PREMODIFIES.match(text, mentions[i][1]) is None
                     or _possessive(text, mentions[i][1]))
                and not (sent == j and _CONDITION.match(text, starts[sent], mentions[i][1]))]
        cand = max(fits, default=None, key=lambda m: (
            2 * _subject_like(m, text) + (want is None or _gender(m[2]) == want)
            + 3 * (sent < j and text[max(0, m[0] - 6) : m[0]] == "asked ")
            - 2 * (sent < j and _FRONTED.match(text, starts[sent], m[1]) is not None), -m[0]))
        if cand is not None and (speaker is None or (
                cand[0] > speaker[0] and not words[0] <= cand[0] < words[1] and not (
                    cand[0] < speaker[2] and speaker[2] - speaker[0] < 200
                    and text[speaker[0] : speaker[0] + 1] == ",") and (
                    _gender(speaker[1]) is None or _takes_over(
                        cand, text, starts[sent], m_starts[lo], want, speakers)))):
            return cand[2]
        if speaker is not None and starts[sent] <= speaker[0]:
            return speaker[1]
        hi = lo
    if speaker is not None:
        return speaker[1]
    k = bisect.bisect_left(m_starts, pos) - 1
    while k >= 0:
        if usable(mentions[k]):
            return mentions[k][2]
        k -= 1
    return None


def _takes_over(cand, text: str, sentence_start: int, first: int, want, speakers) -> bool:
    """A person named after the last speaker takes the thread from that speaker: a subject-like
    mention of the wanted gender; one of unknown gender that is the first mention of its
    sentence and a person for sure (titled, or a speaker before: "… said Terry Giles …. Giles
    attempted to re-engage …"); or a possessive that opens its sentence
    ("Carson’s renewed endorsement … came with caveats. He may add …") — the subject noun
    phrase and its possessor are the first nodes of Hobbs's (1978) left-to-right search."""
    gender = _gender(cand[2])
    if _TOPIC.match(text, sentence_start, cand[0]) and gender in (want, None):
        return True  # "As for Trump, he said …": the topic the sentence announces
    if _FRONTED.match(text, sentence_start, cand[1]):
        return False  # "If Assad violates it, the deal is off": no subject of the main clause
    if _subject_like(cand, text, sentence_start):
        return want is None or gender == want or (gender is None and cand[0] == first and (
            bool(cand[2].roles) or any(p is cand[2] for _s, p, _w in speakers)))
    return (cand[0] == first and gender == want
            and not text[sentence_start : cand[0]].strip(" \"“‘'"))
