"""Office/print formats and news-database exports: every fixture is written here by the test."""

from __future__ import annotations

import textwrap
import warnings
import zlib
from datetime import date

import pandas as pd
import pytest

from analysis import config
from analysis.corpus import CorpusWarning, load_corpus, load_report
from analysis.database_exports import detect_export, split_export
from analysis.documents import NO_TEXT_LAYER, reflow

ARTICLES = [
    {
        "title": "Leaders agree climate fund after all-night talks",
        "outlet": "The Guardian (London)", "date": date(2021, 3, 3), "byline": "Jane Doe",
        "section": "WORLD NEWS", "words": 512,
        "body": ["World leaders agreed on a new climate fund early on Wednesday after talks that "
                 "ran through the night in the conference centre.",
                 "The fund will pay for adaptation in the poorest countries, officials said."],
    },
    {
        "title": "Markets rally as inflation cools",
        "outlet": "Financial Times", "date": date(2021, 3, 4), "byline": "John Smith",
        "section": "MARKETS", "words": 348,
        "body": ["Stocks rose sharply on Thursday as new figures showed inflation cooling "
                 "faster than economists had expected.",
                 "Bond yields fell across the board."],
    },
    {
        "title": "Floods close schools in the north",
        "outlet": "The Times", "date": date(2021, 3, 5), "byline": "Ann Lee",
        "section": "HOME NEWS", "words": 201,
        "body": ["Hundreds of schools were closed on Friday after heavy rain flooded roads.",
                 "Forecasters warned that more rain was on the way."],
    },
]
HEADER_WORDS = ("Load-Date", "Byline", "Length:", "Section:", "End of Document", "Copyright",
                "Body", "Classification", "words", "Document ", "LOAD-DATE", "LANGUAGE")


def _quiet(*args, **kwargs) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        return load_corpus(*args, **kwargs)


def _long(d: date) -> str:
    return f"{d:%B} {d.day}, {d.year} {d:%A}"


# ---------------------------------------------------------------- fixture generators


def nexis_uni_lines(articles=ARTICLES, cover: bool = True) -> list[str]:
    """A Nexis Uni export: cover page, then per article its header, Body, text, trailer."""
    lines = []
    if cover:
        lines += ["User Name: = ", "Date and Time: = 2021-03-08 09:12", "Job Number: = 139456",
                  f"Documents ({len(articles)})"]
        for i, a in enumerate(articles, 1):
            lines += [f"{i}. {a['title']}", "Client/Matter: -None-",
                      "Search Terms: climate OR markets", "Search Type: Terms and Connectors",
                      "Narrowed by: ", "Content Type Narrowed by", "News Sources: UK papers"]
    for a in articles:
        lines += [a["title"], a["outlet"], _long(a["date"]),
                  f"Copyright {a['date'].year} {a['outlet']} All Rights Reserved",
                  f"Section: {a['section']}; Pg. 4", "Length:\u00a0" f"{a['words']} words",
                  f"Byline: By {a['byline']}", "Highlight: A summary line.", "Body"]
        lines += a["body"]
        lines += ["Classification", "Language: ENGLISH", "Publication-Type: Newspaper",
                  "Subject: POLITICS (90%)", f"Load-Date: {a['date']:%B} {a['date'].day + 1}, "
                  f"{a['date'].year}", "End of Document"]
    return lines


def lexisnexis_text(articles=ARTICLES) -> str:
    """The older nexis.com text layout: ``N of M DOCUMENTS`` blocks with upper-case fields."""
    out = []
    for i, a in enumerate(articles, 1):
        out += [f"                  {i} of {len(articles)} DOCUMENTS", "",
                f"                  {a['outlet']}", "",
                f"                  {_long(a['date'])}", "                  Final Edition", "",
                a["title"], "", f"BYLINE: {a['byline']}", "", f"SECTION: {a['section']}; Pg. 7",
                "", f"LENGTH: {a['words']} words", "", ""]
        for para in a["body"]:
            out += textwrap.wrap(para, 70) + [""]
        out += [f"LOAD-DATE: {_long(a['date'])}", "", "LANGUAGE: ENGLISH", "",
                "PUBLICATION-TYPE: Newspaper", "", f"   Copyright {a['date'].year} Publisher",
                "", ""]
    return "\n".join(out)


