"""Quotations and their speakers in one text, for :mod:`analysis.quotes`.

Internal to :func:`analysis.quotes.quotes`. ``_doc_quotes`` turns the speech events of one text
(:mod:`analysis.quotes.speakers`) into rows, step by step: indirect statements, "according to"
clauses and direct quotations, each direct quotation attached to the attribution clause that
belongs to it (or, for one left without, the quoting clause around it:
:mod:`analysis.quotes.attach`), then quotations that continue an attributed one. Speaker phrases
are then resolved within the article (:mod:`analysis.quotes.coreference`, then
:mod:`analysis.quotes.people`) and offsets mapped back onto the original text.
"""

from __future__ import annotations

import bisect
import re

from ..quote_spans import (
    _normalise_marks,
    _quote_paragraphs,
    _resumed_content,
)
from ..text import paragraph_spans, quoted_spans, sentence_spans
from .according import _ACCORDING, _according_rows, _past_according
from .acronyms import _expand_acronyms
from .attach import (
    _ATTRIBUTION,
    _after_statement,
    _attach_speakerless,
    _colon_speakers,
    _continue_across_paragraphs,
    _floating_quotations,
    _join_open_stretches,
    _late_attribution,
)
from .cataphora import _lead_cataphora
from .clauses import _AS_NOT_SAYING, _as_attribution
from .content_ends import (
    _adverbial_lead,
    _after_dateline,
    _aside_end,
    _clause_content_end,
    _first_boundary,
    _mark_terms,
    _object_adjunct_end,
    _object_goes_on,
    _object_predicate_end,
    _only_adverbial,
)
from .coreference import _pronouns_from_container, _resolve_speakers, _speaker_kind
from .noun_cues import _noun_cue_rows
from .people import _resolve_people
from .quoting import _quoting_clause_after
from .speakers import _Event, _event
from .statements import _statement_speakers
from .verbs import _Lexicon
from .words import _DASHES, _QUOTE_MARKS, _TIME_WORDS, _TokenIndex

# --------------------------------------------------------------------------------------------
# Per-document extraction

#: a time adverbial and nothing else is no content ("Clapper told the White House the following
#: day": the object of "told" is its hearer, what he told is not written)
_TIME_ONLY = re.compile(
    r"(?i:on\s+|by\s+)?(?:(?:the\s+)?(?:following|next|previous|same|other)\s+|last\s+|this\s+)?"
    r"(?i:day|weekend|" + "|".join(sorted(_TIME_WORDS - {"last", "this"})) + r")"
    r"(?:\s+(?:morning|afternoon|evening|night))?")
# searched inside [pos, endpos) of the text, so no slice is copied
_WORD_CHAR = re.compile(r"\w")
#: before a quotation that is a clause of its own: a sentence's end, a colon, "(" or a dash
_MIXED_NOT = re.compile(r"[\n―—–:]")
_SETS_OFF_QUOTE = re.compile(r"(?:[.!?…][\"”’)\]]*|[:(—–]|--|\s-)\s*$")


