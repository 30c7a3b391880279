"""Digests of every stage's tables, to prove that moving code changed no result.

Runs each stage the notebooks use (loading, segmentation, actors, quotes, topics, stories,
labels, distinctive terms, tone, the explorer's tables) on the bundled corpus and on fixed
samples of the shared corpora, and hashes each table as CSV (SHA-256 of ``to_csv`` with floats
written to 10 significant digits, so a table is "the same" when every value prints the same).

    python benchmarks/stage_digests.py --write tests/data/stage_digests.json   # before a change
    python benchmarks/stage_digests.py --check tests/data/stage_digests.json   # after it

``tests/test_stage_digests.py`` runs the check; a corpus whose file is absent is skipped. The
file keeps one set of digests per BLAS kernel (the topic model's float32 linear algebra differs
in its last bits between kernels): ``--write`` records the set of the kernel this machine runs,
``OPENBLAS_CORETYPE=Haswell`` (or SkylakeX) records another; see :mod:`digest_store`.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.config import SHARED_CORPORA  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
import digest_store  # noqa: E402

#: corpus name → (file or folder, number of leading records, group column)
CORPORA: dict[str, tuple[Path, int | None, str | None]] = {
    "bundled": (ROOT / "data" / "raw", None, None),
    "allsides": (SHARED_CORPORA / "allsides" / "world.jsonl.gz", 160, "bias_text"),
    "polnear": (SHARED_CORPORA / "polnear" / "articles.jsonl.gz", 80, None),
    "bbc": (SHARED_CORPORA / "bbc" / "bbc.jsonl.gz", 120, None),
}


def table_digest(table: pd.DataFrame | pd.Series) -> str:
    """SHA-256 of a table written as CSV (index included, floats to 10 significant digits)."""
    if isinstance(table, pd.Series):
        table = table.to_frame()
    text = table.to_csv(float_format="%.10g", lineterminator="\n")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_sample(path: Path, n: int | None) -> pd.DataFrame:
    """The corpus at ``path``; for a ``.jsonl.gz`` with ``n``, only its first ``n`` records."""
    from analysis.corpus import load_corpus

    if n is None:
        return load_corpus(path)
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / path.name
        with gzip.open(path, "rt", encoding="utf-8") as src, \
                gzip.open(sample, "wt", encoding="utf-8") as dst:
            for _, line in zip(range(n), src):
                dst.write(line)
        return load_corpus(sample)


def stage_tables(articles: pd.DataFrame, group: str | None = None) -> dict[str, Callable]:
    """Every stage's tables on ``articles``, as name → zero-argument function (run in order)."""
    from analysis.actors import actor_frequency, actor_mentions, actor_network
    from analysis.corpus import load_report
    from analysis.explore_data import contexts, explorer_tables, select, term_scores
    from analysis.framing import (
        distinctive_terms,
        label_choices,
        term_contexts,
        tone_sentences,
        tone_toward,
    )
    from analysis.labels import find_labels
    from analysis.overview import articles_by_date, cleaning_summary, outlet_summary
    from analysis.quotes import attribution, quotes, voice
    from analysis.stories import stories
    from analysis.text import kwic, paragraphs, sentences
    from analysis.topics import topic_model

    state: dict = {}

    def mentions():
        state["mentions"] = actor_mentions(articles)
        return state["mentions"]

    def quoted():
        state["quotes"] = quotes(articles, mentions=state["mentions"])
        return state["quotes"]

    def terms():
        state["terms"] = distinctive_terms(articles, min_articles=1)
        return state["terms"]

    def top_terms():
        top = state["terms"][state["terms"]["other"] == "rest"].groupby("outlet").head(3)
        return term_contexts(articles, top, n=3)

    def pair_terms():
        counts = articles["outlet"].value_counts()
        if len(counts) < 2:
            return pd.DataFrame()
        return distinctive_terms(articles, pair=tuple(counts.index[:2]), min_articles=1)

    def model_tables():
        model = topic_model(articles)
        parts = {k: v for k, v in vars(model).items() if isinstance(v, pd.DataFrame)}
        parts["by_outlet"] = model.by("outlet")
        parts["why"] = pd.DataFrame({"why": [model.why], "k": [model.n_topics],
                                     "unit": [model.unit]})
        return parts

    def explorer():
        tables = explorer_tables(articles, group=group)
        everything = np.ones(len(tables.docs), dtype=bool)
        first = sorted(articles["outlet"].unique())[:1]
        mask = select(tables, outlets=first)
        scores = term_scores(tables, mask, ~mask if (~mask).any() else None)
        parts = {name: value for name, value in vars(tables).items()
                 if isinstance(value, pd.DataFrame)}
        parts["scores"] = scores
        if len(scores):
            parts["term_contexts"] = contexts(tables, "term", scores["term"].iloc[0], everything)
        return parts

    steps: dict[str, Callable] = {
        "articles": lambda: articles,
        "load_report": lambda: load_report(articles),
        "outlet_summary": lambda: outlet_summary(articles),
        "cleaning_summary": lambda: cleaning_summary(articles),
        "articles_by_date": lambda: articles_by_date(articles),
        "paragraphs": lambda: paragraphs(articles),
        "sentences": lambda: sentences(articles),
        "kwic": lambda: kwic(articles, r"\b(?:said|Iran|president)\b"),
        "actor_mentions": mentions,
        "actor_frequency": lambda: actor_frequency(articles, state["mentions"]),
        "actor_frequency_bootstrap": lambda: actor_frequency(
            articles, state["mentions"], interval="bootstrap", n_boot=200),
        "actor_network": lambda: actor_network(state["mentions"]),
        "actor_network_paragraph": lambda: actor_network(state["mentions"], unit="paragraph"),
        "quotes": quoted,
        "attribution": lambda: attribution(articles, state["quotes"]),
        "voice_of_mentions": lambda: voice(state["mentions"], state["quotes"]),
        "find_labels": lambda: find_labels(articles, window_chars=70),
        "label_choices": lambda: label_choices(articles),
        "distinctive_terms": terms,
        "term_contexts": top_terms,
        "distinctive_terms_pair": pair_terms,
        "tone_sentences": lambda: tone_sentences(articles, state["mentions"]),
        "tone_toward": lambda: tone_toward(articles, state["mentions"], n_boot=200),
        "stories": lambda: stories(articles),
        "topic_model": model_tables,
        "explorer": explorer,
    }
    if group:
        steps[f"label_choices_by_{group}"] = lambda: label_choices(articles, by=group)
        steps[f"attribution_by_{group}"] = lambda: attribution(articles, state["quotes"],
                                                               by=group)
        steps[f"distinctive_terms_by_{group}"] = lambda: distinctive_terms(
            articles, by=group, min_articles=1)
    return steps


