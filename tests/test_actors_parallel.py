"""Tests for process-parallel ``actor_mentions`` (analysis._parallel): the mentions table is the
same for any number of processes (dictionary, surnames, roles, NER candidates, quoted spans),
and the automatic rule keeps small corpora in one process."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis import _parallel, actors
from analysis.actors import actor_mentions
from analysis.corpus import load_corpus


@pytest.fixture(scope="module")
def bundled() -> pd.DataFrame:
    return load_corpus()


def _same(articles: pd.DataFrame, processes: int = 2, **kw) -> pd.DataFrame:
    one = actor_mentions(articles, processes=1, **kw)
    many = actor_mentions(articles, processes=processes, **kw)
    pd.testing.assert_frame_equal(many, one)
    return one


def test_bundled_corpus_same_table(bundled):
    m = _same(bundled)
    # a real table: every method that depends on the whole article is there
    assert len(m) > 200 and m["doc_id"].nunique() == len(bundled)
    assert {"dictionary", "surname", "role"} <= set(m["method"])
    assert m["in_quote"].any() and not m["in_quote"].all()
    _same(bundled, processes=3, demonyms=True)


def test_bundled_corpus_same_table_with_ner_and_quotes(bundled):
    m = _same(bundled, ner="heuristic")
    assert (m["method"] == "ner").sum() >= 4
    spans = pd.DataFrame({"doc_id": bundled["doc_id"], "start": 0,
                          "end": bundled["text"].str.len() // 3})
    q = _same(bundled, quotes=spans)
    # the quoted spans reached the workers: a third of each text counts as quoted here
    assert q["in_quote"].mean() > 0.2
    assert not q["in_quote"].equals(m["in_quote"].iloc[:len(q)])


def test_allsides_sample_same_table(shared_jsonl):
    raw = shared_jsonl("allsides/world.jsonl.gz", nrows=400)
    arts = raw.rename(columns={"ID": "doc_id"})[["doc_id", "date", "text"]]
    arts = arts.drop_duplicates("doc_id", ignore_index=True)
    m = _same(arts)
    assert len(m) > 5000 and {"surname", "role"} <= set(m["method"])
    n = _same(arts.head(120), ner="heuristic")
    assert (n["method"] == "ner").sum() > 500


def test_edge_cases_same_table():
    texts = ["Donald Trump met Vladimir Putin. “Trump lied,” Putin said.", None, "", np.nan,
             "Iran's foreign minister spoke in Tehran."]
    arts = pd.DataFrame({"doc_id": [3, 1, 4, 5, 9], "text": texts,
                         "date": pd.to_datetime(["2024-01-02"] * 5)})
    m = _same(arts)
    assert set(m["doc_id"]) == {3, 9} and m["doc_id"].dtype == np.int64
    _same(arts.head(1))
    empty = _same(arts.head(0))
    assert empty.empty and list(empty.columns) == actors.MENTION_COLUMNS
    _same(pd.DataFrame({"doc_id": ["x", "y"], "text": [None, None]}))
    _same(arts, ner="heuristic")


def test_auto_rule_keeps_small_corpora_in_one_process(bundled, monkeypatch):
    assert bundled["text"].str.len().sum() < actors.PARALLEL_FROM_CHARS
    ref = actor_mentions(bundled, processes=1)

    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started for a small corpus")

    monkeypatch.setattr(actors, "map_chunks", no_pool)
    pd.testing.assert_frame_equal(actor_mentions(bundled), ref)
    with pytest.raises(AssertionError, match="small corpus"):
        actor_mentions(bundled, processes=2)  # asked for: the pool is used
    with pytest.raises(ValueError, match="processes"):
        actor_mentions(bundled, processes=0)


def test_auto_rule_uses_workers_above_the_break_even(bundled, monkeypatch):
    monkeypatch.setattr(actors, "PARALLEL_FROM_CHARS", 1000)
    monkeypatch.setattr(_parallel, "available_cpus", lambda: 2)
    used = []
    real = actors.map_chunks

    def spy(func, chunks, **kw):
        used.append((len(chunks), kw["processes"]))
        return real(func, chunks, **kw)

    monkeypatch.setattr(actors, "map_chunks", spy)
    pd.testing.assert_frame_equal(actor_mentions(bundled), actor_mentions(bundled, processes=1))
    assert used == [(6, 2)]  # 6 articles: at most one chunk each


def test_auto_rule_with_ner_starts_lower(monkeypatch):
    assert actors.PARALLEL_NER_FROM_CHARS < actors.PARALLEL_FROM_CHARS
    monkeypatch.setattr(_parallel, "available_cpus", lambda: 2)
    seen = []

    def spy(size, **kw):
        seen.append(kw["min_size"])
        return 1

    monkeypatch.setattr(actors, "auto_processes", spy)
    arts = pd.DataFrame({"doc_id": ["a"], "text": ["Donald Trump spoke."]})
    actor_mentions(arts)
    actor_mentions(arts, ner="heuristic")
    assert seen == [actors.PARALLEL_FROM_CHARS, actors.PARALLEL_NER_FROM_CHARS]


def test_dictionary_parts_are_built_before_the_chunks(bundled):
    from analysis.actor_dictionary import load_dictionary

    d = load_dictionary()
    d._matchers.clear()
    actor_mentions(bundled.head(2), dictionary=d, ner="heuristic", processes=1)
    assert set(d._matchers) == {False, "name_keys", "first_words"}  # workers receive them built
    known, surnames = d.name_keys()
    assert "donald trump" in known and surnames.get("Trump") == "Donald Trump"
