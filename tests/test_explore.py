"""The explorer: its tables agree with the kit's own stages, filters select what they say, the
widget links a selection to its passages, and the exported page is one offline file."""

from __future__ import annotations

import json
import re

import numpy as np
import pandas as pd
import pytest

from analysis import load_corpus
from analysis.actors import actor_frequency, actor_mentions
from analysis.explore import explore
from analysis.explore_data import (
    actor_counts,
    contexts,
    explorer_tables,
    label_counts,
    quote_counts,
    select,
    term_scores,
)
from analysis.explorer_html import export_explorer
from analysis.framing import distinctive_terms, label_choices
from analysis.quotes import attribution, quotes

RHC, JPOST = "Radio Habana Cuba", "The Jerusalem Post"


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    arts = load_corpus()
    # an outlet group and a story column, as an export would carry them
    arts["lean"] = np.where(arts["outlet"].isin([RHC, "Arab News"]), "east", "west")
    arts["topic"] = np.where(arts["text"].str.contains("Gaza"), "gaza", "other")
    return arts


@pytest.fixture(scope="module")
def tables(articles):
    return explorer_tables(articles, group="lean", story="topic")


def test_tables_are_aligned_and_cover_the_corpus(tables, articles):
    assert tables.docs["doc_id"].tolist() == articles["doc_id"].tolist()
    assert tables.counts["own"].shape == (len(articles), len(tables.vocab))
    assert tables.totals["own"].shape == (len(articles), 4)
    assert tables.groupings == ["outlet", "lean"]
    # every mention row points at its article and at the surface it names
    row = tables.mentions.iloc[0]
    assert tables.docs["doc_id"].iloc[row["row"]] == row["doc_id"]


def test_select_by_outlet_group_date_and_story(tables, articles):
    assert select(tables).all()
    assert select(tables, outlets=[RHC]).sum() == (articles["outlet"] == RHC).sum() == 1
    east = select(tables, groups=["east"])
    assert set(tables.docs.loc[east, "outlet"]) == {RHC, "Arab News"}
    dated = articles["date"].notna()
    june = select(tables, start="2024-06-01", end="2024-06-30")
    expected = dated & (articles["date"] >= "2024-06-01") & (articles["date"] < "2024-07-01")
    assert june.tolist() == expected.tolist() and 0 < june.sum() < len(articles)
    gaza = select(tables, story="gaza")
    assert gaza.tolist() == articles["text"].str.contains("Gaza").tolist()
    with pytest.raises(ValueError, match="groups= needs"):
        select(explorer_tables(articles.head(2)), groups=["east"])


def test_actor_counts_equal_actor_frequency(articles, tables):
    mine = actor_counts(tables, select(tables))
    kit = actor_frequency(articles, actor_mentions(articles))
    kit = kit[kit["mentions"] > 0]
    merged = mine.merge(kit, on=["outlet", "actor"], suffixes=("", "_kit"), how="outer")
    assert len(merged) == len(mine) == len(kit)
    assert (merged["mentions"] == merged["mentions_kit"]).all()
    assert (merged["articles_mentioning"] == merged["articles_mentioning_kit"]).all()
    # a filter keeps only that outlet's rows, with the same counts
    rhc = actor_counts(tables, select(tables, outlets=[RHC]))
    assert set(rhc["outlet"]) == {RHC}
    assert rhc.set_index("actor")["mentions"].to_dict() == \
        mine[mine["outlet"] == RHC].set_index("actor")["mentions"].to_dict()
    own = actor_counts(tables, select(tables), voice="own")["mentions"].sum()
    quoted = actor_counts(tables, select(tables), voice="quoted")["mentions"].sum()
    assert own + quoted == mine["mentions"].sum() and quoted > 0


