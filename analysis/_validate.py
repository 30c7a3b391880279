"""Input checks shared by every stage: a missing column or a repeated id is a ValueError that
names it."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd


def require_columns(df: pd.DataFrame, columns: Iterable[str], name: str = "articles") -> None:
    """Raise ``ValueError`` naming the first missing column of ``df``.

    Examples
    --------
    >>> require_columns(pd.DataFrame({"doc_id": []}), ["doc_id", "text"])
    Traceback (most recent call last):
    ...
    ValueError: articles has no column 'text'; columns are ['doc_id']
    """
    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"{name} must be a pandas DataFrame, got {type(df).__name__}")
    for col in columns:
        if col not in df.columns:
            raise ValueError(f"{name} has no column {col!r}; columns are {list(df.columns)}")


def require_unique(df: pd.DataFrame, column: str = "doc_id", name: str = "articles") -> None:
    """Raise ``ValueError`` naming the first repeated value of ``df[column]``.

    Examples
    --------
    >>> require_unique(pd.DataFrame({"doc_id": ["a", "b", "a"]}))
    Traceback (most recent call last):
    ...
    ValueError: articles has duplicate doc_id 'a'; doc_id must be unique
    """
    repeated = df[column].duplicated()
    if repeated.any():
        dup = df.loc[repeated, column].iloc[0]
        raise ValueError(f"{name} has duplicate {column} {dup!r}; {column} must be unique")
