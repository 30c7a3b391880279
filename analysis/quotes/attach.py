"""Speakers for direct quotations the attribution rules left without one (issue 15, eighth round).

Internal to :func:`analysis.quotes.quotes`. Three general patterns of news prose, each read only
where a quotation has no speaker yet:

- the **quoting clause after the quotation**: a quotation that opens its sentence and closes with
  its own comma, question or exclamation mark is followed by the clause that reports it, subject
  then verb or verb then subject (`“…,” CBS News reported.`, `''…,'' concluded a 2013 article in
  the academic journal …`, `“…,” he surmised.`) — Quirk et al. 1985 §15.53 (the reporting clause
  in final position; inversion with a noun-phrase subject) and Biber et al. 1999 §11.2.1.
  Because the position itself marks the clause as reporting, verbs of speaking outside the
  reporting-verb lexicon are read here too (a closed list: manner of speaking, Levin 1993 §37.3,
  and the verbs news prose uses for a text or a turn: "read", "conclude", "begin", "continue",
  "go on", "shoot back");
- the **reporting clause before the quotation**: its verb right before the quotation (after it only
  a comma, a colon or "that"), its subject the noun phrase opening the clause (`The campaign's
  statement then declares “…”`, `He concluded, “…”`, `Another advised, “…”`) or, inverted, the
  noun phrase after a clause-initial verb (`Said Dorothy Poynter, who grew up with Ali, “…”`),
  and `quoted X as saying “…”` (X is the speaker) — Quirk §15.53 (initial reporting clause);
- the **floating quotation** of the Gender Gap Tracker (Asr, Mazraeh, Lopes et al. 2021, "The
  Gender Gap Tracker: Using Natural Language Processing to measure gender bias in media", PLOS
  ONE 16(1): e0245533): a paragraph that opens with a speakerless quotation right after a
  paragraph whose last quotation is attributed, with no other candidate speaker in between,
  continues that speaker's words (transcript-like runs of quotation paragraphs). The kit's
  earlier rule (``quote_spans._quote_paragraphs``) took only a paragraph that is nothing but the
  quotation and a short tail after the attributed one.

Speakerless quotations that none of these reach stay speakerless (slogans, signs, headlines, song
lyrics, scare quotes): nothing here guesses from proximity alone.
"""

from __future__ import annotations

import bisect
import re
from operator import itemgetter

from .content_ends import _IRREGULAR_PAST, _is_phrase
from .quoting import _described_after_quote
from .words import (
    _ADV_AUX,
    _BE,
    _CLOSE_MARKS_Q,
    _DETERMINERS,
    _PREPOSITIONS,
    _QUOTE_MARKS,
    _STOPWORDS,
    _SUBJECT_PRONOUNS,
    _is_adverb,
    _is_cap,
    _is_word,
)

_ATTRIBUTION = ("speaker_start", "speaker_end", "verb", "verb_class", "verb_start")
#: a quotation that opens with a speaker's label, as in a transcript ("“RAMOS: Secretary …")
_TRANSCRIPT = re.compile(r"[\"“'‘]\s*[A-Z][\w.’' -]{0,40}:")


