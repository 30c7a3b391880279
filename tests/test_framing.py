"""Tests for analysis.framing and analysis.labels: label choices, log-odds terms, tone, figures."""

from __future__ import annotations

import math
import re

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pandas as pd
import pytest

from analysis.framing import (
    distinctive_terms,
    label_choices,
    tone_sentences,
    tone_toward,
    weighted_log_odds,
)
from analysis.labels import check_labels, find_labels, load_labels
from analysis.plots.framing import (
    plot_distinctive_terms,
    plot_label_choices,
    plot_term_pair,
    plot_tone,
    plot_who_quotes_whom,
)


def arts(texts: list[str], outlets: list[str]) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "outlet": outlets,
                         "text": texts})


@pytest.fixture(scope="module")
def bundled() -> pd.DataFrame:
    from analysis.corpus import load_corpus

    return load_corpus()


# ------------------------------------------------------------------------- lexicon and matching
def labels_of(text: str, **kw) -> list[tuple[str, str, str]]:
    hits = find_labels(pd.DataFrame({"doc_id": ["a"], "text": [text]}), **kw)
    return list(zip(hits["surface"], hits["referent"], hits["label"]))


def test_longest_match_wins_within_a_referent_and_possessive_counts():
    hits = labels_of("The Israeli regime said Israel's army and the Zionist  regime's allies.")
    israel = [(s, lab) for s, ref, lab in hits if ref == "Israel"]
    assert israel == [("Israeli regime", "Israeli regime"), ("Israel", "Israel"),
                      ("Zionist  regime", "Zionist regime")]


def test_referents_are_matched_independently():
    hits = labels_of("Israeli aggression on Gaza continued.")
    assert ("Israeli", "Israel", "Israeli (adjective)") in hits
    assert ("Israeli aggression", "the Gaza war", "aggression") in hits  # leftmost-longest


def test_all_capital_patterns_are_case_sensitive():
    hits = labels_of("The US told us. The U.S. agreed.")
    assert [s for s, ref, _ in hits if ref == "United States"] == ["US", "U.S."]


def test_context_restricts_generic_labels_to_sentences_naming_the_referent():
    hits = labels_of("The IRGC is viewed as a terrorist group. Hamas, a terrorist group, said no.")
    found = {(s, ref) for s, ref, _ in hits if s == "terrorist group"}
    assert found == {("terrorist group", "IRGC"), ("terrorist group", "Hamas")}
    assert not labels_of("A terrorist group attacked.")


def test_exclusions_are_not_counted():
    hits = labels_of("War crimes in Gaza; the war in Gaza; the war with Ukraine near Gaza.")
    wars = [s for s, ref, lab in hits if ref == "the Gaza war" and lab == "war"]
    assert wars == ["war in Gaza"]


def test_lexicon_is_extensible(tmp_path):
    extra = [
        {"referent": "Israel", "label": "Zionist regime", "patterns": "Zionist occupation entity"},
        {"referent": "Russia", "label": "Kremlin", "patterns": "Kremlin|Moscow regime",
         "stance_note": "metonym"},
    ]
    lex = load_labels(extra=extra)
    assert len(lex) == len(load_labels()) + 2
    text = "The Zionist occupation entity and the Kremlin met."
    hits = labels_of(text, labels=lex)
    assert ("Zionist occupation entity", "Israel", "Zionist regime") in hits
    assert ("Kremlin", "Russia", "Kremlin") in hits
    assert ("Kremlin", "Russia", "Kremlin") not in labels_of(text)
    path = tmp_path / "extra.csv"
    pd.DataFrame(extra).to_csv(path, index=False)
    assert load_labels(extra=path).equals(lex)
    only_mine = load_labels(path)  # a lexicon of one's own replaces the shipped one
    assert set(only_mine["referent"]) == {"Israel", "Russia"}
    counts = label_choices(arts([text], ["X"]), labels=lex)
    assert counts.query("referent == 'Russia'")["count"].sum() == 1


