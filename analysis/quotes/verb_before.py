"""The tokens before a verb of saying, read back over its verb group, for :mod:`analysis.quotes`.

Internal to :func:`analysis.quotes.quotes` (moved out of :mod:`analysis.quotes.speakers`,
2026-12-05, fifth session, so that module stays under 500 lines): auxiliaries, adverbs and
negation before the verb; a passive, an infinitive or "quoted as saying" is no speech event of
its own; "went on to say", "refused to admit", "took to Twitter to say" take the subject before
the control verb; a progressive or a pronoun's contraction ("He’s claiming") is a finite verb
(Quirk et al. 1985 §3.54-3.56, the verb phrase).
"""

from __future__ import annotations

from .name_words import _aux_at
from .subjects import _control_start
from .verbgroup import _mid_adverb, _split_contraction
from .words import _ADV_AUX, _BE, _NEGATIONS, _PRONOUN_BE, _is_adverb

#: verbs of aspect that take an -ing complement ("keeps talking", "continued insisting")
_ASPECT = frozenset("keep keeps kept continue continues continued".split())


def _before_verb(toks, lemma: str, is_ing: bool):
    """The tokens before a verb, read back over adverbs and auxiliaries.

    Returns ``(toks, i, is_ing, went_on)`` — ``i`` the last token before the verb group, ``is_ing``
    whether the verb is a participle (not a progressive), ``went_on`` for "went further to
    suggest" — or None when the verb is negated, passive, infinitive or "quoted as saying".
    """
    i = len(toks) - 1
    if i >= 0 and toks[i][0].lower().endswith(("n't", "n’t")):
        return None  # "Obama hasn't suggested …", "we weren't told"
    while i >= 0 and (_aux_at(toks, i) or _is_adverb(toks[i][0])
                      or _mid_adverb(toks, i)):
        if toks[i][0].lower() in _NEGATIONS:
            return None
        i -= 1
    went_on = False
    if i >= 0:
        low = toks[i][0].lower()
        if low == "to" and i >= 2 and toks[i - 1][0].lower() in ("on", "further") and toks[
            i - 2
        ][0].lower() in ("went", "goes", "go", "going"):
            went_on = True  # "Bagheri Kani went further to suggest that …"
            i -= 2
        elif low == "to" and not is_ing and (k := _control_start(toks, i, lemma)) is not None:
            went_on, i = True, k  # "She refused to admit …", "took to Twitter to say …"
        elif low in _BE and lemma == "quote as saying":
            i -= 1  # "Trump was quoted as saying …": the subject of the passive is the speaker
        elif is_ing and low in _BE and i >= 1:
            i -= 1  # progressive: "Trump is demanding …" (the -ing form after be is no participle)
            is_ing = False
            while i >= 0 and (toks[i][0].lower() in _ADV_AUX or _is_adverb(toks[i][0])):
                i -= 1
        elif is_ing and low in _ASPECT and i >= 1:
            i -= 1  # "he keeps talking about …", "kept insisting": a verb of aspect, then the
            is_ing = False  # -ing form is its complement (Quirk et al. 1985 §16.40), not a
            while i >= 0 and (_aux_at(toks, i) or _is_adverb(toks[i][0])):  # participle
                i -= 1
        elif is_ing and _PRONOUN_BE.fullmatch(toks[i][0]):
            # "He’s claiming …": split the contraction, the pronoun is the speaker
            t, s0, _e = toks[i]
            pron = t.split("’")[0].split("'")[0]
            toks = toks[:i] + [(pron, s0, s0 + len(pron))]
            is_ing = False
        elif low in _BE or low == "to" or (low == "as" and is_ing):
            return None  # passive, infinitive, "quoted as saying"
        elif not is_ing:
            toks = _split_contraction(toks, i)  # "he’s said …", "they’ve argued …"
    return toks, i, is_ing, went_on