class _Doc:
    """One text's paragraphs and direct quotations, its sentences (split per paragraph on first
    use: a paragraph with no reporting verb, no quotation and no "according to" is never split)
    and the rows found so far."""

    def __init__(self, text: str):
        self.text = text
        self.paras = paragraph_spans(text)
        self.para_starts = [s for s, _ in self.paras]
        self.direct = quoted_spans(text, self.paras)
        self.d_starts = [s for s, _ in self.direct]
        self.para_sents: dict[int, tuple[list[tuple[int, int]], list[int]]] = {}
        self.datelines: dict[int, int] = {}  # clause start → where a dateline there ends
        self.rows: list[dict] = []

    def sentences_in(self, k: int) -> tuple[list[tuple[int, int]], list[int]]:
        """The sentence spans of paragraph ``k`` and their starts."""
        got = self.para_sents.get(k)
        if got is None:
            ss = sentence_spans(self.text, *self.paras[k])
            got = self.para_sents[k] = (ss, [s for s, _ in ss])
        return got

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The span of the sentence holding ``pos``."""
        k = bisect.bisect_right(self.para_starts, pos) - 1
        if k < 0:
            return 0, self.sentences_in(0)[0][0][1] if self.paras else len(self.text)
        ss, starts = self.sentences_in(k)
        return ss[bisect.bisect_right(starts, pos) - 1]

    def direct_at(self, pos: int) -> int | None:
        """Index of the direct quotation containing ``pos`` (strictly inside its marks)."""
        direct = self.direct
        k = bisect.bisect_right(self.d_starts, pos) - 1
        if k >= 0 and direct[k][0] <= pos < direct[k][1]:
            return k
        return None

    def closes_own_quote(self, start: int, end: int) -> bool:
        """True when the clause [start, end) is, for attribution, one quotation closing at end.

        `“…,” the ministry said.` attributes that quotation and nothing else, also when the
        quotation began in an earlier sentence or follows a sentence the splitter did not cut
        ("… Israel. “the Iranian diplomat …,” IRNA said."), or a colon, parenthesis or dash sets
        it off from the reporter's words before ("… fundraising: “There's a ton …,” he said").
        """
        direct = self.direct
        k = bisect.bisect_right(self.d_starts, max(start, end - 1)) - 1
        if k < 0 or direct[k][1] != end:
            return False
        qs = direct[k][0]
        if qs <= start + 1:
            return True
        return _SETS_OFF_QUOTE.search(self.text, start, qs) is not None

    def clause_bounds(self, pos: int) -> tuple[int, int]:
        """The clause around ``pos``: its sentence, cut at line breaks and a quotation's marks."""
        text = self.text
        ss, se = self.sentence_of(pos)
        ss = max(ss, text.rfind("\n", ss, pos) + 1)  # a line break inside a paragraph ends a clause
        if text[ss + 1 : ss + 2].isupper():  # ("WASHINGTON (AP) — President Trump …, railing
            d = self.datelines.get(ss)  # against …": the dateline is no subject)
            if d is None:
                d = self.datelines[ss] = _after_dateline(text, ss, se)
            if d <= pos:
                ss = d
        nl = text.find("\n", pos, se)
        if nl != -1:
            se = nl
        k = self.direct_at(pos)
        if k is not None:
            qs, qe = self.direct[k]
            ss = max(ss, qs + 1 if text[qs] in _QUOTE_MARKS else qs)
            se = min(se, qe)
        return ss, se

    def add(self, kind, start, end, speaker_span, verb, cls, verb_start) -> dict | None:
        """Append a statement row, its span trimmed of spaces and final punctuation."""
        text = self.text
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.!?…—–" or (
                text[end - 2 : end] == "--")):
            end -= 2 if text[end - 2 : end] == "--" else 1
        while start < end and text[start].isspace():
            start += 1
        if end <= start or _TIME_ONLY.fullmatch(text, start, end):  # "told X the next day"
            return None
        row = {
            "kind": kind, "start": start, "end": end,
            "speaker_start": speaker_span[0] if speaker_span else None,
            "speaker_end": speaker_span[1] if speaker_span else None,
            "verb": verb, "verb_class": cls, "verb_start": verb_start,
            "speaker_actor": None, "speaker_norm": None, "antecedent": None,
        }
        self.rows.append(row)
        return row


