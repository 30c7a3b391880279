"""Distinctive-terms counting at scale (issue 13): the fast paths give what the general ones do."""

from __future__ import annotations

import multiprocessing as mp

import numpy as np
import pandas as pd
import pytest

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


def _random_articles(n: int, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    words = "gaza israel regime said war on the talks ceasefire hostages aid U.S. US".split()
    texts = [" ".join(rng.choice(words, 40)) + ' "' + " ".join(rng.choice(words, 6)) + '" end.'
             for _ in range(n)]
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(n)], "text": texts,
                         "outlet": rng.choice(list("ABCDEFG"), n)})


def test_chunk_rows_are_the_group_by_sums():
    from analysis.framing.ngrams import _chunk_rows

    rng = np.random.default_rng(1)
    gd = np.sort(rng.integers(3, 9, 50))  # groups of 50 texts, in order
    d = rng.integers(0, 50, 5000)
    key = rng.choice(np.array([5, 1 << 40, (1 << 62) + 7, 9, 2**63 - 1], np.uint64), 5000)
    got = pd.DataFrame(_chunk_rows(key.copy(), d.copy(), gd))
    occ = pd.DataFrame({"g": gd[d], "key": key, "d": d})
    want = occ.groupby(["g", "key"]).agg(count=("d", "size"), docs=("d", "nunique")).reset_index()
    assert got["g"].dtype == np.int32 and got["key"].dtype == np.uint64
    np.testing.assert_array_equal(got[["g", "key", "count", "docs"]].to_numpy(np.float64),
                                  want[["g", "key", "count", "docs"]].to_numpy(np.float64))
    assert (got["count"] > got["docs"]).any()  # some n-grams repeat within a text


def test_one_group_over_many_batches(monkeypatch):
    import analysis.framing.ngrams as ng

    arts = _random_articles(40).assign(outlet="A")
    arts.loc[35:, "outlet"] = "B"
    expected = distinctive_terms(arts, min_articles=1, processes=1)
    monkeypatch.setattr(ng, "_CHUNK", 3)  # group A runs over 12 batches
    monkeypatch.setattr(ng, "_COMPACT_ROWS", 50)  # its parts summed on the way
    pd.testing.assert_frame_equal(distinctive_terms(arts, min_articles=1, processes=1), expected)


def test_worker_processes_give_the_same_table(monkeypatch):
    import analysis.framing.ngrams as ng

    arts = _random_articles(90, seed=2)
    texts = arts["text"].astype(object)  # Arrow strings cannot hold a lone surrogate
    texts[7] = "A lone surrogate \ud800 in US talks, said the regime."
    arts["text"] = texts
    monkeypatch.setattr(ng, "_CHUNK", 8)  # 12 batches over 2 processes
    expected = distinctive_terms(arts, min_articles=1, processes=1)
    assert len(expected) > 20
    for voice in ("own", "all"):
        pd.testing.assert_frame_equal(
            distinctive_terms(arts, min_articles=1, processes=2, voice=voice),
            distinctive_terms(arts, min_articles=1, processes=1, voice=voice))
    # repeated doc_ids: the quotations are pooled in this process, the tokens found by workers
    rep = _random_articles(90, seed=2)  # (a spans table cannot hold a lone surrogate)
    rep["doc_id"] = [f"d{i // 2}" for i in range(len(rep))]
    pd.testing.assert_frame_equal(distinctive_terms(rep, min_articles=1, processes=2),
                                  distinctive_terms(rep, min_articles=1, processes=1))


