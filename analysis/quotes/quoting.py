"""Quoting clauses for :mod:`analysis.quotes`: the attribution right after a quotation.

Internal to :func:`analysis.quotes.quotes`. A quotation closed by its own comma or question mark
and followed by a reporting verb is attributed by that clause ("quoting clause", Quirk et al.
1985 §15.53): `“…,” said a person close to the Clintons.`, `“…,” Senate Majority Leader Mitch
McConnell, R-Ky., said.`. Its noun phrase is the speaker whatever follows it, so these helpers
read descriptions, appositives and parentheses that the general subject rules leave out. Also
the telephone sense of "call", which reports no statement.
"""

from __future__ import annotations

import re

from .phrases import _np_forward
from .words import (
    _CLOSE_MARKS_Q,
    _DETERMINERS,
    _DETERMINERS_OF,
    _OBJECT_PRONOUNS,
    _PREPOSITIONS,
    _QUOTE_MARKS,
    _STOPWORDS,
    _SUBJECT_PRONOUNS,
    _TIME_WORDS,
    _hearer_end,
    _is_cap,
    _is_possessive,
    _is_word,
)


def _after_quotation(toks) -> bool:
    """True when the verb follows a quotation closed with its own punctuation: `“…,” said`,
    `“…?” asked` (a quoting clause, Quirk et al. 1985 §15.53)."""
    k = len(toks) - 1
    if k >= 0 and toks[k][0] == ",":
        k -= 1
    return k >= 1 and toks[k][0] in _CLOSE_MARKS_Q and toks[k - 1][0] in ",?!"


_TO_VERB = re.compile(r"\s+to\s+[a-z]")


def _quoting_clause_after(text: str, qs: int, qe: int, ev) -> tuple:
    """(``ev`` as the quoting clause of the quotation ``[qs, qe)`` it follows, or None; its
    attribution as a last resort, or None). A quotation that closes its sentence with a full stop,
    followed by a clause that reports words of its own after its verb (`“… jobs.” He said, twice,
    that he …`, `“…” She noted a planned rally`), is not reported by it: a quoting clause follows
    a comma, question or exclamation mark (Quirk et al. 1985 §15.53). Its speaker, though, is
    often the quotation's, when nothing else attributes it (:func:`.attach._late_attribution`)."""
    if ev is None or ev.post or not text[qs:qe].rstrip(_QUOTE_MARKS + "' ").endswith(".") or (
            ev.content[0] < ev.verb_start if ev.content is not None else not _TO_VERB.match(
                text, ev.verb_end)):  # ("Latinohiphopradio.com is hoping to expand")
        return ev, None
    return None, (ev.sp, ev.lemma, ev.cls, ev.verb_start)


def _described_after_quote(after_toks) -> tuple[int, int] | None:
    """Speaker of a verb inverted right after a quotation, also when it is a description:
    "“…,” said a 2008 Clinton veteran", "… said one Trump confidant", "… said former Utah
    governor Michael Leavitt, a Romney confidant". After a quotation closed by its own comma or
    question mark the inverted verb opens the quoting clause (Quirk et al. 1985 §15.53), so its
    noun phrase is the speaker: words up to punctuation, a preposition, a relative pronoun or a
    participle ("said the base chief known as Bob", "said one Republican involved in …")."""
    if not after_toks or after_toks[0][0].lower() in _SUBJECT_PRONOUNS:
        return None  # "said he doesn't …": the pronoun's own clause (handled as a subject)
    if after_toks[0][0] in _OBJECT_PRONOUNS:
        return None  # "… “Title,” told me that …": the hearer, not an inverted speaker
    out = -1
    for n, (tok, _s, _e) in enumerate(after_toks[:9]):
        low = tok.lower()
        if not _is_word(tok) or low in _STOPWORDS_Q or (n and low.endswith(("ed", "ing"))) or (
                n and low in _PREPOSITIONS) or (_is_possessive(tok) and not _owner(after_toks, n)):
            break
        out = n
    while out >= 0 and after_toks[out][0].lower() in _DETERMINERS_OF:
        out -= 1
    if out < 0 or (out == 0 and after_toks[0][0].lower() in _DETERMINERS):
        return None
    nxt = after_toks[out + 1][0] if out + 1 < len(after_toks) else "."
    low = nxt.lower()
    if _is_word(nxt) and low not in _AFTER_SPEAKER and low not in _PREPOSITIONS and not (
            low.endswith(("ed", "ing"))):
        return None
    if _is_possessive(nxt) or nxt in _QUOTE_MARKS:
        return None
    return 0, out


