"""The README's Python examples run as written (on the bundled corpus where they name a file
the tests do not have), with the current API: no deprecated spelling."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import matplotlib
import pytest

import analysis

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parents[1]
BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"),
                    re.S)


def test_the_readme_has_examples():
    assert len(BLOCKS) >= 3


@pytest.mark.parametrize("i", range(len(BLOCKS)))
def test_every_example_names_only_public_functions(i):
    code = BLOCKS[i]
    compile(code, f"README block {i}", "exec")
    for name in re.findall(r"\bnf\.(\w+)", code):
        assert name in analysis.__all__, name
    for names in re.findall(r"from analysis import ([\w, ]+)", code):
        for name in names.split(","):
            assert name.strip() in analysis.__all__, name


@pytest.mark.slow
def test_the_tables_and_explorer_examples_run_without_deprecated_calls(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "figures").mkdir()
    runnable = [b for b in BLOCKS if "nf.load_corpus" in b]
    assert len(runnable) == 2
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        for code in runnable:
            code = code.replace('"../shared/corpora/allsides/world.jsonl.gz"', "")
            code = code.replace(', group="bias_text", story="topic"', "")
            exec(compile(code, "README", "exec"), {})  # noqa: S102
    assert (tmp_path / "figures" / "explorer.html").stat().st_size > 10_000
