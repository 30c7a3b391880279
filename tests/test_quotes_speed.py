"""The speed-ups of the quotes package (issue 15) keep the plain definitions' results.

Each fast path is compared with the plain rule it replaces: the person scan that begins at a
capital with the plainly written person pattern, the token index's last-sentence cache with
tokenising the sentence, gender evidence counted on demand with counting it for everyone, the
table's three stable sorts with one sort on (start, -end, kind).
"""

from __future__ import annotations

import random

import pandas as pd

from analysis.quotes import quotes
from analysis.quotes.person_scan import (
    _PERSON_RX,
    _PERSON_SCAN,
    _gender,
    _people,
    _person_match,
)
from analysis.quotes.verbs import _lexicon
from analysis.quotes.words import _TokenIndex, _tokens
from analysis.text import paragraph_spans, sentence_spans

_TEXT = (
    "WASHINGTON — President Barack Obama met Sen. Elizabeth Warren on Monday. Mr. Obama said "
    "she was right. Rep. Robert C. Scott, Jr. and Mayor Bill de Blasio agreed; “Donald Trump is "
    "wrong,” said Hillary Clinton’s aide. O'Neil-Smith and McDonald's owner spoke. Pope Francis "
    "and Congresswoman Maxine Waters, Sr. were not there.\n\nKing Abdullah said he would come. "
    "The U.S. Secretary of State John Kerry said Secretary Kerry’s plan works. Prince Harry."
)


def _plain(text: str) -> list[tuple]:
    return [(m.start(), m.end(), m.group("title"), m.group("name"))
            for m in _PERSON_RX.finditer(text)]


def _fast(text: str) -> list[tuple]:
    return [_person_match(m, text) for m in _PERSON_SCAN.finditer(text)]


def test_person_scan_finds_the_plain_pattern_matches():
    found = _fast(_TEXT)
    assert found == _plain(_TEXT)
    titled = {(t, n) for _s, _e, t, n in found if t}
    assert ("President", "Barack Obama") in titled
    assert ("Rep.", "Robert C. Scott, Jr.") in titled
    assert ("Mayor", "Bill de Blasio") in titled
    assert ("Congresswoman", "Maxine Waters, Sr.") in titled


def test_person_scan_equal_on_random_text():
    rng = random.Random(15)
    pieces = ["Mr. ", "Mrs. ", "Ms.", "President ", "Pope", "Kingdom ", "Queen ", "John ", "Smith",
              "Jr.", " de ", "O'Neil", "McDonald", "X.", "’s", "a", "A", " ", "\n", ",", "-",
              "_", "'", "Congressman ", "Senator", "Sen. ", "Gen.", "Prof. ", "Dr"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert _fast(text) == _plain(text), text


def _eager_genders(text: str, quoted) -> dict[str, str | None]:
    """Genders with all evidence counted right after the scan (the behaviour before)."""
    mentions, by_surname = _people(text, quoted)
    persons = {id(p): p for _s, _e, p, _subj in mentions}
    return {p.full: _gender(p) for p in persons.values()}


def test_gender_counted_on_demand_equals_counting_all():
    text = ("Hillary Clinton spoke first. Then Donald Trump said he would win. Clinton said she "
            "disagreed. Kelly Ayotte and Chris Christie were there; Ayotte said she would vote, "
            "Christie said he would not. Mr. Ayotte, her husband, stayed home.")
    genders = _eager_genders(text, [])
    assert genders["Hillary Clinton"] == "f"
    assert genders["Donald Trump"] == "m"
    mentions, _ = _people(text, [])
    p = next(p for _s, _e, p, _subj in mentions if p.full == "Kelly Ayotte")
    first = _gender(p)
    counts = dict(p.gender)
    assert _gender(p) == first and dict(p.gender) == counts  # evidence counted once
    assert p.pending is None


def test_token_index_serves_the_sentence_tokens():
    text = ("Mr. Smith said the U.S. plan failed. “It is over,” he said -- and left.\n"
            "Sen. Jones told reporters No.1 was next. She added that it was fine.")
    tk = _TokenIndex(text, _sentence_of(text))
    rng = random.Random(3)
    spans = [s for ps, pe in paragraph_spans(text) for s in sentence_spans(text, ps, pe)]
    for _ in range(300):
        ss, se = rng.choice(spans)
        a = rng.randint(ss, se)
        b = rng.randint(a, se)
        want = [t for t in _tokens(text, ss, min(se + 1, len(text))) if a <= t[1] and t[2] <= b]
        assert tk(a, b) == want


def _sentence_of(text: str):
    spans = [s for ps, pe in paragraph_spans(text) for s in sentence_spans(text, ps, pe)]

    def of(pos: int) -> tuple[int, int]:
        return max((s for s in spans if s[0] <= pos), default=spans[0])

    return of


def test_title_spans_reads_headlines_only():
    lex = _lexicon(None)
    text = "Clinton Says Russians Hacked DNC\n\nClinton Says the words in a sentence, she said."
    paras = paragraph_spans(text)
    spans = lex.title_spans(text, paras)
    assert [text[s:e] for s, e in spans] == ["Says"]


def test_table_rows_in_text_order_with_na_offsets():
    art = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "text": [
        "“Talks went well,” IRNA claimed. The report said that “more talks” would follow.",
        "",
        "He called it “a “nested” quote” and left. “Yes.”",
        "The plan was “dead on arrival” for months. “Iran said the talks failed,” the paper "
        "wrote.",
    ]})
    q = quotes(art)
    for _doc, g in q.groupby("doc_id"):
        keys = list(zip(g["start"], -g["end"], g["kind"]))
        assert keys == sorted(keys)
        assert g["quote_id"].tolist() == list(range(len(g)))
    assert str(q["speaker_start"].dtype) == "Int64"
    assert q["speaker_start"].isna().any() and q["speaker_start"].notna().any()
    assert q["speaker"].isna().sum() == 1  # the quoted term "dead on arrival"
    inner = q[q["within"].notna()]
    assert inner[["doc_id", "speaker", "within"]].values.tolist() == [["d", "Iran", 1]]
    outer = q[(q["doc_id"] == "d") & (q["quote_id"] == 1)].iloc[0]
    assert (outer["kind"], outer["speaker"]) == ("direct", "the paper")
    assert outer["start"] <= inner["start"].iloc[0] and inner["end"].iloc[0] <= outer["end"]