def test_label_counts_equal_label_choices(tables, articles):
    mine = label_counts(tables, select(tables))
    kit = label_choices(articles)
    kit = kit[kit["count"] > 0]
    keys = ["referent", "label", "outlet", "voice"]
    merged = mine.merge(kit, on=keys, suffixes=("", "_kit"))
    assert len(merged) == len(mine) == len(kit)
    assert (merged["count"] == merged["count_kit"]).all()
    zionist = mine[(mine["label"] == "Zionist regime") & (mine["outlet"] == JPOST)]
    assert zionist[["voice", "count"]].values.tolist() == [["quoted", 1]]


def test_quote_counts_equal_attribution(tables, articles):
    mine = quote_counts(tables, select(tables))
    kit = attribution(articles, quotes(articles, mentions=actor_mentions(articles)))
    kit = kit.groupby(["outlet", "speaker"], as_index=False)["count"].sum()
    merged = mine.merge(kit, on=["outlet", "speaker"], suffixes=("", "_kit"), how="outer")
    assert len(merged) == len(mine) == len(kit)
    assert (merged["count"] == merged["count_kit"]).all()
    assert mine.iloc[0][["outlet", "speaker"]].tolist() == [RHC, "Ali Bagheri Kani"]


@pytest.mark.parametrize("voice", ["own", "quoted"])
def test_term_scores_equal_distinctive_terms_for_a_pair(tables, articles, voice):
    col = tables.docs["outlet"].to_numpy()
    mine = term_scores(tables, col == RHC, col == JPOST, background=select(tables), voice=voice)
    kit = distinctive_terms(articles, pair=(RHC, JPOST), ngram_range=(1, 2), min_count=2,
                            min_articles=1, voice=voice, exclude_outlet_names=False)
    kit = kit[kit["outlet"] == RHC]
    merged = mine.merge(kit, on="term")
    assert len(merged) == len(kit) > 0  # every term the kit reports for RHC is scored here
    np.testing.assert_allclose(merged["z_x"], merged["z_y"], rtol=1e-9)
    np.testing.assert_allclose(merged["log_odds_x"], merged["log_odds_y"], rtol=1e-9)
    np.testing.assert_allclose(merged["q_x"], merged["q_y"], rtol=1e-6)
    assert (merged["count_a"] == merged["count"]).all()
    assert (merged["count_b"] == merged["count_other"]).all()
    assert (merged["docs_a"] == merged["docs"]).all()


def test_term_scores_on_a_selection_equal_distinctive_terms_on_the_subset(tables, articles):
    """Filtering the precomputed tables gives what recomputing on the filtered corpus gives."""
    june = select(tables, start="2024-06-01", end="2024-06-30")
    sub = articles[june]
    a, b = sorted(sub["outlet"].unique())[:2]
    col = tables.docs["outlet"].to_numpy()
    mine = term_scores(tables, june & (col == a), june & (col == b), background=june)
    kit = distinctive_terms(sub, pair=(a, b), ngram_range=(1, 2), min_count=2, min_articles=1,
                            exclude_outlet_names=False)
    kit = kit[kit["outlet"] == a]
    merged = mine.merge(kit, on="term")
    assert len(merged) == len(kit) > 0
    np.testing.assert_allclose(merged["log_odds_x"], merged["log_odds_y"], rtol=1e-9)
    np.testing.assert_allclose(merged["q_x"], merged["q_y"], rtol=1e-6)


def test_contexts_show_the_match_in_its_outlet_and_voice(tables):
    ctx = contexts(tables, "actor", "Israel", n=50, window_chars=30)
    men = tables.mentions[tables.mentions["actor"] == "Israel"]
    assert len(ctx) == len(men.drop_duplicates(["row", "start", "end"]))
    assert ctx["match"].str.contains("Israel|Zionist|Tel Aviv", regex=True).all()
    assert (ctx["left"].str.len() <= 30).all()
    # taken in turn from each outlet: the first rows are from different outlets
    first = ctx["outlet"].head(ctx["outlet"].nunique())
    assert first.is_unique
    one = contexts(tables, "actor", "Israel", by="outlet", value=RHC, n=3)
    assert len(one) == 3 and set(one["outlet"]) == {RHC}
    quoted = contexts(tables, "label", "Israel › Zionist regime", voice="quoted")
    assert quoted["voice"].eq("quoted").all() and len(quoted) == 3
    assert set(quoted["outlet"]) == {RHC, JPOST}
    term = contexts(tables, "term", "regime", value=RHC, by="outlet", voice="own")
    assert len(term) > 0 and term["match"].str.lower().eq("regime").all()
    assert term["voice"].eq("own").all()
    speaker = contexts(tables, "speaker", "IRNA", by="lean", value="west")
    assert len(speaker) > 0 and set(speaker["outlet"]) == {JPOST} and "lean" in speaker
    assert contexts(tables, "term", "no such term").empty
    with pytest.raises(ValueError, match="kind must be"):
        contexts(tables, "colour", "blue")