def test_lexicon_rejects_ambiguous_or_incomplete_rows():
    with pytest.raises(ValueError, match="two labels"):
        load_labels(extra=[{"referent": "Israel", "label": "Jewish state", "patterns": "Israel"}])
    with pytest.raises(ValueError, match="no pattern"):
        load_labels(extra=[{"referent": "X", "label": "x", "patterns": " "}])
    with pytest.raises(ValueError, match="labels has no column 'patterns'"):
        check_labels(pd.DataFrame({"referent": ["X"], "label": ["x"]}))


def test_shipped_lexicon_has_the_issue_labels():
    lex = load_labels()
    have = set(zip(lex["referent"], lex["label"]))
    for pair in [("Israel", "Israel"), ("Israel", "Israeli regime"), ("Israel", "Zionist regime"),
                 ("Israel", "Tel Aviv regime"), ("Israel", "occupying regime"),
                 ("Iran's April 2024 strike", "Operation True Promise"),
                 ("Iran's April 2024 strike", "retaliatory attack"),
                 ("Iran's April 2024 strike", "attack on Israel"), ("the Gaza war", "war"),
                 ("the Gaza war", "genocide"), ("the Gaza war", "aggression"),
                 ("the Gaza war", "onslaught"), ("Hamas", "resistance"),
                 ("Hamas", "militant group"), ("Hamas", "terrorist group"),
                 ("Hamas", "Palestinian Islamist group")]:
        assert pair in have
    assert "IRGC" in set(lex["referent"])
    assert (lex["stance_note"] != "").all() and (lex["source"] != "").all()


# ------------------------------------------------------------------------------ label choices
def test_label_choices_split_by_voice_and_shares_sum_to_one():
    a = arts(['Israel acted. IRNA said: "the Zionist regime must end its crimes."',
              "The Tel Aviv regime and the Zionist regime's attacks on Israel's neighbours."],
             ["Post", "Radio"])
    t = label_choices(a)
    isr = t[t["referent"] == "Israel"].set_index(["outlet", "voice", "label"])["count"]
    assert isr[("Post", "own", "Israel")] == 1 and isr[("Post", "own", "Zionist regime")] == 0
    assert isr[("Post", "quoted", "Zionist regime")] == 1
    assert isr[("Radio", "own", "Tel Aviv regime")] == 1
    assert isr[("Radio", "own", "Zionist regime")] == 1
    sums = t.groupby(["referent", "outlet", "voice"])["share"].sum()
    assert np.allclose(sums, 1.0)
    assert (t["total"] >= t["count"]).all()


def test_label_choices_accepts_several_grouping_columns_and_names_missing_ones():
    a = arts(["Israel.", "Israel and Israel."], ["X", "X"]).assign(story_id=[1, 2])
    t = label_choices(a, by=["story_id", "outlet"])
    assert t.query("label == 'Israel'")["count"].tolist() == [1, 2]
    with pytest.raises(ValueError, match="'outlet'"):
        label_choices(a.drop(columns="outlet"))


def test_bundled_corpus_done_criteria(bundled):
    t = label_choices(bundled)
    isr = t[(t["referent"] == "Israel")].set_index(["outlet", "voice", "label"])["count"]
    jp, rhc = "The Jerusalem Post", "Radio Habana Cuba"
    assert isr[(jp, "own", "Israel")] > 0
    assert isr.get((jp, "own", "Zionist regime"), 0) == 0
    assert isr[(jp, "quoted", "Zionist regime")] >= 1
    assert isr[(rhc, "own", "Zionist regime")] >= 1
    assert isr[(rhc, "own", "Tel Aviv regime")] >= 1
    hits = find_labels(bundled)
    jp_docs = set(bundled.loc[bundled["outlet"] == jp, "doc_id"])
    irna = hits[hits["doc_id"].isin(jp_docs) & (hits["label"] == "Zionist regime")]
    text = bundled.set_index("doc_id").loc[irna["doc_id"].iloc[0], "text"]
    assert "IRNA said" in text[irna["end"].iloc[0]: irna["end"].iloc[0] + 80]


