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
#: the word before " that " (each " that " is found with ``str.find``: cheaper than a regex
#: alternation tried at every position)
_WORD_BEFORE = re.compile(r"\b([a-z]+)\Z")
_POSSESSOR = re.compile(
    r"\b(?P<sp>(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*)[’']s\s+(?:(?:repeated|earlier|latest|"
    r"recent|new|false|unfounded|baseless|dubious|frequent|oft-repeated)\s+)?\Z")
#: where such a content clause ends: the clause's punctuation or a dash
_CLAUSE_END = re.compile(r"[;:.!?]\s|\s[—–]\s|\s--\s|,\s+(?:which|who|but|and|although|though)\b")


def _noun_cue_rows(doc, lex) -> tuple[list[tuple[dict, bool]], dict[int, int]]:
    """Rows of statements reported by a noun of saying after a named possessor, and the cue
    ends by cue start (for ``cue``). Rows are ``(row, clause-final=False)`` pairs."""
    text = doc.text
    rows, cue_ends = [], {}
    if "’s " not in text and "'s " not in text:
        return rows, cue_ends
    at = text.find(" that ")
    while at != -1:
        start, at = at + 6, text.find(" that ", at + 6)
        word = _WORD_BEFORE.search(text, max(0, start - 30), start - 6)
        if word is None:
            continue
        noun = word.group(1)
        noun = noun if noun in _NOUN_VERBS else noun[:-1] if noun.endswith("s") else ""
        if noun not in _NOUN_VERBS:
            continue
        own = _POSSESSOR.search(text, max(0, word.start() - 80), word.start())
        if own is None or doc.direct_at(word.start()) is not None:
            continue  # (no named possessor; inside a quotation: the quoted speaker's words)
        _cs, ce = doc.clause_bounds(start)
        stop = _CLAUSE_END.search(text, start, ce)
        end = stop.start() if stop is not None else ce
        verb = _NOUN_VERBS[noun]
        row = doc.add("indirect", start, end, own.span("sp"), verb, lex.verb_class(verb, "other"),
                      word.start())
        if row is not None:
            rows.append((row, False))
            cue_ends[word.start()] = word.end()
    return rows, cue_ends
