"""Every notebook in a real JupyterLab, driven by a real browser.

A JupyterLab server starts on a free loopback port with a token, serving a temporary copy of
``notebooks/`` (so nothing is saved into the repository), with figures going to a temporary
folder. Debian's Chromium, driven by Playwright (``executable_path``, no browser download), opens
each notebook, runs all cells from the Run menu, and waits until every code cell has an execution
count. The test then asserts that no output is an error, that figures rendered as images, and
that the notebook saved by JupyterLab holds no error output; it saves a screenshot in the test's
tmp folder (and in ``reports/screenshots/`` when ``NEWSFRAME_SCREENSHOTS=1``; any other value is
taken as the folder).

Skips, with the reason, only when Chromium or Playwright is not installed (``.ci/run`` installs
both). The server, its kernels and the browser are stopped in fixture finalizers.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from analysis import config
from analysis.report import notebook_paths

pytestmark = pytest.mark.slow

NOTEBOOKS = notebook_paths()
SELF_CHECK = "zz_browser_self_check.ipynb"  # written into the served copy only
CHROMIUM = os.environ.get("NEWSFRAME_CHROMIUM", "/usr/bin/chromium")
# This machine has no network: without these Chromium stalls on background requests.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-dev-shm-usage"]
RUN_TIMEOUT = int(os.environ.get("NEWSFRAME_BROWSER_TIMEOUT", "300"))  # seconds per notebook

# Page state read after "Run All": prompts of the code cells, kernel status, outputs, images.
PANEL_JS = """Array.from(document.querySelectorAll('.jp-NotebookPanel'))
  .filter(p => !p.classList.contains('lm-mod-hidden'))"""
STATE_JS = """() => {
  const panels = PANELS;
  if (panels.length !== 1) return {panels: panels.length, prompts: [], errors: [], images: 0};
  const panel = panels[0];
  const cells = Array.from(panel.querySelectorAll('.jp-Notebook .jp-CodeCell'));
  const prompts = cells.map(
      c => ((c.querySelector('.jp-InputPrompt') || {}).textContent || '').trim());
  const ind = panel.querySelector('.jp-Notebook-ExecutionIndicator');
  const stderr = Array.from(panel.querySelectorAll(
      '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'));
  const errors = stderr.map(o => o.textContent)
      .filter(t => t.includes('Traceback (most recent call last)') || /^-{40,}/.test(t.trim()))
      .map(t => t.slice(0, 1500));
  const imgs = Array.from(panel.querySelectorAll('.jp-RenderedImage img'));
  const outputs = Array.from(panel.querySelectorAll('.jp-OutputArea-output'));
  return {panels: 1, prompts, status: ind ? ind.dataset.status : null, errors,
          images: imgs.length,
          loaded: imgs.filter(i => i.complete && i.naturalWidth > 0).length,
          widgets: panel.querySelectorAll('.jp-OutputArea-output .widget-tab').length,
          widget_errors: outputs.map(o => o.textContent).filter(
              t => t.includes('Error displaying widget') || t.includes('Loading widget')).length};
}""".replace("PANELS", PANEL_JS)


def _write_self_check(path: Path) -> None:
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(src) for src in (
        "import matplotlib.pyplot as plt\nplt.plot([1, 3, 2]);",
        "import sys\nprint('a warning is not an error', file=sys.stderr)",
        "1 / 0",
        "print('never runs')",
    )]
    nbformat.write(nb, path)


def _die_with_parent() -> None:
    """In the server process: get SIGTERM when pytest dies, even if it is killed (Linux).

    Its kernels then exit too (ipykernel polls its parent), as does Playwright's driver with
    Chromium when its pipe to pytest closes; finalizers cover every other way out.
    """
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _api(base: str, token: str, path: str, method: str = "GET", timeout: float = 5.0):
    req = urllib.request.Request(f"{base}{path}", method=method,
                                 headers={"Authorization": f"token {token}"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        body = resp.read()
    return json.loads(body) if body else None


def _descendants(pid: int) -> list:
    import psutil

    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def _is_playwright(proc) -> bool:
    import psutil

    try:
        return "playwright" in " ".join(proc.cmdline())
    except psutil.Error:
        return False


def _kill_all(procs: list, grace: float = 5.0) -> None:
    import psutil

    alive = [p for p in procs if p.is_running()]
    for p in alive:
        try:
            p.terminate()
        except psutil.NoSuchProcess:
            pass
    _, alive = psutil.wait_procs(alive, timeout=grace)
    for p in alive:
        try:
            p.kill()
        except psutil.NoSuchProcess:
            pass
    psutil.wait_procs(alive, timeout=grace)


# ------------------------------------------------------------------------------------ fixtures
@pytest.fixture(scope="module")
def chromium() -> str:
    path = CHROMIUM if Path(CHROMIUM).exists() else None
    if path is None and "NEWSFRAME_CHROMIUM" not in os.environ:
        path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.skip(f"Chromium not found at {CHROMIUM}: install it with "
                    "'apt-get install chromium' (or set NEWSFRAME_CHROMIUM)")
    return path


@pytest.fixture(scope="module")
def lab(chromium, tmp_path_factory):
    """A JupyterLab server on a copy of notebooks/; yields (base_url, token, root, figures)."""
    tmp = tmp_path_factory.mktemp("jupyterlab")
    root, figures = tmp / "notebooks", tmp / "figures"
    root.mkdir()
    for nb in NOTEBOOKS:
        shutil.copy2(nb, root / nb.name)
    _write_self_check(root / SELF_CHECK)
    settings = tmp / "settings" / "@jupyterlab"
    # Render every cell (no virtual scrolling), and no news/update toasts over the page.
    for ext, name, values in [
        ("notebook-extension", "tracker", {"windowingMode": "none"}),
        ("apputils-extension", "notification", {"fetchNews": "false",
                                                "checkForUpdates": False}),
    ]:
        (settings / ext).mkdir(parents=True)
        (settings / ext / f"{name}.jupyterlab-settings").write_text(json.dumps(values))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "JPY_"))}
    env.update(
        NEWSFRAME_FIGURES_DIR=str(figures), NEWSFRAME_REPORTS_DIR=str(tmp / "reports"),
        NEWSFRAME_CACHE_DIR=str(tmp / "cache"), JUPYTER_CONFIG_DIR=str(tmp / "config"),
        JUPYTER_DATA_DIR=str(tmp / "data"), JUPYTER_RUNTIME_DIR=str(tmp / "runtime"),
        IPYTHONDIR=str(tmp / "ipython"), MPLCONFIGDIR=str(tmp / "matplotlib"),
        PYTHONUNBUFFERED="1",
    )
    port, token = _free_port(), secrets.token_hex(16)
    log = (tmp / "server.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyter", "lab", "--no-browser", f"--port={port}",
         "--ServerApp.port_retries=0", "--ServerApp.ip=127.0.0.1",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}",
         "--allow-root", "--ServerApp.terminals_enabled=False",
         "--LabApp.extension_manager=readonly",
         "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
         f"--LabApp.user_settings_dir={tmp / 'settings'}",
         f"--LabApp.workspaces_dir={tmp / 'workspaces'}"],
        cwd=tmp, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
    )
    base = f"http://127.0.0.1:{port}"

    def stop() -> None:
        kernels = _descendants(server.pid)
        if server.poll() is None:
            try:
                _api(base, token, "/api/shutdown", method="POST")
            except (OSError, urllib.error.URLError):
                pass
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGTERM)
                try:
                    server.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    os.killpg(server.pid, signal.SIGKILL)
                    server.wait()
        _kill_all(kernels)  # kernels run in sessions of their own
        log.close()

    try:
        deadline = time.monotonic() + 90
        while True:
            if server.poll() is not None:
                raise RuntimeError("JupyterLab exited:\n" + (tmp / "server.log").read_text())
            try:
                _api(base, token, "/api/status", timeout=2)
                break
            except (OSError, urllib.error.URLError):
                if time.monotonic() > deadline:
                    raise RuntimeError("JupyterLab did not answer /api/status in 90 s:\n"
                                       + (tmp / "server.log").read_text()) from None
                time.sleep(0.3)
        yield base, token, root, figures
    finally:
        stop()


@pytest.fixture(scope="module")
def browser(chromium):
    sync_api = pytest.importorskip(
        "playwright.sync_api",
        reason="Playwright is not installed: pip install -e '.[test]'")
    import psutil

    me = psutil.Process()
    before = {p.pid for p in me.children()}
    pw = sync_api.sync_playwright().start()
    # Playwright's driver (node) and the Chromium processes it starts, to be sure none outlives us
    drivers = [p for p in me.children() if p.pid not in before and _is_playwright(p)]
    tree = list(drivers)
    try:
        browser = pw.chromium.launch(executable_path=chromium, headless=True,
                                     args=CHROMIUM_ARGS, timeout=60_000)
        try:
            yield browser
        finally:
            tree = drivers + [c for d in drivers for c in _descendants(d.pid)]
            browser.close()
    finally:
        pw.stop()
        _kill_all(tree)


# --------------------------------------------------------------------------------------- steps
def _wait_for_kernel(page, base: str, token: str, name: str, timeout: float = 90) -> None:
    """Until the notebook's kernel is idle on the server and in the page; accept a kernel dialog."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        dialog = page.locator(".jp-Dialog")
        if dialog.count() and "Select Kernel" in dialog.first.inner_text():
            dialog.locator(".jp-Dialog-button.jp-mod-accept").click()
        sessions = _api(base, token, "/api/sessions")
        states = [s["kernel"]["execution_state"] for s in sessions if s["path"] == name]
        status = " ".join(page.locator(".jp-StatusBar-Widget").all_inner_texts())
        if states == ["idle"] and "| Idle" in status:
            return
        time.sleep(0.5)
    raise AssertionError(f"{name}: the kernel was not idle after {timeout} s ({status!r})")


