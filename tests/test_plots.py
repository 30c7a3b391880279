"""Every plot function stays readable from 0 to 500 groups: a capped size at 200 dpi, a short
legend, a figure that says so in words when there is nothing to draw, and the FDR marking of
term charts. Tables are built synthetically here (Zipf-sized outlets, long names)."""

from __future__ import annotations

import io

import matplotlib
import numpy as np
import pandas as pd
import pytest
from matplotlib.text import Text
from PIL import Image

from analysis.actors import actor_frequency
from analysis.figures import GREY, PALETTE, group_order, message_figure, outlet_colors, save_figure
from analysis.overview import (
    articles_by_date,
    cleaning_summary,
    limit_groups,
    outlet_summary,
    top_groups,
)
from analysis.plots import actors as pa
from analysis.plots import corpus as pc
from analysis.plots import framing as pf
from analysis.plots import topics as pt
from analysis.plots._common import FDR_NOTE, NONE_PASS

matplotlib.use("Agg")
MAX_PX = 2450
LONG = "The Extraordinarily Long Official Name of a Regional Weekly Newspaper and Its Website"
CASES = ["empty", "one", "two", "zipf500", "long"]


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    matplotlib.pyplot.close("all")


def group_sizes(case: str) -> dict[str, int]:
    """Group name → articles: none, one outlet with one article, two, 500 Zipf-sized, long."""
    if case == "empty":
        return {}
    if case == "one":
        return {"Solo Times": 1}
    if case == "two":
        return {"Alpha News": 3, "Beta Post": 2}
    k = 500 if case == "zipf500" else 20
    name = (lambda i: f"{LONG} {i:03d}") if case == "long" else (lambda i: f"Outlet {i:03d}")
    return {name(i): max(1, int(300 / (i + 1))) for i in range(k)}


def make_articles(case: str) -> pd.DataFrame:
    sizes = group_sizes(case)
    outlets = [g for g, n in sizes.items() for _ in range(n)]
    n = len(outlets)
    rng = np.random.default_rng(0)
    days = pd.to_datetime("2024-01-01") + pd.to_timedelta(rng.integers(0, 400, n), unit="D")
    return pd.DataFrame({
        "doc_id": [f"d{i}" for i in range(n)], "outlet": pd.Series(outlets, dtype=object),
        "n_words": rng.integers(100, 900, n),
        "date": pd.Series(days).where(rng.random(n) > 0.1),
        "captions": ["Photo (Reuters)"] * n, "highlights": [""] * n,
        "removed": ["boilerplate: Share this\nlink: http://x"] * n,
    })


def zipf_rows(case: str, per_group: int) -> list[tuple[str, int]]:
    return [(g, n) for g, n in group_sizes(case).items() for _ in range(per_group)]


def topic_shares(case: str, group: str = "outlet") -> pd.DataFrame:
    rows = []
    for g, n in group_sizes(case).items():
        units = np.bincount(np.arange(n * 3) % 6, minlength=6)
        for t in range(6):
            rows.append({group: g, "topic": t, "label": f"topic label {t} " + "x" * 30,
                         "units": int(units[t]), "group_units": n * 3,
                         "share": units[t] / (n * 3)})
    return pd.DataFrame(rows, columns=[group, "topic", "label", "units", "group_units", "share"])


def mentions_of(articles: pd.DataFrame) -> pd.DataFrame:
    actors = ["Iran", "Israel", "United States", "Hamas", LONG]
    rows = [{"doc_id": d, "actor": actors[i % 5], "method": "dictionary",
             "actor_type": ["state", "state", "state", "armed_group", "media"][i % 5]}
            for i, d in enumerate(articles["doc_id"]) for _ in range(i % 3 + 1)]
    return pd.DataFrame(rows, columns=["doc_id", "actor", "method", "actor_type"])


def terms_table(case: str, q: float) -> pd.DataFrame:
    rows = [{"outlet": g, "other": "rest", "term": f"term {j} of {g[:20]}", "count": 10 - j,
             "count_other": j + 1 if case != "one" else 0, "articles": n, "z": 5.0 - j * 0.4,
             "q": q if j % 2 == 0 else 0.5} for g, n in group_sizes(case).items()
            for j in range(10)]
    return pd.DataFrame(rows, columns=["outlet", "other", "term", "count", "count_other",
                                       "articles", "z", "q"])


