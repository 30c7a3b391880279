"""Topic units: the paragraphs or articles :func:`analysis.topics.topic_model` clusters, and
those it leaves out (too short), with ids that join back to the text."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa

from .._parallel import in_threads
from .._validate import require_columns, require_unique
from ..text import paragraphs
from ..tokens import BATCH, as_arrow, word_starts

UNITS = ("paragraph", "article")
#: ``unit="auto"`` clusters whole articles from this many articles on, paragraphs below: a few
#: articles give too few units, while in a large corpus paragraph-level stability is dominated by
#: the split of one broad subject from another (AllSides paragraphs: k=2 on one seed, 40 on the
#: next) and "which outlet covers which topic" is a question about articles.
ARTICLE_UNITS_FROM = 200


def resolve_unit(articles: pd.DataFrame, unit: str = "auto") -> str:
    """The unit ``unit="auto"`` means for this corpus: ``"article"`` from
    :data:`ARTICLE_UNITS_FROM` articles on, else ``"paragraph"``; other units unchanged.

    Examples
    --------
    >>> resolve_unit(pd.DataFrame({"doc_id": ["a", "b"]}))
    'paragraph'
    """
    if unit != "auto":
        return unit
    return "article" if len(articles) >= ARTICLE_UNITS_FROM else "paragraph"


def topic_units(articles: pd.DataFrame, unit: str = "paragraph", *,
                min_words: int = 8, max_words: int | None = 1000
                ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The units a topic model clusters, and those it leaves out.

    Returns
    -------
    (units, skipped)
        ``units``: ``unit_id, doc_id, para_id, text, n_words`` (``unit_id`` is ``doc_id`` for
        articles, ``doc_id:para_id`` for paragraphs; ``para_id`` is -1 for articles).
        ``skipped``: the same columns plus ``reason``, for units under ``min_words`` words.
        Units longer than ``max_words`` words are cut to their first ``max_words`` (the lead
        carries the subject; the cut keeps long articles from dominating the time).

    Examples
    --------
    >>> df = pd.DataFrame({"doc_id": ["a"], "text": ["Short title\\n\\n" + "word " * 9]})
    >>> units, skipped = topic_units(df)
    >>> units["unit_id"].tolist(), skipped["unit_id"].tolist()
    (['a:1'], ['a:0'])
    """
    require_columns(articles, ["doc_id", "text"])
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {UNITS}, got {unit!r}")
    require_unique(articles)
    if unit == "paragraph":
        units = paragraphs(articles)
        units.insert(0, "unit_id", units["doc_id"].astype(str) + ":" + units["para_id"].astype(str))
        units = units[["unit_id", "doc_id", "para_id", "text"]]
    else:
        units = pd.DataFrame({
            "unit_id": articles["doc_id"].astype(str).reset_index(drop=True),
            "doc_id": articles["doc_id"].reset_index(drop=True),
            "para_id": -1,
            "text": articles["text"].fillna("").astype(str).reset_index(drop=True),
        })
        if "title" in articles.columns:
            # The title names the subject; it is not part of ``text`` in load_corpus output.
            titles = articles["title"].fillna("").astype(str).reset_index(drop=True)
            gap = pd.Series(np.where(titles == "", "", "\n\n"), index=titles.index)
            units["text"] = titles + gap + units["text"]
    n_words, long, cut = _words_and_leads(units["text"], max_words)
    if len(long):
        units.loc[long, "text"] = cut
        n_words[long] = max_words
    units["n_words"] = n_words
    short = units["n_words"] < min_words
    skipped = units[short].assign(reason=f"fewer than {min_words} words")
    if short.any():
        units = units[~short]
    return units.reset_index(drop=True), skipped.reset_index(drop=True)


def _words_and_leads(texts: pd.Series, max_words: int | None
                     ) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """``(n_words, long, leads)``: the number of whitespace-separated words of every text
    (``len(text.split())``), the positions of the texts of more than ``max_words`` words, and
    those texts cut after their ``max_words``-th word (trailing white space dropped). One scan
    of the UTF-8 bytes (:func:`analysis.tokens.word_starts`, as
    :func:`analysis.tokens.word_counts` counts) gives both the counts and each long text's cut,
    in batches on two threads (NumPy releases the GIL); only the leads are decoded. Before, the
    texts were counted, then every long text was split again in Python."""
    arr = as_arrow(texts)
    spans = [(a, min(a + BATCH // 2, len(arr))) for a in range(0, len(arr), BATCH // 2)]
    parts = list(in_threads(lambda span: _batch_words(arr[span[0]:span[1]], max_words), spans))
    n_words = np.concatenate([p[0] for p in parts] or [np.zeros(0, np.int64)])
    long = np.concatenate([p[1] + a for p, (a, _) in zip(parts, spans)]
                          or [np.zeros(0, np.int64)])
    return n_words, long, [t for p in parts for t in p[2]]


def _batch_words(arr, max_words: int | None) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """:func:`_words_and_leads` of one batch (positions within the batch)."""
    word, starts, offsets = word_starts(arr)
    n_words = np.diff(np.searchsorted(starts, offsets))
    if not max_words:
        return n_words, np.zeros(0, np.int64), []
    long = np.flatnonzero(n_words > max_words)
    if not len(long):
        return n_words, long, []
    # The cut: after the last word byte before the start of word ``max_words + 1``.
    stop = starts[np.searchsorted(starts, offsets[long]) + max_words] - 1
    back = ~word[stop]
    while back.any():
        stop[back] -= 1
        back[back] = ~word[stop[back]]
    stop += 1
    raw = np.frombuffer(arr.buffers()[2], dtype=np.uint8)
    large = pa.types.is_large_string(arr.type)
    base = int(np.frombuffer(arr.buffers()[1], dtype=np.int64 if large else np.int32)[arr.offset])
    leads = [raw[base + a: base + b].tobytes().decode("utf-8")
             for a, b in zip(offsets[long].tolist(), stop.tolist())]
    return n_words, long, leads
