"""Per-document attribution for :mod:`analysis.quotes`: quotations, their speakers, coreference.

Internal to :func:`analysis.quotes.quotes`. ``_doc_quotes`` turns the speech events of one text
(:mod:`analysis.quote_speakers`) into rows: indirect statements, "according to" clauses and direct
quotations, each direct quotation attached to the attribution clause that belongs to it. Speaker
phrases are then normalised and resolved within the article, in text order (a generic source such
as "the report" → the most recent named non-person source; "he"/"she" → the most recent named
person; a description → the named speaker whose phrase contains its words), with an actor
mentions table taking precedence when given.
"""

from __future__ import annotations

import bisect
import re

from ..quote_spans import (
    _ASIDE,
    _according_source,
    _is_term,
    _normalise_marks,
    _quote_paragraphs,
    _resumed_content,
)
from ..text import paragraph_spans, quoted_spans, sentence_spans
from .coreference import _pronouns_from_container, _resolve_speakers, _speaker_kind
from .people import _resolve_people
from .speakers import _Event, _event
from .verbs import _Lexicon
from .words import (
    _QUOTE_MARKS,
    _TokenIndex,
)

# --------------------------------------------------------------------------------------------
# Per-document extraction

# the look-behind after the first letter: positions that are no "a" are skipped quickly
_ACCORDING = re.compile(r"[Aa](?<![\w-][Aa])ccording\s+to\s+")