# ------------------------------------------------------------------------- distinctive terms

def dt(articles: pd.DataFrame, **kw) -> pd.DataFrame:
    """``distinctive_terms`` comparing every group: these corpora have 1-2 articles per outlet."""
    kw.setdefault("min_articles", 1)
    return distinctive_terms(articles, **kw)

def test_log_odds_matches_a_hand_computed_example():
    # A: regime regime israel (n=3); B: israel israel state (n=3); corpus prior with alpha0=6
    # gives alpha = corpus counts: regime 2, israel 3, state 1.
    a = arts(["regime regime israel", "israel israel state"], ["A", "B"])
    t = dt(a, ngram_range=(1, 1), min_count=1, alpha0=6.0, stop_words=None)
    row = t[(t["outlet"] == "A") & (t["term"] == "regime")].iloc[0]
    # delta = log(4/5) - log(2/7); se = sqrt(1/4 + 1/2)
    assert row["log_odds"] == pytest.approx(1.0296194, abs=1e-6)
    assert row["se"] == pytest.approx(0.8660254, abs=1e-6)
    assert row["z"] == pytest.approx(1.1889027, abs=1e-6)
    assert (row["count"], row["count_other"], row["docs"], row["articles"]) == (2, 0, 1, 1)
    assert row["rate"] == pytest.approx(1000 * 2 / 3)
    # israel, A vs rest: delta = log(4/5) - log(5/4); se = sqrt(1/4 + 1/5)
    isr = t[(t["outlet"] == "A") & (t["term"] == "israel")].iloc[0]
    assert isr["z"] == pytest.approx((math.log(4 / 5) - math.log(5 / 4)) / math.sqrt(0.45))
    # the function itself, same numbers
    d, se, z = weighted_log_odds(np.array([2]), 3, np.array([0]), 3, np.array([2.0]), 6.0)
    assert (d[0], z[0]) == pytest.approx((1.0296194, 1.1889027), abs=1e-6)
    # Benjamini-Hochberg over all 6 tests (2 outlets x 3 terms), reported or not
    y = {"A": {"regime": 2, "israel": 1, "state": 0}, "B": {"regime": 0, "israel": 2, "state": 1}}
    alpha = {"regime": 2.0, "israel": 3.0, "state": 1.0}
    p_all = {}
    for g, h in (("A", "B"), ("B", "A")):
        for w, al in alpha.items():
            d = math.log((y[g][w] + al) / (9 - y[g][w] - al)) - math.log(
                (y[h][w] + al) / (9 - y[h][w] - al))
            zz = d / math.sqrt(1 / (y[g][w] + al) + 1 / (y[h][w] + al))
            p_all[(g, w)] = math.erfc(abs(zz) / math.sqrt(2))
    ps = np.sort(list(p_all.values()))
    q = np.minimum.accumulate((ps * 6 / np.arange(1, 7))[::-1])[::-1]
    for row in t.itertuples():
        p = p_all[(row.outlet, row.term)]
        assert row.p == pytest.approx(p)
        assert row.q == pytest.approx(q[np.searchsorted(ps, p, side="right") - 1], rel=1e-5)
    assert len(t) == 4  # the zero counts are tested but not reported


def test_pairwise_is_antisymmetric_and_equals_rest_with_two_groups():
    a = arts(["the zionist regime attacks gaza", "israel defends israel", "regime and israel"],
             ["A", "B", "A"])
    t = dt(a, ngram_range=(1, 1), min_count=1, pairs=True)
    ab = t[(t["outlet"] == "A") & (t["other"] == "B")].set_index("term")
    rest = t[(t["outlet"] == "A") & (t["other"] == "rest")].set_index("term")
    assert ab["z"].to_dict() == pytest.approx(rest["z"].to_dict())
    ba = t[(t["outlet"] == "B") & (t["other"] == "A")].set_index("term")
    assert ba.loc["israel", "z"] == pytest.approx(-ab.loc["israel", "z"])
    only = dt(a, ngram_range=(1, 1), min_count=1, pair=("A", "B"))
    assert set(only["other"]) == {"A", "B"}
    with pytest.raises(ValueError, match="pair"):
        dt(a, pair=("A", "Z"))


