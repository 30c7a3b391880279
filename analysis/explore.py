"""Explore a corpus interactively in JupyterLab: pick outlets, dates and a story; every list links
to the sentences behind it.

:func:`explore` returns an :class:`Explorer`, an ipywidgets box (JupyterLab 4, no network):
filters on top (compare outlets or an outlet-group column, choose some of them, a date range, a
story or topic, a voice), then tabs — actors, labels, distinctive terms, who quotes whom, and a
term explorer (two sides, terms placed by their frequency on each side, coloured by log-odds z)
— and under them the passages behind whatever was selected, match highlighted. Actors, labels
and speakers show their top entries as horizontal bars (:class:`BarList`): click one to read its
passages. The heavy
tables are computed once (:func:`analysis.explore_data.explorer_tables`); each interaction
filters them (see ``benchmarks/README.md`` for timings). :func:`analysis.explorer_html.
export_explorer` writes the same views as one self-contained HTML file.
"""

from __future__ import annotations

import html

import numpy as np
import pandas as pd

from ._api import renamed
from .explore_data import (
    ExplorerTables,
    actor_counts,
    contexts,
    explorer_tables,
    label_counts,
    names_outlet,
    quote_counts,
    select,
    term_scores,
)

ALL = "(all)"
REST = "(rest)"
TABS = ("Actors", "Labels", "Distinctive terms", "Who quotes whom", "Term explorer")
BARRED = ("actor", "label", "speaker")  # the views with bars to click
N_BARS = 20  # entries shown as clickable bars; the list below them has the rest
BAR, PICKED = "#0072B2", "#D55E00"  # the heat table's blue; the clicked bar in vermilion
_NAME_CSS = ("width:196px;text-align:right;overflow:hidden;text-overflow:ellipsis;"
             "white-space:nowrap")


def context_html(ctx: pd.DataFrame, *, heading: str = "", by: str = "outlet") -> str:
    """Passages as an HTML table, the match highlighted (text escaped).

    Examples
    --------
    >>> ctx = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "date": [pd.Timestamp("2024-06-01")],
    ...     "title": ["T"], "voice": ["own"], "left": ["the "], "match": ["<b>"], "right": ["."]})
    >>> "<mark>&lt;b&gt;</mark>" in context_html(ctx)
    True
    """
    if ctx.empty:
        return f"<p><b>{html.escape(heading)}</b>: no passage in the selection.</p>"
    rows = []
    for r in ctx.itertuples(index=False):
        date = "" if pd.isna(r.date) else pd.Timestamp(r.date).strftime("%Y-%m-%d")
        group = f" · {html.escape(str(getattr(r, by)))}" if by != "outlet" else ""
        rows.append(
            f"<tr><td style='white-space:nowrap'>{html.escape(str(r.outlet))}{group}<br>"
            f"<small>{date} · {html.escape(str(r.voice))}</small></td>"
            f"<td>…{html.escape(str(r.left))}<mark>{html.escape(str(r.match))}</mark>"
            f"{html.escape(str(r.right))}…<br><small>{html.escape(str(r.title))}</small></td></tr>")
    return (f"<p><b>{html.escape(heading)}</b> — {len(ctx)} passage(s), taken in turn from each "
            "outlet, oldest first</p><table style='border-collapse:collapse'>"
            + "".join(rows) + "</table>")


def _heat(table: pd.DataFrame, row: str, col: str, value: str, n_rows: int = 12,
          n_cols: int = 8) -> str:
    """A small shaded table: top ``n_rows`` × top ``n_cols`` of ``value``."""
    if table.empty:
        return "<p>Nothing in the selection.</p>"
    rows = table.groupby(row)[value].sum().sort_values(ascending=False, kind="stable")
    cols = table.groupby(col)[value].sum().sort_values(ascending=False, kind="stable")
    p = table.pivot_table(index=row, columns=col, values=value, aggfunc="sum", fill_value=0)
    p = p.loc[rows.index[:n_rows], cols.index[:n_cols]]
    top = max(float(p.to_numpy().max()), 1.0)
    head = "".join(f"<th style='font-size:80%'>{html.escape(str(c))[:18]}</th>" for c in p.columns)
    body = []
    for name, vals in p.iterrows():
        cells = "".join(
            f"<td style='background:rgba(0,114,178,{0.1 + 0.8 * v / top:.2f});"
            f"text-align:right;padding:1px 4px'>{int(v)}</td>" for v in vals)
        body.append(f"<tr><td>{html.escape(str(name))[:40]}</td>{cells}</tr>")
    return (f"<table><tr><th></th>{head}</tr>{''.join(body)}</table>"
            f"<small>top {len(p)} of {len(rows)} × top {len(p.columns)} of {len(cols)}</small>")


