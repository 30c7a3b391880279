"""Stories: same event across outlets, date windows, no dense n × n, the AllSides evaluation."""

from __future__ import annotations

import importlib
import importlib.util

import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

from analysis.config import PROJ_ROOT, SHARED_CORPORA
from analysis.stories import similar_pairs, stories

EVENTS = {
    "quake": ("2024-02-06", "earthquake Antakya Hatay rubble rescuers collapsed buildings "
                            "aftershock magnitude survivors Kahramanmaras"),
    "summit": ("2024-02-07", "summit NATO Vilnius leaders communique Stoltenberg alliance "
                             "membership Sweden accession Erdogan"),
    "flood": ("2024-03-20", "floods Libya Derna dams burst torrents swept missing "
                            "Mediterranean storm Daniel"),
    "strike": ("2024-03-21", "strike dockworkers port Rotterdam union wages container "
                             "shipping walkout terminals"),
}
OUTLETS = ["Reuters", "Al Jazeera", "BBC News", "Arab News"]
FILLER = ("officials said on the day that the situation remained unclear and more details "
          "would follow later according to statements").split()


def event_corpus(seed: int = 0) -> pd.DataFrame:
    """Four events, each reported by four outlets within two days, plus filler words."""
    rng = np.random.default_rng(seed)
    rows = []
    for event, (day, words) in EVENTS.items():
        vocab = words.split()
        for i, outlet in enumerate(OUTLETS):
            body = " ".join(list(rng.choice(vocab, 40)) + list(rng.choice(FILLER, 40)))
            rows.append({"doc_id": f"{event}-{i}", "event": event, "outlet": outlet,
                         "date": pd.Timestamp(day) + pd.Timedelta(days=i % 2),
                         "title": f"{vocab[0].title()} {vocab[1]} {vocab[2]}", "text": body})
    return pd.DataFrame(rows)


def test_recovers_events_across_outlets():
    df = event_corpus()
    found = stories(df)
    got = df[["doc_id", "event"]].merge(found, on="doc_id")
    assert normalized_mutual_info_score(got["event"], got["story_id"]) == 1.0
    assert list(found.columns) == ["doc_id", "story_id", "story_label", "story_size",
                                   "story_outlets", "story_n_outlets", "story_start",
                                   "story_end"]
    assert sorted(found["doc_id"]) == sorted(df["doc_id"])
    assert (found["story_n_outlets"] == 4).all()
    assert set(found["story_outlets"]) == {"; ".join(sorted(OUTLETS))}
    assert found["story_size"].eq(4).all()
    labels = set(found["story_label"])
    assert labels == set(df["title"])  # each story is labelled with one of its own titles


def test_deterministic_and_independent_of_row_order():
    df = event_corpus()
    a = stories(df)
    b = stories(df.sample(frac=1, random_state=3))
    pd.testing.assert_frame_equal(a, b)


def test_same_text_far_apart_in_time_is_two_stories_unless_dates_ignored():
    text = "Parliament votes on the budget of the ministry of finance in a late session " * 3
    df = pd.DataFrame({"doc_id": ["a", "b"], "text": [text, text], "outlet": ["X", "Y"],
                       "date": pd.to_datetime(["2024-01-01", "2024-03-01"])})
    assert stories(df)["story_id"].nunique() == 2
    assert stories(df, window_days=None)["story_id"].nunique() == 1


def test_undated_articles_can_join_a_story():
    df = event_corpus()
    df.loc[0, "date"] = pd.NaT
    found = stories(df)
    got = df[["doc_id", "event"]].merge(found, on="doc_id")
    assert normalized_mutual_info_score(got["event"], got["story_id"]) == 1.0
    assert found["story_start"].notna().all()


def test_without_title_date_or_outlet_columns():
    df = event_corpus()[["doc_id", "text", "event"]]
    found = stories(df)
    got = df.merge(found, on="doc_id")
    assert normalized_mutual_info_score(got["event"], got["story_id"]) == 1.0
    assert found["story_label"].str.count(" / ").eq(2).all()  # top terms stand in for a title
    assert set(found["story_outlets"]) == {"unknown"}


def test_unrelated_articles_are_stories_of_one():
    df = pd.DataFrame({"doc_id": ["a", "b", "c"],
                       "text": ["Football club wins the league title after a penalty",
                                "Central bank raises interest rates to fight inflation",
                                "Glaciers melt faster as summer heat breaks records"]})
    found = stories(df)
    assert found["story_id"].tolist() == [0, 1, 2]
    assert found["story_size"].eq(1).all()


def test_refusals_and_empty_input():
    with pytest.raises(ValueError, match="no column 'text'"):
        stories(pd.DataFrame({"doc_id": ["a"]}))
    with pytest.raises(ValueError, match="threshold"):
        stories(event_corpus(), threshold=1.5)
    df = event_corpus()
    df.loc[1, "doc_id"] = df.loc[0, "doc_id"]
    with pytest.raises(ValueError, match="duplicate doc_id"):
        stories(df)
    assert stories(event_corpus().head(0)).empty


