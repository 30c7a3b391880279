"""Bad values in exports cost their field, never their row; broken lines cost only themselves.

Every export here is written by the test. The invariant checked throughout: rows in the file =
articles loaded + skipped lines/rows reported in the load report.
"""

from __future__ import annotations

import gzip
import json
import warnings
from datetime import datetime

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from analysis.corpus import CorpusWarning, load_corpus, load_report
from analysis.exports import parse_dates


def _rows(n: int, **overrides) -> list[dict]:
    rows = [{"id": f"a{i}", "source": f"Outlet {i % 3}", "date": f"2024-05-{i % 28 + 1:02d}",
             "title": f"Title {i}", "text": f"Article number {i} says something new. " * 3}
            for i in range(n)]
    for i, values in overrides.items():
        rows[int(i.lstrip("r"))].update(values)
    return rows


def _load(path, **kw) -> tuple[pd.DataFrame, pd.Series, list]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        arts = load_corpus(path, **kw)
    report = load_report(arts).iloc[0]
    return arts, report, [w for w in caught if issubclass(w.category, CorpusWarning)]


def _write_jsonl(path, rows, extra_lines=()) -> None:
    lines = [json.dumps(r) for r in rows]
    for at, raw in extra_lines:
        lines.insert(at, raw)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if path.suffix == ".gz" else data)


@pytest.mark.parametrize("name", ["out.jsonl", "out.jsonl.gz"])
def test_out_of_range_and_impossible_dates_keep_their_rows(tmp_path, name):
    rows = _rows(60, r16={"date": "0001-11-30"}, r47={"date": "9999-12-31"},
                 r5={"date": "31/02/2024"}, r6={"date": "99999-01-01"}, r7={"date": "soon"})
    _write_jsonl(tmp_path / name, rows)
    arts, report, caught = _load(tmp_path / name)
    assert len(arts) == 60 and report["status"] == "loaded"
    dates = arts.set_index("doc_id")["date"]
    assert dates.isna().sum() == 5 and dates["a0"] == pd.Timestamp("2024-05-01")
    assert pd.isna(dates["a16"]) and pd.isna(dates["a47"])
    assert "2 dates out of range (before 1677 or after 2262) set empty (lines 17, 48)" in \
        report["reason"]
    assert "3 unparseable dates set empty (lines 6, 7, 8)" in report["reason"]
    assert report["bad_values"] == 5 and report["skipped_lines"] == 0
    assert arts.set_index("doc_id").loc["a16", "date_source"] is pd.NA
    assert len(caught) == 1 and "5 bad value(s)" in str(caught[0].message)


def test_broken_json_lines_are_skipped_and_listed(tmp_path):
    path = tmp_path / "broken.jsonl"
    _write_jsonl(path, _rows(10), extra_lines=[(3, '{"text": "cut off'), (7, "[1, 2]"),
                                               (9, "")])
    arts, report, caught = _load(path)
    n_lines = len(path.read_text().splitlines())
    assert n_lines == 13
    assert len(arts) == 10 and report["skipped_lines"] == 2
    assert len(arts) + report["skipped_lines"] + 1 == n_lines  # + the blank line
    assert "2 unreadable lines skipped (4: invalid JSON" in report["reason"]
    assert "8: a JSON list, not an object" in report["reason"]
    assert arts["doc_id"].tolist() == [f"a{i}" for i in range(10)]
    assert len(caught) == 1 and "2 unreadable line(s)" in str(caught[0].message)


def test_bad_line_numbers_follow_the_file_after_a_broken_line(tmp_path):
    path = tmp_path / "x.jsonl"
    _write_jsonl(path, _rows(5, r3={"date": "0001-01-01"}), extra_lines=[(1, "{oops")])
    _, report, _ = _load(path)
    assert "set empty (line 5)" in report["reason"]  # record 4 is on line 5


