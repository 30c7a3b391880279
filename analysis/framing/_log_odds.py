"""Scoring of :func:`analysis.framing.distinctive_terms` from one sparse group × term matrix.

The counts are a ``scipy.sparse`` CSR matrix built once (groups × n-grams that pass the corpus
``min_count``). Each group is scored against the rest *from the totals* (rest = corpus −
group), only where the group uses the term: no dense group × vocabulary array is made. The
Benjamini-Hochberg family still holds every tested cell, including the terms a group never uses;
those cells' statistics depend only on the group and on the term's (length, corpus count, prior)
— its *class* — so each group contributes one value per class with a multiplicity, and the
q-values equal those of the full family exactly.
"""

from __future__ import annotations

import functools
import logging
import re
import warnings
from concurrent.futures import ThreadPoolExecutor
from itertools import combinations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from scipy import sparse, special

from .._memory import release_memory
from .._parallel import in_threads
from ._report import _distinct_terms, _report_order, _str_column, bh_weighted

log = logging.getLogger(__name__)

#: Columns of the distinctive-terms table, in order.
COLUMNS = ["other", "term", "ngram", "count", "docs", "articles", "count_other", "rate",
           "rate_other", "log_odds", "se", "z", "p"]
#: ``by`` columns whose values are outlets (their own names are left out of their terms).
OUTLET_COLUMNS = frozenset({"outlet", "source", "media", "media_name", "publisher", "site",
                            "domain", "newspaper", "outlet_name", "source_name", "channel"})
_CELLS = 2_000_000  # cells scored at once (bounds the temporary arrays)