def _owner(after_toks, n: int) -> bool:
    """True when the possessive at ``n`` opens the speaker's phrase and a word follows it:
    "said Cleveland's Plain Dealer", "says the ad's narrator"."""
    return n <= 1 and n + 1 < len(after_toks) and _is_word(after_toks[n + 1][0])


_AFTER_SPEAKER = frozenset("who whose known close familiar of that".split())
#: "said by telephone": the means of a statement, not the agent of a passive
_MEANS = frozenset("telephone phone email e-mail text video videoconference letter".split())
_STOPWORDS_Q = _STOPWORDS | {"known", "close", "familiar", "in", "on", "at", "by", "for"}


def _quoting_clause(toks, i: int) -> tuple[int, int, int] | None:
    """The subject of a quoting clause whose verb follows token ``i``: the capitalised noun phrase
    right after a closing quotation mark, before an appositive or a parenthesis (`“…,” Senate
    Majority Leader Mitch McConnell, R-Ky., said.`, `''…,'' Mr. Daniloff, now 81 and retired in
    Cambridge, Mass., said`). Returns (index of the closing mark, first, last token of the
    speaker) or None."""
    q = next((n for n in range(i, max(-1, i - 30), -1) if toks[n][0] in _QUOTE_MARKS), -1)
    if q < 1 or toks[q][0] not in _CLOSE_MARKS_Q or toks[q - 1][0] not in ",?!":
        return None
    k = q + 1 if q + 1 <= i and toks[q + 1][0] == "," else q
    span = _np_forward(toks[: i + 1], k + 1) if k < i else None
    if span is None or not _is_cap(toks[span[1]][0]):
        return None
    nxt = span[1] + 1
    if nxt <= i and toks[nxt][0] not in ",(":
        return None
    return q, span[0], span[1]


_PREPOSITIONS_OF = _PREPOSITIONS | {"of"}


def _topic_tail(text: str, pos: int, end: int, tk) -> bool:
    """After the verb of a quoting clause: a prepositional phrase to the clause end, the topic
    or setting of the quotation, not its content ("… said of life before Fox News.", "… said in
    an interview that aired Sunday.")."""
    toks = tk(pos, end)
    if not toks or toks[0][0].lower() not in _PREPOSITIONS_OF:
        return False
    return len(toks) <= 14 and not any(t[0] in _QUOTE_MARKS for t in toks)


#: what follows the person telephoned: a purpose, a particle, another act, a time
_AFTER_CALLED = frozenset("to back up shortly soon right".split())


def _telephoned(after_toks) -> bool:
    """True when "call" means telephoning: its person (a pronoun or a name), then a purpose, a
    particle or a day ("called Sanders to congratulate him", "call you back", "called Obama
    Tuesday night"). Naming takes a second complement after the person ("called him a liar",
    "called the system “rigged”"; Levin 1993 §29.3 vs §37.1), which never starts so."""
    k = _hearer_end(after_toks, stop=_TIME_WORDS)
    if k == 0 or k >= len(after_toks):
        return False
    nxt = after_toks[k][0].lower()
    return nxt in _AFTER_CALLED or (nxt in _TIME_WORDS and nxt not in ("this", "last"))


def _quotes_own(text, toks, stop, cs, ve, closes_own_quote) -> bool:
    """`“…,” Trump said in August after Nabisco announced it …`, `“…,” Rubio told a cheering
    throng …`: a clause that opens with one quotation attributes it, and what follows its verb is
    the setting or the addressee, not a second content (unless "that" opens one, or "of" the
    topic the quotation is about)."""
    end = toks[stop][2] if toks[stop][0] != "," else toks[stop][1]
    return bool(set(text[end - 3 : end]) & set(",?!")) and closes_own_quote(cs, end) and (
        _THAT_AFTER.match(text, ve) is None)  # (its comma: not "…lead."European officials said")


_THAT_AFTER = re.compile(r"\s+(?:of\s|(?:\w+\s+){0,3}?that\s)")  # ("said of X": its topic)
