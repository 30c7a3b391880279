"""The exported explorer in a real browser with the network off: clicks show passages, and the
page's log-odds agree with Python's.

Debian's Chromium driven by Playwright (``executable_path``, no browser download), as in
``tests/test_browser.py``; skips with the reason when either is missing. The browser context is
offline and every request other than the file itself is recorded and refused. A screenshot is
saved in the test's tmp folder (and in ``reports/screenshots/`` with
``NEWSFRAME_SCREENSHOTS=1``; any other value is taken as the folder).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np
import pytest

from analysis import config, load_corpus
from analysis.explore_data import explorer_tables, select, term_scores
from analysis.explorer_html import export_explorer

pytestmark = pytest.mark.slow

CHROMIUM = os.environ.get("NEWSFRAME_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage"]


@pytest.fixture(scope="module")
def page_and_tables(tmp_path_factory):
    path = CHROMIUM if Path(CHROMIUM).exists() else (
        shutil.which("chromium") or shutil.which("chromium-browser"))
    if not path:
        pytest.skip(f"Chromium not found at {CHROMIUM}: install it with 'apt-get install "
                    "chromium' (or set NEWSFRAME_CHROMIUM)")
    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="Playwright is not installed: pip install -e '.[test]'")
    tables = explorer_tables(load_corpus())
    html = export_explorer(None, tmp_path_factory.mktemp("explorer") / "explorer.html",
                           tables=tables)
    pw = sync_api.sync_playwright().start()
    try:
        browser = pw.chromium.launch(executable_path=path, headless=True, args=ARGS,
                                     timeout=60_000)
        try:
            context = browser.new_context(offline=True, viewport={"width": 1400, "height": 1000})
            requests, errors = [], []
            context.route(lambda url: not url.startswith("file:"),
                          lambda route: (requests.append(route.request.url), route.abort()))
            page = context.new_page()
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(html.as_uri())
            yield page, tables, requests, errors
        finally:
            browser.close()
    finally:
        pw.stop()


def _screenshot(page, tmp_path: Path, stem: str) -> Path:
    shot = tmp_path / f"{stem}.png"
    page.screenshot(path=str(shot), full_page=True)
    wanted = os.environ.get("NEWSFRAME_SCREENSHOTS", "")
    if wanted:
        folder = (config.reports_dir() / "screenshots" if wanted.lower() in {"1", "true", "yes"}
                  else Path(wanted))
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(shot, folder / shot.name)
    return shot


def test_clicks_show_passages_offline(page_and_tables, tmp_path):
    page, tables, requests, errors = page_and_tables
    assert page.inner_text("#status").startswith("6 of 6 articles")
    page.locator(".bar", has_text="Israel").first.click()
    ctx = page.inner_text("#contexts")
    assert "actor “Israel”" in ctx and "sampled passage" in ctx
    assert page.locator("#contexts mark").count() >= 1
    # a cell of the outlet table: only that outlet's passages
    cell = page.locator("table.heat td.c").first
    cell.click()
    assert " in " in page.inner_text("#contexts").splitlines()[0]
    # filter to one outlet: the counts follow
    page.select_option("#only", label="Radio Habana Cuba (1)")
    assert page.inner_text("#status").startswith("1 of 6 articles")
    page.click("#tabs button[data-t=scatter]")
    assert "nothing to compare" in page.inner_text("#view")  # one outlet selected
    page.select_option("#only", label=["Radio Habana Cuba (1)", "The Jerusalem Post (2)"])
    assert page.inner_text("#status").startswith("3 of 6 articles")
    assert page.locator("#scatter circle").count() > 10
    page.locator("#scatter circle").last.click()  # drawn last: on top of the others
    assert "term “" in page.inner_text("#contexts")
    page.click("#tabs button[data-t=label]")
    page.locator(".bar", has_text="Zionist regime").first.click()
    assert page.locator("#contexts mark", has_text="Zionist regime").count() >= 1
    shot = _screenshot(page, tmp_path, "explorer_html")
    assert shot.stat().st_size > 10_000
    assert not errors, errors
    assert not requests, f"the page asked the network for {requests}"


def test_page_log_odds_equal_python(page_and_tables):
    page, tables, _, errors = page_and_tables
    outlets = sorted(tables.docs["outlet"].unique())
    a, b = outlets.index("Radio Habana Cuba"), outlets.index("The Jerusalem Post")
    js = page.evaluate(f"logOdds('own', o => o === {a}, o => o === {b})"
                       ".map(r => [r.term, r.z, r.q])")
    col = tables.docs["outlet"].to_numpy()
    py = term_scores(tables, col == outlets[a], col == outlets[b],
                     background=select(tables, outlets=[outlets[a], outlets[b]]))
    py = py.set_index("term")
    # the page keeps the most used terms only: compare z on those; q is over fewer tests
    assert len(js) > 20
    z = np.array([r[1] for r in js])
    np.testing.assert_allclose(z, py.loc[[r[0] for r in js], "z"].to_numpy(), rtol=1e-9)
    assert not errors
