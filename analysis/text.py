"""Segmentation with offsets: articles → paragraphs and sentences, and keyword-in-context.

Every row carries ``start``/``end`` character offsets into ``articles.text`` so that any derived
row (a mention, a quote, a sentence behind a count) can be shown in context. Sentence splitting
is rule based (terminal punctuation followed by a capital, digit or opening quote, with a list of
abbreviations that do not end sentences), in the spirit of Punkt/ spaCy's ``sentencizer`` but with
no model to download; it is fast enough for 100,000 articles.
"""

from __future__ import annotations

import re

import pandas as pd

from ._api import keyword_only, renamed
from ._memory import release_memory
from ._progress import progress
from ._validate import require_columns

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep rev st jr sr vs etc inc ltd co
    corp jan feb mar apr jun jul aug sep sept oct nov dec no nos fig approx est dept univ mt ft
    u.s u.k u.n e.u u.s.a a.m p.m i.e e.g""".split()
)
# A sentence ends at . ! ? (or …) plus closing quotes/brackets, before space and an opener.
# (the group: where the space after a sentence begins, i.e. where the sentence ends)
#: abbreviated regions (Canadian provinces, US states in AP style): inside a name they go on
#: ("the B.C. Teachers' Federation", "a Calif. firm"), at a sentence's end they end it ("… in
#: B.C. The minister said"): they end a sentence only before a word that opens one
_REGIONS = frozenset(
    """b.c n.s n.b p.e.i n.l n.w.t ont que alta sask n.y n.j n.c s.c n.h n.m n.d s.d d.c r.i w.va
    calif fla tex ariz colo conn mich minn tenn okla nev neb wis ky ga va md mo vt ala""".split()
)
#: abbreviations that stand before a number only ("No. 2", "Nos. 3 and 4", "fig. 5")
_NUMBER_SIGNS = frozenset({"no", "nos", "fig"})
_OPENS_SENTENCE = frozenset(
    """the a an he she it they we i you this that these those there his her their its our my
    but and or so yet in on at by for from after before when while as if also however
    meanwhile still then now some many most one two three""".split()
)
_NEXT_WORD = re.compile(r"[\s\"'“‘(\[]*([A-Za-z]+)")
_BOUNDARY = re.compile(r"""[.!?…]["'”’)\]]*(\s+)(?=["'“‘(\[]?[A-Z0-9\u00C0-\u024F•])""")
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?…]?$")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")  # dotted initials, lower-cased: "j.k", "j.r.r"


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the paragraphs of one text.

    Paragraphs are separated by blank lines; a text with no blank line is split at line breaks.
    Surrounding whitespace is trimmed and empty paragraphs are dropped.

    Parameters
    ----------
    text : str
        One article body.

    Returns
    -------
    list of (int, int)
        ``(start, end)`` offsets into ``text``, in text order.

    Examples
    --------
    >>> paragraph_spans("One.\\n\\n  Two. \\n")
    [(0, 4), (8, 12)]
    """
    splitter = _BLANK_LINE if _BLANK_LINE.search(text) else re.compile(r"\n")
    spans, pos = [], 0
    for m in splitter.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _is_abbreviation(text: str, end: int) -> bool:
    """True when the period before ``end`` closes an abbreviation or an initial ("J. Smith")."""
    if text[end - 1] != "." or text[end : end + 1] in ('"', "”"):
        return False  # (a closing quotation mark ends a sentence: "… Cell Block H." Labour …)
    m = _WORD_BEFORE.search(text, max(0, end - 12), end)
    if not m:
        return False
    word = m.group(1).rstrip(".").lower()
    if word in _NUMBER_SIGNS:  # "No. 2" and "fig. 3", but "… said no. But he said …"
        return not text[end : end + 4].lstrip()[:1].isalpha()
    if word in _ABBREVIATIONS:
        return True
    if word in _REGIONS or _INITIALS.fullmatch(word):  # ("J.K. Rowling", "… in D.C. The")
        nxt = _NEXT_WORD.match(text, end)
        return nxt is not None and nxt.group(1).lower() not in _OPENS_SENTENCE
    return len(word) == 1 and word.isalpha()  # an initial


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Character spans of the sentences inside ``text[start:end]`` (usually one paragraph).

    A sentence ends at terminal punctuation (plus closing quotes or brackets) followed by space
    and a capital, digit or opening quote, unless the period closes an abbreviation or an initial.

    Parameters
    ----------
    text : str
        One article body.
    start, end : int
        The window to split, e.g. one span from :func:`paragraph_spans`.

    Returns
    -------
    list of (int, int)
        ``(start, end)`` offsets into ``text`` (not into the window), in text order.

    Examples
    --------
    >>> t = "Intro. Mr. Smith spoke. He left."
    >>> [t[s:e] for s, e in sentence_spans(t, 7, len(t))]
    ['Mr. Smith spoke.', 'He left.']
    """
    spans, s = [], start
    for m in _BOUNDARY.finditer(text, start, end):
        p = m.start()
        if text[p] == "." and _is_abbreviation(text, p + 1):
            continue
        # the sentence ends before the boundary's spaces (after its punctuation, so e > s: a
        # match starts at or after the previous one's end)
        spans.append((s, m.start(1)))
        s = m.end()
    e = end
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))
    return spans


