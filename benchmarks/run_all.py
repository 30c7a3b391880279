"""Benchmarks of every stage on generated and real corpora: one command, a table and a CSV.

    python benchmarks/run_all.py                      # generated, --sizes 1000,10000,100000
    python benchmarks/run_all.py --sizes 1000,10000   # quicker
    python benchmarks/run_all.py --one-core           # per-core figures: one CPU, one thread
    python benchmarks/run_all.py --corpus allsides,polnear,real_export
    python benchmarks/run_all.py --corpus generated --sizes 10000 --outlets 500 --zipf 1.1
    python benchmarks/run_all.py --corpus path/to/export.jsonl.gz

``--corpus`` names one or more corpora: ``generated`` (for each size, scraped files written once
by ``generate_corpus.py`` into ``benchmarks/results/corpora/``; with ``--outlets``/``--zipf``
that many outlets with Zipf-distributed sizes, given by a manifest), the shared ``allsides``,
``polnear`` and ``bbc`` corpora (``NEWSFRAME_SHARED_CORPORA`` points elsewhere than
``../shared/corpora``), ``real_export`` (AllSides x8 + BBC, 37,641 articles, built once by
``generate_corpus.real_export``) or a path. Every stage runs in its own subprocess so its peak
memory (``ru_maxrss``, which includes the loaded articles) is its own. Reported: wall and CPU
seconds, throughput (MB/s of uncompressed input for loading — per wall second and per CPU
second —, words/s for text stages, articles/s otherwise) and peak memory. The table is printed
as markdown and written to ``benchmarks/results/bench_YYYY-MM-DD.csv`` (git-ignored).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
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


def _raw_mb(path: Path) -> float:
    """MB of input: files' sizes, gzipped ones uncompressed."""
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    total = 0
    for p in files:
        if p.suffix == ".gz":
            with gzip.open(p, "rb") as fh:
                while chunk := fh.read(1 << 24):
                    total += len(chunk)
        else:
            total += p.stat().st_size
    return total / 1e6


def _cpu() -> float:
    """CPU seconds of this process and of its ended children: stages that use worker
    processes (``quotes`` on a large corpus, by default) are charged for their workers."""
    own, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _stage(name: str, corpus: Path, cache: Path, manifest: Path | None = None) -> dict:
    """Run one stage; return its measurements (time excludes loading the input table)."""
    warnings.simplefilter("ignore")
    import pandas as pd  # noqa: F401

    from analysis.corpus import load_corpus, load_report

    def load(**kw):
        return load_corpus(corpus, manifest=manifest, **kw)

    raw_mb = _raw_mb(corpus)
    articles = None
    if name not in ("load", "load_no_near", "reload_cache", "pipeline"):
        articles = load(cache=cache)
    if name == "reload_cache":
        load(cache=cache).attrs.clear()  # a cold cache is filled first, untimed
    words = int(articles["n_words"].sum()) if articles is not None else 0
    for mod in _IMPORTS.get(name, ()):  # imports are not part of a stage's cost
        __import__(mod)
    t0, c0 = time.perf_counter(), _cpu()
    extra: dict = {}
    if name == "load":
        a = load()
        extra = {"articles": len(a), "mb": raw_mb, "outlets": int(a["outlet"].nunique()),
                 "files": int((load_report(a)["status"] == "loaded").sum())}
    elif name == "load_no_near":  # reading, decoding, cleaning, exact duplicates only
        a = load(near_duplicate_threshold=None)
        extra = {"articles": len(a), "mb": raw_mb}
    elif name == "reload_cache":
        a = load(cache=cache)
        extra = {"articles": len(a), "mb": raw_mb}
    elif name in PIPELINE:
        extra = _step(name, articles)
    elif name == "pipeline":
        extra = _pipeline(corpus, manifest)
    wall, cpu = time.perf_counter() - t0, _cpu() - c0
    if name == "pipeline":
        wall = extra.pop("wall")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB → MiB
    if articles is not None:
        extra.setdefault("articles", len(articles))
    return {"stage": name, "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
            "peak_mb": round(peak), "words": words, **extra}


def _pipeline(corpus: Path, manifest: Path | None = None) -> dict:
    """The whole report's computations on a fresh load, one stage after another in this process
    (one copy of the articles; stages use both cores where they pay: tokenising, similarity
    blocks, k-means fits). Peak memory is this process's maximum RSS over all of it."""
    from analysis.corpus import load_corpus

    t0 = time.perf_counter()
    articles = load_corpus(corpus, manifest=manifest)
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
        actor_frequency(articles, m, by="outlet")
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
               one_core: bool = False, manifest: Path | None = None) -> dict:
    cmd = [sys.executable, __file__, "--stage", name, "--path", str(corpus),
           "--cache", str(cache)] + (["--pin"] if one_core else []) + (
               ["--manifest", str(manifest)] if manifest else [])
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
    """Throughput per wall second, and per CPU second in brackets (the figure that a busy
    shared machine does not distort)."""
    if "error" in row:
        return ""
    w, c = row["wall_s"] or 1e-9, row["cpu_s"] or 1e-9
    if row["stage"] in ("load", "load_no_near", "reload_cache"):
        return f"{row['mb'] / w:.1f} MB/s ({row['mb'] / c:.1f})"
    if row["stage"] in ("segment", "mentions", "quotes", "distinctive_terms"):
        return f"{row['words'] / w / 1e6:.2f} M words/s ({row['words'] / c / 1e6:.2f})"
    return f"{row.get('articles', 0) / w:,.0f} articles/s ({row.get('articles', 0) / c:,.0f})"


