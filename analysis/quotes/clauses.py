"""Reported clauses for :mod:`analysis.quotes`: what follows or surrounds a reporting verb.

Internal to :func:`analysis.quotes.quotes`. Helpers of the speech events
(:mod:`analysis.quotes.speakers`) for the forms of English reporting that a closed-class walk can
read without a parser: a clause after a short adverbial ("said Thursday he …", "said in an
interview she …"), after a quantity ("said about half …"), opening with a partial quotation
("says “…” despite …"), an indirect question after "ask", a relative clause whose object is the
reported speech ("which the mayor said will …"), an absolute clause ("with 50 percent saying
…") and a quotation introduced after a comma ("Asked about X, Y said, “…”"). Grammar after
Quirk et al. (1985) and Huddleston & Pullum (2002); rules studied on PolNeAR train error classes.
"""

from __future__ import annotations

import re

from .clause_subjects import _clause_subject
from .complements import _PRONOUN_SUBJECTS, _hearer_len
from .phrases import (
    _IRREGULAR_PAST,
    _np_backward,
    _np_forward,
    _starts_clause,
)
from .subjects import _CONTROL_ADJECTIVES
from .words import (
    _APPROXIMATE,
    _BE,
    _CLOSE_MARKS_Q,
    _COLON_QUOTE,
    _DASHES,
    _OPEN_MARKS,
    _PREPOSITIONS,
    _QUOTE_MARKS,
    _SHARES,
    _STOPWORDS,
    _SUBJECT_PRONOUNS,
    _TIME_WORDS,
    _is_adverb,
    _is_cap,
    _is_number,
    _is_word,
)

#: approximate quantities that open a reported clause ("said about half of …")
_APPROX_WORDS = _APPROXIMATE | frozenset("than roughly nearly almost some only just".split())

#: words that open an indirect question after "ask"
_INTERROGATIVES = frozenset("whether if why what how who whom which when where".split())
_DETERMINERS_Q = frozenset("the a an his her their its our my your".split())
#: relative pronouns that can open a clause whose object is reported speech: "the plan, which
#: the mayor said will cost …" (Huddleston & Pullum 2002, ch. 12: extraction from a content clause)
_RELATIVES = frozenset("which that who whom".split())
#: a finite auxiliary or copula right after the verb: the reported clause lacks its subject
_FINITE_AUX = frozenset("""will would could can may might should must shall is was are were has
    had have does did""".split())


def _relative_object(toks, first: int, last: int, stop: int) -> bool:
    """True when the subject ``toks[first..last]`` (``stop``: the token before it) opens a
    relative clause whose object is the reported clause, the verb followed by a finite verb with
    no subject of its own: "which the mayor said will …", "what she said is …", and a pronoun
    after a noun with the relative pronoun left out ("the resolve she argues is needed")."""
    low = toks[stop][0].lower()
    return low in _RELATIVES or low == "what" or (
        first == last and toks[first][0].lower() in _SUBJECT_PRONOUNS and _is_word(
            toks[stop][0]) and low not in _STOPWORDS) or (
        toks[first][0].lower() in ("the", "a", "an") and toks[stop][0].islower() and _is_word(
            toks[stop][0]) and low not in _STOPWORDS and not low.endswith("ly")
        and not toks[last][0].endswith(("’s", "'s")))  # "a probe the
    # agency said was ongoing" (a contact clause after a noun, Quirk et al. 1985 §17.15)


#: prepositions of an adverbial participle clause whose subject is the main clause's
#: ("Trump answered by saying …", "while noting that …"; Quirk et al. 1985, §15.58)
_ING_PREPOSITIONS = frozenset("by while after before upon on".split())


