"""Benchmarks of every stage at 1k / 10k / 100k articles: one command, a table and a CSV.

    python benchmarks/run_all.py                      # --sizes 1000,10000,100000
    python benchmarks/run_all.py --sizes 1000,10000   # quicker
    python benchmarks/run_all.py --one-core           # per-core figures: one CPU, one thread

For each size a corpus of generated scraped files is written once (``generate_corpus.py``, kept in
``benchmarks/results/corpora/``), then every stage runs in its own subprocess so its peak memory
(``ru_maxrss``, which includes the loaded articles) is its own. Reported: wall and CPU seconds,
throughput (MB/s of raw files for loading, words/s for text stages, articles/s otherwise) and
peak memory. The table is printed as markdown and written to
``benchmarks/results/bench_YYYY-MM-DD.csv`` (git-ignored).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

STAGES = ["load", "load_no_near", "reload_cache", "segment", "mentions", "quotes", "topics",
          "stories",
          "distinctive_terms", "pipeline"]
#: The report's computations after loading, in the order the pipeline stage runs them.
PIPELINE = ("segment", "mentions", "quotes", "topics", "stories", "distinctive_terms")


_IMPORTS = {
    "load": ("analysis.dedup", "sklearn.feature_extraction.text"),
    "load_no_near": ("analysis.dedup", "sklearn.feature_extraction.text"),
    "reload_cache": ("analysis.cache", "pyarrow.parquet"),
    "mentions": ("analysis.actors",), "quotes": ("analysis.quotes",),
    "topics": ("analysis.topics",), "stories": ("analysis.stories",),
    "distinctive_terms": ("analysis.framing",),
    "pipeline": ("analysis.dedup", "sklearn.feature_extraction.text"),
}


def _articles(corpus: Path, cache: Path):
    from analysis.corpus import load_corpus

    return load_corpus(corpus, cache=cache)


def _stage(name: str, corpus: Path, cache: Path) -> dict:
    """Run one stage; return its measurements (time excludes loading the input table)."""
    warnings.simplefilter("ignore")
    import pandas as pd  # noqa: F401

    from analysis.corpus import load_corpus, load_report

    raw_mb = sum(p.stat().st_size for p in corpus.rglob("*.txt")) / 1e6
    articles = None
    if name not in ("load", "load_no_near", "reload_cache", "pipeline"):
        articles = _articles(corpus, cache)
    if name == "reload_cache":
        _articles(corpus, cache).attrs.clear()  # a cold cache is filled first, untimed
    words = int(articles["n_words"].sum()) if articles is not None else 0
    for mod in _IMPORTS.get(name, ()):  # imports are not part of a stage's cost
        __import__(mod)
    t0, c0 = time.perf_counter(), time.process_time()
    extra: dict = {}
    if name == "load":
        a = load_corpus(corpus)
        extra = {"articles": len(a), "mb": raw_mb,
                 "files": int((load_report(a)["status"] == "loaded").sum())}
    elif name == "load_no_near":  # reading, decoding, cleaning, exact duplicates only
        a = load_corpus(corpus, near_duplicate_threshold=None)
        extra = {"articles": len(a), "mb": raw_mb}
    elif name == "reload_cache":
        a = load_corpus(corpus, cache=cache)
        extra = {"articles": len(a), "mb": raw_mb}
    elif name in PIPELINE:
        extra = _step(name, articles)
    elif name == "pipeline":
        extra = _pipeline(corpus)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    if name == "pipeline":
        wall = extra.pop("wall")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB → MiB
    if articles is not None:
        extra.setdefault("articles", len(articles))
    return {"stage": name, "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
            "peak_mb": round(peak), "words": words, **extra}


def _pipeline(corpus: Path) -> dict:
    """The whole report's computations on a fresh load, one stage after another in this process
    (one copy of the articles; stages use both cores where they pay: tokenising, similarity
    blocks, k-means fits). Peak memory is this process's maximum RSS over all of it."""
    from analysis.corpus import load_corpus

    t0 = time.perf_counter()
    articles = load_corpus(corpus)
    articles.attrs.clear()
    seconds = {"load": time.perf_counter() - t0}
    for name in PIPELINE:
        t = time.perf_counter()
        try:
            _step(name, articles)
        except ImportError:  # an optional dependency is missing: the step is left out
            continue
        seconds[name] = time.perf_counter() - t
    return {"wall": time.perf_counter() - t0, "articles": len(articles),
            "steps": " + ".join(f"{k} {v:.0f}s" for k, v in seconds.items())}