def paragraphs(articles: pd.DataFrame) -> pd.DataFrame:
    """Split each article's ``text`` into paragraphs.

    Parameters
    ----------
    articles : DataFrame
        Needs ``doc_id`` and ``text``.

    Returns
    -------
    DataFrame
        ``doc_id, para_id, start, end, text``; ``para_id`` counts from 0 within each article and
        ``articles.text[start:end] == text``.

    Examples
    --------
    >>> df = pd.DataFrame({"doc_id": ["a"], "text": ["One.\\n\\nTwo."]})
    >>> paragraphs(df)[["para_id", "start", "end", "text"]].values.tolist()
    [[0, 0, 4, 'One.'], [1, 6, 10, 'Two.']]
    """
    require_columns(articles, ["doc_id", "text"])
    rows: dict[str, list] = {"doc_id": [], "para_id": [], "start": [], "end": [], "text": []}
    for doc_id, text in progress(zip(articles["doc_id"], articles["text"].fillna("")),
                                 total=len(articles), desc="paragraphs"):
        for i, (s, e) in enumerate(paragraph_spans(text)):
            rows["doc_id"].append(doc_id)
            rows["para_id"].append(i)
            rows["start"].append(s)
            rows["end"].append(e)
            rows["text"].append(text[s:e])
    out = _typed(pd.DataFrame(rows), ["para_id", "start", "end"])
    del rows
    release_memory(len(articles))
    return out


def sentences(articles: pd.DataFrame) -> pd.DataFrame:
    """Split each article's ``text`` into sentences (never across paragraphs).

    Returns
    -------
    DataFrame
        ``doc_id, sent_id, para_id, start, end, text``; ``sent_id`` counts from 0 within each
        article and ``articles.text[start:end] == text``.

    Examples
    --------
    >>> df = pd.DataFrame({"doc_id": ["a"], "text": ["Mr. Smith spoke. He left.\\n\\nEnd."]})
    >>> sentences(df)["text"].tolist()
    ['Mr. Smith spoke.', 'He left.', 'End.']
    """
    require_columns(articles, ["doc_id", "text"])
    rows: dict[str, list] = {
        "doc_id": [], "sent_id": [], "para_id": [], "start": [], "end": [], "text": []
    }
    for doc_id, text in progress(zip(articles["doc_id"], articles["text"].fillna("")),
                                 total=len(articles), desc="sentences"):
        sid = 0
        for pid, (ps, pe) in enumerate(paragraph_spans(text)):
            for s, e in sentence_spans(text, ps, pe):
                rows["doc_id"].append(doc_id)
                rows["sent_id"].append(sid)
                rows["para_id"].append(pid)
                rows["start"].append(s)
                rows["end"].append(e)
                rows["text"].append(text[s:e])
                sid += 1
    out = _typed(pd.DataFrame(rows), ["sent_id", "para_id", "start", "end"])
    del rows
    release_memory(len(articles))
    return out


def _typed(df: pd.DataFrame, int_cols: list[str]) -> pd.DataFrame:
    for col in int_cols:
        df[col] = df[col].astype("int64")
    return df


