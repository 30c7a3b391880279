"""Long subjects for :mod:`analysis.quotes`: the noun phrase that opens a clause.

Internal to :func:`analysis.quotes.quotes`. ``_np_backward`` (:mod:`analysis.quotes.phrases`)
walks back from a verb and stops at the first preposition or relative pronoun; the helpers here
read a subject with post-modifiers from the clause start instead ("Staff for the House committee
on the attack said", "Voters who backed him in 2012 say"), past an introductory phrase ("In
Vermont, about half of voters said"), and find its head noun. Closed word classes stand in for a
parser (noun-phrase structure after Quirk et al. 1985, ch. 17).
"""

from __future__ import annotations

import re

from .clause_subjects import _clause_subject
from .nouns import _PERSON_NOUNS
from .phrases import (
    _AUX_IN_SUBJECT,
    _appositive_name,
    _before_time,
    _np_backward,
    _starts_clause,
)
from .verbgroup import _adjective_prep
from .words import (
    _ADV_AUX_NEG,
    _APPROXIMATE,
    _DESCRIPTION_OPENERS,
    _DETERMINERS,
    _INTRO,
    _OPEN_MARKS_Q,
    _PLURAL_FINITE,
    _PREPOSITIONS,
    _QUANTIFIERS,
    _STOPWORDS,
    _SUBJECT_PRONOUNS,
    _TIME_WORDS,
    _TITLES,
    _is_adverb,
    _is_cap,
    _is_possessive,
    _is_word,
    _plural,
)

#: words that open another clause or an adverbial, never inside a subject noun phrase
_OTHER_CLAUSE = frozenset(
    """when where while whereas as if because although though since until after before whether
    so but or nor than then there here what how why which whom also""".split())
#: a clause's own subject ("He expressed amusement that …", "That’s the takeaway from …")
_NOT_SUBJECT_PRONOUN = frozenset("he she they it we i you there that what".split())
#: words that open an adverbial before the subject, not the subject itself ("After …", "When …")
_NOT_SUBJECT_START = _PREPOSITIONS | _STOPWORDS | _INTRO | frozenset("so yet still".split())


def _clause_initial_subject(toks, i: int, cs: int) -> tuple[int, int, int] | None:
    """A long subject that opens the clause and runs up to the verb after token ``i``, with
    prepositional or participial modifiers or a restrictive relative clause and no comma:
    "Staff for the House committee on the attack said", "People with knowledge of the group's
    activities said", "Voters who backed him in 2012 say" (a noun phrase with post-modifiers,
    Quirk et al. 1985 §17.2; the relative clause is restrictive, so no comma closes it).

    Only a fallback for ``_np_backward``, which stops at the first preposition: the tokens from
    the clause start to the verb must all be words (no comma, quotation mark, parenthesis or dash),
    at most 20, opening with a determiner, a quantifier or a capitalised word that is no
    preposition or subordinator; an auxiliary may appear only after a relative pronoun.
    The caller asks only when a clause follows the verb (``cs`` is -1 otherwise).
    Returns (first, last, -1) like ``_np_backward``, or None.
    """
    if cs < 0 or i < 2 or toks[0][1] > cs + 1:
        return None
    f = _subject_start(toks, i)
    if f < 0 or i - f < 2 or i - f >= 20:
        return None
    t0 = toks[f][0]
    low0 = t0.lower()
    stem = low0.split("’")[0].split("'")[0]
    if low0 in _APPROXIMATE and _is_word(toks[f + 1][0]):
        low0 = ""  # "about half of the voters …"
    elif low0 in _NOT_SUBJECT_START or stem in _NOT_SUBJECT_PRONOUN or not (
            _is_cap(t0) or low0 in _DETERMINERS or low0 in _QUANTIFIERS or (
            f > 0 and _plural(low0) and low0 not in _STOPWORDS)):  # "Indeed, proponents of …"
        return None  # ("He expressed amusement that …", "That’s the takeaway from …")
    relative = False
    for k in range(f + 1, i + 1):
        tok = toks[k][0]
        low = tok.lower()
        prev = toks[k - 1][0]
        if not _is_word(tok) or tok in _SUBJECT_PRONOUNS or (
                tok.endswith("ed") and tok.islower() and not relative and k < i
                and prev.lower() not in _DETERMINERS
                and toks[k + 1][0].lower() not in _PARTICIPLE_NEXT):
            return None  # ("Cameron criticised Trump in …", "X brushed off …"): a finite verb
        if low in ("who", "that", "whose"):
            relative = True
        elif low in _AUX_IN_SUBJECT:
            if not relative:
                return None
        elif low in _OTHER_CLAUSE:
            return None  # "when", "where", "as", "than": another clause, not a noun phrase
    return f, i, -1


