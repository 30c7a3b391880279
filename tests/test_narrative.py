"""Report prose follows the tables it is written from (analysis.narrative)."""

from __future__ import annotations

import pandas as pd

from analysis import narrative as nr


def _articles(outlets: list[str], dated: bool = True) -> pd.DataFrame:
    n = len(outlets)
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(n)], "outlet": outlets,
                         "n_words": [100] * n,
                         "date": pd.to_datetime(["2024-06-01"] * n if dated else [None] * n)})


def test_evidence_names_what_the_corpus_cannot_support():
    one = nr.evidence(_articles(["X"] * 3))
    assert "nothing to compare" in one and "3 articles" in one
    many = nr.evidence(_articles([f"O{i}" for i in range(12)] * 3 + ["Big"] * 40))
    assert "12 outlet" in many and "Big (40)" in many and "nothing to compare" not in many
    assert "fewer than 5 articles" in many
    undated = nr.evidence(_articles(["X", "Y"], dated=False))
    assert "no article has a known date" in undated
    assert nr.evidence(_articles([])) == "- **No articles**: nothing can be shown."
    grouped = nr.evidence(_articles(["X", "Y"]).assign(lean=["left", None]), by="lean")
    assert "2 lean groups" in grouped and "unknown" in grouped


def test_terms_text_says_when_nothing_passes_the_fdr_threshold():
    terms = pd.DataFrame({"outlet": ["A", "B"], "other": ["rest", "rest"], "term": ["x", "y"],
                          "q": [0.3, 0.6]})
    assert "No term passes" in nr.terms_text(terms)
    terms.loc[0, "q"] = 0.01
    text = nr.terms_text(terms)
    assert "1 term pass" in text and "A: 1" in text
    assert "No distinctive terms" in nr.terms_text(terms.iloc[0:0])


def test_actor_prose_without_and_with_mentions():
    empty = pd.DataFrame(columns=["actor", "mentions", "articles_mentioning", "articles"])
    assert "No actor" in nr.actors_text(empty) and "No actor" in nr.actor_headline(empty)
    overall = pd.DataFrame({"actor": ["Iran", "Oman"], "mentions": [30, 2],
                            "articles_mentioning": [9, 1], "articles": [10, 10]})
    assert nr.actor_headline(overall).startswith("Iran is named most: 30 times in 9 of 10")
    by = pd.DataFrame({"outlet": ["A", "B", "C"], "actor": ["Iran"] * 3, "mentions": [9, 3, 20],
                       "articles": [6, 5, 1], "per_1000_words": [4.0, 1.0, 50.0],
                       "ci_low": [2.0, 0.2, 30.0], "ci_high": [7.0, 2.9, 77.0]})
    text = nr.actors_text(overall, by)
    # the one-article outlet C is not ranked, however high its rate
    assert "most often, relative to length, by A" in text and "least by B" in text
    assert "by C" not in text


def test_labels_and_attribution_prose():
    choices = pd.DataFrame({"referent": ["Israel"] * 3, "label": ["Israel", "Zionist regime",
                                                                  "Israel"],
                            "outlet": ["A", "A", "B"], "voice": ["own", "quoted", "own"],
                            "count": [5, 2, 3], "total": [5, 2, 3]})
    text = nr.labels_text(choices, "Israel")
    assert 'A: "Israel" (5 of 5)' in text and '"Zionist regime" (2 of 2)' in text
    assert "fewer than 5" not in text or "single articles" in text
    assert "No label for Gaza" in nr.labels_text(choices, "Gaza")
    who = pd.DataFrame({"outlet": ["A", "A"], "speaker": ["IRNA", "Kanaani"],
                        "verb_class": ["doubt", "neutral"], "count": [1, 3]})
    text = nr.attribution_text(who)
    assert "4 reporting acts" in text and "1 of 4 (25%)" in text and "Kanaani (3)" in text
    assert "No quotation" in nr.attribution_text(who.iloc[0:0])
