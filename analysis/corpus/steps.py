"""The loading steps, one public function each, shared by every way of loading a corpus.

:func:`analysis.corpus.load_corpus` (pandas), the Parquet cache (:mod:`analysis.corpus.cache`)
and the Dask loader (:mod:`analysis.corpus.dask_loading`) all go through these steps: which
files to read (:func:`resolve_sources`, :func:`file_tasks`), one file's records and load-report
row (:func:`load_file`), the records as a table (:func:`to_frame`), the manifest
(:func:`apply_manifest`), exact and near duplicates (:func:`content_hashes`,
:func:`flag_duplicates`) and the summary warning (:func:`warn_load_problems`). This module imports
only the modules below it (readers, documents, records, exports, dedup), never one that uses it.
"""

from __future__ import annotations

import hashlib
import os
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from .. import config
from .documents import (
    DOCUMENT_KINDS,
    EXPORT_COLUMNS,
    export_records,
    html_export_records,
    read_document,
)
from .exports import RECORD_COLUMNS, parse_dates, words_and_norm
from .readers import (
    MAX_TEXT_BYTES,
    SkipFile,
    decode,
    kind_of,
    read_bytes,
    read_html,
    read_table,
)
from .records import Block, records_from_html, records_from_scraped, table_records
from .schema import ARTICLE_COLUMNS, REPORT_COLUMNS, CorpusWarning, report_row


def resolve_sources(source, manifest) -> tuple[list[Path], object]:
    """The input paths and manifest that ``load_corpus(source, manifest=manifest)`` reads.

    ``source=None`` is the bundled corpus (``data/raw/``) with its manifest when none is given.
    Raises ``FileNotFoundError`` when a source or the manifest path does not exist.
    """
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


def file_tasks(sources: list[Path]) -> list[tuple[Path | None, str, dict | None]]:
    """Every file to read as ``(path, relative name, None)``, in order; a missing source as
    ``(None, name, its report row)``."""
    tasks: list[tuple[Path | None, str, dict | None]] = []
    for root in sources:
        root = Path(root).expanduser()
        if not root.exists():
            tasks.append((None, str(root), report_row(str(root), "missing",
                                                      "path does not exist")))
            continue
        if root.is_file():
            tasks.append((root, root.relative_to(root.parent).as_posix(), None))
            continue
        n = len(root.parts)
        tasks.extend((path, _relative(path, root, n), None) for path in _walk(root))
    return tasks


def finish_articles(records: list[dict], report: list[dict], manifest,
                    near_duplicate_threshold: float | None) -> pd.DataFrame:
    """Records of every file → the articles table with manifest, duplicates and load report."""
    articles = to_frame(records)
    if manifest is not None:
        articles, manifest_report = apply_manifest(articles, manifest)
        report.extend(manifest_report)
    articles = flag_duplicates(articles, near_duplicate_threshold)
    report_df = pd.DataFrame(report, columns=REPORT_COLUMNS)
    articles.attrs["load_report"] = report_df
    return articles


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


