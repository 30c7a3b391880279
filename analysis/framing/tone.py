"""Tone toward actors: VADER scores of the sentences that mention each actor, split by voice.

:func:`tone_sentences` → ``doc_id, sent_id, actor, voice, start, end, text, compound``, one row
per sentence × actor × voice, scored on the sentence's words in that voice only;
:func:`tone_toward` → ``<by>, actor, voice, n_sentences, articles, mean, ci_low, ci_high, …``:
VADER compound scores (Hutto & Gilbert 2014) averaged per group.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy import stats

from .._api import by_columns as _by_columns
from .._api import keyword_only, renamed
from .._validate import require_columns
from ..text import sentences
from ..voice import quoted_index, voice_at, voice_pieces, voice_spans

__all__ = ["tone_sentences", "tone_toward"]

_VADER = None


def _vader():
    global _VADER
    if _VADER is None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        _VADER = SentimentIntensityAnalyzer()
    return _VADER


def tone_sentences(articles: pd.DataFrame, mentions: pd.DataFrame, *,
                   spans: pd.DataFrame | None = None) -> pd.DataFrame:
    """VADER compound score of each sentence that mentions an actor, split by voice.

    A sentence is scored once per actor and voice, on its words in that voice only (the quoted
    words of a sentence that mentions Israel inside a quotation; the rest of the sentence for a
    mention in the outlet's own words). Mentions are placed in sentences by their offsets
    (:func:`analysis.text.sentences`), so ``sent_id`` is not required. Voice comes from
    ``spans``, a precomputed :func:`analysis.voice.voice_spans` table, when given.

    Returns
    -------
    DataFrame
        ``doc_id, sent_id, actor, voice, start, end, text, compound`` (+ ``outlet`` when
        present), one row per sentence × actor × voice; ``start, end`` are the sentence's.

    Examples
    --------
    >>> arts = pd.DataFrame({"doc_id": ["a"],
    ...                      "text": ['Iran is great. "Israel is awful," he said.']})
    >>> men = pd.DataFrame({"doc_id": ["a", "a"], "start": [0, 16], "end": [4, 22],
    ...                     "actor": ["Iran", "Israel"]})
    >>> tone_sentences(arts, men)[["actor", "voice", "text"]].values.tolist()
    [['Iran', 'own', 'Iran is great.'], ['Israel', 'quoted', '"Israel is awful,"']]
    """
    require_columns(articles, ["doc_id", "text"])
    require_columns(mentions, ["doc_id", "start", "end", "actor"], name="mentions")
    used = articles[articles["doc_id"].isin(set(mentions["doc_id"]))]
    sents = sentences(used).sort_values(["doc_id", "start"])
    texts = dict(zip(used["doc_id"], used["text"].fillna("")))
    qidx = quoted_index(voice_spans(used) if spans is None else spans)
    men = mentions.loc[mentions["doc_id"].isin(texts), ["doc_id", "start", "end", "actor"]].copy()
    men["voice"] = voice_at(men["doc_id"], men["start"], qidx)
    code = {d: i for i, d in enumerate(texts)}  # merge on a code: doc_id dtypes may differ
    men["_d"] = men["doc_id"].map(code).astype("int64")
    men["start"] = men["start"].astype("int64")
    sents = sents.assign(_d=sents["doc_id"].map(code).astype("int64"))
    men = pd.merge_asof(
        men.sort_values("start"), sents[["_d", "sent_id", "start", "end"]].rename(
            columns={"start": "s_start", "end": "s_end"}).sort_values("s_start"),
        left_on="start", right_on="s_start", by="_d", direction="backward",
    ).dropna(subset=["sent_id"])
    men = men[men["start"] < men["s_end"]]
    units = men.drop_duplicates(["doc_id", "sent_id", "actor", "voice"])
    empty = ((), ())
    rows = []
    for r in units.itertuples(index=False):
        text = texts[r.doc_id]
        pieces = voice_pieces(text, qidx.get(r.doc_id, empty), r.voice, int(r.s_start),
                               int(r.s_end))
        rows.append((r.doc_id, int(r.sent_id), r.actor, r.voice, int(r.s_start), int(r.s_end),
                     " … ".join(text[s:e].strip() for s, e in pieces if text[s:e].strip())))
    out = pd.DataFrame(rows, columns=["doc_id", "sent_id", "actor", "voice", "start", "end",
                                      "text"])
    scores = {t: _vader().polarity_scores(t)["compound"] for t in set(out["text"])}
    out["compound"] = out["text"].map(scores).astype(float)
    if "outlet" in articles.columns and "outlet" not in out.columns:
        out = out.merge(articles[["doc_id", "outlet"]], on="doc_id", how="left")
    order = {d: i for i, d in enumerate(articles["doc_id"])}
    return out.sort_values(["doc_id", "sent_id", "actor", "voice"],
                           key=lambda s: s.map(order) if s.name == "doc_id" else s,
                           kind="mergesort").reset_index(drop=True)


@renamed(ci="interval", level="confidence")
@keyword_only("by")
def tone_toward(
    articles: pd.DataFrame,
    mentions: pd.DataFrame,
    *,
    by: str | Sequence[str] = "outlet",
    interval: str = "t",
    confidence: float = 0.95,
    n_boot: int = 2000,
    random_state: int = 0,
    spans: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Mean tone of the sentences that mention each actor, per group and voice (VADER).

    Tone is VADER's compound score (Hutto & Gilbert 2014, ICWSM), from -1 (negative) to +1,
    of each sentence mentioning the actor (:func:`tone_sentences`). Limits, to state with every
    result: VADER's lexicon was built for social-media text; it scores the *sentence*, not the
    attitude toward the actor (a sentence reporting that Israel killed civilians and one reporting
    that Iran condemned the killing both score negative, whoever is criticised); news prose is
    mostly neutral vocabulary, so differences are small; negation is handled only within three
    words, and sarcasm, scare quotes and framing by word choice ("regime") are invisible to it.

    Parameters
    ----------
    articles : DataFrame
        Needs ``doc_id``, ``text`` and the ``by`` column(s).
    mentions : DataFrame
        Needs ``doc_id, start, end, actor`` (e.g. :func:`analysis.actors.actor_mentions`).
    by : str or list of str
        Grouping column(s).
    interval : {"t", "bootstrap"}
        Interval of the mean: Student t, or percentile bootstrap over sentences.
    confidence : float
    n_boot, random_state : int
        Bootstrap resamples and seed.
    spans : DataFrame, optional
        A precomputed :func:`analysis.voice.voice_spans` table.

    Returns
    -------
    DataFrame
        ``<by>, actor, voice, n_sentences, articles, mean, ci_low, ci_high, share_negative,
        share_positive``: shares of sentences with compound <= -0.05 and >= 0.05 (VADER's
        thresholds). The t interval is clipped to the score's range [-1, 1]; it is NaN with
        fewer than two sentences. Sorted by group, actor, voice.

    Examples
    --------
    >>> arts = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"],
    ...                      "text": ["Iran is great. Iran is good."]})
    >>> men = pd.DataFrame({"doc_id": ["a", "a"], "start": [0, 15], "end": [4, 19],
    ...                     "actor": ["Iran", "Iran"]})
    >>> tone_toward(arts, men)[["actor", "voice", "n_sentences"]].values.tolist()
    [['Iran', 'own', 2]]
    """
    by_cols = _by_columns(by)
    require_columns(articles, ["doc_id", "text", *by_cols])
    ci, level = interval, confidence
    if ci not in ("t", "bootstrap"):
        raise ValueError(f"interval must be 't' or 'bootstrap', got {ci!r}")
    units = tone_sentences(articles, mentions, spans=spans).drop(columns=["outlet"],
                                                                 errors="ignore")
    groups = articles[["doc_id", *by_cols]].copy()
    groups[by_cols] = groups[by_cols].fillna("unknown")
    units = units.merge(groups, on="doc_id", how="left")
    rng = np.random.default_rng(random_state)
    rows = []
    for key, g in units.groupby([*by_cols, "actor", "voice"], sort=True):
        x = g["compound"].to_numpy(float)
        lo = hi = np.nan
        if len(x) >= 2 and ci == "t":
            half = stats.t.ppf(0.5 + level / 2, len(x) - 1) * x.std(ddof=1) / np.sqrt(len(x))
            lo, hi = max(x.mean() - half, -1.0), min(x.mean() + half, 1.0)
        elif len(x) >= 2:
            means = x[rng.integers(0, len(x), (n_boot, len(x)))].mean(axis=1)
            lo, hi = np.quantile(means, [0.5 - level / 2, 0.5 + level / 2])
        rows.append((*key, len(x), g["doc_id"].nunique(), x.mean(), lo, hi,
                     float(np.mean(x <= -0.05)), float(np.mean(x >= 0.05))))
    cols = [*by_cols, "actor", "voice", "n_sentences", "articles", "mean", "ci_low", "ci_high",
            "share_negative", "share_positive"]
    return pd.DataFrame(rows, columns=cols)