def _run_all(page) -> None:
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click()


def _wait_until_done(page, name: str, n_code: int) -> dict:
    """Until the kernel is idle, no cell is queued, and every cell ran (or one failed)."""
    deadline = time.monotonic() + RUN_TIMEOUT
    while True:
        state = page.evaluate(STATE_JS)
        prompts = state["prompts"]
        queued = any("*" in p for p in prompts)
        counted = len(prompts) == n_code and all(any(c.isdigit() for c in p) for p in prompts)
        if state["status"] == "idle" and not queued and (counted or state["errors"]):
            return state
        if time.monotonic() > deadline:
            raise AssertionError(f"{name}: not finished after {RUN_TIMEOUT} s; prompts {prompts}")
        time.sleep(1)


def _saved_outputs(path: Path, n_ran: int, timeout: float = 30) -> dict:
    """The notebook JupyterLab saved, once ``n_ran`` code cells carry execution counts."""
    deadline = time.monotonic() + timeout
    while True:
        nb = json.loads(path.read_text(encoding="utf-8"))
        ran = sum(bool(c.get("execution_count")) for c in nb["cells"] if c["cell_type"] == "code")
        if ran >= n_ran:
            return nb
        if time.monotonic() > deadline:
            raise AssertionError(f"{path.name}: JupyterLab did not save the run in {timeout} s")
        time.sleep(0.5)


