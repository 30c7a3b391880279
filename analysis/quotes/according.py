"""The "according to X" rows of one text, for :mod:`analysis.quotes.extract`.

Internal. Moved out of :mod:`analysis.quotes.extract` (2026-12-06, eleventh session), with the
step that starts a reported clause after its own "according to X,".
"""

from __future__ import annotations

import re

from ..quote_spans import _according_source
from .content_ends import _according_resumes, _lead_in_only
from .verbs import _Lexicon
from .words import _TokenIndex

# the look-behind after the first letter: positions that are no "a" are skipped quickly
_ACCORDING = re.compile(r"[Aa](?<![\w-][Aa])ccording\s+to\s+")
#: a head closed by a conjunction or a complementiser: its own clause, not the content
_JOINS = re.compile(r"(?:,|\s)\s*(?:but|and|yet|so|because|while|although|though|whereas|"
                    r"(?<!after )(?<!before )(?<!about )(?<!of )(?<!like )(?<!than )(?<!with )"
                    r"that)\s*,?\s*$")  # ("that" a complementiser: "and Obama learned after that")


def _according_rows(doc, according, tk: _TokenIndex, lex: _Lexicon) -> list[tuple]:
    """Rows of "according to X" (``doc``: the extraction's ``_Doc``); returns (row,
    clause-final) pairs. Before the phrase, a lead-in ("But according to X, …") or a clause
    closed by a conjunction ("… to stay, but, according to X, he has stepped down") is no
    content: what follows the source is."""
    text = doc.text
    statements = []
    for m in according:
        ss, se = doc.clause_bounds(m.start())
        toks = tk(m.end(), se)
        fw = _according_source(toks)
        if fw is None:
            continue
        sp = (toks[fw[0]][1], toks[fw[1]][2])
        head = text[ss : m.start()]
        if head.strip(" ,\"“«") == "" or _lead_in_only(head) or _JOINS.search(head):
            comma = text.find(",", sp[1], se)
            if comma == -1:
                continue
            span, post = (comma + 1, se), False
        else:
            span, post = (ss, m.start()), True
            if (k := doc.direct_at(ss)) is not None and doc.direct[k][1] <= m.start() and not (
                    text[doc.direct[k][1] : m.start()].strip(" ,")):
                span = doc.direct[k][0], m.start()  # “… . … ,” according to X: all of it
        row = doc.add("according_to", *span, sp, "according to", lex.according_class, m.start())
        if row is not None:
            statements.append((row, post))
        rest = _according_resumes(text, sp[1], se) if post else -1
        if rest >= 0:  # "One of the decisions, according to X, is to …": the sentence goes on
            row = doc.add("according_to", rest, se, sp, "according to", lex.according_class,
                          m.start())
            if row is not None:
                statements.append((row, True))
    return statements


#: "according to X," opening a reported clause ("reported that, according to a poll, most …")
_OPENING = re.compile(r"[\s,]*" + _ACCORDING.pattern + r"[^,.;:“”\"]{1,80},\s*")


def _past_according(text: str, s: int, e: int) -> int:
    """Where a reported clause ``[s, e)`` begins after an "according to X," of its own (which is
    a nested attribution with its own row): its content is what follows."""
    m = _OPENING.match(text, s, e)
    return m.end() if m is not None and m.end() < e else s