# --------------------------------------------------------------------------------------------
# Issue 15, fifth round: each fast path against the plain form it replaces


def test_tokens_and_starts_equal_the_plain_comprehension():
    from analysis.quotes.words import _TOKEN, _tokens_starts

    rng = random.Random(5)
    pieces = ["Mr.", "U.S.", "No.1", " ", "\n", "“", "”", "--", "it’s", "O'Neil", "_", "-", ",",
              "said", "x", "É", ".", "3.5"]
    texts = [_TEXT] + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 15)))
                       for _ in range(2000)]
    for text in texts:
        for a, b in ((0, len(text)), (1, max(1, len(text) - 2))):
            want = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, a, b)]
            toks, starts = _tokens_starts(text, a, b)
            assert toks == want and starts == [t[1] for t in want], text
    toks = _tokens(_TEXT, 0, len(_TEXT))
    us = _TEXT.index("U.S.")
    assert ("Sen.", 40, 44) in toks and ("U.S.", us, us + 4) in toks


def test_sentence_end_scan_equals_one_look_behind_per_abbreviation():
    import re

    from analysis.quotes.sentences import _ABBREVIATIONS, _SENT_END

    plain = re.compile(
        r"[.!?\n](?:(?<=[.!?])(?<!\b[A-Z]\.)"
        + "".join(rf"(?<!\b{a}\.)" for a in _ABBREVIATIONS)
        + r"[\"”’']*\s+(?=[\"“‘(]?[A-Z])|(?<=\n)\s*)"
    )
    rng = random.Random(7)
    pieces = ["Mr", "Mrs", "Sept", "Sep", "Capt", "No", "vs", "J", "word", ". ", ".", "! ", "?\n",
              "\n", " ", "The", "A", "“", "”", "'", "(", "Xmr", "Dec"]
    texts = [_TEXT] + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
                       for _ in range(5000)]
    for text in texts:
        assert [m.span() for m in _SENT_END.finditer(text)] == [
            m.span() for m in plain.finditer(text)], text
    ends = [m.end() for m in _SENT_END.finditer("Mr. Obama spoke. Sept. He left. Sen. Warren.")]
    assert ends == [17, 32]  # not after "Mr." or "Sept.", after "left."


def test_string_columns_equal_pandas_strings():
    from analysis.quotes.table import _string_array

    for values in (["a", None, "b"], [], ["x", float("nan")], [None], ["é", "“q”"], [1, 2],
                   ["a", 1]):
        want = pd.array(values, dtype="string")
        got = _string_array(values)
        assert type(got) is type(want) and got.dtype == want.dtype, values
        pd.testing.assert_extension_array_equal(got, want)


def test_heap_frozen_only_while_quotes_runs():
    import gc

    art = pd.DataFrame({"doc_id": ["a"], "text": ["“Yes,” IRNA claimed. Mr. Smith said no."]})
    assert gc.get_freeze_count() == 0
    assert len(quotes(art, processes=1)) == 2
    assert gc.get_freeze_count() == 0 and gc.isenabled()
    gc.freeze()  # objects someone else froze (a forked worker) stay frozen
    try:
        frozen = gc.get_freeze_count()
        quotes(art, processes=1)
        # still frozen: quotes neither unfroze them (0) nor froze more; a few frozen objects may
        # be released while it runs (a full lru_cache evicts entries made before the freeze)
        assert 0 < gc.get_freeze_count() <= frozen
    finally:
        gc.unfreeze()
    gc.disable()
    try:
        quotes(art, processes=1)
        assert not gc.isenabled()
    finally:
        gc.enable()


# --------------------------------------------------------------------------------------------
# Issue 15, seventh round