def _markdown(df) -> str:
    lines = ["| " + " | ".join(map(str, df.columns)) + " |",
             "|" + "|".join("---" for _ in df.columns) + "|"]
    lines += ["| " + " | ".join(map(str, r)) + " |" for r in df.itertuples(index=False)]
    return "\n".join(lines)


SHARED = {"allsides": "allsides/world.jsonl.gz", "polnear": "polnear/articles.jsonl.gz",
          "bbc": "bbc/bbc.jsonl.gz"}


def _corpora(args) -> list[tuple[str, Path, Path | None]]:
    """``(label, path, manifest)`` of every corpus named by ``--corpus`` (generated ones are
    written, and the real export built, on first use)."""
    from generate_corpus import generate_corpus, manifest_path, real_export, shared_corpora

    out = []
    for name in args.corpus.split(","):
        if name == "generated":
            suffix = (f"_o{args.outlets}_z{args.zipf:g}" if args.outlets != 12 or args.zipf
                      else "")
            for n in [int(x) for x in args.sizes.split(",")]:
                folder = RESULTS / "corpora" / f"n{n}{suffix}"
                if not (folder / ".done").exists():
                    generate_corpus(folder, n, seed=0, outlets=args.outlets, zipf=args.zipf)
                    (folder / ".done").write_text("ok")
                manifest = manifest_path(folder)
                out.append((f"generated n={n:,}{suffix}", folder,
                            manifest if manifest.exists() else None))
        elif name in SHARED:
            out.append((name, shared_corpora() / SHARED[name], None))
        elif name == "real_export":
            path = RESULTS / "corpora" / "real_export.jsonl"
            if not path.exists():
                real_export(path)
            out.append((name, path, None))
        else:
            out.append((Path(name).name, Path(name), None))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default="generated",
                    help="comma-separated: generated, allsides, polnear, bbc, real_export or a "
                         "path (file or folder)")
    ap.add_argument("--sizes", default="1000,10000,100000", help="for --corpus generated")
    ap.add_argument("--outlets", type=int, default=12, help="for --corpus generated")
    ap.add_argument("--zipf", type=float, default=0.0,
                    help="for --corpus generated: Zipf exponent of outlet sizes (0: uniform)")
    ap.add_argument("--stages", default=",".join(STAGES))
    ap.add_argument("--timeout", type=int, default=1800, help="seconds per stage")
    ap.add_argument("--one-core", action="store_true",
                    help="run every stage on one CPU core with one BLAS/OpenMP thread (the "
                         "per-core figures); the CSV name ends in _1core")
    ap.add_argument("--stage", help=argparse.SUPPRESS)
    ap.add_argument("--pin", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--path", help=argparse.SUPPRESS)
    ap.add_argument("--manifest", help=argparse.SUPPRESS)
    ap.add_argument("--cache", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.stage:  # child process: one stage
        if args.pin:  # before NumPy starts its threads
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        manifest = Path(args.manifest) if args.manifest else None
        print(json.dumps(_stage(args.stage, Path(args.path), Path(args.cache), manifest)))
        return 0

    import pandas as pd

    RESULTS.mkdir(parents=True, exist_ok=True)
    csv = RESULTS / (f"bench_{dt.date.today().isoformat()}"
                     + ("_1core" if args.one_core else "") + ".csv")
    rows = []
    for label, corpus, manifest in _corpora(args):
        cache = RESULTS / "cache" / label.replace(" ", "_").replace("=", "").replace(",", "")
        for name in args.stages.split(","):
            row = {"corpus": label, "cores": 1 if args.one_core else os.cpu_count(),
                   **_run_stage(name, corpus, cache, args.timeout, args.one_core, manifest)}
            row["rate"] = _rate(row)
            rows.append(row)
            msg = row.get("error") or f"{row['wall_s']}s wall, {row['peak_mb']} MB"
            print(f"{label:<24} {name:<18} {msg} {row['rate']}", flush=True)
            pd.DataFrame(rows).to_csv(csv, index=False)
    table = pd.DataFrame(rows)
    cols = [c for c in ["corpus", "cores", "stage", "articles", "wall_s", "cpu_s", "rate",
                        "peak_mb", "error"] if c in table.columns]
    print()
    print(_markdown(table[cols].astype(object).where(table[cols].notna(), "")))
    print(f"\nwritten: {csv}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
