"""The words between a subject and its verb for :mod:`analysis.quotes`.

Internal to :func:`analysis.quotes.quotes`. Helpers of the subject walk before a reporting verb
(:mod:`analysis.quotes.speakers`, :mod:`analysis.quotes.phrases`) for what stands between the
subject and the verb without being either: a parenthetical conjunct set off by commas
("Officials, however, say"), an auxiliary contracted with a pronoun ("he’s said"), an adverb
the closed lists miss ("has since said", "workers here said"). Grammar after Quirk et al. (1985).
"""

from __future__ import annotations

import re

from .words import (
    _OBJECT_PRONOUNS,
    _PREPOSITIONS,
    _QUANTIFIERS,
    _ROLE_NOUNS,
    _SHARES,
    _STOPWORDS,
    _is_cap,
    _is_possessive,
    _is_word,
)

#: conjuncts and disjuncts set off by commas between a subject and its verb ("Officials, however,
#: say …"; Quirk et al. 1985 §8.134–8.137, §15.52: parenthetical adverbials)
_CONJUNCTS = frozenset("""however though meanwhile too also indeed instead nevertheless
    nonetheless moreover furthermore likewise similarly therefore thus then now still
    separately again""".split()) | frozenset(
    ("in fact", "of course", "for example", "for instance", "for their part", "for his part",
     "for her part", "for its part", "in turn", "in response", "in contrast", "by contrast",
     "on the other hand", "at the time", "in particular", "in general", "in the end"))


_COMPARED = frozenset("like unlike alongside along together".split())


#: a party and state written after a name ("R-Ky.", "D-N.Y.", "R.-Ky.", "I-Vt.")
_PARTY = re.compile(r"[RDI]\.?-[A-Z][A-Za-z.]{1,7}")


def _conjunct_start(toks: list) -> int:
    """Index of the comma that opens a parenthetical conjunct closed by the last token (a
    comma) after a short subject opening the clause ("Proponents of the bill, however,"), or 0.
    A longer subject, or one with punctuation, is left to the appositive rules. Also the comma
    of a party and state set off after a name (", R-Ky.,")."""
    if len(toks) <= 3 or toks[-1][0] != ",":
        return 0
    k = next((n for n in range(len(toks) - 2, max(0, len(toks) - 9), -1) if toks[n][0] == ","), 0)
    if k > 0 and _is_cap(toks[k - 1][0]) and _PARTY.fullmatch("".join(
            t[0] for t in toks[k + 1 : -1])):
        return k  # "Majority Leader Mitch McConnell, R.-Ky., urged": a party and state, set off
    k = k if len(toks) - k <= 5 else 0
    if 0 < k <= 10 and " ".join(t[0].lower() for t in toks[k + 1 : -1]) in _CONJUNCTS and all(
            _is_word(t[0]) for t in toks[:k]):
        return k
    # a comparison set off by commas: "Democratic economists, like their Republican
    # counterparts, say"; "Ryan, along with other leaders, said"
    k = next((n for n in range(len(toks) - 3, max(0, len(toks) - 10), -1) if toks[n][0] == ","), 0)
    if 0 < k <= 10 and toks[k + 1][0].lower() in _COMPARED and all(
            _is_word(t[0]) for t in toks[:k] + toks[k + 1 : -1]):
        return k
    return 0