def test_forked_workers_read_texts_by_position_spawned_ones_get_texts(monkeypatch):
    """Under fork the workers are sent positions in the text column (with missing texts and a
    batch size that leaves a short last batch), under spawn the texts; same table either way."""
    import analysis.framing._batches as bt
    import analysis.framing.ngrams as ng

    arts = _random_articles(45, seed=5)
    arts.loc[[3, 44], "text"] = None
    monkeypatch.setattr(ng, "_CHUNK", 8)
    expected = distinctive_terms(arts, min_articles=1, processes=1)
    sent, in_order = [], bt._in_order

    def spy(fn, batches, args, processes):
        batches = list(batches)
        sent.append((fn, batches))
        return in_order(fn, batches, args, processes)

    monkeypatch.setattr(bt, "_in_order", spy)
    for method in ("fork", "spawn"):
        monkeypatch.setenv("NEWSFRAME_START_METHOD", method)
        pd.testing.assert_frame_equal(distinctive_terms(arts, min_articles=1, processes=2),
                                      expected)
    (fork_fn, fork_batches), (spawn_fn, spawn_batches) = sent
    assert fork_fn is bt._scan_at and fork_batches[-1] == (40, 45)
    assert [lo for lo, _ in fork_batches] == list(range(0, 45, 8))
    assert spawn_fn is bt.scan_batch and spawn_batches[0][3] == ""
    assert sum(map(len, spawn_batches)) == 45 and not bt._FORKED  # nothing left registered


def test_processes_by_default_only_for_large_corpora(monkeypatch):
    import pytest

    import analysis._parallel as par
    import analysis.framing.ngrams as ng

    monkeypatch.setattr(par, "available_cpus", lambda: 2)
    assert ng.n_processes(None, ng._PARALLEL_FROM - 1) == 1
    assert ng.n_processes(None, ng._PARALLEL_FROM) == 2
    assert ng.n_processes(1, 10**6) == 1 and ng.n_processes(3, 10) == 3
    monkeypatch.setattr(par, "available_cpus", lambda: 1)
    assert ng.n_processes(None, 10**6) == 1
    with pytest.raises(ValueError, match="processes"):
        ng.n_processes(0, 10)


def test_workers_hashed_filter_is_an_upper_bound_and_keeps_the_table(monkeypatch):
    """The filter counted by the workers from surface tokens (case variants, "US"/"U.S.", stop
    words, breaks) bounds every n-gram's count, prunes, and leaves the table as it was."""
    import analysis.framing.ngrams as ng
    from analysis.framing._sketch import bucket, ngram_hashes, term_hashes

    arts = _random_articles(90, seed=4)
    arts["text"] = [t.upper() if i % 3 == 0 else t for i, t in enumerate(arts["text"])]
    arts.loc[5, "text"] += " Unique-once words here: zyzzyva quokka."
    expected = distinctive_terms(arts, min_articles=1, processes=1)
    monkeypatch.setattr(ng, "_CHUNK", 8)
    monkeypatch.setattr(ng, "_SKETCH_FROM", 10)
    monkeypatch.setattr(ng, "_SKETCH_BITS", 12)  # collisions too
    pd.testing.assert_frame_equal(distinctive_terms(arts, min_articles=1, processes=2), expected)

    counter = ng._NgramCounter((1, 3), "english")
    groups = np.zeros(len(arts), int)
    tok, starts, sketch = counter._all_token_ids(list(arts["text"]), 8, None, 2,
                                                 (counter.stop, counter.orders, 12))
    counter._edge = np.array(counter.edge, dtype=bool)
    th = term_hashes(counter.terms)
    np.testing.assert_array_equal(counter._th, th)  # the new terms' hashes kept from the workers
    for k in counter.orders:
        idx, key = counter._ngrams(tok, k)
        uk, n = np.unique(key, return_counts=True)
        first = idx[np.unique(key, return_index=True)[1]]
        assert (sketch[bucket(ngram_hashes(th[tok], first, k), 12)] >= n).all()
    assert sketch.sum() == sum(len(counter._ngrams(tok, k)[0]) for k in counter.orders)
    small = ng._NgramCounter((1, 3), "english")._all_token_ids(
        list(arts["text"]), 8, None, 2, (counter.stop, counter.orders, 12), saturate=True)[2]
    assert small.dtype == np.uint8 and (sketch > 255).any()  # counts stop at 255
    np.testing.assert_array_equal(small, np.minimum(sketch, 255))
    table, _ = counter.count(list(arts["text"]), groups, 1, min_count=2, processes=2)
    full, _ = ng._NgramCounter((1, 3), "english").count(list(arts["text"]), groups, 1,
                                                        min_count=1, processes=1)
    assert 0 < len(table["key"]) < len(full["key"])  # something rare was pruned


