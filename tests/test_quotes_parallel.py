"""Tests for process-parallel ``quotes`` (analysis._parallel, analysis.quotes.table): the table
is the same for any number of processes, the automatic rule, errors and fallbacks."""

from __future__ import annotations

import logging
import multiprocessing as mp

import numpy as np
import pandas as pd
import pytest

from analysis import _parallel
from analysis.actors import actor_mentions
from analysis.corpus import load_corpus
from analysis.quotes import quotes, table


@pytest.fixture(scope="module")
def bundled() -> pd.DataFrame:
    return load_corpus()


def _same(articles: pd.DataFrame, processes: int = 2, **kw) -> pd.DataFrame:
    one = quotes(articles, processes=1, **kw)
    many = quotes(articles, processes=processes, **kw)
    pd.testing.assert_frame_equal(many, one)
    return one


def test_bundled_corpus_same_table(bundled):
    q = _same(bundled)
    assert len(q) > 20 and q["doc_id"].nunique() > 5  # a real table, not an empty one
    _same(bundled, processes=3)


def test_bundled_corpus_same_table_with_mentions(bundled):
    m = actor_mentions(bundled)
    q = _same(bundled, mentions=m)
    assert q["speaker_actor"].notna().any()  # the mentions reached the workers


def test_polnear_sample_same_table(shared_jsonl):
    arts = shared_jsonl("polnear/articles.jsonl.gz", nrows=150)[["doc_id", "text"]]
    q = _same(arts)
    assert len(q) > 1000


def test_edge_cases_same_table():
    texts = ["“We will win,” Donald Trump said. He said the polls were wrong.",
             None, "", np.nan, "IRNA reported that talks would resume.",
             "According to officials, the talks ended."]
    arts = pd.DataFrame({"doc_id": ["a", "b", "c", "d", "a", "e"], "text": texts})
    q = _same(arts)
    assert set(q["doc_id"]) == {"a", "e"}
    assert q.loc[q["doc_id"] == "a", "quote_id"].tolist() == [0, 1, 0]  # ids per row, as before
    _same(arts.head(1))
    empty = _same(arts.head(0))
    assert empty.empty and list(empty.columns) == table.QUOTE_COLUMNS
    _same(pd.DataFrame({"doc_id": ["x", "y"], "text": [None, None]}))


def test_other_start_methods(bundled, monkeypatch):
    small = bundled.head(12)
    for method in ("spawn", "forkserver"):
        if method not in mp.get_all_start_methods():
            continue
        monkeypatch.setenv("NEWSFRAME_START_METHOD", method)
        assert _parallel.start_method() == method
        _same(small)
    monkeypatch.setenv("NEWSFRAME_START_METHOD", "teleport")
    with pytest.raises(ValueError, match="teleport"):
        _parallel.start_method()


def test_auto_rule(monkeypatch, bundled):
    auto = _parallel.auto_processes
    assert auto(10_000, min_size=1_000_000) == 1
    assert auto(10_000, min_size=1_000_000, processes=3) == 3
    assert auto(10_000, min_size=1_000_000, processes=3, n_items=2) == 2
    with pytest.raises(ValueError, match="processes"):
        auto(10, min_size=1, processes=0)
    monkeypatch.setattr(_parallel, "available_cpus", lambda: 8)
    assert auto(2_000_000, min_size=1_000_000) == 4
    monkeypatch.setattr(_parallel, "available_cpus", lambda: 2)
    assert auto(2_000_000, min_size=1_000_000) == 2
    monkeypatch.setattr(_parallel, "available_cpus", lambda: 1)
    assert auto(2_000_000, min_size=1_000_000) == 1
    # the bundled corpus is far below the break-even: quotes() starts no pool
    assert bundled["text"].str.len().sum() < table.PARALLEL_FROM_CHARS

    def no_pool(*args, **kwargs):
        raise AssertionError("a pool was started for a small corpus")

    monkeypatch.setattr(table, "map_chunks", no_pool)
    assert len(quotes(bundled)) > 0


def test_auto_rule_is_off_inside_a_worker():
    with _parallel_pool(1) as pool:
        assert pool.submit(_parallel.auto_processes, 10**9, min_size=1).result() == 1


def _parallel_pool(n):
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(n, mp_context=mp.get_context(_parallel.start_method()))


def test_chunk_bounds_contiguous_balanced_and_keep_documents():
    rng = np.random.default_rng(0)
    weights = rng.integers(1, 1000, 500).tolist()
    keys = np.repeat(np.arange(250), 2).tolist()
    bounds = _parallel.chunk_bounds(weights, 8, keys=keys)
    assert bounds[0][0] == 0 and bounds[-1][1] == 500
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))
    assert all(keys[a] != keys[a - 1] for a, _ in bounds[1:])
    shares = [sum(weights[a:b]) / sum(weights) for a, b in bounds]
    assert len(bounds) == 8 and max(shares) < 0.15
    assert _parallel.chunk_bounds([], 4) == []
    assert _parallel.chunk_bounds([3, 0, 0], 4) == [(0, 1), (1, 3)]


def test_worker_error_propagates_and_no_worker_is_left():
    with pytest.raises(ValueError, match="invalid literal"):
        _parallel.map_chunks(int, [("1",), ("x",), ("3",)], processes=2)
    assert mp.active_children() == []
    assert _parallel.map_chunks(int, [("1",), ("2",), ("3",)], processes=2) == [1, 2, 3]


def test_fallback_to_one_process_is_logged(monkeypatch, caplog, bundled):
    small = bundled.head(12)
    ref = quotes(small, processes=1)
    monkeypatch.setattr(_parallel, "_no_children_reason", lambda: "this runs inside a Dask worker")
    with caplog.at_level(logging.INFO, logger="analysis._parallel"):
        pd.testing.assert_frame_equal(quotes(small, processes=2), ref)
    assert "one process, since this runs inside a Dask worker" in caplog.text
    monkeypatch.undo()

    def broken(*args, **kwargs):
        raise OSError("sem_open is not implemented")

    monkeypatch.setattr(_parallel, "ProcessPoolExecutor", broken)
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="analysis._parallel"):
        pd.testing.assert_frame_equal(quotes(small, processes=2), ref)
    assert "workers cannot be started (sem_open" in caplog.text
