"""Evaluate ``quotes`` on every quotation of hand-annotated BBC News and AllSides articles.

The PolNeAR figures (``eval_quotes.py``) come from US election news whose train split the rules
were read on. These gold sets are British news (BBC, 2004–2005: "Mr Brown said", "the
chancellor", quotations run over paragraphs; two batches of 24 articles) and world news from 13
outlets (AllSides, 16 articles), annotated from the article text without running the kit, in the
way the Canadian set of issue 15 was: every direct and indirect quotation, its speaker as
written, the person or body it refers to, and its cue (how each was made: the header of
``benchmarks/annotations/bbc_quotes.csv`` and ``allsides_quotes.csv``).

What is compared (the scoring rules, stated once):

* **Predicted quotations**: rows of :func:`analysis.quotes.quotes` of every kind but "term"
  (direct, indirect, object, according_to), not reported inside another's words (``within``
  empty), as ``eval_quotes.predicted_relations`` reads them. A direct row inside an indirect
  row of the same speaker (a partial quotation: "said the plan was “dead”") and the row that
  holds it are one prediction: annotators mark such a quotation as the clause, as the quoted
  words or as both, so either row may match a gold row, and the two count as two predictions
  only when both match (since 2026-12-05, sixth session; before, the partial row was dropped
  and a gold row on the quoted words alone was missed).
* **Match**: tokens (``\\w+``) of the two contents overlap by at least half of the longer one;
  pairs one to one, greedily by overlap (as ``eval_quotes.match``). Precision = matched /
  predicted, recall = matched / gold.
* **Speaker right** (on matched pairs): ``speaker_resolved`` is the gold referent
  (``eval_quotes._same_person``: same surname, same first name when both give one, diacritics
  folded, or the same actor by the actor dictionary's names and aliases: "UN" = "United
  Nations", "Tories" = "Conservative Party" since 2026-12-05, sixth session); for an unnamed gold
  source ("(spokesperson)", "(unidentified)") right when the kit names no person
  (``speaker_kind`` is not "person"). An organisation's name the dictionary does not know must
  match the same way ("LSE" is not "London Stock Exchange"): a strict reading.
* **Cue** (on matched pairs with a gold cue): the kit's cue and the gold cue contain one another.

Usage::

    python benchmarks/eval_quote_gold.py [--errors]

Writes ``benchmarks/results/eval_quote_gold.csv`` (git-ignored) and prints a table.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from analysis.config import SHARED_CORPORA  # noqa: E402
from analysis.quotes import quotes  # noqa: E402
from benchmarks.eval_quotes import _same_person, read_annotations  # noqa: E402
from benchmarks.eval_referents import ANNOTATIONS, corpus_texts, gold_parts  # noqa: E402

#: gold file → (corpus file under the shared corpora, id field, date field or None)
GOLD = {
    "bbc_quotes.csv": ("bbc/bbc.jsonl.gz", "doc_id", None),
    "allsides_quotes.csv": ("allsides/world.jsonl.gz", "ID", "date"),
}
RESULTS = ROOT / "benchmarks" / "results"
_WORD = re.compile(r"\w+")
_UNNAMED = ("(spokesperson)", "(unidentified)", "(anonymous source)")


def predicted(q: pd.DataFrame) -> tuple[list, list[tuple]]:
    """The kit's quotations (see the module docstring), as row tuples, and apart from them its
    partial quotations: (direct row, the indirect row of the same speaker that holds it), as in
    "said the findings mean it must “rethink the range of options”". Annotators mark such a
    quotation as the indirect clause, as the quoted words or as both, so either reading may
    match a gold row (:func:`score` counts the pair as one prediction unless both match)."""
    q = q[(q["kind"] != "term") & q["within"].isna()]
    keep, partial = [], []
    for _doc, g in q.groupby("doc_id", sort=True):
        rows = list(g.itertuples(index=False))
        for r in rows:
            holder = next((o for o in rows if o is not r and o.kind != "direct" and o.start <= (
                r.start) and r.end <= o.end and o.speaker_start == r.speaker_start), None) if (
                r.kind == "direct") else None
            if holder is None:
                keep.append(r)
            else:
                partial.append((r, holder))
    return keep, partial


def _tokens(text: str) -> Counter:
    return Counter(m.group().lower() for m in _WORD.finditer(text))


def match(gold: pd.DataFrame, pred: list, texts: dict) -> list[tuple]:
    """One-to-one (gold row, predicted row) pairs whose contents overlap by half or more: the
    largest overlaps first and, among equal ones, pairs whose speaker spans overlap (one content
    reported by two sources, "“…,” X said, according to Y", is two gold rows and two predictions;
    which pairs with which is then decided by the speaker, not by row order)."""
    by_doc: dict[str, list] = {}
    for p in pred:
        by_doc.setdefault(p.doc_id, []).append(p)
    cands = []
    for gi, g in enumerate(gold.itertuples(index=False)):
        gt = _tokens(texts[g.doc_id][int(g.content_start) : int(g.content_end)])
        for pi, p in enumerate(by_doc.get(g.doc_id, [])):
            pt = _tokens(texts[p.doc_id][p.start : p.end])
            share = sum((gt & pt).values()) / max(sum(gt.values()), sum(pt.values()), 1)
            if share >= 0.5:
                cands.append((-share, -_same_source(g, p), gi, (p.doc_id, pi), g, p))
    cands.sort(key=lambda c: c[:3])
    pairs, seen_g, seen_p = [], set(), set()
    for _s, _a, gi, pid, g, p in cands:
        if gi not in seen_g and pid not in seen_p:
            seen_g.add(gi)
            seen_p.add(pid)
            pairs.append((g, p))
    return pairs


def _same_source(g, p) -> bool:
    """True when the predicted speaker span overlaps the gold speaker span."""
    gs, ge = getattr(g, "speaker_start", None), getattr(g, "speaker_end", None)
    ps, pe = getattr(p, "speaker_start", None), getattr(p, "speaker_end", None)
    return bool(pd.notna(gs) and pd.notna(ps) and ps < ge and gs < pe)


def speaker_right(g, p) -> bool:
    if g.referent in _UNNAMED:
        return not (isinstance(p.speaker_kind, str) and p.speaker_kind == "person")
    return bool(_same_person(p.speaker_resolved, g.referent))


def score(gold: pd.DataFrame, q: pd.DataFrame, texts: dict) -> dict:
    pred, partial = predicted(q)
    pairs = match(gold, pred + [r for r, _holder in partial], texts)
    m = len(pairs)
    # a partial quotation and the indirect row that holds it are one prediction, or two when
    # gold rows match both (the holder is one of ``pred``'s own rows)
    hit = {id(x) for _g, x in pairs}
    both = sum(1 for r, holder in partial if id(r) in hit and id(holder) in hit)
    p, r = m / max(len(pred) + both, 1), m / max(len(gold), 1)
    with_cue = [(g, x) for g, x in pairs if isinstance(g.cue, str)]
    cue = sum(isinstance(x.cue, str) and (x.cue.lower() in g.cue.lower()
                                          or g.cue.lower() in x.cue.lower()) for g, x in with_cue)
    return {"gold": len(gold), "predicted": len(pred), "matched": m, "precision": p,
            "recall": r, "f1": 2 * p * r / max(p + r, 1e-9),
            "speaker_right": sum(speaker_right(g, x) for g, x in pairs) / max(m, 1),
            "cue": cue / max(len(with_cue), 1), "pairs": pairs, "pred": pred}


def _errors(gold: pd.DataFrame, res: dict, texts: dict) -> None:
    got_g = {(g.doc_id, g.content_start) for g, _p in res["pairs"]}
    got_p = {id(p) for _g, p in res["pairs"]}
    for g in gold.itertuples(index=False):
        if (g.doc_id, g.content_start) not in got_g:
            c = texts[g.doc_id][int(g.content_start) : int(g.content_end)]
            print(f"  * missed {g.kind} {g.speaker_text!r} {g.cue!r}: {c[:120]!r}")
    for p in res["pred"]:
        if id(p) not in got_p:
            print(f"  * false {p.kind} {p.speaker!r} {p.cue!r}: "
                  f"{texts[p.doc_id][p.start : p.end][:120]!r}")
    for g, p in res["pairs"]:
        if not speaker_right(g, p):
            print(f"  * speaker {g.referent!r} ({g.speaker_text!r}) got "
                  f"{p.speaker_resolved!r} ({p.speaker!r})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--errors", action="store_true", help="print misses, false and wrong speakers")
    args = ap.parse_args(argv)
    print("\nquotes on hand-annotated articles of other corpora (see the CSV headers)")
    print("| gold | articles | quotations | precision | recall | F1 | speaker right | cue |")
    print("|---|---|---|---|---|---|---|---|")
    results = []
    for name, (rel, id_field, date_field) in GOLD.items():
        path, corpus = ANNOTATIONS / name, SHARED_CORPORA / rel
        if not path.exists() or not corpus.exists():
            print(f"| {name} | skipped: {path.name if not path.exists() else corpus} absent |")
            continue
        gold = read_annotations(path, dtype={"doc_id": str})
        arts = corpus_texts(corpus, id_field, date_field, set(gold["doc_id"]))
        texts = dict(zip(arts["doc_id"], arts["text"]))
        q = quotes(arts)
        for label, part in gold_parts(name, gold):
            res = score(part, q[q["doc_id"].isin(set(part["doc_id"]))], texts)
            results.append({"set": label, **{k: v for k, v in res.items()
                                             if k not in ("pairs", "pred")}})
            print(f"| {label} | {part['doc_id'].nunique()} | {res['gold']} | "
                  f"{res['precision']:.3f} | {res['recall']:.3f} | {res['f1']:.3f} | "
                  f"{res['speaker_right']:.3f} | {res['cue']:.3f} |")
            if args.errors and label == name:
                _errors(part, res, texts)
    if results:
        RESULTS.mkdir(parents=True, exist_ok=True)
        pd.DataFrame(results).to_csv(RESULTS / "eval_quote_gold.csv", index=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
