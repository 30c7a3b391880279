"""Places that modify a role, for the speaker resolver (:mod:`analysis.quotes.people`).

Internal to :func:`analysis.quotes.quotes`. A description names its person's place as often as
its role ("the New Jersey governor", "the Vermont senator", "the Ontario premier"), and news
writes the place next to the name in several ways: before a title ("New Jersey Gov. Chris
Christie"), in a party-state tag ("Sen. Bernie Sanders (I-Vt.)", "Marco Rubio, R-Fla.,") or in an
apposition ("Kasich, the Ohio governor,"). Here: the US states and Canadian provinces with their
abbreviations (AP style and postal codes: "Vt." / "VT" → vermont) and the words of a party-state
tag (``_party_state``), so that the modifier check of the resolver — Lee et al. (2013,
Computational Linguistics 39(4), §3.3.1) "compatible modifiers only" — compares the same words
as the places of a description (:func:`analysis.quotes.role_holders._proper_modifiers`).
"""

from __future__ import annotations

import functools
import re

#: US states and Canadian provinces/territories → their AP abbreviations and postal codes
_ABBREVIATIONS = {
    "Alabama": "Ala. AL", "Alaska": "AK", "Arizona": "Ariz. AZ", "Arkansas": "Ark. AR",
    "California": "Calif. Cal. CA", "Colorado": "Colo. CO", "Connecticut": "Conn. CT",
    "Delaware": "Del. DE", "Florida": "Fla. FL", "Georgia": "Ga. GA", "Hawaii": "HI",
    "Idaho": "ID", "Illinois": "Ill. IL", "Indiana": "Ind. IN", "Iowa": "IA",
    "Kansas": "Kan. Kans. KS", "Kentucky": "Ky. KY", "Louisiana": "La. LA", "Maine": "ME",
    "Maryland": "Md. MD", "Massachusetts": "Mass. MA", "Michigan": "Mich. MI",
    "Minnesota": "Minn. MN", "Mississippi": "Miss. MS", "Missouri": "Mo. MO",
    "Montana": "Mont. MT", "Nebraska": "Neb. Nebr. NE", "Nevada": "Nev. NV",
    "New Hampshire": "N.H. NH", "New Jersey": "N.J. NJ", "New Mexico": "N.M. NM",
    "New York": "N.Y. NY", "North Carolina": "N.C. NC", "North Dakota": "N.D. ND",
    "Ohio": "OH", "Oklahoma": "Okla. OK", "Oregon": "Ore. Oreg. OR", "Pennsylvania": "Pa. PA",
    "Rhode Island": "R.I. RI", "South Carolina": "S.C. SC", "South Dakota": "S.D. SD",
    "Tennessee": "Tenn. TN", "Texas": "Tex. TX", "Utah": "UT", "Vermont": "Vt. VT",
    "Virginia": "Va. VA", "Washington": "Wash. WA", "West Virginia": "W.Va. W.Va WV",
    "Wisconsin": "Wis. Wisc. WI", "Wyoming": "Wyo. WY",
    "Ontario": "Ont. ON", "Quebec": "Que. QC", "British Columbia": "B.C. BC",
    "Alberta": "Alta. AB", "Manitoba": "Man. MB", "Saskatchewan": "Sask. SK",
    "Nova Scotia": "N.S. NS", "New Brunswick": "N.B. NB", "Prince Edward Island": "P.E.I. PE",
    "Newfoundland and Labrador": "N.L. Nfld. NL", "Yukon": "YT",
    "Northwest Territories": "N.W.T. NT", "Nunavut": "NU",
}

#: a party-state tag after a name: "(I-Vt.)", ", R-Fla.,", "(D-N.Y.)", "R-Texas"
_PARTY_STATE = re.compile(r"\A(?:,\s*|\s*\()([DRI])-([A-Z][A-Za-z.]*(?: [A-Z][a-z.]+)?)")
_PARTY_WORD = {"D": "democrat", "R": "republican", "I": "independent"}


@functools.lru_cache(maxsize=1)
def _place_names() -> dict[str, str]:
    """Abbreviation or name (as written) → the place's name in lower case."""
    out = {}
    for name, abbrevs in _ABBREVIATIONS.items():
        out[name] = name.lower()
        for a in abbrevs.split():
            out[a] = name.lower()
    return out


def _party_state(text: str, end: int) -> set[str]:
    """The words of a party-state tag right after a name ending at ``end`` ("Sen. Bernie
    Sanders (I-Vt.)" → independent, vermont): the party and the state written out."""
    m = _PARTY_STATE.match(text[end : end + 24])
    if m is None:
        return set()
    state = m.group(2).rstrip(",")
    place = _place_names().get(state) or _place_names().get(state.rstrip(".") + ".")
    if place is None and state.endswith("."):
        place = _place_names().get(state[:-1])
    words = {_PARTY_WORD[m.group(1)]}
    if place:
        words.update(place.split())
    return words
