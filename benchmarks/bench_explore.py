"""Time the explorer's interactions on the shared AllSides corpus (4,427 articles, 129 outlets).

Builds the tables once (timed), then times what a click costs: a filter change (outlet group,
months, story/topic), a click on an actor, a label, a speaker and a term (passages), a change of
the term explorer's sides, and the export to one HTML file (its size). Run from the project root:

    python benchmarks/bench_explore.py [--corpus PATH] [--repeat 3]

Prints one line per step (median of ``--repeat`` runs); ``benchmarks/README.md`` keeps the
numbers.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.config import SHARED_CORPORA  # noqa: E402
from analysis.corpus import load_corpus  # noqa: E402
from analysis.explore import explore  # noqa: E402
from analysis.explore_data import explorer_tables  # noqa: E402
from analysis.explorer_html import export_explorer  # noqa: E402


def timed(label: str, steps, repeat: int) -> float:
    """Median and max seconds of one interaction; ``steps`` are interactions timed one by one
    (e.g. a filter on, then off again), each counted as one interaction."""
    times = []
    for _ in range(repeat):
        for step in steps:
            start = time.perf_counter()
            step()
            times.append(time.perf_counter() - start)
    med = statistics.median(times)
    print(f"{label:<48} {med:7.3f} s  (max {max(times):.3f}, n={len(times)})", flush=True)
    return med


def setter(widget, trait: str, value):
    return lambda: setattr(widget, trait, value)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    shared = Path(os.environ.get("NEWSFRAME_SHARED_CORPORA", SHARED_CORPORA))
    p.add_argument("--corpus", default=str(shared / "allsides" / "world.jsonl.gz"))
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args(argv)
    articles = load_corpus(args.corpus)
    print(f"{len(articles):,} articles, {articles['outlet'].nunique()} outlets")
    start = time.perf_counter()
    tables = explorer_tables(articles, group="bias_text", story="topic")
    print(f"{'build the tables once':<48} {time.perf_counter() - start:7.3f} s", flush=True)
    start = time.perf_counter()
    ex = explore(tables=tables)
    print(f"{'open the widget (all views)':<48} {time.perf_counter() - start:7.3f} s")
    r = args.repeat
    timed("filter: compare by bias_text / outlet", [setter(ex.by, "value", "bias_text"),
                                                    setter(ex.by, "value", "outlet")], r)
    ex.by.value = "bias_text"
    timed("filter: only 'left' / all", [setter(ex.only, "value", ("left",)),
                                        setter(ex.only, "value", ())], r)
    months = ex.dates.options
    timed("filter: months 2018-01.. / all", [
        setter(ex.dates, "index", (months.index("2018-01"), len(months) - 1)),
        setter(ex.dates, "index", (0, len(months) - 1))], r)
    timed("filter: topic 'middle_east' / all", [setter(ex.story, "value", "middle_east"),
                                                setter(ex.story, "value", "(all)")], r)
    timed("tab: labels, terms, who quotes whom, actors", [
        setter(ex.tabs, "selected_index", i) for i in (1, 2, 3, 0)], r)
    timed("click: actor 'Iran' (passages)", [lambda: ex.show("actor", "Iran")], r)
    timed("click: cell 'Iran' in 'right'", [lambda: ex.show("actor", "Iran", value="right")], r)
    timed("click: label 'Israel › Zionist regime'",
          [lambda: ex.show("label", "Israel › Zionist regime")], r)
    timed("click: speaker 'Donald Trump'", [lambda: ex.show("speaker", "Donald Trump")], r)
    timed("click: term 'isis' in 'left'", [lambda: ex.show("term", "isis", value="left")], r)
    ex.tabs.selected_index = 4
    ex.side_a.value = "left"
    timed("term explorer: side B 'right' / rest", [setter(ex.side_b, "value", "right"),
                                                   setter(ex.side_b, "value", "(rest)")], r)
    timed("term explorer: quoted / own words", [setter(ex.term_voice, "value", "quoted"),
                                                setter(ex.term_voice, "value", "own")], r)
    timed("term explorer: search 'iran' / none", [setter(ex.search, "value", "iran"),
                                                  setter(ex.search, "value", "")], r)
    timed("term explorer: filter only 'left','right'", [
        setter(ex.only, "value", ("left", "right")), setter(ex.only, "value", ())], r)
    timed("term explorer: click a term (redraw + passages)", [
        setter(ex.lists["scatter"], "value", ex.lists["scatter"].options[i][1])
        for i in (0, 1)], r)
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        path = export_explorer(None, Path(tmp) / "explorer.html", tables=tables)
        print(f"{'export_explorer (HTML)':<48} {time.perf_counter() - start:7.3f} s, "
              f"{path.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