def _forms(lemma: str, irregular: str = "") -> list[str]:
    """Finite forms of a verb: base, third person and past (regular unless ``irregular`` gives
    the past forms)."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        third, past = lemma[:-1] + "ies", lemma[:-1] + "ied"
    else:
        third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x")) else "s")
        past = stem + "ed"
    return [lemma, third, *(irregular.split() or [past])]


#: verbs that report a quotation only in the quoting position (lemma → class, irregular forms);
#: classes as in ``resources/reporting_verbs.csv`` (neutral: no point of view; other: manner,
#: evaluation or hedging)
_QUOTING_ONLY = {
    "read": ("neutral", "read"), "conclude": ("neutral", ""), "begin": ("neutral", "began"),
    "elaborate": ("neutral", ""), "recount": ("neutral", ""), "reason": ("neutral", ""),
    "surmise": ("other", ""), "muse": ("other", ""), "opine": ("other", ""),
    "wonder": ("other", ""), "scoff": ("other", ""), "bark": ("other", ""),
    "fume": ("other", ""), "gloat": ("other", ""), "riff": ("other", ""),
    "exhort": ("other", ""), "react": ("other", ""), "press": ("other", ""),
    "interject": ("other", ""), "quip": ("other", ""), "retort": ("other", ""),
    "chide": ("other", ""), "snap": ("other", "snapped"), "sneer": ("other", ""),
    "growl": ("other", ""), "mutter": ("other", ""), "murmur": ("other", ""),
    "gush": ("other", ""), "sigh": ("other", ""), "confess": ("factive", ""),
    "exclaim": ("other", ""), "marvel": ("other", "marveled marvelled"),
    "rave": ("other", ""), "huff": ("other", ""), "laugh": ("other", ""),
    "boom": ("other", ""), "crack": ("other", ""), "start": ("neutral", ""),
    "advise": ("other", ""), "counter": ("other", ""), "plead": ("other", "pleaded pled"),
    "whisper": ("other", ""), "scream": ("other", ""),
}
_QUOTING_FORMS = {f: (lemma, cls) for lemma, (cls, irr) in _QUOTING_ONLY.items()
                  for f in _forms(lemma, irr)}
#: "shot back", "went on", "fired back", "chimed in": a verb and its particle
_PARTICLE = {"shot": ("shoot back", "back", "other"), "shoots": ("shoot back", "back", "other"),
             "fired": ("fire back", "back", "other"), "fires": ("fire back", "back", "other"),
             "went": ("go on", "on", "neutral"), "goes": ("go on", "on", "neutral"),
             "chimed": ("chime in", "in", "neutral"), "chimes": ("chime in", "in", "neutral"),
             "put": ("put it", "it", "neutral"), "puts": ("put it", "it", "neutral")}
#: naming verbs take a quoted name, not a quotation ("called it “rigged”")
_NAMING = frozenset("call dub label brand name term nickname title".split())
_CONNECTIVES = frozenset("and but so yet still then instead also meanwhile".split())
_RELATIVE = frozenset("who whom whose which that".split())
_QUANTIFIER_OPENERS = frozenset("one two three another some many several each both".split())
#: an auxiliary or adverb ends the subject ("the president has always insisted")
_AUXILIARIES = (_ADV_AUX | _BE) - {"then"}
_COORDINATORS = frozenset("and but or nor".split())
# a past form after a noun: the verb of a clause of its own ("Trump released a video that …")
_PAST = re.compile(r"[a-z]+ed|" + _IRREGULAR_PAST)
_NOT_SUBJECT = frozenset("why what how not n't never".split())
_ADVERB_WORDS = frozenset("then now also later again once still even simply".split())
_SENTENCE_END = frozenset(".!?;")
#: what ends the words before a reporting clause: a comma, a semicolon or a quotation's mark
_SEGMENT = frozenset(",;") | frozenset(_QUOTE_MARKS)
_ENDS_SENTENCE = re.compile(r"[.!?…][\"”’)\]]*\s*$")


def _agrees(cue: tuple, verb: str, sub: list) -> bool:
    """False when a base-form verb follows a singular subject: then it is a noun ("Another
    tweet: “…”"), not the verb of the clause. Plural means a plural pronoun or quantifier, or
    a head ending in -s."""
    if verb.lower() != cue[0] or verb.lower() in _SAME_PAST:
        return True
    head = sub[-1][0].lower()
    return head in _PLURAL_SUBJECTS or (head.endswith("s") and not head.endswith("ss"))


_SAME_PAST = frozenset("read put".split())
_PLURAL_SUBJECTS = frozenset("i we you they many some others several both few most".split())


def _cue(tok: str, nxt: str, lex) -> tuple[str, str, int] | None:
    """(lemma, class, tokens) when ``tok`` (and its particle ``nxt``) is a finite verb of speaking:
    a lexicon form (not an -ing form) or a quoting-position verb."""
    low = tok.lower()
    if low in _PARTICLE and nxt.lower() == _PARTICLE[low][1]:
        return _PARTICLE[low][0], _PARTICLE[low][2], 2
    if low.endswith("ing") or not tok.isalpha():
        return None
    got = lex.by_form.get(tok) or lex.by_form.get(low)
    if got is not None:
        return (got[0], got[1], 1) if got[0] not in _NAMING else None
    got = _QUOTING_FORMS.get(low)
    return (got[0], got[1], 1) if got is not None else None


def _attach_speakerless(doc, direct_rows: list[dict], lex, tk) -> dict[int, int]:
    """Give a speaker to each speakerless direct row that a quoting clause after it or a
    reporting clause right before it attributes; returns {cue start: cue end} for the cues found
    (verbs outside the lexicon have no speech event to say where they end)."""
    cue_ends: dict[int, int] = {}
    for r in direct_rows:
        if r["speaker_start"] is not None:
            continue
        got = _after_quotation(doc, r["start"], r["end"], lex, tk)
        if got is None and _word_before(doc.text, r["start"]) and not _is_phrase(
                doc.text, r["start"], r["end"], doc.sentence_of(r["start"])[0]):
            got = _before_quotation(doc, r["start"], lex, tk)
        if got is not None:
            (sp, lemma, cls, vs, ve) = got
            r["speaker_start"], r["speaker_end"] = sp
            r["verb"], r["verb_class"], r["verb_start"] = lemma, cls, vs
            cue_ends[vs] = ve
    return cue_ends


def _word_before(text: str, qs: int) -> bool:
    """True when a word stands right before the quotation, after at most a comma or a colon (a
    cheap test before reading the clause)."""
    p = qs
    while p > 0 and text[p - 1] in " \t,:\xa0":
        p -= 1
    return p > 0 and text[p - 1].isalpha()


def _opens_sentence(doc, qs: int) -> bool:
    """True when no word of the quotation's sentence stands before it (or the text before it ends
    a sentence the splitter left joined)."""
    text = doc.text
    ss = max(doc.sentence_of(qs)[0], text.rfind("\n", 0, qs) + 1)
    if re.search(r"\w", text[ss:qs]) is None:
        return True
    return _ENDS_SENTENCE.search(text, ss, qs) is not None


def _clause_after(text: str, qe: int, tk) -> list:
    """Tokens after the quotation up to its sentence's end, a line break or another quotation."""
    nl = text.find("\n", qe, qe + 300)
    toks = tk(qe, nl if nl != -1 else min(len(text), qe + 300))
    out = []
    for n, t in enumerate(toks):
        tok = t[0]
        if tok in _QUOTE_MARKS or tok in "'‘’":
            break
        if tok in _SENTENCE_END and not (tok == "." and n and len(toks[n - 1][0]) <= 3
                                         and _is_cap(toks[n - 1][0])):
            break  # "Michael C. Cernech", "Sen. Barbara Mikulski" go on
        out.append(t)
    return out