def draw(name: str, case: str):
    """Call plot function ``name`` on a table of the case; returns the Figure."""
    arts = make_articles(case)
    sizes = group_sizes(case)
    if name == "outlet_summary":
        return pc.plot_outlet_summary(outlet_summary(arts))
    if name == "articles_by_date":
        return pc.plot_articles_by_date(articles_by_date(arts))
    if name == "cleaning":
        return pc.plot_cleaning(cleaning_summary(arts))
    if name == "topic_sizes":
        t = pd.DataFrame({"topic": range(len(sizes) and 40), "label": LONG,
                          "size": np.arange(len(sizes) and 40) + 1})
        return pt.plot_topic_sizes(t.assign(share=t["size"] / max(t["size"].sum(), 1)))
    if name == "topic_heatmap":
        return pt.plot_topic_heatmap(topic_shares(case), group="outlet")
    if name == "topics_over_time":
        periods = pd.date_range("2020-01-01", periods=min(len(sizes), 60), freq="MS")
        return pt.plot_topics_over_time(topic_shares(case, "date").assign(
            date=lambda d: d["date"].map(dict(zip(sizes, periods)))))
    if name == "stability":
        k = np.arange(2, 2 + min(len(sizes), 30))
        return pt.plot_stability(pd.DataFrame({"k": k, "stability": 0.5, "stability_sd": 0.1,
                                               "chosen": k == 2}))
    if name == "story_coverage":
        st = pd.DataFrame({"doc_id": arts["doc_id"], "story_id": np.arange(len(arts)) % 20,
                           "story_label": LONG})
        return pt.plot_story_coverage(st, arts)
    if name == "actor_frequency":
        return pa.plot_actor_frequency(actor_frequency(arts, mentions_of(arts), by="outlet"))
    if name == "actor_types":
        return pa.plot_actor_frequency(actor_frequency(arts, mentions_of(arts), by="outlet",
                                                       key="actor_type"), key="actor_type")
    if name == "actor_network":
        names = [f"{g[:30]} actor" for g in list(sizes)[:60]]
        edges = pd.DataFrame({"source": names, "target": names[1:] + names[:1],
                              "weight": np.arange(len(names)) + 1})
        return pa.plot_actor_network(edges.iloc[: max(0, len(names) - 1)])
    if name == "label_choices":
        rows = [{"referent": "Israel", "label": lab, "outlet": g, "voice": v, "count": n + i,
                 "total": None} for g, n in sizes.items() for v in ("own", "quoted")
                for i, lab in enumerate([f"label {j}" for j in range(12)])]
        t = pd.DataFrame(rows, columns=["referent", "label", "outlet", "voice", "count", "total"])
        t["total"] = t.groupby(["outlet", "voice"])["count"].transform("sum")
        if t.empty:
            t = pd.DataFrame({"referent": ["Israel"], "label": ["Israel"], "outlet": ["A"],
                              "voice": ["own"], "count": [0], "total": [0]})
        return pf.plot_label_choices(t.assign(share=t["count"] / t["total"].replace(0, 1)))
    if name == "distinctive_terms":
        return pf.plot_distinctive_terms(terms_table(case, q=0.01))
    if name == "term_pair":
        t = terms_table(case, q=0.01)
        a, b = (list(sizes) + ["A", "B"])[:2]
        pair = pd.concat([t[t["outlet"] == a].assign(other=b), t[t["outlet"] == b].assign(other=a)])
        return pf.plot_term_pair(pair, a, b)
    if name == "tone":
        rows = [{"outlet": g, "actor": act, "voice": v, "n_sentences": n, "mean": 0.1,
                 "ci_low": -0.2 if n > 1 else np.nan, "ci_high": 0.4 if n > 1 else np.nan}
                for g, n in sizes.items() for act in ["Iran", "Israel", LONG]
                for v in ("own", "quoted")]
        return pf.plot_tone(pd.DataFrame(rows, columns=["outlet", "actor", "voice", "n_sentences",
                                                        "mean", "ci_low", "ci_high"]))
    if name == "who_quotes_whom":
        rows = [{"outlet": g, "speaker": f"{LONG[:40]} {s}", "verb": v, "count": n}
                for g, n in sizes.items() for s in range(20) for v in ("say", "claim")]
        return pf.plot_who_quotes_whom(pd.DataFrame(rows, columns=["outlet", "speaker", "verb",
                                                                   "count"]))
    raise KeyError(name)


PLOTS = ["outlet_summary", "articles_by_date", "cleaning", "topic_sizes", "topic_heatmap",
         "topics_over_time", "stability", "story_coverage", "actor_frequency", "actor_types",
         "actor_network", "label_choices", "distinctive_terms", "term_pair", "tone",
         "who_quotes_whom"]


def png_size(fig) -> tuple[int, int]:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=200)
    buf.seek(0)
    return Image.open(buf).size


def texts(fig) -> list[str]:
    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]


def legend_entries(fig) -> int:
    legends = [ax.get_legend() for ax in fig.axes if ax.get_legend()] + list(fig.legends)
    return max((len(leg.get_texts()) for leg in legends), default=0)


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("name", PLOTS)
def test_every_plot_is_capped_and_short_legended(name, case):
    fig = draw(name, case)
    try:
        width, height = png_size(fig)
        assert max(width, height) <= MAX_PX, (name, case, width, height)
        assert legend_entries(fig) <= 12, (name, case)
        assert texts(fig), "a figure always says something"
        if case == "empty":
            assert len(fig.axes) == 1 and not fig.axes[0].axison, "a message, not an empty axis"
    finally:
        matplotlib.pyplot.close(fig)


def test_one_outlet_distinctive_terms_says_nothing_to_compare():
    fig = pf.plot_distinctive_terms(terms_table("one", q=0.01))
    assert "one outlet: nothing to compare" in texts(fig)