def _doc_quotes(text: str, lex: _Lexicon, doc_mentions, date: str | None = None) -> list[dict]:
    """The quotation rows of one text: indirect statements, "according to", direct quotations.

    Steps: speech events; indirect statements; "according to"; direct quotations and the
    attribution each takes; quotations that continue an attributed one; speakers resolved
    (coreference, then people); quoted terms; offsets mapped back to the original text.
    """
    if not text:
        return []
    original, text = text, _normalise_marks(text)
    doc = _Doc(text)
    according = list(_ACCORDING.finditer(text)) if "ccording" in text else []
    tk = _TokenIndex(text, doc.sentence_of)
    events = _speech_events(doc, lex, tk)
    statements = _indirect_rows(doc, events)
    statements += _according_rows(doc, according, tk, lex)
    noun_rows, noun_cues = _noun_cue_rows(doc, lex)  # "Trump's claim that …"
    statements += noun_rows
    direct_rows = _direct_rows(doc, events, statements)
    cue_ends = {**noun_cues, **_attach_speakerless(doc, direct_rows, lex, tk)}
    _continue_in_paragraph(doc, direct_rows)
    _after_statement(doc, direct_rows)  # "Ms X said … . “We will return …”"
    _late_attribution(direct_rows)  # "“…” Dowd said that …": Dowd, when nothing else
    _continue_across_paragraphs(text, direct_rows)
    rows = doc.rows
    _quote_paragraphs(direct_rows, text, doc.para_starts, events)
    _floating_quotations(doc, events, tk)
    _colon_speakers(doc, direct_rows)  # "X was more restrained: “…”"
    cue_ends.update(_statement_speakers(doc, direct_rows, lex, tk))  # "released a statement:"
    _join_open_stretches(rows, text)  # (“…. “….” over paragraphs: one quotation)
    _resolve_speakers(rows, text, doc_mentions)
    _pronouns_from_container(rows, statements, text)
    _resolve_people(rows, text, doc.direct, _speaker_kind, date)  # date: role holders
    _expand_acronyms(rows, text)  # "The SEC said" → the Securities and Exchange Commission
    _lead_cataphora(rows, text, doc.para_starts)  # "B.C.'s top doctor says" → named after
    rows[:] = [r for r in rows if not r.get("lead")]
    _mark_terms(doc, direct_rows)  # speakerless quoted words, titles, names of shows
    _finish_rows(doc, original, events, according, cue_ends)
    return rows


def _speech_events(doc: _Doc, lex: _Lexicon, tk: _TokenIndex) -> list[_Event]:
    """A speech event for every reporting-verb hit that has a speaker, in text order."""
    text = doc.text
    events: list[_Event] = []
    for vs, ve in sorted(set(lex.spans(text) + lex.title_spans(text, doc.paras))):
        cs, ce = doc.clause_bounds(vs)
        ev = _event(text, vs, ve, lex, cs, ce, doc.closes_own_quote, tk)
        if ev is not None:
            events.append(ev)

    for ev in events:  # "As the Times reported, …", "…, as the mayor noted."
        if ev.sp is not None and ev.content is None and not ev.post and (
                ev.lemma not in _AS_NOT_SAYING):
            cs, ce = doc.clause_bounds(ev.verb_start)
            got = _as_attribution(text, ev.sp[0], ev.verb_end, cs, ce)
            if got is not None:
                ev.content, ev.post = got

    # ", adding …" continues the reporting clause before it: "…,” Mnuchin told NBC, adding that …"
    for prev, ev in zip(events, events[1:]):
        if ev.participle and prev.sp is not None and prev.verb_start >= ev.clause_start:
            ev.sp = prev.sp
    return events


