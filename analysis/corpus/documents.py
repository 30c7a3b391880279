"""Office and print formats: Excel workbooks, PDF text layers, Word and RTF documents.

:func:`read_document` turns one ``.xlsx``, ``.pdf``, ``.docx`` or ``.rtf`` file into article
records for :mod:`analysis.corpus`: a workbook's sheets go through the same column recognition as
CSV exports (:func:`analysis.corpus.readers.map_columns`); a document's text is either a
multi-article database export (split by :mod:`analysis.corpus.database_exports`) or one article,
cleaned like a scraped text file. :func:`export_records` does the same for a plain-text export.
Unusable files raise :class:`~analysis.corpus.readers.SkipFile` with the reason (a scanned PDF
without a text layer, an encrypted PDF, a corrupt workbook, a document without text).
"""

from __future__ import annotations

import io
import re
import warnings
from pathlib import Path

import pandas as pd

from .database_exports import NAMES, detect_export, split_export
from .exports import normalise
from .readers import COLUMN_CANDIDATES, SkipFile, decode, map_columns, read_bytes
from .records import Block, Note, doc_id_of, records_from_scraped, table_records

DOCUMENT_KINDS = ("spreadsheet", "pdf", "docx", "rtf")
#: Columns that only exports carry; added to ``articles`` when some article has them.
EXPORT_COLUMNS = ("byline", "section", "reported_words")

#: Excel keeps at most this many characters in a cell; a longer text was cut when saved.
EXCEL_CELL_LIMIT = 32_767
NO_TEXT_LAYER = "PDF has no text layer (scanned image?): run OCR first, e.g. ocrmypdf"


def read_document(path: Path, kind: str, rel: str,
                  columns: dict | None = None) -> tuple[list[dict], str, str | None]:
    """Article records of one document: ``(records, encoding, note for the load report)``.

    Raises :class:`~analysis.corpus.readers.SkipFile` when the file cannot be used.
    """
    if kind == "spreadsheet":
        recs, note = _records_from_workbook(path, rel, columns)
        return recs, "", note
    heading = None
    if kind == "pdf":
        text, meta_title = read_pdf(path)
    elif kind == "docx":
        text, meta_title, heading = read_docx(path)
    elif kind == "rtf":
        text, meta_title = read_rtf(path), None
    else:
        raise ValueError(f"not a document kind: {kind!r}")
    found = export_records(text, rel, "")
    if found is not None:
        recs, note = found
        return recs, "", note
    # one paragraph a line (RTF) → one a block, as the scraped-text cleaner reads paragraphs
    recs = records_from_scraped(re.sub(r"\n+", "\n\n", text), rel, "")
    first = recs[0] if recs else None
    if first and not first["title"] and heading and first["text"].startswith(heading):
        # a Title/Heading-styled first paragraph that reads like a sentence ("… now.")
        first["text"] = first["text"][len(heading):].lstrip("\n")
        first["title"], first["title_source"] = heading, "docx_style"
    if first and not first["title"] and meta_title:
        first["title"], first["title_source"] = meta_title, f"{kind}_meta"
    note = f"{len(recs)} stories in one document" if len(recs) > 1 else ""
    return recs, "", note


def export_records(text: str, rel: str, enc: str) -> tuple[list[dict], str] | None:
    """Records of a database export (Nexis Uni, LexisNexis, Factiva), or ``None`` if ``text``
    is not one. Header fields carry ``*_source = "export_header"``.

    Examples
    --------
    >>> doc = ("Rain in Paris\\nThe Times\\nMarch 3, 2021\\nByline: Ann Lee\\nBody\\nIt rained.\\n"
    ...        "End of Document\\nSun in Rome\\nThe Times\\nMarch 4, 2021\\nBody\\nIt shone.\\n"
    ...        "End of Document\\n")
    >>> recs, note = export_records(doc, "exports/nexis.txt", "utf-8")
    >>> note
    'Nexis Uni export: 2 articles'
    >>> for r in recs:
    ...     print(r["doc_id"], "|", r["title"], "|", r["byline"], "|", r["text"])
    exports/nexis | Rain in Paris | Ann Lee | It rained.
    exports/nexis-2 | Sun in Rome | None | It shone.
    >>> export_records("An ordinary article.", "a.txt", "utf-8") is None
    True
    """
    kind = detect_export(text)
    if kind is None:
        return None
    base = doc_id_of(rel)
    arts = split_export(text, kind)
    recs = []
    for i, a in enumerate(arts):
        recs.append({
            "doc_id": base if i == 0 else f"{base}-{i + 1}",
            "outlet": a.outlet, "outlet_source": "export_header" if a.outlet else None,
            "date": a.date, "date_source": "export_header" if a.date else None,
            "title": a.title, "title_source": "export_header" if a.title else None,
            "url": None, "url_source": None,
            "text": normalise(a.text), "source_file": rel,
            "captions": "", "highlights": "", "removed": "\n".join(a.removed),
            "dateline": None, "part": i + 1, "encoding": enc,
            "byline": a.byline, "section": a.section, "reported_words": a.reported_words,
        })
    empty = sum(1 for r in recs if not r["text"].strip())
    note = f"{NAMES[kind]} export: {len(recs) - empty} articles"
    if empty:
        note += f"; {empty} without body text skipped"
    return recs, note


