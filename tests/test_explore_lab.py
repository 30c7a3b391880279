"""The explorer widget driven in a real JupyterLab: pick an outlet, click a bar, read its passages.

Reuses the JupyterLab server, the browser and the steps of ``tests/test_browser.py`` (Debian's
Chromium driven by Playwright; skips with the reason when either is missing). A small notebook
written into the served folder opens the explorer on the bundled corpus; the test selects one
outlet in the widget's *Only* filter, clicks the actor bar "Iran", checks that every passage shown
is that outlet's (the outlet is the first cell of each row of ``context_html``) and that selecting
another outlet changes them. Screenshots before and after the click are saved in the test's tmp
folder (and in ``reports/screenshots/`` with ``NEWSFRAME_SCREENSHOTS=1``).
"""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import pytest

from analysis import load_corpus
from analysis.explore_data import contexts, explorer_tables, select

pytestmark = pytest.mark.slow

_spec = importlib.util.spec_from_file_location("_newsframe_browser_steps",
                                               Path(__file__).with_name("test_browser.py"))
steps = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(steps)
chromium, lab, browser = steps.chromium, steps.lab, steps.browser  # the fixtures, reused

NAME = "zz_explore_lab.ipynb"
ACTOR, FIRST, SECOND = "Iran", "Arab News", "The Jerusalem Post"
WIDGET = ".jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea-output:has(.widget-tab)"
# The outlet of each passage shown: the first text of each row's first cell (context_html).
OUTLETS_JS = """() => Array.from(document.querySelectorAll('.nf-passages tr'))
  .map(tr => tr.cells[0].childNodes[0].textContent.trim())"""


def _write_notebook(path: Path) -> None:
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(
        "from analysis import load_corpus\nfrom analysis.explore import explore\n\n"
        "ex = explore(load_corpus())\nex")]
    nbformat.write(nb, path)


def _shot(page, tmp_path: Path, stem: str) -> Path:
    """The widget's output area as a PNG (kept as ``test_browser`` keeps its screenshots)."""
    shot = tmp_path / f"{stem}.png"
    page.locator(WIDGET).first.screenshot(path=str(shot))
    return steps._keep(shot)


def _pick_outlet(page, outlet: str, n_articles: int) -> None:
    """Select one outlet in the *Only* filter; wait until the status counts its articles."""
    only = page.locator(f"{WIDGET} .widget-select-multiple select").first
    texts = [t.replace("\xa0", " ") for t in only.locator("option").all_inner_texts()]
    only.select_option(index=next(i for i, t in enumerate(texts) if t.startswith(f"{outlet} (")))
    page.locator(f"{WIDGET} .widget-html", has_text=f"{n_articles} of 6 articles").wait_for()


def _click_bar(page, actor: str) -> list[str]:
    """Click the actor's bar; wait for its passages; return each passage's outlet."""
    page.locator(f"{WIDGET} .nf-bar[title^='{actor}:']").first.click()
    page.locator(".nf-passages", has_text=f"actor “{actor}”").wait_for()
    return page.evaluate(OUTLETS_JS)


def _passages_change(page, before: list[str], timeout: float = 30) -> list[str]:
    """The passages' outlets once they are no longer ``before``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        now = page.evaluate(OUTLETS_JS)
        if now and now != before:
            return now
        time.sleep(0.2)
    raise AssertionError(f"the passages did not change from {before}")


def test_explorer_widget_outlet_and_bar_click_in_jupyterlab(lab, browser, tmp_path):
    started = time.monotonic()
    _write_notebook(lab[2] / NAME)
    tables = explorer_tables(load_corpus())
    counts = tables.docs["outlet"].value_counts()
    expected = {o: contexts(tables, "actor", ACTOR, select(tables, outlets=[o]), n=20)
                for o in (FIRST, SECOND)}
    assert all(len(c) for c in expected.values())
    with steps._notebook_page(browser, lab, NAME, tmp_path) as page:
        state = steps._open_and_run(page, lab, NAME)
        assert not state["errors"], state["errors"][0]
        assert state["widgets"] == 1 and not state["widget_errors"]
        page.set_viewport_size({"width": 1400, "height": 2400})  # the whole widget in a shot
        bars = page.locator(f"{WIDGET} .nf-bar:visible")
        assert bars.count() == 20, "the actor view shows its top 20 entries as bars"

        _pick_outlet(page, FIRST, counts[FIRST])
        before = _shot(page, tmp_path, "explore_lab_1_outlet")
        first = _click_bar(page, ACTOR)
        after = _shot(page, tmp_path, "explore_lab_2_bar_clicked")
        assert first == [FIRST] * len(expected[FIRST]), first
        shown = page.inner_text(".nf-passages")
        assert all(m in shown for m in expected[FIRST]["match"])
        assert f"actor “{ACTOR}” in {FIRST} — {len(first)} passage(s)" in shown

        _pick_outlet(page, SECOND, counts[SECOND])  # the passages follow the filter
        second = _passages_change(page, first)
        third = _shot(page, tmp_path, "explore_lab_3_other_outlet")
        assert second == [SECOND] * len(expected[SECOND]), second
        assert f"actor “{ACTOR}” in {SECOND}" in page.inner_text(".nf-passages")
    for shot in (before, after, third):
        assert shot.stat().st_size > 10_000, shot
    print(f"explorer in JupyterLab: {time.monotonic() - started:.1f} s; screenshots in {tmp_path}")