class BarList:
    """The top entries of a view as horizontal bars to click (an ``ipywidgets.Button`` each).

    A bar's width is proportional to its count, the count is written on it and the entry's name
    beside it; clicking it calls ``on_click(key)``. The rows are made once and updated in place.

    Attributes
    ----------
    keys : list of str
        The entries shown, largest first.
    buttons : list of ipywidgets.Button
        One per row (hidden beyond ``keys``); ``bar(key)`` finds the one of an entry.
    widget : ipywidgets.VBox
    """

    def __init__(self, on_click, n: int = N_BARS):
        import ipywidgets as w

        self.keys: list[str] = []
        self.title = w.HTML()
        self.names = [w.HTML(layout=w.Layout(width="200px", min_width="200px", overflow="hidden",
                                             margin="0 6px 0 0")) for _ in range(n)]
        self.buttons = [w.Button(layout=w.Layout(width="0%", min_width="2.6em", height="22px",
                                                 margin="1px 0", padding="0 4px"),
                                 style=w.ButtonStyle(button_color=BAR, text_color="white",
                                                     font_weight="bold"))
                        for _ in range(n)]
        self.rows = []
        for i, (name, button) in enumerate(zip(self.names, self.buttons)):
            button.add_class("nf-bar")
            button.on_click(lambda _, i=i: on_click(self.keys[i]))
            self.rows.append(w.HBox([name, w.HBox([button], layout=w.Layout(flex="1 1 auto"))],
                                    layout=w.Layout(display="none", align_items="center")))
        self.widget = w.VBox([self.title, *self.rows])

    def update(self, totals: pd.Series, what: str, picked: str | None = None) -> None:
        """Show the first ``n`` entries of ``totals`` (counts by key, largest first)."""
        top = totals.head(len(self.rows))
        self.keys = [str(k) for k in top.index]
        most = max(float(top.max()), 1.0) if len(top) else 1.0
        self.title.value = (f"<b>Top {len(top)} of {len(totals)} {what}</b> — click a bar to "
                            "read its passages" if len(top) else "<p>Nothing in the selection.</p>")
        for i, row in enumerate(self.rows):
            if i >= len(top):
                row.layout.display = "none"
                continue
            key, count = self.keys[i], int(top.iloc[i])
            self.names[i].value = (f"<div style='{_NAME_CSS}' title='{html.escape(key, True)}'>"
                                   f"{html.escape(key)}</div>")
            button = self.buttons[i]
            button.description = f"{count:,}"
            button.tooltip = f"{key}: {count:,} — click to read the passages"
            button.layout.width = f"{100 * count / most:.1f}%"
            row.layout.display = "flex"
        self.mark(picked)

    def mark(self, key: str | None) -> None:
        """Colour the bar of ``key`` as the one clicked (the others back to blue)."""
        for k, button in zip(self.keys, self.buttons):
            button.style.button_color = PICKED if k == key else BAR

    def bar(self, key: str):
        """The button of ``key`` (``KeyError`` if it is not among the bars shown)."""
        if key not in self.keys:
            raise KeyError(f"{key!r} is not among the {len(self.keys)} bars shown")
        return self.buttons[self.keys.index(key)]


