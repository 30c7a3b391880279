"""The evaluation page generator (benchmarks/generate_pages.py): real bodies, recorded truth."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.config import SHARED_CORPORA

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    if not (SHARED_CORPORA / "allsides" / "world.jsonl.gz").exists():
        pytest.skip("../shared/corpora/allsides is not beside the project")
    sys.path.insert(0, str(BENCH))
    from generate_pages import generate

    folder = tmp_path_factory.mktemp("pages")
    return folder, generate(folder, n_pages=400, n_styles=40, seed=1)


def test_every_page_is_written_with_its_truth(pages):
    folder, truth = pages
    assert len(truth) == 400 and truth["style"].nunique() == 40
    assert truth["file"].map(lambda f: (folder / f).exists()).all()
    assert truth["event"].notna().sum() > 200  # every silver-event article is a page
    # every inserted chrome line is in its page, and so is the title
    for t in truth.sample(50, random_state=0).itertuples():
        text = (folder / t.file).read_text(encoding="utf-8")
        assert t.title in text and all(line in text for line in t.chrome)


def test_dates_are_stated_in_the_text_or_the_manifest_url(pages):
    folder, truth = pages
    manifest = pd.read_csv(folder / "manifest.csv")
    in_url = truth[truth["date_format"].str.startswith("url_")]
    assert set(in_url["file"]) == set(manifest["file"])
    stated = truth[(truth["date"] != "") & ~truth["date_format"].str.startswith("url_")]
    assert len(stated) > 300 and truth["date_format"].nunique() >= 19