#: what follows a past participle that modifies a noun ("a witness interviewed by …", "officials
#: involved in …")
_PARTICIPLE_NEXT = frozenset("by in with at for to on about over from".split())
#: a conjunction or sentence adverb before a subject ("But voters who …", "Indeed, …")
_LEAD_WORDS = frozenset(
    "but and yet so still indeed rather though although instead meanwhile now".split())


def _subject_start(toks, i: int) -> int:
    """Index where the subject begins in the clause ``toks[:i + 1]``: past a leading conjunction
    and past one short introductory phrase closed by a comma ("In Vermont, about half of voters
    said", "By big margins, those surveyed say"); -1 when a comma is no such phrase's."""
    k = 1 if toks[0][0].lower() in _LEAD_WORDS and toks[1][0] != "," else 0
    commas = [n for n in range(k, i) if toks[n][0] == ","]
    if not commas:
        return k
    c = commas[0]
    if len(commas) > 1 or c - k > 8 or not all(_is_word(t[0]) or t[0] == "%" for t in toks[k:c]):
        return -1
    first = toks[k][0].lower()
    if c - k > 1 and not (first in _INTRO or first in _PREPOSITIONS or _is_adverb(first)):
        return -1
    return c + 1


def _relative_before_time(toks, i: int) -> int:
    """Index of "who"/"which" before a time adverbial ending at token ``i`` ("Rouhani, who that
    day said", "…, who on Monday said", "…, who last week said"), else ``i``."""
    for k in range(i - 1, max(-1, i - 4), -1):
        low = toks[k][0].lower()
        if low in ("who", "which"):
            span = [t[0].lower() for t in toks[k + 1 : i + 1]]
            return k if any(w in _TIME_WORDS or w == "day" or len(w) == 4 and w.isdigit() and (
                w[:2] in ("19", "20")) for w in span) else i  # ("who in 2010 said")
        if not (low in _TIME_WORDS or low in ("that", "the", "same", "on", "in", "at", "day")
                or low.isdigit()):
            break
    return i


def _subject_before(toks, i: int, cs: int) -> tuple[int, int, int] | None:
    """The subject walk before the verb after token ``i``, or the long clause-initial subject
    (``_clause_initial_subject``) when the walk finds none or stops at a preposition ("Friends
    of X who have seen him on the trail say": not "the trail")."""
    walk = _np_backward(toks, _before_time(toks, i))
    if walk is None or (walk[2] >= 0 and (toks[walk[2]][0].lower() in _PREPOSITIONS
                                          or _participle_after_noun(toks, walk[2])
                                          or _verb_of_relative(toks, walk))):
        return _name_before_adjunct(toks, i, own=True) or _clause_initial_subject(
            toks, i, cs) or _name_before_adjunct(toks, i) or walk
    return _unclosed_apposition(toks, walk) or walk


