"""Topic model: determinism, tiny corpora, choice of k, refusals, shares, the BBC benchmark."""

from __future__ import annotations

import sys

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import normalized_mutual_info_score

from analysis.topics import stability, topic_model, topic_units

VOCAB = {
    "football": "striker goal match league coach stadium penalty referee season club fans",
    "banking": "bank interest rates inflation lender bonds loans mortgage deposits credit",
    "climate": "emissions carbon warming glaciers drought heatwave climate renewable solar",
    "election": "ballot voters candidate polling campaign parliament turnout election party",
}


def synthetic(n_per_topic: int = 6, paras: int = 3, seed: int = 0,
              topics=tuple(VOCAB)) -> pd.DataFrame:
    """Articles whose paragraphs each draw 12 words from one topic's vocabulary."""
    rng = np.random.default_rng(seed)
    rows = []
    for t_i, topic in enumerate(topics):
        words = VOCAB[topic].split()
        for i in range(n_per_topic):
            body = "\n\n".join(
                " ".join(rng.choice(words, 12)).capitalize() + "." for _ in range(paras))
            rows.append({
                "doc_id": f"{topic}-{i}", "topic_true": topic,
                "outlet": ["Daily A", "Daily B", "Daily C"][i % 3],
                "date": pd.Timestamp("2024-06-01") + pd.Timedelta(days=int(10 * t_i + i)),
                "text": body,
            })
    return pd.DataFrame(rows)


def test_same_seed_same_tables_and_other_seeds_same_partition():
    df = synthetic()
    a = topic_model(df, unit="paragraph", n_topics=4, random_state=0)
    b = topic_model(df, unit="paragraph", n_topics=4, random_state=0)
    pd.testing.assert_frame_equal(a.assignments, b.assignments)
    pd.testing.assert_frame_equal(a.topics, b.topics)
    pd.testing.assert_frame_equal(a.passages, b.passages)
    c = topic_model(df, unit="paragraph", n_topics=4, random_state=7)
    assert normalized_mutual_info_score(a.assignments["topic"], c.assignments["topic"]) == 1.0


def test_paragraph_units_ids_join_back_to_text():
    df = synthetic(n_per_topic=3)
    model = topic_model(df, unit="paragraph", n_topics=4)
    assert len(model.assignments) == 4 * 3 * 3
    first = model.assignments.iloc[0]
    assert first["unit_id"] == f"{first['doc_id']}:{first['para_id']}"
    text = df.set_index("doc_id").loc[first["doc_id"], "text"].split("\n\n")[first["para_id"]]
    assert model.units.set_index("unit_id").loc[first["unit_id"], "text"] == text


def test_recovers_planted_topics_with_readable_labels():
    df = synthetic()
    model = topic_model(df, unit="article", n_topics=4)
    truth = model.assignments.merge(df[["doc_id", "topic_true"]], on="doc_id")
    assert normalized_mutual_info_score(truth["topic_true"], truth["topic"]) == 1.0
    for label, terms in zip(model.topics["label"], model.topics["top_terms"]):
        assert len(label.split(" / ")) == 3
        words = {w for term in terms.split(", ")[:3] for w in term.split()}
        owners = {t for t, v in VOCAB.items() if words & set(v.split())}
        assert len(owners) == 1, terms  # the top terms of a topic come from one vocabulary
    assert model.topics["size"].tolist() == [6, 6, 6, 6]
    assert model.topics["share"].sum() == pytest.approx(1.0)


def test_weights_and_representatives():
    model = topic_model(synthetic(), unit="paragraph", n_topics=4)
    assert model.assignments["weight"].between(0, 1).all()
    for topic, rep in zip(model.topics["topic"], model.topics["representative_id"]):
        members = model.assignments[model.assignments["topic"] == topic]
        best = members.sort_values(["weight", "unit_id"], ascending=[False, True]).iloc[0]
        assert rep == best["unit_id"]
    assert model.passages.groupby("topic").size().max() == 3
    assert model.passages_for(0, n=2)["rank"].tolist() == [0, 1]