def test_widget_filters_and_shows_passages(tables):
    ex = explore(tables=tables)
    assert "<b>6</b> of 6 articles" in ex.status.value
    ex.only.value = (RHC,)
    assert "<b>1</b> of 6 articles" in ex.status.value
    assert [v for _, v in ex.lists["actor"].options][:2] == ["Israel", "Gaza"]
    ex.lists["actor"].value = "Gaza"
    assert "<mark>Gaza</mark>" in ex.context.value and RHC in ex.context.value
    ex.only.value = ()
    ex.by.value = "lean"
    assert [v for _, v in ex.only.options] == ["west", "east"]
    ex.tabs.selected_index = 1  # labels
    assert "Israel › Zionist regime" in [v for _, v in ex.lists["label"].options]
    ex.voice.value = "own"
    ctx = ex.show("label", "Israel › Zionist regime", value="east")
    assert len(ctx) == 1 and ctx["voice"].tolist() == ["own"]
    ex.tabs.selected_index = 4  # term explorer
    assert ex.plot.value[:4] == b"\x89PNG" and ex.lists["scatter"].options
    ex.search.value = "regime"
    assert all("regime" in v for _, v in ex.lists["scatter"].options)
    ex.lists["scatter"].value = ex.lists["scatter"].options[0][1]
    assert "<mark>" in ex.context.value


def test_export_is_one_offline_file(tables, tmp_path):
    path = export_explorer(None, tmp_path / "sub" / "explorer.html", tables=tables,
                           title="Test <explorer>")
    page = path.read_text(encoding="utf-8")
    assert path.stat().st_size < 400_000  # bundled corpus: data and code in a few hundred KB
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<script src" not in page and "<link" not in page and "@import" not in page
    assert "<title>Test &lt;explorer&gt;</title>" in page
    blob = re.search(r'<script id="data" type="application/json">(.*?)</script>', page, re.S)
    data = json.loads(blob.group(1))
    assert data["n_articles"] == 6 and data["group"] == "lean" and data["story"] == "topic"
    assert data["lists"]["outlet"] == sorted(tables.docs["outlet"].unique())
    actors = data["items"]["actor"]
    israel = actors["names"].index("Israel")
    total = sum(n for k, n in zip(actors["k"], actors["n"]) if k == israel)
    named = tables.mentions["method"].isin(["dictionary", "surname"])
    assert total == int((tables.mentions.loc[named, "actor"] == "Israel").sum())
    per_item = pd.Series([c[0] for c in actors["contexts"]]).value_counts()
    assert per_item.max() <= data["contexts_per_item"] == 4
    sample = next(c for c in actors["contexts"] if c[0] == israel)
    assert tables.texts[sample[1]].count(sample[4]) >= 1  # the match is the article's text
    assert "passages are a sample" in page and "Counts are complete" in page


def test_one_group_selected_leaves_nothing_to_compare(tables):
    ex = explore(tables=tables)
    ex.only.value = (RHC,)
    ex.tabs.selected_index = 2
    assert ex.lists["term"].options == ()
    ex.tabs.selected_index = 4
    assert ex.table["term"].empty and ex.lists["scatter"].options == ()