def _screenshot(page, tmp_path: Path, stem: str) -> Path:
    images = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-RenderedImage img")
    if images.count():
        images.first.scroll_into_view_if_needed()
    shot = tmp_path / f"{stem}.png"
    page.screenshot(path=str(shot))
    return _keep(shot)


def _keep(shot: Path) -> Path:
    """Copy a screenshot to the folder ``NEWSFRAME_SCREENSHOTS`` asks for, if any."""
    wanted = os.environ.get("NEWSFRAME_SCREENSHOTS", "")
    if wanted:
        folder = (config.reports_dir() / "screenshots" if wanted.lower() in {"1", "true", "yes"}
                  else Path(wanted))
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(shot, folder / shot.name)
    return shot


def _code_cells(path: Path) -> int:
    return sum(c["cell_type"] == "code"
               for c in json.loads(path.read_text(encoding="utf-8"))["cells"])


@contextmanager
def _notebook_page(browser, lab, name: str, tmp_path: Path):
    """A page for one notebook; on the way out a screenshot (if none yet), the page closed and
    the notebook's kernel shut down."""
    base, token, _, _ = lab
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        yield page
    finally:
        try:
            if not (tmp_path / f"{Path(name).stem}.png").exists():  # failed before its shot
                _screenshot(page, tmp_path, Path(name).stem)
            page.close()
            for session in _api(base, token, "/api/sessions"):
                if session["path"] == name:
                    _api(base, token, f"/api/sessions/{session['id']}", method="DELETE")
        except Exception:  # the test's own failure matters, not the cleanup's
            pass  # the server finalizer still stops every kernel