def test_token_scan_equals_the_plain_token_pattern():
    """The guarded, possessive ``_TOKEN`` finds what ``_TOKEN_PLAIN`` finds, in windows too."""
    from analysis.quotes.words import _TOKEN, _TOKEN_PLAIN

    rng = random.Random(11)
    pieces = ["Mr.", "Mrs", "Capt.", "Cmdr.", "Sr.", "St", "U.S.", "a.", "U.S.A.", "No.1", "No.",
              " ", "\n", "“", "”", "--", "-", "it’s", "O'Neil", "_", ",", ".", "x", "É", "3.5",
              "Trump", "e.g.", "Jr.,", "...", "’", "ab.cd", "Dr", "Z."]
    texts = [_TEXT] + ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
                       for _ in range(5000)]
    abbreviations = 0
    for text in texts:
        for a, b in ((0, len(text)), (1, max(1, len(text) - 2)), (2, len(text))):
            got = [(m.group(), m.span()) for m in _TOKEN.finditer(text, a, b)]
            assert got == [(m.group(), m.span()) for m in _TOKEN_PLAIN.finditer(text, a, b)], (
                text, a, b)
            abbreviations += sum(t in ("Mr.", "Capt.", "U.S.", "U.S.A.") for t, _ in got)
    assert abbreviations > 1000  # the abbreviation branch is exercised, not only words


def _plain_verb_spans(lex, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in lex.rx.finditer(text)]


def test_verb_scan_equals_the_plain_pattern():
    """The automaton's first words, each read by the anchored pattern, find the spans of
    ``rx.finditer``: word boundaries (’ ' - _ digits), forms inside words, the longest form,
    multi-word forms across any whitespace, overlapping candidates skipped."""
    lex = _lexicon(None)
    text = ("He said, she says. Essays said-so; said’s saidx 2said said_ says\nsaid. Trump called "
            "for\n  a ban, calls  on them, was quoted   as saying it, pointed out, pointing "
            "to X. “Asked whether…” Saying it, they said said.")
    got = lex.spans(text)
    assert got == _plain_verb_spans(lex, text)
    assert [text[s:e] for s, e in got] == [
        "said", "says", "says", "said", "called for", "calls  on", "quoted   as saying",
        "pointed out", "pointing to", "Asked", "Saying", "said", "said"]
    rng = random.Random(8)
    pieces = ["said", "says", "say", "saying", "ess", "call", " for", " on", "quoted", " as",
              " saying", "point", " out", "Asked", "asked", " ", "  ", "\n", ",", ".", "-", "’",
              "'", "_", "x", "1", "“", "”", "s", "ed", "Pointing"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert lex.spans(text) == _plain_verb_spans(lex, text), text


def test_verb_scan_with_an_extended_lexicon_and_pickled():
    """Forms added by the user (also multi-word and capitalised ones) are scanned; a pickled
    lexicon (sent to a worker process) rebuilds its automaton."""
    import pickle

    from analysis.quotes.verbs import load_reporting_verbs

    lex = _lexicon(load_reporting_verbs(extra=[
        {"verb": "aver", "verb_class": "assertive"},
        {"verb": "hold forth", "verb_class": "other", "forms": "held forth|Holding forth"}]))
    text = "She avered it. He held   forth, Holding forth; beheld forth. avering avers"
    copy = pickle.loads(pickle.dumps(lex))
    for scanner in (lex, copy):
        got = scanner.spans(text)
        assert got == _plain_verb_spans(scanner, text)
        assert [text[s:e] for s, e in got] == [
            "avered", "held   forth", "Holding forth", "avering", "avers"]
    empty = _lexicon(load_reporting_verbs().iloc[:0])
    assert empty.spans("He said so.") == []


def test_young_collections_only_batches_the_collector(monkeypatch):
    """While the block holds the automatic passes are off and a loop over ``collected_every``
    collects the young generations every ``every`` items — garbage cycles made by an item are
    gone within ``every`` items; the collector is on again after the block, also when it
    raises; nothing changes when it was off already or a block already holds."""
    import gc
    import weakref

    from analysis import _parallel
    from analysis._parallel import collected_every, young_collections_only

    class Node:
        pass

    dead = []
    with young_collections_only(every=4):
        assert not gc.isenabled()
        for n in collected_every(range(12)):
            if n == 1:
                a, b = Node(), Node()
                a.other, b.other = b, a  # a cycle: only the collector frees it
                ref = weakref.ref(a)
                del a, b
            dead.append(ref() is None if n else False)
    assert gc.isenabled()
    assert dead[1:3] == [False, False] and all(dead[3:])  # the pass before the fourth item
    calls = []
    monkeypatch.setattr(_parallel.gc, "collect", lambda gen=2: calls.append(gen))
    list(collected_every(range(200)))
    assert calls == []  # outside the block: the automatic passes as usual
    try:
        with young_collections_only(every=10):
            with young_collections_only(every=3):  # nested: the outer block's rhythm
                list(collected_every(range(25)))
            raise RuntimeError
    except RuntimeError:
        pass
    assert calls == [1, 1] and gc.isenabled()
    gc.disable()
    try:
        with young_collections_only():
            list(collected_every(range(200)))
        assert not gc.isenabled() and calls == [1, 1]
    finally:
        gc.enable()
