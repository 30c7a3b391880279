"""Evaluate the speaker resolver on corpora it was not written on: AllSides and BBC.

The PolNeAR referents (``eval_quotes.py``) come from one corpus of US election news whose train
split the rules were read on. These gold sets come from two other corpora in
``../shared/corpora`` — AllSides world news (129 outlets, 2012–2020) and BBC News (2004–2005,
British style: "Mr Blair said") — annotated by hand from the article text, without running the
kit (how each was made: the header of its CSV in ``benchmarks/annotations/``):

* **Selection** (a fixed slice of the corpus by id, then regular expressions over the text, not
  the kit's output): "he"/"she" before a reporting verb ("he said", "she told"), the inverted
  form (",” said he"), definite role descriptions before one ("the minister said") and, in BBC,
  a courtesy title and surname ("Mr Brown said").
* **Referent**: the person the reader understands, by first and last name as the article gives
  them; empty for a speaker the article never names (an unnamed spokesman).

What is compared, per row: the row of :func:`analysis.quotes.quotes` whose speaker span overlaps
the annotated span. **Right** when its ``speaker_resolved`` is the referent (same surname, the
same first name when both give one, diacritics folded: ``eval_quotes._same_person``); a span
with no row counts as wrong. Rows with an empty referent are scored apart: right when the kit
names no person for them (``speaker_kind`` is not "person": unresolved, a spokesperson or an
anonymous source).

Usage::

    python benchmarks/eval_referents.py [--errors]

Writes ``benchmarks/results/eval_referents.csv`` (git-ignored) and prints a table.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from analysis.config import SHARED_CORPORA  # noqa: E402
from analysis.quotes import quotes  # noqa: E402
from benchmarks.eval_quotes import _same_person, read_annotations  # noqa: E402

ANNOTATIONS = ROOT / "benchmarks" / "annotations"
RESULTS = ROOT / "benchmarks" / "results"
#: gold file → (corpus file under the shared corpora, id field, date field or None)
GOLD = {
    "allsides_referents.csv": ("allsides/world.jsonl.gz", "ID", "date"),
    "bbc_referents.csv": ("bbc/bbc.jsonl.gz", "doc_id", None),
}


def corpus_texts(path: Path, id_field: str, date_field: str | None, ids: set[str]) -> pd.DataFrame:
    """doc_id, text (as stored: the annotation's offsets are into it) and date of ``ids``."""
    rows = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            if str(a[id_field]) in ids:
                rows.append({"doc_id": str(a[id_field]), "text": a["text"],
                             "date": a.get(date_field) if date_field else None})
    return pd.DataFrame(rows, columns=["doc_id", "text", "date"])


def gold_parts(name: str, gold: pd.DataFrame) -> list[tuple[str, pd.DataFrame]]:
    """The whole gold set, then each of its batches when it has more than one (column
    ``batch``: sets annotated at different times, each scored when new)."""
    batches = sorted(gold["batch"].unique()) if "batch" in gold.columns else []
    return [(name, gold)] + ([(f"{name} batch {b}", gold[gold["batch"] == b])
                              for b in batches] if len(batches) > 1 else [])


def score(gold: pd.DataFrame, q: pd.DataFrame) -> tuple[dict, list[dict]]:
    """Share right among named referents, and among unnamed ones (see the module docstring);
    returns the tallies and one record per row (``got``, ``status``)."""
    rows = []
    spk = q[q["speaker_start"].notna()]
    by_doc = {d: g for d, g in spk.groupby("doc_id")}
    for r in gold.itertuples(index=False):
        s, e = int(r.source_start), int(r.source_end)
        g = by_doc.get(str(r.doc_id))
        hit = None if g is None else g[(g["speaker_start"] < e) & (g["speaker_end"] > s)]
        got = None if hit is None or hit.empty else hit.iloc[0]["speaker_resolved"]
        kind = None if hit is None or hit.empty else hit.iloc[0]["speaker_kind"]
        named = isinstance(r.referent, str) and r.referent.strip() != ""
        if hit is None or hit.empty:
            status = "not found"
        elif named:
            status = "right" if _same_person(got, r.referent) else "wrong"
        else:
            status = "right" if kind != "person" else "wrong"
        rows.append({**r._asdict(), "named": named, "got": got, "status": status})
    out = pd.DataFrame(rows)
    tally = {}
    for named, part in ((True, "named"), (False, "unnamed")):
        sub = out[out["named"] == named] if not out.empty else out
        tally[f"{part}_n"] = len(sub)
        tally[f"{part}_right"] = float((sub["status"] == "right").mean()) if len(sub) else float(
            "nan")
        tally[f"{part}_not_found"] = int((sub["status"] == "not found").sum()) if len(sub) else 0
    return tally, rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--errors", action="store_true", help="print every row not right")
    args = ap.parse_args(argv)
    results = []
    print("\nresolved speaker on other corpora (hand-annotated; see the CSV headers)")
    print("| gold | articles | named referents | right | not found | unnamed | kit names "
          "no one |\n|---|---|---|---|---|---|---|")
    for name, (rel, id_field, date_field) in GOLD.items():
        path, corpus = ANNOTATIONS / name, SHARED_CORPORA / rel
        if not path.exists() or not corpus.exists():
            print(f"| {name} | skipped: {path.name if not path.exists() else corpus} absent |")
            continue
        gold = read_annotations(path, dtype={"doc_id": str, "referent": str})
        arts = corpus_texts(corpus, id_field, date_field, set(gold["doc_id"]))
        q = quotes(arts)
        for label, part in gold_parts(name, gold):
            tally, rows = score(part, q)
            n_art = part["doc_id"].nunique()
            results.append({"gold": label, "articles": n_art, **tally})
            print(f"| {label} | {n_art} | {tally['named_n']} | {tally['named_right']:.3f} | "
                  f"{tally['named_not_found']} | {tally['unnamed_n']} | "
                  f"{tally['unnamed_right']:.3f} |")
        tally, rows = score(gold, q)
        if args.errors:
            texts = dict(zip(arts["doc_id"], arts["text"]))
            for r in rows:
                if r["status"] != "right":
                    t, s = texts[r["doc_id"]], int(r["source_start"])
                    print(f"  * {r['status']}: {r['source']!r} → {r['got']!r} (gold "
                          f"{r['referent']!r}) …{t[max(0, s - 160) : s]!r}")
    if results:
        RESULTS.mkdir(parents=True, exist_ok=True)
        pd.DataFrame(results).to_csv(RESULTS / "eval_referents.csv", index=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
