"""Distinctive terms at ~500 outlets: time and peak memory of ``distinctive_terms``.

The corpus is the AllSides world-affairs subset (``../shared/corpora/allsides/world.jsonl.gz``,
4,427 articles, 129 outlets) concatenated ``--copies`` times (default 8: 35,416 articles). Copy
``c`` gives article ``i`` of outlet number ``k`` (outlets sorted by name) to outlet number
``(k + c) mod 129`` with the suffix ``#(c mod 4)`` ("CNN #3"): 516 outlets of 2 different
source outlets' articles each, so no text is repeated inside one outlet (otherwise every n-gram
an outlet uses would pass ``min_count=2``). ``doc_id`` is suffixed with the copy.

    python benchmarks/bench_distinctive_terms.py                      # 8 copies, by outlet
    python benchmarks/bench_distinctive_terms.py --outlets 30 --copies 1 --old
    python benchmarks/bench_distinctive_terms.py --copies 1 --pairs top
    python benchmarks/bench_distinctive_terms.py --save /tmp/new.pkl    # to compare tables

Prints one line per run: articles, outlets, rows, seconds, CPU seconds of this process (with
its threads) and of the worker processes that find the tokens (and count the hashed filter),
and, under fork, of the forked process that counts the n-grams of half of the groups
(``--n-jobs``, default: two for 5,000 articles or
more), peak RSS (MB) of this process (which includes the loaded articles; the loaded corpus
alone is printed first) and of the largest worker, and the CPU seconds (this process) of
counting and of scoring. ``--old`` also runs the code as it was before the sparse rewrite
(``tests/framing_reference.py``): only for samples. The corpora are found in
``NEWSFRAME_SHARED_CORPORA`` when it is set (e.g. from a git worktree).
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import os
import resource
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
ALLSIDES = (Path(os.environ.get("NEWSFRAME_SHARED_CORPORA") or ROOT.parent / "shared" / "corpora")
            / "allsides" / "world.jsonl.gz")


def peak_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def children_cpu() -> float:
    """CPU seconds (user + system) of the finished worker processes."""
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def phase_timer() -> dict:
    """CPU seconds of the two phases of ``distinctive_terms`` (counting n-grams, scoring) and
    the peak RSS at the end of counting, filled in as the call runs."""
    import analysis.framing._log_odds as lo
    from analysis.framing.ngrams import _NgramCounter

    phases: dict = {}

    def timed(name, fn):
        def run(*a, **kw):
            cpu = time.process_time()
            try:
                return fn(*a, **kw)
            finally:
                phases[name] = phases.get(name, 0.0) + time.process_time() - cpu
                phases[f"{name} peak"] = peak_mb()
        return run

    _NgramCounter.count = timed("counting", _NgramCounter.count)
    lo.score = timed("scoring", lo.score)
    return phases


def corpus(path: Path, copies: int, outlets: int | None) -> pd.DataFrame:
    rows = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:  # only three fields: a small baseline
        for line in fh:
            rec = json.loads(line)
            rows.append((str(rec["ID"]), str(rec["source"]), str(rec["text"])))
    raw = pd.DataFrame(rows, columns=["doc_id", "outlet", "text"])
    if outlets:
        raw = raw[raw["outlet"].isin(raw["outlet"].value_counts().index[:outlets])]
    names = sorted(raw["outlet"].unique())
    number = raw["outlet"].map({n: i for i, n in enumerate(names)})
    if copies == 1:
        return raw.reset_index(drop=True)
    parts = []
    for c in range(copies):
        parts.append(raw.assign(
            doc_id=raw["doc_id"] + f"_{c}",
            outlet=[f"{names[(k + c) % len(names)]} #{c % 4}" for k in number]))
    return pd.concat(parts, ignore_index=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--path", type=Path, default=ALLSIDES)
    ap.add_argument("--copies", type=int, default=8)
    ap.add_argument("--outlets", type=int, default=None, help="only the N largest outlets")
    ap.add_argument("--pairs", default=None, help="'top' (8 largest), or 'all' (with --old)")
    ap.add_argument("--old", action="store_true", help="also run the old code (samples only)")
    ap.add_argument("--n-jobs", type=int, default=None,
                    help="processes for the text work (default: distinctive_terms' own)")
    ap.add_argument("--save", type=Path, default=None, help="pickle the table here (to compare)")
    args = ap.parse_args()
    from analysis.framing import distinctive_terms

    arts = corpus(args.path, args.copies, args.outlets)
    print(f"corpus: {len(arts):,} articles, {arts['outlet'].nunique()} outlets, "
          f"peak {peak_mb():,.0f} MB", flush=True)
    pairs = {"top": "top", "all": True, None: False}[args.pairs]
    phases = phase_timer()
    t, cpu, cpu_kids = time.perf_counter(), time.process_time(), children_cpu()
    new = distinctive_terms(arts, by="outlet", pairs="top" if pairs is True else pairs,
                            top_pairs=arts["outlet"].nunique() if pairs is True else 8,
                            processes=args.n_jobs)
    print(f"new: {len(new):,} rows, {time.perf_counter() - t:.1f} s "
          f"(cpu {time.process_time() - cpu:.1f} s, worker processes "
          f"{children_cpu() - cpu_kids:.1f} s), peak {peak_mb():,.0f} MB (largest worker "
          f"{peak_mb(resource.RUSAGE_CHILDREN):,.0f} MB), "
          f"too few articles: {len(new.attrs['too_few_articles'])}", flush=True)
    print(f"  cpu: counting {phases.get('counting', 0):.1f} s (peak by its end "
          f"{phases.get('counting peak', 0):,.0f} MB), scoring {phases.get('scoring', 0):.1f} s",
          flush=True)
    if args.save:
        new.to_pickle(args.save)
    if args.old:
        spec = importlib.util.spec_from_file_location(
            "framing_reference", ROOT / "tests" / "framing_reference.py")
        ref = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(ref)
        t, cpu = time.perf_counter(), time.process_time()
        old = ref.reference_terms(arts, by="outlet", pairs=pairs)
        print(f"old: {len(old):,} rows, {time.perf_counter() - t:.1f} s "
              f"(cpu {time.process_time() - cpu:.1f} s), "
              f"peak {peak_mb():,.0f} MB", flush=True)


if __name__ == "__main__":
    main()
