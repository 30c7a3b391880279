"""Rows of an export (CSV, JSON lines, JSON, Parquet) → article records, keeping every row.

A bad value costs its field, never its row: a date that cannot be parsed or lies outside the
range of ``datetime64[ns]`` (1677-09-22 – 2262-04-11) becomes ``NaT``; a list, an object or
another type where text is expected becomes missing (a list of strings in the text column is
joined as paragraphs, a number is kept as its text). Each such value is counted with the
line (JSON lines, CSV) or record it came from, and :func:`records_from_table` returns the
counts and a note for the load report ("2 dates out of range (lines 17, 48)"). Rows without
any text are not articles: they are left out and listed the same way.
"""

from __future__ import annotations

import re
import warnings
from collections import defaultdict
from datetime import date, datetime

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .arrow_text import blank_to_na, text_batches, text_source
from .boilerplate import split_paragraphs
from .metalines import date_from_url, dateline_of
from .outlets import canonical_outlets, domain_of, outlet_from_abbreviation, outlet_from_url
from .readers import map_columns
from .schema import ARTICLE_COLUMNS
from .scraped_rules import clean_export
from .textnorm import words_and_norm

_SPACES = re.compile(r"[ \t]{2,}|\t")  # a run of blanks that is not one space
_NS_MIN, _NS_MAX = pd.Timestamp.min.ceil("s"), pd.Timestamp.max.floor("s")
_LISTED = 10  # line numbers listed per problem in the load report
_BATCH = 2_000  # rows cleaned at a time
#: An unmapped column is kept in ``articles`` (e.g. a bias label or topic to group by) when its
#: values are short: at most this many characters at the median (long texts are not metadata).
EXTRA_MAX_CHARS = 200

#: Record fields of the ``articles`` table that an export fills (the rest are computed later).
RECORD_COLUMNS = [
    "doc_id", "outlet", "date", "title", "url", "text", "source_file", "captions", "highlights",
    "removed", "dateline", "part", "outlet_source", "date_source", "title_source", "url_source",
    "encoding",
]


class Problems:
    """Bad values of one export: ``{what: [row numbers]}``, and the note listing them."""

    def __init__(self, label: str = "record"):
        self.label = label
        self.rows: dict[str, list[int]] = defaultdict(list)

    def add(self, what: str, numbers) -> None:
        numbers = [int(n) for n in numbers]
        if numbers:
            self.rows[what].extend(numbers)

    def count(self, skip: tuple[str, ...] = ()) -> int:
        return sum(len(v) for k, v in self.rows.items() if k not in skip)

    def notes(self) -> list[str]:
        out = []
        for what, rows in self.rows.items():
            rows = sorted(rows)
            listed = ", ".join(map(str, rows[:_LISTED]))
            more = f", … +{len(rows) - _LISTED} more" if len(rows) > _LISTED else ""
            plural = "s" if len(rows) > 1 else ""
            out.append(f"{len(rows)} {what} ({self.label}{plural} {listed}{more})")
        return out


def normalise(text: str) -> str:
    """Line breaks unified, blanks collapsed, one paragraph per line joined by blank lines.

    Examples
    --------
    >>> normalise("\\ufeffOne  \\t line\\r\\n\\r\\n\\n Two\\u00a0")
    'One line\\n\\nTwo'
    """
    return "\n\n".join(_paragraphs(text))


def _paragraphs(text: str) -> list[str]:
    """The paragraphs :func:`normalise` joins (each stripped, none empty)."""
    if "\r" in text:  # (a test first: two replace scans of a text without "\r" cost more)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.lstrip("\ufeff")
    if "\t" in text or "  " in text:
        text = _SPACES.sub(" ", text)
    return [p for p in map(str.strip, text.split("\n")) if p]


