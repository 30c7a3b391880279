"""Noun-phrase walks for :mod:`analysis.quotes`: the speaker phrase around a reporting verb.

Internal to :func:`analysis.quotes.quotes`. Over the tokens of one clause (``_TokenIndex`` in
:mod:`analysis.quotes.words`), ``_np_backward`` walks back from a verb over its subject ("Iran's
President Masoud Pezeshkian told …"), ``_np_forward`` reads the subject of a clause forward
(", adding …", "… and said"; :mod:`analysis.quotes.clause_subjects`), ``_inverted_np`` the speaker
after an inverted verb ("…,” said Smith"), and the helpers find appositives, relative clauses,
time adverbials and parenthetical tails. Closed word classes stand in for a parser, so no model
is needed.
"""

from __future__ import annotations

import re

from .lexicons import _is_demonym
from .name_words import _name_word
from .nouns import _PERSON_NOUNS
from .np_edges import (
    _AFFILIATION,
    _CONJUNCTION_PREPS,
    _after_name_adverb,
    _agent_noun,
    _joined_roles,
    _no_head,
    _paired_pronoun,
    _placed_in,
    _preposition_inside,
    _serial_comma,
    _share_prefix,
    _subject_edge,
)
from .verbgroup import _adjective_prep, _conjunct_start, _object_pronoun_kept
from .words import (
    _CLAUSE_OPENERS,
    _DASHES,
    _DETERMINERS,
    _DETERMINERS_OF,
    _DOCUMENT_NOUNS,
    _INTRO_TIME,
    _NAME_JOINERS,
    _OBJECT_PRONOUNS,
    _ORG_WORDS,
    _PREPOSITIONS,
    _PRONOUN_OPENERS,
    _QUANTIFIERS,
    _QUOTE_MARKS,
    _ROLE_NOUNS,
    _ROLE_NOUNS_FAMILIAR,
    _SPEAKER_HEADS,
    _STOPWORDS,
    _SUBJECT_PRONOUNS,
    _TIME_WORDS,
    _WEEK_WORDS,
    _demonym,
    _is_adverb,
    _is_cap,
    _is_possessive,
    _is_word,
)


def _participle_prep(toks, p: int) -> bool:
    """The preposition at ``p`` follows a past participle that post-modifies a subject head
    ("people briefed on", "officials involved in")."""
    return p > 1 and toks[p - 1][0].islower() and toks[p - 1][0].endswith("ed") and (
        toks[p - 2][0].lower() in _PARTICIPLE_HEADS)


