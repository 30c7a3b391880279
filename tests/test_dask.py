"""The Dask engine gives the same tables as the pandas path (LocalCluster of 2 processes)."""

from __future__ import annotations

import importlib.util
import warnings

import numpy as np
import pandas as pd
import pytest

from analysis import config
from analysis.actors import actor_frequency, actor_mentions
from analysis.corpus import CorpusWarning, load_corpus
from analysis.text import paragraphs, sentences

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

from analysis import distributed as nd  # noqa: E402


def _generator():
    spec = importlib.util.spec_from_file_location(
        "generate_corpus", config.PROJ_ROOT / "benchmarks" / "generate_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    _generator().generate_corpus(folder, 300, seed=1, progress=False)
    return folder


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as cluster:
        with distributed.Client(cluster) as c:
            yield c


@pytest.fixture(scope="module")
def articles(corpus_dir):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        return load_corpus(corpus_dir)


def _sorted(df: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    return df.sort_values(keys, kind="stable", ignore_index=True)


def test_dask_load_equals_pandas_load(corpus_dir, articles, client):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        via_dask = load_corpus(corpus_dir, engine="dask", client=client)
    assert len(articles) >= 300
    assert articles["near_duplicate_of"].notna().any() and articles["duplicate_of"].notna().any()
    pd.testing.assert_frame_equal(_sorted(via_dask, ["doc_id"]), _sorted(articles, ["doc_id"]))
    pd.testing.assert_frame_equal(via_dask.attrs["load_report"], articles.attrs["load_report"])


def test_dask_load_applies_the_manifest_and_dedup_on_workers(corpus_dir, client, tmp_path,
                                                           monkeypatch):
    files = sorted(p.relative_to(corpus_dir).as_posix() for p in corpus_dir.rglob("*.txt"))[:40]
    manifest = pd.DataFrame({
        "file": files + ["nowhere/missing.txt"],
        "outlet": ["Manifest Outlet"] * 20 + [""] * 20 + ["X"],
        "date": ["2024-06-01"] * 10 + ["not a date"] + [""] * 29 + [""],
        "url": [""] * 20 + ["https://example.org/2024/06/07/story"] * 20 + [""],
    })
    manifest.to_csv(tmp_path / "m.csv", index=False)
    # the client never shingles the whole corpus: workers send signatures
    from analysis.corpus import dedup

    calls = []
    monkeypatch.setattr(dedup, "near_duplicates",
                        lambda *a, **k: calls.append("near_duplicates") or {})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        via_dask = nd.load_corpus_dask(corpus_dir, manifest=tmp_path / "m.csv", client=client,
                                       files_per_task=25)
        monkeypatch.undo()
        pandas_ = load_corpus(corpus_dir, manifest=tmp_path / "m.csv")
    assert calls == []
    pd.testing.assert_frame_equal(via_dask, pandas_)
    report = via_dask.attrs["load_report"]
    pd.testing.assert_frame_equal(report, pandas_.attrs["load_report"])
    assert (report["status"] == "missing").sum() == 1
    assert report["reason"].str.contains("unparseable date").sum() == 1
    assert (via_dask["outlet"] == "Manifest Outlet").sum() >= 20
    assert via_dask["near_duplicate_of"].notna().any()


def test_dask_load_without_near_duplicate_search_equals_pandas(corpus_dir, client):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        a = load_corpus(corpus_dir, engine="dask", client=client,
                        near_duplicate_threshold=None)
        b = load_corpus(corpus_dir, near_duplicate_threshold=None)
    pd.testing.assert_frame_equal(a, b)
    assert a["near_duplicate_of"].isna().all() and a["duplicate_of"].notna().any()


def test_dask_load_accepts_a_scheduler_address(client):
    bundled = load_corpus()
    pd.testing.assert_frame_equal(
        load_corpus(engine="dask", client=client.scheduler.address), bundled)


@pytest.mark.parametrize("stage, keys", [
    (paragraphs, ["doc_id", "para_id"]),
    (sentences, ["doc_id", "sent_id"]),
    (actor_mentions, ["doc_id", "start", "end"]),
])
def test_per_article_stages_equal_pandas(articles, client, stage, keys):
    ddf = nd.to_dask(articles, npartitions=4)
    assert ddf.npartitions == 4
    expected = stage(articles)
    assert len(expected)
    got = nd.compute_table(nd.map_articles(stage, ddf), client=client)
    pd.testing.assert_frame_equal(_sorted(got, keys), _sorted(expected, keys))


def test_quotes_partition_wise_equal_pandas(articles, client):
    quotes_mod = pytest.importorskip("analysis.quotes")
    expected = quotes_mod.quotes(articles)
    got = nd.compute_table(nd.map_articles(quotes_mod.quotes, nd.to_dask(articles, 3)),
                           client=client)
    keys = ["doc_id", "start", "end"]
    pd.testing.assert_frame_equal(_sorted(got, keys), _sorted(expected, keys))


def test_actor_frequency_map_reduce_equals_pandas(articles, client):
    expected = actor_frequency(articles, actor_mentions(articles), by="outlet")
    got = nd.actor_frequency_dask(nd.to_dask(articles, 5), by="outlet", client=client)
    assert expected["mentions"].sum() > 100
    pd.testing.assert_frame_equal(got, expected)


def test_term_counts_map_reduce_equals_pandas(articles, client):
    expected = nd.term_counts(articles, by="outlet")
    got = nd.term_counts_dask(nd.to_dask(articles, 4), by="outlet", client=client)
    assert expected.groupby("outlet")["count"].sum().min() > 1000
    pd.testing.assert_frame_equal(got, expected)


@pytest.mark.parametrize("voice", ["own", "all"])
def test_distinctive_terms_map_reduce_equals_pandas(articles, client, voice):
    from analysis.framing import distinctive_terms

    kw = {"voice": voice, "pairs": "top", "top_pairs": 4, "min_articles": 25}
    expected = distinctive_terms(articles, by="outlet", **kw)
    got = nd.distinctive_terms_dask(nd.to_dask(articles, 4), by="outlet", client=client, **kw)
    assert len(expected) > 100 and (expected["other"] != "rest").any()
    assert expected.attrs["too_few_articles"]  # some outlets of the generated corpus
    pd.testing.assert_frame_equal(got, expected, check_exact=False, rtol=1e-9)
    assert got.attrs == expected.attrs


def test_topic_model_dask_is_deterministic(articles, client):
    ddf = nd.to_dask(articles, 3)
    a = nd.topic_model_dask(ddf, 4, client=client)
    b = nd.topic_model_dask(ddf, 4, client=client)
    pd.testing.assert_frame_equal(a.assignments, b.assignments)
    assert set(a.assignments["doc_id"]) == set(articles["doc_id"])
    assert a.topics["size"].sum() == len(articles)
    assert a.assignments["weight"].between(0, 1.0001).all()
    # the same kind of result as the pandas topic_model: by() works, dict access warns
    shares = a.by("outlet")
    assert set(shares["outlet"]) == set(articles["outlet"])
    assert np.allclose(shares.groupby("outlet")["share"].sum(), 1.0)
    assert a.topics["label"].str.len().gt(0).all()
    with pytest.warns(DeprecationWarning, match="model.assignments"):
        assert a["assignments"] is a.assignments


def _events_corpus() -> pd.DataFrame:
    """Twelve events ten days apart, each reported by four outlets within two days."""
    subjects = [("earthquake", "Antakya", "rescuers rubble collapsed buildings"),
                ("election", "Warsaw", "ballots turnout coalition parliament"),
                ("flood", "Porto Alegre", "river levee evacuated rainfall"),
                ("summit", "Nairobi", "leaders communique trade climate finance"),
                ("strike", "Lyon", "unions pensions railway walkout"),
                ("wildfire", "Maui", "blaze Lahaina firefighters wind"),
                ("eruption", "Reykjanes", "lava magma Grindavik fissure"),
                ("verdict", "Manhattan", "jury felony counts sentencing"),
                ("launch", "Baikonur", "rocket capsule orbit cosmonauts"),
                ("heatwave", "Delhi", "temperatures hospitals heatstroke water"),
                ("ceasefire", "Doha", "hostages truce mediators talks"),
                ("merger", "Frankfurt", "bank shareholders takeover bid")]
    rows = []
    for e, (what, where, words) in enumerate(subjects):
        for k, outlet in enumerate(["Daily A", "Daily B", "Daily C", "Daily D"]):
            rows.append({
                "doc_id": f"e{e}_{k}", "outlet": outlet,
                "date": pd.Timestamp("2024-01-01") + pd.Timedelta(days=10 * e + k % 2),
                "title": f"{where} {what}: {words.split()[k % 4]} latest",
                "text": f"The {what} in {where} dominated the day. " * 2 + f"{words}. " * 3})
    return pd.DataFrame(rows)


def test_stories_blockwise_equal_pandas(client):
    from analysis.stories import stories

    arts = _events_corpus()
    expected = stories(arts)
    assert expected["story_id"].nunique() == 12
    # three blocks of about four events; each event lies inside one block
    got = nd.stories_dask(nd.to_dask(arts, 3), block_days=40, client=client)
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)
    # blocks that cut events in two: the overlap keeps each event one story
    straddle = nd.stories_dask(arts, block_days=35.5, client=client)
    pd.testing.assert_frame_equal(straddle, expected, check_dtype=False)