#: a subject pronoun contracted with a perfect or modal auxiliary: "he’s said" (has), "they’ve
#: argued", "I’d add" (would/had) — Quirk et al. 1985 §3.23, contracted auxiliaries ("it’s"
#: is left out: "it’s said that …" is a passive)
_PRONOUN_AUX = re.compile(r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Yy]ou|[Ww]ho)[’'](?:s|ve|d)")


def _split_contraction(toks: list, i: int) -> list:
    """``toks`` with the contracted pronoun at ``i`` ("he’s" before "said") cut to the pronoun,
    so that it is read as the subject; unchanged when ``toks[i]`` is no such contraction."""
    if i < 0 or not _PRONOUN_AUX.fullmatch(toks[i][0]):
        return toks
    t, s0, _e = toks[i]
    pron = t.split("’")[0].split("'")[0]
    return toks[:i] + [(pron, s0, s0 + len(pron))]


_PERFECT = frozenset("has have had ’ve 've".split())


def _mid_adverb(toks, i: int) -> bool:
    """True when ``toks[i]`` is an adverb between a subject and its verb that the closed lists
    miss: "now" ("He is now talking about …"), "since" after a perfect auxiliary ("Clinton has
    since said"), "yet", "ever" and "so far" ("no group has yet claimed"), a locative "here"
    after the subject noun ("Her campaign workers here said"; Quirk et al. 1985 §8.45, §17.4:
    "here" as a post-modifier or an adjunct of place)."""
    if i < 1:
        return False
    tok, prev = toks[i][0], toks[i - 1][0]
    if tok == "now":
        return _is_word(prev)  # "He is now talking about …", "Trump now says …"
    if tok == "since":
        return prev.lower() in _PERFECT or prev.endswith(("’s", "'s", "’ve", "'ve"))
    if tok in ("yet", "ever"):  # "no group has yet claimed", "it ever concluded"
        return _is_word(prev) and prev.lower() not in ("and", "but", "or")
    if tok == "far" and prev == "so":  # "other countries have so far pledged" (then "so")
        return True
    if tok == "so" and i + 1 < len(toks) and toks[i + 1][0] == "far":
        return True
    return tok == "here" and _is_word(prev) and prev.lower() not in _STOPWORDS and (
        not _is_possessive(prev))


#: adjectives with a prepositional complement that post-modify a subject noun: "people close
#: to the campaign", "officials loyal to the president" (Quirk et al. 1985 §16.69, §17.56)
_ADJECTIVE_PREP = frozenset(
    [("close", "to"), ("loyal", "to"), ("allied", "with"), ("opposed", "to"), ("friendly", "to"),
     ("sympathetic", "to"), ("aligned", "with"), ("connected", "to"), ("familiar", "with"),
     ("involved", "in"), ("knowledgeable", "about"), ("privy", "to")])


def _adjective_prep(toks, j: int) -> bool:
    """True when the preposition at ``j`` completes an adjective after a noun ("close to")."""
    return (toks[j - 1][0], toks[j][0].lower()) in _ADJECTIVE_PREP and j > 1 and _is_word(
        toks[j - 2][0]) and toks[j - 2][0].lower() not in _STOPWORDS and not toks[j - 2][
        0].endswith("ed")


#: what sets off a parenthetical after the verb: commas or a pair of dashes
_OPENS_ASIDE = (",", "—", "--", "–")
_CLAUSE_PRONOUNS = frozenset("he she they we it there".split())  # ("I …": an unmarked quotation)


_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}")  # "U.S.", "U.N." inside a parenthesis


def _parenthetical_clause(after_toks) -> int:
    """Index of the token that opens the reported clause after a parenthetical set off by commas
    right after the verb: "said, however, that …", "said, in a statement, that …", "says, win or
    lose on Tuesday, he will stay" (Quirk et al. 1985 §15.52: a parenthetical inserted between
    the verb and its content clause); 0 when there is none. The parenthesis must be a run of at
    most ten words; after it "that", or a subject pronoun and a lower-case word."""
    if len(after_toks) < 5 or after_toks[0][0] not in _OPENS_ASIDE:
        return 0
    mark = after_toks[0][0]
    m = next((n for n in range(2, min(len(after_toks) - 2, 12)) if after_toks[n][0] == mark), 0)
    if not m or not all(_is_word(t[0]) or _ABBREVIATION.fullmatch(t[0]) or mark != "," and t[
            0] == "," for t in after_toks[1:m]):
        return 0  # (between dashes a comma may stand: "said — on Twitter, as it happens — that")
    nxt, nxt2 = after_toks[m + 1][0], after_toks[m + 2][0]
    if nxt == "that" and _is_word(nxt2):
        return m + 2
    pronoun = re.split("[’']", nxt.lower())[0]  # "he", "he’s", "they’re"
    if pronoun in _CLAUSE_PRONOUNS and (nxt != pronoun or nxt2.islower() and _is_word(nxt2)):
        return m + 1
    return 0


def _adjunct_then_that(after_toks) -> bool:
    """True when an adverbial set off by commas after the verb leads to a "that" clause ("said,
    after meeting his counterparts, that …"): the verb's content follows, so the words before
    its subject are no fronted content ("This week, Hwang said, after …, that …")."""
    k = _parenthetical_clause(after_toks)
    return k > 1 and after_toks[k - 1][0].lower() == "that" and (
        after_toks[1][0].lower() in _PREPOSITIONS or after_toks[1][0].lower() == "however")


def _object_pronoun_kept(toks, j: int) -> bool:
    """True when the object pronoun at ``j``, right before the verb, ends the subject phrase: a
    quantity of a group ("most of them said", "both of us say") or the object of a preposition
    completing an adjective or a role noun ("a source close to him said", "a spokesman for her
    said")."""
    if toks[j][0] not in _OBJECT_PRONOUNS or j < 2:
        return False
    prep, before = toks[j - 1][0].lower(), toks[j - 2][0].lower()
    if prep == "of" and (before in _QUANTIFIERS or before in _SHARES):
        return True
    return prep in _PREPOSITIONS and (before in _ROLE_NOUNS or _adjective_prep(toks, j - 1))


def _first_conjunct(words: list[str]) -> str | None:
    """The noun before "and" when "and" joins the last noun of a description to another ("the
    feminist writer and broadcaster" → "writer": one person's two roles); None otherwise.

    >>> _first_conjunct("the writer and broadcaster".split()), _first_conjunct(["the", "report"])
    ('writer', None)
    """
    return words[words.index("and") - 1] if "and" in words[1:-1] else None

