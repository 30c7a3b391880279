"""One person, one name across a corpus, for :func:`analysis.quotes.attribution` and the explorer.

Internal to :mod:`analysis.quotes` (re-exported by :mod:`analysis.quotes.people`, where it was
before): ``_join_surnames`` maps a full name with a middle name to the same first and last name
when the table has it ("Donald John Trump" → "Donald Trump"), a name after a word that is no
given name to that name ("Counsel Robert Mueller" → "Robert Mueller"), then a lone surname among the
person speakers of a table to the one full name the table gives it ("Trump" → "Donald Trump")
when that name is at least 80 % of the full names ending in it — or, where none ends in it, of
those starting with it ("Ban" → "Ban Ki-moon": a family name written first); names that differ
only in case are one (the corpus-level step of the resolver described in
:mod:`analysis.quotes.people`).
"""

from __future__ import annotations

import bisect
import re

import pandas as pd

from ..person_names import given_name_sex
from .person_scan import _is_subject


def _join_surnames(resolved: pd.Series, kind: pd.Series) -> pd.Series:
    """Across a corpus, "First Middle Last" → "First Last" when the table has that name, and a
    lone surname → the full name that holds ≥ 80 % of its full names."""
    person = kind.astype("string").eq("person").fillna(False).to_numpy(dtype=bool)
    out = resolved.copy()
    names = resolved[person].dropna()
    full = names[names.str.contains(" ", regex=False)]
    known = set(full.unique())
    middle = {n: f"{n.split()[0]} {n.split()[-1]}" for n in known if len(n.split()) > 2}
    middle = {n: s for n, s in middle.items() if s in known}
    middle.update(_leading_words(full))
    if middle:  # a middle name written once in a while ("Donald John Trump"), a word before it
        has = person & resolved.isin(list(middle)).fillna(False).to_numpy(dtype=bool)
        out[has] = resolved[has].map(middle)
        full = full.map(lambda v: middle.get(v, v))
    counts = full.value_counts()
    casing = {}  # "Ban Ki-Moon" and "Ban Ki-moon": one name, its most frequent writing
    for name in counts.index:
        casing.setdefault(name.lower(), name)
    by_last: dict[str, list[tuple[str, int]]] = {}
    by_first: dict[str, list[tuple[str, int]]] = {}
    for name, n in counts.items():
        by_last.setdefault(name.split()[-1], []).append((casing[name.lower()], int(n)))
        by_first.setdefault(name.split()[0], []).append((casing[name.lower()], int(n)))
    mapping = {}
    by_first = {k: v for k, v in by_first.items() if k not in by_last}  # a family name written
    for groups in (by_first, by_last):  # first ("Ban" → "Ban Ki-moon", "Xi" → "Xi Jinping")
        for key, opts in groups.items():  # only where no full name ends in it
            total = sum(n for _, n in opts)
            best: dict[str, int] = {}
            for name, n in opts:
                best[name] = best.get(name, 0) + n
            name, n = max(best.items(), key=lambda o: (o[1], o[0]))
            if n >= 0.8 * total:
                mapping[key] = name
    lone = person & resolved.notna().to_numpy() & ~resolved.fillna("").str.contains(" ").to_numpy()
    out[lone] = resolved[lone].map(lambda v: mapping.get(v, v))
    variant = person & out.notna().to_numpy() & out.fillna("").str.contains(" ").to_numpy()
    out[variant] = out[variant].map(lambda v: casing.get(v.lower(), v))
    return out


def _leading_words(full: pd.Series) -> dict[str, str]:
    """"Counsel Robert Mueller" → "Robert Mueller", "Presidents Donald Trump" → "Donald Trump":
    a name of three or more words whose first word is no given name (the census list) and whose
    rest is a full name of the table written more often (a title, a caption's or headline's
    word glued to the name)."""
    counts = full.value_counts()
    census = given_name_sex()
    out = {}
    for name, n in counts.items():
        toks = name.split()
        rest = " ".join(toks[1:])
        if len(toks) >= 3 and toks[0] not in census and counts.get(rest, 0) > n:
            out[name] = rest
    return out


def _nearest_full(word: str, pos: int, mentions, m_starts, text: str) -> str | None:
    """The full name before ``pos`` that begins or ends with ``word``, for a lone name the
    article gives several people: the nearest that opens its sentence ("Kim Dong-yub, a professor,
    spoke. “…,” Kim added"; not "his grandfather Kim Il Sung" after "Kim Jong Un tested …"),
    else the nearest. None when none is named in the 40 mentions before."""
    k = bisect.bisect_left(m_starts, pos) - 1
    found = [m for m in mentions[max(0, k - 39) : k + 1][::-1] if len(
        getattr(m[2], "full", "").split()) > 1 and word in (m[2].full.split()[0], m[2].full.split(
        )[-1])]
    if len(found) > 1 and found[0][2] is not found[1][2] and re.fullmatch(
            r"\s*(?:,|and|, and|&)\s*", text[found[1][1] : found[0][0]]):
        return None  # coordinated: "Kim Jong Un and Kim Yo Jong spoke. Kim said": no guess
    opening = next((m for m in found if _is_subject(m, text)), None)
    return (opening or found[0])[2].full if found else None
