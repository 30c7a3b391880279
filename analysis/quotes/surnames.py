"""One person, one name across a corpus, for :func:`analysis.quotes.attribution` and the explorer.

Internal to :mod:`analysis.quotes` (re-exported by :mod:`analysis.quotes.people`, where it was
before): ``_join_surnames`` maps a lone surname among the person speakers of a table to the one
full name the table gives it ("Trump" → "Donald Trump") when that name is at least 80 % of the
full names ending in it (the corpus-level step of the resolver described in
:mod:`analysis.quotes.people`).
"""

from __future__ import annotations

import pandas as pd


def _join_surnames(resolved: pd.Series, kind: pd.Series) -> pd.Series:
    """Across a corpus, a lone surname → the full name that holds ≥ 80 % of its full names."""
    person = kind.astype("string").eq("person").fillna(False).to_numpy(dtype=bool)
    names = resolved[person].dropna()
    full = names[names.str.contains(" ", regex=False)]
    counts = full.value_counts()
    by_last: dict[str, list[tuple[str, int]]] = {}
    for name, n in counts.items():
        by_last.setdefault(name.split()[-1], []).append((name, int(n)))
    mapping = {}
    for last, opts in by_last.items():
        total = sum(n for _, n in opts)
        name, n = max(opts, key=lambda o: o[1])
        if n >= 0.8 * total:
            mapping[last] = name
    out = resolved.copy()
    lone = person & resolved.notna().to_numpy() & ~resolved.fillna("").str.contains(" ").to_numpy()
    out[lone] = resolved[lone].map(lambda v: mapping.get(v, v))
    return out