def factiva_field_lines(articles=ARTICLES) -> list[tuple[str, str]]:
    """Factiva "Full Article/Report plus Indexing": (code, value) rows; '' continues a field."""
    rows = []
    for i, a in enumerate(articles):
        rows += [("SE", a["section"]), ("HD", a["title"]), ("BY", f"By {a['byline']}"),
                 ("WC", f"{a['words']:,} words"), ("PD", f"{a['date'].day} {a['date']:%B %Y}"),
                 ("ET", "10:42"), ("SN", a["outlet"]), ("SC", "GRDN"), ("ED", "Final"),
                 ("PG", "4"), ("LA", "English"), ("CY", "(c) 2021 Publisher Ltd."),
                 ("LP", a["body"][0]), ("TD", a["body"][1]), ("", "Ends."),
                 ("CO", "uneuna : United Nations"), ("NS", "gclimt : Climate Change"),
                 ("RE", "uk : United Kingdom"), ("IPD", "climate"), ("PUB", "Publisher Ltd"),
                 ("AN", f"Document GRDN0000202103{i:02d}eh330001{i}")]
    return rows


def factiva_plain_lines(articles=ARTICLES) -> list[str]:
    """Factiva's plain "Full Article/Report" layout ending each article with its id line."""
    lines = []
    for i, a in enumerate(articles):
        lines += [a["title"], f"By {a['byline']}", f"{a['words']} words",
                  f"{a['date'].day} {a['date']:%B %Y}", a["outlet"], "GRDN", "Final", "4",
                  "English", "(c) 2021 Publisher Ltd. All rights reserved."]
        lines += a["body"]
        lines += [f"Document GRDN0000202103{i:02d}eh330001{i}"]
    lines += ["Search Summary", "Text climate", "Date 01/03/2021 to 08/03/2021"]
    return lines


def write_docx(path, paragraphs: list[str], heading: str | None = None, title=None) -> None:
    import docx

    document = docx.Document()
    if heading:
        document.add_heading(heading, level=1)
    for para in paragraphs:
        document.add_paragraph(para)
    if title:
        document.core_properties.title = title
    document.save(path)


def write_rtf(path, lines: list[str]) -> None:
    def esc(s: str) -> str:
        s = s.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")
        return "".join(ch if ord(ch) < 128 else f"\\u{ord(ch)}?" for ch in s)

    body = "".join(esc(ln) + "\\par\n" for ln in lines)
    path.write_text("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}"
                    "{\\info{\\title Export}}\n\\f0\\fs24 " + body + "}", encoding="ascii")