def _indirect_rows(doc: _Doc, events: list[_Event]) -> list[tuple[dict, bool]]:
    """Rows of indirect speech (and objects of speech acts); returns (row, clause-final) pairs."""
    text = doc.text
    # clause-final attributions end where the next one begins
    boundaries = sorted(
        [ev.content[1] for ev in events if ev.post and ev.content]
        + [ev.verb_start for ev in events if ev.participle and ev.sp is not None]
        + [ev.coord for ev in events if ev.coord >= 0 and ev.sp is not None]
        + [ev.cut for ev in events if ev.cut >= 0 and ev.sp is not None]
        + [b for b in (_new_clause(text, ev) for ev in events) if b >= 0]
    )
    statements = []
    for ev in events:
        if ev.content is None:
            continue
        s, e = ev.content
        if not ev.post:
            e = _content_end(doc, ev, s, e, boundaries)
            s = _past_according(text, s, e)  # "reported that, according to a poll, most …"
        tail = _resumed_content(text, ev, doc.clause_bounds) if ev.post and ev.sp else None
        row = None if tail is None and ev.post and ev.sp and ev.sp[0] > e and _only_adverbial(
            text, s, e) else doc.add("object" if ev.obj else "indirect", s, e, ev.sp, ev.lemma,
                                     ev.cls, ev.verb_start)  # ("On Tuesday, officials
        if row is not None:  # discovered a case": an adverbial before the verb, no statement)
            statements.append((row, ev.post))
        if tail is not None:
            tail = tail[0], _aside_end(text, *tail)  # ("…, North Korea said, was its biggest
            # yet, although it may take days …": the reporter's addition)
            if row is not None and (len(text[row["start"] : row["end"]].split()) <= 2
                                    or _adverbial_lead(text[row["start"] : row["end"]])):
                row["lead"] = True  # "Obama, he says, can still win": the subject alone is no
                # statement (dropped once the speaker is resolved; the resumed part is)
            row = doc.add("indirect", *tail, ev.sp, ev.lemma, ev.cls, ev.verb_start)
            if row is not None:
                statements.append((row, True))
    return statements


_DASH = re.compile(r"\s(?:—|--|–)\s")
#: a dash, then a noun phrase that comments on the whole clause (Quirk et al. 1985 §17.73, a
#: sentential apposition): the reporter's addition
_DASH_COMMENT = re.compile(r"\s(?:—|--|–)\s(?:the|a|an)\s+(?:latest|first|second|third|last|"
                           r"newest|most|biggest|largest|highest|lowest|same|kind|sign|move|"
                           r"step|result|culmination|escalation|reversal|reference)\b")


def _content_end(doc: _Doc, ev: _Event, s: int, e: int, boundaries: list[int]) -> int:
    """Where the reported clause ``[s, e)`` after a verb ends: the next clause, ";", an aside."""
    text = doc.text
    e = _first_boundary(text, boundaries, s, e)  # (not after the content's own adverbial)
    semi = text.find(";", s, e)
    if semi != -1:
        e = semi
    if ev.participle and text[max(0, ev.verb_start - 3) : ev.verb_start].strip() in _DASHES:
        dash = _DASH.search(text, s, e)  # "Rubio – saying he was tired – left": the aside closes
        if dash is not None:
            e = dash.start()
    e = _aside_end(text, s, e)  # ", which …", ", although …": the reporter's addition
    if (dash := _DASH_COMMENT.search(text, s + 12, e)) is not None and doc.direct_at(
            dash.start()) is None:
        e = dash.start()  # "… in the Strait of Hormuz — the latest escalation of …"
    e = _clause_content_end(text, ev, s, e)  # "While he said X, …"; "X, and has championed …"
    if ev.obj:
        e = _object_adjunct_end(text, s, e)  # "praised the agreement in an interview"
        e = _object_predicate_end(text, ev, s, e)  # "blamed X on hackers but later admitted"
        stop = _OBJECT_END.search(text, s, e)
        while stop is not None and (skip := _object_goes_on(text, stop, e)) > 0:
            stop = _OBJECT_END.search(text, skip, e)
        if stop is not None and stop.start() > s:
            e = stop.start()  # "criticized the ruling, just a day after …"
    return e


def _direct_rows(doc: _Doc, events: list[_Event], statements: list[tuple]) -> list[dict]:
    """Rows of direct quotations, each with the attribution that belongs to it (if any)."""
    # candidates looked up by offset, not by scanning
    by_attach = {}
    for ev in events:
        if ev.attach >= 0 and ev.sp is not None:
            by_attach.setdefault(ev.attach, ev)
    speakers = [ev for ev in events if ev.sp is not None and doc.direct_at(ev.verb_start) is None]
    outer = [(r, post) for r, post in statements if doc.direct_at(r["verb_start"]) is None]
    outer.sort(key=lambda rp: rp[0]["start"])
    found = (by_attach, speakers, [ev.verb_start for ev in speakers], outer,
             [r["start"] for r, _ in outer])
    direct_rows = []
    for qs, qe in doc.direct:
        choice, late = _direct_attribution(doc, qs, qe, *found)
        row = {
            "kind": "direct", "start": qs, "end": qe,
            "speaker_start": choice[0][0] if choice else None,
            "speaker_end": choice[0][1] if choice else None,
            "verb": choice[1] if choice else None,
            "verb_class": choice[2] if choice else None,
            "verb_start": choice[3] if choice else None,
            "speaker_actor": None, "speaker_norm": None, "antecedent": None, "late": late,
        }
        doc.rows.append(row)
        direct_rows.append(row)
    return direct_rows