def _np_backward(toks, i: int, loose: bool = False) -> tuple[int, int, int] | None:
    """Walk back from token ``i`` over a subject noun phrase.

    Returns (first token index, last token index, index of the token that stopped the walk or -1),
    or None when the phrase is the object of a preposition or empty. ``loose`` (for an appositive
    between commas: "a lawyer at the firm") lets prepositions through.
    """
    last = j = i
    n = 0
    if i > 0 and toks[i][0] == "%" and toks[i - 1][0][:1].isdigit():
        j = i - 1  # "47% say …"
    limit = 16 if loose else 10
    while j >= 0 and n < limit:
        tok = toks[j][0]
        low = tok.lower()
        if _serial_comma(toks, j, i):  # "the Department for Culture, Media and Sport"
            j -= 1
            continue
        if not _is_word(tok) and not (tok == "%" and j and toks[j - 1][0][:1].isdigit()):
            break  # (a share goes on: "62% of Americans said")
        if low in _DETERMINERS:
            prev = toks[j - 1][0].lower() if j > 0 else ""
            if prev == "of" or prev in _PREPOSITIONS and j > 1 and (
                    loose or toks[j - 2][0].lower() in _ROLE_NOUNS_FAMILIAR or (
                        _placed_in(toks, j - 1)) or (
                        prev in _AFFILIATION and _agent_noun(toks[j - 2][0])) or (
                        _participle_prep(toks, j - 1))):
                j -= 2  # "a spokesman for the ministry": keep walking over the prepositional part
                n += 2
                continue
            j -= 1
            break
        if low in _SUBJECT_PRONOUNS:
            if j == i:
                j -= 1
            break
        if j < i and (low == "of" or low == "for" and j > 0 and _is_cap(toks[j - 1][0]) and (
                _is_cap(toks[j + 1][0]))):  # (a body's "for": "National Council for Adoption")
            j -= 1
            n += 1
            continue
        if low in _PREPOSITIONS and j < i:
            if loose or (j > 0 and (toks[j - 1][0].lower() in _ROLE_NOUNS or _preposition_inside(
                    toks, j) or (
                    low in _AFFILIATION and _agent_noun(toks[j - 1][0])) or _adjective_prep(
                    toks, j))) or _participle_prep(toks, j):  # ("people briefed on the talks")
                j -= 1  # "a spokesman for …", "a producer for Yahoo Studios", "people close to"
                n += 1
                continue
            if (skip := _share_prefix(toks, j, i)) > 0:
                j -= skip  # "about four in 10 voters said", "six in 10 say", "more than half"
                n += 1
                continue
            if low in _CONJUNCTION_PREPS and (_is_cap(toks[j + 1][0]) or (
                    toks[j + 1][0].lower() in _DETERMINERS and j + 1 < i)):
                break  # "three days after Trump told …": a clause after a conjunction
            return None  # "In further comments reported …": object of a preposition
        if low == "and" and 0 < j < i and _joined_roles(toks, j):
            j -= 1  # ("The feminist writer and broadcaster said": one person's two roles)
            n += 1
            continue
        if j == i and _object_pronoun_kept(toks, j):  # "most of them said"
            j, n = j - 1, n + 1
            continue
        if (low in _STOPWORDS or tok in _OBJECT_PRONOUNS) and not _name_word(toks, j) or (
                j < i and _is_adverb(tok) and _is_cap(toks[j + 1][0])):  # ("how deeply
            break  # Washington believes"; "Theresa May said": a name, not the modal)
        if edge := _subject_edge(toks, j, i, loose):
            j -= edge - 1  # the subject begins after a weekday ("on Wednesday Prime Minister
            break  # X said") or at a courtesy title ("In Paris Mr Smith said")
        j -= 1
        n += 1
    else:
        if j >= 0:
            return None  # no natural left edge within 10 tokens: not a subject
    j -= _paired_pronoun(toks, j, i)  # "…, he and Mr. Allen said": one subject
    first = j + 1
    if first > last or _no_head([toks[k][0].lower() for k in range(first, last + 1)]):
        return None
    return first, last, j


#: heads of a subject post-modified by a participle and its object ("people briefed on …")
_PARTICIPLE_HEADS = frozenset("people person persons officials official sources source aides "
                              "diplomats lawmakers those others".split())