def test_wrong_types_in_text_outlet_title_and_id(tmp_path):
    rows = _rows(8, r1={"text": 12345}, r2={"text": None}, r3={"text": ["Para one.", "Two."]},
                 r4={"source": 42}, r5={"title": {"main": "x"}}, r6={"id": [1, 2]},
                 r7={"text": {"body": "nested"}})
    path = tmp_path / "types.jsonl"
    _write_jsonl(path, rows)
    arts, report, _ = _load(path)
    a = arts.set_index("doc_id")
    assert len(arts) + report["skipped_lines"] == 8 and report["skipped_lines"] == 2
    assert a.loc["a1", "text"] == "12345"
    assert a.loc["a3", "text"] == "Para one.\n\nTwo."
    assert a.loc["a4", "outlet"] == "42"
    assert pd.isna(a.loc["a5", "title"]) and a.loc["a5", "title_source"] is pd.NA
    assert "types:6" in a.index  # an id that is a list: the row keeps a positional id
    reason = report["reason"]
    assert "2 rows without text skipped (lines 3, 8)" in reason
    assert "1 text values that are numbers kept as text (line 2)" in reason
    assert "1 text values that are lists joined as paragraphs (line 4)" in reason
    assert "1 outlet values that are numbers kept as text (line 5)" in reason
    assert "1 title values that are lists or objects set empty (line 6)" in reason


def test_outlet_column_of_numbers(tmp_path):
    path = tmp_path / "ids.csv"
    pd.DataFrame({"text": ["Some text here.", "More text here."], "outlet": [7, 9]}).to_parquet(
        path.with_suffix(".parquet"))
    arts, report, _ = _load(path.with_suffix(".parquet"))
    assert arts["outlet"].tolist() == ["7", "9"]
    assert "2 outlet values that are numbers kept as text (records 1, 2)" in report["reason"]


def test_json_records_with_a_non_object_and_a_bad_date(tmp_path):
    path = tmp_path / "recs.json"
    recs = _rows(4, r2={"date": "2024-13-45"})
    path.write_text(json.dumps({"articles": recs[:2] + ["stray string"] + recs[2:]}))
    arts, report, _ = _load(path)
    assert len(arts) == 4 and report["skipped_lines"] == 1
    assert "1 unreadable records skipped (3: a JSON str, not an object)" in report["reason"]
    assert "1 unparseable dates set empty (record 4)" in report["reason"]


