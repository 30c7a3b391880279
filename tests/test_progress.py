"""Long steps show a tqdm bar on large corpora, and stay silent on small ones or when disabled."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import _progress
from analysis.quotes import quotes
from analysis.stories import stories
from analysis.text import sentences

ARTICLES = pd.DataFrame({
    "doc_id": ["a", "b", "c"],
    "date": pd.to_datetime(["2024-06-01", "2024-06-02", "2024-06-02"]),
    "text": ["“Talks went well,” IRNA said. Iran and Qatar met in Doha.",
             "Iran and Qatar met in Doha, officials said.",
             "The central bank raised interest rates."],
})


@pytest.mark.parametrize("step, label", [
    (quotes, "quotes"), (sentences, "sentences"), (stories, "similar articles")])
def test_large_steps_show_a_bar(step, label, monkeypatch, capsys):
    monkeypatch.delenv("TQDM_DISABLE", raising=False)
    step(ARTICLES)
    assert label not in capsys.readouterr().err  # 3 articles: no bar
    monkeypatch.setattr(_progress, "PROGRESS_FROM", 2)
    step(ARTICLES)
    assert label in capsys.readouterr().err
    monkeypatch.setenv("TQDM_DISABLE", "1")
    step(ARTICLES)
    assert label not in capsys.readouterr().err
