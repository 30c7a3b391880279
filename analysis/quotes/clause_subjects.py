"""The subject of a clause read forward, for :mod:`analysis.quotes`: who speaks in "…, saying",
"… and said", "…, adding".

Internal to :func:`analysis.quotes.quotes`. A participle or a coordinated verb continues the
clause it is attached to, so its speaker is that clause's subject, read from the clause start
(``_np_forward`` of :mod:`analysis.quotes.phrases`) past an introductory phrase, a dateline or a
quotation with its own attribution; with ``common`` also a subject of common nouns ("The agency
declined to comment, saying …"). Closed word classes stand in for a parser (Quirk et al. 1985
§2.13: the finite verb closes the noun phrase).
"""

from __future__ import annotations

from .lexicons import _census_sex
from .phrases import _AUX_IN_SUBJECT, _IRREGULAR_PAST, _np_forward
from .places import _place_names
from .verbgroup import _CONJUNCTS
from .words import (
    _CLOSE_MARKS_Q,
    _DETERMINERS,
    _INTRO,
    _INTRO_PREP_TIME,
    _OPEN_MARKS_Q,
    _STOPWORDS,
    _SUBJECT_PRONOUNS,
    _TIME_WORDS,
    _introduces_body,
    _is_adverb,
    _is_cap,
    _is_word,
)

#: nouns a name modifies, heading the subject ("the Obama administration", "the Trump campaign")
_HEAD_AFTER_NAME = frozenset("""administration government campaign team family camp office
    spokesman spokeswoman spokesperson lawyers lawyer attorneys aides""".split())
#: adverbs of time that open a sentence's adverbial, and the words that go on with it
#: ("Immediately after the attacks,", "Early in the campaign,")
_LEAD_ADVERBS = frozenset("Immediately Early Late Earlier Later Soon Shortly Recently Previously "
                          "Initially Originally".split())
_ADVERB_THEN = frozenset("after before during following since amid upon when while as in on at "
                         "this last next".split())
_RELATIVES = frozenset("which who whom whose where when".split())
#: words after a capitalised "-ing"/"-ed" word that make it a subject, not a participle: "Boreing
#: said", "Manning has"
_FINITE_NEXT = frozenset("""said says told tells added is was are were has have had will would
    could can and or""".split())


_SUBORDINATORS = frozenset("as while when whenever although though because since after before if "
                           "unless once".split())