def corpus_digests(name: str) -> dict[str, str] | None:
    """Digest of every table of one corpus (None when its file is absent)."""
    path, n, group = CORPORA[name]
    if not path.exists():
        return None
    articles = load_sample(path, n)
    out: dict[str, str] = {}
    for step, run in stage_tables(articles, group).items():
        result = run()
        parts = result if isinstance(result, dict) else {"": result}
        for part, table in parts.items():
            out[f"{step}.{part}" if part else step] = table_digest(table)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--write", type=Path, help="write the digests to this JSON file")
    what.add_argument("--check", type=Path, help="compare with the digests in this JSON file")
    parser.add_argument("--corpora", default=",".join(CORPORA))
    args = parser.parse_args(argv)
    names = [c for c in args.corpora.split(",") if c]
    found = {name: corpus_digests(name) for name in names}
    found = {k: v for k, v in found.items() if v is not None}
    kernel = digest_store.blas_kernel()
    if args.write:
        stored = digest_store.load(args.write)
        stored.setdefault(kernel, {}).update(found)
        digest_store.save(args.write, stored)
        print(f"wrote {sum(map(len, found.values()))} digests of {len(found)} corpora "
              f"(BLAS kernel {kernel})")
        return 0
    stored = digest_store.load(args.check)
    changed, left_out = [], []
    for c, tables in found.items():
        want, skip = digest_store.expected(stored, c, kernel)
        changed += [f"{c}:{t}" for t in digest_store.changed(tables, want, skip)]
        left_out += [f"{c}:{t}" for t in skip]
    if left_out:
        print(f"BLAS kernel {kernel} has no stored digests; not compared: {', '.join(left_out)}")
    print("\n".join(changed) or f"all {sum(map(len, found.values())) - len(left_out)} tables "
          f"identical (BLAS kernel {kernel})")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
