"""Mention rates per 1,000 words with their intervals: the statistics of
:func:`analysis.actors.actor_frequency` and its Dask version.

:func:`word_counts` gives each article's words (the exposure), :func:`rate_table` the rate of
every (group, name) pair with the counts behind it, and :func:`poisson_interval` /
:func:`bootstrap_interval` its ``ci_low, ci_high``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy import sparse, stats

from ._validate import require_columns

__all__ = ["bootstrap_interval", "poisson_interval", "rate_table", "word_counts"]


def word_counts(articles: pd.DataFrame) -> pd.Series:
    """Words per article: ``n_words`` when present, else ``text`` counted as ``\\w+`` tokens.

    Examples
    --------
    >>> word_counts(pd.DataFrame({"text": ["Two words.", None]})).tolist()
    [2, 0]
    """
    if "n_words" in articles.columns:
        return articles["n_words"].fillna(0).astype("int64")
    require_columns(articles, ["text"])
    return articles["text"].fillna("").str.count(r"\w+").astype("int64")


def rate_table(counts: pd.DataFrame, groups: pd.DataFrame, key: str,
               names: Sequence) -> pd.DataFrame:
    """Every (group, name) pair with its counts, its group's size and its rate per 1,000 words.

    Parameters
    ----------
    counts : DataFrame
        ``group, <key>, mentions, articles_mentioning``.
    groups : DataFrame
        Indexed by group, with ``articles, words``.
    key : str
        The name column (``actor``, ``actor_type`` …).
    names : sequence
        Every name to list in every group (0 when absent).

    Returns
    -------
    DataFrame
        ``group, <key>, mentions, articles_mentioning, articles, words, per_1000_words``
        (NaN for a group with no words).

    Examples
    --------
    >>> counts = pd.DataFrame({"group": ["X"], "actor": ["Iran"], "mentions": [3],
    ...                        "articles_mentioning": [2]})
    >>> groups = pd.DataFrame({"articles": [2], "words": [1000]}, index=pd.Index(["X"],
    ...                       name="group"))
    >>> rate_table(counts, groups, "actor", ["Iran"])["per_1000_words"].tolist()
    [3.0]
    """
    grid = pd.MultiIndex.from_product([groups.index, names],
                                      names=["group", key]).to_frame(index=False)
    out = grid.merge(counts, on=["group", key], how="left").fillna(
        {"mentions": 0, "articles_mentioning": 0}).merge(groups.reset_index(), on="group")
    out = out.astype({"mentions": "int64", "articles_mentioning": "int64"})
    words = out["words"].to_numpy(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        out["per_1000_words"] = np.where(words > 0, out["mentions"] / words * 1000, np.nan)
    return out




def poisson_interval(out: pd.DataFrame, level: float) -> pd.DataFrame:
    """Add ``ci_low, ci_high`` per 1,000 words to a :func:`rate_table`: the exact Poisson
    interval of ``mentions`` (Garwood 1936, chi-square quantiles) divided by ``words``.

    Examples
    --------
    >>> t = pd.DataFrame({"mentions": [0, 3], "words": [1000, 1000]})
    >>> poisson_interval(t, 0.95)["ci_low"].round(3).tolist()
    [0.0, 0.619]
    """
    alpha = 1 - level
    words = out["words"].to_numpy(float)
    k = out["mentions"].to_numpy(float)
    low = np.where(k > 0, stats.chi2.ppf(alpha / 2, 2 * k) / 2, 0.0)
    high = stats.chi2.ppf(1 - alpha / 2, 2 * k + 2) / 2
    with np.errstate(divide="ignore", invalid="ignore"):
        out["ci_low"] = np.where(words > 0, low / words * 1000, np.nan)
        out["ci_high"] = np.where(words > 0, high / words * 1000, np.nan)
    return out


def bootstrap_interval(out: pd.DataFrame, men: pd.DataFrame, art: pd.DataFrame, key: str,
                       level: float, n_boot: int, random_state: int) -> pd.DataFrame:
    """Add ``ci_low, ci_high`` to a :func:`rate_table`: percentile intervals of rate = Σ mentions
    / Σ words over ``n_boot`` resamples of each group's articles (Efron & Tibshirani 1993).

    ``men`` holds the counted mentions (``doc_id, group, <key>``), ``art`` the articles
    (``doc_id, group, words``); ``level`` is the confidence level.

    Examples
    --------
    >>> art = pd.DataFrame({"doc_id": ["a", "b"], "group": "X", "words": [500, 500]})
    >>> men = pd.DataFrame({"doc_id": ["a", "a"], "group": "X", "actor": "Iran"})
    >>> out = pd.DataFrame({"group": ["X"], "actor": ["Iran"]})
    >>> bootstrap_interval(out, men, art, "actor", 0.95, 200, 0)[["ci_low", "ci_high"]
    ...                    ].values.tolist()
    [[0.0, 4.0]]
    """
    alpha = 1 - level
    rng = np.random.default_rng(random_state)
    low = pd.Series(np.nan, index=out.index)
    high = pd.Series(np.nan, index=out.index)
    for group, g in art.groupby("group", sort=True):
        rows = out.index[out["group"] == group]
        names = out.loc[rows, key].to_numpy(object)
        row_of = {d: i for i, d in enumerate(g["doc_id"])}
        col_of = {a: j for j, a in enumerate(names)}
        m = men[men["group"] == group]
        c = sparse.csr_matrix(
            (np.ones(len(m)), ([row_of[x] for x in m["doc_id"]], [col_of[a] for a in m[key]])),
            shape=(len(g), len(names)))
        w = g["words"].to_numpy(float)
        rates = []
        for chunk in np.array_split(np.arange(n_boot), max(1, n_boot // 100)):
            weights = rng.multinomial(len(g), np.full(len(g), 1 / len(g)), size=len(chunk))
            with np.errstate(divide="ignore", invalid="ignore"):
                rates.append((c.T @ weights.T).T / (weights @ w)[:, None] * 1000)
        rates = np.vstack(rates)
        low[rows] = np.nanquantile(rates, alpha / 2, axis=0)
        high[rows] = np.nanquantile(rates, 1 - alpha / 2, axis=0)
    return out.assign(ci_low=low.to_numpy(), ci_high=high.to_numpy())