def _clause_subject(tk, start: int, end: int, common: bool = False) -> tuple[int, int] | None:
    """Subject of the clause that begins at ``start`` (for "…, saying" and "… and said"); with
    ``common`` (a participle) also a subject of common nouns ("The agency declined …, saying")."""
    toks = tk(start, end)
    k = 0
    if k < len(toks) and toks[k][0] in _OPEN_MARKS_Q:
        said = _attribution_after_quote(toks)
        if said is not None:
            return said
        k += 1
    k += _time_lead(toks, k)  # "A few minutes later they reversed themselves and said …"
    if k < len(toks) and (toks[k][0].lower() in _SUBORDINATORS or _time_before(toks, k)):
        stop = next((n for n in range(k + 1, min(len(toks), k + 45)) if toks[n][0] == ","), None)
        k = stop + 1 if stop is not None else k  # "As Hillary Clinton exchanged accusations …,
        # Mitt Romney released …", "Years after …, Obama won": the main clause's subject
    if k + 1 < len(toks) and toks[k][0] in ("But", "And", "Yet", "So") and _is_cap(toks[k + 1][0]):
        k += 1  # "But Ashok Koul, chief spokesman of the BJP, defended …, insisting": the name
    if k + 1 < len(toks) and toks[k][0] in _LEAD_ADVERBS and toks[k + 1][0].lower() in (
            _ADVERB_THEN) and "," in [t[0] for t in toks[k : k + 12]]:
        k += 1  # "Immediately after the attacks, Trump issued …": the adverbial goes on
    head = [t[0] for t in toks[k : k + 15]]
    dateline = head and head[0].isupper() and len(head) > 1 and head[1] == ":"  # "MOSCOW:"
    participle = len(head) > 1 and head[0][:1].isupper() and head[0].lower().endswith(
        ("ing", "ed")) and len(head[0]) > 4 and head[1][:1].islower() and (
        head[1] not in _FINITE_NEXT) and "," in head  # "Walking a fine
    # line, Kerry warned … but said" (not "Boreing said")
    adverb = "," in head[1:3] and (any(_is_adverb(w.lower()) for w in head[: head.index(
        ",")]) or head[0].lower() in _TIME_WORDS or head[0].lower() in ("late", "early") and (
            head[1].lower() in _TIME_WORDS))  # "More recently,", "Thursday night,", "Late Monday,"
    if head and (head[0].lower() in _INTRO or dateline or participle or adverb or len(
            head) > 1 and (head[1] == "," and head[0].lower() in _CONJUNCTS)):  # "Instead, he
        # was back to boasting …, pledging"; "Publicly, the nominee feuds …, calling"
        stop = next((n for n, t in enumerate(head) if t in ",:" and not (
            participle and n + 1 < len(head) and head[n + 1].lower() in _RELATIVES)), None)
        if stop is not None and stop < 12:
            k += stop + 1
            place = next((n for n in range(k, min(len(toks), k + 4)) if toks[n][0] == ","), -1)
            if place > k and " ".join(t[0] for t in toks[k:place]) in _place_names() and (
                    toks[k - 2][0][:1].isupper()) and place + 1 < len(toks):  # "In Salem, New
                k = place + 1  # Hampshire, Trump went after Bush": the state after the city
                when = next((n for n in range(k, min(len(toks), k + 4)) if toks[n][0] == ","), -1)
                if when > k and toks[k][0].lower() in _TIME_WORDS:
                    k = when + 1  # "…, Indiana, Thursday evening, Trump complained"
            if k + 1 < len(toks) and toks[k][0] in _CONJUNCTS and toks[k + 1][0] == ",":
                k += 2  # "Recently, however, it issued …"
        else:
            while k < len(toks) and (
                toks[k][0].lower() in _INTRO_PREP_TIME
                or toks[k][0].isdigit()
                or toks[k][0].lower() in _DETERMINERS
            ):
                k += 1
    span = _np_forward(toks, k) or (_common_np_forward(toks, k) if common else None)
    if span is None:
        return None
    end = _firm_after_modifier(toks, span[1])
    if end + 1 < len(toks) and toks[end + 1][0] in _HEAD_AFTER_NAME:
        end += 1  # "The Obama administration has endorsed …, saying": the administration
    if end + 2 < len(toks) and toks[end + 1][0] == "," and not _personal_name(toks, span[0], end):
        # "The party's Holyrood leader, Nicola
        n = end + 2  # Sturgeon, welcomed the move but added …": the name in apposition too
        while n < len(toks) and _is_cap(toks[n][0]):
            n += 1
        if n - end > 3 and n < len(toks) and toks[n][0] == ",":
            end = n - 1
    return toks[span[0]][1], toks[end][2]


def _personal_name(toks, first: int, last: int) -> bool:
    """The phrase is a person's name (a given name in it, no article before: "Rep. Carolyn B.
    Maloney"), whose apposition after a comma ("New York Democrat") is no part of it."""
    return toks[first][0].lower() not in _DETERMINERS and any(
        t[0] in _census_sex() for t in toks[first : last + 1])


def _firm_after_modifier(toks, end: int) -> int:
    """The end of a firm's name introduced by a noun after the name-like modifier ending at
    ``end`` ("Anglo-Dutch consumer goods giant Unilever is to merge …": Unilever, not
    "Anglo-Dutch"); ``end`` when none follows."""
    n = end + 1
    while n < len(toks) and n - end <= 4 and toks[n][0].islower() and not _introduces_body(
            toks[n][0]):
        n += 1
    if n + 1 < len(toks) and _introduces_body(toks[n][0]) and toks[n][0].islower() and _is_cap(
            toks[n + 1][0]):
        n += 1
        while n + 1 < len(toks) and _is_cap(toks[n + 1][0]):
            n += 1
        return n
    return end


