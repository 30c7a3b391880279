"""Readers for each input format: bytes → decoded text, HTML → main text, exports → rows.

Each reader returns plain records (dicts) or raises :class:`SkipFile` with the reason a file
cannot be used; :mod:`analysis.corpus` turns those into the ``articles`` table and the load
report. Nothing here writes to disk.
"""

from __future__ import annotations

import gzip
import json
import re
import warnings
from pathlib import Path

import pandas as pd

#: Text-like files larger than this are skipped (one article is never this large).
MAX_TEXT_BYTES = 20_000_000

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TABLE_SUFFIXES = {".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".parquet"}
#: Office and print formats, read by :mod:`analysis.documents`.
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
    """Read an export (CSV/TSV, JSON lines, JSON records, Parquet; optionally gzipped)."""
    name = path.name.lower().removesuffix(".gz")
    try:
        if name.endswith(".parquet"):
            return pd.read_parquet(path)
        if name.endswith((".jsonl", ".ndjson")):
            return pd.read_json(path, lines=True, dtype=False)
        if name.endswith(".json"):
            obj = json.loads(read_bytes(path).decode("utf-8-sig"))
            if isinstance(obj, dict):
                lists = [v for v in obj.values() if isinstance(v, list)]
                obj = lists[0] if len(lists) == 1 else [obj]
            return pd.DataFrame.from_records(obj)
        sep = "\t" if name.endswith(".tsv") else ","
        try:
            return pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False)
        except UnicodeDecodeError:
            return pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False, encoding="cp1252")
    except SkipFile:
        raise
    except (ValueError, OSError, json.JSONDecodeError, pd.errors.ParserError) as exc:
        raise SkipFile(f"unreadable {path.suffix} export ({type(exc).__name__}: {exc})") from exc


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
