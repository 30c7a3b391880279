"""Split multi-article exports of news databases (Nexis Uni, LexisNexis, Factiva) into articles.

An export holds many articles in one file (.txt, .rtf, .docx or .pdf), each a header block
(headline, outlet, date, byline, length, section, …) and a body. :func:`detect_export` recognises
the layout from its separators; :func:`split_export` returns one :class:`ExportArticle` per
article, with the header fields parsed and the header lines kept out of the body. The layouts
follow what LexisNexisTools' ``lnt_read`` (Gruber 2018) relies on:

- **Nexis Uni**: articles end with an ``End of Document`` line; the header (headline, outlet,
  date, ``Copyright …``, ``Section:``, ``Length: 512 words``, ``Byline:``) ends at a ``Body``
  line; the body ends at ``Classification`` / ``Load-Date:``. A cover page (``Date and Time:``,
  ``Job Number:``, ``Documents (N)``, search terms) before the first article is dropped.
- **LexisNexis (nexis.com)**: articles start at ``N of M DOCUMENTS``; outlet, date (and edition)
  and headline come first, the header ends at ``LENGTH:``; ``LOAD-DATE:``, ``LANGUAGE:`` close it.
- **Factiva with indexing**: two-letter field codes (``HD`` headline, ``BY``, ``WC`` word count,
  ``PD`` date, ``SN`` source, ``SE`` section, ``LP`` lead and ``TD`` text = body, ``AN`` the
  accession number ``Document XXXX…``).
- **Factiva plain**: headline, ``By …``, ``512 words``, date, source name, source code, edition,
  page, language, copyright, the body, then the ``Document XXXX…`` id line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .scraped import parse_date

_END_OF_DOCUMENT = re.compile(r"^[ \t]*End of Document[ \t]*$", re.M)
_LN_START = re.compile(r"^[ \t]*(?:FOCUS - )?\d+ of \d+ DOCUMENTS?[ \t]*$", re.M)
_FACTIVA_ID = re.compile(
    r"^[ \t]*(?:AN[ \t]*[|:]?[ \t]*)?Document[ \t]+([A-Za-z0-9]{16,40})[ \t|]*$", re.M)
_FACTIVA_CODES = (
    "HD", "CR", "WC", "PD", "ET", "SN", "SC", "ED", "PG", "LA", "CY", "LP", "TD", "CT", "RF",
    "CO", "IN", "NS", "RE", "IPC", "IPD", "PUB", "AN", "SE", "CLM", "ART", "BY",
)
_FACTIVA_FIELD = re.compile(rf"^\s*({'|'.join(_FACTIVA_CODES)})(?:\s*[|:]\s*|\s+|$)(.*)$")
_WORDS = re.compile(r"^(\d[\d,.]*)\s+words?$", re.I)
_PAGE_FURNITURE = re.compile(r"^Page \d+ of \d+$", re.I)
_NEXIS_FIELD = re.compile(
    r"^(Section|Length|Byline|Author|Dateline|Highlight|Edition|Correction|Correction-Date|"
    r"Series|Type|Graphic|Update|Journal Code|Document-Type|Publication-Type|Url|Name|"
    r"Contributor):\s*(.*)$", re.I,
)
_NEXIS_TAIL = re.compile(
    r"^(?:Classification|Load-Date:|Language:|Publication-Type:|Subject:|Geographic:|"
    r"Industry:|Person:|Company:|Organization:|Ticker:|Notes:|Document-Type:)", re.I,
)
_NEXIS_COVER = re.compile(
    r"^(?:User Name:|Date and Time:|Job Number:|Documents? \(\d+\)|Client/Matter:|"
    r"Search Terms:|Search Type:|Narrowed by|Content Type|Timeline:|Source Name:|\d+\.\s)", re.I,
)
_LN_TAIL = ("LOAD-DATE", "LANGUAGE", "PUBLICATION-TYPE", "DOCUMENT-TYPE", "JOURNAL-CODE",
            "SUBJECT", "GEOGRAPHIC", "ORGANIZATION", "PERSON", "TICKER", "INDUSTRY", "URL",
            "NOTES", "CORRECTION-DATE", "COMPANY", "COUNTRY", "CITY", "STATE", "ACC-NO")
# the known keys only: a headline such as "OPINION: …" is not a field
_LN_FIELD = re.compile(
    r"^(BYLINE|AUTHOR|SECTION|LENGTH|DATELINE|HIGHLIGHT|GRAPHIC|EDITION|SERIES|CORRECTION|"
    rf"TYPE|NAME|CONTRIBUTOR|DISTRIBUTION|{'|'.join(_LN_TAIL)}):\s*(.*)$")
_COPYRIGHT = re.compile(r"^(?:\(c\)|©|copyright\b)", re.I)
_LANGUAGES = {
    "english", "french", "german", "spanish", "italian", "dutch", "portuguese", "russian",
    "arabic", "chinese", "japanese", "turkish", "polish", "swedish", "danish", "norwegian",
}
_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?(?:\s+[A-Z]{2,4})?$", re.I)

NAMES = {"nexis_uni": "Nexis Uni", "lexisnexis": "LexisNexis", "factiva": "Factiva"}


@dataclass
class ExportArticle:
    """One article of a database export: its header fields and its body paragraphs."""

    title: str | None = None
    outlet: str | None = None
    date: date | None = None
    byline: str | None = None
    section: str | None = None
    reported_words: int | None = None
    export_id: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def detect_export(text: str) -> str | None:
    """``"nexis_uni"``, ``"lexisnexis"``, ``"factiva"``, or ``None`` for an ordinary text.

    A file is an export when its separators say so: two ``End of Document`` lines (or one with
    a ``Body`` line and a ``Length:`` line), ``N of M DOCUMENTS`` lines with ``LENGTH:``, or
    Factiva ``Document`` ids with field codes or a ``N words`` line.

    Examples
    --------
    >>> detect_export("Title\\nThe Times\\nBody\\nText.\\nEnd of Document\\nT2\\nEnd of Document")
    'nexis_uni'
    >>> detect_export("An ordinary article. It ends here.") is None
    True
    """
    # substring tests first: a regex with ^ in MULTILINE mode scans every position (~50 µs a
    # page), and ordinary texts never hold the separators
    n_end = len(_END_OF_DOCUMENT.findall(text)) if "End of Document" in text else 0
    if n_end >= 2 or (n_end == 1 and re.search(r"^\s*Body\s*$", text, re.M)
                      and re.search(r"^\s*Length:", text, re.M | re.I)):
        return "nexis_uni"
    n_start = len(_LN_START.findall(text)) if " DOCUMENT" in text else 0
    if n_start and (n_start >= 2 or re.search(r"^\s*LENGTH:", text, re.M)):
        return "lexisnexis"
    n_id = len(_FACTIVA_ID.findall(text)) if "Document" in text else 0
    if n_id and (n_id >= 2 or re.search(r"^\s*(?:WC\b.*|\d[\d,]*\s+words)\s*$", text, re.M)):
        return "factiva"
    return None


def split_export(text: str, kind: str | None = None) -> list[ExportArticle]:
    """Split an export (``kind`` from :func:`detect_export`) into its articles.

    Examples
    --------
    >>> doc = ("Rain in Paris\\nThe Times\\nMarch 3, 2021 Wednesday\\nLength: 12 words\\n"
    ...        "Body\\nIt rained.\\nLoad-Date: March 4, 2021\\nEnd of Document\\n")
    >>> a = split_export(doc)[0]
    >>> a.title, a.outlet, a.date.isoformat(), a.reported_words, a.text
    ('Rain in Paris', 'The Times', '2021-03-03', 12, 'It rained.')
    """
    kind = kind or detect_export(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    if kind == "nexis_uni":
        return _split_nexis_uni(text)
    if kind == "lexisnexis":
        return _split_lexisnexis(text)
    if kind == "factiva":
        if re.search(r"^\s*HD\b", text, re.M):
            return _split_factiva_fields(text)
        return _split_factiva_plain(text)
    return []


def _lines(block: str) -> list[str]:
    out = [re.sub(r"[ \t]+", " ", ln).strip() for ln in block.split("\n")]
    return [ln for ln in out if ln and not _PAGE_FURNITURE.match(ln)]


def _words(value: str) -> int | None:
    m = re.search(r"(\d[\d,]*)\s+words?", value, re.I)
    return int(m.group(1).replace(",", "")) if m else None


def _date_line(line: str) -> date | None:
    """The date of a short header line (a date line is never a long sentence)."""
    return parse_date(line) if len(line) <= 80 else None


def _split_nexis_uni(text: str) -> list[ExportArticle]:
    parts = _END_OF_DOCUMENT.split(text)
    out = []
    for i, part in enumerate(parts):
        lines = _lines(part)
        last = i == len(parts) - 1 and i > 0
        if lines and (not last or any(ln.lower() == "body" for ln in lines)):
            out.append(_nexis_uni_article(lines, first=i == 0))  # last: a cut-off export
    return out


def _nexis_uni_article(lines: list[str], first: bool) -> ExportArticle:
    art = ExportArticle()
    body_at = next((i for i, ln in enumerate(lines) if ln.lower() in ("body", "text")), None)
    if body_at is None:  # no "Body" line: the header ends at its last field line
        fields = [i for i, ln in enumerate(lines) if _NEXIS_FIELD.match(ln)]
        body_at = fields[-1] if fields else -1
        head, body = lines[: body_at + 1], lines[body_at + 1:]
    else:
        head, body = lines[:body_at], lines[body_at + 1:]
    cover_at = [i for i, ln in enumerate(head) if _NEXIS_COVER.match(ln)] if first else []
    cover = head[: cover_at[-1] + 1] if cover_at else []
    top = []
    for ln in head[len(cover):]:
        m = _NEXIS_FIELD.match(ln)
        if m:
            _nexis_field(art, m.group(1).lower(), m.group(2).strip())
        elif _COPYRIGHT.match(ln):
            art.removed.append(f"export header: {ln}")
        else:
            top.append(ln)
    top = [ln for i, ln in enumerate(top) if not i or ln != top[i - 1]]  # PDF running header
    when = next((i for i, ln in enumerate(top) if _date_line(ln)), None)
    if when is not None:
        art.date = _date_line(top[when])
        art.removed.extend(f"export header: {ln}" for ln in top[when:])  # date, edition
        top = top[:when]
    if len(top) >= 2:
        art.outlet = top[-1]
        titles = top[-2:-1] if cover else top[:-1]  # after a cover page: one headline line
        art.title = " ".join(titles)
        cover = cover + top[: len(top) - 1 - len(titles)]
    elif top:
        art.title = top[0]
    art.removed.extend(f"export cover: {ln}" for ln in cover)
    end = next((i for i, ln in enumerate(body) if _NEXIS_TAIL.match(ln)), len(body))
    for ln in body[end:]:
        if ln.lower().startswith("load-date:") and art.date is None:
            art.date = parse_date(ln)
        art.removed.append(f"export trailer: {ln}")
    # a PDF repeats the headline at the top of each page of the article
    art.paragraphs = [ln for ln in body[:end] if ln != art.title]
    if len(art.paragraphs) < end:
        art.removed.append(f"export header: {art.title} (headline repeated in the body)")
    return art


def _nexis_field(art: ExportArticle, key: str, value: str) -> None:
    if key == "section":
        art.section = value
    elif key == "length":
        art.reported_words = _words(value)
    elif key in ("byline", "author"):
        art.byline = art.byline or re.sub(r"^By\s+", "", value, flags=re.I)
    else:
        art.removed.append(f"export header: {key.title()}: {value}")


def _split_lexisnexis(text: str) -> list[ExportArticle]:
    starts = [m.end() for m in _LN_START.finditer(text)]
    ends = [m.start() for m in _LN_START.finditer(text)][1:] + [len(text)]
    return [_lexisnexis_article(text[s:e]) for s, e in zip(starts, ends)]


def _lexisnexis_article(part: str) -> ExportArticle:
    art = ExportArticle()
    blocks = [_lines(b) for b in re.split(r"\n\s*\n", part)]
    blocks = [b for b in blocks if b]
    in_body, done = False, False
    head: list[str] = []
    for block in blocks:
        m = _LN_FIELD.match(block[0])
        key = m.group(1) if m else None
        if key in _LN_TAIL or done:
            done = True
            art.removed.extend(f"export trailer: {ln}" for ln in block)
        elif key and (not in_body or key in ("DATELINE", "HIGHLIGHT", "GRAPHIC")):
            value = " ".join([m.group(2)] + block[1:]).strip()
            _nexis_field(art, key.lower(), value)
            in_body = in_body or key == "LENGTH"
        elif in_body:
            if _COPYRIGHT.match(block[0]):
                art.removed.extend(f"export trailer: {ln}" for ln in block)
            else:  # a wrapped line ending in a hyphen is a compound word: no space
                art.paragraphs.append(re.sub(r"(?<=\w-)\n(?=\w)", "", "\n".join(block))
                                      .replace("\n", " "))
        else:
            head.append(block)
    if head:
        art.outlet = " ".join(head[0])
        rest = head[1:]
        if rest and _date_line(rest[0][0]):
            art.date = _date_line(rest[0][0])
            art.removed.extend(f"export header: {ln}" for ln in rest[0])  # date, edition
            rest = rest[1:]
        if rest:
            art.title = " ".join(ln for b in rest for ln in b)
    return art


def _split_factiva_fields(text: str) -> list[ExportArticle]:
    out: list[ExportArticle] = []
    fields: dict[str, list[str]] = {}
    current = None
    for ln in text.split("\n"):
        m = _FACTIVA_FIELD.match(ln)
        if m:
            current = m.group(1)
            fields.setdefault(current, [])
            value = m.group(2).strip(" |")
            if value:
                fields[current].append(value)
            if current == "AN":
                out.append(_factiva_fields_article(fields))
                fields, current = {}, None
        elif current and ln.strip(" |\t"):
            fields[current].append(ln.strip(" |\t"))
    if fields.get("HD") and (fields.get("LP") or fields.get("TD")):
        out.append(_factiva_fields_article(fields))  # last article without an AN line
    return out


def _factiva_fields_article(fields: dict[str, list[str]]) -> ExportArticle:
    def one(code: str) -> str | None:
        value = " ".join(fields.get(code, [])).strip()
        return value or None

    by = one("BY")
    an = one("AN")
    art = ExportArticle(
        title=one("HD"), outlet=one("SN"), section=one("SE"),
        byline=re.sub(r"^By\s+", "", by, flags=re.I) if by else None,
        reported_words=_words(one("WC") or ""),
        date=parse_date(one("PD") or ""),
        export_id=re.sub(r"^Document\s+", "", an) if an else None,
    )
    art.paragraphs = fields.get("LP", []) + fields.get("TD", [])
    art.removed = [f"export field {c}: {' '.join(v)}" for c, v in fields.items()
                   if c not in ("HD", "SN", "SE", "BY", "WC", "PD", "AN", "LP", "TD")]
    return art


def _split_factiva_plain(text: str) -> list[ExportArticle]:
    out = []
    pos = 0
    for m in _FACTIVA_ID.finditer(text):
        lines = _lines(text[pos:m.start()])
        pos = m.end()
        if lines:
            art = _factiva_plain_article(lines)
            art.export_id = m.group(1)
            out.append(art)
    return out


def _factiva_plain_article(lines: list[str]) -> ExportArticle:
    art = ExportArticle()
    wc = next((i for i, ln in enumerate(lines[:12]) if _WORDS.match(ln)), None)
    if wc is None:  # no header to read: the whole block is the body
        art.paragraphs = lines
        return art
    art.reported_words = _words(lines[wc])
    top = lines[:wc]
    if top and re.match(r"^By\s", top[-1], re.I):
        art.byline = re.sub(r"^By\s+", "", top.pop(), flags=re.I)
    if top:
        art.title = top[-1]
        art.section = " ".join(top[:-1]) or None
    i = wc + 1
    if i < len(lines) and _date_line(lines[i]):
        art.date = _date_line(lines[i])
        art.removed.append(f"export header: {lines[i]}")
        i += 1
    if i < len(lines) and _TIME.match(lines[i]):
        art.removed.append(f"export header: {lines[i]}")
        i += 1
    if i < len(lines):
        art.outlet = lines[i]
        i += 1
    # source code, edition, page, language, then the copyright line end the header
    stop = next((j for j in range(i, min(i + 6, len(lines))) if _COPYRIGHT.match(lines[j])), None)
    if stop is None:
        stop = next((j for j in range(i, min(i + 5, len(lines)))
                     if lines[j].lower() in _LANGUAGES), i - 1)
    art.removed.extend(f"export header: {ln}" for ln in lines[i:stop + 1])
    art.paragraphs = lines[stop + 1:]
    return art