def _unclosed_apposition(toks, walk) -> tuple[int, int, int] | None:
    """The name before an apposition whose closing comma is missing ("Marc Ostwald, a strategist
    at Monument Securities told Reuters"): the walk is a description opened by an article after
    a comma, and a capitalised name that opens its clause stands before that comma (every word
    capitalised: "The plan, a source said, is …" has no name before the comma)."""
    first, last, stop = walk
    head = next((k - 1 for k in range(first + 1, last + 1) if toks[k][0] == "of"), last)
    bare = toks[head][0] in _PERSON_NOUNS and not toks[head][0].endswith("s") and toks[first][
        0].lower() not in _DETERMINERS and not toks[first][0].endswith(("’s", "'s"))  # (one
    # person: "Armando Falcon, OFHEO director said")
    if stop < 1 or toks[stop][0] != "," or toks[first][0].lower() not in ("a", "an") and not bare:
        return None
    name = _np_backward(toks, stop - 1)
    if name is None or name[1] != stop - 1 or bare and name[0] == name[1] or not all(
            _is_cap(toks[k][0]) for k in range(name[0], stop)) or not (
            name[2] < 0 or toks[name[2]][0] in (".;:" + ("”\"" if bare else ""))) or toks[
                name[0]][0].lower() in _STOPWORDS or (
                name[0] == name[1] and toks[name[0]][0].lower() in _INTRO):  # ("Nearby, a …")
        return None
    return name


#: prepositions of a short adjunct between a name and its verb ("Trump in his speech called")
_ADJUNCT_PREPS = frozenset("in at during on".split())
_OWN = frozenset("his her their its".split())
#: the occasions of speech such an adjunct names ("in his announcement speech", "at the rally")
_OCCASIONS = frozenset("""speech speeches remarks address interview interviews statement letter
    book memoir column rally debate briefing appearance testimony tweet tweets post op-ed
    announcement hearing conference session meeting""".split())
#: words that may stand right before such a subject: the clause opens there
_SUBJECT_OPENERS = frozenset("when and but as while after because that since".split())


def _name_before_adjunct(toks, i: int, own: bool = False) -> tuple[int, int, int] | None:
    """The name before a short prepositional adjunct that ends at token ``i``, right before the
    verb: "when Trump in his announcement speech called …" (a determiner or possessive and at most
    three lower-case words after the preposition, the last an occasion of speech; with ``own`` a
    possessive only, which refers to the name); the name must open its clause."""
    for k in range(i - 1, max(0, i - 5), -1):
        opener = toks[k + 1][0].lower() in (_OWN if own else _DETERMINERS)
        if toks[k][0].lower() in _ADJUNCT_PREPS and _is_cap(toks[k - 1][0]) and opener and all(
                t[0].islower() and _is_word(t[0]) for t in toks[k + 2 : i + 1]) and (
                toks[i][0] in _OCCASIONS):  # (not "Rubio in his home state": a noun, no verb)
            name = _np_backward(toks, k - 1)
            if name is not None and name[1] == k - 1 and (name[2] < 0 or toks[name[2]][0] in (
                    ",;:") or toks[name[2]][0].lower() in _SUBJECT_OPENERS):
                return name
            return None
    return None


#: words after which a lower-case word ends a relative clause ("officials who lost say",
#: "officials whose laws have been invalidated say")
_RELATIVE_OR_AUX = _AUX_IN_SUBJECT | frozenset("who whose that been being".split())


def _verb_of_relative(toks, walk) -> bool:
    """True when the walk's phrase is one lower-case word after a relative pronoun or an
    auxiliary: the verb closing a relative clause, not a subject ("The officials who lost say",
    "… whose laws have been invalidated say"). A subject there has a determiner, a pronoun or a
    capital ("the plan that the mayor says …", "the wall Trump says …")."""
    first, last, stop = walk
    w = toks[first][0]
    return (first == last and w.islower() and toks[stop][0].lower() in _RELATIVE_OR_AUX
            and w not in _DETERMINERS and w not in _SUBJECT_PRONOUNS and w not in _QUANTIFIERS)


def _clause_follows(after_toks) -> bool:
    """True when a content clause plainly follows a verb: "that …", ``_starts_clause`` or a bare
    plural subject and its finite verb ("said investigators were unable …")."""
    if len(after_toks) > 1 and after_toks[0][0].islower() and _plural(after_toks[0][0]) and (
            after_toks[0][0] not in _STOPWORDS and after_toks[1][0] in _PLURAL_FINITE):
        return True
    if len(after_toks) > 1 and after_toks[0][0] == ":" and after_toks[1][0] in _OPEN_MARKS_Q:
        return True  # "War on Want's John Hilary said: “…”": the quotation is the clause
    return bool(after_toks) and (after_toks[0][0].lower() == "that" or _starts_clause(after_toks))




