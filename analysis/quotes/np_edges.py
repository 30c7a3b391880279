"""The edges of a subject noun phrase walked back from its verb (:mod:`analysis.quotes.phrases`).

Internal to :func:`analysis.quotes.quotes`: where a subject begins after a time phrase or a
courtesy title, shares of a poll ("six in 10 voters"), affiliations ("a producer for Yahoo"),
coordinated roles ("the writer and broadcaster") and a pronoun joined to a name ("he and Mr.
Allen"). Closed word classes stand in for a parser (Quirk et al. 1985 §17.2-17.10).
"""

from __future__ import annotations

from .lexicons import _PLACED
from .words import (
    _APPROXIMATE,
    _DETERMINERS,
    _STOPWORDS,
    _WEEKDAYS,
    _is_cap,
    _is_number,
    _is_word,
)

#: subject pronouns that open a coordinated subject with a name ("he and Mr. Allen said")
_PAIRED = frozenset("he she they".split())


def _paired_pronoun(toks, j: int, i: int) -> int:
    """2 when the walk back over a subject stopped at "and" (token ``j``) after a subject
    pronoun: "he and Mr. Allen", "she and another reporter" are one subject; else 0."""
    return 2 if 0 < j < i and toks[j][0].lower() == "and" and toks[j - 1][0].lower() in (
        _PAIRED) else 0


def _joined_roles(toks, j: int) -> bool:
    """True when "and" at ``j`` joins two parts of one subject: capitalised words ("Johnson and
    Johnson") or one person's two roles; not a pronoun and a name ("he and Mr. Allen")."""
    return toks[j - 1][0].lower() not in _PAIRED and (_is_cap(toks[j - 1][0]) and _is_cap(
        toks[j + 1][0]) or _coordinated_nouns(toks, j) or _plural_pair(toks, j))


def _plural_pair(toks, j: int) -> bool:
    """True when "and" at ``j`` joins two groups of people in lower case ("teachers and union
    officials", "lawmakers and aides"): a plural agent or role noun before it."""
    left, right = toks[j - 1][0].lower(), toks[j + 1][0]  # ("Lawmakers and aides": a capital
    return right.islower() and left.endswith("s") and (  # that opens the sentence)
        left not in _STOPWORDS) and (_agent_noun(left) or left[:-1] in _GROUP_ROLES)


#: singular role nouns whose plural joins another group ("officials and aides")
_GROUP_ROLES = frozenset("""official aide adviser advisor lawmaker teacher worker voter
    activist leader member expert analyst economist resident protester student parent officer
    diplomat legislator senator supporter critic source""".split())


def _coordinated_nouns(toks, j: int) -> bool:
    """True when "and" at ``j`` joins two singular lower-case nouns of one definite description
    ("the writer and broadcaster"): a determiner "the" a few words before."""
    left, right = toks[j - 1][0], toks[j + 1][0]
    return left.islower() and right.islower() and _is_word(left) and right not in _DETERMINERS and (
        left not in _STOPWORDS and not right.endswith("s")) and any(
            toks[k][0].lower() == "the" for k in range(max(0, j - 4), j - 1))


def _subject_edge(toks, j: int, i: int, loose: bool) -> int:
    """Where a subject walked back over capitalised words begins, at token ``j``, when an
    adverbial written without a comma stands before it: 1 after a weekday of a time phrase ("But
    on Wednesday Prime Minister Yulia Tymoshenko said"), 2 at a courtesy title after another
    capitalised word ("with Tanzania Mr Brown said", "Speaking in Harrogate Mr Kennedy said");
    0 otherwise."""
    if loose or not 0 < j < i or not _is_cap(toks[j + 1][0]):
        return 0
    low = toks[j][0].lower()
    if low in _WEEKDAYS and toks[j - 1][0].lower() in ("on", "last", "this", "next", "late"):
        return 1
    return 2 if low in _COURTESY and _is_cap(toks[j - 1][0]) else 0


#: courtesy titles, with or without a period (British style: "Mr Brown")
_COURTESY = frozenset("mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady".split())
#: comparatives before "than" and a share ("more than half of voters said")
_COMPARATIVES = frozenset("more less fewer".split())
_FRACTIONS = frozenset("half third thirds quarter quarters".split())


