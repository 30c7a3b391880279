"""Topic units: the paragraphs or articles :func:`analysis.topics.topic_model` clusters, and
those it leaves out (too short), with ids that join back to the text."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .._validate import require_columns, require_unique
from ..text import paragraphs
from ..tokens import word_counts

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
    n_words = word_counts(units["text"])
    if max_words:
        long = np.flatnonzero(n_words > max_words)
        if len(long):
            units.loc[long, "text"] = [_first_words(t, max_words)
                                       for t in units["text"].iloc[long].tolist()]
            n_words[long] = max_words
    units["n_words"] = n_words
    short = units["n_words"] < min_words
    skipped = units[short].assign(reason=f"fewer than {min_words} words")
    if short.any():
        units = units[~short]
    return units.reset_index(drop=True), skipped.reset_index(drop=True)


def _first_words(text: str, n: int) -> str:
    """``text`` up to its ``n``-th whitespace-separated word."""
    if len(text) <= 2 * n:
        return text
    parts = text.split(None, n)
    return text if len(parts) <= n else text[: len(text) - len(parts[-1])].rstrip()