def _open_and_run(page, lab, name: str) -> dict:
    """Open the notebook in JupyterLab, Run > Run All Cells, wait; return the page state."""
    base, token, root, _ = lab
    n_code = _code_cells(root / name)
    # "reset": a fresh workspace, not the previous test's open tabs
    page.goto(f"{base}/lab/tree/{name}?token={token}&reset", timeout=60_000)
    page.wait_for_function(
        f"n => {{ const p = {PANEL_JS}; return p.length === 1 && "
        "p[0].querySelectorAll('.jp-Notebook .jp-CodeCell').length === n; }",
        arg=n_code, timeout=60_000)
    _wait_for_kernel(page, base, token, name)
    _run_all(page)
    return _wait_until_done(page, name, n_code)


def _save(page, path: Path, state: dict) -> tuple[list[dict], list[dict]]:
    """Save from JupyterLab (Ctrl+S); return the saved file's error and image outputs."""
    page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook").click(
        position={"x": 5, "y": 5})
    page.keyboard.press("Control+s")
    saved = _saved_outputs(path, sum(any(c.isdigit() for c in p) for p in state["prompts"]))
    outputs = [o for c in saved["cells"] if c["cell_type"] == "code" for o in c.get("outputs", [])]
    errors = [o for o in outputs if o.get("output_type") == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    return errors, images


# ---------------------------------------------------------------------------------------- test
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_in_jupyterlab(path, lab, browser, tmp_path):
    name, (_, _, root, figures) = path.name, lab
    with _notebook_page(browser, lab, name, tmp_path) as page:
        state = _open_and_run(page, lab, name)
        shot = _screenshot(page, tmp_path, path.stem)
        assert not state["errors"], f"{name}: a cell failed in JupyterLab:\n{state['errors'][0]}"
        assert all(any(c.isdigit() for c in p) for p in state["prompts"]), state["prompts"]
        assert state["images"] >= 1, f"{name}: no figure rendered (screenshot {shot})"
        assert state["loaded"] == state["images"], f"{name}: an image did not load ({shot})"
        errors, images = _save(page, root / name, state)
        assert not errors, f"{name}: the saved notebook has an error output {errors[0]['ename']}"
        assert images, f"{name}: the saved notebook has no figure"
        assert sorted(figures.glob("*.png")), "save_figure wrote no PNG"
        saved = (root / name).read_text(encoding="utf-8")
        has_widget = "application/vnd.jupyter.widget-view+json" in saved
        assert has_widget or path.stem != "04_explore", f"{name}: no widget in the saved outputs"
        if has_widget:  # the explorer: rendered by JupyterLab's widget manager, offline
            assert state["widgets"] >= 1 and not state["widget_errors"], \
                f"{name}: the widget did not render ({shot})"
            widget = page.locator(".jp-OutputArea-output:has(.widget-tab)").first
            widget.screenshot(path=str(tmp_path / f"{path.stem}_widget.png"))
            _keep(tmp_path / f"{path.stem}_widget.png")


def test_the_browser_check_sees_a_failing_cell(lab, browser, tmp_path):
    """The same steps on a notebook that fails: the error is found, stderr alone is not one."""
    name = SELF_CHECK
    with _notebook_page(browser, lab, name, tmp_path) as page:
        state = _open_and_run(page, lab, name)
        _screenshot(page, tmp_path, Path(name).stem)
        assert len(state["errors"]) == 1 and "ZeroDivisionError" in state["errors"][0]
        assert state["images"] == state["loaded"] == 1
        assert [any(c.isdigit() for c in p) for p in state["prompts"]] == [True, True, True, False]
        errors, images = _save(page, lab[2] / name, state)
        assert [e["ename"] for e in errors] == ["ZeroDivisionError"] and len(images) == 1