def parse_dates(values: pd.Series, problems: Problems | None = None,
                numbers: np.ndarray | None = None) -> pd.Series:
    """Dates as tz-naive ``datetime64[ns]`` (UTC where a zone was given); bad values → NaT.

    Strings are parsed as ISO 8601 first, then in any format pandas recognises (``format=
    "mixed"``); numbers are ``YYYYMMDD`` when they read as such, else Unix time in seconds,
    milliseconds, microseconds or nanoseconds by magnitude; ``datetime`` objects are taken as
    they are. Dates outside 1677-09-22 – 2262-04-11 are NaT. With ``problems``, each bad value
    is recorded with its row number from ``numbers`` (default 1, 2, …).

    Examples
    --------
    >>> parse_dates(pd.Series(["2024-06-01", "0001-11-30", "31/02/2024", 20240602])).tolist()
    [Timestamp('2024-06-01 00:00:00'), NaT, NaT, Timestamp('2024-06-02 00:00:00')]
    """
    n = len(values)
    numbers = np.arange(1, n + 1) if numbers is None else np.asarray(numbers)
    dtype = values.dtype
    if pd.api.types.is_datetime64_any_dtype(dtype):
        stamps = pd.Series(values.to_numpy())
        if getattr(dtype, "tz", None) is None:
            stamps = stamps.dt.tz_localize("UTC")
        kind = np.where(values.notna().to_numpy(bool), "date", "")
    elif pd.api.types.is_numeric_dtype(dtype) and not pd.api.types.is_bool_dtype(dtype):
        x = values.to_numpy(float, na_value=np.nan)
        stamps, kind = _from_numbers(x), np.where(np.isnan(x), "", "number")
    elif pd.api.types.is_string_dtype(dtype) and not pd.api.types.is_object_dtype(dtype):
        s = values.reset_index(drop=True).astype("string")
        kind = np.where((s.str.strip().str.len() > 0).fillna(False).to_numpy(bool), "str", "")
        stamps = pd.Series(pd.NaT, index=range(n), dtype="datetime64[us, UTC]")
        sel = np.flatnonzero(kind == "str")
        if len(sel):
            stamps.iloc[sel] = _parse_strings(s.iloc[sel]).to_numpy()
    else:
        stamps, kind = _from_objects(values.to_numpy(object))
    stamps = stamps.astype("datetime64[us, UTC]")
    got = stamps.notna().to_numpy(bool)
    ok = got & (stamps >= _NS_MIN.tz_localize("UTC")).to_numpy(bool) & (
        stamps <= _NS_MAX.tz_localize("UTC")).to_numpy(bool)
    out = np.full(n, np.datetime64("NaT", "ns"))
    out[ok] = stamps[ok].dt.tz_localize(None).to_numpy("datetime64[ns]")
    if problems is not None:
        problems.add("dates out of range (before 1677 or after 2262) set empty",
                     numbers[got & ~ok])
        problems.add("dates of another type (not text, number or date) set empty",
                     numbers[kind == "other"])
        problems.add("unparseable dates set empty",
                     numbers[~got & np.isin(kind, ["str", "number", "date"])])
    return pd.Series(out, index=values.index, dtype="datetime64[ns]")


def _from_numbers(x: np.ndarray) -> pd.Series:
    """Numbers → UTC timestamps (see :func:`parse_dates`); anything else → NaT."""
    out = pd.Series(pd.NaT, index=range(len(x)), dtype="datetime64[us, UTC]")
    finite = np.isfinite(x)
    ymd = finite & (x == np.round(x)) & (x >= 1000_01_01) & (x <= 9999_12_31)
    if ymd.any():
        as_text = pd.Series(x[ymd].astype(np.int64).astype(str))
        out[ymd] = pd.to_datetime(as_text, format="%Y%m%d", errors="coerce", utc=True).to_numpy()
    rest = finite & ~ymd
    rest_idx = np.flatnonzero(rest)
    mag = np.abs(x[rest])
    for unit, lo, hi in (("s", 0, 1e11), ("ms", 1e11, 1e14), ("us", 1e14, 1e17),
                         ("ns", 1e17, np.inf)):
        sel = (mag >= lo) & (mag < hi)
        if sel.any():
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                conv = pd.to_datetime(x[rest][sel], unit=unit, errors="coerce", utc=True)
            out.iloc[rest_idx[sel]] = conv
    return out