def _doc_quotes(text: str, lex: _Lexicon, doc_mentions) -> list[dict]:
    if not text:
        return []
    original, text = text, _normalise_marks(text)
    paras = paragraph_spans(text)
    para_starts = [s for s, _ in paras]
    direct = quoted_spans(text, paras)
    according = list(_ACCORDING.finditer(text))
    d_starts = [s for s, _ in direct]
    # sentences are split per paragraph on first use: a paragraph with no reporting verb, no
    # quotation and no "according to" is never split
    para_sents: dict[int, tuple[list[tuple[int, int]], list[int]]] = {}

    def sentences_in(k: int) -> tuple[list[tuple[int, int]], list[int]]:
        got = para_sents.get(k)
        if got is None:
            ss = sentence_spans(text, *paras[k])
            got = para_sents[k] = (ss, [s for s, _ in ss])
        return got

    def sentence_of(pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(para_starts, pos) - 1
        if k < 0:
            return 0, sentences_in(0)[0][0][1] if paras else len(text)
        ss, starts = sentences_in(k)
        return ss[bisect.bisect_right(starts, pos) - 1]

    def direct_at(pos: int) -> int | None:
        """Index of the direct quotation containing ``pos`` (strictly inside its marks)."""
        k = bisect.bisect_right(d_starts, pos) - 1
        if k >= 0 and direct[k][0] <= pos < direct[k][1]:
            return k
        return None

    def closes_own_quote(start: int, end: int) -> bool:
        """True when the clause [start, end) is, for attribution, one quotation closing at end.

        `“…,” the ministry said.` attributes that quotation and nothing else, also when the
        quotation began in an earlier sentence or follows a sentence the splitter did not cut
        ("… Israel. “the Iranian diplomat …,” IRNA said.").
        """
        k = bisect.bisect_right(d_starts, max(start, end - 1)) - 1
        if k < 0 or direct[k][1] != end:
            return False
        qs = direct[k][0]
        return qs <= start + 1 or re.search(r"[.!?…][\"”’)\]]*\s*$", text[start:qs]) is not None

    def clause_bounds(pos: int) -> tuple[int, int]:
        ss, se = sentence_of(pos)
        ss = max(ss, text.rfind("\n", ss, pos) + 1)  # a line break inside a paragraph ends a clause
        nl = text.find("\n", pos, se)
        if nl != -1:
            se = nl
        k = direct_at(pos)
        if k is not None:
            qs, qe = direct[k]
            ss = max(ss, qs + 1 if text[qs] in _QUOTE_MARKS else qs)
            se = min(se, qe)
        return ss, se

    tk = _TokenIndex(text, sentence_of)
    events: list[_Event] = []
    for vs, ve in sorted(lex.spans(text) + lex.title_spans(text, paras)):
        cs, ce = clause_bounds(vs)
        ev = _event(text, vs, ve, lex, cs, ce, closes_own_quote, tk)
        if ev is not None:
            events.append(ev)

    # ", adding …" continues the reporting clause before it: "…,” Mnuchin told NBC, adding that …"
    for prev, ev in zip(events, events[1:]):
        if ev.participle and prev.sp is not None and prev.verb_start >= ev.clause_start:
            ev.sp = prev.sp

    rows: list[dict] = []

    def add(kind, start, end, speaker_span, verb, cls, verb_start):
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.!?…"):
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if end <= start:
            return None
        row = {
            "kind": kind, "start": start, "end": end,
            "speaker_start": speaker_span[0] if speaker_span else None,
            "speaker_end": speaker_span[1] if speaker_span else None,
            "verb": verb, "verb_class": cls, "verb_start": verb_start,
            "speaker_actor": None, "speaker_norm": None, "antecedent": None,
        }
        rows.append(row)
        return row

    # indirect speech; clause-final attributions end where the next one begins
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
            k = bisect.bisect_right(boundaries, s)
            if k < len(boundaries) and boundaries[k] < e:
                e = boundaries[k]
            semi = text.find(";", s, e)
            if semi != -1:
                e = semi
            aside = _ASIDE.search(text, s, e)
            if aside is not None and aside.start() - s >= 12:
                e = aside.start()  # ", which …", ", although …": the reporter's addition
            if ev.obj:
                stop = _OBJECT_END.search(text, s, e)
                if stop is not None and stop.start() > s:
                    e = stop.start()  # "criticized the ruling, just a day after …"
        row = add("object" if ev.obj else "indirect", s, e, ev.sp, ev.lemma, ev.cls,
                  ev.verb_start)
        if row is not None:
            statements.append((row, ev.post))
        tail = _resumed_content(text, ev, clause_bounds) if ev.post and ev.sp else None
        if tail is not None:
            row = add("indirect", *tail, ev.sp, ev.lemma, ev.cls, ev.verb_start)
            if row is not None:
                statements.append((row, True))

    # according to X
    for m in according:
        ss, se = clause_bounds(m.start())
        toks = tk(m.end(), se)
        fw = _according_source(toks)
        if fw is None:
            continue
        sp = (toks[fw[0]][1], toks[fw[1]][2])
        head = text[ss : m.start()]
        if head.strip(" ,\"“«") == "":
            comma = text.find(",", sp[1], se)
            if comma == -1:
                continue
            span, post = (comma + 1, se), False
        else:
            span, post = (ss, m.start()), True
        row = add("according_to", *span, sp, "according to", lex.according_class, m.start())
        if row is not None:
            statements.append((row, post))

    # direct quotations and their speakers (candidates looked up by offset, not by scanning)
    by_attach = {}
    for ev in events:
        if ev.attach >= 0 and ev.sp is not None:
            by_attach.setdefault(ev.attach, ev)
    speakers = [ev for ev in events if ev.sp is not None and direct_at(ev.verb_start) is None]
    speaker_verbs = [ev.verb_start for ev in speakers]
    outer = [(r, post) for r, post in statements if direct_at(r["verb_start"]) is None]
    outer.sort(key=lambda rp: rp[0]["start"])
    outer_starts = [r["start"] for r, _ in outer]
    direct_rows = []
    for qs, qe in direct:
        ss, _se = sentence_of(qs)
        mid = re.search(r"\w", text[ss:qs]) is not None
        p = qe
        while p < len(text) and text[p] in " \t,":
            p += 1
        post_ev = by_attach.get(p)
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
        choice = candidates[0] if candidates else None
        row = {
            "kind": "direct", "start": qs, "end": qe,
            "speaker_start": choice[0][0] if choice else None,
            "speaker_end": choice[0][1] if choice else None,
            "verb": choice[1] if choice else None,
            "verb_class": choice[2] if choice else None,
            "verb_start": choice[3] if choice else None,
            "speaker_actor": None, "speaker_norm": None, "antecedent": None,
        }
        rows.append(row)
        direct_rows.append(row)

    # “…,” he said. “More.” — a quotation opening a sentence, with no attribution of its own,
    # continues the previous quotation of its paragraph
    prev = None
    for r in direct_rows:
        same_para = prev is not None and bisect.bisect_right(
            para_starts, prev["start"]
        ) == bisect.bisect_right(para_starts, r["start"])
        if (
            r["speaker_start"] is None
            and same_para
            and prev["speaker_start"] is not None
            and not re.search(r"\w", text[sentence_of(r["start"])[0] : r["start"]])
        ):
            for col in ("speaker_start", "speaker_end", "verb", "verb_class", "verb_start"):
                r[col] = prev[col]
        prev = r

    # a quotation left open at the end of a paragraph continues in the next one
    for a, b in zip(reversed(direct_rows[:-1]), reversed(direct_rows[1:])):
        if a["speaker_start"] is None and text[a["end"] - 1] not in _QUOTE_MARKS:
            between = text[a["end"] : b["start"]]
            if between.strip() == "" and "\n" in between:
                for col in ("speaker_start", "speaker_end", "verb", "verb_class", "verb_start"):
                    a[col] = b[col]

    _quote_paragraphs(direct_rows, text, para_starts)
    _resolve_speakers(rows, text, doc_mentions)
    _pronouns_from_container(rows, statements, text)
    _resolve_people(rows, text, direct, _speaker_kind)
    for r in direct_rows:
        if r["speaker_start"] is None and _is_term(text, r["start"], r["end"]):
            r["kind"] = "term"
    cue_ends = {ev.verb_start: ev.verb_end for ev in events}
    for m in according:
        cue_ends[m.start()] = m.start() + len(m.group().rstrip())
    for r in rows:
        if r["kind"] == "direct" and text is not original:
            s, e = r["start"], r["end"]
            r["start"] = s - 1 if original[s - 1 : s + 1] == "''" else s
            r["end"] = e + 1 if original[e - 1 : e + 1] == "''" else e
        if r["speaker_start"] is not None:
            r["speaker"] = original[r["speaker_start"] : r["speaker_end"]]
        else:
            r["speaker"] = None
        r["cue_start"] = r["verb_start"]
        r["cue_end"] = cue_ends.get(r["verb_start"])
        r["cue"] = None if r["cue_end"] is None else original[r["cue_start"] : r["cue_end"]]
        r["text"] = original[r["start"] : r["end"]]
        k = None if r["kind"] == "direct" or r["verb_start"] is None else direct_at(r["verb_start"])
        r["within_span"] = direct[k] if k is not None else None
    return rows


# what the object of a speech act ("criticized the ruling") does not run past: punctuation that
# ends a noun phrase, or a coordinated verb ("questioned X and refused …")
_OBJECT_END = re.compile(r"\s*(?:[,;:(\[]|\s[—–-]{1,2}\s|—)|\s+and\s+(?=[a-z]+ed\b)")
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