def test_auto_finds_the_planted_number_of_topics_and_says_why():
    for k_true in (2, 3, 4):
        df = synthetic(n_per_topic=8, topics=tuple(VOCAB)[:k_true], seed=k_true)
        model = topic_model(df, unit="paragraph", n_topics="auto")
        assert model.n_topics == k_true, model.selection
        assert model.selection["chosen"].sum() == 1
        assert int(model.selection.loc[model.selection["chosen"], "k"].iloc[0]) == k_true
        assert "stability" in model.why and f"k={k_true}" in model.why


def test_stability_prefers_the_true_k_on_points():
    rng = np.random.default_rng(1)
    centres = np.eye(5)
    R = np.vstack([rng.normal(c, 0.05, (15, 5)) for c in centres])
    R /= np.linalg.norm(R, axis=1, keepdims=True)
    table = stability(R, [2, 3, 4, 5, 6, 7])
    assert int(table.loc[table["stability"].idxmax(), "k"]) == 5
    assert table.loc[table["k"] == 5, "stability"].iloc[0] > 0.95


def test_shares_by_outlet_sum_to_one_and_cover_every_topic():
    df = synthetic()
    model = topic_model(df, unit="paragraph", n_topics=4)
    shares = model.by("outlet")
    assert list(shares.columns) == ["outlet", "topic", "label", "units", "group_units", "share"]
    assert shares.groupby("outlet")["share"].sum().to_numpy() == pytest.approx(np.ones(3))
    assert len(shares) == 3 * 4  # zeros included
    assert shares["units"].sum() == len(model.assignments)


def test_shares_by_month_keep_unknown_dates():
    df = synthetic()
    df.loc[0, "date"] = pd.NaT
    model = topic_model(df, unit="article", n_topics=4)
    shares = model.by("date", freq="M")
    assert shares["date"].isna().any()
    sums = shares.groupby("date", dropna=False)["share"].sum()
    assert sums.to_numpy() == pytest.approx(np.ones(len(sums)))
    assert set(shares["date"].dropna()) == {pd.Timestamp("2024-06-01"), pd.Timestamp("2024-07-01")}


def test_by_an_unknown_column_names_the_columns():
    model = topic_model(synthetic(), unit="article", n_topics=2)
    with pytest.raises(ValueError, match="no column 'bias'"):
        model.by("bias")


def test_tiny_corpus_two_topics_of_three_articles():
    df = synthetic(n_per_topic=3, topics=("football", "banking"))
    with pytest.warns(UserWarning, match="fewer than 3 units per topic"):
        model = topic_model(df, unit="article", n_topics=3)
    assert model.n_topics == 3
    model = topic_model(df, unit="article", n_topics="auto")
    assert model.n_topics == 2


def test_refuses_more_topics_than_units():
    df = synthetic(n_per_topic=2, topics=("football", "banking"))
    with pytest.raises(ValueError, match=r"n_topics=5 is more topics than units: there are 4 "
                                         r"article units.*unit='paragraph'"):
        topic_model(df, unit="article", n_topics=5)


def test_auto_on_too_few_units_gives_one_topic_and_says_why():
    df = synthetic(n_per_topic=1, topics=("football", "banking"), paras=1)
    model = topic_model(df, unit="article", n_topics="auto")
    assert model.n_topics == 1
    assert "too few" in model.why and "2 article units" in model.why
    assert model.selection.empty and "adjusted_stability" in model.selection.columns
    assert model.assignments["topic"].eq(0).all() and len(model.assignments) == 2
    shares = model.by("outlet")
    assert (shares.loc[shares["units"] > 0, "share"] == 1.0).all()


