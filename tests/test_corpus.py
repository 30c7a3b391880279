"""Loader: bundled corpus, inference on unfamiliar files, formats, and every bad-input case."""

from __future__ import annotations

import gzip
import json
import re
import warnings

import pandas as pd
import pytest

from analysis import config
from analysis.corpus import ARTICLE_COLUMNS, CorpusWarning, load_corpus, load_report
from analysis.scraped import parse_scraped, split_captions

RAW = config.RAW_DIR


def _quiet_load(*args, **kwargs) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        return load_corpus(*args, **kwargs)


@pytest.fixture(scope="module")
def bundled() -> pd.DataFrame:
    return load_corpus()


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- bundled corpus


def test_bundled_corpus_has_six_articles_with_manifest_metadata(bundled):
    assert list(bundled["doc_id"]) == [
        "000_e1f3d7e1540e10ee", "001_719785d079ad14dd", "002_cc49016c80e3a549",
        "003_c2296167f366dcf8", "004_9125003bb1608942", "004_9125003bb1608942-2",
    ]
    outlets = dict(zip(bundled["doc_id"], bundled["outlet"]))
    assert outlets["000_e1f3d7e1540e10ee"] == "The Jerusalem Post"
    assert outlets["001_719785d079ad14dd"] == "unknown"
    assert outlets["002_cc49016c80e3a549"] == "Radio Habana Cuba"
    assert outlets["004_9125003bb1608942-2"] == "Arab News"
    dates = dict(zip(bundled["doc_id"], bundled["date"].dt.strftime("%Y-%m-%d")))
    assert dates["000_e1f3d7e1540e10ee"] == "2024-06-17"
    assert dates["002_cc49016c80e3a549"] == "2024-06-08"
    assert dates["003_c2296167f366dcf8"] == "2024-06-20"
    assert dates["004_9125003bb1608942"] == "2024-08-06"
    assert pd.isna(bundled.set_index("doc_id").loc["001_719785d079ad14dd", "date"])
    assert pd.isna(bundled.set_index("doc_id").loc["004_9125003bb1608942-2", "date"])
    assert str(bundled["date"].dtype).startswith("datetime64")
    urls = dict(zip(bundled["doc_id"], bundled["url"]))
    assert urls["000_e1f3d7e1540e10ee"].endswith("article-806580")
    assert urls["002_cc49016c80e3a549"].startswith("https://www.radiohc.cu/en/noticias/")
    assert (bundled["n_words"] > 150).all()


def test_titles_are_out_of_the_body_and_not_repeated(bundled):
    b = bundled.set_index("doc_id")
    t = b.loc["004_9125003bb1608942", "title"]
    assert t == "Iranian president, in talks with Putin ally, calls for expanded ties with Russia"
    assert t not in b.loc["004_9125003bb1608942", "text"]
    assert b.loc["002_cc49016c80e3a549", "title"].startswith("Iranian interim foreign minister")
    assert "*" not in b.loc["002_cc49016c80e3a549", "title"]
    assert b.loc["004_9125003bb1608942-2", "title"].startswith("Some 4,397 Israeli settlers")


def test_bodies_free_of_captions_boilerplate_and_markdown(bundled):
    junk = ["(credit:", "(Photo by", "(Reuters)", "Short Url", "Follow", "Updated ", "Share.",
            "Comments are closed", "Exit mobile version", "**", "# ", "---", "https://",
            "not pictured", "sec ago"]
    for doc_id, text in zip(bundled["doc_id"], bundled["text"]):
        for j in junk:
            assert j not in text, (doc_id, j)
    b = bundled.set_index("doc_id")
    assert "Thaier al-Sudani".lower() in b.loc["003_c2296167f366dcf8", "captions"].lower()
    assert "LEONHARD FOEGER" in b.loc["000_e1f3d7e1540e10ee", "captions"]
    assert "(Photo by Iran's Foreign Ministry)" in b.loc["002_cc49016c80e3a549", "captions"]
    assert "(Reuters)" in b.loc["004_9125003bb1608942", "captions"]
    # summary bullets are highlights, not body
    hl = b.loc["004_9125003bb1608942", "highlights"].split("\n")
    assert len(hl) == 2 and hl[1].startswith("State Department spokesperson Matthew Miller")
    assert len(b.loc["004_9125003bb1608942-2", "highlights"].split("\n")) == 2