def test_ngrams_keep_inner_stop_words_and_stop_at_punctuation():
    a = arts(["The war on Gaza. The report said US aid to Israel went on."], ["A"])
    terms = set(dt(a, min_count=1)["term"])
    assert {"war", "gaza", "report", "u.s. aid", "aid to israel", "war on gaza"} <= terms
    assert not {"war gaza", "aid israel"} & terms  # no n-grams that skip a stop word
    assert not {"on gaza", "the war", "gaza report", "on"} & terms
    assert not any(t.startswith(("the ", "on ")) or t.endswith(" on") for t in terms)


def test_own_voice_removes_quoted_words():
    a = arts(['Israel said that "the Zionist regime fell" yesterday.', "Israel spoke again."],
             ["A", "B"])
    own = set(dt(a, min_count=1)["term"])
    quoted = set(dt(a, min_count=1, voice="quoted")["term"])
    both = set(dt(a, min_count=1, voice="all")["term"])
    assert "zionist regime" not in own and "zionist regime" in quoted and "zionist regime" in both
    assert "said yesterday" not in own  # no n-gram across a removed quotation
    with pytest.raises(ValueError, match="voice"):
        dt(a, voice="mine")


def test_min_count_guard_and_finite_scores():
    a = arts(["alpha alpha alpha beta", "gamma gamma delta"], ["A", "B"])
    t = dt(a, ngram_range=(1, 1), min_count=2)
    assert (t["count"] >= 2).all()
    assert set(t["term"]) == {"alpha", "gamma"}
    assert np.isfinite(t[["log_odds", "se", "z", "p", "q"]].to_numpy()).all()


def test_background_prior_from_a_user_corpus_or_counts():
    a = arts(["regime regime israel", "israel israel state"], ["A", "B"])
    kw = {"ngram_range": (1, 1), "min_count": 1, "stop_words": None}
    default = dt(a, **kw)
    bg = pd.DataFrame({"doc_id": ["x"], "text": ["regime " * 50 + "israel state novel"]})
    user = dt(a, prior=bg, **kw)
    counts = pd.Series({"regime": 50, "israel": 1, "state": 1, "novel": 1})
    from_counts = dt(a, prior=counts, **kw)
    pd.testing.assert_frame_equal(user, from_counts)
    z = lambda t: t.set_index(["outlet", "term"])["z"]  # noqa: E731
    assert z(user)[("A", "regime")] != pytest.approx(z(default)[("A", "regime")])
    absent = pd.Series({"regime": 5})  # israel/state absent from the background: half a count
    assert np.isfinite(dt(a, prior=absent, **kw)["z"]).all()


def test_distinctive_terms_occur_in_their_outlet_on_the_bundled_corpus(bundled):
    t = dt(bundled)
    assert len(t) and np.isfinite(t[["log_odds", "z", "q"]].to_numpy()).all()
    assert (t["count"] >= 2).all() and (t["docs"] >= 1).all()
    for outlet, g in t.groupby("outlet"):
        text = " ".join(bundled.loc[bundled["outlet"] == outlet, "text"]).lower()
        text = re.sub(r"\bus\b", "u.s.", text)
        for term in g["term"].head(15):
            words = r"\W+(?:\w+\W+)?".join(re.escape(w) for w in term.split())
            assert re.search(r"\b" + words, text), (outlet, term)
    first = t.groupby("outlet", sort=False).head(1)
    assert first["z"].tolist() == t.groupby("outlet")["z"].max().tolist()
    pd.testing.assert_frame_equal(t, dt(bundled))  # deterministic


def test_empty_results_keep_their_columns():
    a = arts(["Nothing here.", ""], ["X", "Y"])
    assert label_choices(a).empty and "share" in label_choices(a).columns
    t = dt(a, min_count=5)
    assert t.empty and {"z", "q", "count"} <= set(t.columns)
    none = pd.DataFrame({"doc_id": [], "start": [], "end": [], "actor": []})
    assert tone_toward(a, none).empty


