"""Quotations introduced by the document that holds them, for :mod:`analysis.quotes`.

Internal to :func:`analysis.quotes.quotes`. "President Clinton released the following statement:
“…”", "Trump issued a statement, “Last night, our nation …”": the clause before the quotation
has no verb of saying; a verb of issuing and a noun of a speech document (statement, message,
tweet, letter) stand for it, closed by a colon or a comma right before the quotation, in the
same sentence or as the last words of the paragraph before (news style sets a statement off as a
paragraph of its own). The subject of that clause is the speaker; the cue is the verb and the
noun ("released the following statement"). Quirk et al. 1985 §15.53 on direct speech
introduced by a reporting clause; the noun stands in for the verb (§17.26, nouns of saying).
"""

from __future__ import annotations

import bisect
import re

from .clause_subjects import _clause_subject

#: a verb of issuing, then a noun of a speech document (with its article and up to two
#: modifiers), then at most a short setting ("on Tuesday", "on Facebook"), a colon or comma, and
#: nothing else before the quotation
#: verbs of issuing a document (also read by :mod:`.bodies`: "X released a report. The report
#: said …" is X's)
_ISSUING = r"(?:issued|released|published|put out|sent out|posted)"
_ISSUED = re.compile(
    rf"\b(?:{_ISSUING}|tweeted|shared)\s+"
    r"(?:(?:the|a|an|this|his|her|their|its)\s+)?(?:(?:following|brief|short|written|joint|"
    r"lengthy|terse|new|official|formal)\s+){0,2}(?P<noun>statement|message|tweet|letter|note|"
    r"post|response|reply|apology|explanation)\b[^.!?“”\"\n]{0,40}?[:,]\s*\Z")
#: the verb whose class the row takes, by noun
_NOUN_VERBS = {"statement": "state", "message": "write", "tweet": "tweet", "letter": "write",
               "note": "write", "post": "post", "response": "respond", "reply": "reply",
               "apology": "apologize", "explanation": "explain"}


def _statement_speakers(doc, direct_rows: list[dict], lex, tk) -> dict[int, int]:
    """Give each speakerless quotation that a "released the following statement:" clause
    introduces that clause's subject as its speaker; returns the cue ends by cue start."""
    text = doc.text
    cue_ends: dict[int, int] = {}
    for r in direct_rows:
        if r["speaker_start"] is not None:
            continue
        ss = doc.sentence_of(r["start"])[0]
        if not text[ss : r["start"]].strip():  # the quotation opens its sentence: the clause
            ps = doc.para_starts  # may close the paragraph before
            k = bisect.bisect_right(ps, r["start"]) - 1
            if k <= 0 or text[ps[k] : r["start"]].strip():
                continue
            before_end = ps[k]
            ss = doc.sentence_of(max(ps[k - 1], before_end - 2))[0]
        else:
            before_end = r["start"]
        m = _ISSUED.search(text, max(ss, before_end - 160), before_end)
        if m is None or doc.direct_at(m.start()) is not None:
            continue
        sp = _clause_subject(tk, ss, m.end(), common=True)
        if sp is None or sp[1] > m.start():
            continue
        verb = _NOUN_VERBS[m.group("noun")]
        r["speaker_start"], r["speaker_end"] = sp
        r["verb"], r["verb_class"] = verb, lex.verb_class(verb, "neutral")
        r["verb_start"] = m.start()
        cue_ends[m.start()] = m.end("noun")
    return cue_ends
