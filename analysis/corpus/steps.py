"""Load a news corpus into the ``articles`` table, accounting for every input file.

``load_corpus`` reads scraped text/markdown files, HTML pages (main text by trafilatura), and
exports (CSV/TSV, JSON lines, JSON, Parquet, optionally gzipped) from a file, a folder (recursive)
or the bundled ``data/``; cleans scraped text (:mod:`analysis.scraped`); splits pages that carry
several stories; infers outlet, date, URL and title with the evidence each came from; applies a
manifest; and flags exact and near duplicates (never dropping them). Every file gets a row in
the load report (``articles.attrs["load_report"]``, also returned by :func:`load_report`):
loaded / skipped / missing, with the reason. Files are only read, never written.
"""

from __future__ import annotations

import hashlib
import os
import warnings
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from . import config
from ._memory import release_memory
from ._progress import progress
from .documents import (
    DOCUMENT_KINDS,
    EXPORT_COLUMNS,
    export_records,
    html_export_records,
    read_document,
)
from .exports import RECORD_COLUMNS, normalise, parse_dates, records_from_table, words_and_norm
from .outlets import outlet_from_url
from .readers import (
    MAX_TEXT_BYTES,
    SkipFile,
    decode,
    kind_of,
    read_bytes,
    read_html,
    read_table,
)
from .scraped import DATE_PRIORITY, OUTLET_PRIORITY, best, parse_scraped

ARTICLE_COLUMNS = [
    "doc_id", "outlet", "date", "title", "url", "text", "source_file", "n_words",
    "captions", "highlights", "removed", "dateline", "part",
    "outlet_source", "date_source", "title_source", "url_source",
    "encoding", "content_hash", "duplicate_of", "near_duplicate_of", "outlet_raw", "section",
]
REPORT_COLUMNS = ["file", "status", "reason", "articles", "bytes", "encoding", "bad_values",
                  "skipped_lines"]


