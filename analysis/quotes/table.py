"""The quotes table: one row per quotation or reported statement, for :mod:`analysis.quotes`.

``quotes(articles)`` runs the per-text extraction (:mod:`analysis.quotes.extract`) over a corpus
and builds the typed table; the method is described in the :mod:`analysis.quotes` docstring.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .._memory import release_memory
from .._progress import progress
from .._validate import require_columns
from .coreference import _mentions_index
from .extract import _doc_quotes
from .verbs import _lexicon

__all__ = ["QUOTE_COLUMNS", "quotes"]

QUOTE_COLUMNS = [
    "doc_id", "quote_id", "start", "end", "kind", "speaker", "speaker_actor", "speaker_norm",
    "antecedent", "verb", "verb_class", "speaker_start", "speaker_end", "verb_start", "within",
    "text", "cue", "cue_start", "cue_end", "speaker_resolved", "speaker_kind",
]


def quotes(
    articles: pd.DataFrame,
    mentions: pd.DataFrame | None = None,
    *,
    verbs: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Find quotations and reported statements, with speaker and reporting verb.

    Parameters
    ----------
    articles : DataFrame
        Needs ``doc_id`` and ``text``.
    mentions : DataFrame, optional
        Actor mentions (``doc_id, start, end, actor``; ``actor_type`` used when present), e.g. from
        :func:`analysis.actors.actor_mentions`. A speaker phrase headed by a mention gets its actor.
    verbs : DataFrame, optional
        A reporting-verb lexicon (:func:`load_reporting_verbs`); default the shipped one.

    Returns
    -------
    DataFrame
        One row per quotation or statement, in text order: ``doc_id, quote_id, start, end, kind``
        (``direct`` | ``indirect`` | ``according_to``), ``speaker`` (the phrase as written, e.g.
        "the report"), ``speaker_actor`` (canonical actor or None), ``speaker_norm`` (the key
        :func:`attribution` counts: the actor, else the resolved antecedent, else the name or
        lower-cased description), ``antecedent`` (speaker phrase a pronoun/description/generic
        source was resolved to), ``verb`` (lemma), ``verb_class``, ``speaker_start, speaker_end,
        verb_start`` (offsets of the attribution), ``within`` (quote_id of the direct quotation a
        statement was found inside, else NA) and ``text``. Offsets index ``articles.text``; a direct
        quotation's span includes its marks. Added by issue 15: ``cue`` (the cue as written, e.g.
        "pointed out", "quoted as saying", "according to") with ``cue_start, cue_end``;
        ``speaker_resolved`` (the person or body the speaker phrase refers to: "he" → "Donald
        Trump", "Mr. Trump" → "Donald Trump"; unnamed sources as "(anonymous source)",
        "spokesperson of X", the document's phrase, or "(unidentified)") and ``speaker_kind``
        (person | organisation | spokesperson | anonymous | document | group | unresolved; see
        :mod:`analysis.quote_people`). ``kind`` may also be ``object`` (what a speech act is aimed
        at: "criticized the ruling") or ``term`` (a quoted term of one to three words with no
        speaker: scare quotes, titles, nicknames — quoted voice, but nobody's statement).
        Figures should count ``speaker_resolved`` (as :func:`attribution` does).

    Examples
    --------
    >>> df = pd.DataFrame({"doc_id": ["a"], "text": [
    ...     "“Talks went well,” IRNA claimed. The report said that more talks would follow."]})
    >>> q = quotes(df)
    >>> q[["kind", "speaker", "speaker_norm", "verb", "verb_class"]].values.tolist()
    ... # doctest: +NORMALIZE_WHITESPACE
    [['direct', 'IRNA', 'IRNA', 'claim', 'doubt'],
     ['indirect', 'The report', 'IRNA', 'say', 'neutral']]
    >>> q["text"].tolist()
    ['“Talks went well,”', 'more talks would follow']
    >>> df = pd.DataFrame({"doc_id": ["b"], "text": [
    ...     "Donald Trump spoke. “We will win,” he said. Mr. Trump pointed out the polls."]})
    >>> quotes(df)[["speaker", "speaker_resolved", "cue"]].values.tolist()
    ... # doctest: +NORMALIZE_WHITESPACE
    [['he', 'Donald Trump', 'said'], ['Mr. Trump', 'Donald Trump', 'pointed out']]
    """
    require_columns(articles, ["doc_id", "text"])
    cols = _collect(articles, _lexicon(verbs), _mentions_index(mentions))
    out = _typed_frame(cols)
    release_memory(len(articles))
    return out


def _collect(articles: pd.DataFrame, lex, index: dict) -> dict[str, list]:
    """The rows of every text as column lists, per text in text order with quote ids."""
    cols: dict[str, list] = {c: [] for c in QUOTE_COLUMNS}
    row_cols = [c for c in QUOTE_COLUMNS if c not in ("doc_id", "quote_id", "within")]
    appenders = [(cols[c].append, c) for c in row_cols]
    for doc_id, text in progress(zip(articles["doc_id"], articles["text"]),
                                 total=len(articles), desc="quotes"):
        text = text if isinstance(text, str) else ""
        rows = _doc_quotes(text, lex, index.get(doc_id))
        if not rows:
            continue
        rows.sort(key=lambda r: (r["start"], -r["end"], r["kind"]))
        ids = {}
        for n, r in enumerate(rows):
            if r["kind"] in ("direct", "term"):
                ids[(r["start"], r["end"])] = n
        cols["doc_id"].extend([doc_id] * len(rows))
        cols["quote_id"].extend(range(len(rows)))
        cols["within"].extend([ids.get(r["within_span"]) if r["within_span"] else None
                               for r in rows])
        for r in rows:
            for append, c in appenders:
                append(r[c])
    return cols


def _typed_frame(cols: dict[str, list]) -> pd.DataFrame:
    """The quotes table from its column lists (no per-value pass over a pandas Series)."""
    data: dict = {"doc_id": cols["doc_id"]}
    for c in ("quote_id", "start", "end"):
        data[c] = np.array(cols[c], dtype="int64")
    for c in ("speaker_start", "speaker_end", "verb_start", "within", "cue_start", "cue_end"):
        vals = cols[c]
        mask = np.fromiter((v is None or v != v for v in vals), dtype=bool, count=len(vals))
        ints = np.fromiter((0 if v is None or v != v else int(v) for v in vals), dtype="int64",
                           count=len(vals))
        data[c] = pd.arrays.IntegerArray(ints, mask)
    text_cols = ("kind", "speaker", "speaker_actor", "speaker_norm", "antecedent", "verb",
                 "verb_class", "text", "cue", "speaker_resolved", "speaker_kind")
    for c in text_cols:
        data[c] = pd.array(cols[c], dtype="string")
    return pd.DataFrame(data, columns=QUOTE_COLUMNS)