def _after_quotation(doc, qs: int, qe: int, lex, tk):
    """`“…,” <subject> <verb> …` or `“…,” <verb> <subject>`: (speaker span, lemma, class, cue
    start, cue end), or None."""
    text = doc.text
    # the closing marks, also ,'” closing a quotation inside the quotation
    close = text[qe - 3 : qe].replace("'", "").replace("’", "")[-2:]
    if len(close) < 2 or close[-1] not in _CLOSE_MARKS_Q + "'" or close[0] not in ",?!":
        return None
    if not _opens_sentence(doc, qs):
        return None
    toks = _clause_after(text, qe, tk)
    if toks and toks[0][0] == ",":
        toks = toks[1:]
    for n, (tok, s, _e) in enumerate(toks[:30]):
        if tok == "," and n == 0:
            return None
        nxt = toks[n + 1][0] if n + 1 < len(toks) else ""
        cue = _cue(tok, nxt, lex) if _is_word(tok) else None
        if cue is None:
            continue  # a noun that is also a verb form ("the report concluded") is passed over
        if n == 0:
            span = _described_after_quote(toks[cue[2]:])
            sub = None if span is None else toks[cue[2] + span[0] : cue[2] + span[1] + 1]
        else:
            sub = _subject(toks[:n])
            sub = sub if sub is not None and _agrees(cue, tok, sub) else None
        if sub is not None:
            return (sub[0][1], sub[-1][2]), cue[0], cue[1], s, toks[n + cue[2] - 1][2]
    return None