def test_memoised_surface_hashes_are_the_terms_hashes(monkeypatch):
    """Hashes from the per-process memo equal fresh ones (case variants, "US"), also after the
    memo fills up and is emptied."""
    import analysis.framing._sketch as sk

    words = ["Gaza", "GAZA", "gaza", "US", "U.S.A.", "us", "é", "Ωmega", "", "x" * 50]
    want = sk.term_hashes([sk.term_of(w) for w in words])
    monkeypatch.setattr(sk, "_memo", {})
    monkeypatch.setattr(sk, "_MEMO_MAX", 4)
    for _ in range(3):
        np.testing.assert_array_equal(sk.surface_hashes(words[:3]), want[:3])
        np.testing.assert_array_equal(sk.surface_hashes(words), want)
    assert len(sk._memo) <= len(words)


def test_halves_cut_at_the_group_boundary_nearest_half_the_tokens():
    from analysis.framing.ngrams import _halves

    groups = np.array([2, 0, 1, 0, 2, 1])
    starts = np.cumsum([0, 5, 1, 1, 8, 1, 1])  # tokens of the texts: 5, 1, 1, 8, 1, 1
    order = np.argsort(groups, kind="stable")  # tokens in group order: 1 8 | 1 1 | 5 1
    assert _halves(order, groups, starts) == 2  # 9 of 17 tokens before (11 at the other cut)
    assert _halves(order, groups, starts, share=0.7) == 4  # 11 of 17 (≈ 0.7 × 17 = 11.9)
    assert _halves(order, np.zeros(6, int), starts) == 0  # one group: no cut


@pytest.mark.skipif("fork" not in mp.get_all_start_methods(), reason="no fork here")
def test_in_forked_process_gives_the_result_or_the_error():
    from analysis._parallel import in_forked_process

    big = np.arange(10**6)  # inherited, not pickled

    def fail():
        raise ValueError("raised in the child")

    with in_forked_process(lambda: int(big.sum())) as child:
        assert child.result() == int(big.sum())
    with pytest.raises(ValueError, match="raised in the child"), in_forked_process(fail) as child:
        child.result()


@pytest.mark.skipif("fork" not in mp.get_all_start_methods(), reason="no fork here")
def test_counting_halves_in_a_forked_process_or_threads_give_the_same_table(monkeypatch):
    """Under fork the groups after the cut are counted by one forked process (the rows sent
    back), under spawn the batches by two threads: the table of one process either way."""
    import analysis._parallel as par
    import analysis.framing.ngrams as ng

    arts = _random_articles(90, seed=6)
    monkeypatch.setattr(ng, "_CHUNK", 8)  # batches that cut groups, in both halves
    expected = distinctive_terms(arts, min_articles=1, processes=1)
    forked, real = [], par.in_forked_process

    def spy(fn, **kw):
        forked.append(fn)
        return real(fn, **kw)

    monkeypatch.setattr(par, "in_forked_process", spy)
    for method, n_forked in (("fork", 1), ("spawn", 1)):
        monkeypatch.setenv("NEWSFRAME_START_METHOD", method)
        pd.testing.assert_frame_equal(distinctive_terms(arts, min_articles=1, processes=2),
                                      expected)
        assert len(forked) == n_forked  # (spawn: no forked counting)
    monkeypatch.setenv("NEWSFRAME_START_METHOD", "fork")
    tables, _ = ng._NgramCounter((1, 3), "english").count(
        arts["text"].tolist(), np.unique(arts["outlet"], return_inverse=True)[1], 7,
        min_count=2, processes=2, halves=True)
    assert len(tables) == 2 and len(tables[1]) == 1  # the child's half: one joined table
    last_of_first = tables[0][-1]["g"][-1]
    assert last_of_first < tables[1][0]["g"][0]  # no group in both halves