def test_empty_tables_say_why_in_words():
    assert "no quotes found" in texts(draw("who_quotes_whom", "empty"))
    assert any("no dated articles" in t for t in texts(draw("articles_by_date", "empty")))
    undated = articles_by_date(make_articles("two").assign(date=pd.NaT))
    message = texts(pc.plot_articles_by_date(undated))
    assert any("no dated articles (5 undated)" in t for t in message)


def test_fdr_marking_and_none_pass_message():
    fig = pf.plot_distinctive_terms(terms_table("two", q=0.01))
    assert any(FDR_NOTE in t for t in texts(fig)) and not any(NONE_PASS in t for t in texts(fig))
    bars = [p for ax in fig.axes for p in ax.patches]
    filled = {matplotlib.colors.to_hex(p.get_facecolor()) != "#ffffff" for p in bars}
    assert filled == {True, False}, "passing terms filled, the others open"
    fig = pf.plot_distinctive_terms(terms_table("two", q=0.3))
    assert any(NONE_PASS in t for t in texts(fig))
    pair = terms_table("two", q=0.3)
    pair["other"] = np.where(pair["outlet"] == "Alpha News", "Beta Post", "Alpha News")
    assert any(NONE_PASS in t for t in texts(pf.plot_term_pair(pair, "Alpha News", "Beta Post")))


def test_distinctive_terms_many_outlets_are_small_multiples_of_the_largest():
    fig = pf.plot_distinctive_terms(terms_table("zipf500", q=0.01))
    assert len(fig.axes) == 12
    assert fig.axes[0].get_title("left") == "Outlet 000"
    assert any("+ 488 more outlets not shown" in t for t in texts(fig))


def test_folded_rates_are_recomputed_from_sums_not_averaged():
    arts = make_articles("zipf500")
    freq = actor_frequency(arts, mentions_of(arts), by="outlet")
    folded = limit_groups(freq, "outlet", 15, weight="words", keys=["actor"],
                          sums=["mentions", "articles_mentioning"],
                          totals={"articles": [], "words": []},
                          rates={"per_1000_words": ("mentions", "words", 1000.0)})
    assert folded.attrs["folded"] == 485 and folded["outlet"].nunique() == 16
    other = folded[folded["outlet"] == "other outlets (485)"].set_index("actor")
    small = freq[~freq["outlet"].isin(top_groups(freq.drop_duplicates("outlet"), weight="words"))]
    iran = small[small["actor"] == "Iran"]
    assert other.loc["Iran", "mentions"] == iran["mentions"].sum()
    assert other.loc["Iran", "words"] == iran["words"].sum()
    assert other.loc["Iran", "per_1000_words"] == pytest.approx(
        1000 * iran["mentions"].sum() / iran["words"].sum())
    assert other.loc["Iran", "per_1000_words"] != pytest.approx(iran["per_1000_words"].mean())
    assert folded["mentions"].sum() == freq["mentions"].sum(), "no mention lost"
    relabelled = limit_groups(arts, "outlet", 15)
    assert len(relabelled) == len(arts) and relabelled["outlet"].nunique() == 16


def test_colours_distinct_for_top_groups_grey_for_rest_diverging_for_bias():
    arts = make_articles("zipf500")
    colors = outlet_colors(arts["outlet"])
    coloured = [c for c in colors.values() if c != GREY]
    assert len(coloured) == len(set(coloured)) == len(PALETTE)
    assert colors["Outlet 000"] == PALETTE[0] and colors["Outlet 499"] == GREY
    bias = outlet_colors(["left", "center", "right", "unknown"])
    assert len(set(bias.values())) == 4 and bias["unknown"] == GREY
    assert group_order(["Right", "Center", "Left"]) == ["Left", "Center", "Right"]


def test_plots_take_any_group_column():
    arts = make_articles("long").assign(bias_text=lambda d: np.array(["left", "center", "right"])[
        np.arange(len(d)) % 3])
    fig = pc.plot_outlet_summary(outlet_summary(arts, by="bias_text"))
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["left", "center", "right"]
    assert fig.axes[0].get_ylabel() == "bias text"
    freq = actor_frequency(arts, mentions_of(arts), by="bias_text")
    fig = pa.plot_actor_frequency(freq, by="bias_text")
    assert fig.axes[0].get_legend().get_title().get_text() == "bias text"
    assert not any("outlet" in t for t in texts(fig))


def test_message_figure_is_small():
    fig = message_figure("one outlet: nothing to compare")
    assert max(png_size(fig)) <= 1400 and "one outlet: nothing to compare" in texts(fig)


def test_save_figure_keeps_a_hand_made_giant_within_2400_px(tmp_path, caplog):
    fig, ax = matplotlib.pyplot.subplots(figsize=(30, 4))
    ax.plot([0, 1])
    with caplog.at_level("WARNING"):
        png = save_figure(fig, "giant", folder=tmp_path)["png"]
    assert max(Image.open(png).size) <= 2400 and "not 200" in caplog.text
