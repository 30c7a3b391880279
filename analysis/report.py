"""Run the notebooks headless and render them as reports.

Each notebook in ``notebooks/`` is executed with papermill. The corpus is a papermill parameter
(``CORPUS``, the notebooks' only parameter); the output folder reaches the kernel as
``NEWSFRAME_FIGURES_DIR``, which :func:`analysis.figures.save_figure` writes to. Each notebook
writes into a fresh folder that is then moved into the figures folder, so the run knows exactly
which files each notebook produced (and notices two notebooks writing the same figure name).
The executed notebook is kept as ``reports/NAME.ipynb`` and rendered to ``reports/NAME.html``
with the code hidden; ``notebooks/`` itself stays output-free.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import config

NOTEBOOKS_DIR = config.PROJ_ROOT / "notebooks"
#: Cells with this tag discuss the bundled articles by name; a report on another corpus
#: leaves them out, so it never states findings about articles it does not contain.
BUNDLED_TAG = "bundled-example"


def notebook_articles(corpus: str | Path | None = None,
                      articles: str | Path | None = None) -> pd.DataFrame:
    """The articles a notebook works on: the table ``make report`` loaded once, else a load.

    Parameters
    ----------
    corpus : path, optional
        A corpus file or folder for :func:`analysis.corpus.load_corpus` (default: bundled).
    articles : path, optional
        A Parquet file written by :func:`build_report` (the corpus loaded once with the
        analyst's options); read instead of loading ``corpus`` again.

    Examples
    --------
    >>> notebook_articles()["doc_id"].size > 0
    True
    """
    if articles:
        from .corpus.cache import read_cached_table

        return read_cached_table(Path(articles))
    from .corpus import load_corpus

    return load_corpus(corpus)


def _without_tagged(path: Path, tag: str, folder: Path) -> Path:
    """A copy of the notebook without the cells tagged ``tag`` (the source is untouched)."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    nb.cells = [c for c in nb.cells if tag not in c.get("metadata", {}).get("tags", [])]
    out = folder / path.name
    nbformat.write(nb, out)
    return out


@dataclass
class NotebookRun:
    """What running one notebook produced.

    Attributes
    ----------
    notebook : Path
        The source notebook.
    executed : Path or None
        The executed copy (``reports/NAME.ipynb``); present even when a cell failed.
    html : Path or None
        The rendered report (``reports/NAME.html``).
    figures : list of Path
        Files the notebook wrote through ``save_figure`` (PNG, SVG, CSV, MD), sorted.
    error : str or None
        ``None`` when every cell ran; otherwise where and why it stopped.
    seconds : float
        Wall-clock time of the run.
    """

    notebook: Path
    executed: Path | None = None
    html: Path | None = None
    figures: list[Path] = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def written(self) -> list[Path]:
        """Every file this run wrote: figures, then the executed notebook and its HTML."""
        return [*self.figures, *(p for p in (self.executed, self.html) if p is not None)]


class ReportError(RuntimeError):
    """One or more notebooks failed; ``runs`` holds every notebook's :class:`NotebookRun`."""

    def __init__(self, runs: list[NotebookRun]):
        self.runs = runs
        failed = [r for r in runs if not r.ok]
        lines = [f"{r.notebook.name}: {r.error}" for r in failed]
        super().__init__(f"{len(failed)} of {len(runs)} notebook(s) failed:\n  "
                         + "\n  ".join(lines))


def notebook_paths() -> list[Path]:
    """The kit's notebooks in reading order (``00_…`` first)."""
    return sorted(NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb"))


def select_notebooks(names: list[str] | None) -> list[Path]:
    """Notebooks matching ``names`` (a file name, a stem, or a prefix such as ``"00"``).

    Examples
    --------
    >>> [p.name for p in select_notebooks(["00"])]
    ['00_corpus.ipynb']
    """
    paths = notebook_paths()
    if not names:
        return paths
    chosen: list[Path] = []
    for name in names:
        hits = [p for p in paths if p.name == name or p.stem == name or p.name.startswith(name)]
        if not hits:
            raise ValueError(f"no notebook matches {name!r}; notebooks are "
                             f"{[p.stem for p in paths]}")
        chosen.extend(h for h in hits if h not in chosen)
    return sorted(chosen)


@contextmanager
def _env(var: str, value: str | None):
    before = os.environ.get(var)
    if value is not None:
        os.environ[var] = value
    try:
        yield
    finally:
        if value is not None:
            if before is None:
                os.environ.pop(var, None)
            else:
                os.environ[var] = before


class _QuietParameterParsing(logging.Filter):
    """Drop papermill's complaint about the parameters cell's comment.

    The cell reads ``CORPUS = None  # …; None = the bundled data/``; papermill's parameter
    inspection trips over the second ``=`` in the comment and then calls ``CORPUS`` unknown,
    although injecting it works.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        return not (msg.startswith("Unable to parse line") or
                    msg.startswith("Passed unknown parameter"))


def _describe(exc: BaseException) -> str:
    ename, evalue = getattr(exc, "ename", None), getattr(exc, "evalue", None)
    if ename:
        count = getattr(exc, "exec_count", None)
        where = f"cell [{count}]" if count is not None else "a cell"
        return f"{where} raised {ename}: {evalue}"
    return f"{type(exc).__name__}: {exc}"


def run_notebook(path: Path, out_dir: Path, *, corpus: str | None = None,
                 figures_dir: Path | None = None, timeout: int = 1200,
                 progress: bool = False, parameters: dict | None = None) -> Path:
    """Execute one notebook with papermill; return the executed copy's path.

    ``parameters`` are injected beside ``CORPUS`` (``ARTICLES``: a Parquet file of the loaded
    articles; ``GROUP``: an articles column every figure also compares). Raises papermill's
    ``PapermillExecutionError`` when a cell fails (the executed copy, with the traceback, is
    written first).
    """
    import papermill as pm

    out_dir.mkdir(parents=True, exist_ok=True)
    executed = out_dir / path.name
    scratch = tempfile.TemporaryDirectory(prefix="newsframe-nb-")
    if corpus is not None:  # another corpus than the bundled one
        source = _without_tagged(path, BUNDLED_TAG, Path(scratch.name))
    else:
        source = path
    bar = {"desc": f"  {path.stem}", "unit": "cell", "leave": False, "disable": None}
    folder = str(Path(figures_dir).resolve()) if figures_dir is not None else None
    quiet = _QuietParameterParsing()
    loggers = [logging.getLogger(n) for n in ("papermill", "papermill.translators")]
    for logger in loggers:
        logger.addFilter(quiet)
    try:
        with _env("NEWSFRAME_FIGURES_DIR", folder):
            pm.execute_notebook(
                str(source), str(executed), parameters={"CORPUS": corpus, **(parameters or {})},
                cwd=str(path.parent), progress_bar=bar if progress else False,
                execution_timeout=timeout, kernel_name="python3",
                # the kernel's per-start notice about unencrypted local TCP is noise here
                extra_arguments=["--IPKernelApp.log_level=ERROR"],
            )
    finally:
        for logger in loggers:
            logger.removeFilter(quiet)
        scratch.cleanup()
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


def _collect(scratch: Path, figures_dir: Path) -> list[Path]:
    figures_dir.mkdir(parents=True, exist_ok=True)
    moved = []
    for f in sorted(p for p in scratch.iterdir() if p.is_file()):
        target = figures_dir / f.name
        shutil.move(str(f), str(target))
        moved.append(target)
    return moved


def build_report(corpus: str | Path | None = None, *, articles=None, group: str | None = None,
                 figures_dir: Path | None = None,
                 reports_dir: Path | None = None, notebooks: list[Path] | None = None,
                 progress: bool = True, timeout: int = 1200,
                 raise_on_error: bool = True) -> list[NotebookRun]:
    """Execute every notebook; write its figures and ``reports/NAME.{ipynb,html}``.

    Every notebook is run even when an earlier one fails (its HTML then shows the traceback).

    Parameters
    ----------
    corpus : path, optional
        A corpus file or folder, given to each notebook as ``CORPUS``; default the bundled data.
    articles : DataFrame, optional
        The corpus already loaded (``load_corpus`` with the analyst's options): written once to
        a temporary Parquet file that every notebook reads (``ARTICLES``) instead of loading
        ``corpus`` again (``corpus`` still names it: ``None`` means the bundled articles, and
        only then are the cells tagged ``bundled-example`` kept).
    group : str, optional
        An articles column (e.g. AllSides' ``bias_text``) that the figures also compare
        (``GROUP``); outlets are always shown too.
    figures_dir, reports_dir : path, optional
        Default :func:`analysis.config.figures_dir` and :func:`analysis.config.reports_dir`.
    notebooks : list of Path, optional
        Default: every ``notebooks/NN_*.ipynb`` (see :func:`select_notebooks`).
    progress : bool
        Progress bars on stderr (notebooks, and cells within each).
    timeout : int
        Seconds one cell may run.
    raise_on_error : bool
        Raise :class:`ReportError` at the end if a notebook failed.

    Returns
    -------
    list of NotebookRun
        One per notebook, in order: the files written, the time taken, the error if any.

    Examples
    --------
    ``build_report()`` runs on the bundled corpus; ``build_report("path/to/corpus")`` on yours.
    """
    figures_dir = Path(figures_dir) if figures_dir else config.figures_dir()
    reports_dir = Path(reports_dir) if reports_dir else config.reports_dir()
    if corpus is not None:
        source = Path(corpus).expanduser()
        if not source.exists():
            raise FileNotFoundError(f"corpus {str(corpus)!r} does not exist")
        corpus = str(source.resolve())
    paths = notebooks if notebooks is not None else notebook_paths()
    if not paths:
        raise FileNotFoundError(f"no notebooks (NN_*.ipynb) in {NOTEBOOKS_DIR}")
    if group is not None and articles is not None and group not in articles.columns:
        raise ValueError(f"articles have no column {group!r}; columns are "
                         f"{list(articles.columns)}")
    with tempfile.TemporaryDirectory(prefix="newsframe-articles-") as tmp:
        params: dict = {"GROUP": group}
        if articles is not None:
            from .corpus.cache import write_cached_table

            params["ARTICLES"] = str(write_cached_table(articles, Path(tmp) / "articles.parquet"))
        runs = _run_all(paths, corpus, params, figures_dir, reports_dir, progress, timeout)
    if raise_on_error and any(not r.ok for r in runs):
        raise ReportError(runs)
    return runs


def _run_all(paths: list[Path], corpus: str | None, params: dict, figures_dir: Path,
             reports_dir: Path, progress: bool, timeout: int) -> list[NotebookRun]:
    from tqdm import tqdm

    runs: list[NotebookRun] = []
    owner: dict[str, str] = {}
    bar = tqdm(paths, desc="notebooks", unit="nb", disable=None if progress else True)
    for nb in bar:
        bar.set_postfix_str(nb.stem)
        run = NotebookRun(Path(nb))
        start = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix="newsframe-figures-") as scratch:
            try:
                run.executed = run_notebook(Path(nb), reports_dir, corpus=corpus,
                                            figures_dir=Path(scratch), timeout=timeout,
                                            progress=progress, parameters=params)
            except Exception as exc:  # a failing notebook must not stop the others
                run.error = _describe(exc)
                executed = reports_dir / Path(nb).name
                run.executed = executed if executed.exists() else None
            run.figures = _collect(Path(scratch), figures_dir)
        for f in run.figures:
            if f.name in owner and run.error is None:
                run.error = f"figure file {f.name} was also written by {owner[f.name]}"
            owner.setdefault(f.name, Path(nb).name)
        if run.executed is not None:
            run.html = to_html(run.executed)
        run.seconds = time.perf_counter() - start
        runs.append(run)
    bar.close()
    return runs
