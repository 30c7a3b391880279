"""What may follow a reporting verb in a clause-final attribution, for :mod:`analysis.quotes`.

Internal to :func:`analysis.quotes.quotes`. ``_is_parenthetical_tail`` tells whether the words
after an attribution verb close the clause — its end, a short adverbial ("on June 17.", "during
an appearance on “Face the Nation” on CBS."), with "tell" a short hearer first — so that the
attribution is clause-final and the statement is the clause before it (Quirk et al. 1985
§15.53, the reporting clause in final position); ``_post_content`` sets that statement.
"""

from __future__ import annotations

import re

from .phrases import _AUX_IN_SUBJECT
from .words import (
    _CLOSE_MARKS,
    _CLOSE_MARKS_Q,
    _DETERMINERS,
    _OBJECT_PRONOUNS,
    _PARENTHETICAL_TAIL,
    _PREP_TIME_LATER,
    _STOP_NOT_PREP,
    _STOPWORDS,
    _TIME_WORDS,
    _is_adverb,
    _is_cap,
    _is_word,
)

#: -ly words that are adjectives as often as adverbs ("early voting", "daily briefing")
_LY_ADJECTIVES = frozenset("early likely unlikely daily weekly monthly yearly nightly hourly "
                           "quarterly timely only".split())


def _manner_adverb(tok: str) -> bool:
    """An -ly adverb after a verb that is no adjective of the next noun ("said dryly",
    "said quietly that …"; not "said early voting …")."""
    return _is_adverb(tok) and tok not in _LY_ADJECTIVES


#: prepositions of a setting after the hearer of a clause-final "told" ("…, he told the court in
#: his filing."); not "warned the Fed against buying bonds", "asked him about …"
_SETTING_PREPS = frozenset("in on at during after before".split())
#: subordinators of a time clause after a hearer ("told his advisers as he labored over …")
_TIME_CLAUSE = frozenset("as while when".split())


def _infinitive(toks) -> bool:
    """True when the tokens open with "to" and a bare verb ("pledged to bolster its military"),
    no prepositional phrase ("to reporters", "to him"): a lower-case word after "to" that is no
    determiner, pronoun or plural noun."""
    if len(toks) < 2 or toks[0][0].lower() != "to":
        return False
    word = toks[1][0]
    return word.islower() and word.isalpha() and (not word.endswith("s") or word.endswith((
        "ss", "us"))) and (  # ("to express", "to discuss", "to focus": no plural)
        word not in _DETERMINERS) and word not in _NO_INFINITIVE_AFTER_TO


_NO_INFINITIVE_AFTER_TO = _OBJECT_PRONOUNS | frozenset("her it date".split())  # "to him", "to date"


def _content_after_relative(toks, k: int) -> bool:
    """True when a relative clause opening at token ``k`` closes with a comma followed by the
    verb's content ("asked Kasich, who is fourth, to lay out …"; "told him, who …, that …")."""
    close = next((n for n in range(k + 1, min(len(toks) - 1, k + 20)) if toks[n][0] == ","), None)
    return close is not None and (toks[close + 1][0].lower() == "that" or _infinitive(
        toks[close + 1 :]))


#: words of a time named from now or from another time: "the other day", "the previous week"
_RELATIVE_TIME = frozenset("other previous following next same".split())


def _is_parenthetical_tail(text: str, pos: int, end: int, tk, obj: bool = False,
                           reach: int = 8) -> bool:
    """After an attribution verb: end of clause, or a short adverbial then end ("on June 17.");
    with ``obj`` (tell, inform …) also a short object first ("…, Obama told his adviser.");
    ``reach``: the adverbial's length in tokens (longer after an inverted speaker: "…, said
    analyst Hong Hyun-ik at the private Sejong Institute in South Korea.")."""
    if _PARENTHETICAL_TAIL.match(text[pos:end]):
        return True
    toks = tk(pos, min(end, pos + 120))
    if toks and _manner_adverb(toks[0][0]):
        return _is_parenthetical_tail(text, toks[0][2], end, tk, obj, reach)  # "said dryly."
    if obj and toks and (_is_cap(toks[0][0]) or toks[0][0].lower() in _DETERMINERS
                         or toks[0][0].lower() in ("reporters", "me", "us", "him", "her", "them")):
        for n, (tok, s, _e) in enumerate(toks[:6]):
            if tok == "," and n + 1 < len(toks) and toks[n + 1][0].lower() in ("who", "which"):
                return not _content_after_relative(toks, n + 1)  # ("asked Kasich, who is …,
                # to lay out …": the relative clause describes the hearer, the content follows)
            if tok in ",.;!?…" or tok in _CLOSE_MARKS:
                return True
            if n and tok.lower() in _SETTING_PREPS:  # "…, he told the court in his filing."
                return _is_parenthetical_tail(text, s, end, tk)
            if n and tok.lower() in _TIME_CLAUSE:  # "…, Obama told his advisers as he labored"
                return True
            if tok.lower() in _STOPWORDS:
                break
    if len(toks) > 2 and toks[0][0].lower() == "the" and toks[1][0].lower() in _RELATIVE_TIME and (
            toks[2][0].lower() in _TIME_WORDS or toks[2][0].lower() == "day"):
        return _is_parenthetical_tail(text, toks[2][2], end, tk, obj, reach)  # "the other day."
    if not toks or toks[0][0].lower() not in _PREP_TIME_LATER or _infinitive(toks):
        return False
    toks = _titles_folded(toks)  # ("during an appearance on “Face the Nation” on CBS.")
    for n, (tok, _s, _e) in enumerate(toks[:reach]):
        if tok in ",.;!?…" or tok in _CLOSE_MARKS:
            return True
        if n and tok.lower() in _STOP_NOT_PREP and not (
                tok == "and" and n + 1 < len(toks) and _is_cap(toks[n - 1][0])
                and _is_cap(toks[n + 1][0])):  # ("of the Center for Strategic and International
            return False  # Studies in Washington.": "and" inside a name)
    return len(toks) <= reach


def _titles_folded(toks: list) -> list:
    """``toks`` with a quoted title of up to six words after a word ("on “Face the Nation”")
    made one token, so that it counts as one word of an adverbial."""
    out, n = [], 0
    while n < len(toks):
        tok = toks[n]
        if n and tok[0] in "“\"" and _is_word(toks[n - 1][0]):
            close = next((k for k in range(n + 1, min(len(toks), n + 8)) if toks[k][0] in "”\""),
                         None)
            if close is not None:
                out.append(("TITLE", tok[1], toks[close][2]))
                n = close + 1
                continue
        out.append(tok)
        n += 1
    return out


_TURN_VERBS = frozenset("continue begin conclude".split())
_FINITE_WORD = re.compile(rf"\b(?:{'|'.join(sorted(_AUX_IN_SUBJECT))}|[a-z]{{3,}}ed)\b")


def _post_content(text, ev, toks, k, cs, closes_own_quote) -> None:
    """Content of a clause-final attribution: from the clause start to the comma / closing mark."""
    mark = toks[k][0]
    end = toks[k][2] if mark in _CLOSE_MARKS_Q else toks[k][1]
    start = cs
    while start < end and text[start].isspace():
        start += 1
    if end > start:
        # a clause that is exactly one direct quotation is that quotation's attribution, no more
        q = closes_own_quote(start, end)
        if not q and not (ev.lemma in _TURN_VERBS and mark not in _CLOSE_MARKS_Q and not (
                _FINITE_WORD.search(text, start, end))):  # (a turn's verb reports a clause or
            ev.content = (start, end)  # a quotation: "During the period, those concerns
            ev.post = True  # continued." reports nothing)