def weighted_log_odds(
    y_a: np.ndarray, n_a: np.ndarray, y_b: np.ndarray, n_b: np.ndarray,
    alpha: np.ndarray, alpha0: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008).

    For term w with counts ``y_a`` in group a (``n_a`` terms in all) and ``y_b`` in group b, and
    prior ``alpha`` (summing to ``alpha0`` over the vocabulary)::

        delta = log((y_a + alpha) / (n_a + alpha0 - y_a - alpha))
              - log((y_b + alpha) / (n_b + alpha0 - y_b - alpha))
        se    = sqrt(1 / (y_a + alpha) + 1 / (y_b + alpha))
        z     = delta / se

    Returns
    -------
    (delta, se, z) : arrays

    Examples
    --------
    >>> d, se, z = weighted_log_odds(np.array([3]), 10, np.array([1]), 10, np.array([1.0]), 4.0)
    >>> round(float(d[0]), 4), round(float(z[0]), 4)
    (0.8755, 1.0109)
    """
    y_a, y_b, alpha = (np.asarray(x, dtype=float) for x in (y_a, y_b, alpha))
    with np.errstate(divide="ignore", invalid="ignore"):  # degenerate: one-term vocabulary
        delta = (
            np.log(y_a + alpha) - np.log(n_a + alpha0 - y_a - alpha)
            - np.log(y_b + alpha) + np.log(n_b + alpha0 - y_b - alpha)
        )
        se = np.sqrt(1.0 / (y_a + alpha) + 1.0 / (y_b + alpha))
        return delta, se, delta / se


# ---------------------------------------------------------------------------------- comparisons
def comparisons(names: np.ndarray, n_art: np.ndarray, by: str, pairs, pair, *,
                min_articles: int, top_pairs: int) -> tuple[list[tuple[int, int]], dict]:
    """Index pairs (group, other) to compare (other -1: "rest") and the groups left out for
    having fewer than ``min_articles`` articles (name → articles)."""
    index = {n: i for i, n in enumerate(names)}
    ok = n_art >= min_articles
    too_few = {str(names[g]): int(n_art[g]) for g in np.flatnonzero(~ok)}

    def usable(a: str, b: str, what: str) -> bool:
        missing = [x for x in (a, b) if x not in index]
        if missing or a == b:
            raise ValueError(f"{what} must name two different groups of {by!r}: {(a, b)}"
                             + (f"; unknown: {missing}" if missing else ""))
        small = [x for x in (a, b) if not ok[index[x]]]
        if small:
            warnings.warn(f"{what} {(a, b)} skipped: fewer than min_articles={min_articles} "
                          f"articles in {small}", UserWarning, stacklevel=4)
        return not small

    if pair is not None:
        if len(pair) != 2:
            raise ValueError(f"pair must name two groups of {by!r}, got {pair!r}")
        return ([(index[pair[0]], index[pair[1]])] if usable(*pair, "pair") else []), too_few
    out = [(g, -1) for g in np.flatnonzero(ok)]
    if pairs is True:
        if ok.sum() > top_pairs:
            warnings.warn(f"pairs=True compares the {top_pairs} largest groups pairwise (as "
                          f"pairs='top'), not all {int(ok.sum())}; pass a list of pairs or "
                          "top_pairs= for others", UserWarning, stacklevel=3)
        pairs = "top"
    if isinstance(pairs, str):
        if pairs != "top":
            raise ValueError(f"pairs must be False, True, 'top' or a list of pairs, got {pairs!r}")
        big = sorted(np.flatnonzero(ok), key=lambda g: (-n_art[g], names[g]))[:top_pairs]
        out += list(combinations(sorted(big), 2))
    elif pairs:
        for a, b in pairs:
            if usable(a, b, "pairs"):
                out.append((index[a], index[b]))
    return out, too_few


# -------------------------------------------------------------------------------- outlet names
_GENERIC = frozenset({"news", "online", "network", "media", "com", "tv", "channel", "the",
                      "website", "digital", "edition"})
_WORD = re.compile(r"U\.S\.(?:A\.)?|\w\w+|[^\w\s]")


def _words(text: str) -> list[list[str]]:
    """Word runs of ``text`` as the n-gram counter sees them (punctuation splits a run)."""
    runs, cur = [], []
    for tok in _WORD.findall(text):
        if len(tok) == 1 or not (tok[0].isalnum() or tok[0] == "_"):
            runs, cur = runs + [cur] if cur else runs, []
            continue
        cur.append("u.s." if tok in ("US", "USA", "U.S.", "U.S.A.") else tok.lower())
    return [r for r in runs + [cur] if r]


@functools.lru_cache(maxsize=4096)
def outlet_aliases(name: str) -> list[str]:
    """Names an outlet goes by, as lower-cased n-grams: its name (parentheses dropped), the name
    without generic words ("ABC News" → "abc"; "Fox Online News" → "fox"), the word after a
    leading "Al" ("Al Jazeera" → "jazeera"), and from the outlet registry
    (``resources/outlets.csv``) its domain names ("aljazeera"), abbreviations and aliases
    ("Huffington Post" → "huffington").

    Examples
    --------
    >>> outlet_aliases("ABC News")
    ['abc', 'abc news', 'abcnews']
    >>> outlet_aliases("Al Jazeera")
    ['al jazeera', 'al jazeera english', 'aljazeera', 'jazeera']
    >>> outlet_aliases("HuffPost")
    ['huffington post', 'huffingtonpost', 'huffpost', 'the huffington post']
    """
    from ..outlets import _registry

    base = re.sub(r"\([^)]*\)|#\s*\d+", " ", str(name))
    out: set[str] = set()
    _add_name_forms(out, base)
    hit = _registry()[2].get(base.strip().lower()) or _registry()[2].get(str(name).lower())
    if hit:
        domains, abbreviations, aliases = _registry_rows()[hit]
        for dom in filter(None, domains.split("|")):
            labels = [x for x in dom.lower().split(".") if x not in ("www", "english", "en", "m")]
            if labels:
                out.add(labels[0])
        out.update(a.lower() for a in filter(None, abbreviations.split("|")))
        # the registry's name and aliases, as the name ("Huffington Post" → "huffington")
        for other in [hit, *filter(None, str(aliases or "").split("|"))]:
            _add_name_forms(out, re.sub(r"(?<=\w)-(?=\w)", "", other))  # "huff-post" → huffpost
    return sorted(a for a in out if a)


@functools.lru_cache(maxsize=1)
def _registry_rows() -> dict[str, tuple[str, str, str]]:
    """Outlet → (domains, abbreviations, aliases) of the registry, read once."""
    from ..outlets import registry

    t = registry()
    return {o: (d, a, al) for o, d, a, al in zip(t["outlet"], t["domains"], t["abbreviations"],
                                                   t["aliases"])}


def _add_name_forms(out: set[str], name: str) -> None:
    """A name's word runs, each also without generic words and a leading "the", and the word
    after a leading "Al"."""
    for run in _words(name):
        out.add(" ".join(run))
        core = list(run)
        while core and core[-1] in _GENERIC:
            core.pop()
        while core and core[0] == "the":
            core.pop(0)
        if core:
            out.add(" ".join(core))
        if len(core) == 2 and core[0] == "al":
            out.add(core[1])


def own_name_rows(group: np.ndarray, term_idx: np.ndarray, terms: np.ndarray,
                  names: np.ndarray) -> np.ndarray:
    """Mask of rows (group index, term index) whose term contains one of the group's names.

    Only rows whose term has a word of one of its own group's names (a word of each name must
    be a word of the term) are checked name by name."""
    groups = np.unique(group)
    aliases = {g: [f" {a} " for a in outlet_aliases(names[g])] for g in groups}
    words = sorted({w for al in aliases.values() for a in al for w in a.split()})
    drop = np.zeros(len(term_idx), dtype=bool)
    if not words or not len(term_idx):
        return drop
    wid = {w: i for i, w in enumerate(words)}
    name_words = np.unique(np.array([g * len(words) + wid[w] for g in groups
                                     for a in aliases[g] for w in a.split()], dtype=np.int64))
    uniq = unique_sorted(term_idx)
    lists = pc.split_pattern(pa.array(terms[uniq].tolist(), type=pa.large_string()), " ")
    at = pc.index_in(pc.list_flatten(lists), value_set=pa.array(words, pa.large_string()))
    at = at.to_numpy(zero_copy_only=False)
    found = ~np.isnan(at)
    # the named words of each distinct term (CSR over positions in uniq)
    w_of = at[found].astype(np.int64)
    t_start = np.r_[0, np.cumsum(np.bincount(pc.list_parent_indices(lists).to_numpy()[found],
                                             minlength=len(uniq)))]
    pos = np.searchsorted(uniq, term_idx)
    n_w = t_start[pos + 1] - t_start[pos]
    row = np.repeat(np.arange(len(term_idx)), n_w)
    first = np.repeat(t_start[pos] - np.r_[0, np.cumsum(n_w)[:-1]], n_w)
    code = group[row].astype(np.int64) * len(words) + w_of[first + np.arange(len(row))]
    cand = np.unique(row[np.isin(code, name_words)])
    for i in cand:
        padded = f" {terms[term_idx[i]]} "
        drop[i] = any(a in padded for a in aliases[group[i]])
    return drop


def unique_sorted(x: np.ndarray) -> np.ndarray:
    """The distinct values of ``x``, sorted: ``np.unique(x)`` by a sort (NumPy ≥ 2.3 hashes
    instead, several times slower when most values are distinct)."""
    x = np.sort(x)
    return x[np.r_[True, x[1:] != x[:-1]]] if len(x) else x


def _group_slices(groups: np.ndarray, per_group: int, nnz: np.ndarray, cells_at_once: int):
    """Consecutive slices of ``groups`` of at most about ``cells_at_once`` cells: ``per_group``
    per group and the group's stored counts (``nnz[g]``) each."""
    cells = np.cumsum(per_group + nnz[groups].astype(np.int64))
    lo = 0
    while lo < len(groups):
        base = cells[lo - 1] if lo else 0
        hi = max(lo + 1, int(np.searchsorted(cells, base + cells_at_once, side="right")))
        yield groups[lo:hi]
        lo = hi


