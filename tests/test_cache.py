"""Parquet cache: same table back, attrs kept, invalidated by any change of input, never stale."""

from __future__ import annotations

import os
import shutil
import warnings

import pandas as pd
import pytest

from analysis import cache as nc
from analysis import config
from analysis.corpus import CorpusWarning, load_corpus
from analysis.text import sentences


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(config.RAW_DIR, folder)
    for p in folder.iterdir():
        p.chmod(0o644)
    return folder


def _load(folder, store):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        return load_corpus(folder, cache=store)


def test_round_trip_equals_fresh_load_with_load_report(corpus, tmp_path):
    store = tmp_path / "cache"
    fresh = _load(corpus, False)
    first = _load(corpus, store)
    again = _load(corpus, store)
    files = list((store / "corpus").glob("*.parquet"))
    assert len(files) == 1 and again.attrs["cache"] == str(files[0])
    for table in (first, again):
        pd.testing.assert_frame_equal(table, fresh)
        pd.testing.assert_frame_equal(table.attrs["load_report"], fresh.attrs["load_report"])
    assert not list(store.rglob("*.tmp"))


def test_cache_true_uses_the_configured_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSFRAME_CACHE_DIR", str(tmp_path / "c"))
    pd.testing.assert_frame_equal(load_corpus(cache=True), load_corpus())
    assert len(list((tmp_path / "c" / "corpus").glob("*.parquet"))) == 1


def test_a_cache_hit_does_not_parse_files(corpus, tmp_path, monkeypatch):
    store = tmp_path / "cache"
    _load(corpus, store)
    import analysis.corpus.loading as loading

    def boom(*a, **k):
        raise AssertionError("parsed a file despite an unchanged corpus")

    monkeypatch.setattr(loading, "load_file", boom)
    assert len(_load(corpus, store)) == 6


@pytest.mark.parametrize("change", ["edit_same_size_same_mtime", "add", "remove", "rename"])
def test_any_change_of_input_invalidates(corpus, tmp_path, change):
    store = tmp_path / "cache"
    before = _load(corpus, store)
    target = corpus / "001_719785d079ad14dd.txt"
    if change == "edit_same_size_same_mtime":
        st = target.stat()
        data = target.read_bytes()
        target.write_bytes(data.replace(b"Iran", b"Iraq", 1))
        os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))  # mtime alone would not notice
        assert target.stat().st_size == st.st_size
    elif change == "add":
        (corpus / "005_new.txt").write_text("A new story about talks in Doha. " * 20)
    elif change == "remove":
        target.unlink()
    else:
        target.rename(corpus / "001_renamed.txt")
    after = _load(corpus, store)
    assert len(list((store / "corpus").glob("*.parquet"))) == 2
    pd.testing.assert_frame_equal(after, _load(corpus, False))
    assert not after.equals(before)


def test_parameters_and_manifest_are_part_of_the_key(corpus):
    k = nc.corpus_key(corpus, progress=False)
    assert k == nc.corpus_key(corpus, progress=False)
    assert k != nc.corpus_key(corpus, params={"near_duplicate_threshold": 0.5}, progress=False)
    assert k != nc.corpus_key(corpus, manifest=config.MANIFEST, progress=False)


def test_derived_tables_are_cached_by_content(tmp_path):
    store = tmp_path / "c"
    arts = pd.DataFrame({"doc_id": ["a", "b"], "text": ["One. Two.", "Three. Four."]})
    first = nc.cached(sentences, arts, cache=store)
    pd.testing.assert_frame_equal(first, sentences(arts))
    pd.testing.assert_frame_equal(nc.cached(sentences, arts, cache=store), first)
    assert len(list((store / "tables").glob("*.parquet"))) == 1
    changed = arts.assign(text=["One. Two.", "Three. Five."])
    assert nc.cached(sentences, changed, cache=store)["text"].tolist()[-1] == "Five."
    assert len(list((store / "tables").glob("*.parquet"))) == 2
    assert nc.clear_cache(store) == 2


def test_write_is_atomic_and_attrs_survive(tmp_path):
    df = pd.DataFrame({"x": [1, 2]})
    df.attrs = {"load_report": pd.DataFrame({"file": ["a"], "bytes": [3]}), "note": "hi"}
    path = nc.write_cached_table(df, tmp_path / "t.parquet")
    back = nc.read_cached_table(path)
    pd.testing.assert_frame_equal(back, df)
    pd.testing.assert_frame_equal(back.attrs["load_report"], df.attrs["load_report"])
    assert back.attrs["note"] == "hi" and os.listdir(tmp_path) == ["t.parquet"]


def test_old_cache_names_are_the_cache_functions():
    # read_table / write_table are also names in analysis.readers and analysis.cli: the cache
    # has its own names, the old ones stay as aliases
    from analysis.corpus import cache

    assert nc.read_table is cache.read_cached_table is nc.read_cached_table
    assert nc.write_table is cache.write_cached_table
    assert not hasattr(cache, "read_table")