def load_file(path: Path, rel: str, columns: dict | None) -> tuple[list[dict], dict]:
    """One file's article records (dicts, or one frame for a whole export) and its load-report
    row; a file that cannot be used gives no records and a ``skipped`` row with the reason."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        return [], report_row(rel, "skipped", f"unreadable ({exc})")
    kind = kind_of(path)
    if kind is None:
        return [], report_row(rel, "skipped", f"unknown file type {path.suffix or '(none)'}",
                              size=size)
    if size == 0:
        return [], report_row(rel, "skipped", "empty file", size=size)
    if kind in ("text", "html", "rtf") and size > MAX_TEXT_BYTES:
        return [], report_row(
            rel, "skipped",
            f"too large for one article ({size / 1e6:.0f} MB > {MAX_TEXT_BYTES / 1e6:.0f} MB)",
            size=size,
        )
    status_reason, problems = None, (0, 0)
    try:
        if kind == "text":
            text, enc = decode(read_bytes(path))
            recs, status_reason = (export_records(text, rel, enc)
                                   or (records_from_scraped(text, rel, enc), None))
        elif kind in DOCUMENT_KINDS:
            recs, enc, status_reason = read_document(path, kind, rel, columns)
            if not recs:
                raise SkipFile(status_reason or "no article text")
            problems = getattr(status_reason, "counts", (0, 0))
        elif kind == "html":
            recs, status_reason = (html_export_records(path, rel)
                                   or (records_from_html(read_html(path), rel), None))
            enc = ""
        else:
            recs, note = table_records(read_table(path), rel, columns, consume=True)
            enc = ""
            if not recs:
                raise SkipFile(note or "no rows with text")
            status_reason = note
            problems = note.counts
    except SkipFile as exc:
        return [], report_row(rel, "skipped", str(exc), size=size)
    except (OSError, MemoryError) as exc:
        return [], report_row(rel, "skipped", f"unreadable ({type(exc).__name__}: {exc})",
                              size=size)
    if isinstance(recs, Block):
        return [recs.frame], report_row(rel, "loaded", status_reason, len(recs), size, enc,
                                        *problems)
    recs = [r for r in recs if r["text"].strip()]
    if not recs:
        return [], report_row(rel, "skipped", "no article text after cleaning", size=size,
                              encoding=enc)
    reason = status_reason if status_reason is not None else (
        f"{len(recs)} stories on one page" if len(recs) > 1 else ""
    )
    if enc and enc not in ("utf-8", "utf-8-sig"):
        reason = "; ".join(filter(None, [reason, f"decoded as {enc}"]))
    return recs, report_row(rel, "loaded", reason, len(recs), size, enc)


_STRING_COLUMNS = ("title", "url", "text", "source_file", "captions", "highlights", "removed",
                   "dateline", "outlet_source", "date_source", "title_source", "url_source",
                   "encoding", "doc_id", "outlet_raw", "section")


def to_frame(records: list, unique_ids: bool = True) -> pd.DataFrame:
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
    return make_ids_unique(df) if unique_ids else df


def make_ids_unique(df: pd.DataFrame) -> pd.DataFrame:
    """Repeated ``doc_id`` values prefixed with their ``source_file`` (in place; returns ``df``)."""
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
    df["date"] = parse_dates(df["date"].astype("string"))
    df["outlet"] = df["outlet"].astype("string")
    df["part"] = df["part"].astype("int64")
    texts = values["text"]
    if not all(isinstance(t, str) for t in texts):
        texts = df["text"].fillna("").tolist()
    n_words, norm = words_and_norm(texts)
    df["n_words"], df["_norm"] = n_words, pd.Series(norm, dtype=object)
    return df


def read_manifest(manifest) -> tuple[pd.DataFrame, str, str]:
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


def manifest_missing(manifest, files: set) -> list[tuple[int, dict]]:
    """Report rows (with the manifest row number) of entries that name no loaded file."""
    man, name, key = read_manifest(manifest)
    entries = [str(e).strip() for e in man[key].tolist()]
    return [(i, report_row(e, "missing", f"named in {name} but not found"))
            for i, (e, t) in enumerate(zip(entries, _manifest_targets(entries, files)))
            if t is None]


def apply_manifest(articles: pd.DataFrame, manifest, *, missing: bool = True,
                    indexed: bool = False) -> tuple[pd.DataFrame, list]:
    """Manifest values over the inferred ones (a later manifest row for the same file wins),
    by a join on the file name: linear in the number of articles and manifest rows.

    Returns the articles and the report rows in manifest order (``(row number, row)`` pairs
    with ``indexed``); ``missing=False`` leaves out the entries that name no file here (a Dask
    part of the corpus: the client reports those, see :func:`manifest_missing`).
    """
    man, name, key = read_manifest(manifest)
    files = set(articles["source_file"].dropna().unique())
    entries = [str(e).strip() for e in man[key].tolist()]
    targets = _manifest_targets(entries, files)
    notes: list[tuple[int, dict]] = (manifest_missing((man, name, key), files) if missing
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
                notes.append((i, report_row(entries[i], "warning",
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


#: Date evidence weaker than a date in the article's URL (see analysis.corpus.scraped's ranking).
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


def content_hashes(norm: list[str]) -> list[str]:
    """A 64-bit BLAKE2b digest of each normalised text: equal texts, equal hashes."""
    return [hashlib.blake2b(t.encode("utf-8"), digest_size=8).hexdigest() for t in norm]


def flag_duplicates(articles: pd.DataFrame, threshold: float | None,
                     signatures: tuple[np.ndarray, np.ndarray] | None = None) -> pd.DataFrame:
    """``content_hash``, ``duplicate_of`` and ``near_duplicate_of`` (MinHash LSH, see
    :mod:`analysis.corpus.dedup`). With ``signatures`` (the rows' MinHash signatures and shingle-set
    sizes, computed where the texts were read, with ``content_hash`` already set), only the
    candidate pairs' texts are shingled again here, to verify them."""
    if signatures is not None:
        return _flag_with_signatures(articles, threshold, signatures)
    if "_norm" in articles.columns:
        norm = articles["_norm"]
    else:
        norm = (articles["text"].fillna("").str.lower().str.replace(r"\W+", " ", regex=True)
                .str.strip())
    articles["content_hash"] = pd.Series(content_hashes(norm.tolist()), index=articles.index,
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


def warn_load_problems(report: pd.DataFrame, articles: pd.DataFrame,
                       stacklevel: int = 3) -> None:
    """One :class:`CorpusWarning` summing up the load report's problems and the duplicates
    flagged, if any (``stacklevel`` as for :func:`warnings.warn`, from the caller's caller)."""
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