# ------------------------------------------------------------------------------------- scoring
class _Scorer:
    """Scores cells (group, term) of one comparison kind; collects report rows and the family."""

    def __init__(self, Y, D, totals, order, alpha, alpha0, min_count, keep):
        self.Y, self.D, self.order, self.alpha = Y, D, order, alpha
        self.alpha0, self.min_count, self.keep = alpha0, min_count, keep
        self.totals = totals.astype(float)
        self.N = totals.sum(axis=0).astype(float)
        self.c = np.asarray(Y.sum(axis=0)).ravel()
        self.report: list[dict] = []
        self.fam_p: list[np.ndarray] = []
        self.fam_w: list[np.ndarray] = []

    def _add(self, g, o, j, y_g, y_o, d_g, n_g, n_o, delta, se, z, sign, tested):
        """``(p, report rows or None)`` of scored cells."""
        p = 2 * special.ndtr(-np.abs(z))
        rep = tested if self.keep == "all" else tested & (y_g >= self.min_count)
        idx = np.flatnonzero(rep)
        if not len(idx):
            return p, None
        with np.errstate(divide="ignore", invalid="ignore"):
            return p, {"g": g[idx], "o": o[idx], "j": j[idx], "count": y_g[idx],
                       "docs": d_g[idx], "count_other": y_o[idx],
                       "rate": 1000 * y_g[idx] / n_g[idx], "rate_other": 1000 * y_o[idx] / n_o[idx],
                       "log_odds": sign * delta[idx], "se": se[idx], "z": sign * z[idx],
                       "p": p[idx]}

    def rest(self, groups: np.ndarray) -> None:
        """Each group against the rest: the cells it uses (all with ``keep="all"``), and the
        family of the terms it does not use. Slices of groups are scored by two threads (half
        the cells each, so the temporary arrays are as large as with one), collected in order."""
        Y = self.Y
        step = max(1, _CELLS // 2 // max(Y.shape[1] if self.keep == "all" else
                                         int(Y.nnz / max(Y.shape[0], 1)), 1))
        parts = [(self._rest_part, groups[lo: lo + step])
                 for lo in range(0, len(groups), step)]
        if self.keep != "all":
            cls = self._classes()
            if cls is not None:
                parts += [(functools.partial(self._unused_part, cls=cls), gs) for gs in
                          _group_slices(groups, cls[1], np.diff(Y.indptr), _CELLS // 2)]
        for rep, fam_p, fam_w in in_threads(lambda part: part[0](part[1]), parts):
            if rep is not None:
                self.report.append(rep)
            self.fam_p.append(fam_p)
            self.fam_w.append(fam_w)

    def _rest_part(self, gs: np.ndarray) -> tuple[dict | None, np.ndarray, np.ndarray]:
        """``(report rows, family p-values, weights)`` of groups ``gs`` against the rest."""
        Y, D, k = self.Y, self.D, self.order
        if self.keep == "all":
            V = Y.shape[1]
            g, j = np.repeat(gs, V), np.tile(np.arange(V), len(gs))
            y, d = Y[gs].toarray().ravel(), D[gs].toarray().ravel()
        else:
            sub, dsub = Y[gs], D[gs]
            g = np.repeat(gs, np.diff(sub.indptr))
            j, y, d = sub.indices, sub.data, dsub.data
        n_a = self.totals[g, k[j]]
        n_b = self.N[k[j]] - n_a
        y_b = self.c[j] - y
        delta, se, z = weighted_log_odds(y, n_a, y_b, n_b, self.alpha[j], self.alpha0)
        tested = ((y + y_b) >= self.min_count) & np.isfinite(z)
        p, rep = self._add(g, np.full(len(g), -1), j, y, y_b, d, n_a, n_b, delta, se, z, 1.0,
                           tested)
        return rep, p[tested].astype(np.float32), np.ones(int(tested.sum()), dtype=np.int32)

    def _classes(self) -> tuple | None:
        """Term classes (length, corpus count, prior), whose unused cells score alike: class of
        each term, number of classes, terms per class, and each class's length, count, prior."""
        keys = np.stack([self.order.astype(float), self.c, self.alpha])
        if keys.shape[1] == 0:
            return None
        srt = np.lexsort(keys)
        new = np.r_[True, (np.diff(keys[:, srt], axis=1) != 0).any(axis=0)]
        cls = np.empty(len(srt), dtype=np.int64)
        cls[srt] = np.cumsum(new) - 1
        first = srt[new]
        U = len(first)
        return (cls, U, np.bincount(cls, minlength=U), self.order[first], self.c[first],
                self.alpha[first])

    def _unused_part(self, gs: np.ndarray, cls: tuple) -> tuple[None, np.ndarray, np.ndarray]:
        """Family members of the terms groups ``gs`` never use, one per (group, term class)."""
        cls, U, size, k, c, al = cls
        sub = self.Y[gs]
        row = np.repeat(np.arange(len(gs)), np.diff(sub.indptr))
        used = np.bincount(row * U + cls[sub.indices], minlength=len(gs) * U)
        mult = np.tile(size, len(gs)) - used
        n_a = self.totals[np.repeat(gs, U), np.tile(k, len(gs))]
        n_b = self.N[np.tile(k, len(gs))] - n_a
        cc, aa = np.tile(c, len(gs)), np.tile(al, len(gs))
        _, _, z = weighted_log_odds(np.zeros(len(n_a)), n_a, cc, n_b, aa, self.alpha0)
        ok = (mult > 0) & (cc >= self.min_count) & np.isfinite(z)
        return (None, (2 * special.ndtr(-np.abs(z[ok]))).astype(np.float32),
                mult[ok].astype(np.int32))

    def pair(self, a: int, b: int) -> None:
        """Group a against group b on the terms either uses; reported from both sides."""
        ra, rb = self.Y[a], self.Y[b]
        j = np.union1d(ra.indices, rb.indices)
        y_a, y_b = (r.toarray().ravel()[j] for r in (ra, rb))
        d_a, d_b = (self.D[x].toarray().ravel()[j] for x in (a, b))
        n_a, n_b = self.totals[a][self.order[j]], self.totals[b][self.order[j]]
        delta, se, z = weighted_log_odds(y_a, n_a, y_b, n_b, self.alpha[j], self.alpha0)
        tested = ((y_a + y_b) >= self.min_count) & np.isfinite(z)
        A, B = np.full(len(j), a), np.full(len(j), b)
        p, rep_a = self._add(A, B, j, y_a, y_b, d_a, n_a, n_b, delta, se, z, 1.0, tested)
        rep_b = self._add(B, A, j, y_b, y_a, d_b, n_b, n_a, delta, se, z, -1.0, tested)[1]
        self.report += [r for r in (rep_a, rep_b) if r is not None]
        self.fam_p.append(p[tested].astype(np.float32))
        self.fam_w.append(np.ones(int(tested.sum()), dtype=np.int32))


def score(by: str, names: np.ndarray, n_art: np.ndarray, terms, order: np.ndarray,
          Y: sparse.csr_matrix, D: sparse.csr_matrix, totals: np.ndarray, bg: np.ndarray,
          bg_tot: np.ndarray, comps: list[tuple[int, int]], *, min_count: int, alpha0: float,
          keep: str = "reported", exclude_names: bool = False) -> pd.DataFrame:
    """The ``distinctive_terms`` table from summed counts: ``terms`` (strings, or a function of
    term indices that gives them: only reported terms are decoded), ``Y`` (groups × terms counts),
    ``D`` (articles using each term, same sparsity as ``Y``), ``totals`` (groups × n-gram
    order), background counts ``bg`` and totals ``bg_tot``. Shared by the pandas and the Dask
    (map-reduce) paths."""
    with np.errstate(divide="ignore", invalid="ignore"):
        alpha = np.where(bg > 0, bg, 0.5) * alpha0 / bg_tot[order]
    alpha = np.where(np.isfinite(alpha), alpha, alpha0 / max(len(order), 1))
    term_of = terms if callable(terms) else (lambda i: np.asarray(terms, dtype=object)[i])
    s = _Scorer(Y, D, totals, np.asarray(order, dtype=np.int64), alpha, alpha0, min_count, keep)
    rest = np.array([a for a, b in comps if b < 0], dtype=np.int64)
    if len(rest):
        s.rest(rest)
        release_memory()  # the threads' freed temporaries, kept in their malloc arenas
    for a, b in comps:
        if b >= 0:
            s.pair(a, b)
    cols = {k: np.concatenate([r.pop(k) for r in s.report]) if s.report else np.array([])
            for k in ("g", "o", "j", "count", "docs", "count_other", "rate", "rate_other",
                      "log_odds", "se", "z", "p")}  # each report column freed once joined
    g, o, j = (cols.pop(k).astype(np.int64) for k in ("g", "o", "j"))
    family = (s.fam_p, s.fam_w)  # in parts: joined as they are packed, in the q-values' thread
    del s
    with ThreadPoolExecutor(max_workers=1) as pool:  # the q-values beside the terms' strings
        q = pool.submit(bh_weighted, cols["p"], *family)
        del family
        uj, jinv = _distinct_terms(j, len(order))
        tstr = term_of(uj)  # the strings of reported terms only
        keep_rows = ~own_name_rows(g, jinv, tstr, names) if exclude_names and len(g) else None
        # sort: group, "rest" first, other, z (desc), term
        trank = np.empty(len(uj), dtype=np.int64)
        trank[np.argsort(tstr.astype(str), kind="stable")] = np.arange(len(uj))
        q = q.result()
    if keep_rows is not None:
        g, o, jinv, q = g[keep_rows], o[keep_rows], jinv[keep_rows], q[keep_rows]
        for k in cols:  # one column at a time
            cols[k] = cols[k][keep_rows]
    srt = _report_order(g, o, cols["z"], trank[jinv], len(names))
    release_memory()  # the freed report parts and the q-values' temporaries
    names_o = np.append(names, "rest")
    strs = pd.DataFrame({by: _str_column(names, g[srt]), "other": _str_column(names_o, o[srt]),
                         "term": _str_column(tstr, jinv[srt])})
    # the integer and the float columns gathered straight into one 2-D block each, so that the
    # DataFrame holds them without stacking (copying) the columns
    ints = np.empty((5, len(srt)), dtype=np.int64)
    ints[0] = order[uj[jinv[srt]]]
    ints[3] = n_art[g[srt]]
    for i, k in ((1, "count"), (2, "docs"), (4, "count_other")):  # freed as they are taken
        ints[i] = cols.pop(k)[srt]
    floats = np.empty((7, len(srt)), dtype=float)
    for i, k in enumerate(("rate", "rate_other", "log_odds", "se", "z", "p")):
        np.take(cols.pop(k).astype(float, copy=False), srt, out=floats[i])
    np.take(q.astype(float, copy=False), srt, out=floats[6])
    out = pd.concat([strs, pd.DataFrame(ints.T, columns=COLUMNS[2:7], copy=False),
                     pd.DataFrame(floats.T, columns=COLUMNS[7:] + ["q"], copy=False)], axis=1)
    del strs, ints, floats
    return out.astype({by: "str", "other": "str", "term": "str"})