def _np_forward(toks, i: int, limit: int = 10) -> tuple[int, int] | None:
    """A subject noun phrase read forward from token ``i`` (clause subject, inverted speaker);
    its head a name or a noun of people ("the minister", "The employee")."""
    heads = _PERSON_NOUNS
    j = i
    out = []
    while j < len(toks) and len(out) < limit:
        tok = toks[j][0]
        low = tok.lower()
        if tok == "." and out and _initial(toks[j - 1][0]) and j + 1 < len(toks) and (
                _is_cap(toks[j + 1][0]) or toks[j + 1][0] == ","):
            out.append(j)  # a middle initial or suffix: "James B. Comey", "Biden Jr.,"
            j += 1
            continue
        if not _is_word(tok):
            break
        nxt = toks[j + 1][0] if j + 1 < len(toks) else ""
        if not out and low in _DETERMINERS:
            out.append(j)
        elif not out and low in _QUANTIFIERS and nxt.lower() == "of":
            out.append(j)  # "one of the rally's organizers"
        elif not out and low in _SUBJECT_PRONOUNS:
            out.append(j)
            break
        elif _is_cap(tok) or low in heads or (low in _NAME_JOINERS and _is_cap(nxt)) or (
                out and low in _SPEAKER_HEADS):  # "the GOP nominee", "presidential candidate"
            out.append(j)
        elif low == "of" and out and (_is_cap(nxt) or nxt.lower() in _DETERMINERS):
            out.append(j)
        elif out and toks[j - 1][0].lower() == "of" and low in _DETERMINERS:
            out.append(j)  # "the families of the firm's founders"
        elif out and _is_possessive(tok) and toks[j - 1][0].lower() in _DETERMINERS and (
                nxt.lower() in heads):
            out.append(j)
        elif (
            low not in _STOPWORDS
            and (_is_cap(nxt) or nxt.lower() in heads or out and nxt.lower() in (
                _SPEAKER_HEADS))
            and not _is_possessive(tok)
            and not (out and (low.endswith("ed") or low in _IRREGULAR_PAST))
        ):  # (not a verb after the name: "Trump complained Khizr Khan had …")
            out.append(j)  # a modifier: "senior Russian officials"
        else:
            break
        j += 1
    if out and _is_demonym(toks[out[-1]][0]) and j < len(toks):  # (not a surname in "-an":
        # "Patrick Shanahan withdrew")
        nxt_tok = toks[j][0]
        if nxt_tok.islower() and nxt_tok not in _STOPWORDS and not _is_adverb(nxt_tok) and not (
                nxt_tok.endswith("ed") or nxt_tok in _IRREGULAR_PAST):  # ("Rouhani addressed")
            out.append(j)  # "The interim Egyptian government"
    while out and toks[out[-1]][0].lower() in _DETERMINERS_OF:
        out.pop()
    if not out:
        return None
    if _is_possessive(toks[out[-1]][0]):  # "Hillary Clinton’s right-hand woman rallied …":
        out += _owned_head(toks, out[-1] + 1)  # the possessive is the head's determiner
    return out[0], out[-1]


def _owned_head(toks, j: int) -> list[int]:
    """The lower-case words of the noun a possessive name determines, up to a finite verb
    (at most three): "right-hand woman" in "Clinton’s right-hand woman rallied"; [] if none."""
    got = []
    while j < len(toks) and len(got) < 3 and _is_word(toks[j][0]) and toks[j][0].islower() and (
            toks[j][0] not in _STOPWORDS and not _is_adverb(toks[j][0]) and not toks[j][0].endswith(
                "ed") and toks[j][0] not in _IRREGULAR_PAST):
        got.append(j)
        j += 1
    return got if j < len(toks) and len(got) < 3 else []


def _initial(tok: str) -> bool:
    """A name's initial or suffix written before a period ("B" of "James B. Comey", "Jr")."""
    return (len(tok) == 1 and tok.isupper()) or tok in ("Jr", "Sr")


def _inverted_np(toks) -> tuple[int, int] | None:
    """Speaker after an inverted verb: `said Chip Northrup, …`.

    A description followed by the name it introduces takes the name along: `said one of the
    organizers, Gennady Gudkov`.
    """
    if not toks:
        return None
    t0 = toks[0][0]
    if not (_is_cap(t0) or t0.lower() in _DETERMINERS or t0.lower() in _QUANTIFIERS
            or _described_name(toks) or t0 in _SPEAKER_HEADS and t0.endswith("s")):
        return None  # (", say experts, …": a plural speaker needs no determiner)
    j = 0
    while j < len(toks) and j < 12 and _is_word(toks[j][0]) and (
        toks[j][0].lower() not in _STOPWORDS or toks[j][0].lower() == "of" or j == 0
    ) and not (j > 0 and _is_cap(toks[j - 1][0]) and _after_name_adverb(toks[j][0])):
        j += 1  # ("said Williams afterwards": the adverb is no part of the name)
    if j == 0:
        return None
    last = j - 1
    has_cap = any(_is_cap(toks[k][0]) and not _is_possessive(toks[k][0]) for k in range(0, j))
    if not has_cap and j + 1 < len(toks) and toks[j][0] == "," and _is_cap(toks[j + 1][0]):
        k = j + 1
        while k < len(toks) and (_is_cap(toks[k][0]) or toks[k][0].lower() in _NAME_JOINERS):
            k += 1
        last = k - 1
    while last > 0 and toks[last][0].lower() in _DETERMINERS_OF:
        last -= 1
    return 0, last