def _subject(toks) -> list | None:
    """The noun phrase that opens ``toks`` (the words before a verb) when it can be a subject: a
    pronoun, a capitalised, determiner or quantifier phrase, or a lower-case description before a
    name, cut at a comma, a relative pronoun, a participle, an auxiliary, a past form after a noun
    or a preposition other than "of"; words after it (an appositive, a modifier, an adverb) are
    allowed, but not "and"/"but" + a lower-case word (a predicate of its own)."""
    while toks and toks[-1][0].lower() in _ADVERB_WORDS | {","} or (
            toks and _is_adverb(toks[-1][0])):
        toks = toks[:-1]
    if not toks or len(toks) > 24:
        return None
    first = toks[0][0]
    low = first.lower()
    if low in _NOT_SUBJECT or any(t[0].lower() in _NOT_SUBJECT for t in toks[1:]):
        return None  # "Why not just say: “…”"
    if low in _SUBJECT_PRONOUNS:
        return toks[:1] if len(toks) == 1 else None
    named = first.isalpha() and low not in _STOPWORDS and any(_is_cap(t[0]) for t in toks[1:4])
    if not (_is_cap(first) or low in _DETERMINERS or low in _QUANTIFIER_OPENERS
            or first[:1].isdigit() or named) or low in _PREPOSITIONS or low in _CONNECTIVES or (
            low in _RELATIVE or low in ("as", "when", "where", "if", "though", "although")):
        return None  # "nuclear experts Dana Albrecht …" is named; "so government …" is not
    end = 1
    while end < len(toks):
        tok = toks[end][0]
        tl = tok.lower()
        if tok in ",(" or tl in _RELATIVE or (tl in _PREPOSITIONS and tl != "of") or (
                tl in _AUXILIARIES and not _is_cap(tok)) or (
                tl.endswith("ing") and not _is_cap(tok)) or not (_is_word(tok) or tok in ".&") or (
                tok.islower() and _PAST.fullmatch(tok) is not None
                and toks[end - 1][0].lower() not in _DETERMINERS):
            break
        end += 1
    if end == 1 and low in _DETERMINERS or end > 12 or any(
            t[0] in _COORDINATORS and u[0].islower() for t, u in zip(toks[end:], toks[end + 1:])):
        return None  # "The group made no mention of X but condemned “…”": another predicate
    return toks[:end]


_BEFORE = re.compile(r"(?:\s+that)?\s*[,:]?\s*$")
_AS_SAYING = re.compile(r"\b(?:quoted|quotes|quoting)\s+([^,;:“”\"]{2,60}?)\s+as\s+(saying),?\s*$")


def _before_quotation(doc, qs: int, lex, tk):
    """`<subject> <verb>[,:| that] “…”`, `<Verb> <subject>, “…”` or `quoted X as saying “…”`:
    (speaker span, lemma, class, cue start, cue end), or None."""
    text = doc.text
    ss = max(doc.sentence_of(qs)[0], text.rfind("\n", 0, qs) + 1)
    m = _AS_SAYING.search(text, ss, qs)
    if m is not None:
        sub = _subject(tk(m.start(1), m.end(1)))
        if sub is not None:
            return (sub[0][1], sub[-1][2]), "say", lex.by_form["saying"][1], m.start(2), m.end(2)
    toks = tk(ss, qs)
    while toks and toks[0][0].lower() in _CONNECTIVES | {","}:
        toks = toks[1:]
    if len(toks) < 2:
        return None
    head = _cue(toks[0][0], toks[1][0], lex) if _is_cap(toks[0][0]) else None
    if head is not None and text[toks[-1][2] : qs].strip() == "" and toks[-1][0] in ",:":
        span = _described_after_quote(toks[head[2]:])  # "Said Dorothy Poynter, who …, “…”"
        if span is not None:
            sub = toks[head[2] + span[0] : head[2] + span[1] + 1]
            return (sub[0][1], sub[-1][2]), head[0], head[1], toks[0][1], toks[head[2] - 1][2]
    k = len(toks) - 1
    while k >= 0 and toks[k][0] in (",", ":", "that"):
        k -= 1
    if k < 1 or _BEFORE.fullmatch(text, toks[k][2], qs) is None:
        return None
    ve = toks[k][2]
    if toks[k - 1][0].lower() in _PARTICLE and k >= 2:
        k -= 1  # "Hillary shot back, “…”", "As Professor Foner put it: “…”"
    cue = _cue(toks[k][0], toks[k + 1][0] if toks[k][2] < ve else "", lex)
    if cue is None or toks[k - 1][0].lower() in ("to", "not", "n't") or (
            toks[k + cue[2] - 1][2] != ve):
        return None
    comma = max((n for n in range(k) if toks[n][0] in _SEGMENT), default=-1)
    if toks[comma + 1][0].lower() == "as":
        comma += 1  # a comment clause: "As X put it, “…”"
    sub = _subject(toks[comma + 1 : k])
    if sub is None or not _agrees(cue, toks[k][0], sub) or any(
            t[0].lower() in _RELATIVE for t in toks[comma + 1 + len(sub) : k]):
        return None  # "a marketing video that said “…”": the relative clause's antecedent
    return (sub[0][1], sub[-1][2]), cue[0], cue[1], toks[k][1], ve


