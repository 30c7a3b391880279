"""Arrow term counts equal scikit-learn's CountVectorizer, and the LSA sample path is sound."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.feature_extraction.text import CountVectorizer

from analysis import tokens
from analysis.corpus import load_corpus
from analysis.tokens import document_term_counts, word_counts, word_runs

AWKWARD = [
    "Iran’s FM met Qatar's emir in Doha — “talks went well”.",
    "", None, "   ", "COVID19 and covid-19 in 2024; U.S. and UK", "naïve café Ελλάδα Ü-Boot",
    "snake_case words, x y z, 42", "one\u00a0two\u2003three\nfour\tfive",
]


def _dense(X, terms, vocab):
    order = np.argsort(np.asarray(terms, dtype=str))
    assert list(np.asarray(terms, dtype=str)[order]) == list(vocab)
    return X[:, order].toarray()


@pytest.mark.parametrize("ngrams", [(1, 1), (1, 2), (2, 2)])
def test_counts_equal_countvectorizer(ngrams, monkeypatch):
    monkeypatch.setattr(tokens, "BATCH", 3)  # several batches, merged vocabularies
    texts = load_corpus()["text"].tolist() + AWKWARD
    cv = CountVectorizer(stop_words="english", token_pattern=tokens.TOKEN_PATTERN,
                         ngram_range=ngrams)
    want = cv.fit_transform([t or "" for t in texts]).toarray()
    X, terms = document_term_counts(texts, ngram_range=ngrams)
    assert X.shape[0] == len(texts) and X.has_sorted_indices
    assert (_dense(X, terms, cv.get_feature_names_out()) == want).all()


def test_pandas_string_column_and_max_tokens():
    texts = pd.Series(["alpha beta gamma delta", "beta gamma", None], dtype="string")
    X, terms = document_term_counts(texts, max_tokens=2)
    got = dict(zip(terms, np.asarray(X.sum(axis=0)).ravel()))
    assert got == {"alpha": 1, "beta": 2, "gamma": 1}
    X, _ = document_term_counts(texts, max_tokens=[1, 0, 5])
    assert X.sum() == 1
    with pytest.raises(ValueError, match="limits"):
        document_term_counts(texts, max_tokens=[1, 2])
    with pytest.raises(ValueError, match="ngram_range"):
        document_term_counts(texts, ngram_range=(1, 3))


def test_word_counts_and_runs_match_python():
    texts = [t or "" for t in AWKWARD]
    assert word_counts(AWKWARD).tolist() == [len(t.split()) for t in texts]
    assert word_runs(["a b", "", "a."]).tolist() == [2, 1, 2]


def _random_unicode_texts(n: int, seed: int) -> list[str]:
    """Texts drawn from ASCII, Latin/Greek/Cyrillic/Hebrew/Arabic letters and digits,
    punctuation, every kind of white space, CJK, combining marks and 4-byte characters."""
    rng = np.random.default_rng(seed)
    spaces = [c for c in range(0x3001) if chr(c).isspace()]
    codes = (list(range(0x20, 0x7F)) + list(range(0xA0, 0x800)) + list(range(0x2000, 0x2070))
             + spaces * 3 + [0x4E00, 0x4E8C, 0x0301, 0x200B, 0xFEFF, 0x0660, 0x00B2,
                             0x1F600, 0x10400, 0x1D400, 0x10FFFD])
    pool = np.array([chr(c) for c in codes], dtype=object)
    return ["".join(rng.choice(pool, size=rng.integers(0, 40))) for _ in range(n)]


def test_separator_blanking_splits_exactly_as_re2():
    import pyarrow as pa
    import pyarrow.compute as pc

    texts = _random_unicode_texts(5_000, 0) + [" lead", "trail ", "", " ", "été ’s"]
    for kind in (pa.string(), pa.large_string()):
        arr = pa.array(texts, type=kind)
        for part in (arr, arr.slice(7, 300)):  # offsets into a shared buffer
            want = pc.split_pattern_regex(part, tokens.SEPARATOR).to_pylist()
            got = pc.ascii_split_whitespace(tokens._separators_as_spaces(part)).to_pylist()
            assert got == want


def test_word_counts_match_str_split_on_any_unicode(monkeypatch):
    texts = _random_unicode_texts(5_000, 1) + ["", " ", "a", None, "\u3000x\u3000", "\x1cy\x85"]
    want = [len(t.split()) if isinstance(t, str) else 0 for t in texts]
    assert word_counts(texts).tolist() == want
    monkeypatch.setattr(tokens, "BATCH", 7)
    assert word_counts(pd.Series(texts, dtype="str")).tolist() == want