def _described_name(toks) -> bool:
    """True when the tokens open with a lower-case description before a name: "conservative
    activist Bob Klaus", "pollster Frank Luntz", "lobbyist and GOP strategist Charlie Black"
    (a pre-posed appositive title without a determiner, Quirk et al. 1985 §17.89)."""
    for n, (tok, _s, _e) in enumerate(toks[:6]):
        if _is_cap(tok) and n + 1 < len(toks) and toks[n + 1][0].islower() and n > 0 and (
                toks[n + 1][0] in _PERSON_NOUNS):
            continue  # "former Pennsylvania governor Ed Rendell": a proper modifier of the title
        if _is_cap(tok):
            return n > 0 and n + 1 < len(toks) and _is_cap(toks[n + 1][0])
        if not (_is_word(tok) and tok.islower()) or tok == "of" or (
                tok in _STOPWORDS and tok != "and"):
            return False
    return False


def _skip_parenthesis(text: str, pos: int, end: int) -> int:
    """Position after a short parenthesis right at ``pos`` ("Dick Durbin (D-Ill.) in an
    interview"), or ``pos`` when there is none."""
    m = _PARENTHESIS.match(text, pos, end)
    return m.end() if m is not None else pos


_PARENTHESIS = re.compile(r"\s*\([^()\n]{1,40}\)")


#: irregular past forms that end a subject read forward ("The agency sent …")
_IRREGULAR_PAST = frozenset(
    """said told made took gave went came got sent began held left spent won lost met sought
    brought kept put ran saw struck spoke wrote became found stood drew paid""".split())


def _relative_subject(toks, i: int) -> tuple[int, int] | None:
    """Subject before a relative clause closed by the comma at ``i``: "Barkley, who said he
    votes Democratic, said …" → Barkley; "the Defense Ministry, which often blusters, said"; a
    description opening the clause ("The bulletin, which was confirmed by officials, warns")."""
    commas = 0
    for k in range(i - 1, max(-1, i - 40), -1):
        if toks[k][0] in ".;:!?" or toks[k][0] in _QUOTE_MARKS:
            return None
        if toks[k][0] == ",":
            if k + 1 < i and toks[k + 1][0].lower() in ("who", "whose", "which") and k > 0:
                walk = _np_backward(toks, k - 1)
                if walk is not None and (_is_cap(toks[walk[1]][0]) or (
                        toks[walk[0]][0].lower() in ("the", "a", "an") and walk[2] < 0 and not any(
                            _is_cap(t[0]) for t in toks[walk[0] + 1 : walk[1] + 1]))) and not (
                        toks[k + 1][0].lower() == "which" and toks[walk[2]][0] == ","
                        and toks[walk[0]][0].lower() not in _DETERMINERS):
                    return toks[walk[0]][1], toks[walk[1]][2]  # (not the body an apposition
                    # names: "Aaron Belkin, director of the Palm Center, which …, said")
                return None
            commas += 1
            if commas > 3 or not (_is_cap(toks[k + 1][0]) or toks[k + 1][0].lower() in (
                    "in", "on", "at", "during", "after", "before", "since")):
                return None  # (past "Aurora, Colorado, in July 2012," inside the clause)
    return None