def _head_of(toks, first: int, last: int) -> int:
    """Index of the head noun of the subject ``toks[first:last + 1]``: the word before its first
    post-modifier (a preposition other than "of" or a relative pronoun),
    else ``last`` ("Friends of X who have seen him on the trail" → "Friends")."""
    if _is_possessive(toks[last][0]) or toks[last][0].lower() in _PREPOSITIONS:
        return last  # ("… point to Trump's call for"): no subject, ``_verb_not_noun`` says so
    for k in range(first + 1, last + 1):
        low = toks[k][0].lower()
        if _participle_after_noun(toks, k) or (low == "of" and _plural(toks[k - 1][0].lower())
                                                and toks[k - 1][0].lower() not in _PARTITIVES):
            return k - 1  # "Residents living near …", "Supporters of the bill" (Quirk §17.29)
        if (low in _PREPOSITIONS and low != "of") or low in ("who", "that", "whose"):
            noun = toks[k - 2][0] if k - 2 >= first else ""
            if k - 2 >= first and _adjective_prep(toks, k):
                return k - 2  # "Sources close to the campaign say": an adjective after the noun
            if low != "that" and _past_participle(toks[k - 1][0]) and noun.lower() not in (
                    _DETERMINERS) and (noun.islower() or _plural(noun.lower()) or noun == "People"):
                # (a name before "-ed" is a clause: "Carson appeared on …")
                return k - 2  # "People briefed on …", "a memo seen by Reuters" (Quirk §17.30)
            return k - 1
    return last


#: irregular past participles that post-modify a noun ("a memo seen by …", "people known to …")
_IRREGULAR_PARTICIPLES = frozenset("""seen known given taken shown written held made told paid
    brought chosen sent kept left hit put set read heard found thought bought caught led won
    spoken""".split())


def _participle_group(toks, first: int, last: int) -> bool:
    """True for "those" + a past participle, a plural group of people ("those surveyed say",
    "31 percent of those polled say": a noun phrase with an ellipted head, Quirk §7.19)."""
    return last > first and toks[last - 1][0].lower() == "those" and _past_participle(
        toks[last][0]) and (last == first + 1 or toks[last - 2][0].lower() == "of")


def _past_participle(tok: str) -> bool:
    """True for a lower-case past participle form: regular "-ed" or a common irregular one."""
    return tok.islower() and (tok.endswith("ed") and len(tok) > 4 or tok in _IRREGULAR_PARTICIPLES)


def _participle_after_noun(toks, k: int) -> bool:
    """True when ``toks[k]`` is an -ing participle that post-modifies the plural noun or name
    before it ("voters supporting Trump", "activists clamoring to block …": a non-finite
    post-modifier, Quirk et al. 1985 §17.29), not a premodifier ("the ruling party")."""
    tok, prev = toks[k][0], toks[k - 1][0]
    return (k > 0 and tok.islower() and tok.endswith("ing") and len(tok) > 5
            and tok not in _STOPWORDS and (_plural(prev.lower()) or _is_cap(prev))
            and prev.lower() not in _DETERMINERS and _is_word(prev) and not _is_possessive(prev))


#: plural nouns of quantity or kind whose "of" phrase carries the number ("lots of questions",
#: "the kinds of issues": notional concord, Quirk et al. 1985 §10.35)
_PARTITIVES = frozenset("""lots kinds sorts types numbers dozens hundreds thousands millions
    billions tens scores tons loads plenty bits pieces parts series""".split())


def _forms(lemmas: str) -> frozenset[str]:
    """The regular inflections of each lemma (refuse → refuse refuses refused refusing)."""
    out = set()
    for lemma in lemmas.split():
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        out |= {lemma, lemma + "s", stem + "ed", stem + "ing"}
    return frozenset(out)


#: subject-control catenative verbs: the subject of "refused" is the one who (did not) admit in
#: "She refused to admit …" (Quirk et al. 1985, §16.38–16.40; Huddleston & Pullum 2002, ch. 14
#: §5: subject-raising and control verbs with a to-infinitive)
_CATENATIVES = _forms(
    """refuse decline try attempt want seem appear continue start plan fail hope need choose
    decide rush hasten dare bother manage prefer pretend venture neglect struggle seek wish
    prepare threaten vow promise pledge agree""") | frozenset(
    "began begun chose chosen sought began went tried tries trying".split())