_HTML_EXPORT_HINT = re.compile(rb"End of Document|Document\s+[A-Za-z0-9]{16,40}\b")
_HTML_BLOCKS = ("p", "div", "tr", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table",
                "section", "article")


def html_export_records(path: Path, rel: str) -> tuple[list[dict], str] | None:
    """Records of an HTML page that is a database export (Factiva's HTML download: one table
    per article, a row per field code), or ``None`` for an ordinary page."""
    data = read_bytes(path)
    if not _HTML_EXPORT_HINT.search(data):
        return None
    import lxml.html

    html, enc = decode(data)
    try:
        root = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001 - not parseable here: trafilatura gets its turn
        return None
    for el in root.iter(*_HTML_BLOCKS, "td", "th"):
        el.tail = ("\t" if el.tag in ("td", "th") else "\n") + (el.tail or "")
    for el in root.iter("script", "style"):
        el.drop_tree()
    return export_records(root.text_content(), rel, "")


def _records_from_workbook(path: Path, rel: str,
                           columns: dict | None) -> tuple[list[dict], str]:
    sheets = read_xlsx(path)
    usable, notes, skipped = [], [], []
    for name, table in sheets.items():
        try:
            map_columns(table, columns)
        except SkipFile as exc:
            skipped.append(f"sheet {name!r}: {exc}")
            continue
        usable.append((name, table))
    if not usable:
        raise SkipFile("no sheet with a text column (" + "; ".join(skipped) + ")")
    base = doc_id_of(rel)
    frames, bad, skipped_rows = [], 0, 0
    for name, table in usable:
        block, note = table_records(table, rel, columns)
        bad, skipped_rows = bad + note.counts[0], skipped_rows + note.counts[1]
        note = str(note)
        frame = block.frame
        text = table[map_columns(table, columns)["text"]].astype(str)
        cut = int((text.str.len() >= EXCEL_CELL_LIMIT).sum())
        if cut:
            note += (f"; {cut} texts at Excel's {EXCEL_CELL_LIMIT:,}-character cell limit "
                     "(probably truncated: export as CSV instead)")
        if len(usable) > 1:  # row ids are per sheet: name the sheet in generated ids
            gen = frame["doc_id"].str.startswith(f"{base}:").fillna(False).to_numpy(bool)
            frame.loc[gen, "doc_id"] = (f"{base}:{name}:"
                                        + frame.loc[gen, "doc_id"].str.slice(len(base) + 1))
            note = f"sheet {name!r}: {note}"
        if len(frame):
            frames.append(frame)
        notes.append(note)
    if skipped:
        notes.append(f"{len(skipped)} sheet(s) without a text column skipped")
    full = Note("; ".join(notes))
    full.counts = (bad, skipped_rows)
    if not frames:
        return [], full
    return Block(pd.concat(frames, ignore_index=True)), full



def read_xlsx(path: Path) -> dict[str, pd.DataFrame]:
    """Every sheet of an Excel workbook as a table of strings (openpyxl engine).

    A sheet whose column names are not its first row (a title or notes above the table) gets
    the first of its first ten rows that names a text column (``COLUMN_CANDIDATES["text"]``)
    as header.
    """
    if path.name.lower().removesuffix(".gz").endswith(".xls"):
        raise SkipFile("Excel 97-2003 .xls file: save it as .xlsx (or CSV) and load that")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles and data validation
            sheets = pd.read_excel(io.BytesIO(read_bytes(path)), sheet_name=None,
                                   engine="openpyxl", dtype=str, keep_default_na=False)
    except ImportError as exc:
        raise SkipFile(f"reading .xlsx needs openpyxl ({exc})") from exc
    except Exception as exc:  # openpyxl raises many types on damaged workbooks  # noqa: BLE001
        raise SkipFile(f"unreadable Excel workbook ({type(exc).__name__}: {exc})") from exc
    return {str(name): _header_row(table) for name, table in sheets.items()}


def _header_row(table: pd.DataFrame) -> pd.DataFrame:
    names = {c.lower() for c in COLUMN_CANDIDATES["text"]}
    if any(str(c).strip().lower() in names for c in table.columns):
        return table
    for i in range(min(10, len(table))):
        row = [str(v).strip() for v in table.iloc[i]]
        if any(v.lower() in names for v in row):
            body = table.iloc[i + 1:].reset_index(drop=True)
            body.columns = [v or f"Unnamed: {k}" for k, v in enumerate(row)]
            return body
    return table