def _drop_aside(toks: list, comma: bool = False) -> list:
    """Tokens before a verb without a parenthesis or dashed aside that ends right before it:
    "Sen. Bernie Sanders (I-Vt.) said", "Many speakers — including Jews — said"; also a
    parenthesis followed by a comma after a name ("Sen. Jack Reed (D-R.I.), said") with
    ``comma`` (not before a participle: "Sen. X (D-Ill.), noting …, said")."""
    if comma and (k := _conjunct_start(toks)) > 0:
        return toks[:k]  # "Proponents of the bill, however, say": a parenthetical conjunct
    if comma and len(toks) > 4 and toks[-1][0] == "," and (toks[-2][0] in ("%", "percent") and (
            toks[-3][0][:1].isdigit()) and toks[-4][0] == ","):
        return toks[:-4]  # "A third of independents, 33%, say": the share in apposition
    if comma and (bare := _unquoted_relative(toks)) is not None:
        toks = bare  # "Humphrey, who calls Trump a “sociopath,” said": the relative clause's
    if comma and len(toks) > 3 and toks[-1][0] == "," and toks[-2][0] == ")":
        # "Sen. Jack Reed (D-R.I.), said": the comma closes the parenthesis, not an appositive
        inner = _drop_aside(toks[:-1])
        if len(inner) < len(toks) - 1 and inner and _is_cap(inner[-1][0]):
            return inner
    last = toks[-1][0] if toks else ""
    if last == ")" or last in _DASHES or last == "-":  # (a hyphen set off by spaces is a dash)
        opener = "(" if last == ")" else None
        for k in range(len(toks) - 2, max(-1, len(toks) - 30), -1):
            tok = toks[k][0]
            if (opener and tok == opener) or (opener is None and tok == last):
                return toks[:k] if k > 0 else toks
    return toks


def _lower_aside(toks: list, k: int) -> bool:
    """True when the dashed aside closed at ``toks[k]`` opens with a lower-case word ("Mr
    Yushchenko - keen to reassure investors - had said"), not with a name in apposition
    ("Another player … - Jimmy White - has admitted": the name is the speaker)."""
    opener = next((m for m in range(k - 1, max(-1, k - 30), -1) if toks[m][0] == toks[k][0]), -1)
    return 0 <= opener < k - 1 and toks[opener + 1][0][:1].islower()


def _unquoted_relative(toks: list) -> list | None:
    """The tokens without the marks of a short quotation that closes a relative clause right
    before the verb ("Humphrey, who calls Trump a “sociopath,” said he …"), so that the subject
    walk passes the clause as it passes one without quotation marks; None when the tokens do not
    end so (a quotation whose clause opens no ", who"/", which" is the verb's own: "“…,” said")."""
    if len(toks) < 6 or toks[-1][0] not in "”\"" or toks[-2][0] != ",":
        return None
    opening = next((k for k in range(len(toks) - 3, max(-1, len(toks) - 15), -1)
                    if toks[k][0] in _QUOTE_MARKS), -1)
    if opening < 3 or toks[opening][0] not in "“\"" or any(
            t[0] in _QUOTE_MARKS for t in toks[:opening]):
        return None
    relative = next((k for k in range(opening - 1, 0, -1)
                     if toks[k][0].lower() in ("who", "which", "whose")), -1)
    if relative < 1 or not any(t[0] == "," for t in toks[:relative]):
        return None  # (", who …" or an apposition's ", a critic who …")
    return toks[:opening] + toks[opening + 1 : -2] + toks[-2:-1]


#: newspapers named "… on Sunday" (UK weeklies)
_SUNDAY_MASTHEADS = frozenset("Mail Independent Scotland Wales".split())


def _before_time(toks, i: int, comma: bool = False) -> int:
    """Index of the last token before a time adverbial that ends at ``i`` ("Clinton on Tuesday
    said", "Trump last week said"; with ``comma`` also the comma of an apposition: "Ryan, the
    Speaker, on Tuesday called"), or ``i`` itself when there is none."""
    j, n = i, 0
    while j >= 0 and n < 4 and (toks[j][0].lower() in _TIME_WORDS or (
            n and toks[j][0].isdigit()) or (n and toks[j][0].rstrip(".").lower() in _TIME_WORDS)):
        j -= 1
        n += 1
    if n == 0 or not any(toks[k][0].lower() in _WEEK_WORDS for k in range(j + 1, i + 1)):
        return i
    if j >= 0 and toks[j][0].lower() in ("on", "in", "at", "earlier", "late", "early"):
        if toks[j][0] == "on" and j > 0 and toks[j - 1][0] in _SUNDAY_MASTHEADS:
            return i  # "The Mail on Sunday said": a newspaper's name, no time
        j -= 1
    if j >= 0 and (_is_word(toks[j][0]) and toks[j][0].lower() not in _STOPWORDS or (
            comma and toks[j][0] in ",)")):  # (")": "Sanders (I-Vt.) on Saturday said")
        return j
    return i