#: speech verbs whose infinitive after a control verb reports a statement whatever follows
#: (not "admit" refugees, "claim" the nomination, "think" twice, "describe", "write")
_CONTROLLED_SPEECH = frozenset(w.replace("_", " ") for w in """say tell add comment explain argue
    insist point_out call_for criticize condemn denounce praise urge blame respond reply answer
    mention talk_about speak stress emphasize reiterate repeat acknowledge concede deny confirm
    disclose declare announce state warn accuse complain question dismiss reject mock tout
    lash_out_at rail_against slam blast assert contend""".split())
#: adjectives of a "be quick to …" predicate with a subject-controlled to-infinitive (§16.75)
_CONTROL_ADJECTIVES = frozenset(
    """quick eager willing unwilling reluctant careful keen ready happy loath able unable
    prepared anxious hesitant afraid first last likely unlikely""".split())
#: degree words and negation between "be" and such an adjective ("was not so quick to …")
_DEGREE = frozenset("not never so too more less most very even also slightly much far".split())
_TAKE = frozenset("take takes took taken taking".split())
_GO = frozenset("go goes went gone going".split())
#: where one "takes to" to speak ("took to Twitter to say")
_PLATFORMS = frozenset("Twitter Facebook Instagram media airwaves floor stage podium".split())


def _control_start(toks, i: int, lemma: str) -> int | None:
    """For the "to" of a speech verb's infinitive at token ``i``: the first token of the verb
    group whose subject is the speaker — a catenative ("refused to admit"), "be" + adjective
    ("was quick to add"), "went out of his way to say", "took to Twitter to say", "took pains
    to say", "used his speech to call for" (a purpose infinitive) — or None (an object-control
    verb, "led Republicans to say", or a noun, "the right to say")."""
    k = i - 1
    if k < 0 or lemma not in _CONTROLLED_SPEECH:
        return None
    w = toks[k][0].lower()
    if w in _CATENATIVES:
        j = k
        if k > 0 and (toks[k - 1][0].lower() in _POSSESSIVE_DETERMINERS or _is_possessive(
                toks[k - 1][0]) or (w.endswith("ing") and toks[k - 1][0].lower() not in _BE_FORMS)):
            return None  # a noun ("Obama's plan to …") or a participle ("a heckler trying to …")
    elif w in _CONTROL_ADJECTIVES:
        j = k - 1
        while j >= 0 and (toks[j][0].lower() in _DEGREE or _is_adverb(toks[j][0])):
            j -= 1
        if j < 0 or toks[j][0].lower() not in _BE_FORMS:
            return None
    elif w == "way" and k >= 3 and toks[k - 2][0].lower() == "of" and toks[
            k - 3][0].lower() == "out" and k >= 4 and toks[k - 4][0].lower() in _GO:
        j = k - 4  # "went out of his way to say"
    elif w == "pains" and k >= 1 and toks[k - 1][0].lower() in _TAKE:
        j = k - 1
    elif toks[k][0] in _PLATFORMS and (m := _platform_take(toks, k)) is not None:
        j = m
    else:
        j = next((n for n in range(k - 1, max(-1, k - 7), -1)
                  if toks[n][0].lower() in ("used", "uses", "using")), None)
        if j is None or j + 1 >= k or toks[j + 1][0].lower() not in _POSSESSIVE_DETERMINERS or any(
                not _is_word(t[0]) for t in toks[j + 1 : k]):
            return None  # "used his acceptance speech to call for …"
    while j > 0 and (toks[j - 1][0].lower() in _ADV_AUX_NEG or _is_adverb(toks[j - 1][0])
                     or toks[j - 1][0].endswith(("n’t", "n't"))):
        j -= 1
    if j > 0 and ("’" in toks[j - 1][0] or "'" in toks[j - 1][0]):
        return None  # "He’s trying to …" is read by the progressive rule, not here
    return j