def test_auto_refuses_a_corpus_without_units():
    df = synthetic(n_per_topic=1, topics=("football",), paras=1).assign(text="Too short.")
    with pytest.raises(ValueError, match="no units to cluster"):
        topic_model(df, unit="article", n_topics="auto")


@pytest.mark.parametrize("kwargs, message", [
    ({"n_topics": 1}, "at least 2"),
    ({"n_topics": "many"}, "integer or 'auto'"),
    ({"unit": "sentence"}, "unit must be one of"),
    ({"method": "lda"}, "method must be one of"),
])
def test_refuses_bad_arguments(kwargs, message):
    with pytest.raises(ValueError, match=message):
        topic_model(synthetic(), **kwargs)


def test_missing_column_and_duplicate_ids():
    with pytest.raises(ValueError, match="no column 'text'"):
        topic_model(pd.DataFrame({"doc_id": ["a"]}))
    df = synthetic(n_per_topic=2)
    df.loc[1, "doc_id"] = df.loc[0, "doc_id"]
    with pytest.raises(ValueError, match="duplicate doc_id"):
        topic_model(df, n_topics=2)


def test_refuses_when_texts_share_no_words():
    df = pd.DataFrame({"doc_id": list("abcd"),
                       "text": ["alpha beta gamma delta epsilon zeta eta theta",
                                "iota kappa lambda omicron sigma tau upsilon phi",
                                "one two three four five six seven eight",
                                "red green blue cyan magenta yellow black white"]})
    with pytest.raises(ValueError, match="no term occurs in at least"):
        topic_model(df, unit="article", n_topics=2)


def test_short_paragraphs_are_listed_not_clustered():
    df = synthetic(n_per_topic=3)
    df.loc[0, "text"] = "A heading\n\n" + df.loc[0, "text"]
    units, skipped = topic_units(df)
    assert skipped["unit_id"].tolist() == [f"{df.loc[0, 'doc_id']}:0"]
    model = topic_model(df, n_topics=4)
    assert model.skipped["unit_id"].tolist() == [f"{df.loc[0, 'doc_id']}:0"]
    assert f"{df.loc[0, 'doc_id']}:0" not in set(model.assignments["unit_id"])


def test_nmf_method():
    df = synthetic()
    model = topic_model(df, unit="article", n_topics=4, method="nmf")
    truth = model.assignments.merge(df[["doc_id", "topic_true"]], on="doc_id")
    assert normalized_mutual_info_score(truth["topic_true"], truth["topic"]) == 1.0
    assert model.assignments["weight"].between(0, 1).all()
    auto = topic_model(df, unit="article", n_topics="auto", method="nmf")
    assert auto.n_topics == 4 and auto.method == "nmf"


def test_embedding_method_with_an_encoder_or_an_array():
    df = synthetic()

    class Encoder:  # stands in for a SentenceTransformer: one-hot of the planted topic
        def encode(self, texts):
            return np.array([[any(w in t.lower() for w in VOCAB[k].split()[:3]) for k in VOCAB]
                             for t in texts], dtype=float) + 0.01

    model = topic_model(df, unit="article", n_topics=4, method="embedding", embeddings=Encoder())
    truth = model.assignments.merge(df[["doc_id", "topic_true"]], on="doc_id")
    assert normalized_mutual_info_score(truth["topic_true"], truth["topic"]) == 1.0
    with pytest.raises(ValueError, match="one row per unit"):
        topic_model(df, unit="article", n_topics=4, method="embedding",
                    embeddings=np.ones((3, 2)))


def test_embedding_method_without_the_package_says_what_to_do(monkeypatch):
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    with pytest.raises(ImportError, match="sentence-transformers"):
        topic_model(synthetic(), unit="article", n_topics=4, method="embedding")