#: heads of a clause-opening "The …" that a long appositive may follow before the verb
_APPOSED_HEADS = _SPEAKER_HEADS | _ORG_WORDS | _DOCUMENT_NOUNS | frozenset(
    "newspaper paper magazine website site outlet".split())


def _appositive_name(toks, i: int) -> tuple[int, int, int] | None:
    """The capitalised name opening the clause before a long appositive that ends with the comma
    at ``i`` ("Rep. Bobby Scott (D-Va.), ranking member of … and one of …, said"; "Lance Beebe, 49,
    a Navy veteran who …, said"): up to three commas and 45 tokens back, no quotation mark."""
    commas = 0
    for k in range(i - 1, max(0, i - 45), -1):
        t = toks[k][0]
        if t in _QUOTE_MARKS:
            return None
        if t != ",":
            continue
        commas += 1
        if commas > 3:
            return None
        j = k - 1
        if j > 0 and toks[j][0] == ")":  # "Rep. Bobby Scott (D-Va.),"
            j = next((n for n in range(j - 1, max(-1, j - 8), -1) if toks[n][0] == "("), 0) - 1
        name = _np_backward(toks, j) if j >= 0 else None
        if name is not None and _is_cap(toks[name[1]][0]) and not _demonym(toks[name[1]][0]) and (
                name[2] < 0 or toks[0][0].lower() in _INTRO_TIME):
            return name
        if name is not None and name[0] == 0 and toks[0][0] == "The" and toks[name[1]][
                0].lower() in _APPOSED_HEADS:
            return name  # "The newspaper, long a vocal advocate of …, writes": the clause opens
    return None


def _antecedent(toks, k: int) -> tuple[int, int, int] | None:
    """The noun phrase a relative pronoun after token ``k`` refers to: the subject walk, else the
    run of capitalised words before it ("a reaction from President Barack Obama, who …"); a
    share of a poll ("including 18% who say …")."""
    if k > 0 and toks[k][0] == "%" and toks[k - 1][0][:1].isdigit():
        return k - 1, k, k - 2
    if k < 0 or not _is_word(toks[k][0]):
        return None
    walk = _np_backward(toks, k)
    if walk is not None:
        return walk
    j = k
    while j >= 0 and _is_word(toks[j][0]) and (
            _is_cap(toks[j][0]) or toks[j][0].lower() in _NAME_JOINERS) and k - j < 6:
        j -= 1
    if j == k or not _is_cap(toks[j + 1][0]):
        return None
    return j + 1, k, j


def _starts_clause(after_toks) -> bool:
    """True when the words after a verb plainly open a clause: a subject pronoun, a determiner
    followed by a word, or a capitalised name followed by a lower-case word ("Trump is …")."""
    if len(after_toks) < 2:
        return False
    t0, t1 = after_toks[0][0], after_toks[1][0]
    if ("’" in t0 or "'" in t0) and t0.lower().split("’")[0].split("'")[0] in _PRONOUN_OPENERS:
        return True  # "he’ll", "they're"
    if (t0.lower() in _CLAUSE_OPENERS or t0.lower() in ("a", "an", "that")) and _is_word(t1) or (
            t0.lower() == "that" and t1 == ","):
        return True  # ("say that …", "say that, in addition to …": a content clause)
    if t0[:1].isdigit() and t1.islower() and t1 not in _STOPWORDS:
        return True  # "says 34,570 citizens cast …", "says 60 percent …"
    return _is_cap(t0) and t0.lower() not in _STOPWORDS and t1.islower() and t1 not in _STOPWORDS



#: auxiliaries and copulas: inside a subject only after a relative pronoun ("voters who have …")
_AUX_IN_SUBJECT = frozenset(
    "is was are were has have had will would could can may might should must shall do does did"
    .split())