def _absolute_subject(toks, i, tk=None, cs: int = 0, comp: str = "") -> tuple[int, int] | None:
    """The subject of an absolute clause ending at token ``i`` before a participle: "with 50
    percent saying …", "with Ryan saying …" (Quirk et al. 1985, §15.58); for a participle after
    "by", "while", "after" … ("Trump answered by saying …") the subject of the clause (with
    ``tk`` and the clause start ``cs``), also for verbs with a noun-phrase object ("after
    slamming the ruling", "by urging him to quit": annotators count these speech acts; ``comp``
    is kept for callers)."""
    if (tk is not None and i > 0 and (toks[i][0].lower() in _ING_PREPOSITIONS or (
            toks[i][0].lower() == "from" and toks[i - 1][0].lower() in ("aside", "apart")))
            and toks[i - 1][0] not in ",;:"):  # ("aside from saying …": not "refrained from")
        sp = _clause_subject(tk, cs, toks[i][1])
        return sp if sp is not None and sp[1] <= toks[i][1] else None
    for w in range(i - 1, max(-1, i - 10), -1):
        tok = toks[w][0]
        if tok.lower() == "with":
            walk = _np_backward(toks[w + 1 : i + 1], i - w - 1)
            if walk is not None and walk[0] == 0:
                return toks[w + 1][1], toks[i][2]
            return None
        if tok in ",—–" or tok.lower() == "and" and w > 0 and toks[w - 1][0] not in ",;":
            # ", Ryan saying he was …", "– Ryan saying …", "and Trump calling it …": a name
            # after a comma, a dash or "and" (an absolute clause without "with")
            names = toks[w + 1 : i + 1]
            return (names[0][1], names[-1][2]) if 1 <= len(names) <= 3 and all(
                _is_cap(t[0]) and _is_word(t[0]) and not t[0].endswith(("’s", "'s"))
                for t in names) else None  # (not "and Germany's continuing problems")
        if not (_is_word(tok) or tok == "%"):
            return None
    return None


def _introduces_quote(text: str, ve: int, ce: int, cs: int, sp_start: int) -> bool:
    """True when the attribution introduces the quotation after it: "…, Trump said: “…”", or
    "Asked about the vote, Trump said, “…”" (a comma, and no quotation before the speaker)."""
    if _COLON_QUOTE.match(text, ve, ce):
        return True
    return _COMMA_QUOTE.match(text, ve, ce) is not None and not any(
        c in _QUOTE_MARKS for c in text[cs:sp_start])


#: a comma, then the quotation: right after the verb or after a short adjunct ("said about the
#: movement, “…”", "joked, again using a Southern accent, “…”")
_COMMA_QUOTE = re.compile(
    r"\s*,\s*[\"“«]"
    r"|(?:\s*,)?\s*[^\s,.;:!?\"“”«»()]+\s[^,.;:!?\"“”«»()]{1,60},\s*[\"“«]"
    r"(?=[^\"”»]*?(?:\s+[^\s\"”»]+){4})")
#: (an adjunct of two words or more, not ", adding, “…”"; then a quotation of five words or more,
#: not a title: "said in his book, “…”")


def _relative_clause_end(after_toks, ce: int) -> int:
    """Where a relative clause read from ``after_toks`` ends: the first comma, semicolon, dash,
    parenthesis or quotation mark, else the clause end ``ce``."""
    for tok, s, _e in after_toks:
        if tok in ",;:()-" or tok in _DASHES or tok in _QUOTE_MARKS:
            return s
    return ce


def _indirect_question(after_toks) -> int | None:
    """Start of an indirect question after "ask", past a short object: "asked whether …",
    "asked voters which candidate won" (Huddleston & Pullum 2002, ch. 11: interrogative content
    clauses); None when there is none."""
    for n, (tok, s, _e) in enumerate(after_toks[:8]):
        low = tok.lower()
        if low in _INTERROGATIVES and n + 1 < len(after_toks) and _is_word(after_toks[n + 1][0]):
            return s
        if not _is_word(tok) or (low in _STOPWORDS and low not in _DETERMINERS_Q):
            return None
    return None


