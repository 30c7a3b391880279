"""The resolver scorer on other corpora (benchmarks/eval_referents.py): scoring on a made-up
text, and the gold files' spans against the shared corpora (skipped where they are absent)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd
import pytest

from analysis.config import SHARED_CORPORA
from analysis.quotes import quotes

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "eval_referents.py"
_spec = importlib.util.spec_from_file_location("eval_referents", _PATH)
R = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(R)

TEXT = ("Senator Jane Ortiz spoke in Denver on Monday. “We will win,” she said. A spokesman for "
        "the mine declined to comment. He said the company would reply later.")


def _gold(sub: str, referent: str | None, after: int = 0) -> dict:
    s = TEXT.index(sub, after)
    return {"doc_id": "d", "source_start": s, "source_end": s + len(sub), "source": sub,
            "referent": referent}


def test_score_counts_named_and_unnamed_referents_apart():
    q = quotes(pd.DataFrame({"doc_id": ["d"], "text": [TEXT]}))
    gold = pd.DataFrame([_gold("she", "Jane Ortiz"), _gold("He", None),
                         _gold("Denver", "Jane Ortiz")])  # (no speaker there: not found)
    tally, rows = R.score(gold, q)
    assert tally["named_n"] == 2 and tally["unnamed_n"] == 1
    assert [r["status"] for r in rows][0] == "right"
    assert rows[2]["status"] == "not found" and tally["named_right"] == 0.5


def _gold_and_texts(gold_files: dict, name: str) -> tuple[pd.DataFrame, dict[str, str]]:
    """A gold file of benchmarks/annotations and its articles' texts (skip when absent)."""
    path = R.ANNOTATIONS / name
    rel, id_field, date_field = gold_files[name]
    corpus = SHARED_CORPORA / rel
    if not path.exists() or not corpus.exists():
        pytest.skip(f"{name} or its corpus is absent")
    gold = R.read_annotations(path, dtype={"doc_id": str, "referent": str})
    arts = R.corpus_texts(corpus, id_field, date_field, set(gold["doc_id"]))
    return gold, dict(zip(arts["doc_id"], arts["text"]))


@pytest.mark.parametrize("name", sorted(R.GOLD))
def test_gold_spans_are_the_corpus_text(name):
    gold, texts = _gold_and_texts(R.GOLD, name)
    assert {"doc_id", "source_start", "source_end", "source", "referent"} <= set(gold.columns)
    assert set(gold["doc_id"]) <= set(texts)
    for r in gold.itertuples():
        assert texts[r.doc_id][r.source_start : r.source_end] == r.source


_QPATH = Path(__file__).resolve().parents[1] / "benchmarks" / "eval_quote_gold.py"
_qspec = importlib.util.spec_from_file_location("eval_quote_gold", _QPATH)
B = importlib.util.module_from_spec(_qspec)
_qspec.loader.exec_module(B)


def test_bbc_scorer_matches_contents_and_reads_partial_quotations_as_one():
    text = ("Mr Dalton said the plan was “dead on arrival” and would be dropped. Analysts said "
            "the market would fall.")
    q = quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    s1 = text.index("the plan")
    s2 = text.index("the market")
    gold = pd.DataFrame([
        {"doc_id": "d", "kind": "indirect", "content_start": s1, "content_end": s1 + 50,
         "cue": "said", "referent": "Dalton"},
        {"doc_id": "d", "kind": "indirect", "content_start": s2, "content_end": len(text) - 1,
         "cue": "said", "referent": "(unidentified)"},
    ])
    res = B.score(gold, q, {"d": text})
    assert res["predicted"] == 2  # (the partial quotation is part of Dalton's statement)
    assert res["matched"] == 2 and res["speaker_right"] == 1.0 and res["cue"] == 1.0


@pytest.mark.parametrize("name", sorted(B.GOLD))
def test_quote_gold_spans_are_in_the_corpus_text(name):
    gold, texts = _gold_and_texts(B.GOLD, name)
    assert len(gold) > 200 and set(gold["kind"]) == {"direct", "indirect"}
    for g in gold.itertuples():
        t = texts[g.doc_id]
        assert 0 <= g.content_start < g.content_end <= len(t)
        if isinstance(g.speaker_text, str):
            assert t[int(g.speaker_start) : int(g.speaker_end)] == g.speaker_text
