"""The PolNeAR scorer (benchmarks/eval_quotes.py): matching and error classes, on a made-up text."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "eval_quotes.py"
_spec = importlib.util.spec_from_file_location("eval_quotes", _PATH)
E = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(E)

TEXT = ("Smith said the plan failed badly. Jones said taxes rose. Brown warned that costs grow. "
        "The mayor believes rents fall. Nobody knows the sky is green.")


def _span(sub: str, after: int = 0) -> tuple[int, int]:
    s = TEXT.index(sub, after)
    return s, s + len(sub)


def _gold(cue, content, speech=True):
    return {"doc_id": "d", "cue": cue[0], "cue_spans": [_span(*cue)],
            "content_spans": [_span(content)], "source_spans": [], "source": None, "speech": speech}


def _pred(act, content, cue):
    c = _span(*cue)
    return {"doc_id": "d", "act": act, "content": [_span(c_) for c_ in content], "speaker": None,
            "cue": c, "verb_start": c[0], "resolved": None, "kind": "indirect"}


def _score():
    arts = pd.DataFrame({"doc_id": ["d"], "text": [TEXT]})
    gold = pd.DataFrame([
        _gold(("said",), "the plan failed badly"),                  # found
        _gold(("said", 30), "taxes rose"),                          # found cue, span too long
        _gold(("warned",), "costs grow"),                           # nothing found
        _gold(("believes",), "rents fall", speech=False),           # thought: not in recall
    ])
    pred = pd.DataFrame([
        _pred("a", ["the plan failed"], ("said",)),
        _pred("b", ["taxes rose. Brown warned that costs grow"], ("said", 30)),
        _pred("c", ["rents fall"], ("believes",)),                  # matches a thought: ignored
        _pred("e", ["the sky is green"], ("knows",)),               # nothing annotated there
    ])
    pairs, miss, extra = E.match(arts, gold, pred)
    return pairs, miss, extra, pred, gold


def test_match_is_one_to_one_and_needs_half_the_longer_span():
    pairs, miss, extra, _, _ = _score()
    assert sorted(p["act"] for _, p, _ in pairs) == ["a", "c"]
    overlap = {p["act"]: ov for _, p, ov in pairs}
    assert overlap == {"a": 0.75, "c": 1.0}  # "the plan failed": 3 words of the gold's 4
    assert sorted(g["cue"] for g in miss) == ["said", "warned"]
    assert sorted(p["act"] for p in extra) == ["b", "e"]


def test_error_classes_say_where_each_error_is():
    pairs, miss, extra, pred, gold = _score()
    out = E.error_classes(pairs, [g for g in miss if g["speech"]], extra, pred, gold)
    assert out["miss_span_differs"] == 1      # "taxes rose": cue found, span too long
    assert out["miss_no_prediction"] == 0     # "costs grow" is inside prediction b's content …
    assert out["miss_other_cue"] == 1         # … under another cue ("said", not "warned")
    assert out["extra_span_differs"] == 1     # b
    assert out["extra_nothing_near"] == 1     # e
    assert sum(out[k] for k in E.MISS_CLASSES) == 2
    assert sum(out[k] for k in E.EXTRA_CLASSES) == 2


def test_speech_cues_and_forms():
    assert E.is_speech_cue("told reporters") and E.is_speech_cue("According to")
    assert not E.is_speech_cue("believes") and not E.is_speech_cue(None)
    assert {"denied", "denies", "denying"} <= E.SPEECH_FORMS
