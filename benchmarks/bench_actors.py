"""Benchmark: actor-mention extraction throughput (words/s) against spaCy NER, same run.

Reads the BBC corpus (``../shared/corpora/bbc``, Greene & Cunningham 2006), repeats it until it
holds at least ``--words`` words (default 5M), and times ``analysis.actors.actor_mentions`` with
the shipped dictionary end to end (matching, surname/role resolution, sentence ids, quote flags,
the output table). spaCy's ``en_core_web_sm`` with only its NER component (the fastest spaCy
configuration for this job) runs on a sample of distinct articles (``--spacy-words``, default
50k) and its rate is extrapolated to the full corpus. Both run single-threaded in one process
(BLAS/OpenMP threads are pinned to 1), so the figures are per core. Words are whitespace tokens.

    .venv/bin/python benchmarks/bench_actors.py [--words 5000000] [--spacy-words 50000]

Not a test: it prints, it does not assert.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import gzip  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import pandas as pd  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis import actors  # noqa: E402
from analysis.actor_dictionary import load_dictionary, spacy_ner  # noqa: E402
from analysis.config import SHARED_CORPORA  # noqa: E402


def load_bbc(min_words: int) -> tuple[pd.DataFrame, list[str], int]:
    path = SHARED_CORPORA / "bbc" / "bbc.jsonl.gz"
    if not path.exists():
        sys.exit(f"BBC corpus not found at {path}")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        base = [json.loads(line)["text"] for line in fh]
    base_words = sum(len(t.split()) for t in base)
    copies = -(-min_words // base_words)
    texts = base * copies
    articles = pd.DataFrame({
        "doc_id": [f"{c}/{i}" for c in range(copies) for i in range(len(base))],
        "text": texts,
    })
    return articles, base, base_words * copies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=5_000_000)
    parser.add_argument("--spacy-words", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dictionary", default=None,
                        help="folder with actors.csv/roles.csv (default: the shipped one)")
    args = parser.parse_args()

    articles, base, words = load_bbc(args.words)
    print(f"corpus: BBC x{len(articles) // len(base)} = {len(articles):,} articles, "
          f"{words:,} words, {articles['text'].str.len().sum():,} characters")

    t0 = time.perf_counter()
    d = load_dictionary(args.dictionary)
    d.matcher()
    build = time.perf_counter() - t0
    entries = len(d.entries)
    print(f"dictionary: {len(d.actors)} actors, {entries} forms; load + automaton {build:.3f} s")

    times, scan_times = [], []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        mentions = actors.actor_mentions(articles, dictionary=d)
        times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        texts = articles["text"].tolist()
        step = 2000
        for lo in range(0, len(texts), step):
            actors._scan(texts[lo:lo + step], d, False)
        scan_times.append(time.perf_counter() - t0)
    full, scan = statistics.median(times), statistics.median(scan_times)
    ours = words / full
    print(f"actor_mentions: {len(mentions):,} mentions in {full:.2f} s (median of "
          f"{args.repeat}) = {ours:,.0f} words/s")
    print(f"  of which Aho-Corasick scan + boundary/case checks: {scan:.2f} s "
          f"= {words / scan:,.0f} words/s")

    try:
        nlp = spacy_ner()
    except ImportError as err:
        print(f"spaCy: not available ({err}); no ratio")
        return
    sample, n = [], 0
    for text in base:
        sample.append(text)
        n += len(text.split())
        if n >= args.spacy_words:
            break
    list(nlp.pipe(sample[:5]))  # warm-up
    t0 = time.perf_counter()
    ents = sum(len(doc.ents) for doc in nlp.pipe(sample, batch_size=64))
    spacy_time = time.perf_counter() - t0
    theirs = n / spacy_time
    print(f"spaCy {nlp.meta.get('name', '?')} {nlp.meta.get('version', '?')} NER only "
          f"({', '.join(nlp.pipe_names)}): {n:,} words sample, {ents:,} entities in "
          f"{spacy_time:.2f} s = {theirs:,.0f} words/s; extrapolated to the full corpus: "
          f"{words / theirs:,.0f} s")
    print(f"ratio: actor_mentions is {ours / theirs:,.0f}x spaCy NER per core "
          f"(goal >= 100x; >= 1,000,000 words/s: {'met' if ours >= 1e6 else 'NOT met'})")


if __name__ == "__main__":
    main()
