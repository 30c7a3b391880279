"""Corpus overview tables: per-outlet summary, cleaning summary, articles by date, folding of
small groups — concrete values on small hand-made tables."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.overview import (
    articles_by_date,
    cleaning_summary,
    limit_groups,
    other_label,
    outlet_summary,
    top_groups,
)


def test_outlet_summary_counts_words_dates_and_names_missing_groups_unknown():
    df = pd.DataFrame({
        "outlet": ["A", "A", "B", None, "A"],
        "n_words": [10, 20, 5, 7, 30],
        "date": pd.to_datetime(["2024-01-03", None, "2024-02-01", "2024-01-01", "2024-01-01"]),
    })
    out = outlet_summary(df)
    assert list(out.columns) == ["outlet", "articles", "words", "median_words", "dated",
                                 "first_date", "last_date"]
    assert out["outlet"].tolist() == ["A", "B", "unknown"]  # by articles, then name
    assert out["articles"].tolist() == [3, 1, 1]
    assert out["words"].tolist() == [60, 5, 7]
    assert out["median_words"].tolist() == [20.0, 5.0, 7.0]
    assert out["dated"].tolist() == [2, 1, 1]
    assert out["first_date"].tolist() == [pd.Timestamp("2024-01-01"), pd.Timestamp("2024-02-01"),
                                          pd.Timestamp("2024-01-01")]
    assert out.loc[0, "last_date"] == pd.Timestamp("2024-01-03")
    by_bias = outlet_summary(df.assign(bias=["L", "R", "R", "L", "R"]), by="bias")
    assert by_bias[["bias", "articles", "words"]].values.tolist() == [["R", 3, 55], ["L", 2, 17]]
    with pytest.raises(ValueError, match="n_words"):
        outlet_summary(df.drop(columns="n_words"))


def test_cleaning_summary_counts_each_kind_per_article_with_its_first_example():
    df = pd.DataFrame({
        "doc_id": ["b", "a"],
        "captions": ["Photo: a ship\nPhoto: a port", None],
        "highlights": ["", "Key point"],
        "removed": ["boilerplate: Subscribe now\nlink: http://x.org\nboilerplate: Share this",
                    ""],
    })
    out = cleaning_summary(df)
    assert out.values.tolist() == [
        ["a", "highlight", 1, "Key point"],
        ["b", "boilerplate", 2, "Subscribe now"],
        ["b", "caption", 2, "Photo: a ship"],
        ["b", "link", 1, "http://x.org"],
    ]
    empty = cleaning_summary(df.assign(captions="", highlights="", removed=""))
    assert empty.empty and list(empty.columns) == ["doc_id", "kind", "count", "example"]


def test_articles_by_date_picks_the_period_from_the_span_and_counts_the_undated():
    days = pd.DataFrame({"outlet": ["A", "B", "A", None, "A"],
                         "date": pd.to_datetime(["2024-01-02", "2024-01-02", "2024-01-05",
                                                 "2024-01-05", None])})
    t = articles_by_date(days)
    assert t.attrs == {"undated": 1, "freq": "D"}
    assert t.values.tolist() == [
        [pd.Timestamp("2024-01-02"), "A", 1], [pd.Timestamp("2024-01-02"), "B", 1],
        [pd.Timestamp("2024-01-05"), "A", 1], [pd.Timestamp("2024-01-05"), "unknown", 1]]
    weeks = days.assign(date=pd.to_datetime(["2024-01-03", "2024-01-04", "2024-06-30",
                                             "2024-07-01", None]))
    t = articles_by_date(weeks)
    assert t.attrs["freq"] == "W"
    # 3 and 4 January 2024 fall in the week starting Monday 1 January.
    assert t.loc[t["period"] == pd.Timestamp("2024-01-01"), "articles"].sum() == 2
    years = days.assign(date=pd.to_datetime(["1990-05-01", "2015-01-01", "2015-03-01",
                                             None, None]))
    t = articles_by_date(years)
    assert t.attrs == {"undated": 2, "freq": "Y"}
    assert t.values.tolist() == [[pd.Timestamp("1990-01-01"), "A", 1],
                                 [pd.Timestamp("2015-01-01"), "A", 1],
                                 [pd.Timestamp("2015-01-01"), "B", 1]]
    months = articles_by_date(days, freq="M")
    assert months.values.tolist() == [[pd.Timestamp("2024-01-01"), "A", 2],
                                      [pd.Timestamp("2024-01-01"), "B", 1],
                                      [pd.Timestamp("2024-01-01"), "unknown", 1]]


def test_top_groups_by_rows_or_weight_and_no_fold_of_a_single_group():
    t = pd.DataFrame({"outlet": ["A", "A", "B", "B", "B", "C", None],
                      "words": [1, 1, 1, 1, 1, 9, 20]})
    assert top_groups(t, n=1) == ["B"]
    assert top_groups(t, n=1, weight="words") == ["unknown"]
    assert top_groups(t, n=2) == ["B", "A"]
    assert top_groups(t, n=3) == ["B", "A", "C", "unknown"]  # folding one group hides it
    assert other_label(3) == "other outlets (3)"


def test_limit_groups_relabels_rows_of_a_row_level_table():
    arts = pd.DataFrame({"doc_id": list("abcdefg"),
                         "outlet": ["A", "A", "A", "B", "B", "C", "D"]})
    out = limit_groups(arts, n=1)
    assert out["outlet"].tolist() == ["A"] * 3 + ["other outlets (3)"] * 4
    assert out.attrs == {"folded": 3, "other": "other outlets (3)"}
    assert out["doc_id"].tolist() == arts["doc_id"].tolist()  # no row lost or moved
    named = limit_groups(arts, n=1, other="the rest")
    assert set(named["outlet"]) == {"A", "the rest"}
    kept = limit_groups(arts, n=3)  # 4 groups ≤ n + 1: nothing folded
    assert kept["outlet"].tolist() == arts["outlet"].tolist() and "folded" not in kept.attrs


def test_limit_groups_sums_counts_adds_totals_once_and_recomputes_rates():
    freq = pd.DataFrame({
        "outlet": ["A", "A", "B", "B", "C", "C"],
        "actor": ["Iran", "Iraq"] * 3,
        "mentions": [8, 2, 1, 0, 3, 5],
        "words": [1000, 1000, 500, 500, 250, 250],
        "per_1000_words": [8.0, 2.0, 2.0, 0.0, 12.0, 20.0],
        "ci_low": [1.0] * 6,
    })
    out = limit_groups(freq, n=1, weight="words", keys=["actor"], sums=["mentions"],
                       totals={"words": []},
                       rates={"per_1000_words": ("mentions", "words", 1000)})
    assert out.attrs == {"folded": 2, "other": "other outlets (2)"}
    assert out[["outlet", "actor", "mentions", "words", "per_1000_words"]].values.tolist() == [
        ["A", "Iran", 8, 1000, 8.0], ["A", "Iraq", 2, 1000, 2.0],
        ["other outlets (2)", "Iran", 4, 750, 1000 * 4 / 750],
        ["other outlets (2)", "Iraq", 5, 750, 1000 * 5 / 750]]
    assert out["ci_low"].iloc[2:].isna().all()  # an interval is not rebuilt from its parts
    assert out["mentions"].sum() == freq["mentions"].sum()


def test_limit_groups_totals_within_keys_and_a_zero_denominator_gives_nan():
    t = pd.DataFrame({
        "outlet": ["A", "A", "B", "B", "C"],
        "voice": ["own", "quoted", "own", "quoted", "own"],
        "count": [5, 1, 2, 0, 1],
        "total": [6, 1, 2, 0, 1],
        "share": [5 / 6, 1.0, 1.0, np.nan, 1.0],
    })
    out = limit_groups(t, n=1, weight="count", keys=["voice"], sums=["count"],
                       totals={"total": ["voice"]}, rates={"share": ("count", "total", 1.0)})
    other = out[out["outlet"] == "other outlets (2)"].set_index("voice")
    assert other.loc["own", "count"] == 3 and other.loc["own", "total"] == 3
    assert other.loc["own", "share"] == 1.0
    assert other.loc["quoted", "total"] == 0 and np.isnan(other.loc["quoted", "share"])
    assert out[out["outlet"] == "A"]["share"].tolist() == [5 / 6, 1.0]  # top rows untouched