def _floating_quotations(doc, events, tk) -> None:
    """A paragraph opening with a speakerless quotation that is a sentence of its own continues
    the speaker of the attributed quotation or statement ending the paragraph before, when no
    other speaker stands between them (the Gender Gap Tracker's floating quotation)."""
    text, para_starts = doc.text, doc.para_starts
    speaker_verbs = None
    prev = None
    # the row before may be a statement of speech too ("Mooring added that …", then "“…”"), not
    # one of thought ("They think …") or an object ("issued a statement apologizing for …")
    rows = sorted((r for r in doc.rows if r["kind"] == "direct" or (
        r["kind"] == "indirect" and r["verb_class"] != "other")), key=itemgetter("start"))
    for r in rows:
        k = bisect.bisect_right(para_starts, r["start"]) - 1
        if (r["kind"] == "direct" and r["speaker_start"] is None and prev is not None
                and prev[1] == k - 1 and not _TRANSCRIPT.match(text, r["start"])
                and prev[0]["speaker_start"] is not None and prev[0]["verb_start"] is not None
                and text[para_starts[k] : r["start"]].strip() == ""
                and _is_sentence(text, r["end"])):
            if speaker_verbs is None:  # events are in text order
                speaker_verbs = [ev.verb_start for ev in events if ev.sp is not None]
            lo = bisect.bisect_right(speaker_verbs, max(prev[0]["end"], prev[0]["verb_start"]))
            if (lo >= len(speaker_verbs) or speaker_verbs[lo] >= r["start"]) and not _other_name(
                    prev[0], tk(prev[0]["end"], para_starts[k])):
                for col in _ATTRIBUTION:
                    r[col] = prev[0][col]
        prev = (r, k)


def _other_name(row: dict, tail) -> bool:
    """True when the text after the attributed quotation ``row`` (tokens ``tail``) names someone
    besides its speaker: a capitalised word outside the speaker phrase that does not open a
    sentence ("“…” Ken White, The Atlantic" in a round-up of commentators)."""
    for n, (tok, s, _e) in enumerate(tail):
        if s >= row["speaker_end"] and n and tail[n - 1][0] == "," and tail[n - 1][1] == row[
                "speaker_end"] and not _is_cap(tok):
            return False  # the speaker's apposition: "said Mike Trainor, chief … for Intel."
        if not _is_cap(tok) or row["speaker_start"] <= s < row["speaker_end"]:
            continue
        if n and tail[n - 1][0] in _SENTENCE_END:
            continue
        return True
    return False


def _is_sentence(text: str, qe: int) -> bool:
    """True when the quotation ending at ``qe`` ends a sentence or its line (a sentence-final
    mark inside or right after its closing mark, or nothing but a line break after it)."""
    if _ENDS_SENTENCE.search(text, max(0, qe - 4), qe) is not None:
        return True
    rest = text[qe : qe + 3]
    return rest[:1] in (".", "!", "?") or rest.strip() == "" or rest.startswith("\n")


def _after_statement(doc, direct_rows: list[dict]) -> None:
    """Ms X said prosecutors had drawn up a list. “We will return …” — a quotation with no
    attribution of its own right after a statement in the same paragraph (nothing between but
    the statement's own reporting verb and a full stop) is that statement's speaker's."""
    text = doc.text
    said = sorted(((max(x["end"], x["speaker_end"]), x) for x in doc.rows  # (a statement
                   if x["kind"] in ("indirect", "object") and x["speaker_start"] is not None),
                  key=itemgetter(0))  # speaker ends at the speaker: "…, Mr. Phillips says.")
    ends = [end for end, _x in said]
    for r in direct_rows:
        if r["speaker_start"] is not None or _WORD.search(
                text, doc.sentence_of(r["start"])[0], r["start"]):
            continue
        k = bisect.bisect_right(ends, r["start"]) - 1
        para = doc.para_starts[bisect.bisect_right(doc.para_starts, r["start"]) - 1]
        if k >= 0 and _STATEMENT_GAP.fullmatch(text, ends[k], r["start"]) and doc.sentence_of(
                said[k][1]["start"])[0] >= para:
            for col in _ATTRIBUTION:
                r[col] = said[k][1][col]