def _step(name: str, articles) -> dict:
    """Run one computation of the report on ``articles``; return what it produced (counts)."""
    if name == "segment":
        from analysis.text import paragraphs, sentences

        return {"paragraphs": len(paragraphs(articles)), "sentences": len(sentences(articles))}
    if name == "mentions":
        from analysis.actors import actor_frequency, actor_mentions

        m = actor_mentions(articles)
        actor_frequency(m, articles, by="outlet")
        return {"mentions": len(m)}
    if name == "quotes":
        from analysis.quotes import quotes

        return {"quotes": len(quotes(articles))}
    if name == "topics":
        from analysis.topics import topic_model

        model = topic_model(articles, unit="article", n_topics="auto", random_state=0)
        return {"topics": int(model.topics["topic"].nunique())}
    if name == "stories":
        from analysis.stories import stories

        return {"stories": int(stories(articles)["story_id"].nunique())}
    if name == "distinctive_terms":
        from analysis.framing import distinctive_terms

        return {"rows": len(distinctive_terms(articles, by="outlet"))}
    raise ValueError(f"unknown step {name!r}")


#: Environment of a stage limited to one core: one BLAS / OpenMP thread (and ``--pin``).
ONE_CORE_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def _run_stage(name: str, corpus: Path, cache: Path, timeout: int,
               one_core: bool = False) -> dict:
    cmd = [sys.executable, __file__, "--stage", name, "--corpus", str(corpus),
           "--cache", str(cache)] + (["--pin"] if one_core else [])
    env = {**os.environ, "TQDM_DISABLE": "1", **(ONE_CORE_ENV if one_core else {})}
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return {"stage": name, "error": f"timeout after {timeout}s"}
    lines = [x for x in out.stdout.splitlines() if x.startswith("{")]
    if out.returncode or not lines:
        err = (out.stderr.strip().splitlines() or ["?"])[-1][:120]
        return {"stage": name, "error": err}
    return json.loads(lines[-1])


def _rate(row: dict) -> str:
    if "error" in row:
        return ""
    w = row["wall_s"] or 1e-9
    if row["stage"] in ("load", "load_no_near", "reload_cache"):
        return f"{row['mb'] / w:.1f} MB/s"
    if row["stage"] in ("segment", "mentions", "quotes", "distinctive_terms"):
        return f"{row['words'] / w / 1e6:.2f} M words/s"
    return f"{row.get('articles', 0) / w:,.0f} articles/s"


def _markdown(df) -> str:
    lines = ["| " + " | ".join(map(str, df.columns)) + " |",
             "|" + "|".join("---" for _ in df.columns) + "|"]
    lines += ["| " + " | ".join(map(str, r)) + " |" for r in df.itertuples(index=False)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--stages", default=",".join(STAGES))
    ap.add_argument("--timeout", type=int, default=1800, help="seconds per stage")
    ap.add_argument("--one-core", action="store_true",
                    help="run every stage on one CPU core with one BLAS/OpenMP thread (the "
                         "per-core figures); the CSV name ends in _1core")
    ap.add_argument("--stage", help=argparse.SUPPRESS)
    ap.add_argument("--pin", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--cache", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.stage:  # child process: one stage
        if args.pin:  # before NumPy starts its threads
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        print(json.dumps(_stage(args.stage, Path(args.corpus), Path(args.cache))))
        return 0

    from generate_corpus import generate_corpus

    RESULTS.mkdir(parents=True, exist_ok=True)
    csv = RESULTS / (f"bench_{dt.date.today().isoformat()}"
                     + ("_1core" if args.one_core else "") + ".csv")
    rows = []
    for n in [int(s) for s in args.sizes.split(",")]:
        corpus = RESULTS / "corpora" / f"n{n}"
        if not (corpus / ".done").exists():
            generate_corpus(corpus, n, seed=0)
            (corpus / ".done").write_text("ok")
        cache = RESULTS / "cache" / f"n{n}"
        for name in args.stages.split(","):
            row = {"n_files": n, "cores": 1 if args.one_core else os.cpu_count(),
                   **_run_stage(name, corpus, cache, args.timeout, args.one_core)}
            row["rate"] = _rate(row)
            rows.append(row)
            msg = row.get("error") or f"{row['wall_s']}s wall, {row['peak_mb']} MB"
            print(f"n={n:>7,} {name:<18} {msg} {row['rate']}", flush=True)
            import pandas as pd

            pd.DataFrame(rows).to_csv(csv, index=False)
    import pandas as pd

    table = pd.DataFrame(rows)
    cols = [c for c in ["n_files", "cores", "stage", "articles", "wall_s", "cpu_s", "rate",
                        "peak_mb",
                        "error"] if c in table.columns]
    print()
    print(_markdown(table[cols].astype(object).where(table[cols].notna(), "")))
    print(f"\nwritten: {csv}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