def test_csv_with_a_broken_line_and_bad_dates(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("id,date,title,text\n"
                    "a,2024-01-02,T1,First text.\n"
                    "b,0001-11-30,T2,Second text.\n"
                    "c,2024-01-03,T3,Third,text,with,extra fields\n"
                    "d,31/02/2024,T4,Fourth text.\n"
                    "e,,T5,\n", encoding="utf-8")
    arts, report, caught = _load(path)
    assert arts["doc_id"].tolist() == ["a", "b", "d"]
    assert len(arts) + report["skipped_lines"] == 5
    reason = report["reason"]
    assert "1 unreadable lines skipped (4: expected 4 fields, saw 7)" in reason
    assert "(line 3)" in reason and "(line 5)" in reason  # the two bad dates, by file line
    assert "1 rows without text skipped (line 6)" in reason
    assert report["bad_values"] == 2
    assert len(caught) == 1


def test_parquet_date_columns_of_every_kind(tmp_path):
    text = [f"Text of article {i}, long enough to count." for i in range(4)]
    cases = {
        "strings": pa.array(["2024-01-02", "0001-11-30", "31/02/2024", None]),
        "ints": pa.array([1_704_153_600, 20240103, 1_704_153_600_000, None], pa.int64()),
        "stamps": pa.array([datetime(2024, 1, 2), datetime(1, 11, 30), datetime(9999, 1, 1),
                            None], pa.timestamp("s")),
        "zoned": pa.array([pd.Timestamp("2024-01-02 23:00", tz="America/New_York"), None,
                           None, None], pa.timestamp("us", tz="America/New_York")),
    }
    expected = {
        "strings": ["2024-01-02", None, None, None],
        "ints": ["2024-01-02", "2024-01-03", "2024-01-02", None],
        "stamps": ["2024-01-02", None, None, None],
        "zoned": ["2024-01-02 23:00", None, None, None],
    }
    for name, dates in cases.items():
        path = tmp_path / f"{name}.parquet"
        pq.write_table(pa.table({"text": text, "date": dates}), path)
        arts, report, _ = _load(path)
        assert len(arts) == 4, name
        want = [pd.Timestamp(x) if x else pd.NaT for x in expected[name]]
        if name == "zoned":  # stored as UTC instants: 23:00 New York is 04:00 UTC next day
            want[0] = pd.Timestamp("2024-01-03 04:00")
        assert arts["date"].tolist() == want, name
        assert arts["date"].dtype == "datetime64[ns]"
    _, report, _ = _load(tmp_path / "stamps.parquet")
    assert "2 dates out of range (before 1677 or after 2262) set empty (records 2, 3)" in \
        report["reason"]


def test_parquet_with_list_text_and_mixed_title(tmp_path):
    path = tmp_path / "mixed.parquet"
    table = pa.table({
        "text": pa.array([["Para A.", "Para B."], ["Only one."], None]),
        "title": pa.array(["One", "2", None]),
        "published": pa.array(["2024-02-01", "not a date", "2024-02-03"]),
    })
    pq.write_table(table, path)
    arts, report, _ = _load(path)
    assert arts["text"].tolist() == ["Para A.\n\nPara B.", "Only one."]
    assert len(arts) + report["skipped_lines"] == 3
    assert "1 unparseable dates set empty (record 2)" in report["reason"]


def test_mixed_types_in_a_jsonl_date_column(tmp_path):
    rows = _rows(5, r0={"date": 1_704_153_600}, r1={"date": None}, r2={"date": [2024]},
                 r3={"date": True})
    path = tmp_path / "mixed.jsonl"
    _write_jsonl(path, rows)
    arts, report, _ = _load(path)
    assert len(arts) == 5
    assert arts["date"].tolist()[0] == pd.Timestamp("2024-01-02")
    assert "2 dates of another type (not text, number or date) set empty (lines 3, 4)" in \
        report["reason"]


def test_one_warning_sums_up_several_files(tmp_path):
    _write_jsonl(tmp_path / "a.jsonl", _rows(3, r0={"date": "0001-01-01"}))
    _write_jsonl(tmp_path / "b.jsonl", _rows(3), extra_lines=[(0, "{bad")])
    with pytest.warns(CorpusWarning) as record:
        arts = load_corpus(tmp_path)
    assert len(record) == 1
    msg = str(record[0].message)
    assert "1 bad value(s)" in msg and "1 unreadable line(s)" in msg and "2 loaded file(s)" in msg
    assert len(arts) == 6


def test_clean_exports_report_no_problems(tmp_path):
    _write_jsonl(tmp_path / "clean.jsonl", _rows(4))
    arts, report, caught = _load(tmp_path / "clean.jsonl")
    assert report["reason"] == "4 of 4 rows" and report["bad_values"] == 0
    assert not caught


def test_parse_dates_is_vectorised_and_exact():
    values = pd.Series(["2024-06-01T12:30:00+02:00", "2024-06-01", "June 2, 2024", ""] * 3)
    got = parse_dates(values)
    assert got.tolist()[:4] == [pd.Timestamp("2024-06-01 10:30"), pd.Timestamp("2024-06-01"),
                                pd.Timestamp("2024-06-02"), pd.NaT]
    assert got.dtype == "datetime64[ns]" and (got.index == values.index).all()
    assert np.array_equal(got.isna().to_numpy(), np.tile([False, False, False, True], 3))


def test_manifest_join_later_rows_win_and_problems_are_listed_in_order(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    for i in range(3):
        (corpus / f"f{i}.txt").write_text(f"Article {i} text here. It goes on.", encoding="utf-8")
    man = tmp_path / "m.csv"
    man.write_text("file,outlet,date\n"
                   "f0.txt,First,2024-01-01\n"
                   "gone.txt,X,\n"
                   "f1.txt,Second,not a date\n"
                   "f0.txt,First again,\n"
                   "f2.txt,,2024-02-02\n", encoding="utf-8")
    with pytest.warns(CorpusWarning):
        arts = load_corpus(corpus, manifest=man)
    a = arts.set_index("doc_id")
    assert a.loc["f0", "outlet"] == "First again" and a.loc["f0", "date"] == pd.Timestamp(
        "2024-01-01")
    assert a.loc["f1", "outlet"] == "Second" and pd.isna(a.loc["f1", "date"])
    assert a.loc["f2", "outlet"] == "unknown" and a.loc["f2", "date_source"] == "manifest"
    extra = load_report(arts).iloc[3:]
    assert extra["file"].tolist() == ["gone.txt", "f1.txt"]
    assert extra["status"].tolist() == ["missing", "warning"]


def test_a_file_of_broken_lines_only_is_skipped_saying_why(tmp_path):
    (tmp_path / "bad.jsonl").write_text("{oops\n[1]\n", encoding="utf-8")
    (tmp_path / "ok.jsonl").write_text('{"text": "Fine text here."}\n', encoding="utf-8")
    with pytest.warns(CorpusWarning, match="bad.jsonl"):
        arts = load_corpus(tmp_path)
    report = load_report(arts).set_index("file")
    assert report.loc["bad.jsonl", "status"] == "skipped"
    assert "2 unreadable (first: 1: invalid JSON" in report.loc["bad.jsonl", "reason"]
    assert len(arts) == 1


def test_fast_text_passes_equal_their_plain_definitions():
    """``normalise`` and ``words_and_norm`` against the one-regex-per-paragraph / ``\\w+``
    definitions they replace, on random strings of blanks, line breaks and Unicode."""
    import random
    import re

    from analysis.exports import normalise, words_and_norm
    from analysis.scraped import count_words

    def plain_normalise(text):
        text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
        paras = [re.sub(r"[ \t]+", " ", p).strip() for p in re.split(r"\n\s*\n|\n", text)]
        return "\n\n".join(p for p in paras if p)

    rng = random.Random(0)
    pool = " \t\n\r\u00a0\u2028\ufeff\x0b\x1cab.’é—İ\u0301\u4e2d\U0001f600_9"
    texts = ["".join(rng.choice(pool) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    assert [normalise(t) for t in texts] == [plain_normalise(t) for t in texts]
    counts, norms = words_and_norm(texts)
    for t, n, norm in zip(texts, counts, norms):
        words = re.findall(r"\w+", t.lower())
        assert norm == " ".join(words)
        assert n == (len(words) if len(t.lower()) == len(t) else count_words(t))


def test_line_counter_finds_a_blank_line_as_the_regex_does():
    """The JSON-lines reader's blank-line test, made block by block with the previous block's
    tail, answers as the regex over the whole input, for any block size."""
    import io
    import random
    import re

    from analysis.corpus.readers import _LineCounter

    blank = re.compile(rb"\n[ \t\r\f\v]*\n")
    rng = random.Random(0)
    pieces = [b"a", b"{", b"}", b" ", b"\t", b"\r", b"\n", b"\x0b", b"\x0c", b"x"]
    cases = [b"", b"\n", b"{}\n\n{}", b"{}\r\n\r\n{}", b"{}\n \t\n{}", b"{}\n{}\n",
             b"a\r \n\r\r\r "]
    cases += [b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
              for _ in range(5000)]
    found = 0
    for data in cases:
        want = blank.search(b"\n" + data) is not None  # a blank first line counts
        found += want
        for size in (1, 2, 3, 7, 64):
            counter = _LineCounter(io.BytesIO(data))
            while counter.read(size):
                pass
            assert counter.blank == want, (data, size)
            assert counter.n_lines == data.count(b"\n") + (not data.endswith(b"\n") and
                                                           bool(data))
    assert 1000 < found < len(cases) - 1000
