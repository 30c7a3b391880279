"""Load a news corpus into the ``articles`` table, accounting for every input file.

``load_corpus`` reads scraped text/markdown files, HTML pages (main text by trafilatura), and
exports (CSV/TSV, JSON lines, JSON, Parquet, optionally gzipped) from a file, a folder (recursive)
or the bundled ``data/``; cleans scraped text (:mod:`analysis.corpus.scraped`); splits pages that
carry several stories; infers outlet, date, URL and title with the evidence each came from;
applies a manifest; and flags exact and near duplicates (never dropping them). Every file gets a
row in the load report (``articles.attrs["load_report"]``, also returned by :func:`load_report`):
loaded / skipped / missing, with the reason. Files are only read, never written. The steps are
those of :mod:`analysis.corpus.steps`; ``cache=True`` goes through :mod:`analysis.corpus.cache`,
``engine="dask"`` through :mod:`analysis.corpus.dask_loading`.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from pathlib import Path

import pandas as pd
import pyarrow as pa

from .._memory import release_memory
from .._progress import progress
from .cache import cache_folder, corpus_key, read_cached_table, write_cached_table
from .dask_loading import load_corpus_dask
from .steps import file_tasks, finish_articles, load_file, resolve_sources, warn_load_problems


def load_corpus(
    source: str | Path | Iterable[str | Path] | None = None,
    *,
    manifest: str | Path | pd.DataFrame | None = None,
    columns: dict[str, str] | None = None,
    near_duplicate_threshold: float | None = 0.8,
    engine: str = "pandas",
    client=None,
    cache: bool | str | Path = False,
) -> pd.DataFrame:
    """Load articles from files into a tidy ``articles`` table.

    Parameters
    ----------
    source : path, list of paths, or None
        A file, a folder (read recursively, in sorted order; hidden files and folders are
        ignored) or a list of them. ``None`` loads the bundled corpus ``data/raw/`` with its
        manifest ``data/corpus.csv``.
    manifest : path or DataFrame, optional
        A CSV keyed by ``file`` (file name or path relative to the source folder) with any of
        ``outlet, date, title, url``; non-empty values override what was inferred. A manifest's
        outlet holds for every story of a file, its date/title/url for the first story only.
    columns : dict, optional
        For exports: which column holds ``text``, ``title``, ``date``, ``outlet``, ``url``,
        ``doc_id``. Without it the common names of Media Cloud, news-please, AllSides and similar
        exports are recognised (see ``analysis.corpus.readers.COLUMN_CANDIDATES``).
    near_duplicate_threshold : float or None
        Jaccard similarity of word 5-gram sets above which two articles are flagged as near
        duplicates (MinHash LSH, Broder 1997), in ``near_duplicate_of``. ``None`` skips the
        near-duplicate search (a third of the loading time of a large corpus whose articles
        share much text); exact duplicates are still flagged.
    engine : {"pandas", "dask"}
        ``"dask"`` reads and cleans the files in parallel on a Dask cluster
        (:func:`analysis.corpus.dask_loading.load_corpus_dask`); the table is the same.
    client : dask.distributed.Client or str, optional
        With ``engine="dask"``: the client, or a scheduler address such as
        ``"tcp://10.0.0.5:8786"``. Default: the current client, else a local cluster.
    cache : bool or path
        ``True`` keeps the table in the Parquet cache (:mod:`analysis.corpus.cache`, folder
        ``.cache/newsframe/``) and reads it from there while no input file has changed; a path
        names another cache folder.

    Returns
    -------
    DataFrame
        One row per article: ``doc_id, outlet, date (datetime64, NaT if unknown), title, url,
        text, source_file, n_words``, what cleaning separated out (``captions``, ``highlights``,
        ``removed``: newline-joined), ``dateline``, ``part`` (story number within its file), where
        each field came from (``*_source``), ``encoding``, ``content_hash``, ``duplicate_of``,
        ``near_duplicate_of``. ``attrs["load_report"]`` lists every file with its status.
        A bad value in an export (a date out of range or unparseable, a list where text is
        expected) empties that field only, a broken line skips that line only: both are counted
        and listed per file in the load report and summed up in one :class:`CorpusWarning`.

    Raises
    ------
    FileNotFoundError
        A source path or the manifest path does not exist (nothing is loaded).

    Examples
    --------
    >>> articles = load_corpus()
    >>> len(articles), articles["outlet"].nunique()
    (6, 4)
    """
    _check_options(engine, near_duplicate_threshold)
    if cache:
        articles = load_corpus_cached(source, manifest=manifest, cache=cache, columns=columns,
                                      near_duplicate_threshold=near_duplicate_threshold,
                                      engine=engine, client=client)
        release_memory(len(articles))
        return articles
    if engine == "dask":
        return load_corpus_dask(source, manifest=manifest, columns=columns,
                                near_duplicate_threshold=near_duplicate_threshold, client=client)
    articles = _read_with_pandas(source, manifest, columns, near_duplicate_threshold)
    warn_load_problems(articles.attrs["load_report"], articles)
    return articles


def _check_options(engine: str, near_duplicate_threshold: float | None) -> None:
    """Reject an unknown engine or a threshold outside (0, 1]."""
    if engine not in ("pandas", "dask"):
        raise ValueError(f"engine must be 'pandas' or 'dask', got {engine!r}")
    if near_duplicate_threshold is not None and not 0 < near_duplicate_threshold <= 1:
        raise ValueError("near_duplicate_threshold must be in (0, 1] or None, got "
                         f"{near_duplicate_threshold!r}")


def _read_with_pandas(source, manifest, columns: dict | None,
                      near_duplicate_threshold: float | None) -> pd.DataFrame:
    """Every file read in this process, in order, then the table built (without the warning)."""
    sources, manifest = resolve_sources(source, manifest)
    tasks = file_tasks(sources)
    records: list[dict] = []
    report: list[dict] = []
    for path, rel, missing in progress(tasks, total=len(tasks), desc="reading files",
                                       unit="file", at_least=1000):
        if missing is not None:
            report.append(missing)
            continue
        recs, row = load_file(path, rel, columns)
        records.extend(recs)
        report.append(row)
        if row["bytes"] > 50_000_000:  # a large export: give its parsing memory back now
            release_memory()
    articles = finish_articles(records, report, manifest, near_duplicate_threshold)
    del records
    release_memory(len(articles))  # parsing leaves GBs of freed memory in the allocator
    return articles


def load_corpus_cached(source=None, *, manifest=None, cache: bool | str | Path = True,
                       progress: bool = True, **params) -> pd.DataFrame:
    """``load_corpus`` through the cache: read the stored table if its inputs are unchanged.

    ``params`` are passed to :func:`load_corpus` (``columns``, ``near_duplicate_threshold``,
    ``engine``, ``client``). The engine does not enter the key: both engines give the same
    table. The key and the files are those of :mod:`analysis.corpus.cache`.
    """
    key_params = {k: v for k, v in params.items() if k not in ("engine", "client")}
    key = corpus_key(source, manifest=manifest, params=key_params, progress=progress)
    path = cache_folder(cache) / "corpus" / f"{key}.parquet"
    if path.exists():
        try:
            articles = read_cached_table(path)
        except (OSError, pa.ArrowException, ValueError) as exc:
            warnings.warn(f"unreadable cache file {path} ({exc}); loading again", stacklevel=2)
        else:
            articles.attrs["cache"] = str(path)
            warn_load_problems(articles.attrs["load_report"], articles, stacklevel=4)
            return articles
    articles = load_corpus(source, manifest=manifest, cache=False, **params)
    write_cached_table(articles, path)
    articles.attrs["cache"] = str(path)
    return articles


def load_report(articles: pd.DataFrame) -> pd.DataFrame:
    """The per-file load report of a table returned by :func:`load_corpus`.

    ``file, status (loaded / skipped / missing / warning), reason, articles, bytes, encoding,
    bad_values, skipped_lines``: ``bad_values`` counts the values of a loaded export that were
    emptied or converted, ``skipped_lines`` its unreadable lines (or records) and rows without
    text; ``reason`` names them with their line numbers ("2 dates out of range (before 1677 or
    after 2262) set empty (lines 17, 48)"). Rows in a file = ``articles + skipped_lines``.
    """
    report = articles.attrs.get("load_report")
    if report is None:
        raise ValueError("this table carries no load report (it was not made by load_corpus)")
    return report

