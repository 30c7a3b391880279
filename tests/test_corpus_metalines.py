"""The pre-tests in ``meta_line`` only skip rules that cannot match the line.

``meta_line`` tries a byline (no digit), a publication stamp and a dated byline only on lines
that pass a cheap test (first letters, a comma and a lower-case end, a separator character).
Each test below runs the skipped rule itself on every line its pre-test rejects and asserts it
finds nothing, on real export lines and on metadata shapes with case and context variants.
"""

from __future__ import annotations

import random
from pathlib import Path

from analysis.corpus import metalines
from analysis.corpus.exports import _paragraphs

ROOT = Path(__file__).resolve().parents[1]
SHAPES = [
    "By Anna Rossi, BBC News", "By Anna Rossi and John Smith | Reuters", "BY: JO LI",
    "By Jo Li, The Associated Press on June 5, 2024.", "By Mira Patel | June 14, 2024",
    "Mira Patel · June 14, 2024", "By Mira Patel, Reuters | Published June 14, 2024",
    "Paul Ellertson, staff writer", "Paul Ellertson , senior correspondent",
    "The Guardian, 13 May 2023", "The Guardian | 13 May 2023", "Published: August 05 2024",
    "First Published Jul 31, 2024, 2:58 PM IST | Last Updated Aug 1, 2024",
    "Last updated: 06/13/2024 | Published 06/12/2024", "Updated 3 hours ago",
    "Posted on June 5, 2024 by Jo Li", "Modified: 2024-06-05 / Published: 2024-06-04",
    "Today's Paper | September 21, 2024", "DAWN.COM", "Doug Ives/Canadian Press",
    "Roman Yarovitsin/Copyright 2024 The AP", "12 May 2023", "Thursday, 06/13/2024",
    "Jun 13, 2024, 9:31 AM", "14th April 2024 – (Tehran)", "08/05/2013",
    "TOI World Desk / TIMESOFINDIA.COM / Updated: Jun 5, 2024, 10:01 IST",
    "Written by Mira Patel • 5 June 2024", "Author: Mira Patel / 2024-06-05",
    "Mira Patel · 5 min read · Jun 5, 2024", "ſtaff writer, June 5", "Ιnterview, 2024",
    "The Guardian | 13 May ٢٠٢٣", "Published: ١٣/٠٥/٢٠٢٣", "Updated 13.05.2023 | By Jo Li",
]


def _variants(lines: list[str], rng: random.Random) -> list[str]:
    out = list(lines)
    for s in lines:
        out += [s.upper(), s.lower(), s.title(), "  " + s + " ", s + ".", "The " + s,
                s[rng.randrange(len(s)):].strip() or s, s[:rng.randrange(1, len(s) + 1)]]
    return [s.strip() for s in out if s.strip()]


def _lines(shared_jsonl) -> list[str]:
    rng = random.Random(0)
    lines = _variants(SHAPES, rng)
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        lines += [s.strip() for s in path.read_text(encoding="utf-8").splitlines() if s.strip()]
    for name in ("allsides/world.jsonl.gz", "polnear/articles.jsonl.gz", "bbc/bbc.jsonl.gz"):
        lines += [p for t in shared_jsonl(name, nrows=1500)["text"] if isinstance(t, str)
                  for p in _paragraphs(t)]
    return [s for s in dict.fromkeys(lines) if len(s) <= 160]


def test_skipped_rules_find_nothing_on_the_lines_they_skip(shared_jsonl):
    lines = _lines(shared_jsonl)
    assert len(lines) > 20_000
    skipped = {"byline": 0, "stamp": 0, "dated byline": 0, "no year": 0}
    for s in lines:
        if not metalines._DIGIT.search(s) and not (
                s[:2].lower() == "by" or "," in s and "a" <= s[-1] <= "z"):
            assert metalines.parse_byline(s) is None, s
            skipped["byline"] += 1
        if s[0] not in metalines._STAMP_FIRST and s[0] <= "\x7f":
            assert metalines._publication_stamp(s) is None, s
            skipped["stamp"] += 1
        if not any(c in s for c in "|/•·"):
            assert metalines._dated_byline(s) is None, s
            skipped["dated byline"] += 1
        if not metalines._YEAR.search(s):  # no date without four digits in a row
            assert metalines.date_only(s) is None and metalines.parse_date(s) is None, s
            assert metalines._publication_stamp(s) is None, s
            assert metalines.ambiguous_date_line(s) is None, s
            assert metalines._dated_byline(s) is None, s
            skipped["no year"] += 1
    assert min(skipped.values()) > 5_000  # the pre-tests do skip most lines


def test_meta_line_still_reads_every_shape():
    kinds = {s: (m.kind if (m := metalines.meta_line(s)) else None) for s in SHAPES}
    assert kinds["Paul Ellertson, staff writer"] == "byline"
    assert kinds["Published: August 05 2024"] == "publication stamp"
    assert kinds["Posted on June 5, 2024 by Jo Li"] == "publication stamp"
    assert kinds["By Mira Patel | June 14, 2024"] == "byline"
    assert kinds["Mira Patel · June 14, 2024"] == "byline"
    assert kinds["The Guardian | 13 May 2023"] == "page header"
    assert metalines.meta_line("Last updated: Jun 14, 2024 | Published: Jun 13, 2024").dates == {
        "updated_stamp": metalines.date(2024, 6, 14),
        "published_stamp": metalines.date(2024, 6, 13)}
    assert metalines.meta_line("Ministers met in Doha, officials said") is None


def test_first_chars_reads_the_patterns_first_letters():
    assert metalines._STAMP_FIRST == frozenset("fFpPlLuUmM")
