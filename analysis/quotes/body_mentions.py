"""Firms and bodies an article names without quoting them, for :mod:`analysis.quotes`.

Internal to :func:`analysis.quotes.quotes`. A business story often names its firm once, in the
lead ("Shares in Krispy Kreme Doughnuts have taken a dunking …", "engineering group Jarvis"), and
quotes it afterwards only as "the company", "the firm" or "it". When no earlier speaker is a body
such a phrase can refer back to, ``_body_before`` finds the latest firm the text introduced as
one before it: the entity-type constraint of definite-description anaphora (a "company" refers
to a company: Vieira & Poesio 2000, §3; Lee et al. 2013, §3.1), with the firm introduced by its
noun ("oil giant Yukos"), as the company whose shares moved ("Shares in X"), by an apposition
("Standard Life, Europe's largest mutual life insurer, …") or by a company's legal suffix ("X
Inc", "Y plc").
"""

from __future__ import annotations

import bisect
import functools
import re

from .words import _BODY_INTRO, _demonym

# a capitalised name of up to five words on one line, "&" and "of" inside ("Marsh & McLennan",
# "Bank of Scotland"), no possessive at its end and no full stop inside a word's end ("… agency
# EGYNews. It also …" is no name "EGYNews. It")
_WORD = r"[A-Z][\w\-]*(?:\.[A-Z][\w\-]*)*"
_NAME = rf"{_WORD}(?:[ \t]+(?:&[ \t]+|of[ \t]+(?:the[ \t]+)?)?{_WORD}){{0,4}}(?![\w’'])"
_INTRODUCED = re.compile(
    rf"\b(?:(?i:{_BODY_INTRO})[ \t]+(?P<a>{_NAME})"  # "engineering group Jarvis"
    rf"|(?i:shares)[ \t]+(?:in|of)[ \t]+(?P<b>{_NAME})"  # "Shares in Krispy Kreme Doughnuts"
    rf"|(?P<c>{_NAME})[ \t]+(?:Inc|Corp|Corporation|plc|PLC|Ltd|AG|SA|NV|LLC|Co|Holdings)\b"
    # "Standard Life, Europe's largest mutual life insurer, …", "Stena Bulk, the company that
    # owns the Stena Impero, said" (opening its sentence)
    rf"|(?:^|(?<=[.!?]\s)|(?<=\n))(?P<d>{_NAME}),[ \t]+(?:the|an?|[A-Z][\w.\-]*[’']s)\s+"
    rf"(?:[\w\-]+\s+){{0,4}}?(?P<dk>(?i:{_BODY_INTRO}))(?:\s*[,.;]|\s+(?:that|which)\b))")
#: a word of the sentence right before a match: the match does not open its sentence
_MID_SENTENCE = re.compile(r"[\w,’']\s*\Z")
#: words that open no firm's name (a capitalised word of the sentence, a day, a title)
_NOT_NAME = frozenset("""The A An This That These Those It Its He She They We I In On At For
    But And Shares Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mr Mrs Ms Dr""".split())
_TITLES = frozenset("""Chief Executive President Director Chairman Chairwoman Chair Head Boss
    Spokesman Spokeswoman Minister Secretary Governor Officer""".split())
#: kinds of body an anaphor's head asks for; any other head ("company", "firm", "group", "it")
#: takes the latest firm of any kind
_KINDS = {"bank": ("bank", "lender"), "lender": ("bank", "lender"),
          "airline": ("airline", "carrier"), "carrier": ("airline", "carrier"),
          "insurer": ("insurer",), "retailer": ("retailer", "chain", "supermarket"),
          "broadcaster": ("broadcaster", "network"), "network": ("broadcaster", "network"),
          "regulator": ("regulator", "watchdog"), "watchdog": ("regulator", "watchdog")}
#: characters back within which "it" may refer to a firm the text introduced
_IT_REACH = 600
#: words in a firm's own name that tell its kind ("Barclays Bank", "British Airways")
_NAME_KINDS = {"bank": ("Bank",), "lender": ("Bank",), "airline": ("Airways", "Airlines", "Air"),
               "carrier": ("Airways", "Airlines", "Air"), "insurer": ("Insurance", "Life")}


@functools.lru_cache(maxsize=16)
def _bodies_named(text: str) -> tuple[list[int], list[tuple[str, str]]]:
    """(starts, [(name, kind)]) of the firms ``text`` introduces as firms, in text order (kind:
    the noun that introduced it, lower case, or "" for shares and suffixes)."""
    starts, found = [], []
    for m in _INTRODUCED.finditer(text):
        group = next(g for g in "abcd" if m.group(g))
        name, start = m.group(group).strip(), m.start(group)
        words = name.split()
        if words[0] in _NOT_NAME or len(name) < 2 or _TITLES & set(words) or (
                len(words) == 1 and _demonym(name)):
            continue  # (not "the company Chief Executive John Smith", "Shares in Anglo-Swedish
            # drug firm …")
        kind = m.group()[: start - m.start()].split()[0] if group == "a" else (
            m.group("dk") if group == "d" else "")
        if group == "a" and kind[0].isupper() and _MID_SENTENCE.search(
                text, max(0, m.start() - 3), m.start()):
            name, start = f"{kind} {name}", m.start()  # "linked to Bank One": the noun is the
            # name's own
        starts.append(start)
        found.append((name, kind.lower()))
    return starts, found


def _body_before(text: str, pos: int, head: str) -> str | None:
    """The name of the latest firm introduced before ``pos`` that a speaker phrase with head
    ``head`` ("company", "bank", "it") can refer to, or None.

    >>> _body_before("Shares in Krispy Kreme fell. The firm said so.", 30, "firm")
    'Krispy Kreme'
    """
    starts, found = _bodies_named(text)
    want = _KINDS.get(head)
    for k in range(bisect.bisect_left(starts, pos) - 1, -1, -1):
        name, kind = found[k]
        if head == "it" and pos - starts[k] > _IT_REACH:
            return None  # ("it" is read only near the firm's name)
        if want is None or kind in want or any(w in name.split() for w in _NAME_KINDS.get(
                head, ())):
            full = next((n for n, _k in found[:k] if n.startswith(name + " ")), name)
            return full  # ("Krispy Kreme" after "Krispy Kreme Doughnuts": the full name)
    return None


def _is_named_body(text: str, name: str) -> bool:
    """True when ``text`` introduces ``name`` as a firm ("Shares in Krispy Kreme Doughnuts")."""
    return any(n == name for n, _k in _bodies_named(text)[1])


#: an apposition after a name that says it is a firm ("Stena Bulk, the company that owns …")
_FIRM_APPOSITION = re.compile(rf",\s+(?:the|an?)\s+(?:[\w\-]+\s+){{0,4}}?(?i:{_BODY_INTRO})\b")


def _firm_apposed(text: str, end: int) -> bool:
    """True when the name ending at ``end`` is followed by an apposition that calls it a firm."""
    return _FIRM_APPOSITION.match(text, end) is not None