def test_term_views_offer_the_groups_in_the_selection(tables):
    ex = explore(tables=tables)
    ex.only.value = (RHC, JPOST)
    assert list(ex.term_group.options) == [RHC, JPOST]
    assert list(ex.side_b.options) == ["(rest)", RHC, JPOST]
    ex.tabs.selected_index = 2
    assert ex.term_group.value in (RHC, JPOST) and ex.lists["term"].options


def _passage_outlets(page: str) -> list[str]:
    """The outlet of each passage in the widget's passages (``context_html``)."""
    return re.findall(r"<tr><td style='white-space:nowrap'>([^<·]*?)(?: · [^<]*)?<br>", page)


def test_bars_are_the_top_entries_and_a_click_shows_their_passages(tables):
    ex = explore(tables=tables)
    bars = ex.bars["actor"]
    assert bars.keys[:3] == ["Iran", "Israel", "Ali Bagheri Kani"]
    shown = bars.buttons[:len(bars.keys)]
    assert [b.description for b in shown[:2]] == ["45", "25"]  # the counts, on the bars
    widths = [float(b.layout.width.rstrip("%")) for b in shown]
    assert widths[0] == 100 and widths == sorted(widths, reverse=True)
    assert widths[1] == pytest.approx(100 * 25 / 45, abs=0.05)
    assert len(bars.keys) == len(bars.rows) == 20  # the top 20; the list has them all
    assert len(ex.lists["actor"].options) > 20
    assert "Top 20 of" in bars.title.value and "click a bar" in bars.title.value
    ex.bar("actor", "Iran").click()
    assert "actor “Iran”" in ex.context.value and "<mark>Iran" in ex.context.value
    assert len(set(_passage_outlets(ex.context.value))) == 4  # every outlet names Iran
    assert ex.bar("actor", "Iran").style.button_color == "#D55E00"  # the bar clicked
    assert ex.bar("actor", "Israel").style.button_color == "#0072B2"
    with pytest.raises(KeyError, match="not among"):
        ex.bar("actor", "Atlantis")


def test_the_outlet_filter_restricts_bars_and_passages(tables):
    ex = explore(tables=tables)
    ex.bar("actor", "Iran").click()
    ex.only.value = (RHC,)  # the bars are RHC's, and the passages shown follow the filter
    bars = ex.bars["actor"]
    assert bars.keys[:2] == ["Israel", "Gaza"] and len(bars.keys) < 20  # one article
    assert [r.layout.display for r in bars.rows] == \
        ["flex"] * len(bars.keys) + ["none"] * (20 - len(bars.keys))
    assert f"actor “Iran” in {RHC}" in ex.context.value
    rhc = _passage_outlets(ex.context.value)
    assert rhc and set(rhc) == {RHC}
    ex.only.value = (JPOST,)
    jpost = _passage_outlets(ex.context.value)
    assert jpost and set(jpost) == {JPOST}
    ex.bar("actor", "Israel").click()
    assert "actor “Israel”" in ex.context.value
    assert set(_passage_outlets(ex.context.value)) == {JPOST}
    ex.only.value = (RHC, JPOST)  # two outlets: "Passages in" narrows the passages to one
    ex.cell.value = RHC
    assert "actor “Israel” in Radio Habana Cuba" in ex.context.value
    assert set(_passage_outlets(ex.context.value)) == {RHC}


@pytest.mark.parametrize(("tab", "kind", "key"), [(1, "label", "Israel › Zionist regime"),
                                                  (3, "speaker", "IRNA")])
def test_label_and_speaker_bars(tables, tab, kind, key):
    ex = explore(tables=tables, by="lean")
    ex.tabs.selected_index = tab
    bars = ex.bars[kind]
    assert key in bars.keys
    ex.bar(kind, key).click()
    ctx = contexts(tables, kind, key, select(tables), by="lean", n=ex.n, window_chars=ex.window)
    assert f"{kind} “{key}”" in ex.context.value and f"{len(ctx)} passage(s)" in ex.context.value
    assert _passage_outlets(ex.context.value) == ctx["outlet"].tolist()
    ex.only.value = ("west",)
    assert set(_passage_outlets(ex.context.value)) <= {JPOST, "unknown"}
