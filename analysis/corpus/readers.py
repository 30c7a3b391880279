"""Readers for each input format: bytes → decoded text, HTML → main text, exports → rows.

Each reader returns plain records (dicts) or raises :class:`SkipFile` with the reason a file
cannot be used; :mod:`analysis.corpus` turns those into the ``articles`` table and the load
report. Nothing here writes to disk.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.json as pa_json

from .._memory import release_memory

#: Text-like files larger than this are skipped (one article is never this large).
MAX_TEXT_BYTES = 20_000_000

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TABLE_SUFFIXES = {".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".parquet"}
#: Office and print formats, read by :mod:`analysis.corpus.documents`.
DOCUMENT_SUFFIXES = {".xlsx": "spreadsheet", ".xlsm": "spreadsheet", ".xls": "spreadsheet",
                     ".pdf": "pdf", ".docx": "docx", ".doc": "rtf", ".rtf": "rtf"}

#: Column names tried, in order, for each field of an export (Media Cloud, GDELT-style,
#: newspaper3k/news-please, AllSides, Kaggle news dumps). Override with ``columns=``.
COLUMN_CANDIDATES: dict[str, tuple[str, ...]] = {
    "doc_id": ("doc_id", "id", "ID", "stories_id", "article_id", "story_id", "uuid"),
    "text": (
        "text", "content", "body", "article", "full_text", "maintext", "story_text",
        "content_original", "article_text",
    ),
    "title": ("title", "headline", "heading"),
    "date": (
        "date", "publish_date", "published", "publication_date", "published_at", "pubdate",
        "date_publish", "datetime", "timestamp",
    ),
    "outlet": (
        "outlet", "media_name", "source", "source_name", "publisher", "site_name", "sitename",
        "media", "source_domain", "domain",
    ),
    "url": ("url", "link", "article_url", "story_url", "canonical_url"),
}


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # control characters other than \t\n\f\r


class SkipFile(Exception):
    """A file that cannot be loaded; the message is the reason given in the load report."""


def kind_of(path: Path) -> str | None:
    """``"text"``, ``"html"``, ``"table"``, a document kind (``"spreadsheet"``, ``"pdf"``,
    ``"docx"``, ``"rtf"``) or ``None`` (unknown), from the suffix (``.gz`` ok)."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    suffix = suffixes[-1] if suffixes else ""
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TABLE_SUFFIXES:
        return "table"
    return DOCUMENT_SUFFIXES.get(suffix)


