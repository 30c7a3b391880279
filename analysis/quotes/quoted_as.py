"""Statements an outlet reports by quoting their speaker, for :mod:`analysis.quotes`.

Internal to :func:`analysis.quotes.quotes`. "“…,” the agency quoted Kim as saying.", "Xinhua
quoted the minister as saying (that) …": the verb of saying is a non-finite complement of
"quote" (Quirk et al. 1985 §16.52, object + "as" + -ing complement), and its subject is the
object of "quote", the one quoted — the speaker of the words; the outlet only reports them, as
with "according to". Clause-final, the words are the clause before the outlet; otherwise the
clause after "saying".
"""

from __future__ import annotations

import re

from .phrases import _np_backward
from .tails import _post_content

#: "quoted <the one quoted> as " right before "saying" (no clause break inside)
_QUOTED_AS = re.compile(
    r"\bquot(?:ed|es|ing|e)\s+(?P<sp>(?:[^.;:!?“”\"]|(?<=[A-Z])\.|(?<=[A-Z][a-z])\."
    r"|(?<=[A-Z][a-z][a-z])\.){1,80}?),?\s+as\s+\Z")  # (an abbreviation: "Gen. Soleimani")
_PASSIVE_AGENT = re.compile(r"(?:by|on|in|at|from)\s")
_RELATIVE = re.compile(r",\s+(?:who|which)\b")
#: what may end the clause right after "saying": its end, or a setting ("as saying on Monday.")
_CLAUSE_FINAL = re.compile(
    r"\s*(?:[.,;!?]|$|(?:on|in|at|during|after|late|early)\s[^.,;\"“”]{0,40}[.,;])")


def _quoted_as_saying(text: str, ev, cs: int, ce: int, tk, closes_own_quote) -> bool:
    """Fill ``ev`` (the event of "saying") for "X quoted Y as saying …"; False when the verb is
    not in that frame."""
    if text[ev.verb_start : ev.verb_end] != "saying":
        return False
    m = _QUOTED_AS.search(text, max(cs, ev.verb_start - 120), ev.verb_start)
    if m is None:
        return False
    if _PASSIVE_AGENT.match(m.group("sp")):
        return _passive_quoted(text, ev, cs, ce, m.start(), tk, closes_own_quote)
    sp_end = m.end("sp")
    if (rel := _RELATIVE.search(text, m.start("sp"), sp_end)) is not None:
        sp_end = rel.start()  # "the boy, who is among the missing,": the boy
    ev.sp = m.start("sp"), sp_end
    if _CLAUSE_FINAL.match(text, ev.verb_end, ce) is None:
        _content_after(text, ev, ce, tk)  # "quoted the minister as saying (that) …"
        ev.attach = ev.sp[0]
        return True
    before = tk(cs, m.start())  # "“…,” the agency": the outlet, then what it reports
    walk = _np_backward(before, len(before) - 1) if before else None
    if walk is None or walk[2] < 0:
        ev.attach = ev.sp[0]
        return True
    ev.attach = before[walk[0]][1]  # (the quotation before is attached at the outlet's start)
    _post_content(text, ev, before, walk[2], cs, closes_own_quote)
    return True


_BE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|be)\s+\Z")


def _passive_quoted(text: str, ev, cs: int, ce: int, quoted: int, tk, closes_own_quote) -> bool:
    """"“…,” he was quoted by Fars as saying.": the subject of the passive is the speaker."""
    be = _BE_BEFORE.search(text, max(cs, quoted - 12), quoted)
    if be is None:
        return False
    before = tk(cs, be.start())
    last = len(before) - (2 if before and before[-1][0] == "," else 1)  # ("Peskov, was quoted")
    walk = _np_backward(before, last) if last >= 0 else None
    if walk is None:
        return False
    ev.sp = before[walk[0]][1], before[walk[1]][2]
    ev.attach = ev.sp[0]
    if _CLAUSE_FINAL.match(text, ev.verb_end, ce) is None:
        _content_after(text, ev, ce, tk)  # "… was quoted by Kommersant as saying that …"
    elif walk[2] >= 0:
        _post_content(text, ev, before, walk[2], cs, closes_own_quote)
    return True


def _content_after(text: str, ev, ce: int, tk) -> None:
    """The clause after "saying" (past "that" or a colon) as the event's content."""
    after = tk(ev.verb_end, min(ce, ev.verb_end + 160))
    k = 1 if after and (after[0][0].lower() == "that" or after[0][0] == ":") else 0
    if k < len(after):
        ev.content = (after[k][1], ce)
