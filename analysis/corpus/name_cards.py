"""Name cards glued into an article's sentences (The Hill's web pages), for
:mod:`analysis.corpus.boilerplate`.

Internal. A politician's hover card is copied with the name that carries it: "Jerrold Nadler
Jerrold (Jerry) Lewis NadlerHouse to vote on … MORE (D-N.Y.) said". Left in, it splits the name,
adds three headlines to the sentence and gives the quotation finder headlines to read ("Speier
says impeachment inquiry shows …"). Found in 103 of the 4,427 AllSides articles (342 cards, all
from The Hill; none elsewhere), 2026-12-06.
"""

from __future__ import annotations

import re

# a politician's hover card copied with the name (The Hill's web pages): the name as written,
# the full name (glued to it or not) and three headlines about them, then "MORE": "Jerrold Nadler
# Jerrold (Jerry) Lewis NadlerHouse to vote on … MORE (D-N.Y.) said". The full name ends with the
# written surname (or the surname follows "MORE": "Sarah Huckabee Sarah Elizabeth SandersBill
# Press: … MORE Sanders told"); the name as written stays
_CARD_WORD = r"(?:[A-Z](?:[a-z][\w'’-]*\.?|\.)|\([A-Z][\w.'’ -]{1,20}\))"
_CARD_NAME = _CARD_WORD + r"(?: " + _CARD_WORD + r"){0,4}?"
_NAME_CARD = re.compile(
    r"\b([A-Z][a-z][\w'’-]*)( ?" + _CARD_NAME + r" \1[^\n]{0,600}? MORE\b|"
    r" " + _CARD_NAME + r" ([A-Z][a-z][\w'’-]*?)[^\n]{0,600}? MORE(?= \3\b))")


def _strip_name_cards(s: str) -> tuple[str, list[str]]:
    """``s`` without its name cards, and the cards. When the next word also reads as the
    written name, it is ("Robert Mueller Robert (Bob) Swan Mueller…": the card is "Robert (Bob)
    Swan Mueller…", not "Mueller Robert …")."""
    out, cards, pos = [], [], 0
    while (m := _NAME_CARD.search(s, pos)) is not None:
        while (later := _NAME_CARD.search(s, m.end(1), m.end())) is not None and (
                later.end() == m.end() and later.start() <= m.end(1) + 1):  # the next word
            m = later
        out.append(s[pos : m.end(1)])
        cards.append(m.group(2).strip())
        pos = m.end()
    return "".join(out) + s[pos:], cards