def read_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    if path.suffix.lower() == ".gz":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise SkipFile(f"not a valid gzip file ({exc})") from exc
    return data


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as text: BOMs honoured, UTF-8 first, then a detected legacy encoding.

    Returns the text and the encoding used. Raises :class:`SkipFile` for empty or binary data.

    Examples
    --------
    >>> decode("café".encode("cp1252"))
    ('café', 'cp1252')
    >>> decode(b"\\xef\\xbb\\xbfhello")
    ('hello', 'utf-8-sig')
    """
    if not data.strip():
        raise SkipFile("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    head = data[:8192]
    if b"\x00" in head:
        raise SkipFile("binary file (NUL bytes)")
    try:
        text, enc = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, enc = _decode_legacy(data)
    controls = len(_CONTROL.findall(text, 0, 8192))
    if controls > 0.01 * min(len(text), 8192) + 2:
        raise SkipFile("binary file (control characters)")
    return text, enc


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Decode non-UTF-8 bytes: Western text as cp1252, anything else by charset detection.

    cp1252 (a superset of latin-1's printable range) is what nearly all non-UTF-8 English news
    text is; it is accepted when the result looks like Western text (mostly ASCII letters, few
    accented ones). Otherwise charset-normalizer guesses (e.g. cp1251 Cyrillic, Shift-JIS).
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        letters = [ch for ch in text[:20_000] if ch.isalpha()]
        accented = sum(1 for ch in letters if "\u00c0" <= ch <= "\u024f")
        if letters and accented / len(letters) < 0.3:
            return text, "cp1252"
    from charset_normalizer import from_bytes

    guess = from_bytes(data[:200_000]).best()
    enc = guess.encoding if guess else None
    if enc:
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("cp1252", errors="replace"), "cp1252 (with replacements)"


def read_html(path: Path) -> dict:
    """Main text and metadata of an HTML page, extracted with trafilatura (Barbaresi 2021).

    Returns ``text`` (paragraphs one per line), ``title``, ``date`` (the page's own publication
    date from its metadata, never the file date), ``url``, ``sitename``.
    """
    import trafilatura

    html, _enc = decode(read_bytes(path))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        text = trafilatura.extract(
            html, output_format="txt", include_comments=False, include_tables=False,
            include_images=False, favor_precision=True,
        )
        meta = trafilatura.extract_metadata(html)
    if not text or not text.strip():
        raise SkipFile("HTML page with no extractable main text")
    meta = meta.as_dict() if meta is not None else {}
    return {
        "text": text,
        "title": meta.get("title"),
        "date": meta.get("date"),
        "url": meta.get("url"),
        "sitename": meta.get("sitename"),
        "author": meta.get("author"),
    }


def read_table(path: Path) -> pd.DataFrame:
    """Read an export (CSV/TSV, JSON lines, JSON records, Parquet; optionally gzipped).

    A broken line never costs the file: JSON lines that do not parse (or are not objects) and
    CSV lines with the wrong number of fields are left out and listed in
    ``attrs["skipped_lines"]`` as ``(line number, reason)``. ``attrs["row_label"]`` says what
    ``attrs["row_numbers"]`` (one per row, 1-based) count: ``"line"`` of the file for JSON
    lines and CSV (without quoted line breaks), else ``"record"``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.jsonl"
    >>> _ = p.write_text('{"text": "One."}\\n{"text": oops}\\n{"text": "Two."}\\n')
    >>> t = read_table(p)
    >>> len(t), t.attrs["skipped_lines"][0][0], t.attrs["row_numbers"].tolist()
    (2, 2, [1, 3])
    """
    name = path.name.lower().removesuffix(".gz")
    try:
        if name.endswith(".parquet"):
            table = pd.read_parquet(path)
        elif name.endswith((".jsonl", ".ndjson")):
            table = _read_jsonl(path)
        elif name.endswith(".json"):
            table = _read_json(read_bytes(path))
        else:
            table = _read_csv(path, "\t" if name.endswith(".tsv") else ",")
    except SkipFile:
        raise
    except (ValueError, OSError, pd.errors.ParserError, pa.ArrowException) as exc:
        raise SkipFile(f"unreadable {path.suffix} export ({type(exc).__name__}: {exc})") from exc
    attrs = table.attrs
    skipped = attrs.setdefault("skipped_lines", [])
    if table.empty and skipped:
        no, why = skipped[0]
        raise SkipFile(f"no readable record: {len(skipped)} unreadable (first: {no}: {why})")
    attrs.setdefault("row_label", "record")
    if "row_numbers" not in attrs:
        attrs["row_numbers"] = np.arange(1, len(table) + 1)
    return table


def _read_jsonl(path: Path) -> pd.DataFrame:
    """JSON lines: Arrow's multi-threaded reader when every line is a record of one type per
    field; otherwise line by line with :func:`json.loads`, skipping (and listing) bad lines.

    Arrow reads the file through :class:`_LineCounter` (so the file is never held whole in
    memory on that path); a blank line, which Arrow passes over, sends the file to the line by
    line reader so that row numbers stay line numbers.
    """
    gz = path.suffix.lower() == ".gz"
    table = None
    try:
        with (gzip.open(path, "rb") if gz else open(path, "rb")) as fh:
            counter = _LineCounter(fh)
            table = pa_json.read_json(counter)
    except (pa.ArrowInvalid, OSError, EOFError):
        table = None
    if table is not None and not counter.blank and table.num_rows == counter.n_lines and not any(
            pa.types.is_nested(t) for t in table.schema.types):
        df = table.to_pandas()
        del table
        if counter.n_bytes > 50_000_000:
            release_memory()  # Arrow's parse buffers
        df.attrs["row_numbers"] = np.arange(1, len(df) + 1)
        df.attrs["row_label"] = "line"
        return df
    data = read_bytes(path)
    del table
    records, numbers, skipped = [], [], []
    for no, line in enumerate(data.split(b"\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError
            skipped.append((no, f"invalid JSON ({_short(exc)})"))
            continue
        if not isinstance(obj, dict):
            skipped.append((no, f"a JSON {type(obj).__name__}, not an object"))
            continue
        records.append(obj)
        numbers.append(no)
    del data
    df = pd.DataFrame(records)
    df.attrs.update(row_numbers=np.asarray(numbers, np.int64), row_label="line",
                    skipped_lines=skipped)
    return df


class _LineCounter(io.RawIOBase):
    """A readable stream over ``fh`` that counts lines and notices a blank one as it is read."""

    _BLANK = re.compile(rb"\n[ \t\r\f\v]*\n")

    def __init__(self, fh):
        self.fh, self.lines, self.n_bytes, self.blank = fh, 0, 0, False
        self.tail, self.last = b"\n", b"\n"

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.fh.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        if n:
            self.n_bytes += n
            self.lines += data.count(b"\n")
            if not self.blank and self._BLANK.search(self.tail + data):
                self.blank = True
            cut = data.rfind(b"\n")
            tail = data[cut:] if cut >= 0 else self.tail + data
            self.tail = tail if not tail[1:].strip() else b"x"
            self.last = data[-1:]
        return n

    @property
    def n_lines(self) -> int:
        return self.lines + (0 if self.last == b"\n" else 1)


def _short(exc: Exception) -> str:
    msg = getattr(exc, "msg", None) or str(exc)
    return msg if len(msg) <= 80 else msg[:77] + "..."


def _read_json(data: bytes) -> pd.DataFrame:
    """A JSON array of records (or an object holding one): non-object records are skipped."""
    obj = json.loads(data.decode("utf-8-sig"))
    if isinstance(obj, dict):
        lists = [v for v in obj.values() if isinstance(v, list)]
        obj = lists[0] if len(lists) == 1 else [obj]
    if not isinstance(obj, list):
        raise SkipFile(f"a JSON {type(obj).__name__}, not a list of records")
    keep = [i for i, r in enumerate(obj) if isinstance(r, dict)]
    skipped = [(i + 1, f"a JSON {type(r).__name__}, not an object")
               for i, r in enumerate(obj) if not isinstance(r, dict)]
    df = pd.DataFrame.from_records([obj[i] for i in keep]) if keep else pd.DataFrame()
    df.attrs.update(row_numbers=np.asarray(keep, np.int64) + 1, row_label="record",
                    skipped_lines=skipped)
    return df


def _count_lines(path: Path) -> int:
    """Lines of a file (a last line without a line break counts; blank last lines do not)."""
    data = read_bytes(path).rstrip(b"\r\n")
    return data.count(b"\n") + 1 if data else 0


_BAD_LINE = re.compile(r"Skipping line (\d+): (.*)")


def _read_csv(path: Path, sep: str) -> pd.DataFrame:
    """CSV/TSV as strings; lines with too many fields are skipped and listed (by line)."""
    for encoding in ("utf-8", "cp1252"):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", pd.errors.ParserWarning)
            try:
                df = pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False,
                                 encoding=encoding, on_bad_lines="warn")
            except UnicodeDecodeError:
                continue
        skipped = []
        for w in caught:
            for m in _BAD_LINE.finditer(str(w.message)):
                skipped.append((int(m.group(1)), m.group(2).strip()))
        skipped.sort()
        df.attrs["skipped_lines"] = skipped
        n_lines = len(df) + 1 + len(skipped)
        if _count_lines(path) == n_lines:  # no quoted line breaks: rows are lines
            lines = np.arange(2, n_lines + 1)
            lines = lines[~np.isin(lines, [no for no, _ in skipped])]
            df.attrs.update(row_numbers=lines, row_label="line")
        return df
    raise SkipFile("not decodable as UTF-8 or cp1252")  # pragma: no cover - cp1252 decodes all


def map_columns(table: pd.DataFrame, columns: dict[str, str] | None = None) -> dict[str, str]:
    """Which column of ``table`` holds each field: ``columns`` first, then the known names.

    Raises :class:`SkipFile` when no text column is found (the reason lists the columns).
    """
    columns = dict(columns or {})
    for fld, name in columns.items():
        if name not in table.columns:
            raise SkipFile(
                f"column mapping names {name!r} for {fld!r}, not in {list(table.columns)}"
            )
    lower = {str(c).lower(): c for c in table.columns}
    for fld, candidates in COLUMN_CANDIDATES.items():
        if fld in columns:
            continue
        for cand in candidates:
            if cand in table.columns:
                columns[fld] = cand
                break
            if cand.lower() in lower:
                columns[fld] = lower[cand.lower()]
                break
    if "text" not in columns:
        raise SkipFile(
            f"no text column (tried {', '.join(COLUMN_CANDIDATES['text'])}; columns are "
            f"{list(table.columns)}); pass columns={{'text': ...}}"
        )
    return columns
