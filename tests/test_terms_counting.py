"""Distinctive-terms counting at scale (issue 13): the fast paths give what the general ones do."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.framing import _voice_texts, distinctive_terms
from analysis.voice import pieces_in_voice, quoted_index, voice_pieces, voice_spans

TEXTS = ['He said "no" twice.', "“Open.\n\nStill open,” she said; ‘single’ it’s", "",
         'A "broken quote. "A new one," he said.', "No quotes at all."]


def test_pieces_in_voice_are_those_of_the_spans_table():
    arts = pd.DataFrame({"doc_id": list("abcde"), "text": TEXTS})
    idx = quoted_index(voice_spans(arts))
    for d, t in zip(arts["doc_id"], TEXTS):
        for v in ("own", "quoted", "all"):
            assert pieces_in_voice(t, v) == voice_pieces(t, idx.get(d, ((), ())), v)


def test_repeated_doc_ids_keep_their_pooled_quotations():
    arts = pd.DataFrame({"doc_id": ["a", "a", "b", "c", "d"], "text": TEXTS})
    got = list(_voice_texts(arts, "own"))
    idx = quoted_index(voice_spans(arts))
    assert got == ["\n".join(t[s:e] for s, e in voice_pieces(t, idx.get(d, ((), ())), "own"))
                   for d, t in zip(arts["doc_id"], TEXTS)]


def test_group_order_and_batches_do_not_change_the_table(monkeypatch):
    import analysis.framing.ngrams as ng

    rng = np.random.default_rng(0)
    words = "gaza israel regime said war on the talks ceasefire hostages aid".split()
    texts = [" ".join(rng.choice(words, 30)) + '. "' + " ".join(rng.choice(words, 5)) + '"'
             for _ in range(60)]
    arts = pd.DataFrame({"doc_id": [f"d{i}" for i in range(60)], "text": texts,
                         "outlet": rng.choice(list("ABCDE"), 60)})
    expected = distinctive_terms(arts, min_articles=1)
    monkeypatch.setattr(ng, "_CHUNK", 7)  # batches that cut groups
    monkeypatch.setattr(ng, "_COMPACT_ROWS", 10)  # and a flush after each
    pd.testing.assert_frame_equal(distinctive_terms(arts, min_articles=1), expected)


def test_own_name_rows_is_every_row_checked_name_by_name():
    from analysis.framing._log_odds import outlet_aliases, own_name_rows

    names = np.array(["ABC News", "Al Jazeera #0", "CNN #1", "Fox News #2", "HuffPost",
                      "The New York Times", "Unknown Outlet"])
    terms = np.array(["abc", "told abc news", "abc news live", "jazeera", "al jazeera english",
                      "al", "cnn", "cnn's", "fox news", "fox", "news", "huffington post",
                      "huffpost", "new york times", "york times", "new york", "outlet", "said",
                      "u.s. news", "unknown outlet said"], dtype=object)
    rng = np.random.default_rng(3)
    g, j = rng.integers(0, len(names), 3000), rng.integers(0, len(terms), 3000)
    want = np.array([any(f" {a} " in f" {terms[t]} " for a in outlet_aliases(names[x]))
                     for x, t in zip(g, j)])
    got = own_name_rows(g, j, terms, names)
    np.testing.assert_array_equal(got, want)
    assert want.sum() > 100 and (~want).sum() > 100