#: a fronted time phrase written without a comma: a duration, then "later"/"earlier"/"ago"
_DURATION = frozenset("""a an few several some two three four five six seven eight nine ten
    moments minutes hours days weeks months years moment minute hour day week month year""".split())
_LATER = frozenset("later earlier ago".split())


def _time_lead(toks, k: int) -> int:
    """Tokens of a time phrase that opens the clause at token ``k`` with no comma before the
    subject ("A few minutes later they …", "Two days ago the senator …"), or 0."""
    for n in range(k, min(k + 5, len(toks) - 1)):
        low = toks[n][0].lower()
        if low in _LATER and n > k:
            comma = toks[n + 1][0] == "," and n + 2 < len(toks)  # ("Minutes later, the campaign")
            nxt = toks[n + 1 + comma][0]
            return n + 1 + comma - k if nxt.lower() in _SUBJECT_PRONOUNS or _is_cap(nxt) or (
                nxt.lower() in _DETERMINERS) else 0
        if low not in _DURATION and not low.isdigit():
            return 0
    return 0


def _time_before(toks, k: int) -> bool:
    """True when a fronted clause opens with a time before its subordinator ("Years after Bill
    Clinton claimed …, Obama won", "Shortly after it ruled …, Cruz proposed")."""
    return k + 1 < len(toks) and (toks[k][0].lower() in _DURATION or toks[k][0].lower() in (
        "shortly", "soon", "long", "just")) and toks[k + 1][0].lower() in ("after", "before")


def _finite(tok: str) -> bool:
    """An auxiliary, a past form in -ed or a common irregular past: the verb that closes a
    subject read forward."""
    return tok in _AUX_IN_SUBJECT or tok in _IRREGULAR_PAST or tok.endswith("ed") and tok.islower()


def _common_np_forward(toks, k: int) -> tuple[int, int] | None:
    """A subject of common nouns read forward from token ``k``, for the participle that continues
    its clause: "The departments declined to comment, saying …", "The retired neurosurgeon has
    provided no details, saying …". A determiner and one to six lower-case words (an "of" phrase
    among them: "the families of the company's founders"), then a finite verb: an auxiliary, a
    past form in -ed or an irregular past (no parser: the finite verb closes the noun phrase,
    Quirk et al. 1985 §2.13)."""
    if k >= len(toks) or toks[k][0].lower() not in _DETERMINERS:
        return None
    for n in range(k + 1, min(k + 8, len(toks))):
        tok = toks[n][0]
        if n > k + 1 and _finite(tok):
            return k, n - 1
        if n > k + 1 and _is_adverb(tok):  # "The actor repeatedly refused, …, saying"
            return (k, n - 1) if n + 1 < len(toks) and _finite(toks[n + 1][0]) else None
        if n > k + 1 and tok == "of" or tok in _DETERMINERS and toks[n - 1][0] == "of" or (
                tok.endswith(("’s", "'s")) and tok[:-2].islower()):
            continue  # "the families of the company's founders had mobilized, warning"
        if not (_is_word(tok) and tok.islower()) or tok in _STOPWORDS:
            return None
    return None


def _attribution_after_quote(toks) -> tuple[int, int] | None:
    """The speaker of a clause that opens with a quotation and its attribution: in "“…,” he
    said, noting that …" or "“…,” said Smith, adding …" the participle's subject is "he" /
    "Smith", not the first words of the quotation."""
    close = next((n for n in range(len(toks) - 1, 0, -1) if toks[n][0] in _CLOSE_MARKS_Q), None)
    if close is None:
        return None
    k = close + 1
    if k < len(toks) and toks[k][0] == ",":
        k += 1
    span = _np_forward(toks, k, limit=8) if k < len(toks) else None
    if span is None and k + 1 < len(toks) and toks[k][0].islower() and _is_word(toks[k][0]):
        span = _np_forward(toks, k + 1, limit=8)  # inverted: "“…,” said Smith, adding …"
    if span is None:
        return None
    return toks[span[0]][1], toks[span[1]][2]