def _partial_quotation(after_toks) -> bool:
    """True when a quotation right after the verb is part of a longer reported clause: it closes
    without final punctuation and the clause goes on (says “the wind is at our backs” despite
    …); a quotation that is the whole statement ("said “We will win.”") is not."""
    for n in range(1, len(after_toks) - 1):
        tok = after_toks[n][0]
        if tok in _CLOSE_MARKS_Q:
            return after_toks[n - 1][0] not in ",.!?…:;" and _is_word(after_toks[n + 1][0])
        if tok in _OPEN_MARKS:
            return False
    return False


def _quantity(after_toks) -> bool:
    """A reported clause opening with an approximate quantity: "said about half of …",
    "say more than 60 percent …" (the preposition-like word is no adverbial here)."""
    words = [t[0].lower() for t in after_toks[:3]]
    if words[:2] in (["more", "than"], ["less", "than"], ["fewer", "than"]):
        words = words[1:]
    return len(words) >= 2 and words[0] in _APPROX_WORDS and (
        _is_number(words[1]) or words[1] in _SHARES)


# A comparative "as" clause of attribution (Quirk et al. 1985, §15.54; Huddleston & Pullum
# 2002, ch. 12 §4.2): "As the Times reported, the plan …" / "…, as one aide put it." The verb
# has no clause of its own; what was said is the main clause it comments on.
_AS_BEFORE = re.compile(r"(?<![\w’'-])[Aa]s\s+$")
_AS_NOT = frozenset("such well soon long far much same just so".split())
_AS_FRONT = re.compile(r"[^,.;:!?\"“”()—–\n]{0,40}?,\s*(?=[\w“\"])")
_AS_FINAL = re.compile(r"[^,.;:!?\"“”()—–\n]{0,40}?[.!?]?\s*$")
_AS_WORD_BEFORE = re.compile(r"(\w+)\W*$")


_AS_NOT_SAYING = frozenset("speak talk continue urge demand".split())  # "As he spoke, …": time