#: a reporting clause that ends in a colon before an opening mark introduces what follows
_INTRODUCES_NEXT = re.compile(r"[^.!?\"“”:]{0,40}:\s*[\"“‘]")


def _direct_attribution(doc, qs, qe, by_attach, speakers, speaker_verbs, outer, outer_starts):
    """(speaker span, verb, class, verb start) of the quotation ``[qs, qe)`` or None, and the
    clause after it when that is only a last resort (:func:`.quoting._quoting_clause_after`)."""
    text = doc.text
    ss, _se = doc.sentence_of(qs)
    mid = _WORD_CHAR.search(text, ss, qs) is not None
    p = qe
    while p < len(text) and text[p] in " \t,":
        p += 1
    post_ev, late = _quoting_clause_after(text, qs, qe, by_attach.get(p))
    if post_ev is not None and "," not in text[qe - 3 : qe] and _INTRODUCES_NEXT.match(
            text, post_ev.verb_end):  # "“… candidates.” Collins said: “It's a great …”": the
        post_ev = None  # colon hands the clause to the quotation after it
    c_stmt = q_stmt = None
    last = bisect.bisect_right(outer_starts, qs) - 1
    for n in range(last, max(-1, last - 64), -1):
        r, post = outer[n]
        if post and q_stmt is None and qe <= r["end"] + 1:
            q_stmt = r  # "… “exert pressure” on Israel, IRNA reported."
        elif not post and c_stmt is None and qs <= r["end"] and r["verb_start"] < qs:
            c_stmt = r  # "Pezeshkian said Israel's “criminal actions” …"
        if c_stmt is not None and q_stmt is not None:
            break
    c_ev = None
    k = bisect.bisect_left(speaker_verbs, qs) - 1
    if k >= 0 and speakers[k].verb_start >= ss and speakers[k].verb_end <= qs:
        c_ev = speakers[k]  # "The governorate said: “…”"
    if mid and post_ev is not None and "," in text[qe - 3 : qe]:  # "… her page: “…,” she wrote."
        mid = _SETS_OFF_QUOTE.search(text, ss, qs) is None  # (its own clause)
    candidates = []
    for tag in ("C", "E", "P", "Q") if mid else ("P", "C", "E", "Q"):
        if tag == "P" and post_ev is not None:
            candidates.append((post_ev.sp, post_ev.lemma, post_ev.cls, post_ev.verb_start))
        elif tag == "C" and c_stmt is not None:
            candidates.append(_row_attr(c_stmt))
        elif tag == "E" and c_ev is not None:
            candidates.append((c_ev.sp, c_ev.lemma, c_ev.cls, c_ev.verb_start))
        elif tag == "Q" and q_stmt is not None:
            candidates.append(_row_attr(q_stmt))
    return (candidates[0] if candidates else None), late


