"""Article records of one file: scraped text, an HTML page's text, or an export's table.

A record is a dict with the fields of :data:`analysis.corpus.exports.RECORD_COLUMNS`; a whole
export becomes one frame (:class:`Block`) with a load-report note that carries its counts of bad
values and skipped lines (:class:`Note`). :mod:`analysis.corpus.documents` and
:mod:`analysis.corpus.steps` build on these; this module imports neither.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .exports import records_from_table
from .outlets import outlet_from_url
from .scraped import DATE_PRIORITY, OUTLET_PRIORITY, best, parse_scraped


def doc_id_of(rel: str) -> str:
    """The ``doc_id`` of a file's first article: its relative path without the extension(s).

    Examples
    --------
    >>> doc_id_of("news/2024/a.txt.gz"), doc_id_of("b.md")
    ('news/2024/a', 'b')
    """
    parts = rel.split("/")
    if all(parts) and "." not in parts:  # already a clean relative path: no Path needed
        name = parts[-1]
        stem = name.split(".")[0] if name.count(".") else name
        if stem:
            return "/".join(parts[:-1] + [stem])
    p = Path(rel)
    stem = p.name.split(".")[0] if p.name.count(".") else p.name
    return (p.parent / stem).as_posix() if str(p.parent) != "." else stem


def records_from_scraped(text: str, rel: str, enc: str) -> list[dict]:
    """One record per story of a scraped text (:func:`analysis.corpus.scraped.parse_scraped`)."""
    base = doc_id_of(rel)
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


def records_from_html(page: dict, rel: str) -> list[dict]:
    """Records of an HTML page's main text, with the page's metadata (``html_meta``)."""
    recs = records_from_scraped(page["text"], rel, "")
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


class Block:
    """The records of one export, as a frame (see
    :func:`analysis.corpus.exports.records_from_table`).

    Falsy when empty, like a list of records; ``load_file`` returns ``[frame]``, so callers
    that extend a list of records with it get the frame as one item (``to_frame`` takes both).
    """

    def __init__(self, frame: pd.DataFrame):
        self.frame = frame

    def __len__(self) -> int:
        return len(self.frame)


class Note(str):
    """The load report's reason for an export, carrying ``counts`` (bad values, skipped lines)."""

    counts: tuple[int, int] = (0, 0)


def table_records(table: pd.DataFrame, rel: str, columns: dict | None, *,
                  consume: bool = False) -> tuple[Block, Note]:
    """The records of an export's table as a :class:`Block`, and its load-report :class:`Note`
    (``consume``: the table was read for this call; its text column is taken out of it, see
    :func:`analysis.corpus.exports.records_from_table`)."""
    frame, notes, n_bad, n_skipped = records_from_table(table, rel, doc_id_of(rel), columns,
                                                        consume=consume)
    note = Note("; ".join(notes))
    note.counts = (n_bad, n_skipped)
    return Block(frame), note
