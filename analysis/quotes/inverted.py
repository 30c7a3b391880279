"""The speaker after an inverted reporting verb: "“…,” said X." and "…, says the agency".

Inversion of subject and verb after a quotation or a fronted reported clause (Quirk et al. 1985
§15.54): the speaker is the noun phrase after the verb, kept when a short adverbial, a relative
clause that describes it (", said former governor Ed Rendell, who serves as …") or the sentence's
end follows it. Moved out of :mod:`analysis.quotes.speakers` (one step of ``_event``).
"""

from __future__ import annotations

import re

from .phrases import _inverted_np, _skip_parenthesis
from .quoting import _after_quotation, _described_after_quote
from .subjects import _REPORT_HEADS
from .tails import _is_parenthetical_tail
from .words import _ROLE_NOUNS, _SPEAKER_HEADS, _STOP_TIME, _is_cap

#: what follows an unnamed source after an inverted verb ("said people familiar with the
#: matter", "said officials close to the talks", "said a person briefed on the plans")
_SOURCE_POSTMODIFIER = re.compile(
    r"\s+(?:close to|familiar with|briefed on|involved in|with(?: direct)? knowledge of|"
    r"knowledgeable about|aware of|privy to)\s+[^,.;:!?“”\"()]{1,60}?(?=\s*[,.;:!?)]|$)")


def _inverted_speaker(text, ev, toks, i, after_toks, ce, tk) -> bool:
    """Set ``ev.sp`` to the speaker after an inverted verb (`“…,” said X.`); False when none."""
    fw = _inverted_np(after_toks) or (
        (0, 0) if after_toks and after_toks[0][0] == "people" else None)
    source = fw is not None and (k := next((k for k in range(fw[0], fw[1] + 1) if (
        _SOURCE_POSTMODIFIER.match(text, after_toks[k][2], ce))), None)) is not None
    if source:
        fw = (fw[0], k)  # "officials close to the talks": the noun before the post-modifier
    if fw is not None and fw[0] == fw[1] and after_toks[fw[0]][0].lower() in _STOP_TIME:
        fw = None  # ", tweeted Sunday after …": a time, no speaker
    if fw is not None and not source and not _is_cap(after_toks[fw[1]][0]):
        head_tok = after_toks[fw[1]][0].lower()
        if head_tok not in _ROLE_NOUNS and head_tok.rstrip("s") not in _ROLE_NOUNS and (
                head_tok not in _SPEAKER_HEADS) and head_tok not in _REPORT_HEADS:  # (", said a
            # World Bank report.": a document speaks)
            fw = None  # ", said his survey of Republicans showed …": not a speaker
    if fw is not None:
        sp_end = after_toks[fw[1]][2]
        nxt = after_toks[fw[1] + 1][0].lower() if fw[1] + 1 < len(after_toks) else ""
        tail = _skip_parenthesis(text, sp_end, ce)  # "said Dick Durbin (D-Ill.) in an interview."
        if nxt == "," and fw[1] + 2 < len(after_toks) and after_toks[fw[1] + 2][0] == "who":
            nxt = "who"  # "…, said former governor Ed Rendell, who serves as chairman of …"
        if nxt != "by" and (post := _SOURCE_POSTMODIFIER.match(text, sp_end, ce)) and (
                _is_parenthetical_tail(text, post.end(), ce, tk)):
            ev.sp = (after_toks[fw[0]][1], post.end())  # ", said officials familiar with the
            ev.attach = ev.verb_start  # talks.": the phrase that makes them a source
            return True
        if nxt != "by" and (_is_parenthetical_tail(text, tail, ce, tk, reach=12) or nxt == "who"):
            # (", said a handful of Democrats who point to …": the relative clause describes them)
            ev.sp = (after_toks[fw[0]][1], sp_end)
            ev.attach = ev.verb_start
            return True
    if _after_quotation(toks):
        fw = _inverted_np(after_toks)
        if fw is None or not _is_cap(after_toks[fw[1]][0]):
            fw = _described_after_quote(after_toks)
        if fw is not None:  # "“…,” said a person close to the Clintons."
            ev.sp = (after_toks[fw[0]][1], after_toks[fw[1]][2])
            ev.attach = ev.verb_start
            return True
    return False