def write_pdf(path, pages: list[list[str]], title: str | None = None) -> None:
    """A minimal PDF with a Helvetica text layer: one text object per line, top to bottom."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", None,
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    kids = []
    for lines in pages:
        ops = []
        for k, ln in enumerate(lines):  # an empty line is a gap: nothing drawn
            s = ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            if s:
                ops.append(f"BT /F1 10 Tf 56 {790 - 14 * k} Td ({s}) Tj ET")
        stream = zlib.compress("\n".join(ops).encode("latin-1"))
        objects.append(f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode()
                       + stream + b"\nendstream")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       f"/Resources << /Font << /F1 3 0 R >> >> /Contents {len(objects)} 0 R >>")
        kids.append(len(objects))
    objects[1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                  f"/Count {len(kids)} >>")
    info = None
    if title:
        objects.append(f"<< /Title ({title}) >>")
        info = len(objects)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, obj in enumerate(objects, 1):
        offsets.append(len(out))
        body = obj if isinstance(obj, bytes) else obj.encode("latin-1")
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    trailer = f"<< /Size {len(objects) + 1} /Root 1 0 R" + (f" /Info {info} 0 R" if info else "")
    out += f"trailer\n{trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))


def _wrap_article(title: str, paragraphs: list[str], width: int = 90) -> list[str]:
    lines = [title, ""]
    for para in paragraphs:
        lines += textwrap.wrap(para, width) + [""]
    return lines


def _assert_export(articles: pd.DataFrame, expected=ARTICLES, outlets=True) -> None:
    assert len(articles) == len(expected), articles[["title", "text"]]
    assert list(articles["title"]) == [a["title"] for a in expected]
    assert list(articles["date"].dt.date) == [a["date"] for a in expected]
    if outlets:
        assert list(articles["outlet"]) == [a["outlet"] for a in expected]
    for text, a in zip(articles["text"], expected):
        assert text == "\n\n".join(a["body"])
        for word in HEADER_WORDS:
            assert word not in text, (word, text)
    assert set(articles["title_source"]) == {"export_header"}
    assert set(articles["date_source"]) == {"export_header"}


# ---------------------------------------------------------------- database exports


def test_detect_export_leaves_ordinary_texts_alone():
    assert detect_export("\n".join(nexis_uni_lines())) == "nexis_uni"
    assert detect_export(lexisnexis_text()) == "lexisnexis"
    assert detect_export("\n".join(factiva_plain_lines())) == "factiva"
    for f in sorted(config.RAW_DIR.glob("*.txt")):
        assert detect_export(f.read_text(encoding="utf-8")) is None, f.name
    assert detect_export("It was the End of Document day.\nEnd of Document\n") is None


def test_nexis_uni_txt_export_splits_into_articles_with_header_fields(tmp_path):
    (tmp_path / "nexis.txt").write_text("\n\n".join(nexis_uni_lines()), encoding="utf-8")
    articles = _quiet(tmp_path)
    _assert_export(articles)
    assert list(articles["byline"]) == [a["byline"] for a in ARTICLES]
    assert list(articles["reported_words"]) == [a["words"] for a in ARTICLES]
    assert list(articles["section"]) == [f"{a['section']}; Pg. 4" for a in ARTICLES]
    assert list(articles["part"]) == [1, 2, 3]
    assert list(articles["doc_id"]) == ["nexis", "nexis-2", "nexis-3"]
    assert "Copyright" in articles["removed"].iloc[0]
    report = load_report(articles)
    assert report["reason"].iloc[0] == "Nexis Uni export: 3 articles"


def test_nexis_uni_docx_and_rtf_exports(tmp_path):
    lines = nexis_uni_lines()
    write_docx(tmp_path / "a.docx", lines)
    write_rtf(tmp_path / "b.rtf", lines)
    articles = _quiet(tmp_path)
    assert list(articles["source_file"]) == ["a.docx"] * 3 + ["b.rtf"] * 3
    _assert_export(articles[articles["source_file"] == "a.docx"])
    _assert_export(articles[articles["source_file"] == "b.rtf"])
    # the same articles: flagged as exact duplicates of the .docx ones, never dropped
    assert list(articles["duplicate_of"].iloc[3:]) == ["a", "a-2", "a-3"]


def test_nexis_uni_without_cover_page_keeps_long_headlines(tmp_path):
    arts = [dict(ARTICLES[0], title="A headline")] + ARTICLES[1:]
    lines = nexis_uni_lines(arts, cover=False)
    lines.insert(1, "that runs over two lines")
    (tmp_path / "n.txt").write_text("\n".join(lines), encoding="utf-8")
    articles = _quiet(tmp_path)
    assert articles["title"].iloc[0] == "A headline that runs over two lines"
    assert articles["outlet"].iloc[0] == ARTICLES[0]["outlet"]


def test_nexis_uni_export_cut_off_before_its_last_end_of_document(tmp_path):
    lines = nexis_uni_lines()[:-1]
    (tmp_path / "cut.txt").write_text("\n".join(lines), encoding="utf-8")
    _assert_export(_quiet(tmp_path))


def test_lexisnexis_txt_export(tmp_path):
    (tmp_path / "ln.txt").write_text(lexisnexis_text(), encoding="cp1252")
    articles = _quiet(tmp_path)
    _assert_export(articles)
    assert list(articles["byline"]) == [a["byline"] for a in ARTICLES]
    assert list(articles["reported_words"]) == [a["words"] for a in ARTICLES]
    assert "Final Edition" not in " ".join(articles["title"])


def test_factiva_field_exports_in_rtf_and_txt(tmp_path):
    rows = factiva_field_lines()
    write_rtf(tmp_path / "factiva.rtf", [f"{c}\t{v}" if c else f"\t{v}" for c, v in rows])
    (tmp_path / "factiva.txt").write_text(
        "\n".join(f"{c:<6}{v}" if c else f"      {v}" for c, v in rows), encoding="utf-8")
    articles = _quiet(tmp_path)
    for name in ("factiva.rtf", "factiva.txt"):
        part = articles[articles["source_file"] == name]
        expected = [dict(a, body=a["body"] + ["Ends."]) for a in ARTICLES]
        _assert_export(part, expected)
        assert list(part["byline"]) == [a["byline"] for a in ARTICLES]
        assert list(part["section"]) == [a["section"] for a in ARTICLES]
        assert list(part["reported_words"]) == [a["words"] for a in ARTICLES]
        assert "IPD" in part["removed"].iloc[0]


def test_factiva_rtf_with_a_table_row_per_field(tmp_path):
    rows, cell = [], "\\intbl "
    for code, value in factiva_field_lines():
        if code == "":  # a further paragraph inside the previous field's cell
            rows[-1] = rows[-1].replace("\\cell\\row}", f"\\par {cell}{value}\\cell\\row}}")
            continue
        rows.append(f"{{\\trowd\\cellx900\\cellx9000 {cell}{code}\\cell {cell}{value}\\cell\\row}}")
    (tmp_path / "table.rtf").write_text("{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\n" + "\n".join(rows)
                                        + "\n}", encoding="ascii")
    articles = _quiet(tmp_path)
    _assert_export(articles, [dict(a, body=a["body"] + ["Ends."]) for a in ARTICLES])


def test_lexisnexis_doc_download_is_rtf(tmp_path):
    write_rtf(tmp_path / "ln.doc", lexisnexis_text().split("\n"))
    (tmp_path / "word97.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    articles = _quiet(tmp_path)
    _assert_export(articles)
    reasons = load_report(articles).set_index("file")["reason"]
    assert reasons["word97.doc"].startswith("Word 97-2003 .doc file: save it as .docx")


def test_factiva_plain_exports_in_txt_and_docx(tmp_path):
    lines = factiva_plain_lines()
    (tmp_path / "plain.txt").write_text("\n\n".join(lines), encoding="utf-8")
    write_docx(tmp_path / "plain.docx", lines)
    articles = _quiet(tmp_path)
    for name in ("plain.txt", "plain.docx"):
        part = articles[articles["source_file"] == name]
        _assert_export(part)
        assert list(part["byline"]) == [a["byline"] for a in ARTICLES]
        assert not part["text"].str.contains("GRDN|Search Summary|English").any()


def test_nexis_uni_pdf_export(tmp_path):
    lines = []
    for ln in nexis_uni_lines(cover=False):
        lines += textwrap.wrap(ln, 95) + [""]
    # each page starts with the headline of the article it is in, and ends with its number
    titles, current = [], ARTICLES[0]["title"]
    for ln in lines:
        current = next((a["title"] for a in ARTICLES if a["title"] == ln), current)
        titles.append(current)
    pages = [[titles[i], ""] + lines[i:i + 40] + [f"Page {i // 40 + 1} of {len(lines) // 40 + 1}"]
             for i in range(0, len(lines), 40)]
    write_pdf(tmp_path / "nexis.pdf", pages)
    articles = _quiet(tmp_path)
    _assert_export(articles)


def test_factiva_html_export_one_table_per_article(tmp_path):
    from html import escape

    tables, rows = [], []
    for code, value in factiva_field_lines():
        if code == "":  # a further paragraph of the previous field, as Factiva's <p>
            rows[-1] = rows[-1].replace("</td></tr>", f"<p>{escape(value)}</p></td></tr>")
            continue
        rows.append(f"<tr><td><b>{code}</b></td><td><p>{escape(value)}</p></td></tr>")
        if code == "AN":
            tables.append("<table class='article'>" + "".join(rows) + "</table>")
            rows = []
    page = ("<html><head><title>Factiva</title><script>var x = 'HD';</script></head><body>"
            "<div id='nav'>Search results</div>" + "<br/>".join(tables) + "</body></html>")
    (tmp_path / "factiva.html").write_text(page, encoding="utf-8")
    articles = _quiet(tmp_path)
    _assert_export(articles, [dict(a, body=a["body"] + ["Ends."]) for a in ARTICLES])
    assert list(articles["byline"]) == [a["byline"] for a in ARTICLES]
    assert load_report(articles)["reason"].iloc[0] == "Factiva export: 3 articles"


def test_single_article_nexis_docx_export(tmp_path):
    write_docx(tmp_path / "one.docx", nexis_uni_lines(ARTICLES[:1], cover=False))
    articles = _quiet(tmp_path)
    _assert_export(articles, ARTICLES[:1])
    assert articles["doc_id"].tolist() == ["one"]


def test_split_export_is_empty_for_plain_text():
    assert split_export("Just one article.\n\nWith two paragraphs.") == []


# ---------------------------------------------------------------- single documents


BODY = [
    "The city council voted on Tuesday to close the old bridge to traffic after engineers found "
    "deep cracks in two of its supporting pillars during a routine inspection last month.",
    "Residents said the closure would add half an hour to their daily journeys, and shop owners "
    "on both banks of the river warned that trade would suffer through the summer season.",
]


def test_docx_article_keeps_paragraphs_in_order(tmp_path):
    write_docx(tmp_path / "story.docx", BODY, heading="Council shuts old bridge")
    articles = _quiet(tmp_path)
    assert len(articles) == 1
    assert articles["title"].iloc[0] == "Council shuts old bridge"
    assert articles["text"].iloc[0] == "\n\n".join(BODY)
    assert articles["n_words"].iloc[0] > 50


def test_docx_heading_style_marks_a_title_that_reads_like_a_sentence(tmp_path):
    write_docx(tmp_path / "s.docx", BODY, heading="Can the city fix its bridge? It is up to us.")
    articles = _quiet(tmp_path)
    assert articles["title"].iloc[0] == "Can the city fix its bridge? It is up to us."
    assert articles["title_source"].iloc[0] == "docx_style"
    assert articles["text"].iloc[0] == "\n\n".join(BODY)


def test_docx_core_title_used_when_text_has_none(tmp_path):
    write_docx(tmp_path / "s.docx", BODY, title="Bridge closed")
    articles = _quiet(tmp_path)
    assert articles["title"].iloc[0] == "Bridge closed"
    assert articles["title_source"].iloc[0] == "docx_meta"
    assert articles["text"].iloc[0] == "\n\n".join(BODY)


def test_text_pdf_is_one_article_with_paragraphs_rejoined(tmp_path):
    write_pdf(tmp_path / "story.pdf", [_wrap_article("Council shuts old bridge", BODY)])
    articles = _quiet(tmp_path)
    assert len(articles) == 1
    assert articles["title"].iloc[0] == "Council shuts old bridge"
    assert articles["text"].iloc[0] == "\n\n".join(BODY)
    assert load_report(articles)["status"].iloc[0] == "loaded"


@pytest.mark.parametrize("fonttype", [3, 42])
def test_matplotlib_pdf_with_embedded_fonts(tmp_path, fonttype):
    import matplotlib
    from matplotlib.figure import Figure

    with matplotlib.rc_context({"pdf.fonttype": fonttype}):
        fig = Figure(figsize=(8.27, 11.69))
        y = 0.95
        for line in _wrap_article("Council shuts old bridge", BODY):
            if line:
                fig.text(0.08, y, line, fontsize=10)
            y -= 0.017
        fig.savefig(tmp_path / "story.pdf", format="pdf")
    articles = _quiet(tmp_path)
    assert articles["title"].tolist() == ["Council shuts old bridge"]
    assert articles["text"].iloc[0] == "\n\n".join(BODY)


def test_pdf_over_two_pages_drops_running_headers_and_page_numbers(tmp_path):
    lines = _wrap_article("Council shuts old bridge", BODY * 3, width=80)
    half = len(lines) // 2
    pages = [["The Daily Courier"] + lines[:half] + ["Page 1 of 3"],
             ["The Daily Courier"] + lines[half:] + ["Page 2 of 3"],
             ["The Daily Courier", "Ends.", "Page 3 of 3"]]
    write_pdf(tmp_path / "story.pdf", pages)
    text = _quiet(tmp_path)["text"].iloc[0]
    assert "Daily Courier" not in text and "Page" not in text
    assert text == "\n\n".join(BODY * 3 + ["Ends."])


def test_rtf_article(tmp_path):
    write_rtf(tmp_path / "story.rtf", ["Café owners protest", ""] + BODY)
    articles = _quiet(tmp_path)
    assert len(articles) == 1
    assert articles["title"].iloc[0] == "Café owners protest"
    assert articles["text"].iloc[0] == "\n\n".join(BODY)


def test_reflow_dehyphenates_words_the_document_spells_whole():
    lines = ["A long line of text that is as wide as the column of the page and inter-",
             "national readers see it continue on the next line as one paragraph today,",
             "and international law and power-projection are words of this text; power-",
             "projection keeps its hyphen and so does a compound with a break at the end.",
             "Short end."]
    assert reflow(lines).split("\n") == [
        "A long line of text that is as wide as the column of the page and international "
        "readers see it continue on the next line as one paragraph today, and international "
        "law and power-projection are words of this text; power-projection keeps its hyphen "
        "and so does a compound with a break at the end. Short end."]


# ---------------------------------------------------------------- Excel


def test_xlsx_every_sheet_with_a_text_column(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "guardian"
    ws.append(["headline", "content", "publish_date", "media_name", "url"])
    ws.append(["Bridge closed", BODY[0], "2024-06-17", "The Guardian", "https://x.org/1"])
    ws.append(["Shops worry", BODY[1], "2024-06-18", "The Guardian", "https://x.org/2"])
    ws2 = wb.create_sheet("times")
    ws2.append(["title", "text", "date", "source"])
    ws2.append(["Council vote", BODY[0] + " More.", pd.Timestamp("2024-06-19"), "The Times"])
    ws3 = wb.create_sheet("notes")
    ws3.append(["comment"])
    ws3.append(["not an article"])
    wb.save(tmp_path / "export.xlsx")
    articles = _quiet(tmp_path)
    assert list(articles["title"]) == ["Bridge closed", "Shops worry", "Council vote"]
    assert list(articles["outlet"]) == ["The Guardian", "The Guardian", "The Times"]
    assert list(articles["date"].dt.strftime("%Y-%m-%d")) == ["2024-06-17", "2024-06-18",
                                                             "2024-06-19"]
    assert articles["doc_id"].is_unique
    assert set(articles["date_source"]) == {"column"}
    reason = load_report(articles)["reason"].iloc[0]
    assert "sheet 'guardian': 2 of 2 rows" in reason
    assert "1 sheet(s) without a text column" in reason


def test_xlsx_header_below_a_title_row(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["Media Cloud export, 2024-06-20"])
    wb.active.append([])
    wb.active.append(["title", "text", "media_name"])
    wb.active.append(["Bridge closed", BODY[0], "The Times"])
    wb.save(tmp_path / "t.xlsx")
    articles = _quiet(tmp_path)
    assert articles[["title", "outlet", "text"]].values.tolist() == [
        ["Bridge closed", "The Times", BODY[0]]]


def test_xlsx_text_at_the_cell_limit_is_reported(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["text"])
    wb.active.append(["word " * 6553 + "ab"])  # 32,767 characters: Excel cut it
    wb.active.append([BODY[0]])
    wb.save(tmp_path / "long.xlsx")
    articles = _quiet(tmp_path)
    assert len(articles) == 2
    assert "1 texts at Excel's 32,767-character cell limit" in load_report(articles)["reason"][0]


def test_xlsx_columns_mapping(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["Paper", "Story"])
    wb.active.append(["The Times", BODY[0]])
    wb.save(tmp_path / "m.xlsx")
    articles = _quiet(tmp_path / "m.xlsx", columns={"text": "Story", "outlet": "Paper"})
    assert list(articles["outlet"]) == ["The Times"]
    assert articles["text"].iloc[0] == BODY[0]


# ---------------------------------------------------------------- bad input


def _scanned_pdf(path) -> None:
    import numpy as np
    from matplotlib.figure import Figure

    fig = Figure(figsize=(2, 2))
    fig.figimage(np.random.default_rng(0).random((50, 50)))
    fig.savefig(path, format="pdf")


def _encrypted_pdf(path, src) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(src))
    writer.encrypt(user_password="s3cret", algorithm="RC4-128")
    writer.write(path)


def _blank_pdf(path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.write(path)


def test_bad_documents_are_skipped_with_a_reason(tmp_path):
    good = tmp_path / "good.pdf"
    write_pdf(good, [_wrap_article("Council shuts old bridge", BODY)])
    bad = tmp_path / "bad"
    bad.mkdir()
    _scanned_pdf(bad / "scan.pdf")
    _encrypted_pdf(bad / "locked.pdf", good)
    _blank_pdf(bad / "blank.pdf")
    (bad / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not a pdf at all")
    (bad / "corrupt.xlsx").write_bytes(b"PK\x03\x04 not really a zip file" * 10)
    (bad / "garbage.docx").write_bytes(b"\x00\x01 not a word file" * 10)
    write_docx(bad / "empty.docx", [])
    (bad / "plain.rtf").write_text("not rtf at all", encoding="ascii")
    (bad / "empty.pdf").write_bytes(b"")
    (bad / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.warns(CorpusWarning, match="10 input"):
        articles = load_corpus(bad)
    assert len(articles) == 0
    report = load_report(articles).set_index("file")
    assert (report["status"] == "skipped").all()
    reasons = report["reason"]
    assert reasons["scan.pdf"] == NO_TEXT_LAYER
    assert "encrypted" in reasons["locked.pdf"]
    assert reasons["blank.pdf"] == "PDF has no text"
    assert reasons["broken.pdf"].startswith("unreadable PDF")
    assert reasons["corrupt.xlsx"].startswith("unreadable Excel workbook")
    assert reasons["garbage.docx"].startswith("unreadable Word document")
    assert reasons["empty.docx"] == "Word document has no text"
    assert reasons["plain.rtf"].startswith("not an RTF file")
    assert reasons["empty.pdf"] == "empty file"
    assert reasons["old.xls"].startswith("Excel 97-2003 .xls file: save it as .xlsx")


def test_xlsx_without_text_column_names_the_columns(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["a", "b"])
    wb.active.append(["1", "2"])
    wb.save(tmp_path / "n.xlsx")
    articles = _quiet(tmp_path)
    reason = load_report(articles)["reason"].iloc[0]
    assert reason.startswith("no sheet with a text column") and "'a', 'b'" in reason


def test_bundled_corpus_has_no_export_columns():
    articles = load_corpus()
    assert "byline" not in articles.columns and len(articles) == 6


def test_near_duplicate_search_with_only_pruned_candidates():
    # a text that holds another one whole shares a MinHash band with it, but the size ratio
    # rules the pair out: no pair is left to verify (this crashed the loader)
    from analysis.dedup import near_duplicates

    a = ("the city council voted on tuesday to close the old bridge to traffic after engineers "
         "found deep cracks")
    texts = [a + " residents said the closure would add half an hour to their daily journeys "
             "and more words here", a, "something else entirely different here for the test"]
    assert near_duplicates(texts, threshold=0.8) == {}