def _share_number(tok: str) -> bool:
    """True for a number or a fraction word that opens a share ("half", "a third")."""
    return _is_number(tok) or tok.lower() in _FRACTIONS


def _share_prefix(toks, j: int, i: int) -> int:
    """Tokens to walk back over at the preposition ``j`` inside a poll share ("about four in
    10", "six in 10", "more than half": 2 for "more than"), or 0."""
    low = toks[j][0].lower()
    if j + 1 > i or not _share_number(toks[j + 1][0]):
        return 0
    if low in _APPROXIMATE or (low == "in" and j > 0 and _is_number(toks[j - 1][0])):
        return 1
    return 2 if low == "than" and j > 0 and toks[j - 1][0].lower() in _COMPARATIVES else 0


#: prepositions that are also subordinating conjunctions (Quirk et al. 1985, §14.12): the noun
#: phrase after them, right before a finite verb, is that clause's subject
_CONJUNCTION_PREPS = frozenset("after before until".split())
#: prepositions that tie a person to a body ("a producer for Yahoo", "an analyst at the bank")
_AFFILIATION = frozenset("for at with of in".split())
_AGENT_END = ("er", "or", "ist", "ian", "ant", "ent")


def _agent_noun(tok: str) -> bool:
    """A lower-case noun with an agent suffix ("producer", "investor", "strategist")."""
    if tok.endswith("s") and not tok.endswith("ss"):
        tok = tok[:-1]  # "bundlers in both parties"
    return tok.islower() and len(tok) > 5 and tok.endswith(_AGENT_END) and tok not in _STOPWORDS


#: documents whose author follows "by" or "from" inside the subject ("A report by Oxfam said")
_AUTHORED_HEADS = frozenset("""report reports study survey poll analysis review statement letter
    memo paper audit investigation""".split())


def _preposition_inside(toks, j: int) -> bool:
    """True when the preposition at ``j`` stays inside the subject noun phrase: an adjective
    after an article ("an inside source", "an outside adviser") or the author of a document
    ("a report by Oxfam", "a statement from the ministry")."""
    low, prev = toks[j][0].lower(), toks[j - 1][0].lower() if j > 0 else ""
    return (low in ("inside", "outside") and prev in ("a", "an", "the")) or (
        low in ("by", "from") and prev in _AUTHORED_HEADS) or _placed_in(toks, j)


def _placed_in(toks, j: int) -> bool:
    """True when the "in" at ``j`` places the people before it ("Officials in Washington",
    "Police in the city"): the phrase is theirs, not the place's."""
    return j > 0 and toks[j][0].lower() == "in" and toks[j - 1][0].lower() in _PLACED


_POSSESSIVE_DETS = frozenset("his her their its our my your".split())
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten dozen".split())


def _no_head(words: list[str]) -> bool:
    """True when the lower-cased words of a subject have no head noun: determiners only, or a
    number after a possessive ("her five proposed bills": "proposed" is an adjective there)."""
    return all(w in _DETERMINERS for w in words) or len(words) > 1 and words[0] in (
        _POSSESSIVE_DETS) and all(_is_number(w) or w in _NUMBER_WORDS for w in words[1:])


_NAME_ADVERBS = frozenset("""afterwards afterward later earlier then too also again once today
    yesterday tonight recently previously""".split())


def _after_name_adverb(tok: str) -> bool:
    """True for an adverb written after an inverted speaker's name ("said Williams afterwards",
    "said Smith later"): lower case, a time adverb or a word in -ly."""
    return tok.islower() and (tok in _NAME_ADVERBS or len(tok) > 4 and tok.endswith("ly"))


def _serial_comma(toks, j: int, i: int) -> bool:
    """True when the comma at ``j`` is inside a body's name of three parts joined by "and": a
    capitalised word after "for" or "of" before it, capitalised words and "and" after it ("the
    Department for Culture, Media and Sport", "Department of Environment, Food and Rural
    Affairs")."""
    return toks[j][0] == "," and 2 <= j and _is_cap(toks[j - 1][0]) and toks[j - 2][0] in (
        "for", "of") and "and" in [t[0] for t in toks[j + 1 : i + 1]] and all(
            _is_cap(t[0]) or t[0] == "and" for t in toks[j + 1 : i + 1])