def test_repr_and_fitted_parts_agree_with_the_tables():
    model = topic_model(synthetic(), unit="article", n_topics=4)
    assert "4 topics over 24 article units of 24 articles" in repr(model)
    assert model.n_topics == len(model.topics) == model.assignments["topic"].nunique() == 4
    assert model.representation_.shape[0] == len(model.units) == len(model.assignments)
    assert np.allclose(np.linalg.norm(model.representation_, axis=1), 1.0)
    assert model.selection is None and model.why == "k=4 given"


def test_bbc_benchmark_k5_and_auto(shared_jsonl):
    bbc = shared_jsonl("bbc/bbc.jsonl.gz")
    for n_topics, floor in ((5, 0.90), ("auto", 0.80)):
        model = topic_model(bbc, unit="article", n_topics=n_topics)
        got = model.assignments.merge(bbc[["doc_id", "category"]], on="doc_id")
        assert normalized_mutual_info_score(got["category"], got["topic"]) >= floor, n_topics


def test_lsa_fitted_on_a_sample_when_units_are_many(monkeypatch):
    import analysis.topics.features as features

    df = synthetic(n_per_topic=15)
    full = topic_model(df, unit="article", n_topics=4)
    monkeypatch.setattr(features, "LSA_SAMPLE", 30)  # 60 articles: the basis from 30 of them
    sampled = topic_model(df, unit="article", n_topics=4)
    again = topic_model(df, unit="article", n_topics=4)
    pd.testing.assert_frame_equal(sampled.assignments, again.assignments)
    truth = df.set_index("doc_id").loc[sampled.assignments["doc_id"], "topic_true"]
    assert normalized_mutual_info_score(truth, sampled.assignments["topic"]) > 0.95
    assert normalized_mutual_info_score(full.assignments["topic"],
                                        sampled.assignments["topic"]) > 0.95


def invented_vocabularies(n_topics: int, n_words: int = 12, seed: int = 0) -> list[list[str]]:
    """``n_topics`` disjoint lists of made-up words (letters only, so each is one token)."""
    rng = np.random.default_rng(seed)
    letters = np.array(list("bcdfghjklmnpqrstvwxz"))
    vowels = np.array(list("aeiou"))
    words: list[str] = []
    while len(words) < n_topics * n_words:
        word = "".join(rng.choice(letters) + rng.choice(vowels) for _ in range(3))
        if word not in words:
            words.append(word)
    return [words[i * n_words:(i + 1) * n_words] for i in range(n_topics)]


def planted(n_topics: int, n_per_topic: int, paras: int = 3, seed: int = 0,
            extra: str = "") -> pd.DataFrame:
    """Articles whose paragraphs draw 10 words from one of ``n_topics`` invented vocabularies;
    ``extra`` is appended to every other paragraph."""
    rng = np.random.default_rng(seed)
    rows = []
    for t, words in enumerate(invented_vocabularies(n_topics, seed=seed)):
        for i in range(n_per_topic):
            body = "\n\n".join(" ".join(rng.choice(words, 10)) + (extra if p % 2 else "")
                                for p in range(paras))
            rows.append({"doc_id": f"t{t}-{i}", "topic_true": t, "text": body})
    return pd.DataFrame(rows)


def test_auto_finds_many_topics_not_two():
    # 20 topics: beyond the old rule's ceiling of 12 (it chose k=2 on AllSides paragraphs).
    df = planted(20, n_per_topic=7)
    model = topic_model(df, unit="paragraph", n_topics="auto")
    assert model.n_topics == 20, model.selection
    truth = df.set_index("doc_id").loc[model.assignments["doc_id"], "topic_true"]
    assert normalized_mutual_info_score(truth, model.assignments["topic"]) > 0.95
    sel = model.selection
    assert list(sel.columns) == ["k", "stability", "stability_sd", "pairs", "null_stability",
                                 "null_stability_sd", "adjusted_stability", "adjusted_se",
                                 "chosen"]
    assert sel["k"].max() == 20 and sel.loc[sel["chosen"], "adjusted_stability"].iloc[0] > 0.9