def _from_objects(values: np.ndarray) -> tuple[pd.Series, np.ndarray]:
    """Strings, numbers and date objects of an object column → UTC timestamps, and each value's
    kind (``"str"``, ``"number"``, ``"date"``, ``"other"``; ``""`` when missing)."""
    kind = np.full(len(values), "", dtype=object)
    for i, v in enumerate(values):
        if isinstance(v, str):
            kind[i] = "str" if v.strip() else ""
        elif v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and v != v):
            continue
        elif isinstance(v, (bool, np.bool_)):
            kind[i] = "other"
        elif isinstance(v, (int, float, np.integer, np.floating)):
            kind[i] = "number"
        elif isinstance(v, (datetime, date, np.datetime64)):
            kind[i] = "date"
        else:
            kind[i] = "other"
    out = pd.Series(pd.NaT, index=range(len(values)), dtype="datetime64[us, UTC]")
    sel = np.flatnonzero(kind == "str")
    if len(sel):
        out.iloc[sel] = _parse_strings(pd.Series(values[sel], dtype="string")).to_numpy()
    sel = np.flatnonzero(kind == "number")
    if len(sel):
        out.iloc[sel] = _from_numbers(values[sel].astype(float)).to_numpy()
    for i in np.flatnonzero(kind == "date"):
        try:
            ts = pd.Timestamp(values[i])
            out.iloc[i] = ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
        except (ValueError, OverflowError):
            continue
    return out, kind


