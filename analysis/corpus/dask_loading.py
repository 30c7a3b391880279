"""The Dask loader: :func:`load_corpus_dask` reads, cleans and fingerprints files on a cluster.

Each task reads a slice of the files with the same steps as the pandas loader
(:mod:`analysis.corpus.steps`), applies the manifest to them, hashes each text and computes its
MinHash signature; the client joins the parts in file order and flags duplicates. Every worker
must see the files at the same paths (a shared or network file system).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from .._dask import get_client
from .steps import (
    REPORT_COLUMNS,
    apply_manifest,
    content_hashes,
    file_tasks,
    flag_duplicates,
    load_file,
    make_ids_unique,
    manifest_missing,
    read_manifest,
    resolve_sources,
    to_frame,
    warn_load_problems,
)

#: Files per loading task.
FILES_PER_TASK = 500


def _load_files(tasks: list, columns: dict | None) -> tuple[list[dict], list[dict]]:
    """The records and load-report rows of one task's files, in order."""
    records: list[dict] = []
    report: list[dict] = []
    for path, rel, missing in tasks:
        if missing is not None:
            report.append(missing)
            continue
        recs, row = load_file(Path(path), rel, columns)
        records.extend(recs)
        report.append(row)
    return records, report


def _load_part(tasks: list, columns: dict | None, manifest, near: bool) -> tuple:
    """One Dask task of :func:`load_corpus_dask`: read, decode and clean its files, apply the
    manifest to them, hash each text (exact duplicates) and compute its MinHash signature
    (near duplicates). Returns the part's table, its load-report rows, its manifest notes
    (with their manifest row numbers) and the signatures with their shingle-set sizes."""
    from .dedup import minhash_signatures

    records, report = _load_files(tasks, columns)
    frame = to_frame(records, unique_ids=False)
    del records
    notes: list = []
    if manifest is not None and len(frame):
        frame, notes = apply_manifest(frame, manifest, missing=False, indexed=True)
    norm = frame.pop("_norm").tolist()
    frame["content_hash"] = pd.Series(content_hashes(norm), index=frame.index, dtype="string")
    sig = sizes = None
    if near:
        sig, sizes = minhash_signatures(norm, normalised=True)
    return frame, report, notes, sig, sizes


def load_corpus_dask(source=None, *, manifest=None, columns: dict | None = None,
                     near_duplicate_threshold: float | None = 0.8, client=None,
                     files_per_task: int = FILES_PER_TASK) -> pd.DataFrame:
    """``load_corpus`` with reading, cleaning, the manifest and the duplicate search's
    per-text work spread over a Dask cluster.

    Files are read in tasks of ``files_per_task``. Each task also applies the manifest to its
    files, hashes each text and computes its MinHash signature (Broder 1997), so the client
    only joins the parts (in file order), groups equal hashes (exact duplicates), bands the
    signatures (LSH) and verifies the candidate pairs, re-shingling only those texts. The
    table and load report equal the pandas engine's. Every worker must see the files at the
    same paths (a shared or network file system).

    Returns
    -------
    DataFrame
        The ``articles`` table, as :func:`analysis.corpus.load_corpus` returns it.
    """
    import dask

    from .._progress import progress

    sources, manifest = resolve_sources(source, manifest)
    man = read_manifest(manifest) if manifest is not None else None
    near = near_duplicate_threshold is not None
    tasks = [(str(p) if p is not None else None, rel, m) for p, rel, m in file_tasks(sources)]
    chunks = [tasks[i:i + files_per_task] for i in range(0, len(tasks), files_per_task)]
    c = get_client(client)
    if c is not None:
        man_f = c.scatter(man, broadcast=True) if man is not None else None
        futures = [c.submit(_load_part, ch, columns, man_f, near, pure=False) for ch in chunks]
        results = []
        for f in progress(futures, total=len(futures), desc="reading files (dask)",
                          unit="task", at_least=4):
            results.append(f.result())
            f.release()
    else:
        parts = [dask.delayed(_load_part)(ch, columns, man, near) for ch in chunks]
        results = list(dask.compute(*parts, scheduler="processes")) if parts else []
    frames = [r[0] for r in results if len(r[0])]
    report = [row for r in results for row in r[1]]
    if frames:
        articles = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
    else:
        articles = to_frame([]).drop(columns="_norm")
        articles["content_hash"] = pd.Series(dtype="string")
    del frames
    articles = make_ids_unique(articles)
    if man is not None:
        files = set(articles["source_file"].dropna().unique())
        notes = [n for r in results for n in r[2]] + manifest_missing(man, files)
        notes.sort(key=lambda x: x[0])
        report.extend(row for _, row in notes)
    with_sig = [r for r in results if r[3] is not None and len(r[3])]
    signatures = ((np.concatenate([r[3] for r in with_sig]),
                   np.concatenate([r[4] for r in with_sig])) if with_sig
                  else (np.zeros((0, 32), np.uint64), np.zeros(0, np.int64)))
    del results, with_sig
    articles = flag_duplicates(articles, near_duplicate_threshold, signatures=signatures)
    articles.attrs["load_report"] = pd.DataFrame(report, columns=REPORT_COLUMNS)
    warn_load_problems(articles.attrs["load_report"], articles, stacklevel=4)
    return articles
