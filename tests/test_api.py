"""The public API (issue 17): everything the notebooks use comes from ``analysis`` itself, is
documented, and follows one grammar (articles first, keyword-only options, one name per idea)."""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path

import pytest

import analysis

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def _notebook_imports(path: Path) -> list[tuple[str, list[str]]]:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    src = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    found = []
    for m in re.finditer(r"from (analysis[\w.]*) import (\([^)]*\)|[^\n]+)", src):
        names = [n.strip() for n in m.group(2).strip("()").replace("\n", " ").split(",")]
        found.append((m.group(1), [n for n in names if n]))
    return found


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebooks_import_only_the_public_api(path):
    imports = _notebook_imports(path)
    assert imports, "the notebook imports nothing from analysis"
    for module, names in imports:
        assert module == "analysis", f"{path.name} imports from {module}"
        for name in names:
            assert name == "config" or name in analysis.__all__, f"{name} is not exported"


def test_every_exported_name_is_documented_and_listed_in_the_package_docstring():
    for name in analysis.__all__:
        obj = getattr(analysis, name)
        assert (obj.__doc__ or "").strip(), name
        if not name.startswith("plot_"):  # the plot functions are listed as ``plot_*``
            assert f"``{name}``" in analysis.__doc__, name


STAGES = ["actor_frequency", "attribution", "tone_toward", "tone_sentences", "label_choices",
          "distinctive_terms", "term_contexts", "topic_model", "stories", "quotes", "kwic",
          "actor_mentions", "find_labels"]


@pytest.mark.parametrize("name", STAGES)
def test_articles_first_then_keyword_only_options(name):
    params = list(inspect.signature(getattr(analysis, name)).parameters.values())
    assert params[0].name == "articles"
    positional = [p.name for p in params if p.kind is p.POSITIONAL_OR_KEYWORD]
    # after articles only the derived tables (and a pattern or lexicon) are positional
    assert set(positional[1:]) <= {"mentions", "quotes", "terms", "pattern_or_rows", "labels"}
    names = {p.name for p in params}
    assert not names & {"level", "ci", "seed", "window"}, names

