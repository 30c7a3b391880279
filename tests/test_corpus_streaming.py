"""An export's text column is cleaned from its Arrow chunks, each freed once cleaned.

``records_from_table(..., consume=True)`` (what ``load_corpus`` does with a table it read) must
give the same records, notes and counts as without ``consume``; the blank test without a stripped
copy must equal the pandas expression it replaces.
"""

from __future__ import annotations

import json
import random

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from analysis.corpus.arrow_text import blank_to_na, text_batches
from analysis.corpus.exports import records_from_table
from analysis.corpus.readers import read_table


@pytest.mark.parametrize("dtype", ["string", "str", "string[python]"])
def test_blank_to_na_equals_the_stripped_length_test(dtype):
    rng = random.Random(0)
    pool = [" ", "\t", "\n", "\u00a0", "\u2003", "\u2028", "\x1c", "\x85", "\ufeff", "a", "é",
            "\u200b"]
    values = ["".join(rng.choice(pool) for _ in range(rng.randint(0, 4))) for _ in range(2000)]
    values[::97] = [None] * len(values[::97])
    s = pd.Series(values, dtype=dtype)
    expected = s.where(s.str.strip().str.len() > 0)
    got = blank_to_na(s)
    pd.testing.assert_series_equal(got, expected)
    assert got.isna().sum() > 200  # blanks and missing values were there to find


def test_blank_to_na_returns_a_column_without_blanks_as_it_is():
    s = pd.Series(["a", " b", "c "], dtype="string")
    assert blank_to_na(s) is s


def test_text_batches_consume_the_chunks_in_order():
    chunks = [pa.array([f"t{i}" for i in range(lo, lo + n)], pa.large_string())
              for lo, n in ((0, 3), (3, 5), (8, 1), (9, 4))]
    got = list(text_batches(chunks, 4))
    assert chunks == []  # every chunk was dropped from the caller's list
    assert [len(b) for b in got] == [4, 4, 4, 1]
    assert sum(got, []) == [f"t{i}" for i in range(13)]


def _chunked_table(rows: list[dict], chunk: int) -> pd.DataFrame:
    """A table whose columns are Arrow chunks of ``chunk`` rows, as the JSON reader gives."""
    batches = [pa.RecordBatch.from_pylist(rows[lo:lo + chunk])
               for lo in range(0, len(rows), chunk)]
    table = pa.Table.from_batches(batches).to_pandas()
    assert table["text"].array.__arrow_array__().num_chunks > 1
    return table


def _rows(n: int) -> list[dict]:
    rng = random.Random(1)
    words = ["talks", "resumed", "in", "Doha", "on", "Monday", "officials", "said", "the"]
    rows = []
    for i in range(n):
        paras = [" ".join(rng.choice(words) for _ in range(rng.randint(3, 40))).capitalize() + "."
                 for _ in range(rng.randint(1, 5))]
        if i % 7 == 0:
            paras.insert(1, "ADVERTISEMENT")
        if i % 11 == 0:
            paras.append("The Associated Press contributed to this report.")
        rows.append({"id": f"a{i}", "source": f"Outlet {i % 4}",
                     "date": f"2024-05-{i % 28 + 1:02d}", "title": f"Title {i}",
                     "text": "\n".join(paras)})
    return rows


@pytest.mark.parametrize("gaps", [False, True])
def test_consuming_the_text_column_gives_the_same_records(gaps):
    rows = _rows(4500)  # more than one batch of cleaning (2,000 rows)
    if gaps:  # rows without text and blank texts: the filtered path
        rows[5]["text"], rows[2100]["text"], rows[4499]["text"] = None, " \n\t", "\u00a0"
    plain = _chunked_table(rows, 700)
    frame, notes, bad, skipped = records_from_table(plain, "x.jsonl", "x", None)
    table = _chunked_table(rows, 700)
    frame2, notes2, bad2, skipped2 = records_from_table(table, "x.jsonl", "x", None,
                                                        consume=True)
    pd.testing.assert_frame_equal(frame2, frame, check_exact=True)
    assert (notes2, bad2, skipped2) == (notes, bad, skipped)
    assert "text" not in table.columns and "text" in plain.columns  # taken only when consumed
    assert skipped == (3 if gaps else 0)
    assert frame["removed"].str.contains("advertisement: ADVERTISEMENT").sum() > 600


def test_a_column_mapped_twice_is_not_taken(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps({"body": f"Text {i} here."}) for i in range(5)))
    table = read_table(path)
    frame, *_ = records_from_table(table, "a.jsonl", "a", {"text": "body", "title": "body"},
                                   consume=True)
    assert "body" in table.columns
    assert frame["title"].tolist() == frame["text"].tolist() == [f"Text {i} here."
                                                               for i in range(5)]
    assert np.array_equal(frame["n_words"], [3] * 5)