def _reference():
    """The distinctive-terms code as it was (dense per comparison), for small corpora."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "framing_reference", Path(__file__).parent / "framing_reference.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.reference_terms


def _same_table(new: pd.DataFrame, old: pd.DataFrame) -> None:
    old = old.astype({c: new[c].dtype for c in ("outlet", "other", "term")})  # old: object if
    pd.testing.assert_frame_equal(new, old)                                     # a part was empty


@pytest.mark.parametrize("kw", [
    {}, {"pairs": True}, {"pair": ("Radio Habana Cuba", "The Jerusalem Post")},
    {"pairs": [("Radio Habana Cuba", "The Jerusalem Post")], "voice": "quoted"},
    {"min_count": 1, "ngram_range": (1, 2), "voice": "all"},
    {"prior": pd.Series({"iran": 40, "israel": 30, "nuclear talks": 3})},
])
def test_sparse_scoring_gives_the_old_tables_on_the_bundled_corpus(bundled, kw):
    new = distinctive_terms(bundled, min_articles=1, exclude_outlet_names=False, **kw)
    old = _reference()(bundled, **kw)
    assert len(new) > 10
    _same_table(new, old)


def test_sparse_scoring_gives_the_old_tables_on_an_allsides_sample(shared_jsonl):
    raw = shared_jsonl("allsides/world.jsonl.gz")
    raw = raw[raw["source"].isin(raw["source"].value_counts().index[:10])]
    raw = raw.groupby("source").head(25)
    a = pd.DataFrame({"doc_id": raw["ID"], "outlet": raw["source"], "text": raw["text"]})
    new = distinctive_terms(a, pairs=True, top_pairs=10, exclude_outlet_names=False)
    old = _reference()(a, pairs=True)  # every pair of the 10 outlets
    assert len(new) > 10_000 and (new["other"] != "rest").any() and (new["q"] < 0.05).any()
    _same_table(new, old)


def test_pairs_only_when_asked_for_and_top_pairs_are_the_largest_groups():
    a = arts([f"word{i % 3} alpha beta gamma{i}" for i in range(40)],
             [f"O{i // 4}" if i < 32 else "O9" for i in range(40)])
    assert set(dt(a, min_count=1)["other"]) == {"rest"}
    top = dt(a, min_count=1, pairs="top", top_pairs=3)
    pairs = set(map(tuple, top.loc[top["other"] != "rest", ["outlet", "other"]].to_numpy()))
    largest = {"O9", "O0", "O1"}  # O9 has 8 articles; ties of 4 go by name
    assert {p[0] for p in pairs} == largest and len(pairs) == 6
    with pytest.warns(UserWarning, match="largest"):
        legacy = dt(a, min_count=1, pairs=True, top_pairs=3)
    pd.testing.assert_frame_equal(legacy, top)
    with pytest.raises(ValueError, match="pairs"):
        dt(a, pairs="every")
    with pytest.raises(ValueError, match="min_count"):
        dt(a, min_count=0)


def test_small_groups_are_listed_not_ranked():
    a = arts(["israel said"] * 6 + ["iran said"] * 5 + ["gaza"] * 2,
             ["A"] * 6 + ["B"] * 5 + ["C"] * 2)
    t = distinctive_terms(a, min_count=1)
    assert set(t["outlet"]) == {"A", "B"} and "C" not in set(t["other"])
    assert t.attrs["too_few_articles"] == {"C": 2} and t.attrs["min_articles"] == 5
    b_rest = t[(t["outlet"] == "B") & (t["term"] == "iran")].iloc[0]
    assert b_rest["count_other"] == 0 and b_rest["rate_other"] == 0  # C still in the rest
    assert dt(a, min_count=1).attrs["too_few_articles"] == {}
    with pytest.warns(UserWarning, match="min_articles"):
        assert (distinctive_terms(a, pair=("A", "C"), min_count=1)).empty


def test_keep_all_adds_the_unreported_rows_with_the_same_numbers():
    a = arts(["alpha alpha beta", "gamma gamma beta", "alpha delta"], ["A", "B", "A"])
    rep = dt(a, ngram_range=(1, 1), min_count=2, pairs=True)
    full = dt(a, ngram_range=(1, 1), min_count=2, pairs=True, keep="all")
    assert len(full) > len(rep) and (full["count"] == 0).any()
    pd.testing.assert_frame_equal(full[full["count"] >= 2].reset_index(drop=True), rep)
    with pytest.raises(ValueError, match="keep"):
        dt(a, keep="some")


def test_an_outlets_own_names_are_left_out_of_its_terms():
    from analysis._log_odds import outlet_aliases

    assert {"abc", "abc news"} <= set(outlet_aliases("ABC News"))
    assert {"al jazeera", "jazeera", "aljazeera"} <= set(outlet_aliases("Al Jazeera"))
    assert "fox" in outlet_aliases("Fox Online News") and "cnn" in outlet_aliases("CNN (Web News)")
    texts = ["He told ABC News that talks stalled.", "Officials told ABC News the talks stalled.",
             "Al Jazeera said the siege went on.", "The siege, Al Jazeera said, went on.",
             "Jazeera staff said ABC News was wrong; ABC News disagreed."]
    a = arts(texts, ["ABC News", "ABC News", "Al Jazeera", "Al Jazeera", "Al Jazeera"])
    t = dt(a, min_count=2)
    abc, aj = (set(t.loc[t["outlet"] == o, "term"]) for o in ("ABC News", "Al Jazeera"))
    assert "talks stalled" in abc and not {"abc", "abc news", "told abc news"} & abc
    assert "siege" in aj and not {"al jazeera", "jazeera"} & aj
    assert "abc news" in aj  # another outlet's name is kept
    named = dt(a, min_count=2, exclude_outlet_names=False)
    assert {"abc news", "told abc news"} <= set(named.loc[named["outlet"] == "ABC News", "term"])
    kept = named.merge(t, on=["outlet", "other", "term"], suffixes=("", "_t"))
    assert len(kept) == len(t) and np.allclose(kept["q"], kept["q_t"])
    topic = arts(texts, ["ABC News"] * 2 + ["Al Jazeera"] * 3).rename(columns={"outlet": "desk"})
    assert "abc news" in set(dt(topic, by="desk", min_count=2)["term"])  # not an outlet column


def test_weighted_benjamini_hochberg_equals_the_family_written_out():
    from analysis._log_odds import bh_weighted

    rng = np.random.default_rng(0)
    values = np.round(rng.uniform(0, 1, 300), 2).astype(np.float32)  # many ties
    weight = rng.integers(1, 5, 300)
    full = np.repeat(values, weight)
    srt = np.sort(full)
    m = len(full)
    q_full = np.minimum.accumulate((srt * (m / np.arange(1, m + 1)))[::-1])[::-1]
    report = rng.choice(values, 50).astype(float)
    expected = np.minimum(q_full[np.searchsorted(srt, report.astype(np.float32), "right") - 1], 1)
    assert np.array_equal(bh_weighted(report, values, weight), expected)


def test_compaction_and_hashed_filter_keep_the_tables(bundled, monkeypatch):
    import analysis.framing as fr
    import analysis.framing.ngrams as ng

    kw = {"min_articles": 1, "exclude_outlet_names": False, "pairs": True}
    expected = distinctive_terms(bundled, **kw)
    monkeypatch.setattr(ng, "_CHUNK", 2)  # texts two by two,
    monkeypatch.setattr(ng, "_COMPACT_ROWS", 50)  # counts summed after every chunk,
    monkeypatch.setattr(ng, "_SKETCH_FROM", 10)  # rare n-grams filtered by their hashed count
    pd.testing.assert_frame_equal(distinctive_terms(bundled, **kw), expected)
    counts = fr.ngram_counts(bundled)
    monkeypatch.setattr(ng, "_CHUNK", 2000)
    pd.testing.assert_frame_equal(counts, fr.ngram_counts(bundled))


# ---------------------------------------------------------------------------------------- tone
def mentions_of(a: pd.DataFrame, actor: str, word: str) -> pd.DataFrame:
    rows = [(d, m.start(), m.end(), actor) for d, t in zip(a["doc_id"], a["text"])
            for m in re.finditer(word, t)]
    return pd.DataFrame(rows, columns=["doc_id", "start", "end", "actor"])


def test_tone_scores_each_sentence_once_per_actor_and_voice():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    a = arts(['Iran is good and Iran is kind. "Iran is evil," Israel said.',
              "Iran lost a terrible war."], ["X", "Y"])
    men = pd.concat([mentions_of(a, "Iran", "Iran"), mentions_of(a, "Israel", "Israel")])
    s = tone_sentences(a, men)
    iran_x = s[(s["doc_id"] == "d0") & (s["actor"] == "Iran")]
    assert iran_x["voice"].tolist() == ["own", "quoted"]  # one own sentence despite two mentions
    quoted = iran_x[iran_x["voice"] == "quoted"].iloc[0]
    assert quoted["text"] == '"Iran is evil,"'
    vader = SentimentIntensityAnalyzer()
    assert quoted["compound"] == pytest.approx(vader.polarity_scores('"Iran is evil,"')["compound"])
    israel = s[s["actor"] == "Israel"].iloc[0]
    assert israel["voice"] == "own" and israel["text"] == "Israel said."
    t = tone_toward(a, men)
    row = t[(t["outlet"] == "Y") & (t["actor"] == "Iran")].iloc[0]
    assert row["n_sentences"] == 1 and row["mean"] < 0 and math.isnan(row["ci_low"])
    assert set(t.columns) >= {"outlet", "actor", "voice", "n_sentences", "articles", "mean",
                              "ci_low", "ci_high", "share_negative", "share_positive"}


def test_tone_intervals_t_and_bootstrap():
    a = arts(["Iran is good. Iran is bad. Iran is great. Iran is awful."], ["X"])
    men = mentions_of(a, "Iran", "Iran")
    t = tone_toward(a, men).iloc[0]
    x = tone_sentences(a, men)["compound"].to_numpy()
    half = 3.182446305284263 * x.std(ddof=1) / 2  # t(0.975, 3)
    assert (t["ci_low"], t["ci_high"]) == pytest.approx((x.mean() - half, x.mean() + half))
    b1 = tone_toward(a, men, interval="bootstrap")
    b2 = tone_toward(a, men, interval="bootstrap")
    pd.testing.assert_frame_equal(b1, b2)
    assert b1["ci_low"].iloc[0] <= x.mean() <= b1["ci_high"].iloc[0]
    with pytest.raises(ValueError, match="mentions has no column 'actor'"):
        tone_toward(a, men.drop(columns="actor"))


# -------------------------------------------------------------------------------------- figures
def _texts(fig) -> list[str]:
    """Every non-empty text a figure draws (titles, labels, ticks, cells, legends)."""
    from matplotlib.text import Text

    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]


def test_figures_draw_the_tables(bundled, tmp_path):
    from analysis.figures import save_figure

    lc = label_choices(bundled)
    fig = plot_label_choices(lc, "Israel")
    paths = save_figure(fig, "labels", data=lc, folder=tmp_path)
    assert paths["png"].exists() and paths["csv"].exists()
    (ax,) = fig.axes
    israel = lc[(lc["referent"] == "Israel") & (lc["total"] > 0)]
    rows = israel[["outlet", "voice"]].drop_duplicates()
    assert len(ax.get_yticklabels()) == len(rows)  # one bar per outlet and voice
    assert {t.get_text() for t in ax.get_yticklabels()} == {
        f"{o} · {v}" for o, v in rows.itertuples(index=False)}
    totals = israel.drop_duplicates(["outlet", "voice"])["total"]
    assert sorted(t for t in _texts(fig) if t.startswith("n=")) == sorted(
        f"n={int(t):,}" for t in totals)
    assert "What outlets call Israel, in their own words and in quotes" in _texts(fig)
    assert ax.get_legend().get_title().get_text() == "label"
    terms = distinctive_terms(bundled, pairs=[("Radio Habana Cuba", "The Jerusalem Post")],
                              min_articles=1)
    assert len(plot_distinctive_terms(terms, n=5).axes) == bundled["outlet"].nunique()
    fig = plot_term_pair(terms, "Radio Habana Cuba", "The Jerusalem Post")
    pair = terms[(terms["outlet"] == "Radio Habana Cuba")
                 & (terms["other"] == "The Jerusalem Post")]
    top = pair.sort_values("z", ascending=False).iloc[0]
    assert f"{top['term']} ({int(top['count'])})" in _texts(fig)  # the first term, its count
    assert ("Radio Habana Cuba vs The Jerusalem Post: the words that set them apart"
            in _texts(fig))
    men = find_labels(bundled).rename(columns={"referent": "actor"})
    fig = plot_tone(tone_toward(bundled, men), actors=["Iran", "Israel"])
    assert len(fig.axes) == 2 and {"Iran", "Israel"} <= set(_texts(fig))
    assert fig.get_suptitle().startswith("Tone of the sentences that mention each actor")
    att = pd.DataFrame({"outlet": ["A", "B"], "speaker": ["IRNA", "IRNA"],
                        "verb": ["say", "claim"], "count": [2, 1]})
    fig = plot_who_quotes_whom(att)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.texts] == ["2\nsay", "1\nclaim"]  # acts and main verb
    assert [t.get_text() for t in ax.get_xticklabels()] == ["A · 2", "B · 1"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["IRNA"]
    with pytest.raises(ValueError, match="referent"):
        plot_label_choices(lc, "Atlantis")


# ------------------------------------------------------------------------------ a real corpus
def test_allsides_subset_runs_with_finite_scores(shared_jsonl):
    raw = shared_jsonl("allsides/world.jsonl.gz")
    raw = raw[raw["source"].isin({"Reuters", "Fox Online News", "NPR Online News"})]
    a = pd.DataFrame({"doc_id": raw["ID"], "outlet": raw["source"], "text": raw["text"]})
    t = distinctive_terms(a, min_count=5)
    assert np.isfinite(t[["z", "q"]].to_numpy()).all()
    reuters = t[(t["outlet"] == "Reuters") & (t["q"] < 0.05)]["term"].head(20).tolist()
    assert len(reuters) == 20 and "reuters" not in reuters  # an outlet's own name is left out
    named = distinctive_terms(a, min_count=5, exclude_outlet_names=False)
    top_named = named[(named["outlet"] == "Reuters") & (named["q"] < 0.05)]
    assert "reuters" in top_named["term"].head(20).tolist()
    kept = named.merge(t, on=["outlet", "other", "term"], suffixes=("", "_t"))
    assert len(kept) == len(t) and (kept["q"] == kept["q_t"]).all()  # same numbers otherwise
    lc = label_choices(a)
    assert lc.query("referent == 'Hamas' and count > 0")["label"].nunique() >= 2


def test_cli_pairs_option_maps_to_distinctive_terms_keywords():
    from analysis.cli import _pairs_option, build_parser

    assert _pairs_option(None) == {}
    parse = build_parser().parse_args
    assert _pairs_option(parse(["framing", "--pairs"]).pairs) == {"pairs": "top", "top_pairs": 8}
    assert _pairs_option(parse(["framing", "--pairs", "12"]).pairs)["top_pairs"] == 12
    spec = parse(["framing", "--pairs", "CNN|Fox News", "--pairs", "BBC | NPR"]).pairs
    assert _pairs_option(spec) == {"pairs": [("CNN", "Fox News"), ("BBC", "NPR")]}
    with pytest.raises(ValueError, match="pairs"):
        _pairs_option(["3", "CNN|Fox"])