def read_pdf(path: Path) -> tuple[str, str | None]:
    """The text layer of a PDF (pypdf) with wrapped lines re-joined into paragraphs, and the
    document's ``/Title`` metadata.

    Running headers and footers (a line that starts or ends most pages) and ``Page N of M``
    lines are dropped; see :func:`reflow` for how paragraphs are rebuilt.
    """
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(read_bytes(path)))
        if reader.is_encrypted and not _decrypt(reader):
            raise SkipFile("PDF is encrypted (password-protected): save an unprotected copy")
        pages = _with_gaps([_page_rows(page) for page in reader.pages])
        has_images = any(_page_has_images(page) for page in reader.pages)
        meta = reader.metadata
        title = (meta.title or None) if meta else None
    except SkipFile:
        raise
    except Exception as exc:  # pypdf raises many types on damaged files  # noqa: BLE001
        raise SkipFile(f"unreadable PDF ({type(exc).__name__}: {exc})") from exc
    if not pages:
        raise SkipFile("PDF has no pages")
    if not any(ln for p in pages for ln in p):
        raise SkipFile(NO_TEXT_LAYER if has_images else "PDF has no text")
    lines = [ln for page in _without_furniture(pages) for ln in [*page, "\f"]]
    text = reflow(lines).replace("\n", "\n\n")  # a paragraph may go on across a page break
    return text, (title.strip() or None) if isinstance(title, str) else None


def _page_rows(page) -> list[tuple[str, float | None]]:
    """Lines of a page in content order, each with the height of its baseline."""
    lines: list[list] = [["", None]]

    def visit(text, cm, tm, _font, _size) -> None:
        parts = text.split("\n")
        for k, part in enumerate(parts):
            if k:
                lines.append(["", None])
            if part.strip() and lines[-1][1] is None:
                lines[-1][1] = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            lines[-1][0] += part

    page.extract_text(visitor_text=visit)
    # glyph runs split at kerning pairs come back with a space before a closing quote
    return [(_QUOTE_SPACE.sub("", " ".join(t.split())), y) for t, y in lines if t.strip()]


_QUOTE_SPACE = re.compile(r"(?<=\w) (?=’\w)|(?<=[\w.,!?]) (?=”)")