def test_glued_caption_removed_and_surrounding_sentences_kept(bundled):
    text = bundled.set_index("doc_id").loc["003_c2296167f366dcf8", "text"]
    assert "support the oppressed Palestinians." in text
    assert "He went on to say that the Islamic Republic" in text
    assert "hold a joint news conference" not in text


def test_no_sentence_of_the_articles_is_lost(bundled):
    """Every sentence of each raw file that is not a caption or boilerplate is in a body."""
    bodies = _norm(" ".join(bundled["text"]))
    captions = _norm(" ".join(bundled["captions"]))
    removed = _norm(" ".join(bundled["removed"]))
    highlights = _norm(" ".join(bundled["highlights"]))
    titles = " ".join(bundled["title"].dropna())
    checked = 0
    for path in sorted(RAW.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        raw = re.sub(r"^\s*date \d{4}-\d{2}-\d{2}\s*", "", raw)
        sents = [x for line in raw.splitlines()
                 for x in re.split(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])", line)]
        for sent in sents:
            s = _norm(sent.strip("#*• -"))
            if len(s) < 25 or s in captions or s in titles or s in removed:
                continue
            if "(credit:" in s or "(Photo by" in s or s.endswith("(Reuters)"):
                continue  # sentences glued to a caption: checked piecewise above
            assert s in bodies or s in highlights, (path.name, s)
            checked += 1
    assert checked > 100


def test_raw_files_are_never_written(tmp_path):
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in RAW.iterdir()}
    load_corpus()
    after = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in RAW.iterdir()}
    assert before == after


def test_bundled_raw_files_are_the_seeds_byte_for_byte():
    seeds = config.PROJ_ROOT.parent / "shared" / "seeds"
    if not seeds.exists():
        pytest.skip("../shared/seeds is not beside the project")
    for seed in sorted(seeds.glob("*.txt")):
        assert (RAW / seed.name).read_bytes() == seed.read_bytes()


def test_load_report_accounts_for_every_file(bundled):
    report = load_report(bundled)
    assert sorted(report["file"]) == sorted(p.name for p in RAW.glob("*.txt"))
    assert (report["status"] == "loaded").all()
    assert report.set_index("file").loc["004_9125003bb1608942.txt", "articles"] == 2


# ---------------------------------------------------------------- inference without a manifest


