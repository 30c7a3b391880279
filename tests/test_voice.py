"""analysis.voice: one owner of what counts as quoted (issue 17), and analysis.rates."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.actors import actor_mentions
from analysis.framing import (
    distinctive_terms,
    label_choices,
    ngram_counts,
    term_contexts,
    tone_toward,
)
from analysis.labels import find_labels
from analysis.rates import poisson_interval, rate_table, word_counts
from analysis.voice import (
    check_voice,
    direct_quote_index,
    quoted_index,
    voice,
    voice_at,
    voice_pieces,
    voice_spans,
)


@pytest.fixture(scope="module")
def bundled() -> pd.DataFrame:
    from analysis.corpus import load_corpus

    return load_corpus()


def test_one_spans_table_gives_every_voice():
    text = 'Israel said "the Zionist regime fell" and ‘Iran’ agreed.'
    arts = pd.DataFrame({"doc_id": ["a"], "text": [text]})
    spans = voice_spans(arts)
    assert spans["voice"].tolist() == ["own", "quoted", "own", "quoted", "own"]
    idx = quoted_index(spans)
    starts = [0, text.index("Zionist"), text.index("Iran")]
    assert voice_at(["a"] * 3, starts, idx).tolist() == ["own", "quoted", "quoted"]
    # a span is quoted only when it lies inside one quotation
    ends = [6, text.index("regime") + 6, text.index(" agreed") + 1]
    assert voice_at(["a"] * 3, starts, idx, ends).tolist() == ["own", "quoted", "own"]
    own = "".join(text[s:e] for s, e in voice_pieces(text, idx["a"], "own"))
    assert own == 'Israel said  and  agreed.'
    # actor mentions leave a text with no double quotation mark unsearched (kept as it was)
    assert len(direct_quote_index({"b": "‘Iran’ agreed."})["b"][0]) == 0
    with pytest.raises(ValueError, match="voice must be"):
        check_voice("mine")


def test_precomputed_spans_give_the_same_tables(bundled):
    spans = voice_spans(bundled)
    men = actor_mentions(bundled)
    pd.testing.assert_frame_equal(find_labels(bundled, spans=spans), find_labels(bundled))
    pd.testing.assert_frame_equal(label_choices(bundled, spans=spans), label_choices(bundled))
    pd.testing.assert_frame_equal(tone_toward(bundled, men, spans=spans),
                                  tone_toward(bundled, men))
    pd.testing.assert_frame_equal(ngram_counts(bundled, voice="quoted", spans=spans),
                                  ngram_counts(bundled, voice="quoted"))
    kw = {"min_articles": 1}
    terms = distinctive_terms(bundled, spans=spans, **kw)
    pd.testing.assert_frame_equal(terms, distinctive_terms(bundled, **kw))
    pd.testing.assert_frame_equal(term_contexts(bundled, terms.head(20), spans=spans),
                                  term_contexts(bundled, terms.head(20)))


def test_in_quote_is_the_voice_of_the_mention(bundled):
    men = actor_mentions(bundled)
    spans = voice_spans(bundled)
    quoted = voice(men, spans[spans["voice"] == "quoted"])
    assert men["in_quote"].any()
    assert ((quoted == "quoted") == men["in_quote"]).all()


def test_rates_and_poisson_interval():
    arts = pd.DataFrame({"doc_id": ["a", "b"], "text": ["one two three", None]})
    assert word_counts(arts).tolist() == [3, 0]
    counts = pd.DataFrame({"group": ["X"], "actor": ["Iran"], "mentions": [2],
                           "articles_mentioning": [1]})
    groups = pd.DataFrame({"articles": [2, 1], "words": [1000, 0]},
                          index=pd.Index(["X", "Y"], name="group"))
    t = poisson_interval(rate_table(counts, groups, "actor", ["Iran"]), 0.95)
    assert t["mentions"].tolist() == [2, 0]
    assert t["per_1000_words"].iloc[0] == 2.0 and np.isnan(t["per_1000_words"].iloc[1])
    assert t["ci_low"].iloc[0] < 2.0 < t["ci_high"].iloc[0]


def test_actor_mentions_takes_a_voice_spans_table_like_the_other_stages(bundled):
    from analysis import voice_spans

    spans = voice_spans(bundled)
    with_spans = actor_mentions(bundled, spans=spans)
    pd.testing.assert_frame_equal(with_spans, actor_mentions(bundled, quotes=spans))
    assert with_spans["in_quote"].any() and not with_spans["in_quote"].all()
    with pytest.raises(ValueError, match="not both"):
        actor_mentions(bundled, spans=spans, quotes=spans)