class Explorer:
    """The widget :func:`explore` returns; methods drive it from code (and from tests).

    Attributes
    ----------
    tables : ExplorerTables
    widget : ipywidgets.VBox
        What the notebook displays (``Explorer`` displays as it).
    bars : dict of BarList
        The clickable bars of the actor, label and speaker views (``bar(kind, key)``).
    """

    def __init__(self, tables: ExplorerTables, *, by: str = "outlet", n: int = 20,
                 window_chars: int = 80):
        import ipywidgets as w

        self.tables, self.n, self.window = tables, n, window_chars
        d = tables.docs
        lay = w.Layout(width="98%")
        self.by = w.ToggleButtons(options=tables.groupings, value=by, description="Compare")
        self.only = w.SelectMultiple(rows=5, description="Only", layout=w.Layout(width="45%"))
        months = sorted(d["date"].dropna().dt.strftime("%Y-%m").unique())
        self.dates = w.SelectionRangeSlider(options=months or ["-"], index=(0, max(len(months) - 1,
                                            0)), description="Months", layout=lay,
                                            disabled=not months)
        stories = (d[tables.story].value_counts().head(200).index.tolist() if tables.story
                   else [])
        self.story = w.Dropdown(options=[ALL, *stories], description="Story",
                                disabled=not stories, layout=w.Layout(width="45%"))
        self.voice = w.ToggleButtons(options=["all", "own", "quoted"], description="Voice")
        self.status = w.HTML()
        self.cell = w.Dropdown(description="Passages in", options=[ALL])
        self.context = w.HTML()
        self.context.add_class("nf-passages")  # for the browser test, as the bars' "nf-bar"
        self.lists = {k: w.Select(rows=6 if k in BARRED else 14, layout=w.Layout(
            width="98%" if k in BARRED else "40%")) for k in (*BARRED, "term", "scatter")}
        self.heats = {k: w.HTML(layout=w.Layout(width="52%")) for k in BARRED}
        self.bars = {k: BarList(lambda key, k=k: self._clicked(k, key)) for k in BARRED}
        self.term_group = w.Dropdown(description="Group")
        self.side_a = w.Dropdown(description="Side A")
        self.side_b = w.Dropdown(description="Side B")
        self.term_voice = w.ToggleButtons(options=["own", "quoted"], description="Words")
        self.search = w.Text(description="Search", placeholder="a word or phrase")
        self.plot = w.Image(format="png", layout=w.Layout(width="58%"))
        self.table = {}
        self.tabs = w.Tab(children=self._tabs(), titles=TABS)
        self.widget = w.VBox([w.HBox([self.by, self.voice]), w.HBox([self.only, self.story]),
                              self.dates, self.status, self.tabs, self.cell, self.context])
        self._busy, self._last, self._scored = False, None, (None, None)
        self._groups()
        self.refresh()
        for ctl in (self.only, self.dates, self.story, self.voice):  # passages follow them
            ctl.observe(lambda _: (self.refresh(), self._reopen()), "value")
        for ctl in (self.term_group, self.side_a, self.side_b, self.term_voice, self.search):
            ctl.observe(lambda _: self.refresh(), "value")
        self.by.observe(lambda _: (self._groups(), self.refresh()), "value")
        self.tabs.observe(lambda _: self.refresh(), "selected_index")
        kinds = {"actor": "actor", "label": "label", "speaker": "speaker", "term": "term",
                 "scatter": "term"}
        for name, sel in self.lists.items():
            sel.observe(lambda ch, k=kinds[name], s=name: self._picked(k, s), "value")
        self.cell.observe(lambda _: self._open(*self._last) if self._last else None, "value")

    def _tabs(self) -> list:
        """The five views: bars + list + heat table (actors, labels, speakers), then the terms."""
        import ipywidgets as w

        def barred(kind):
            tail = w.HTML("<small>All entries (select one to read its passages):</small>")
            return w.HBox([w.VBox([self.bars[kind].widget, tail, self.lists[kind]],
                                  layout=w.Layout(width="46%", margin="0 12px 0 0")),
                           self.heats[kind]])

        return [barred("actor"), barred("label"),
                w.VBox([self.term_group, self.lists["term"]]), barred("speaker"),
                w.VBox([w.HBox([self.side_a, self.side_b, self.term_voice]), self.search,
                        w.HBox([self.lists["scatter"], self.plot])])]

    def _ipython_display_(self):
        from IPython.display import display

        display(self.widget)

    # ------------------------------------------------------------------------------- state
    def _groups(self) -> None:
        values = self.tables.docs[self.by.value].value_counts()
        self._busy = True
        self.only.options = [(f"{k} ({v})", k) for k, v in values.items()]
        self.only.value = ()
        names = sorted(values.index)
        self.term_group.options = names
        self.term_group.value = values.index[0]
        self.side_a.options = names
        self.side_b.options = [REST, *names]
        self.side_a.value = values.index[0]
        self.side_b.value = values.index[1] if len(values) > 1 else REST
        self._busy = False

    @property
    def mask(self) -> np.ndarray:
        """The articles the filters select."""
        kw = {"outlets" if self.by.value == "outlet" else "groups": list(self.only.value)}
        if not self.dates.disabled and self.dates.index != (0, len(self.dates.options) - 1):
            lo, hi = self.dates.value
            kw.update(start=f"{lo}-01", end=str(pd.Period(hi).end_time.date()))
        if self.story.value != ALL:
            kw["story"] = self.story.value
        return select(self.tables, **kw)

    def refresh(self) -> None:
        """Recompute the visible view from the filters (on each filter or tab change)."""
        if self._busy:
            return
        self._busy = True
        try:
            self._refresh()
        finally:
            self._busy = False

    def _refresh(self) -> None:
        t, by, mask = self.tables, self.by.value, self.mask
        voice = None if self.voice.value == "all" else self.voice.value
        self.status.value = (f"<b>{int(mask.sum()):,}</b> of {len(mask):,} articles selected; "
                             f"compare by <b>{by}</b>")
        present = t.docs.loc[mask, by].value_counts()
        self.cell.options = [ALL, *sorted(present.index)]
        names = sorted(present.index)  # the term views offer the groups in the selection
        for ctl, extra in ((self.term_group, []), (self.side_a, []), (self.side_b, [REST])):
            keep = ctl.value if ctl.value in [*extra, *names] else None
            if list(ctl.options) != [*extra, *names]:
                ctl.options = [*extra, *names]
            if ctl.options:
                ctl.value = keep if keep is not None else ctl.options[0]
        tab = self.tabs.selected_index or 0  # only the visible view is recomputed
        if tab in (0, 1, 3):
            kind, key, value = [("actor", "actor", "mentions"), ("label", "item", "count"), None,
                                ("speaker", "speaker", "count")][tab]
            if kind == "actor":
                data = actor_counts(t, mask, by=by, voice=voice)
            elif kind == "label":
                data = label_counts(t, mask, by=by, voice=voice)
                data = data.assign(item=data["referent"] + " › " + data["label"])
            else:
                data = quote_counts(t, mask, by=by)
            self.table[kind] = data
            tot = data.groupby(key)[value].sum().sort_values(ascending=False, kind="stable")
            self.lists[kind].options = [(f"{k} ({int(v)})", k) for k, v in tot.head(300).items()]
            what = {"actor": "actors", "label": "labels", "speaker": "speakers"}[kind]
            picked = self._last[2] if self._last and self._last[0] == kind else None
            self.bars[kind].update(tot, what, picked)
            self.heats[kind].value = _heat(data, key, by, value)
        elif tab == 2:
            group = self.term_group.value
            if group is not None and group in present.index and len(present) > 1:
                a = mask & (t.docs[by] == group).to_numpy()
                s = term_scores(t, a, background=mask, voice=self.term_voice.value)
                s = s[s["count_a"] >= 2].head(400)
                if by == "outlet":  # as distinctive_terms: not the outlet's own name
                    s = s[~names_outlet(s["term"], group)]
                s = s.head(200)
                self.lists["term"].options = [
                    (f"{r.term}  z={r.z:.1f} q={r.q:.2g} ({r.count_a} vs {r.count_b})", r.term)
                    for r in s.itertuples()]
            else:
                self.lists["term"].options = []
        else:
            self.table["term"] = self._scatter(mask)

    def sides(self, mask: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Masks of side A and side B of the term explorer within the selection."""
        mask = self.mask if mask is None else mask
        col = self.tables.docs[self.by.value].to_numpy()
        a = mask & (col == self.side_a.value)
        if self.side_b.value in (REST, self.side_a.value):  # B = A would compare A with itself
            return a, mask & ~a
        return a, mask & (col == self.side_b.value)

    def _scatter(self, mask: np.ndarray) -> pd.DataFrame:
        a, b = self.sides(mask)
        if not b.any():  # one group in the selection: nothing to compare with
            a = b
        key = (a.tobytes(), b.tobytes(), mask.tobytes(), self.term_voice.value)
        if key != self._scored[0]:  # a search alone reuses the scores and the picture
            s = term_scores(self.tables, a, b, background=mask, voice=self.term_voice.value)
            self._scored = (key, s)
            self._draw(s, None)
        s = self._scored[1]
        needle = self.search.value.strip().lower()
        found = s[s["term"].str.contains(needle, regex=False)] if needle else s
        self.lists["scatter"].options = [
            (f"{r.term}  z={r.z:+.1f} q={r.q:.2g} ({r.count_a}|{r.count_b})", r.term)
            for r in pd.concat([found.head(100), found.tail(100)]).drop_duplicates(
                "term").itertuples()]
        return s

    def _draw(self, s: pd.DataFrame, term: str | None) -> None:
        import io

        import matplotlib.pyplot as plt

        from .plots.explore import plot_term_scatter

        fig = plot_term_scatter(s, self.side_a.value, self.side_b.value, highlight=term,
                                max_points=1500, colorbar=False)
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=72, bbox_inches=None)
        plt.close(fig)
        self.plot.value = buf.getvalue()

    # ------------------------------------------------------------------------------ clicks
    def bar(self, kind: str, key: str):
        """The bar (an ``ipywidgets.Button``) of ``key`` in the ``kind`` view; ``.click()`` it."""
        return self.bars[kind].bar(key)

    def _clicked(self, kind: str, key: str) -> None:
        """A bar was clicked: its passages, in the group *Passages in* names if one."""
        if not self._busy:
            self._open(kind, "bar", key)

    def _picked(self, kind: str, source: str) -> None:
        key = self.lists[source].value
        if not self._busy and key is not None:
            self._open(kind, source, key)

    def _reopen(self) -> None:
        """After a filter change: the passages of the last pick in the new selection."""
        if self._last and self._last[1] != "scatter":  # the scatter's picture is per tab
            self._open(*self._last)

    def _open(self, kind: str, source: str, key: str) -> None:
        """Show the passages of ``key`` picked in ``source`` (a list, ``"bar"``)."""
        self._last = (kind, source, key)
        if kind in self.bars:
            self.bars[kind].mark(key)
        if source == "scatter":
            self._draw(self.table["term"], key)
        value = None if self.cell.value == ALL else self.cell.value
        if source == "term" and value is None:
            value = self.term_group.value
        if source == "scatter" and value is None:  # passages from the two sides compared
            a, b = self.sides()
            self.show(kind, key, mask=a | b)
            return
        self.show(kind, key, value=value)

    def show(self, kind: str, key: str, *, value: str | None = None,
             mask: np.ndarray | None = None) -> pd.DataFrame:
        """Show (and return) the passages behind ``key`` (an actor, ``"referent › label"``, a
        speaker or a term) in the selection (or ``mask``), in the group ``value`` if given."""
        voice = None if self.voice.value == "all" else self.voice.value
        if kind == "term":
            voice = self.term_voice.value
        only = self.only.value if mask is None else ()  # one group kept: name it
        mask = self.mask if mask is None else mask
        ctx = contexts(self.tables, kind, key, mask, by=self.by.value, value=value,
                       voice=voice, n=self.n, window_chars=self.window)
        where = f" in {value}" if value else (f" in {only[0]}" if len(only) == 1 else "")
        self.context.value = context_html(ctx, heading=f"{kind} “{key}”{where}",
                                          by=self.by.value)
        return ctx


@renamed(window="window_chars")
def explore(articles: pd.DataFrame | None = None, *, tables: ExplorerTables | None = None,
            by: str = "outlet", group: str | None = None, story: str | None = None,
            n: int = 20, window_chars: int = 80) -> Explorer:
    """Open the interactive explorer on a corpus (in JupyterLab: display the result).

    Parameters
    ----------
    articles : DataFrame, optional
        The corpus (``doc_id, outlet, text``; ``date``, ``title`` used when present).
    tables : ExplorerTables, optional
        Tables already built by :func:`analysis.explore_data.explorer_tables` (reuse them for
        :func:`analysis.explorer_html.export_explorer` too); else built from ``articles``.
    by : str
        Compare ``"outlet"`` (default) or the ``group`` column.
    group, story : str, optional
        An outlet-group column (e.g. ``"bias_text"``) and a story or topic column (e.g.
        ``"story_id"`` from :func:`analysis.stories.stories`, or ``"topic"``).
    n, window_chars : int
        Passages shown per selection, and characters of context on each side.

    Examples
    --------
    >>> from analysis import load_corpus
    >>> ex = explore(load_corpus())
    >>> ctx = ex.show("actor", "Israel", value="Radio Habana Cuba")
    >>> len(ctx), set(ctx["outlet"])
    (10, {'Radio Habana Cuba'})
    """
    if tables is None:
        if articles is None:
            raise ValueError("explore needs articles or tables")
        tables = explorer_tables(articles, group=group, story=story)
    return Explorer(tables, by=by, n=n, window_chars=window_chars)
