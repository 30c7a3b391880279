"""Segmentation with offsets and keyword in context."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.corpus import load_corpus
from analysis.text import kwic, paragraphs, quoted_spans, sentence_spans, sentences


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    return load_corpus()


def test_offsets_point_into_text(articles):
    texts = dict(zip(articles["doc_id"], articles["text"]))
    for table in (paragraphs(articles), sentences(articles)):
        assert len(table) > 0
        for d, s, e, t in zip(table["doc_id"], table["start"], table["end"], table["text"]):
            assert texts[d][s:e] == t


def test_sentences_respect_abbreviations_and_quotes():
    df = pd.DataFrame({"doc_id": ["a"], "text": [
        'Mr. Smith met U.S. officials. “We agreed,” he said. Then J. Doe left.\n\nNew para.']})
    got = sentences(df)["text"].tolist()
    assert got == ["Mr. Smith met U.S. officials.", "“We agreed,” he said.", "Then J. Doe left.",
                   "New para."]
    assert sentences(df)["para_id"].tolist() == [0, 0, 0, 1]


def test_bundled_sentence_counts_are_plausible(articles):
    sents = sentences(articles)
    per_doc = sents.groupby("doc_id").size()
    assert per_doc.between(8, 60).all()
    assert not sents["text"].str.contains("\n").any()


def test_missing_column_is_a_clear_error():
    with pytest.raises(ValueError, match="no column 'text'"):
        sentences(pd.DataFrame({"doc_id": ["a"]}))


def test_kwic_by_pattern_and_by_rows(articles):
    hits = kwic(articles, r"Zionist regime", window_chars=30)
    assert len(hits) >= 3 and (hits["match"].str.lower() == "zionist regime").all()
    assert {"left", "right", "outlet"} <= set(hits.columns)
    sents = sentences(articles).head(2)
    again = kwic(articles, sents, window_chars=0)
    assert again["match"].tolist() == sents["text"].tolist()


def test_quoted_spans_handle_broken_quotes():
    t = 'A “full” quote. “Open only\n\nclosed later,” he said. "Straight" too.'
    spans = [t[s:e] for s, e in quoted_spans(t)]
    assert spans == ["“full”", "“Open only", "closed later,”", '"Straight"']


def test_kwic_old_window_name_still_works_with_a_warning():
    df = pd.DataFrame({"doc_id": ["a"], "text": ["Iran and Israel."]})
    with pytest.warns(DeprecationWarning, match="window_chars"):
        old = kwic(df, "israel", window=5)
    with pytest.warns(DeprecationWarning, match="by keyword"):
        positional = kwic(df, "israel", 5)
    new = kwic(df, "israel", window_chars=5)
    assert old.equals(new) and positional.equals(new)
    assert new["left"].tolist() == [" and "]


def _sentence_spans_plain(text, start, end):
    """The splitting rule written plainly: cut after each boundary that closes no abbreviation,
    trimming the spaces before the cut (how ``sentence_spans`` was written before it took the
    sentence's end from the boundary's space group)."""
    from analysis.text import _BOUNDARY, _is_abbreviation

    spans, s = [], start
    for m in _BOUNDARY.finditer(text, start, end):
        if _is_abbreviation(text, m.start() + 1):
            continue
        e = m.end()
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
        s = m.end()
    e = end
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))
    return spans


def test_sentence_spans_equal_the_plain_rule_on_random_text(articles):
    import random

    from analysis.text import paragraph_spans, sentence_spans

    rnd = random.Random(7)
    pieces = ["Mr", ".", " ", "  ", "\n", "U.S", "A", "a", "No", "!", "?", "…", "”", "’", ")",
              "“", "(", "9", "É", "•", "abcdefghijklm", "..", "\t", "J"]
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 60))) for _ in range(3000)]
    cases = [(t, 0, len(t)) for t in texts] + [(t, 1, max(1, len(t) - 2)) for t in texts]
    cases += [(t, *p) for t in articles["text"].head(40) for p in paragraph_spans(t)]
    split = 0
    for text, start, end in cases:
        got = sentence_spans(text, start, end)
        assert got == _sentence_spans_plain(text, start, end), (text, start, end)
        split += len(got) > 1
    assert split > 500  # the random texts do hold sentence ends


@pytest.mark.parametrize("text, sentences", [
    # an abbreviated province or state goes on inside a name or a dateline …
    ("Teri Mooring, president of the B.C. Teachers' Federation, said so.", 1),
    ("RENO, Nev. (AP) — Donald Trump says he doesn't watch football.", 1),
    ("The Calif. firm said it would appeal.", 1),
    # … and ends a sentence before a word that opens one
    ("She lives in B.C. The minister said no.", 2),
    ("He flew to Washington, D.C. He met Obama.", 2),
])
def test_abbreviated_regions(text, sentences):
    assert len(sentence_spans(text, 0, len(text))) == sentences