def test_similar_pairs_blocks_by_date_and_matches_brute_force():
    rng = np.random.default_rng(0)
    X = sp.random(300, 40, density=0.2, random_state=1, format="csr")
    X = sp.csr_matrix(X.multiply(1 / np.sqrt(X.multiply(X).sum(axis=1)).clip(1e-9)))
    days = rng.integers(0, 60, 300).astype(float)
    days[:5] = np.nan
    S = (X @ X.T).toarray()
    near = np.abs(days[:, None] - days[None, :]) <= 3
    near |= np.isnan(days)[:, None] | np.isnan(days)[None, :]
    want = np.where((S >= 0.3) & near, S, 0)
    np.fill_diagonal(want, 0)
    got = similar_pairs(X, days, threshold=0.3, window=3, block=17, neighbours=300).toarray()
    assert np.allclose(got, want, atol=1e-6)
    # Blocks shrunk to bound their pairs give the same graph.
    small = similar_pairs(X, days, threshold=0.3, window=3, neighbours=300, max_cells=5_000)
    assert np.allclose(small.toarray(), want, atol=1e-6)


def test_similar_pairs_keeps_the_strongest_later_neighbours():
    rng = np.random.default_rng(0)
    X = sp.random(200, 30, density=0.3, random_state=2, format="csr")
    X = sp.csr_matrix(X.multiply(1 / np.sqrt(X.multiply(X).sum(axis=1)).clip(1e-9)))
    days = rng.integers(0, 10, 200).astype(float)
    full = similar_pairs(X, days, threshold=0.1, window=3, neighbours=500).toarray()
    capped = similar_pairs(X, days, threshold=0.1, window=3, neighbours=3).toarray()
    kept = capped > 0
    assert kept.sum() < (full > 0).sum()  # the cap bites on this dense graph
    assert np.allclose(capped[kept], full[kept])  # every kept link is a true one
    # One block: each row keeps ≤ 3 later links and 1 earlier one, each stored both ways.
    assert kept.sum() <= 2 * (3 + 1) * 200
    # Its strongest link survives.
    strongest = full.argmax(axis=1)
    has = full.max(axis=1) > 0
    assert kept[np.flatnonzero(has), strongest[has]].all()


EVAL = PROJ_ROOT / "benchmarks" / "eval_topics.py"
ALLSIDES = SHARED_CORPORA / "allsides" / "world.jsonl.gz"


@pytest.mark.skipif(not ALLSIDES.exists(), reason="AllSides corpus not available")
def test_allsides_test_events_are_recovered():
    spec = importlib.util.spec_from_file_location("eval_topics", EVAL)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    truth = bench.label_events(bench.load_allsides(), bench.TEST)
    assert truth["event"].nunique() == 12 and truth["outlet"].nunique() >= 20
    found = stories(truth).merge(truth[["doc_id", "event"]], on="doc_id")
    assert normalized_mutual_info_score(found["event"], found["story_id"]) >= 0.90
    assert adjusted_rand_score(found["event"], found["story_id"]) >= 0.80


def test_an_undated_article_does_not_bridge_stories_months_apart():
    text = "Parliament votes on the budget of the ministry of finance in a late session " * 3
    df = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": [text] * 3, "outlet": ["X", "Y", "Z"],
                       "date": pd.to_datetime(["2024-01-01", "2024-03-01", None])})
    found = stories(df).set_index("doc_id")["story_id"]
    assert found["a"] != found["b"]
    assert found["c"] in (found["a"], found["b"])


def test_cosines_split_into_dense_and_sparse_columns_equal_the_product(monkeypatch):
    stories_module = importlib.import_module("analysis.stories")  # the package exports stories()
    monkeypatch.setattr(stories_module, "DENSE_TERMS", 10)
    X = sp.hstack([sp.random(120, 15, density=0.9, random_state=4, dtype=np.float32),  # frequent
                   sp.random(120, 285, density=0.05, random_state=3, dtype=np.float32)]).tocsr()
    cosines = stories_module._Cosines(X)
    assert cosines.dense is not None and cosines.dense.shape[1] == 10
    want = (X @ X.T).toarray()
    assert np.allclose(cosines(slice(10, 50), slice(0, 120)), want[10:50], atol=1e-5)
    rows = np.array([5, 99, 3, 42])
    assert np.allclose(cosines(rows, rows), want[np.ix_(rows, rows)], atol=1e-5)


def test_undated_articles_among_themselves_use_a_stricter_threshold(monkeypatch):
    # two events whose articles share a little vocabulary (cosine 0.055 across events): with a
    # date window they could not meet; undated, only the stricter threshold keeps them apart
    import importlib

    import numpy as np
    import scipy.sparse as sp

    stories_module = importlib.import_module("analysis.stories")
    rows = np.array([[1, 0, 0.241, 0.1, 0], [1, 0, 0.241, -0.1, 0], [0, 1, 0.241, 0, 0.1],
                     [0, 1, 0.241, 0, -0.1]])
    rows = rows / np.linalg.norm(rows, axis=1, keepdims=True)
    X, days = sp.csr_matrix(rows), np.full(4, np.nan)
    labels = stories_module._cluster(X, days, 0.04, 5)
    assert labels[0] == labels[1] != labels[2] == labels[3]
    monkeypatch.setattr(stories_module, "UNDATED_FACTOR", 1.0)
    assert len(set(stories_module._cluster(X, days, 0.04, 5))) == 1
