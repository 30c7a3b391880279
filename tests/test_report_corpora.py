"""`make report` on corpora the kit was not written on: one article, one outlet, no dates, no
quotes, no actors, an export with outlet groups, a sample of the shared AllSides export.

Every notebook must run, every figure must stay readable (long side ≤ ~2,400 px at 200 dpi), and
a report never repeats what the notebooks say about the bundled articles.
"""

from __future__ import annotations

import struct
from pathlib import Path

import pandas as pd
import pytest

from analysis.cli import main
from analysis.report import notebook_paths

pytestmark = pytest.mark.slow

MAX_SIDE = 2450
BUNDLED_NAMES = ("Jerusalem Post", "Radio Habana Cuba", "Bagheri Kani", "bundled corpus")

NO_ACTORS = ("The village fair opened on a sunny morning and the bakers brought bread, pies and "
             "cakes to the long tables by the river. Children ran between the stalls while a "
             "brass band played old tunes near the bridge.\n\nBy noon the pies were gone. The "
             "organisers counted more visitors than last year and thanked the volunteers who "
             "set up the tents before dawn.\n")
ONE_OUTLET = [
    ("Harbour plans approved", "The council approved the new harbour plan on Tuesday after a "
     "long debate about costs and the fishing fleet. \u201cThis is a good day for the town,\u201d "
     "the mayor said after the vote.\n\nThe plan adds two piers and a ferry terminal. Opponents "
     "said the costs were too high and warned of delays."),
    ("Ferry terminal contract signed", "A builder signed the contract for the ferry terminal on "
     "Friday. The council said work would start in spring.\n\nThe builder said the terminal "
     "would open within two years, and the fishing fleet welcomed the new piers."),
    ("Fishing fleet doubts new piers", "Fishermen said the new piers would crowd the harbour. "
     "\u201cWe were not asked,\u201d one skipper told the paper.\n\nThe council said it would "
     "meet the fleet next week to discuss the harbour plan and the ferry timetable."),
]


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    return struct.unpack(">II", head[16:24])


def _report(capsys, tmp_path: Path, corpus: Path, *options: str) -> Path:
    out = tmp_path / "out"
    code = main(["-q", "report", "--corpus", str(corpus), "--out", str(out), *options])
    captured = capsys.readouterr()
    assert code == 0, captured.out + captured.err
    assert captured.out.count(" figure(s), ") == len(notebook_paths())  # one line per notebook
    assert "04_explore: 1 figure(s), explore.html, " in captured.out
    assert (out / "figures" / "explore.html").exists()
    pngs = sorted((out / "figures").glob("*.png"))
    assert pngs
    for png in pngs:
        assert max(_png_size(png)) <= MAX_SIDE, (png.name, _png_size(png))
    return out


def _html(out: Path) -> str:
    pages = sorted((out / "reports").glob("*.html"))
    return "\n".join(p.read_text(encoding="utf-8") for p in pages)


def test_one_article_without_actors_dates_or_quotes(tmp_path, capsys):
    corpus = tmp_path / "one"
    corpus.mkdir()
    (corpus / "fair.txt").write_text("Village fair draws record crowds\n\n" + NO_ACTORS,
                                     encoding="utf-8")
    out = _report(capsys, tmp_path, corpus)
    html = _html(out)
    assert "nothing to compare" in html
    assert "No actor of the dictionary is named" in html
    for name in BUNDLED_NAMES:
        assert name not in html, name


@pytest.mark.parametrize("n", [2, 3])
def test_plain_text_articles_of_one_outlet(n, tmp_path, capsys):
    corpus = tmp_path / "txt"
    corpus.mkdir()
    for i, (title, body) in enumerate(ONE_OUTLET[:n]):
        (corpus / f"{i}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    html = _html(_report(capsys, tmp_path, corpus))
    assert "One outlet: nothing to compare" in html or "One outlet: no pair" in html
    assert "Radio Habana Cuba" not in html


def test_export_with_outlet_groups(tmp_path, capsys):
    rows = []
    for i, (title, body) in enumerate(ONE_OUTLET * 2):
        rows.append({"headline": title, "body": body, "paper": ["Daily A", "Daily B"][i % 2],
                     "lean": ["left", "right"][i % 2], "day": f"2024-05-{10 + i:02d}"})
    pd.DataFrame(rows).to_csv(tmp_path / "export.csv", index=False)
    out = _report(capsys, tmp_path, tmp_path / "export.csv", "--columns",
                  "text=body,title=headline,date=day", "--outlet-column", "paper",
                  "--group-column", "lean")
    groups = pd.read_csv(out / "figures" / "corpus_groups.csv")
    assert set(groups["lean"]) == {"left", "right"}
    assert (out / "figures" / "topics_by_group.png").exists()


def test_allsides_sample_with_bias_groups(shared_jsonl, tmp_path, capsys):
    table = shared_jsonl("allsides/world.jsonl.gz", nrows=400)
    table.to_json(tmp_path / "sample.jsonl", orient="records", lines=True)
    out = _report(capsys, tmp_path, tmp_path / "sample.jsonl", "--group-column", "bias_text")
    html = _html(out)
    assert "Radio Habana Cuba" not in html
    outlets = pd.read_csv(out / "figures" / "corpus_outlets.csv")
    assert len(outlets) >= 10