_BE_FORMS = frozenset("is was are were be been being am ’s 's".split())
_POSSESSIVE_DETERMINERS = frozenset("his her their its the a an our my".split())


def _platform_take(toks, k: int) -> int | None:
    """Index of "took" in "took to Twitter" / "took to social media" ending at token ``k``."""
    n = k - 1
    if n >= 0 and toks[n][0].lower() in ("social", "the"):
        n -= 1
    if n >= 1 and toks[n][0].lower() == "to" and toks[n - 1][0].lower() in _TAKE:
        return n - 1
    return None


_SERIES_PAST = frozenset("said told wrote spoke".split())


def _series_subject(tk, cs: int, toks, i: int, form: str, after_toks):
    """The subject of a past-tense verb that continues a series of predicates after the comma
    at token ``i`` ("Biden complained about …, defended Sanders …, mocked the Republican
    Party") — the subject that opens the clause (Quirk et al. 1985, §13.61: asyndetic
    coordination of predicates) — or None for other forms, or when the verb is followed by
    punctuation or a preposition (a reduced relative or an inserted attribution)."""
    if not (form.islower() and (form.endswith("ed") or form in _SERIES_PAST)) or not after_toks:
        return None
    nxt = after_toks[0][0].lower()
    infinitive = nxt == "to" and len(after_toks) > 1 and after_toks[1][0].islower() and (
        after_toks[1][0] not in _DETERMINERS)  # ", threatened to launch …"
    if not _is_word(nxt) or nxt in _PREPOSITIONS and not infinitive or i < 2 or not _is_word(
            toks[i - 1][0]):
        return None
    sp = _clause_subject(tk, cs, toks[i][1])
    if sp is None or sp[1] >= toks[i - 1][1]:
        return None  # the clause before the comma is its subject alone: an appositive
    return sp


#: adverbs that open an apposition before its determiner (", now a contender,", ", herself a …")
_APPOSITION_ADVERBS = frozenset("now then also once formerly still himself herself itself".split())


def _appositive_speaker(toks, i, quoted: bool = False) -> tuple[int, int] | None:
    """The speaker span of a subject with an appositive closed by the comma at ``i``; a
    participle's apposition holds names of its own ("Lady Hale, sitting with Lords Bingham, Steyn,
    Hope and Carswell, said": Lady Hale). With ``quoted`` (the comma stands inside a closing
    mark) only a participle's apposition, which may quote words ("Mr. Manafort, citing “the
    unique magic of Trump,” said")."""
    for k in range(i - 2, max(0, i - 40), -1):
        if toks[k][0] in (".;:" if quoted else "\"“”.;:"):
            break
        if toks[k][0] == "," and toks[k + 1][0].islower() and toks[k + 1][0].endswith("ing") and (
                name := _np_backward(toks, k - 1)) is not None and _is_cap(toks[name[1]][0]) and (
                name[2] < 0 or toks[name[2]][0] in ".,;:"):
            return (toks[name[0]][1], toks[name[1]][2])
    if quoted:
        return None
    inner = _np_backward(toks, i - 1, loose=True)
    if inner is not None and inner[2] >= 1 and toks[inner[2]][0].lower() in (
            _APPOSITION_ADVERBS) and toks[inner[2] - 1][0] == ",":
        inner = (inner[0], inner[1], inner[2] - 1)  # ", now a GOP presidential contender,"
    if inner is None or inner[2] < 0 or toks[inner[2]][0] != ",":
        # a longer appositive: "Pete Seat, an Indiana GOP consultant whose firm …, said"
        name = _appositive_name(toks, i)
        return None if name is None else (toks[name[0]][1], toks[name[1]][2])
    name = _np_backward(toks, inner[2] - 1)
    if name is not None and name[0] == name[1] and toks[name[0]][0].lower() in _INTRO:
        name = None  # "Nearby, a caretaker of the shrine said": an adverbial, no name
    if name is not None and _is_cap(toks[name[1]][0]) and (
            toks[name[1]][0].lower() in _TITLES and inner[1] > inner[0] and _is_cap(
                toks[inner[0]][0]) and toks[inner[1]][0].lower() not in _TITLES):
        return (toks[name[0]][1], toks[inner[1]][2])  # "Argentine Economic Minister, Roberto
        # Lavagna, told": a title, then the name in apposition
    if name is not None and _is_cap(toks[name[1]][0]) and (
            toks[name[0]][0].lower() not in _DESCRIPTION_OPENERS or not _is_cap(toks[inner[0]][0])):
        return (toks[name[0]][1], toks[name[1]][2])  # (not "One pastor supporting Mr. Cruz,"
        # before the name: "… , Darran Whiting of Liberty Baptist Church, said")
    if name is not None and _is_cap(toks[inner[1]][0]) and toks[inner[0]][0] != "including" and (
            toks[inner[0]][0].islower() and toks[inner[0]][0].endswith(("ing", "ed"))):
        return (toks[name[0]][1], toks[name[1]][2])  # "The report, published on Tuesday, …"
    if name is not None and _is_cap(toks[inner[1]][0]):  # "one of the men, Kim Dong-chul, said"
        return (toks[name[0]][1], toks[inner[1]][2])
    if (name := _appositive_name(toks, i)) is not None:
        return (toks[name[0]][1], toks[name[1]][2])  # "Yin Myint May, 60, a doctor, said"
    return None