def test_auto_still_finds_five_of_five_and_is_deterministic():
    df = planted(5, n_per_topic=12, seed=3)
    a = topic_model(df, unit="paragraph", n_topics="auto", random_state=0)
    b = topic_model(df, unit="paragraph", n_topics="auto", random_state=0)
    assert a.n_topics == 5, a.selection
    pd.testing.assert_frame_equal(a.selection, b.selection)
    pd.testing.assert_frame_equal(a.assignments, b.assignments)
    assert a.why == b.why and "one standard error" in a.why


def test_quoted_paragraphs_do_not_form_their_own_topic():
    # Every other paragraph reports speech: with reporting verbs as features, "auto" split
    # quoted from narrated paragraphs (k=2 on AllSides); they are stop words for topics.
    quote = " officials said on monday and told reporters according to a statement"
    df = planted(6, n_per_topic=8, seed=5, extra=quote)
    model = topic_model(df, unit="paragraph", n_topics="auto")
    assert model.n_topics == 6, model.selection
    truth = df.set_index("doc_id").loc[model.assignments["doc_id"], "topic_true"]
    assert normalized_mutual_info_score(truth, model.assignments["topic"]) > 0.95
    assert not model.topics["top_terms"].str.contains(r"\bsaid\b|\btold\b").any()


def test_adjusted_stability_discounts_a_split_of_structureless_data():
    # One elongated Gaussian cloud: k-means cuts it the same way every time (raw stability
    # high), but a column-permuted copy is cut just as reproducibly, so nothing is adjusted in.
    rng = np.random.default_rng(2)
    cloud = rng.normal(0, 1, (400, 5)) * np.array([4.0, 1, 1, 1, 1])
    table = stability(cloud, [2, 3], null=True).set_index("k")
    assert table.loc[2, "stability"] > 0.8
    assert table.loc[2, "adjusted_stability"] < 0.5
    blobs = np.vstack([rng.normal(c, 0.05, (40, 5)) for c in np.eye(5)])
    table = stability(blobs, [2, 3, 4, 5, 6, 7], null=True).set_index("k")
    assert table["adjusted_stability"].idxmax() == 5
    assert table.loc[5, "adjusted_stability"] > 0.9


def test_the_package_reexports_its_parts():
    import analysis.topics as topics
    from analysis.topics import features, model, selection, units

    assert topics.topic_model is model.topic_model and topics.TopicModel is model.TopicModel
    assert topics.run_agreement is model.run_agreement
    assert topics.tfidf is features.tfidf and topics.stability is selection.stability
    assert topics.resolve_unit is units.resolve_unit and topics.topic_units is units.topic_units
    assert topics.ARTICLE_UNITS_FROM == 200 and topics.MAX_TOPICS == 40
    assert all(hasattr(topics, name) for name in topics.__all__)


def test_stability_fits_run_on_one_openmp_thread_each(monkeypatch):
    # The pool's threads do not inherit the caller's OpenMP limit; each fit must set its own
    # (two OpenMP threads per fit beside the other fits wasted CPU time). Same table either way.
    from sklearn.utils._openmp_helpers import _openmp_effective_n_threads

    from analysis.topics import selection

    rng = np.random.default_rng(0)
    R = np.vstack([rng.normal(c, 0.1, (40, 2)) for c in ([0, 5], [5, 0], [5, 5])])
    plain = stability(R, [2, 3, 4], null=True)
    seen = []
    fit = selection._stability_of_k

    def spy(*args):
        seen.append(_openmp_effective_n_threads())
        return fit(*args)

    monkeypatch.setattr(selection, "_stability_of_k", spy)
    assert stability(R, [2, 3, 4], null=True).equals(plain)
    assert seen and set(seen) == {1}
    monkeypatch.setattr(selection, "_one_thread", lambda f, *a: f(*a))
    assert stability(R, [2, 3, 4], null=True).equals(plain)
