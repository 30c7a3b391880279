"""The explorer as one self-contained HTML file: data as JSON, vanilla JavaScript, no network.

:func:`export_explorer` writes the views of :func:`analysis.explore.explore` — actors, labels,
distinctive terms, who quotes whom and the term explorer, filtered by outlets or outlet
groups, months and story or topic — into one file that opens in any browser without a server.
The counts are complete; the passages behind them are a *sample* (``contexts`` per item, taken
in turn from each outlet — for a term, the outlets that use it most first), and the page says
so. A distinctive-terms list by outlet leaves out the outlet's own names, as
:func:`analysis.framing.distinctive_terms` does. Term views hold the ``max_terms`` most used
terms per voice, counted per outlet, so they follow the outlet and group filters but not the
date or story filters (the page says that too). The template is
``analysis/resources/explorer.html``.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import numpy as np
import pandas as pd

from . import config
from ._api import renamed
from .explore_data import ExplorerTables, explorer_tables

TEMPLATE = config.RESOURCES_DIR / "explorer.html"


def _codes(values: pd.Series) -> tuple[list, list[str]]:
    names = sorted(values.astype(str).unique())
    return pd.Index(names).get_indexer(values.astype(str)).tolist(), names


def _per_doc(table: pd.DataFrame, key: str, names: list[str], voice: bool,
             count: str | None = None) -> dict:
    """Counts per (article, item[, voice]) as parallel integer lists."""
    keys = ["row", key] + (["voice"] if voice else [])
    g = (table.groupby(keys)[count].nunique() if count else table.groupby(keys).size())
    g = g.reset_index(name="n")
    out = {"d": g["row"].tolist(), "k": pd.Index(names).get_indexer(g[key]).tolist(),
           "n": g["n"].astype(int).tolist()}
    if voice:
        out["v"] = (g["voice"] == "quoted").astype(int).tolist()
    return out


def _sample(rows: pd.DataFrame, key: str, names: list[str], keep, texts: np.ndarray,
            docs: pd.DataFrame, n: int, window: int) -> list:
    """Up to ``n`` passages for each item in ``keep``, in turn from each outlet: ``[item (index
    in names), doc, voice, left, match, right]``."""
    rows = rows[rows[key].isin(keep)].drop_duplicates(["row", "start", "end", key])
    rows = rows.assign(outlet=docs["outlet"].to_numpy()[rows["row"].to_numpy()],
                       date=docs["date"].to_numpy()[rows["row"].to_numpy()])
    rows = rows.sort_values([key, "date", "row", "start"], kind="stable", na_position="last")
    rows = rows.assign(_t=rows.groupby([key, "outlet"], sort=False).cumcount().to_numpy())
    rows = rows.sort_values([key, "_t", "date", "row", "start"], kind="stable",
                            na_position="last").groupby(key, sort=False).head(n)
    index = pd.Index(names)
    out = []
    for r in rows.itertuples(index=False):
        t = texts[r.row]
        s, e = int(r.start), int(r.end)
        out.append([int(index.get_loc(getattr(r, key))), int(r.row),
                    int(getattr(r, "voice", "quoted") == "quoted"),
                    t[max(0, s - window):s].replace("\n", " "), t[s:e][:300],
                    t[e:e + window].replace("\n", " ")])
    return out


def _term_payload(tables: ExplorerTables, voice: str, max_terms: int, n: int,
                  window: int) -> dict:
    """Counts per outlet of the ``max_terms`` most used terms, outlet totals, sampled passages."""
    from .framing import term_contexts

    d, X = tables.docs, tables.counts[voice]
    used = np.asarray(X.sum(axis=0)).ravel()
    keep = np.argsort(-used, kind="stable")[:max_terms]
    keep = keep[used[keep] > 0]
    keep = keep[np.argsort(tables.vocab["term"].to_numpy()[keep], kind="stable")]
    codes, outlets = _codes(d["outlet"])
    ind = np.zeros((len(outlets), len(d)))
    ind[codes, np.arange(len(d))] = 1
    Y = (X[:, keep].T @ ind.T).T  # outlets × terms
    o, k = np.nonzero(Y)
    totals = ind @ tables.totals[voice]
    terms = tables.vocab["term"].to_numpy()[keep]
    # passages: up to n articles per term, in turn from each outlet, then the term found there
    Xk = X[:, keep].tocsc()
    pairs = []
    dates = d["date"].to_numpy()
    code = np.asarray(codes)
    for j in range(len(keep)):
        rows = Xk.indices[Xk.indptr[j]:Xk.indptr[j + 1]]
        rows = rows[np.lexsort((rows, dates[rows]))]
        seen: dict = {}
        turn = []
        for r in rows:
            turn.append(seen.get(code[r], 0))
            seen[code[r]] = turn[-1] + 1
        # in turn from each outlet, the outlets that use the term most first, oldest first
        order = np.lexsort((np.arange(len(rows)), -Y[code[rows], j], turn))
        for r in rows[order][:n]:
            pairs.append((str(r), terms[j]))
    ctx = []
    if pairs:
        want = pd.DataFrame(pairs, columns=["_doc", "term"])
        rows = np.unique(want["_doc"].astype(int))
        arts = pd.DataFrame({"doc_id": d["doc_id"].to_numpy()[rows], "_doc": rows.astype(str),
                             "text": tables.texts[rows]})
        found = term_contexts(arts, want, by="_doc", voice=voice, n=1, window_chars=window)
        where = pd.Index(terms)
        for r in found.itertuples(index=False):  # r[0] is the _doc column
            ctx.append([int(where.get_loc(r.term)), int(r[0]), int(voice == "quoted"),
                        r.left, r.match, r.right])
    return {"terms": terms.tolist(), "ngram": tables.vocab["ngram"].to_numpy()[keep].tolist(),
            "o": o.tolist(), "k": k.tolist(), "n": Y[o, k].astype(int).tolist(),
            "totals": totals.astype(int).tolist(), "contexts": ctx}


@renamed(window="window_chars")
def explorer_payload(tables: ExplorerTables, *, contexts: int = 4, window_chars: int = 60,
                     max_terms: int = 3000, max_items: int = 400, title: str = "") -> dict:
    """The data the HTML explorer embeds (see :func:`export_explorer`)."""
    d = tables.docs
    outlet, outlets = _codes(d["outlet"])
    months = d["date"].dt.strftime("%Y-%m")
    month_names = sorted(months.dropna().unique())
    docs = {"outlet": outlet, "month": pd.Index(month_names).get_indexer(months).tolist(),
            "title": d["title"].str[:140].tolist(),
            "date": d["date"].dt.strftime("%Y-%m-%d").fillna("").tolist()}
    lists = {"outlet": outlets, "month": month_names}
    for role, col in (("group", tables.group), ("story", tables.story)):
        if col:
            docs[role], lists[role] = _codes(d[col])
    men = tables.mentions[tables.mentions["method"].isin(["dictionary", "surname"])]
    labels = tables.labels.assign(item=tables.labels["referent"] + " › " + tables.labels["label"])
    items = {}
    for kind, table, key, count in (("actor", men, "actor", None),
                                    ("label", labels, "item", None),
                                    ("speaker", tables.quotes, "speaker", "act")):
        names = sorted(table[key].unique())
        top = table[key].value_counts().head(max_items).index
        items[kind] = {"names": names, **_per_doc(table, key, names, kind != "speaker", count),
                       "contexts": _sample(table, key, names, top, tables.texts, d, contexts,
                                           window_chars)}
    terms = {v: _term_payload(tables, v, max_terms if v == "own" else max_terms // 2, contexts,
                              window_chars) for v in ("own", "quoted")}
    from ._log_odds import outlet_aliases

    lists["aliases"] = [outlet_aliases(o) for o in outlets]
    return {"title": title, "n_articles": len(d), "group": tables.group, "story": tables.story,
            "contexts_per_item": contexts, "max_terms": max_terms, "max_items": max_items,
            "docs": docs, "lists": lists, "items": items, "terms": terms}


@renamed(window="window_chars")
def export_explorer(articles: pd.DataFrame | None, path: str | Path, *,
                    tables: ExplorerTables | None = None, group: str | None = None,
                    story: str | None = None, contexts: int = 4, window_chars: int = 60,
                    max_terms: int = 3000, max_items: int = 400,
                    title: str = "newsframe explorer") -> Path:
    """Write the explorer as one self-contained HTML file (no server, no network).

    Parameters
    ----------
    articles : DataFrame or None
        The corpus (ignored when ``tables`` is given).
    path : path
        Where to write, e.g. ``analysis.config.figures_dir() / "explorer.html"``.
    tables : ExplorerTables, optional
        Reuse the tables of :func:`analysis.explore.explore`.
    group, story : str, optional
        Outlet-group and story/topic columns (when ``tables`` is built here).
    contexts : int
        Sampled passages per actor, label, speaker and term (the page says it is a sample).
    window_chars : int
        Characters of context on each side of a match.
    max_terms, max_items : int
        Terms kept per voice (the most used; quoted words keep half as many), and actors,
        labels and speakers with passages (the most frequent; all are counted).

    Returns
    -------
    Path

    Examples
    --------
    >>> import tempfile, analysis
    >>> out = export_explorer(analysis.load_corpus(), Path(tempfile.mkdtemp()) / "e.html")
    >>> "<script src=" in out.read_text(encoding="utf-8")
    False
    """
    if tables is None:
        tables = explorer_tables(articles, group=group, story=story)
    data = explorer_payload(tables, contexts=contexts, window_chars=window_chars,
                            max_terms=max_terms,
                            max_items=max_items, title=title)
    blob = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    blob = blob.replace("</", "<\\/")  # no "</script>" inside the script element
    page = TEMPLATE.read_text(encoding="utf-8").replace("__TITLE__", html.escape(title))
    page = page.replace("__DATA__", blob)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return path