#: finite verbs that make the words before a comma a clause, not a subject and its apposition
#: (not "do": "BuzzFeed, which does not disclose its finances, denied …" is an apposition)
_CLAUSE_VERBS = frozenset("is are was were has have had will would can could should may".split())


def _apposed_subject(toks, i: int, cs: int) -> bool:
    """True when the comma at token ``i`` closes a subject and its apposition that open the
    clause ("Mr. Trump's former campaign manager, Corey Lewandowski, said …")."""
    if toks[i][0] != "," or toks[0][1] > cs + 1:
        return False
    sp = _appositive_speaker(toks, i)
    return sp is not None and sp[0] <= toks[0][1] + 1 and not any(
        t[0] in _CLAUSE_VERBS for t in toks[:i])  # ("Currently, India has …, said the report")


#: documents that may follow an inverted verb as its speaker
_REPORT_HEADS = frozenset("report study survey statement poll review analysis memo letter".split())
#: determiners before a participle that is an adjective, no verb ("the proposed law")
_ATTRIBUTIVE_DETS = frozenset("the a an its his her their our this these those".split())
#: a plural noun right after a participle that follows a number ("25 recommended delegates"; not
#: "those three have declared any …", "the two suggested both are …")
_NOUN_NEXT = re.compile(r"\s+(?!(?:its|his|this|was|is|has|does|always|perhaps|as|us|yes|whereas|"
                        r"thus|unless|less)\b)[a-z]{2,}s\b")
#: an inverted speaker with no comma before the verb: a name of two words or more (a title before
#: it; no title's period taken for the sentence's) that closes the sentence, perhaps with an
#: apposition of no verb ("… said MP Richard Allan, Liberal Democrat
#: spokesman on IT.")
_NAME_CLOSES = re.compile(
    r"\s+((?:[A-Z][\w.’'-]*\s+){1,4}[A-Z][\w’'-]*[a-z](?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)"
    r"(?<!\bSt)(?<!\bGen)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bJr))(?:,\s+(?![^.;:!?“”\"]*\b(?:is|"
    r"was|were|are|has|have|had|will|would|said|says)\b)[^,.;:!?“”\"]{3,80})?\.(?:\s|$)")


def _unmarked_inversion(text: str, toks, i: int, ve: int, cs: int, ce: int):
    """(speaker span, content span) of an inverted "said" with no comma before it, when a name
    closes the sentence after the verb ("… internet regulation remains a political issue said MP
    Richard Allan, Liberal Democrat spokesman on IT."), or None: the word before the verb is in
    lower case (no name, no pronoun: "The report said Smith, who …, was wrong" has a verb)."""
    if i < 1 or not toks[i][0].islower() or (named := _NAME_CLOSES.match(text, ve, ce)) is None:
        return None
    if any(w.lower().strip(".") in _TIME_WORDS for w in named.group(1).split()):
        return None  # "The minister said Tuesday."
    return named.span(1), (toks[0][1], toks[i][2])