def _with_gaps(pages: list[list[tuple[str, float | None]]]) -> list[list[str]]:
    """Lines of each page, with ``""`` where the vertical gap to the previous line is more than
    1.4 times the document's line spacing (a paragraph break). The spacing is the smallest step
    between lines; steps under a third of the median (sub- and superscripts) are not lines."""
    steps = [a[1] - b[1] for rows in pages for a, b in zip(rows, rows[1:])
             if a[1] is not None and b[1] is not None and a[1] > b[1]]
    median = sorted(steps)[len(steps) // 2] if steps else 0
    spacing = min((d for d in steps if d >= median / 3), default=None)
    out = []
    for rows in pages:
        lines: list[str] = []
        for i, (t, y) in enumerate(rows):
            prev = rows[i - 1][1] if i else None
            if spacing and prev is not None and y is not None and prev - y > 1.4 * spacing:
                lines.append("")
            lines.append(t)
        out.append(lines)
    return out


def _decrypt(reader) -> bool:
    """Open a PDF encrypted with an empty user password (common: owner-password only)."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # noqa: BLE001 - missing crypto backend or unsupported algorithm
        return False


def _page_has_images(page) -> bool:
    try:
        return bool(page.images)
    except Exception:  # noqa: BLE001
        return False


def _without_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Lines of each page without running headers/footers and page numbers (``""`` kept)."""

    def key(line: str) -> str:
        return re.sub(r"\d+", "#", line.lower())

    repeated: set[str] = set()
    if len(pages) >= 3:
        counts: dict[str, int] = {}
        for p in pages:
            text = [ln for ln in p if ln]
            for k in {key(ln) for ln in text[:2] + text[-2:]}:
                counts[k] = counts.get(k, 0) + 1
        repeated = {k for k, n in counts.items() if n >= 0.6 * len(pages)}
    furniture = re.compile(r"^(?:page\s+)?#(?:\s+of\s+#)?$|^- # -$")
    return [[ln for ln in p if not ln or (key(ln) not in repeated
                                         and not furniture.match(key(ln)))] for p in pages]


def reflow(lines: list[str]) -> str:
    """Re-join lines that a PDF wrapped at the column edge; paragraphs one per line.

    An empty line (a vertical gap, see :func:`_with_gaps`) ends a paragraph, and so does a line
    shorter than 75 % of the column width (estimated as the 99th-percentile line length, so that
    one stray long line does not set it): a paragraph's last line, a heading, a header field. A
    full-width line continues into the next one. At a page break (``"\\f"``) the gap is not
    visible: a paragraph goes on when the next page starts in lower case, or when the last line
    does not end a sentence and is longer than half the column (a heading is short). A word
    hyphenated at a line end loses its hyphen only when the document itself spells the word
    without it elsewhere ("inter-" + "national" → "international" if "international" occurs);
    otherwise it is a compound ("power-" + "projection" → "power-projection").

    Examples
    --------
    >>> print(reflow(["Headline", "The first line of a paragraph that goes on and",
    ...               "ends here.", "Another one."]))
    Headline
    The first line of a paragraph that goes on and ends here.
    Another one.
    """
    lengths = sorted(len(ln) for ln in lines if ln.strip())
    if not lengths:
        return ""
    full = lengths[min(len(lengths) - 1, int(0.99 * len(lengths)))]
    vocabulary = {w.lower() for ln in lines for w in re.findall(r"\w+", ln)}
    out: list[str] = []
    joining = page_break = False
    for ln in lines:
        if ln == "\f":
            page_break = True
            continue
        if not ln:
            joining = False
            continue
        if page_break and out:
            if ln[:1].islower():
                joining = True  # a paragraph never starts in lower case
            elif out[-1].endswith((".", "!", "?", '"', "”", ":")):
                joining = False  # a sentence ends at the foot of the page
            elif len(out[-1]) >= 0.5 * full:
                joining = True  # a sentence goes on: not a heading, which is short
        page_break = False
        if joining and out:
            out[-1] = _join(out[-1], ln, vocabulary)
        else:
            out.append(ln)
        joining = len(ln) >= 0.75 * full and len(lengths) > 1 and full >= 40
    return "\n".join(out)


def _join(line: str, following: str, vocabulary: set[str]) -> str:
    if line.endswith("-") and line[-2:-1].isalpha() and following[:1].isalpha():
        head = re.search(r"(\w+)-$", line)
        tail = re.match(r"\w+", following)
        if head and tail and (head.group(1) + tail.group(0)).lower() in vocabulary:
            return line[:-1] + following
        return line + following
    return line + " " + following


def read_docx(path: Path) -> tuple[str, str | None, str | None]:
    """Paragraphs (and table rows) of a Word document in order, its core-property title, and
    its first paragraph when that is styled as a title or heading."""
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(read_bytes(path)))
        lines, heading = [], None
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                for row in block.rows:
                    cells = [c.text.strip() for c in row.cells if c.text.strip()]
                    lines.append(" ".join(dict.fromkeys(cells)))  # merged cells repeat
                continue
            text = block.text.strip()
            if text and not any(lines):
                style = (block.style.name if block.style is not None else "") or ""
                heading = text if style.startswith(("Title", "Heading")) else None
            lines.append(text)
        title = document.core_properties.title or None
    except Exception as exc:  # python-docx raises many types on damaged files  # noqa: BLE001
        raise SkipFile(f"unreadable Word document ({type(exc).__name__}: {exc})") from exc
    lines = [ln for ln in lines if ln]
    if not lines:
        raise SkipFile("Word document has no text")
    return "\n\n".join(lines), title, heading


def read_rtf(path: Path) -> str:
    """Plain text of an RTF file (striprtf), paragraphs one per line; table cells become
    ``|``-separated, which the export parsers accept. A ``.doc`` file is read when it is RTF
    (as LexisNexis downloads are)."""
    from striprtf.striprtf import rtf_to_text

    data = read_bytes(path)
    if path.name.lower().removesuffix(".gz").endswith(".doc") and not data.lstrip().startswith(
            b"{\\rtf"):  # LexisNexis ".doc" downloads are RTF; Word 97-2003 files are not read
        raise SkipFile("Word 97-2003 .doc file: save it as .docx (or PDF) and load that")
    raw, _enc = decode(data)
    if not raw.lstrip().startswith("{\\rtf"):
        raise SkipFile("not an RTF file (no {\\rtf header)")
    m = re.search(r"\\ansicpg(\d+)", raw[:2000])
    encoding = f"cp{m.group(1)}" if m else "cp1252"
    try:
        text = rtf_to_text(raw, encoding=encoding, errors="replace")
    except LookupError:
        text = rtf_to_text(raw, errors="replace")
    except Exception as exc:  # noqa: BLE001 - striprtf on malformed control words
        raise SkipFile(f"unreadable RTF ({type(exc).__name__}: {exc})") from exc
    text = "\n".join(ln.strip().strip("|").strip() for ln in text.split("\n"))
    if not text.strip():
        raise SkipFile("RTF document has no text")
    return text