def _adverbial_gap(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is empty or a short adverbial ("in his column", "earlier
    this year", "repeatedly"), not a clause or an object ("how …", "to unite")."""
    words = _WORDS_RX.findall(text, start, end)
    if not words:
        return True
    w0 = words[0].lower()
    return w0 in _PREPOSITIONS or w0 in _TIME_WORDS or (w0.endswith("ly") and w0 != "only")


_WORDS_RX = re.compile(r"[^\W\d_][\w’'-]*")


def _as_attribution(text: str, sp_start: int, verb_end: int, cs: int, ce: int):
    """What an "as X said" clause attributes: ``((start, end), final)`` — the clause after it
    ("As The Hill reported, the senator …"; final False) or the clause before it ("…, as the
    mayor noted."; final True) — or None when the speaker does not follow an attributive "as"."""
    m = _AS_BEFORE.search(text, max(cs, sp_start - 4), sp_start)
    if m is None:
        return None
    before = text[cs : m.start()].rstrip()
    word = _AS_WORD_BEFORE.search(before)
    if word is not None and word.group(1).lower() in _AS_NOT:
        return None  # "such as", "as well as", "as long as"
    opens = before == "" or before[-1] in ",;—–" or before.endswith((" and", " but", " And",
                                                                       " But")) or before in (
        "And", "But")
    front = _AS_FRONT.match(text, verb_end, ce)
    if front is not None and opens and ce - front.end() >= 8 and _adverbial_gap(
            text, verb_end, front.end()):
        return (front.end(), ce), False
    final = _AS_FINAL.match(text, verb_end, ce)
    if before.endswith(",") and final and len(before) > 12 and _adverbial_gap(
            text, verb_end, final.end()):
        return (cs, before.rfind(",") + cs), True
    return None


def _as_passive(text: str, ev, toks, i: int, after_toks, cs: int, ce: int) -> bool:
    """The passive attributive clause "As reported by X, CLAUSE" / "…, as first reported by X."
    (Quirk et al. 1985, §15.54, with the agent in a "by" phrase): sets the speaker and content of
    ``ev`` and returns True, or False when the verb after "by" is no such clause."""
    if i > 0 and toks[i][0].lower() in ("first", "earlier"):
        i -= 1  # "as first reported by"
    if i < 0 or toks[i][0].lower() != "as" or len(after_toks) < 2:
        return False
    span = _np_forward(after_toks, 1)
    if span is None:
        return False
    sp = (after_toks[span[0]][1], after_toks[span[1]][2])
    sp_start = toks[i + 1][1] if i + 1 < len(toks) else ev.verb_start
    got = _as_attribution(text, sp_start, sp[1], cs, ce)
    if got is None:
        return False
    ev.sp = sp
    ev.content, ev.post = got
    return True


#: what may stand before a participle "asked" that opens a question put to the subject: the
#: clause start, "when", "if", "once", "after", a comma that no quotation closes, or the "be" of
#: a passive ("Clinton was asked about …": the asker, if named, in a "by" phrase)
_ASKED_BEFORE = re.compile(
    r"(?:^\s*|(?<![”\"’'])[,;(]\s*|(?<![\w’'-])(?:[Ww]hen|[Ii]f|[Oo]nce|[Aa]fter)\s+"
    r"|(?<![\w’'-])(?:is|was|were|are|been|being)\s+(?:(?:also|again|later|then|first)\s+)?)$")
#: words that open what was asked (or who asked) after such an "asked"
_ASKED_NEXT = _INTERROGATIVES | frozenset(
    "about by to on in during at for later again directly specifically repeatedly".split())


def _asked_clause(text: str, vs: int, ve: int, cs: int, ce: int, tk):
    """The question of a participial "asked" (Quirk et al. 1985, §15.58: a non-finite clause
    whose subject is the one asked): "Asked whether he would run, Smith said …", "…, he said
    when asked about the plan." — the asker is named only in a "by" phrase ("when asked by a
    reporter whether …"). Returns (speaker span or None, content span) or None."""
    if text[vs:ve] not in ("asked", "Asked") or (
            text[cs:vs].strip() and _ASKED_BEFORE.search(text, cs, vs) is None):
        return None  # (the clause start checked apart: "^" matches only where the text begins)
    if text[vs:ve] == "Asked" and text[cs:vs].strip():
        return None  # a title-case headline ("Zoe Saldana Asked Men …")
    toks = tk(ve, ce)
    if len(toks) < 3 or toks[0][0].lower() not in _ASKED_NEXT:
        return None
    sp, k = None, 0
    if toks[0][0].lower() == "by":
        span = _np_forward(toks, 1)
        if span is None:
            return None
        sp, k = (toks[span[0]][1], toks[span[1]][2]), span[1] + 1
    end = next((t[1] for t in toks[k:] if t[0] in ",;:" or t[0] in _QUOTE_MARKS), ce)
    if k >= len(toks) or sum(_is_word(t[0]) for t in toks[k:] if t[1] < end) < 2:
        return None
    return sp, (toks[k][1], end)


def _only_addressee(after_toks) -> bool:
    """True when "tell" or "call" is followed by its hearer alone ("told him.", "told POLITICO,
    however,", "told NBC News before her appearance", "called Sanders after the primaries"):
    "tell" takes the hearer as its first object and the message as a second object or clause
    (Levin 1993 §37.2), "call" names someone only with a second complement ("called him a
    liar"), so the hearer alone, then punctuation or an adverbial, reports no statement."""
    k = _hearer_len(after_toks, marks=True)
    if k == 0:
        return False
    if k >= len(after_toks):
        return True
    nxt = after_toks[k][0].lower()
    return not _is_word(nxt) or (nxt in _PREPOSITIONS and nxt != "to") or nxt in _TIME_WORDS


#: verbs whose agentive passive reports a statement about its subject: "Her death was confirmed
#: by the Eagle Forum", "Scully's involvement was first reported by the New York Times" (Quirk et
#: al. 1985, §3.63–3.76: the agent of the passive is the active subject, the one who spoke)
_PASSIVE_REPORTS = frozenset("""report confirm announce deny reject dismiss criticize condemn
    denounce praise question reveal disclose blast slam mock tout decry""".split())
_BE_PASSIVE = frozenset("is was are were been be being".split())
#: adverbs between the auxiliary and the participle ("was first reported by")
_PASSIVE_ADVERBS = frozenset("""first also later previously earlier widely initially originally
    publicly officially since already""".split())


def _passive_report(text: str, vs: int, ve: int, lemma: str, cs: int, ce: int, tk):
    """(agent span, subject span) of "SUBJECT be [adverb] V-ed by AGENT" for a verb of
    ``_PASSIVE_REPORTS``: the agent is the speaker, the subject what was said or reported; None
    for other forms, a missing agent or a subject that is no noun phrase."""
    if lemma not in _PASSIVE_REPORTS or not text[vs:ve].endswith("ed"):
        return None
    after = tk(ve, min(ce, ve + 120))
    if len(after) < 2 or after[0][0] != "by":
        return None
    agent = _np_forward(after, 1)
    before = tk(max(cs, vs - 200), vs)
    i = len(before) - 1
    while i >= 0 and (before[i][0].lower() in _PASSIVE_ADVERBS or (
            before[i][0].endswith("ly") and before[i][0].islower())):
        i -= 1
    if agent is None or i < 1 or before[i][0].lower() not in _BE_PASSIVE:
        return None
    i -= 1
    while i >= 0 and before[i][0].lower() in _FINITE_AUX:
        i -= 1  # "has been", "will be"
    walk = _np_backward(before, i) if i >= 0 else None
    if walk is None or before[walk[0]][0].lower() in _RELATIVES:
        return None
    return ((after[agent[0]][1], after[agent[1]][2]),
            (before[walk[0]][1], before[walk[1]][2]))


#: commissive and directive speech acts that report their content as a to-infinitive: "vowed to
#: veto the bill", "threatened to sue" (Searle 1976: commissives; Quirk et al. 1985, §16.38:
#: verbs with a subject-controlled to-infinitive; Levin 1993 §37.7 "promise" class)
_COMMISSIVES = frozenset("vow promise pledge threaten swear agree propose offer demand".split())
#: words that open an interrogative content clause after a verb of saying: "explained how …",
#: "questioned why …" (Huddleston & Pullum 2002, ch. 11 §5; "who"/"which" after a verb are
#: more often relatives, left out)
_WH_OPENERS = frozenset("whether if why what how when where".split())


#: words after "to" that make it a preposition, not the infinitive marker ("agreed to this")
_NOT_INFINITIVE = frozenset("this that these those some any each every no".split())


#: finite verbs right after "promised to bridge": the main clause goes on after a relative clause
#: (not "should": "vowed to destroy should the nation provoke …" opens a condition)
_GAP_FINITE = frozenset("have has had is are was were will would can could".split())


def _infinitive_or_question(after_toks, lemma: str) -> int | None:
    """Start of the content of a commissive's to-infinitive ("vowed to veto …": from "to"), or of
    "claim" ("Egypt claims to have launched airstrikes …"), or of an interrogative clause right
    after the verb ("explained how the plan would work"), else None."""
    if len(after_toks) > 3 and after_toks[0][0].lower() == "to" and lemma in _COMMISSIVES and (
            after_toks[1][0] in _QUOTE_MARKS and after_toks[2][0].islower()):
        return after_toks[0][1]  # "vowed to “bomb the hell” out of …": a quoted infinitive
    if len(after_toks) < 3 or not _is_word(after_toks[1][0]):
        return None
    t0 = after_toks[0][0].lower()
    if t0 == "to" and (lemma in _COMMISSIVES or lemma == "claim" and _is_word(after_toks[2][0])
                       and after_toks[2][0] != "to") and after_toks[1][0].islower() and (
            after_toks[1][0] not in _DETERMINERS_Q and after_toks[1][0] not in _NOT_INFINITIVE):
        if after_toks[2][0].lower() in _GAP_FINITE:
            return None  # "The divisions he promised to bridge have …": the infinitive's object
            # is the relative clause's antecedent, and the next verb is the main clause's
        return after_toks[0][1]  # ("agreed to a moratorium": "to" a preposition, Quirk §16.38)
    if t0 in _WH_OPENERS and _is_word(after_toks[2][0]) or (
            t0 in _WH_OPENERS and after_toks[1][0].lower() in _DETERMINERS_Q):
        return after_toks[0][1]
    return None


_HAVING = re.compile(r"\s*Having\s+")


#: a subordinator before a clause-initial participle (Quirk §15.58; not "without": no report)
_SUBORDINATED_ING = re.compile(r"(?:While|After|Before|When|Since|Despite|Besides|By)\s+")


def _fronted_participle(text: str, vs: int, ve: int, cs: int, ce: int, tk):
    """(speaker span, content span) of a clause-initial participle of saying: "Noting that ISIS
    profits from oil, Trump reminded …" — a supplementive clause whose subject is that of the
    main clause after the comma (Quirk et al. 1985, §15.58) — or None."""
    having = _HAVING.fullmatch(text, cs, vs) is not None  # "Having announced that …, Judge X"
    having = having or _SUBORDINATED_ING.fullmatch(text, cs, vs) is not None and text[
        vs:ve].split()[0].endswith("ing")  # "While saying that …, he …", "After saying …"
    if not (text[vs:vs + 1].isupper() and text[vs:ve].split()[0].endswith("ing") or having) or (
            text[cs:vs].strip() and not having):
        return None
    toks = tk(ve, ce)
    comma = next((n for n, t in enumerate(toks) if t[0] in ",;:" or t[0] in _QUOTE_MARKS), None)
    if comma is None or comma < 2 or toks[comma][0] != "," or comma + 1 >= len(toks):
        return None
    span = _np_forward(toks, comma + 1)
    if span is not None:  # "Trump reminded Americans": the verb is no modifier of the subject
        end = next((n - 1 for n in range(span[0] + 1, span[1] + 1) if toks[n][0].islower()
                    and toks[n][0].endswith("ed")), span[1])
        span = (span[0], end)
    if span is None or span[1] + 1 >= len(toks) or not toks[span[1] + 1][0].islower():
        return None  # the main clause's subject, then its verb
    k = 1 if toks[0][0].lower() == "that" else 0
    return (toks[span[0]][1], toks[span[1]][2]), (toks[k][1], toks[comma][1])


#: subordinators that open a fronted adverbial clause ("While he has said …, he …"; Quirk et
#: al. 1985 §15.2–15.18; "as" is left out: "As X said, …" is an attribution of its own)
_FRONTED_SUBORDINATORS = frozenset(
    "while although though whereas if when because since after before unless once".split())


def _fronted_clause_end(text: str, vs: int, ve: int, cs: int, ce: int, tk) -> int:
    """Where a reported clause inside a fronted adverbial clause ends: "While he has said he
    backs the plan, he voted against it" — the comma after which the main clause begins (a
    comma, then a clear clause opener: ``_starts_clause``; Quirk et al. 1985 §15.18, the comma
    after an initial adverbial clause). -1 when the verb is in no such clause or none is
    found."""
    before = tk(cs, vs)
    k = 1 if before and before[0][0].lower() in ("but", "and") else 0
    if len(before) <= k or before[k][0].lower() not in _FRONTED_SUBORDINATORS or any(
            t[0] in ",;:" or t[0] in _QUOTE_MARKS for t in before[k:]):
        return -1
    after = tk(ve, ce)
    for n, (tok, s, _e) in enumerate(after):
        if tok in _QUOTE_MARKS or tok in ";:":
            return -1
        nxt = after[n + 1 : n + 3]
        if tok == "," and n > 1 and (_starts_clause(nxt) or (
                len(nxt) == 2 and nxt[0][0][:1].isupper() and nxt[1][0] in _FINITE_AUX)):
            return s  # (", Sanders must decide …": a name, then a finite auxiliary)
    return -1


#: verbs of saying whose purpose infinitive with a clause reports a statement of the main
#: clause's subject: "went on CNN to say that …", "stood at a Bush event to say he …"
_PURPOSE_SPEECH = frozenset("""say tell argue declare announce insist claim warn explain stress
    complain note assert""".split())
#: verbs and words before "to" that make its subject someone else (object control, "led voters
#: to say"; Quirk et al. 1985 §16.50) or make the infinitive a complement ("easy to say",
#: "the right to say", "pressure to say")
_NOT_PURPOSE = frozenset("""led lead leads leading prompted prompt prompts forced force forces
    allowed allow allows permitted enable enabled urged urge asked ask pushed push drove drive
    pressed pressure encouraged encourage invited invite got get leaving left caused cause
    expected expect wanted want told tell easy hard difficult right reason reasons time chance
    opportunity ability need way power ready able unable enough first last only""".split())


#: words that open an embedded or coordinated clause between a subject and the infinitive
_EMBEDDING = frozenset("that who which whom whose and or but wrong correct".split())
_NOT_SPEAKERS = frozenset("i you we it it’s it's".split())


def _purpose_infinitive(text: str, vs: int, ve: int, lemma: str, cs: int, ce: int, tk):
    """(speaker span, content span) of a purpose infinitive of saying after a finite past
    predicate: "Tom Emanuel stood at a Bush event to say he was leaning toward …", "She went on
    CNN to declare that …" — the subject of a purpose clause is the main clause's (Quirk et al.
    1985 §15.48, §16.38); only with a content clause after the verb, and never after an
    object-control verb or a noun or adjective that takes the infinitive. None otherwise."""
    if lemma not in _PURPOSE_SPEECH:
        return None
    before = tk(max(cs, vs - 200), vs)
    if len(before) < 3 or before[-1][0] != "to" or not _is_word(before[-2][0]) or any(
            t[0].lower() in _NOT_PURPOSE and not (n and t[0].endswith("ed") and before[n - 1][
                0].lower() in _BE) or t[0].lower() in _CONTROL_ADJECTIVES  # (a passive control
            # verb's subject is the speaker: "was prompted to say")
            for n, t in enumerate(before) if n >= len(before) - 8 and n < len(before) - 1) or any(
            t[0] in _QUOTE_MARKS for t in before):
        return None
    after = tk(ve, min(ce, ve + 160))
    quoted = len(after) > 1 and after[0][0] in ":," and after[1][0] in _QUOTE_MARKS
    if len(after) < 3 or not (_is_word(after[1][0]) or quoted):
        return None
    if quoted:
        content = None  # "interjected to say: “…”": the quotation after it is what is said
    elif after[0][0] == "that":
        content = after[1][1]
    elif after[0][0] in _PRONOUN_SUBJECTS and after[1][0].islower():
        content = after[0][1]  # "to say he was …" (a subject pronoun opens the clause)
    else:
        return None
    head = tk(cs, min(ce, cs + 40))
    start = head[2][1] if len(head) > 2 and head[1][0] == "," and _is_adverb(
        head[0][0].lower()) else cs
    sp = _clause_subject(tk, start, before[-1][1], common=True)  # (past "Recently, …")
    if sp is None or text[sp[0]:sp[1]].lower() in _NOT_SPEAKERS or text[
            sp[0]:sp[1]].split()[0].lower() in _FINITE_AUX | {"do"}:  # ("Does X say …?")
        return None
    between = [t[0] for t in before if sp[1] <= t[1] < before[-1][1]]
    if between[:1] == [","] and len(between) > 1 and between[1] in ("who", "which") and (
            "," in between[2:]):  # "O'Malley, who signed …, interjected to say": a relative
        between = between[between.index(",", 2) + 1 :]  # clause that describes the speaker
    if any(w.lower() in _EMBEDDING for w in between):
        return None  # "She added that some Democrats called her to say …": another clause
    if not any(w in _IRREGULAR_PAST or w in _FINITE_AUX or (w.islower() and w.endswith("ed"))
               for w in between):
        return None  # no finite predicate: "the decision to say …"
    return sp, (None if content is None else (content, ce))