def _parse_strings(s: pd.Series) -> pd.Series:
    """Date strings → UTC timestamps: ISO 8601 in one vectorised pass, the rest one by one."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = pd.to_datetime(s, errors="coerce", utc=True, format="ISO8601")
        out = out.astype("datetime64[us, UTC]")
        retry = (out.isna() & s.notna()).to_numpy(bool)
        if retry.any():
            again = pd.to_datetime(s[retry], errors="coerce", utc=True, format="mixed")
            out.iloc[np.flatnonzero(retry)] = again.astype("datetime64[us, UTC]").to_numpy()
    return out


def as_text(values: pd.Series, field: str, problems: Problems, numbers: np.ndarray,
            join_lists: bool = False) -> pd.Series:
    """A column as ``string`` dtype, blank → NA. Numbers are kept as their text (recorded for
    ``text``/``title``/``outlet``); lists of strings are joined as paragraphs with
    ``join_lists``; any other type (list, object, bytes) becomes NA and is recorded."""
    dtype = values.dtype
    if pd.api.types.is_object_dtype(dtype):
        arr = values.to_numpy(object)
        kinds = np.fromiter((_value_kind(v) for v in arr), dtype=np.int8, count=len(arr))
        if (kinds > 1).any():
            arr = arr.copy()
            for i in np.flatnonzero(kinds == 2):
                arr[i] = str(arr[i])
            for i in np.flatnonzero(kinds == 3):
                parts = list(arr[i])
                if join_lists and parts and all(isinstance(x, str) for x in parts):
                    arr[i] = "\n\n".join(parts)
                    kinds[i] = 5
                else:
                    arr[i] = None
            for i in np.flatnonzero(kinds == 4):
                arr[i] = None
            problems.add(f"{field} values that are lists joined as paragraphs",
                         numbers[kinds == 5])
            problems.add(f"{field} values that are lists or objects set empty",
                         numbers[(kinds == 3) | (kinds == 4)])
            if field in ("text", "title", "outlet"):
                problems.add(f"{field} values that are numbers kept as text",
                             numbers[kinds == 2])
        s = pd.Series(arr, index=values.index, dtype="string")
    else:
        s = values.astype("string")
        if field in ("text", "title", "outlet") and (
                pd.api.types.is_numeric_dtype(dtype) or pd.api.types.is_bool_dtype(dtype)):
            problems.add(f"{field} values that are numbers kept as text",
                         numbers[s.notna().to_numpy(bool)])
    return blank_to_na(s)


def _value_kind(v) -> int:
    """0 missing, 1 str, 2 number/bool, 3 list-like, 4 other."""
    if isinstance(v, str):
        return 1
    if v is None or v is pd.NA or (isinstance(v, float) and v != v):
        return 0
    if isinstance(v, (bool, int, float, np.number, np.bool_)):
        return 2
    if isinstance(v, (list, tuple, np.ndarray)):
        return 3
    return 4


def _clean_texts(text: pd.Series | list) -> tuple[pa.ChunkedArray, np.ndarray, list[str], dict]:
    """Cleaned texts (Arrow), word counts, ``_norm`` texts and the line-rule extras of a text
    column (a Series, or its Arrow chunks as a list that is consumed, see
    :func:`analysis.corpus.arrow_text.text_batches`), in batches of :data:`_BATCH` rows so that
    only one batch of Python strings exists at a time.

    Each text is normalised (:func:`normalise`) and cleaned by the scraped-text line rules
    (:func:`analysis.corpus.scraped_rules.clean_export`: captions, highlights, advertisements,
    signatures set aside); the extras are ``captions``, ``highlights``, ``removed``, ``dateline``
    (of the first paragraph) and ``agency`` (the outlet a dateline's agency names, "(AP)").
    """
    chunks, counts, norms = [], [], []
    extras: dict[str, list] = {k: [] for k in ("captions", "highlights", "removed", "dateline",
                                                "agency")}
    for rows in text_batches(text, _BATCH):
        batch = []
        for x in rows:
            paras = _paragraphs(x)
            # the paragraphs of the normalised text, as split_paragraphs finds them (it also
            # strips a byte-order mark left at the start: rare, so split again)
            clean = clean_export("", paragraphs=paras if not paras or paras[0][0] != "\ufeff"
                                 else split_paragraphs("\n\n".join(paras)))
            batch.append(clean.text)
            extras["captions"].append("\n".join(clean.captions))
            extras["highlights"].append("\n".join(clean.highlights))
            extras["removed"].append("\n".join(clean.removed))
            cut = clean.text.find("\n\n")  # the first paragraph (no copy of the rest)
            first = clean.text if cut < 0 else clean.text[:cut]
            dateline, m = dateline_of(first) if first else (None, None)
            agency = (m.group("agency") or "").strip() if m else ""
            extras["dateline"].append(dateline)
            extras["agency"].append(outlet_from_abbreviation(agency) if agency else None)
        del rows
        n, norm = words_and_norm(batch)
        chunks.append(pa.array(batch, pa.large_string()))
        counts.append(n)
        norms.extend(norm)
        del batch
    if not chunks:
        return pa.chunked_array([], pa.large_string()), np.zeros(0, np.int64), [], extras
    return pa.chunked_array(chunks), np.concatenate(counts), norms, extras


def extra_columns(table: pd.DataFrame, mapped: dict[str, str]) -> dict[str, pd.Series]:
    """The export's other columns worth keeping as article metadata (a bias label, a topic,
    an author), as ``string`` columns named as in the export (``<name>_export`` where the name
    is taken by an ``articles`` column): every column not mapped to a field whose values are
    scalars and short (median ≤ :data:`EXTRA_MAX_CHARS` characters)."""
    used = set(mapped.values())
    out = {}
    for name in table.columns:
        if name in used or str(name).startswith("_"):
            continue
        values = table[name]
        if pd.api.types.is_object_dtype(values.dtype):
            sample = values.dropna().head(200)
            if any(isinstance(v, (list, tuple, dict, np.ndarray, bytes)) for v in sample):
                continue
        s = values.astype("string")
        s = s.where(s.str.strip().str.len() > 0)
        lengths = s.dropna().str.len()
        if not len(lengths) or lengths.median() > EXTRA_MAX_CHARS:
            continue
        key = str(name)
        if key in ARTICLE_COLUMNS or key in out:
            key = f"{key}_export"
        out[key] = s
    return out


def records_from_table(table: pd.DataFrame, rel: str, base: str,
                       columns: dict[str, str] | None, *, consume: bool = False
                       ) -> tuple[pd.DataFrame, list[str], int, int]:
    """The article records of an export as a frame (:data:`RECORD_COLUMNS` plus ``n_words`` and
    ``_norm``), the load report's notes, the number of bad values and of skipped lines/rows.

    ``table.attrs`` may carry ``row_numbers``, ``row_label`` and ``skipped_lines`` (as
    :func:`analysis.corpus.readers.read_table` sets them). With ``consume`` (a table read for
    this call only) the text column is taken out of ``table`` and its Arrow chunks are freed as
    they are cleaned, so the raw and the cleaned texts of a large export are not both held
    whole.
    """
    cols = map_columns(table, columns)
    n_rows = len(table)
    label = table.attrs.get("row_label", "record")
    numbers = np.asarray(table.attrs.get("row_numbers", np.arange(1, n_rows + 1)))
    skipped_lines = list(table.attrs.get("skipped_lines", []))
    problems = Problems(label)
    name = cols["text"]
    take = (consume and table.columns.is_unique
            and sum(v == name for v in cols.values()) == 1)  # no other field reads it
    text = as_text(table.pop(name) if take else table[name], "text", problems, numbers,
                   join_lists=True)
    keep = text.notna().to_numpy(bool)
    numbers_kept = numbers
    if not keep.all():  # (a filter copies every column: only when a row goes)
        table, text, numbers_kept = table[keep], text[keep], numbers[keep]
    position = np.flatnonzero(keep)
    fields = _table_fields(table, cols, base, position, problems, numbers_kept)
    extra = extra_columns(table, cols)
    source = text_source(text) if take else text
    del text
    texts, n_words, norm, clean = _clean_texts(source)
    clean = {k: pd.Series(v, index=table.index, dtype="string") for k, v in clean.items()}
    blank = np.asarray(pc.equal(texts, ""))
    if blank.any():  # only blanks or a byte-order mark: no text after all
        keep[position[blank]] = False
        table = table[~blank]
        fields, clean, extra = ({k: v[~blank] for k, v in d.items()}
                                for d in (fields, clean, extra))
        texts, n_words = texts.filter(pa.array(~blank)), n_words[~blank]
        norm = [x for x, b in zip(norm, blank.tolist()) if not b]
    _outlets_and_dates_found(fields, clean, table.index)
    frame = _record_frame(fields, clean, extra, texts, n_words, norm, rel, table.index)
    del texts
    no_text = numbers[~keep]
    notes = _table_notes(len(frame), n_rows, skipped_lines, label)
    if len(no_text):
        problems.add("rows without text skipped", no_text)
    notes += problems.notes()
    n_bad = problems.count(skip=("rows without text skipped",))
    return frame, notes, n_bad, len(skipped_lines) + len(no_text)


def _table_fields(table: pd.DataFrame, cols: dict[str, str], base: str, position: np.ndarray,
                  problems: Problems, numbers_kept: np.ndarray) -> dict[str, pd.Series]:
    """The mapped columns of an export's rows with text: ids, URL, outlet, date and title."""
    ids = pd.Series([f"{base}:{i}" for i in position], index=table.index, dtype="string")
    if "doc_id" in cols:
        given = as_text(table[cols["doc_id"]], "doc_id", problems, numbers_kept)
        ids = given.fillna(ids)

    def col(name: str) -> pd.Series:
        if name in cols:
            return as_text(table[cols[name]], name, problems, numbers_kept)
        return pd.Series(pd.NA, index=table.index, dtype="string")

    url = col("url")
    outlet_raw = col("outlet")
    named = canonical_outlets(outlet_raw)
    outlet, section = named["outlet"], named["section"]
    outlet_src = pd.Series(np.where(outlet.notna(), "column", None), index=table.index,
                           dtype="string")
    missing_outlet = outlet.isna() & url.notna()
    if missing_outlet.any():
        guess = url[missing_outlet].map(lambda u: outlet_from_url(u) or domain_of(u))
        outlet = outlet.mask(missing_outlet, guess.astype("string"))
        outlet_src = outlet_src.mask(missing_outlet & outlet.notna(), "url")
    if "date" in cols:
        dates = parse_dates(table[cols["date"]], problems, numbers_kept)
    else:
        dates = pd.Series(pd.NaT, index=table.index, dtype="datetime64[ns]")
    title = col("title")
    return {"doc_id": ids, "url": url, "outlet": outlet, "outlet_source": outlet_src,
            "date": dates, "title": title, "outlet_raw": outlet_raw, "section": section}