class CorpusWarning(UserWarning):
    """Something in the input was skipped or could not be used; see the load report."""


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
        exports are recognised (see ``analysis.readers.COLUMN_CANDIDATES``).
    near_duplicate_threshold : float or None
        Jaccard similarity of word 5-gram sets above which two articles are flagged as near
        duplicates (MinHash LSH, Broder 1997), in ``near_duplicate_of``. ``None`` skips the
        near-duplicate search (a third of the loading time of a large corpus whose articles
        share much text); exact duplicates are still flagged.
    engine : {"pandas", "dask"}
        ``"dask"`` reads and cleans the files in parallel on a Dask cluster
        (:func:`analysis.distributed.load_corpus_dask`); the table is the same.
    client : dask.distributed.Client or str, optional
        With ``engine="dask"``: the client, or a scheduler address such as
        ``"tcp://10.0.0.5:8786"``. Default: the current client, else a local cluster.
    cache : bool or path
        ``True`` keeps the table in the Parquet cache (:mod:`analysis.cache`, folder
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
    if engine not in ("pandas", "dask"):
        raise ValueError(f"engine must be 'pandas' or 'dask', got {engine!r}")
    if near_duplicate_threshold is not None and not 0 < near_duplicate_threshold <= 1:
        raise ValueError("near_duplicate_threshold must be in (0, 1] or None, got "
                         f"{near_duplicate_threshold!r}")
    if cache:
        from .cache import load_corpus_cached

        articles = load_corpus_cached(source, manifest=manifest, cache=cache, columns=columns,
                                      near_duplicate_threshold=near_duplicate_threshold,
                                      engine=engine, client=client)
        release_memory(len(articles))
        return articles
    if engine == "dask":
        from .distributed import load_corpus_dask

        return load_corpus_dask(source, manifest=manifest, columns=columns,
                                near_duplicate_threshold=near_duplicate_threshold, client=client)
    sources, manifest = _resolve_sources(source, manifest)
    tasks = _file_tasks(sources)
    records: list[dict] = []
    report: list[dict] = []
    for path, rel, missing in progress(tasks, total=len(tasks), desc="reading files",
                                       unit="file", at_least=1000):
        if missing is not None:
            report.append(missing)
            continue
        recs, row = _load_file(path, rel, columns)
        records.extend(recs)
        report.append(row)
        if row["bytes"] > 50_000_000:  # a large export: give its parsing memory back now
            release_memory()
    articles = _finish(records, report, manifest, near_duplicate_threshold)
    del records
    release_memory(len(articles))  # parsing leaves GBs of freed memory in the allocator
    _warn(articles.attrs["load_report"], articles)
    return articles


def _resolve_sources(source, manifest) -> tuple[list[Path], object]:
    if source is None:
        sources = [config.RAW_DIR]
        if manifest is None and config.MANIFEST.exists():
            manifest = config.MANIFEST
    elif isinstance(source, (str, Path)):
        sources = [Path(source)]
    else:
        sources = [Path(s) for s in source]
    for path in sources:
        if not path.expanduser().exists():
            raise FileNotFoundError(f"corpus source {str(path)!r} does not exist")
    if isinstance(manifest, (str, Path)) and not Path(manifest).expanduser().is_file():
        raise FileNotFoundError(f"manifest {str(manifest)!r} does not exist")
    return sources, manifest


def _file_tasks(sources: list[Path]) -> list[tuple[Path | None, str, dict | None]]:
    """Every file to read as ``(path, relative name, None)``, in order; a missing source as
    ``(None, name, its report row)``."""
    tasks: list[tuple[Path | None, str, dict | None]] = []
    for root in sources:
        root = Path(root).expanduser()
        if not root.exists():
            tasks.append((None, str(root), _report_row(str(root), "missing",
                                                       "path does not exist")))
            continue
        if root.is_file():
            tasks.append((root, root.relative_to(root.parent).as_posix(), None))
            continue
        n = len(root.parts)
        tasks.extend((path, _relative(path, root, n), None) for path in _walk(root))
    return tasks


def _finish(records: list[dict], report: list[dict], manifest,
            near_duplicate_threshold: float | None) -> pd.DataFrame:
    """Records of every file → the articles table with manifest, duplicates and load report."""
    articles = _to_frame(records)
    if manifest is not None:
        articles, manifest_report = _apply_manifest(articles, manifest)
        report.extend(manifest_report)
    articles = _flag_duplicates(articles, near_duplicate_threshold)
    report_df = pd.DataFrame(report, columns=REPORT_COLUMNS)
    articles.attrs["load_report"] = report_df
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


def _relative(path: Path, base: Path, n: int) -> str:
    """``path.relative_to(base).as_posix()`` for a path found under ``base`` (``n`` parts)."""
    parts = path.parts
    if parts[:n] == base.parts:
        return "/".join(parts[n:])
    return path.relative_to(base).as_posix()


def _walk(folder: Path) -> list[Path]:
    """Files under ``folder`` (hidden files and folders left out), in path order (the order of
    ``sorted(folder.rglob("*"))``, compared by path parts, without building and comparing
    ``Path`` objects: 0.95 s instead of 1.2 s for 100,000 files)."""
    out = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        out.extend(os.path.join(root, f) for f in files if not f.startswith("."))
    out = [p for p in out if os.path.isfile(p)]
    out.sort(key=lambda p: p.split(os.sep))
    return [Path(p) for p in out]


def _report_row(file: str, status: str, reason: str = "", n: int = 0, size: int = 0,
                encoding: str = "", bad_values: int = 0, skipped_lines: int = 0) -> dict:
    return {"file": file, "status": status, "reason": reason, "articles": n, "bytes": size,
            "encoding": encoding, "bad_values": bad_values, "skipped_lines": skipped_lines}


def _load_file(path: Path, rel: str, columns: dict | None) -> tuple[list[dict], dict]:
    try:
        size = path.stat().st_size
    except OSError as exc:
        return [], _report_row(rel, "skipped", f"unreadable ({exc})")
    kind = kind_of(path)
    if kind is None:
        return [], _report_row(rel, "skipped", f"unknown file type {path.suffix or '(none)'}",
                               size=size)
    if size == 0:
        return [], _report_row(rel, "skipped", "empty file", size=size)
    if kind in ("text", "html", "rtf") and size > MAX_TEXT_BYTES:
        return [], _report_row(
            rel, "skipped",
            f"too large for one article ({size / 1e6:.0f} MB > {MAX_TEXT_BYTES / 1e6:.0f} MB)",
            size=size,
        )
    status_reason, problems = None, (0, 0)
    try:
        if kind == "text":
            text, enc = decode(read_bytes(path))
            recs, status_reason = (export_records(text, rel, enc)
                                   or (_records_from_scraped(text, rel, enc), None))
        elif kind in DOCUMENT_KINDS:
            recs, enc, status_reason = read_document(path, kind, rel, columns)
            if not recs:
                raise SkipFile(status_reason or "no article text")
            problems = getattr(status_reason, "counts", (0, 0))
        elif kind == "html":
            recs, status_reason = (html_export_records(path, rel)
                                   or (_records_from_html(read_html(path), rel), None))
            enc = ""
        else:
            recs, note = _records_from_table(read_table(path), rel, columns)
            enc = ""
            if not recs:
                raise SkipFile(note or "no rows with text")
            status_reason = note
            problems = note.counts
    except SkipFile as exc:
        return [], _report_row(rel, "skipped", str(exc), size=size)
    except (OSError, MemoryError) as exc:
        return [], _report_row(rel, "skipped", f"unreadable ({type(exc).__name__}: {exc})",
                               size=size)
    if isinstance(recs, _Block):
        return [recs.frame], _report_row(rel, "loaded", status_reason, len(recs), size, enc,
                                         *problems)
    recs = [r for r in recs if r["text"].strip()]
    if not recs:
        return [], _report_row(rel, "skipped", "no article text after cleaning", size=size,
                               encoding=enc)
    reason = status_reason if status_reason is not None else (
        f"{len(recs)} stories on one page" if len(recs) > 1 else ""
    )
    if enc and enc not in ("utf-8", "utf-8-sig"):
        reason = "; ".join(filter(None, [reason, f"decoded as {enc}"]))
    return recs, _report_row(rel, "loaded", reason, len(recs), size, enc)


def _doc_id(rel: str) -> str:
    parts = rel.split("/")
    if all(parts) and "." not in parts:  # already a clean relative path: no Path needed
        name = parts[-1]
        stem = name.split(".")[0] if name.count(".") else name
        if stem:
            return "/".join(parts[:-1] + [stem])
    p = Path(rel)
    stem = p.name.split(".")[0] if p.name.count(".") else p.name
    return (p.parent / stem).as_posix() if str(p.parent) != "." else stem


def _records_from_scraped(text: str, rel: str, enc: str) -> list[dict]:
    base = _doc_id(rel)
    recs = []
    for i, st in enumerate(parse_scraped(text)):
        date, date_src = best(st.dates, DATE_PRIORITY)
        if date_src == "dateline_year":  # a dateline whose year came from the page: ranked
            date_src = "dateline"        # lower, but reported as the dateline it is
        outlet, outlet_src = best(st.outlets, OUTLET_PRIORITY)
        recs.append({
            "doc_id": base if i == 0 else f"{base}-{i + 1}",
            "outlet": outlet, "outlet_source": outlet_src,
            "outlet_raw": st.outlet_raw.get(outlet_src) if outlet_src else None,
            "section": None,
            "date": date, "date_source": date_src,
            "title": st.title, "title_source": "text" if st.title else None,
            "url": st.urls[0] if st.urls else None,
            "url_source": "text" if st.urls else None,
            "text": st.text, "source_file": rel,
            "captions": "\n".join(st.captions), "highlights": "\n".join(st.highlights),
            "removed": "\n".join(st.removed), "dateline": st.dateline, "part": i + 1,
            "encoding": enc,
        })
    return recs


def _records_from_html(page: dict, rel: str) -> list[dict]:
    recs = _records_from_scraped(page["text"], rel, "")
    for r in recs[:1]:
        if page.get("date"):
            r["date"], r["date_source"] = page["date"], "html_meta"
        if page.get("title") and not r["title"]:
            r["title"], r["title_source"] = page["title"], "html_meta"
        if page.get("url"):
            r["url"], r["url_source"] = page["url"], "html_meta"
    for r in recs:
        if page.get("title") and r["title"] == page["title"] and r["part"] == 1:
            r["title_source"] = "html_meta"
        outlet = (outlet_from_url(page["url"]) if page.get("url") else None)
        if outlet:
            r["outlet"], r["outlet_source"] = outlet, "url"
        elif not r["outlet"] and page.get("sitename"):
            r["outlet"], r["outlet_source"] = page["sitename"], "html_meta"
    return recs


class _Block:
    """The records of one export, as a frame (see :func:`analysis.exports.records_from_table`).

    Falsy when empty, like a list of records; ``_load_file`` returns ``[frame]``, so callers
    that extend a list of records with it get the frame as one item (``_to_frame`` takes both).
    """

    def __init__(self, frame: pd.DataFrame):
        self.frame = frame

    def __len__(self) -> int:
        return len(self.frame)


class _Note(str):
    """The load report's reason for an export, carrying ``counts`` (bad values, skipped lines)."""

    counts: tuple[int, int] = (0, 0)


def _records_from_table(table: pd.DataFrame, rel: str,
                        columns: dict | None) -> tuple[_Block, _Note]:
    frame, notes, n_bad, n_skipped = records_from_table(table, rel, _doc_id(rel), columns)
    note = _Note("; ".join(notes))
    note.counts = (n_bad, n_skipped)
    return _Block(frame), note


def _normalise(text: str) -> str:
    return normalise(text)


def _parse_dates(values: pd.Series) -> pd.Series:
    """Dates as tz-naive datetime64 (UTC where a zone was given); unparseable → NaT."""
    return parse_dates(values)


_STRING_COLUMNS = ("title", "url", "text", "source_file", "captions", "highlights", "removed",
                   "dateline", "outlet_source", "date_source", "title_source", "url_source",
                   "encoding", "doc_id", "outlet_raw", "section")


def _to_frame(records: list, unique_ids: bool = True) -> pd.DataFrame:
    """Records (dicts, and frames of whole exports, in file order) → one table with ``n_words``
    and ``_norm`` (the normalised text for the duplicate search, Python strings). With
    ``unique_ids`` (not for one Dask part of a corpus) repeated ids are made unique."""
    parts, run = [], []
    for r in records:
        if isinstance(r, pd.DataFrame):
            if run:
                parts.append(_dicts_to_frame(run))
                run = []
            parts.append(r)
        else:
            run.append(r)
    if run or not parts:
        parts.append(_dicts_to_frame(run))
    df = parts[0] if len(parts) == 1 else pd.concat(parts, ignore_index=True)
    del parts
    df["outlet"] = df["outlet"].fillna("unknown").astype("string")
    return _unique_ids(df) if unique_ids else df


def _unique_ids(df: pd.DataFrame) -> pd.DataFrame:
    dup = df["doc_id"].duplicated(keep=False)
    if dup.any():  # two exports with the same ids: make them unique, say so
        df.loc[dup, "doc_id"] = df.loc[dup, "source_file"] + ":" + df.loc[dup, "doc_id"]
    return df


def _dicts_to_frame(records: list[dict]) -> pd.DataFrame:
    # Columns are built from lists with their dtype (faster than a frame of Python objects
    # converted afterwards); "_norm" stays Python strings for the duplicate search.
    columns = RECORD_COLUMNS + ["outlet_raw", "section"] + [
        c for c in EXPORT_COLUMNS  # database exports (byline, reported_words)
        if c not in ("section",) and any(c in r for r in records)]
    values = {c: [r.get(c) for r in records] for c in columns}
    df = pd.DataFrame({c: pd.Series(values[c], dtype="string" if c in _STRING_COLUMNS
                                    or c == "byline" else object) for c in columns})
    if "reported_words" in df:
        df["reported_words"] = pd.to_numeric(df["reported_words"]).astype("Int64")
    df["date"] = _parse_dates(df["date"].astype("string"))
    df["outlet"] = df["outlet"].astype("string")
    df["part"] = df["part"].astype("int64")
    texts = values["text"]
    if not all(isinstance(t, str) for t in texts):
        texts = df["text"].fillna("").tolist()
    n_words, norm = words_and_norm(texts)
    df["n_words"], df["_norm"] = n_words, pd.Series(norm, dtype=object)
    return df


def _read_manifest(manifest) -> tuple[pd.DataFrame, str, str]:
    """The manifest as a table of strings, its name for the load report, and its file column."""
    if isinstance(manifest, tuple):  # already read (sent to Dask workers)
        return manifest
    if isinstance(manifest, pd.DataFrame):
        man, name = manifest.astype("string"), "manifest"
    else:
        name = Path(manifest).name
        man = pd.read_csv(manifest, dtype="string", keep_default_na=False)
    key = next((c for c in ("file", "source_file", "filename", "path") if c in man.columns), None)
    if key is None:
        raise ValueError(f"manifest has no 'file' column; columns are {list(man.columns)}")
    return man, name, key


def _manifest_targets(entries: list[str], files: set) -> list:
    by_name = {Path(str(f)).name: f for f in files}
    return [e if e in files else by_name.get(Path(e).name) for e in entries]


def _manifest_missing(manifest, files: set) -> list[tuple[int, dict]]:
    """Report rows (with the manifest row number) of entries that name no loaded file."""
    man, name, key = _read_manifest(manifest)
    entries = [str(e).strip() for e in man[key].tolist()]
    return [(i, _report_row(e, "missing", f"named in {name} but not found"))
            for i, (e, t) in enumerate(zip(entries, _manifest_targets(entries, files)))
            if t is None]


def _apply_manifest(articles: pd.DataFrame, manifest, *, missing: bool = True,
                    indexed: bool = False) -> tuple[pd.DataFrame, list]:
    """Manifest values over the inferred ones (a later manifest row for the same file wins),
    by a join on the file name: linear in the number of articles and manifest rows.

    Returns the articles and the report rows in manifest order (``(row number, row)`` pairs
    with ``indexed``); ``missing=False`` leaves out the entries that name no file here (a Dask
    part of the corpus: the client reports those, see :func:`_manifest_missing`).
    """
    man, name, key = _read_manifest(manifest)
    files = set(articles["source_file"].dropna().unique())
    entries = [str(e).strip() for e in man[key].tolist()]
    targets = _manifest_targets(entries, files)
    notes: list[tuple[int, dict]] = (_manifest_missing((man, name, key), files) if missing
                                     else [])
    articles = articles.copy()
    first = (articles["part"] == 1).to_numpy()
    for fld in ("outlet", "date", "title", "url"):
        if fld not in man.columns:
            continue
        values = man[fld].astype("string").str.strip()
        ok = [t is not None and v is not pd.NA and v != "" for t, v in zip(targets, values)]
        if fld == "date":
            parsed = parse_dates(values.where(pd.Series(ok, index=values.index)))
            for i in np.flatnonzero(np.asarray(ok) & parsed.isna().to_numpy()):
                notes.append((i, _report_row(entries[i], "warning",
                                             f"{name}: unparseable date {values.iloc[i]!r} "
                                             "ignored")))
                ok[i] = False
            values = parsed
        mapping = {t: v for t, v, good in zip(targets, values.tolist(), ok) if good}
        if not mapping:
            continue
        where = articles["source_file"].isin(list(mapping)).to_numpy(bool, copy=True)
        if fld != "outlet":
            where &= first
        new = articles.loc[where, "source_file"].map(mapping)
        articles.loc[where, fld] = new.to_numpy() if fld == "date" else new.astype("string")
        articles.loc[where, f"{fld}_source"] = "manifest"
        if fld == "url":
            _dates_from_manifest_urls(articles, where & first)
    notes.sort(key=lambda x: x[0])
    return articles, (notes if indexed else [row for _, row in notes])


#: Date evidence weaker than a date in the article's URL (see analysis.scraped's ranking).
_WEAKER_THAN_URL = {None, "date_line", "updated_stamp", "page_header"}


def _dates_from_manifest_urls(articles: pd.DataFrame, rows: np.ndarray) -> None:
    """A URL the manifest gives dates its article (``date_source="url"``) when the article
    itself has no date or only weaker evidence than the URL (a loose date line, an update or
    print-edition stamp)."""
    from .metalines import date_from_url

    source = articles["date_source"].astype(object).where(articles["date_source"].notna(), None)
    weak = rows & source.isin(_WEAKER_THAN_URL).to_numpy(bool)
    if not weak.any():
        return
    found = articles.loc[weak, "url"].map(lambda u: date_from_url(str(u)) if pd.notna(u)
                                          else None)
    found = found[found.notna()]
    if len(found):
        articles.loc[found.index, "date"] = pd.to_datetime(list(found)).astype("datetime64[ns]")
        articles.loc[found.index, "date_source"] = "url"


def _content_hashes(norm: list[str]) -> list[str]:
    """A 64-bit BLAKE2b digest of each normalised text: equal texts, equal hashes."""
    return [hashlib.blake2b(t.encode("utf-8"), digest_size=8).hexdigest() for t in norm]


def _flag_duplicates(articles: pd.DataFrame, threshold: float | None,
                     signatures: tuple[np.ndarray, np.ndarray] | None = None) -> pd.DataFrame:
    """``content_hash``, ``duplicate_of`` and ``near_duplicate_of`` (MinHash LSH, see
    :mod:`analysis.dedup`). With ``signatures`` (the rows' MinHash signatures and shingle-set
    sizes, computed where the texts were read, with ``content_hash`` already set), only the
    candidate pairs' texts are shingled again here, to verify them."""
    if signatures is not None:
        return _flag_with_signatures(articles, threshold, signatures)
    if "_norm" in articles.columns:
        norm = articles["_norm"]
    else:
        norm = (articles["text"].fillna("").str.lower().str.replace(r"\W+", " ", regex=True)
                .str.strip())
    articles["content_hash"] = pd.Series(_content_hashes(norm.tolist()), index=articles.index,
                                         dtype="string")
    first = articles.groupby("content_hash", sort=False)["doc_id"].transform("first")
    articles["duplicate_of"] = first.where(first != articles["doc_id"]).astype("string")
    articles["near_duplicate_of"] = pd.Series(pd.NA, index=articles.index, dtype="string")
    candidates = articles.index[articles["duplicate_of"].isna()]
    if threshold is not None and len(candidates) > 1:
        from .dedup import near_duplicates

        texts = norm.loc[candidates].tolist()
        del norm
        if "_norm" in articles.columns:
            del articles["_norm"]
        near = near_duplicates(texts, threshold=threshold, normalised=True, consume=True)
        ids = articles.loc[candidates, "doc_id"].tolist()
        if near:
            articles.loc[[candidates[i] for i in near], "near_duplicate_of"] = [
                ids[j] for j in near.values()
            ]
    return _ordered(articles)


def _flag_with_signatures(articles: pd.DataFrame, threshold: float | None,
                          signatures: tuple[np.ndarray, np.ndarray]) -> pd.DataFrame:
    from .dedup import near_duplicates_from_signatures, shingle_sets

    first = articles.groupby("content_hash", sort=False)["doc_id"].transform("first")
    articles["duplicate_of"] = first.where(first != articles["doc_id"]).astype("string")
    articles["near_duplicate_of"] = pd.Series(pd.NA, index=articles.index, dtype="string")
    cand = np.flatnonzero(articles["duplicate_of"].isna().to_numpy(bool))
    if threshold is not None and len(cand) > 1:
        sig, sizes = signatures
        texts = articles["text"]

        def sets_of(rows: list[int]) -> list[np.ndarray]:
            norm = words_and_norm(texts.iloc[cand[rows]].fillna("").tolist())[1]
            return shingle_sets(norm, normalised=True)

        near = near_duplicates_from_signatures(sig[cand], sizes[cand], sets_of,
                                               threshold=threshold)
        ids = articles["doc_id"].to_numpy(object)
        if near:
            articles.loc[articles.index[cand[list(near)]], "near_duplicate_of"] = [
                ids[cand[j]] for j in near.values()]
    return _ordered(articles)


def _ordered(articles: pd.DataFrame) -> pd.DataFrame:
    # the article columns, then those of database exports, then an export's own metadata
    # columns (kept as they were named: a bias label, a topic; see exports.extra_columns)
    known = ARTICLE_COLUMNS + [c for c in EXPORT_COLUMNS
                               if c in articles.columns and c not in ARTICLE_COLUMNS]
    other = [c for c in articles.columns if c not in known and not str(c).startswith("_")]
    return articles[known + other]


def _warn(report: pd.DataFrame, articles: pd.DataFrame, stacklevel: int = 3) -> None:
    bad = report[report["status"] != "loaded"]
    msgs = []
    if len(bad):
        listed = "; ".join(f"{r.file}: {r.reason}" for r in bad.head(5).itertuples())
        more = f" (+{len(bad) - 5} more)" if len(bad) > 5 else ""
        msgs.append(f"{len(bad)} input(s) not loaded or with problems: {listed}{more}")
    if "bad_values" in report.columns:
        loaded = report[report["status"] == "loaded"]
        flawed = loaded[(loaded["bad_values"] > 0) | (loaded["skipped_lines"] > 0)]
        if len(flawed):
            files = ", ".join(flawed["file"].head(3)) + (
                f" (+{len(flawed) - 3} more)" if len(flawed) > 3 else "")
            msgs.append(f"{int(flawed['bad_values'].sum())} bad value(s) set empty or converted "
                        f"and {int(flawed['skipped_lines'].sum())} unreadable line(s) or row(s) "
                        f"without text skipped in {len(flawed)} loaded file(s) ({files}); every "
                        "other row is kept")
    n_dup = int(articles["duplicate_of"].notna().sum())
    n_near = int(articles["near_duplicate_of"].notna().sum())
    if n_dup or n_near:
        msgs.append(f"{n_dup} exact and {n_near} near-duplicate article(s) flagged (kept; see "
                    "duplicate_of / near_duplicate_of)")
    if msgs:
        warnings.warn(". ".join(msgs) + ". See load_report(articles).", CorpusWarning,
                      stacklevel=stacklevel)