def _continue_in_paragraph(doc: _Doc, direct_rows: list[dict]) -> None:
    """“…,” he said. “More.” — a quotation opening a sentence, with no attribution of its own,
    continues the previous quotation of its paragraph, unless an attributed statement stands
    between them ("“…,” he said. Mr X said the law … . “More.”": Mr X's, ``_after_statement``);
    so does a mixed quotation of six words or more in the next sentence when that sentence
    reports nothing of its own and no line, dash or colon sets it off (“…,” said Dirk
    Schumacher. The ECB “may sound rather hawkish but once the data …”)."""
    text, para_starts = doc.text, doc.para_starts
    said = sorted((x["start"], x["speaker_start"]) for x in doc.rows if x["kind"] == "indirect"
                  and x["speaker_start"] is not None)  # (", emphasizing …" has the same speaker)
    starts = [s for s, _sp in said]
    prev = None
    for r in direct_rows:
        same_para = prev is not None and bisect.bisect_right(
            para_starts, prev["start"]
        ) == bisect.bisect_right(para_starts, r["start"])
        ss, se = doc.sentence_of(r["start"])
        if (
            r["speaker_start"] is None
            and same_para
            and prev["speaker_start"] is not None
            and (not _WORD_CHAR.search(text, ss, r["start"]) or (
                doc.sentence_of(prev["start"])[1] >= ss - 2  # (mixed, in the next sentence)
                and bisect.bisect_left(starts, ss) == bisect.bisect_left(starts, se)
                and text.count(" ", r["start"], r["end"]) >= 5
                and not _MIXED_NOT.search(text, ss, r["start"])))
            and all(sp == prev["speaker_start"] for _s, sp in said[bisect.bisect_left(
                starts, prev["end"]) : bisect.bisect_left(starts, r["start"])])
        ):
            for col in _ATTRIBUTION:
                r[col] = prev[col]
        prev = r


def _finish_rows(doc: _Doc, original: str, events: list[_Event], according, cue_ends) -> None:
    """Offsets back on the original text (``''`` marks), speaker, cue, text and enclosing quote;
    ``cue_ends`` holds the cues that no speech event covers."""
    text = doc.text
    cue_ends = {**cue_ends, **{ev.verb_start: ev.verb_end for ev in events}}
    for m in according:
        cue_ends[m.start()] = m.start() + len(m.group().rstrip())
    def widened(s: int, e: int) -> tuple[int, int]:  # ''…'' (normalised to “…”) as written
        if text is original:
            return s, e
        return (s - 1 if original[s - 1 : s + 1] == "''" else s,
                e + 1 if original[e - 1 : e + 1] == "''" else e)

    for r in doc.rows:
        if r["kind"] == "direct":
            r["start"], r["end"] = widened(r["start"], r["end"])
        if r["speaker_start"] is not None:
            r["speaker"] = original[r["speaker_start"] : r["speaker_end"]]
        else:
            r["speaker"] = None
        r["cue_start"] = r["verb_start"]
        r["cue_end"] = cue_ends.get(r["verb_start"])
        r["cue"] = None if r["cue_end"] is None else original[r["cue_start"] : r["cue_end"]]
        if r["kind"] != "direct":
            r["start"] = _after_dateline(original, r["start"], r["end"])  # not "TORONTO — …"
        r["text"] = original[r["start"] : r["end"]]
        k = None if r["kind"] == "direct" or r["verb_start"] is None else doc.direct_at(
            r["verb_start"])
        r["within_span"] = widened(*doc.direct[k]) if k is not None else None


# what the object of a speech act ("criticized the ruling") does not run past: punctuation that
# ends a noun phrase, or a coordinated verb ("questioned X and refused …")
_OBJECT_END = re.compile(r"\s*(?:,(?!\d{3}\b)|[;:(\[]|\s[—–-]{1,2}\s|—)|\s+and\s+(?=[a-z]+ed\b)")
_JOINED = re.compile(r"(?:[,;]\s*(?:but|and|while|whereas)?|\s(?:but|and|while|whereas))\s*$")


def _new_clause(text: str, ev: _Event) -> int:
    """Where a reporting clause joined to the sentence begins ("…, but officials said …", "…,
    he said there is …"): an earlier statement's content ends there; -1 when none."""
    if ev.sp is None or ev.post or ev.sp[0] >= ev.verb_start:
        return -1
    m = _JOINED.search(text, max(0, ev.sp[0] - 14), ev.sp[0])
    return m.start() if m is not None else -1


def _row_attr(r: dict):
    return ((r["speaker_start"], r["speaker_end"]), r["verb"], r["verb_class"], r["verb_start"])