def test_unfamiliar_folder_infers_dates_outlets_and_urls(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(
        " date 2023-03-02 Ministers met in Cairo on Thursday. They agreed on a plan.\n",
        encoding="utf-8")
    (tmp_path / "two.md").write_text(
        "# *Talks resume in Doha*\n\n---\n\nDoha, March 5 (RHC)-- Negotiators met again. "
        "A photo was taken on March 5, 2023.\n\nMore talks are planned.\n\n"
        "<https://www.radiohc.cu/en/noticias/1-talks>\n\n**Radio Habana Cuba**\n",
        encoding="utf-8")
    (tmp_path / "three.txt").write_text(
        "Leaders meet in Riyadh\n\nShort Url\nUpdated 06 August 2024\nFollow\n\n"
        "Leaders meet in Riyadh\n\nRIYADH: Leaders met on Monday. They talked for hours.\n",
        encoding="utf-8")
    arts = load_corpus(tmp_path).set_index("doc_id")
    assert arts.loc["a/one", "date"] == pd.Timestamp("2023-03-02")
    assert arts.loc["a/one", "date_source"] == "prefix"
    assert arts.loc["two", "date"] == pd.Timestamp("2023-03-05")
    assert arts.loc["two", "date_source"] == "dateline"
    assert arts.loc["two", "outlet"] == "Radio Habana Cuba"
    assert arts.loc["two", "outlet_source"] == "url"
    assert arts.loc["two", "url"] == "https://www.radiohc.cu/en/noticias/1-talks"
    assert arts.loc["two", "title"] == "Talks resume in Doha"
    assert arts.loc["three", "date"] == pd.Timestamp("2024-08-06")
    assert arts.loc["three", "date_source"] == "updated_stamp"
    assert arts.loc["three", "title"] == "Leaders meet in Riyadh"
    assert arts.loc["three", "text"].startswith("RIYADH: Leaders met")
    assert arts.loc["a/one", "outlet"] == "unknown"


def test_saved_page_date_does_not_win_over_the_articles_own_date(tmp_path):
    (tmp_path / "p.txt").write_text(
        "25 November 2026\n\nTalks resume in Doha today\n\nUpdated 06 August 2024\n\n"
        "DOHA: Negotiators met on Monday. They will meet again.\n", encoding="utf-8")
    (tmp_path / "q.txt").write_text(
        "25 November 2026\n\nTalks resume in Doha today\n\n"
        "DOHA: Negotiators met on Monday. They will meet again.\n", encoding="utf-8")
    arts = load_corpus(tmp_path).set_index("doc_id")
    assert arts.loc["p", "date"] == pd.Timestamp("2024-08-06")
    # with nothing better, the header date is used but labelled for what it is
    assert arts.loc["q", "date_source"] == "page_header"


def test_manifest_merges_outlets_and_urls_for_every_file(tmp_path):
    for name in ("x.txt", "y.txt"):
        (tmp_path / name).write_text("Officials met on Monday. They agreed.\n", encoding="utf-8")
    (tmp_path / "y.txt").write_text("Others met on Tuesday. They disagreed.\n", encoding="utf-8")
    manifest = tmp_path.parent / "manifest.csv"
    manifest.write_text(
        "file,outlet,date,url\nx.txt,Outlet X,2024-01-02,https://x.example/1\n"
        "y.txt,Outlet Y,,https://y.example/2\nmissing.txt,Outlet Z,,\n", encoding="utf-8")
    with pytest.warns(CorpusWarning, match="missing.txt"):
        arts = load_corpus(tmp_path, manifest=manifest)
    a = arts.set_index("doc_id")
    assert a.loc["x", "outlet"] == "Outlet X" and a.loc["y", "outlet"] == "Outlet Y"
    assert a.loc["x", "url"] == "https://x.example/1" and a.loc["y", "url"] == "https://y.example/2"
    assert a.loc["x", "date"] == pd.Timestamp("2024-01-02")
    assert (a["outlet_source"] == "manifest").all()
    report = load_report(arts).set_index("file")
    assert report.loc["missing.txt", "status"] == "missing"


def test_manifest_with_unparseable_date_is_reported_not_fatal(tmp_path):
    (tmp_path / "x.txt").write_text("Officials met on Monday. They agreed.\n", encoding="utf-8")
    man = pd.DataFrame({"file": ["x.txt"], "date": ["sometime in spring"], "outlet": ["O"]})
    with pytest.warns(CorpusWarning, match="unparseable date"):
        arts = load_corpus(tmp_path, manifest=man)
    assert pd.isna(arts["date"].iloc[0]) and arts["outlet"].iloc[0] == "O"


# ---------------------------------------------------------------- formats


def test_html_page_main_text_extracted(tmp_path):
    paras = "".join(
        f"<p>Paragraph {i} of the report says that the ministers of the region met in Doha and "
        f"discussed the war, the ceasefire and the hostages at great length.</p>" for i in range(6)
    )
    html = (
        "<html><head><title>Ministers meet in Doha | Reuters</title>"
        '<meta property="article:published_time" content="2024-06-08T10:00:00Z">'
        '<link rel="canonical" href="https://www.reuters.com/world/doha-talks">'
        "</head><body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        f"<article><h1>Ministers meet in Doha</h1>{paras}</article>"
        "<footer>Share this article. All rights reserved.</footer></body></html>"
    )
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    arts = load_corpus(tmp_path)
    row = arts.iloc[0]
    assert row["outlet"] == "Reuters" and row["date"] == pd.Timestamp("2024-06-08")
    assert row["date_source"] == "html_meta"
    assert row["url"] == "https://www.reuters.com/world/doha-talks"
    assert "Paragraph 5 of the report" in row["text"]
    assert "Home" not in row["text"] and "All rights reserved" not in row["text"]


def test_csv_jsonl_json_parquet_exports_load_without_mapping(tmp_path):
    rows = [
        {"stories_id": 1, "title": "A", "publish_date": "2024-06-01 10:00:00",
         "media_name": "Outlet A", "url": "https://a.example/1", "text": "Alpha text here."},
        {"stories_id": 2, "title": "B", "publish_date": "not a date",
         "media_name": "", "url": "https://www.jpost.com/x", "text": "Beta text here."},
        {"stories_id": 3, "title": "C", "publish_date": "2024-06-03", "media_name": "O",
         "url": "", "text": ""},
    ]
    df = pd.DataFrame(rows)
    df.to_csv(tmp_path / "mc.csv", index=False)
    (tmp_path / "mc.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    (tmp_path / "mc.json").write_text(json.dumps({"stories": rows}), encoding="utf-8")
    df.to_parquet(tmp_path / "mc.parquet")
    with gzip.open(tmp_path / "mc2.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(json.dumps(r) for r in rows))
    arts = _quiet_load(tmp_path)
    report = load_report(arts).set_index("file")
    for f in ("mc.csv", "mc.jsonl", "mc.json", "mc.parquet", "mc2.jsonl.gz"):
        assert report.loc[f, "status"] == "loaded", f
        assert report.loc[f, "articles"] == 2
        assert "1 rows without text skipped" in report.loc[f, "reason"]
        assert "1 unparseable dates" in report.loc[f, "reason"]
    # ids repeated across the five exports are made unique with the file name
    assert arts["doc_id"].is_unique
    one = arts[arts["source_file"] == "mc.csv"].set_index("doc_id")
    assert one.loc["mc.csv:1", "outlet"] == "Outlet A"
    assert one.loc["mc.csv:1", "date"] == pd.Timestamp("2024-06-01 10:00:00")
    assert one.loc["mc.csv:2", "outlet"] == "The Jerusalem Post"  # from the URL's domain
    assert pd.isna(one.loc["mc.csv:2", "date"])
    solo = load_corpus(tmp_path / "mc.csv")
    assert solo["doc_id"].tolist() == ["1", "2"]


def test_column_mapping_and_missing_text_column(tmp_path):
    pd.DataFrame({"body": ["Some words here."], "paper": ["P"], "when": ["2024-01-01"]}).to_csv(
        tmp_path / "e.csv", index=False)
    arts = load_corpus(tmp_path / "e.csv",
                       columns={"text": "body", "outlet": "paper", "date": "when"})
    assert arts["outlet"].iloc[0] == "P" and arts["date"].iloc[0] == pd.Timestamp("2024-01-01")
    pd.DataFrame({"words": ["x"]}).to_csv(tmp_path / "f.csv", index=False)
    with pytest.warns(CorpusWarning, match="no text column"):
        arts = load_corpus(tmp_path / "f.csv")
    assert len(arts) == 0
    assert load_report(arts)["status"].tolist() == ["skipped"]


def test_allsides_export_loads_with_no_mapping():
    path = config.SHARED_CORPORA / "allsides" / "world.jsonl.gz"
    if not path.exists():
        pytest.skip("../shared/corpora/allsides is not beside the project")
    arts = _quiet_load(path)
    assert len(arts) > 4000
    assert arts["outlet"].nunique() > 100
    assert arts["date"].notna().mean() > 0.8  # 622 of 4,427 have no date in the export
    assert arts["title"].notna().mean() > 0.95


# ---------------------------------------------------------------- bad input


@pytest.fixture
def messy(tmp_path):
    d = tmp_path / "messy"
    d.mkdir()
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_bytes(b"  \n\n ")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (d / "cp1252.txt").write_bytes(
        "The minister\u2019s \u201cvisit\u201d to Tehran caf\u00e9 was brief. It ended.".encode(
            "cp1252"))
    (d / "latin1.txt").write_bytes("Se\u00f1or Pe\u00f1a visited Z\u00fcrich. He left.".encode(
        "latin-1"))
    (d / "bom.txt").write_bytes("\ufeffBOM text starts here. It goes on.".encode("utf-8"))
    (d / "crlf.txt").write_bytes(b"First paragraph here.\r\n\r\nSecond paragraph here.\r\n")
    (d / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    (d / "notes.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 50)
    (d / "broken.csv").write_bytes(b'"a,"b\n"x')
    (d / "broken.jsonl").write_text('{"text": "ok"}\n{not json\n', encoding="utf-8")
    (d / "dup1.txt").write_text("Exactly the same article text. Word for word.", encoding="utf-8")
    (d / "dup2.txt").write_text("Exactly the same article text.  Word for word.\n",
                                encoding="utf-8")
    base = ("Ministers from the region met in Doha on Monday to discuss the ceasefire talks, "
            "the return of hostages and the delivery of aid to Gaza, officials said. ") * 4
    (d / "near1.txt").write_text(base + "The talks will resume on Friday.", encoding="utf-8")
    (d / "near2.txt").write_text(base + "The talks will resume next week.", encoding="utf-8")
    return d


def test_every_bad_input_is_loaded_or_skipped_with_a_reason(messy):
    with pytest.warns(CorpusWarning) as record:
        arts = load_corpus(messy)
    assert any("not loaded" in str(w.message) for w in record)
    report = load_report(arts).set_index("file")
    assert set(report.index) == {p.name for p in messy.iterdir()}
    reasons = report["reason"].to_dict()
    status = report["status"].to_dict()
    assert status["empty.txt"] == "skipped" and "empty" in reasons["empty.txt"]
    assert status["blank.txt"] == "skipped" and "empty" in reasons["blank.txt"]
    assert status["binary.txt"] == "skipped" and "binary" in reasons["binary.txt"]
    assert status["image.png"] == "skipped" and "unknown file type" in reasons["image.png"]
    assert status["notes.docx"] == "skipped" and "Word document" in reasons["notes.docx"]
    assert status["broken.csv"] in {"skipped", "loaded"}
    # a broken line costs that line only, and the report says which
    assert status["broken.jsonl"] == "loaded" and report.loc["broken.jsonl", "articles"] == 1
    assert "1 unreadable lines skipped (2: invalid JSON" in reasons["broken.jsonl"]
    a = arts.set_index("doc_id")
    assert a.loc["cp1252", "text"].startswith("The minister\u2019s \u201cvisit\u201d")
    assert "caf\u00e9" in a.loc["cp1252", "text"]
    assert "cp1252" in reasons["cp1252.txt"]
    assert a.loc["latin1", "text"].startswith("Se\u00f1or Pe\u00f1a visited Z\u00fcrich")
    assert a.loc["bom", "text"].startswith("BOM text")
    assert a.loc["crlf", "text"] == "First paragraph here.\n\nSecond paragraph here."


def test_duplicates_are_flagged_not_dropped(messy):
    arts = _quiet_load(messy).set_index("doc_id")
    assert {"dup1", "dup2", "near1", "near2"} <= set(arts.index)
    assert arts.loc["dup2", "duplicate_of"] == "dup1"
    assert pd.isna(arts.loc["dup1", "duplicate_of"])
    assert arts.loc["near2", "near_duplicate_of"] == "near1"
    assert pd.isna(arts.loc["crlf", "near_duplicate_of"])


def test_near_duplicate_search_can_be_skipped(messy):
    arts = _quiet_load(messy, near_duplicate_threshold=None).set_index("doc_id")
    assert arts.loc["dup2", "duplicate_of"] == "dup1"  # exact duplicates are still flagged
    assert arts["near_duplicate_of"].isna().all()
    with pytest.raises(ValueError, match="near_duplicate_threshold"):
        load_corpus(messy, near_duplicate_threshold=1.5)


def test_very_large_file_is_skipped_with_reason(tmp_path, monkeypatch):
    import analysis.corpus.steps as steps

    monkeypatch.setattr(steps, "MAX_TEXT_BYTES", 1000)
    (tmp_path / "big.txt").write_text("A sentence of news. " * 200, encoding="utf-8")
    (tmp_path / "ok.txt").write_text("A short article. It is fine.", encoding="utf-8")
    with pytest.warns(CorpusWarning, match="too large"):
        arts = load_corpus(tmp_path)
    assert arts["doc_id"].tolist() == ["ok"]
    assert load_report(arts).set_index("file").loc["big.txt", "status"] == "skipped"


def test_missing_source_raises_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        load_corpus(tmp_path / "nope")
    with pytest.raises(FileNotFoundError, match="nope"):
        load_corpus([config.RAW_DIR, tmp_path / "nope"])
    with pytest.raises(FileNotFoundError, match="manifest"):
        load_corpus(config.RAW_DIR, manifest=tmp_path / "typo.csv")


def test_empty_folder_gives_the_empty_table(tmp_path):
    arts = load_corpus(tmp_path)
    assert len(arts) == 0 and len(load_report(arts)) == 0
    assert list(arts.columns)[:8] == ["doc_id", "outlet", "date", "title", "url", "text",
                                      "source_file", "n_words"]


# ---------------------------------------------------------------- cleaning rules


def test_split_captions_keeps_text_on_both_sides():
    body, caps = split_captions(
        "First sentence here. A man stands in Gaza, May 1, 2024. (Photo by AFP) Next one.")
    assert body == "First sentence here. Next one."
    assert caps == ["A man stands in Gaza, May 1, 2024. (Photo by AFP)"]


def test_reuters_dateline_is_not_a_caption():
    body, caps = split_captions("LONDON (Reuters) - Prices rose on Monday.")
    assert caps == [] and body.startswith("LONDON (Reuters)")


def test_second_story_on_page_is_split():
    raw = ("First headline about talks\n\nUpdated 1 May 2024\n\nFIRST: Body one. More.\n\n"
           "Second headline about other things\n\nUpdated 3 sec ago\nFollow\n\n"
           "Second headline about other things\n\nSECOND: Body two. More.\n")
    stories = parse_scraped(raw)
    assert [s.title for s in stories] == ["First headline about talks",
                                          "Second headline about other things"]
    assert stories[1].text == "SECOND: Body two. More."
    assert "updated_stamp" not in stories[1].dates


def test_subheads_stay_in_body():
    stories = parse_scraped("Body one starts here. It goes on.\n\nA subhead in the body\n\n"
                            "Body two continues. Done.\n")
    assert len(stories) == 1 and "A subhead in the body" in stories[0].text


def test_body_lines_that_mention_time_ago_do_not_split_a_page():
    raw = ("Body one starts here. It goes on.\n\n"
           "Lagat settled for silver in Athens, clocking 3:35.27 in Birmingham. And\n\n"
           "The deal was signed 3 days ago in Doha, officials said, after months of talks.\n\n"
           "By contrast the rest of the article continues here.\n")
    stories = parse_scraped(raw)
    assert len(stories) == 1 and "3 days ago" in stories[0].text


def test_export_keeps_its_own_short_metadata_columns(tmp_path):
    long = "word " * 100
    pd.DataFrame({
        "text": ["Talks resumed in Vienna on Monday.", "The ministers met again on Tuesday."],
        "outlet": ["Reuters", "AP"], "bias_text": ["center", "left"], "topic": [None, "iran"],
        "summary": [long, long], "encoding": ["x", "y"], "tags": [["a"], ["b"]],
    }).to_json(tmp_path / "e.jsonl", orient="records", lines=True)
    arts = load_corpus(tmp_path / "e.jsonl")
    assert arts["bias_text"].tolist() == ["center", "left"]
    assert arts["bias_text"].dtype == "string"
    assert arts["topic"].isna().tolist() == [True, False]
    assert "summary" not in arts.columns  # long texts are not metadata
    assert "tags" not in arts.columns  # lists are not kept
    assert arts["encoding_export"].tolist() == ["x", "y"]  # a taken name gets a suffix
    assert arts.columns[: len(ARTICLE_COLUMNS)].tolist() == ARTICLE_COLUMNS


def test_the_loading_steps_make_the_table_load_corpus_makes(bundled):
    # the public seam shared by load_corpus, the cache and the Dask loader
    from analysis.corpus import steps

    sources, manifest = steps.resolve_sources(None, None)
    records, report = [], []
    for path, rel, missing in steps.file_tasks(sources):
        recs, row = steps.load_file(path, rel, None) if missing is None else ([], missing)
        records.extend(recs)
        report.append(row)
    articles = steps.finish_articles(records, report, manifest, 0.8)
    pd.testing.assert_frame_equal(articles, bundled)
    pd.testing.assert_frame_equal(load_report(articles), load_report(bundled))


def test_old_module_paths_still_import():
    import analysis.corpus.readers
    import analysis.corpus.scraped_rules
    import analysis.readers
    import analysis.scraped

    assert analysis.readers.read_table is analysis.corpus.readers.read_table
    assert analysis.scraped.line_reason is analysis.corpus.scraped_rules.line_reason
    assert analysis.scraped.parse_scraped is parse_scraped
