"""Statements reported by a noun of saying, for :mod:`analysis.quotes`.

Internal to :func:`analysis.quotes.quotes`. "Trump's claim that there have been thousands of
shootings", "Clinton's promise that she would …": a noun of a speech act with its content clause
(Quirk et al. 1985 §17.26, appositive that-clauses after nouns of saying) and a named possessor
as the speaker. Only a capitalised possessor is read: "his claim that …" would need the pronoun
resolved from a determiner, which the resolver does not do.
"""

from __future__ import annotations

import re

#: noun of a speech act → the verb whose class the row takes
_NOUN_VERBS = {"claim": "claim", "assertion": "assert", "insistence": "insist",
               "contention": "contend", "promise": "promise", "pledge": "pledge",
               "accusation": "accuse", "allegation": "allege", "warning": "warn",
               "suggestion": "suggest", "argument": "argue", "prediction": "predict"}
_NOUN_CUE = re.compile(
    r"\b(?P<sp>(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*)[’']s\s+(?:(?:repeated|earlier|latest|"
    r"recent|new|false|unfounded|baseless|dubious|frequent|oft-repeated)\s+)?"
    r"(?P<cue>" + "|".join(_NOUN_VERBS) + r")s?\s+that\s+(?=\S)")
#: where such a content clause ends: the clause's punctuation or a dash
_CLAUSE_END = re.compile(r"[;:.!?]\s|\s[—–]\s|\s--\s|,\s+(?:which|who|but|and|although|though)\b")


def _noun_cue_rows(doc, lex) -> tuple[list[tuple[dict, bool]], dict[int, int]]:
    """Rows of statements reported by a noun of saying after a named possessor, and the cue
    ends by cue start (for ``cue``). Rows are ``(row, clause-final=False)`` pairs."""
    text = doc.text
    rows, cue_ends = [], {}
    if "’s " not in text and "'s " not in text:
        return rows, cue_ends
    for m in _NOUN_CUE.finditer(text):
        if doc.direct_at(m.start()) is not None:
            continue  # (inside a quotation: the quoted speaker's words)
        _cs, ce = doc.clause_bounds(m.end())
        stop = _CLAUSE_END.search(text, m.end(), ce)
        end = stop.start() if stop is not None else ce
        verb = _NOUN_VERBS[m.group("cue")]
        try:
            cls = lex.lookup(verb)[1]
        except KeyError:
            cls = "other"
        row = doc.add("indirect", m.end(), end, m.span("sp"), verb, cls, m.start("cue"))
        if row is not None:
            rows.append((row, False))
            cue_ends[m.start("cue")] = m.end("cue")
    return rows, cue_ends