def _outlets_and_dates_found(fields: dict[str, pd.Series], clean: dict[str, pd.Series],
                             index: pd.Index) -> None:
    """Outlets from datelines' agencies and dates from URLs where the export has none;
    sets ``fields["date_source"]``."""
    outlet = fields["outlet"]
    by_agency = outlet.isna() & clean["agency"].notna()
    if by_agency.any():  # "WASHINGTON (AP) —": the dateline's agency is the outlet
        fields["outlet"] = outlet.mask(by_agency, clean["agency"])
        fields["outlet_source"] = fields["outlet_source"].mask(by_agency, "dateline")
    dates, url = fields["date"], fields["url"]
    date_src = pd.Series(np.where(dates.notna(), "column", None), index=index, dtype="string")
    undated = (dates.isna() & url.notna()).to_numpy(bool)
    if undated.any():  # a date in the URL path (/2024/06/07/) where the export has none
        found = url[undated].map(lambda u: date_from_url(u))
        found = found[found.notna()]
        if len(found):
            dates.loc[found.index] = pd.to_datetime(list(found)).astype("datetime64[ns]")
            date_src.loc[found.index] = "url"
    fields["date_source"] = date_src


def _record_frame(fields: dict[str, pd.Series], clean: dict[str, pd.Series],
                  extra: dict[str, pd.Series], texts: pa.ChunkedArray, n_words: np.ndarray,
                  norm: list[str], rel: str, index: pd.Index) -> pd.DataFrame:
    """The records of an export as one frame, in :data:`RECORD_COLUMNS` order, then the rest."""
    def source(s: pd.Series) -> pd.Series:
        return pd.Series(np.where(s.notna(), "column", None), index=index, dtype="string")

    n = len(texts)
    empty = pd.Series([""] * n, index=index, dtype="string")
    title, url = fields["title"], fields["url"]
    return pd.DataFrame({
        "doc_id": fields["doc_id"], "outlet": fields["outlet"], "date": fields["date"],
        "title": title, "url": url,
        "text": pd.Series(pd.arrays.ArrowStringArray(texts), index=index),
        "source_file": pd.Series([rel] * n, index=index, dtype="string"),
        "captions": clean["captions"], "highlights": clean["highlights"],
        "removed": clean["removed"], "dateline": clean["dateline"],
        "part": np.ones(n, np.int64), "outlet_source": fields["outlet_source"],
        "date_source": fields["date_source"], "title_source": source(title),
        "url_source": source(url), "encoding": empty, "outlet_raw": fields["outlet_raw"],
        "section": fields["section"], "n_words": n_words,
        "_norm": pd.Series(norm, index=index, dtype=object),
        **extra,
    }).reset_index(drop=True)


def _table_notes(n: int, n_rows: int, skipped_lines: list, label: str) -> list[str]:
    """The load report's first notes on an export: rows read, unreadable lines skipped."""
    notes = [f"{n} of {n_rows + len(skipped_lines)} rows"]
    if skipped_lines:
        what = "lines" if label == "line" else "records"
        shown = "; ".join(f"{no}: {why}" for no, why in skipped_lines[:_LISTED])
        more = f"; … +{len(skipped_lines) - _LISTED} more" if len(skipped_lines) > _LISTED else ""
        notes.append(f"{len(skipped_lines)} unreadable {what} skipped ({shown}{more})")
    return notes
