"""Run the notebooks headless and render them as reports.

Each notebook in ``notebooks/`` is executed with papermill (parameters: ``CORPUS``), its figures
go to the figures folder (``NEWSFRAME_FIGURES_DIR``), and the executed notebook is rendered to
``reports/NAME.html`` with the code hidden. Executed copies are written to the reports folder,
never back into ``notebooks/`` (which stays output-free in git).
"""

from __future__ import annotations

import os
from pathlib import Path

from . import config

NOTEBOOKS_DIR = config.PROJ_ROOT / "notebooks"


def notebook_paths() -> list[Path]:
    """The kit's notebooks in reading order (``00_…`` first)."""
    return sorted(NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb"))


def run_notebook(path: Path, out_dir: Path, *, corpus: str | None = None,
                 figures_dir: Path | None = None, timeout: int = 1200) -> Path:
    """Execute one notebook with papermill; return the executed copy's path."""
    import papermill as pm

    out_dir.mkdir(parents=True, exist_ok=True)
    executed = out_dir / path.name
    env_before = os.environ.get("NEWSFRAME_FIGURES_DIR")
    if figures_dir is not None:
        os.environ["NEWSFRAME_FIGURES_DIR"] = str(Path(figures_dir).resolve())
    try:
        pm.execute_notebook(
            str(path), str(executed), parameters={"CORPUS": corpus},
            cwd=str(path.parent), progress_bar=False, execution_timeout=timeout,
            kernel_name="python3",
        )
    finally:
        if figures_dir is not None:
            if env_before is None:
                os.environ.pop("NEWSFRAME_FIGURES_DIR", None)
            else:
                os.environ["NEWSFRAME_FIGURES_DIR"] = env_before
    return executed


def to_html(executed: Path) -> Path:
    """Render an executed notebook to HTML next to it, code cells hidden."""
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(executed, as_version=4)
    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nb)
    html = executed.with_suffix(".html")
    html.write_text(body, encoding="utf-8")
    return html


def build_report(corpus: str | None = None, *, figures_dir: Path | None = None,
                 reports_dir: Path | None = None, notebooks: list[Path] | None = None,
                 progress: bool = True) -> list[Path]:
    """Execute every notebook and write ``reports/*.html``; return the files written.

    Examples
    --------
    ``build_report()`` runs on the bundled corpus; ``build_report("path/to/corpus")`` on yours.
    """
    from tqdm.auto import tqdm

    figures_dir = Path(figures_dir) if figures_dir else config.figures_dir()
    reports_dir = Path(reports_dir) if reports_dir else config.reports_dir()
    corpus = str(Path(corpus).expanduser().resolve()) if corpus else None
    written: list[Path] = []
    paths = notebooks if notebooks is not None else notebook_paths()
    for nb in tqdm(paths, desc="notebooks", disable=not progress):
        executed = run_notebook(nb, reports_dir, corpus=corpus, figures_dir=figures_dir)
        written.append(to_html(executed))
    return written
