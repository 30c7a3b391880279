"""Players named on a team sheet: "G Murphy; G Dempsey, B O'Driscoll (capt), S Horgan …".

Internal to :func:`analysis.actor_dictionary.candidate_spans` (heuristic path). Sports reports
close with the line-ups, each player as an initial and a surname with no full stop ("G Murphy")
— a form the capitalised-sequence heuristic (:mod:`analysis.person_names`) does not read, as a
lone capital letter is no word of a name in prose ("A Foley" could open a sentence). On a line
that lists at least four of them, separated by commas or semicolons, each is a person (the
line-up format of BBC, Press Association and wire sports copy).
"""

from __future__ import annotations

import re

#: an initial and a surname, then a separator (a captaincy or a substitution in brackets allowed)
_PLAYER = re.compile(r"(?:(?<=^)|(?<=[\n;,:]\s)|(?<=[\n;,:]))([A-Z] [A-Z][\w’'\-]+)"
                     r"(?=\s*(?:\([^)\n]{0,20}\))?\s*(?:[;,.]|\n|$))")
_MIN_PLAYERS = 4
_ANY_PLAYER = re.compile(r"[;,] [A-Z] [A-Z][\w’'\-]+\s*[;,]")


def team_sheet_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, "person")`` of each player on a line listing at least four.

    >>> t = "Ireland: G Murphy; G Dempsey, B O'Driscoll (capt), S Horgan, D Hickie."
    >>> [t[s:e] for s, e, _k in team_sheet_spans(t)]
    ['G Murphy', 'G Dempsey', "B O'Driscoll", 'S Horgan', 'D Hickie']
    """
    if _ANY_PLAYER.search(text) is None:  # (one scan: most texts have no team sheet)
        return []
    out = []
    for line in re.finditer(r"[^\n]+", text):
        found = [(m.start(1), m.end(1), "person")
                 for m in _PLAYER.finditer(text, line.start(), line.end())]
        if len(found) >= _MIN_PLAYERS:
            out += found
    return out
