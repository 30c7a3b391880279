"""The scorer of the hand-annotated quotations (benchmarks/eval_quote_gold.py), on made-up rows."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pandas as pd

_ROOT = Path(__file__).resolve().parents[1]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))
_spec = importlib.util.spec_from_file_location("eval_quote_gold",
                                               _ROOT / "benchmarks" / "eval_quote_gold.py")
G = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(G)

TEXT = 'Obama said the findings mean he will have to "rethink the range of options." Lee left.'


def _span(sub: str) -> tuple[int, int]:
    s = TEXT.index(sub)
    return s, s + len(sub)


def _row(kind, content, speaker_start=0, resolved="Barack Obama", cue="said"):
    s, e = _span(content)
    return {"doc_id": "d", "kind": kind, "start": s, "end": e, "speaker": "Obama",
            "speaker_start": speaker_start, "speaker_end": 5, "speaker_resolved": resolved,
            "speaker_kind": "person", "cue": cue, "within": None}


def _gold(kind, content):
    s, e = _span(content)
    return {"doc_id": "d", "kind": kind, "content_start": s, "content_end": e,
            "speaker_start": 0, "speaker_end": 5, "speaker_text": "Obama", "cue": "said",
            "referent": "Barack Obama"}


QUOTES = pd.DataFrame([
    _row("indirect", 'the findings mean he will have to "rethink the range of options."'),
    _row("direct", '"rethink the range of options."'),
])


def test_a_partial_quotation_may_match_either_reading_and_counts_once():
    texts = {"d": TEXT}
    # gold marks only the quoted words: the partial row matches, and the pair is one prediction
    only_direct = G.score(pd.DataFrame([_gold("direct", '"rethink the range of options."')]),
                          QUOTES, texts)
    assert (only_direct["matched"], only_direct["precision"]) == (1, 1.0)
    # gold marks the clause: the indirect row matches, the partial is no false quotation
    only_clause = G.score(pd.DataFrame([_gold(
        "indirect", 'the findings mean he will have to "rethink the range of options."')]),
        QUOTES, texts)
    assert (only_clause["matched"], only_clause["precision"]) == (1, 1.0)
    # gold marks both: two predictions, both right
    both = G.score(pd.DataFrame([
        _gold("indirect", 'the findings mean he will have to "rethink the range of options."'),
        _gold("direct", '"rethink the range of options."')]), QUOTES, texts)
    assert (both["matched"], both["precision"], both["recall"]) == (2, 1.0, 1.0)


def test_a_bodys_dictionary_alias_is_the_same_referent():
    assert G._same_person("UN", "United Nations")
    assert G._same_person("Tories", "Conservative Party")
    assert G._same_person("Republicans", "congressional Republicans")  # the names as written
    assert not G._same_person("UN", "European Union")
