"""Arrow-stored text columns read without whole-column copies.

An export's text column is the bulk of its memory. These helpers read it as the Arrow chunks
pandas keeps it in: the blank-value test applies the Arrow kernels pandas would apply, one chunk
at a time (no stripped copy of the column), and the cleaning step takes the chunks as a list it
empties as it goes, so each chunk of raw text is freed once its rows are cleaned. Used by
:mod:`analysis.corpus.exports`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc


def blank_to_na(s: pd.Series) -> pd.Series:
    """``s.where(s.str.strip().str.len() > 0)`` without copying a column that has no blank
    value, and, on Arrow storage, without a stripped copy of the whole column: the same Arrow
    kernels (``utf8_trim_whitespace``, ``utf8_length``) applied one chunk at a time, so a
    200 MB text column costs a chunk of temporary memory instead of 200 MB."""
    arrow = arrow_strings(s)
    if arrow is not None:
        mask = np.zeros(len(s), bool)
        at = 0
        for chunk in arrow.chunks:
            n = len(chunk)
            filled = pc.fill_null(pc.greater(pc.utf8_length(pc.utf8_trim_whitespace(chunk)), 0),
                                  False)
            mask[at:at + n] = filled.to_numpy(zero_copy_only=False)
            at += n
    else:
        mask = (s.str.strip().str.len() > 0).fillna(False).to_numpy(bool)
    return s if mask.all() else s.where(mask)


def arrow_strings(s: pd.Series) -> pa.ChunkedArray | None:
    """The Arrow strings behind a ``string``/``str`` column (no copy), else ``None``."""
    if not isinstance(s.dtype, pd.StringDtype) or s.dtype.storage != "pyarrow":
        return None
    arrow = s.array.__arrow_array__()  # the column's own chunks (the Arrow protocol)
    return arrow if pa.types.is_large_string(arrow.type) or pa.types.is_string(
        arrow.type) else None


def text_batches(text: pd.Series | list, size: int):
    """The values of a text column as lists of ``size`` Python strings (the last may be
    shorter). A list of Arrow arrays (the column's chunks) is consumed: each chunk is dropped
    from the list once its strings are taken, so the raw texts are freed while the cleaned
    ones are built.

    Examples
    --------
    >>> chunks = [pa.array(["a", "b", "c"]), pa.array(["d"])]
    >>> list(text_batches(chunks, 2)), chunks
    ([['a', 'b'], ['c', 'd']], [])
    """
    if isinstance(text, pd.Series):
        for lo in range(0, len(text), size):
            yield text.iloc[lo:lo + size].tolist()
        return
    text.reverse()  # popped from the end: first chunk first
    pending: list[str] = []
    while text:
        pending.extend(text.pop().to_pylist())
        while len(pending) >= size:
            yield pending[:size]
            del pending[:size]
    if pending:
        yield pending


def text_source(text: pd.Series) -> pd.Series | list:
    """What the cleaning of :func:`analysis.corpus.exports.records_from_table` reads: the
    column's Arrow chunks (a list that :func:`text_batches` consumes) when the column is stored
    in Arrow, else the column."""
    arrow = arrow_strings(text)
    return text if arrow is None else list(arrow.chunks)
