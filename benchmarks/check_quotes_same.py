"""Check that ``quotes()`` gives the same tables as another revision (speed work must not change
output), and compare their CPU time.

    python benchmarks/check_quotes_same.py [--ref REV] [--repeat N] [--parallel [--allsides]]

The reference revision's ``analysis`` package is taken from git (``git archive``) into a temporary
directory and run in a subprocess; both sides compute ``quotes(articles)`` on PolNeAR (train +
dev, 924 articles, in ``../shared/corpora/polnear``) and on the bundled corpus
(``analysis.corpus.load_corpus()``), and the tables must be equal (``assert_frame_equal``).
Times are CPU seconds (the minimum of ``--repeat`` runs, each side alternately), since the
machine is shared (``processes=1`` on this side where ``quotes`` has the option, so the CPU
seconds compare one process with one process). Exit status 1 when a table differs.

``--parallel`` then times this revision's ``quotes`` in this process with ``processes=1`` and
with the default (automatic: worker processes on large corpora), alternately ``--repeat``
times, on PolNeAR and, with ``--allsides``, the shared AllSides export (``load_corpus``); it
checks that both tables are equal and reports words per wall second (the best run) and per CPU
second (this process and its finished workers, ``getrusage``), with the load average: on a
shared machine the wall figure depends on what else runs.
"""

from __future__ import annotations

import argparse
import os
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

_RUN = r"""
import inspect, pickle, sys, time
sys.path.insert(0, sys.argv[1])
import pandas as pd
from analysis.quotes import quotes
corpora = pickle.load(open(sys.argv[2], "rb"))
arts = corpora["polnear"]
one = {"processes": 1} if "processes" in inspect.signature(quotes).parameters else {}
quotes(arts.head(2), **one)
out, secs = {}, {}
for name, a in corpora.items():
    t = time.process_time()
    out[name] = quotes(a, **one)
    secs[name] = time.process_time() - t
words = int(arts["text"].str.count(r"\S+").sum())
pickle.dump({"tables": out, "secs": secs, "words": words}, open(sys.argv[3], "wb"))
"""


def _run(code_root: Path, articles: Path, out: Path) -> dict:
    subprocess.run([sys.executable, "-c", _RUN, str(code_root), str(articles), str(out)],
                   check=True, cwd=code_root)
    with open(out, "rb") as fh:
        return pickle.load(fh)


def main(argv: list[str] | None = None) -> int:
    import pandas as pd

    from analysis.corpus import load_corpus
    from benchmarks.eval_quotes import POLNEAR

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ref", default="main", help="git revision to compare with (default main)")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--parallel", action="store_true",
                    help="also time processes=1 against the default (words per wall second)")
    ap.add_argument("--allsides", action="store_true",
                    help="with --parallel, also on the shared AllSides export")
    args = ap.parse_args(argv)
    articles = POLNEAR / "articles.jsonl.gz"
    if not articles.exists():
        print(f"skipped: {POLNEAR} is not beside the project")
        return 0
    corpora = {
        "polnear": pd.read_json(articles, lines=True, dtype=False)[["doc_id", "text"]],
        "bundled": load_corpus()[["doc_id", "text"]],
    }
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "articles.pkl"
        with open(inputs, "wb") as fh:
            pickle.dump(corpora, fh)
        ref_root = Path(tmp) / "ref"
        ref_root.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.ref, "analysis"],
                                 check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(ref_root)], input=archive, check=True)
        times: dict[str, list[float]] = {"ref": [], "this": []}
        for _ in range(max(args.repeat, 1)):
            ref = _run(ref_root, inputs, Path(tmp) / "ref.pkl")
            new = _run(ROOT, inputs, Path(tmp) / "new.pkl")
            times["ref"].append(ref["secs"]["polnear"])
            times["this"].append(new["secs"]["polnear"])
    same = True
    for name in new["tables"]:
        try:
            pd.testing.assert_frame_equal(new["tables"][name], ref["tables"][name])
            print(f"{name}: {len(new['tables'][name])} rows, identical to {args.ref}")
        except AssertionError as err:
            same = False
            print(f"{name}: differs from {args.ref}: {err}")
    words = new["words"]
    for side, ts in times.items():
        print(f"{side}: PolNeAR quotes {min(ts):.2f} CPU s (min of {len(ts)}), "
              f"{words / min(ts) / 1e6:.2f} M words per CPU second")
    if args.parallel:
        if args.allsides:
            corpora["allsides"] = _allsides()
        for name in ("polnear", "allsides"):
            if name in corpora:
                same = _parallel_report(name, corpora[name], new["tables"].get(name),
                                        args.repeat) and same
    return 0 if same else 1


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended (the pool's workers)."""
    own, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _allsides():
    from analysis.config import SHARED_CORPORA
    from analysis.corpus import load_corpus

    path = SHARED_CORPORA / "allsides" / "world.jsonl.gz"
    return load_corpus(path)[["doc_id", "text"]] if path.exists() else None


def _parallel_report(name: str, articles, reference, repeat: int) -> bool:
    """Time ``quotes`` with one process and with the default; True when the tables are equal
    (to each other and to ``reference`` when given)."""
    import pandas as pd

    from analysis.quotes import quotes

    if articles is None:
        print(f"{name}: skipped (not in the shared corpora)")
        return True
    words = int(articles["text"].str.count(r"\S+").sum())
    quotes(articles.head(2), processes=1)
    runs: dict[str, list[tuple[float, float]]] = {"1": [], "auto": []}
    tables = {}
    load = [os.getloadavg()[0]]
    for _ in range(max(repeat, 1)):
        for label, processes in (("1", 1), ("auto", None)):
            t, c = time.perf_counter(), _cpu()
            tables[label] = quotes(articles, processes=processes)
            runs[label].append((time.perf_counter() - t, _cpu() - c))
    load.append(os.getloadavg()[0])
    same = True
    for other in [tables["1"]] + ([reference] if reference is not None else []):
        try:
            pd.testing.assert_frame_equal(tables["auto"], other)
        except AssertionError as err:
            same = False
            print(f"{name}: processes=auto differs: {err}")
    print(f"{name}: {len(articles)} articles, {words:,} words, {len(tables['auto'])} rows, "
          f"auto table {'identical' if same else 'DIFFERENT'}; load average "
          f"{load[0]:.1f} → {load[1]:.1f} on {os.cpu_count()} CPUs")
    for label, rs in runs.items():
        wall, cpu = min(r[0] for r in rs), min(r[1] for r in rs)
        print(f"  processes={label}: {wall:.2f} s wall (best of {len(rs)}), "
              f"{words / wall / 1e6:.2f} M words per wall second; {cpu:.2f} CPU s, "
              f"{words / cpu / 1e6:.2f} M words per CPU second")
    return same


if __name__ == "__main__":
    raise SystemExit(main())