@renamed(window="window_chars")
@keyword_only("window_chars")
def kwic(
    articles: pd.DataFrame,
    pattern_or_rows: str | re.Pattern | pd.DataFrame,
    *,
    window_chars: int = 60,
) -> pd.DataFrame:
    """Keyword in context: the text around a pattern, or around rows that carry offsets.

    Parameters
    ----------
    articles : DataFrame
        Needs ``doc_id`` and ``text`` (``outlet`` is carried along when present).
    pattern_or_rows : str, compiled regex, or DataFrame
        A regular expression (case-insensitive when given as a string) searched in every text, or a
        table with ``doc_id, start, end`` (mentions, quotes, sentences …) whose spans are shown.
    window_chars : int
        Characters of context on each side.

    Returns
    -------
    DataFrame
        ``doc_id, start, end, left, match, right`` (+ ``outlet``), one row per hit, in text order.

    Examples
    --------
    >>> df = pd.DataFrame({"doc_id": ["a"], "text": ["Iran and Israel."]})
    >>> kwic(df, "israel", window_chars=5)[["left", "match", "right"]].values.tolist()
    [[' and ', 'Israel', '.']]
    """
    require_columns(articles, ["doc_id", "text"])
    texts = dict(zip(articles["doc_id"], articles["text"].fillna("")))
    if isinstance(pattern_or_rows, pd.DataFrame):
        require_columns(pattern_or_rows, ["doc_id", "start", "end"], name="rows")
        spans = list(
            zip(pattern_or_rows["doc_id"], pattern_or_rows["start"], pattern_or_rows["end"])
        )
        missing = {d for d, _, _ in spans if d not in texts}
        if missing:
            raise ValueError(f"rows name doc_id(s) not in articles: {sorted(missing)[:5]}")
    else:
        rx = (
            re.compile(pattern_or_rows, re.IGNORECASE)
            if isinstance(pattern_or_rows, str)
            else pattern_or_rows
        )
        spans = [(d, m.start(), m.end()) for d, t in texts.items() for m in rx.finditer(t)]
    out = pd.DataFrame(
        [
            {
                "doc_id": d,
                "start": int(s),
                "end": int(e),
                "left": texts[d][max(0, s - window_chars) : s].replace("\n", " "),
                "match": texts[d][s:e],
                "right": texts[d][e : e + window_chars].replace("\n", " "),
            }
            for d, s, e in spans
        ],
        columns=["doc_id", "start", "end", "left", "match", "right"],
    )
    if "outlet" in articles.columns and len(out):
        out = out.merge(articles[["doc_id", "outlet"]], on="doc_id", how="left")
    return out


_QUOTE_CHARS = re.compile(r"[\"“”«»‘’]")


def quoted_spans(text: str, paragraphs: list[tuple[int, int]] | None = None
                 ) -> list[tuple[int, int]]:
    """Spans of direct quotations in ``text``, quotation marks included.

    Handles curly (“…”), straight ("…"), guillemet («…») and single curly (‘…’) quotes, and
    quotations the scraper broke: within each paragraph, a closing mark with no opening mark is
    taken to quote from the start of the paragraph, and an opening mark never closed quotes to the
    end of the paragraph (news style opens, but does not close, each paragraph of a
    multi-paragraph quotation). A straight quote that plainly opens (after a space, before a
    word) while another is still open ends the unclosed one there. Single quotes count only
    outside double quotes, and ’ only closes an open ‘ (otherwise it is an apostrophe).

    Examples
    --------
    >>> t = 'He said “yes” and “no.\\n\\nThen more,” she said.'
    >>> [t[s:e] for s, e in quoted_spans(t)]
    ['“yes”', '“no.', 'Then more,”']
    >>> t = 'A "broken quote. "A new one," he said, and ‘single’ ones; it’s fine.'
    >>> [t[s:e] for s, e in quoted_spans(t)]
    ['"broken quote.', '"A new one,"', '‘single’']
    """
    spans: list[tuple[int, int]] = []
    if paragraphs is None:  # callers that already split the text pass its paragraph_spans
        paragraphs = paragraph_spans(text)
    for ps, pe in paragraphs:
        open_at: int | None = None
        single_at: int | None = None
        for m in _QUOTE_CHARS.finditer(text, ps, pe):
            ch, i = m.group(), m.start()
            before = text[i - 1] if i > ps else " "
            after = text[i + 1] if i + 1 < pe else " "
            if ch in "‘’":
                if open_at is not None:
                    continue  # nested inside a double-quoted span
                if ch == "‘" and not before.isalnum() and (after.isalnum() or after in "“\""):
                    single_at = i
                elif ch == "’" and single_at is not None and not after.isalnum():
                    spans.append((single_at, i + 1))
                    single_at = None
                continue
            if ch in "“«":
                is_open = True
            elif ch in "”»":
                is_open = False
            else:
                opens_word = (before.isspace() or before in "([—–-") and (
                    after.isalnum() or after in "‘'…"
                )
                if open_at is not None and opens_word:
                    end = i
                    while end > open_at and text[end - 1].isspace():
                        end -= 1
                    spans.append((open_at, end))  # an unclosed quote ends where a new one opens
                    open_at = i
                    continue
                is_open = open_at is None and not (
                    before.isalnum() or before in ".,!?;:" and (after.isspace() or after in ".,;:")
                )
            if is_open:
                if open_at is None:
                    open_at = i
                    single_at = None
            elif open_at is not None:
                spans.append((open_at, i + 1))
                open_at = None
            elif not spans or spans[-1][1] <= ps:
                spans.append((ps, i + 1))  # closing mark with no opening in this paragraph
        if open_at is not None:
            spans.append((open_at, pe))
    return spans