def _late_attribution(direct_rows: list[dict]) -> None:
    """“They knew there was nothing there.” Dowd said that … — a quotation that closes its
    sentence, followed by a sentence whose verb reports words of its own, takes that sentence's
    speaker only when no other attribution (nor a quotation it continues) was found: the speaker
    of the next sentence most often goes on speaking, though the sentence does not report the
    quotation. Drops each row's ``late`` candidate."""
    for r in direct_rows:
        late = r.pop("late", None)
        if late is not None and r["speaker_start"] is None:
            r["speaker_start"], r["speaker_end"] = late[0]
            r["verb"], r["verb_class"], r["verb_start"] = late[1:]


#: between a statement and a quotation that continues it: its verb ("…, Mr. Phillips says.")
#: and the full stop
_STATEMENT_GAP = re.compile(r"\s*(?:[A-Za-z]+)?\s*[.!?]\s*")
_WORD = re.compile(r"\w")


def _join_open_stretches(rows: list[dict], text: str) -> None:
    """Join a direct quotation left open at its end to the quotation that opens right after it
    with the same speaker and cue, or to the next when it has none of its own: news style opens
    each paragraph of a quotation that runs over several and closes only the last (“…. “….
    “…,” she said), one quotation, not one per paragraph. Rows are changed in place; the joined
    rows leave ``rows``."""
    gone = set()
    prev = None
    for r in sorted((r for r in rows if r["kind"] == "direct"), key=itemgetter("start")):
        if prev is not None and text[prev["end"] - 1] not in _CLOSE_MARKS_Q + "'" and not text[
                prev["end"] : r["start"]].strip() and r["speaker_start"] is not None and (
                prev["speaker_start"] is None or (r["speaker_start"], r["verb_start"]) == (
                prev["speaker_start"], prev["verb_start"])):
            prev["end"] = r["end"]  # (an open stretch with no speaker takes the next one's)
            prev.update({col: r[col] for col in _ATTRIBUTION})
            gone.add(id(r))
            continue
        prev = r
    if gone:
        rows[:] = [r for r in rows if id(r) not in gone]


def _continue_across_paragraphs(text: str, direct_rows: list[dict]) -> None:
    """A quotation left open at the end of a paragraph continues in the next one."""
    for a, b in zip(reversed(direct_rows[:-1]), reversed(direct_rows[1:])):
        if a["speaker_start"] is None and text[a["end"] - 1] not in _QUOTE_MARKS:
            between = text[a["end"] : b["start"]]
            if between.strip() == "" and "\n" in between:
                for col in _ATTRIBUTION:
                    a[col] = b[col]


#: a sentence opening with a name, then a clause that ends in a colon before a quotation
_NAME_THEN_CLAUSE = re.compile(
    r"\s*((?:(?:Mr|Mrs|Ms|Dr|Sir|Lady|Lord)\.? )?[A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){0,2}) (?:was|is|"
    r"had|has|took|gave|struck|sounded|seemed|remained|looked|appeared)\b[^.!?“”\"]*:\s*\Z")


def _colon_speakers(doc, direct_rows: list[dict]) -> None:
    """“Johansson was more restrained in his assessment: “I have to improve …”” — a speakerless
    quotation after a colon closing a sentence whose subject is a name and whose verb is a verb
    of being or manner, not of saying, takes that name as its speaker (no cue)."""
    text = doc.text
    for r in direct_rows:
        if r["speaker_start"] is not None:
            continue
        ss = doc.sentence_of(r["start"])[0]
        m = _NAME_THEN_CLAUSE.match(text, ss, r["start"])
        if m is not None and m.group(1).split()[0] not in ("The", "A", "An", "This", "It"):
            r["speaker_start"], r["speaker_end"] = m.span(1)
