"""Word tokens and document–term counts for large corpora, in Apache Arrow's compute kernels.

:func:`document_term_counts` turns texts into a sparse document × term count matrix with an
exact vocabulary of words and word pairs. It is what :func:`analysis.topics.tfidf` (topics and
stories) counts with. Tokenising in Python (a regular expression per text, n-grams and hashing
per token) cost about 35 s on 100,000 articles; here the texts are lower-cased and split by
Arrow's RE2 kernels, stop words are dropped with a vectorised set lookup and words are numbered
by Arrow's hash-based dictionary encoding, so Python touches only each batch's distinct words.

Tokens follow scikit-learn's ``token_pattern=r"(?u)\\b[^\\W\\d_]{2,}\\b"``: maximal runs of word
characters (letters, digits, underscore) that are made of letters only and are at least two
characters long ("covid19" and "2024" are not terms; "U.S." gives none). English stop words are
scikit-learn's list, removed before word pairs are formed, as scikit-learn does.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import scipy.sparse as sp
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from ._progress import progress

#: RE2 pattern of what separates two runs of word characters.
SEPARATOR = r"[^\pL\pN_]+"
#: Texts tokenised per Arrow batch (bounds the memory of the flattened token arrays).
BATCH = 20_000
#: Column codes of word pairs: (first word + 1) × 2**32 + second word (single words: < 2**32).
_SHIFT = np.int64(2**32)


def as_arrow(texts: Sequence[str] | pd.Series) -> pa.Array:
    """``texts`` as an Arrow string array, missing and non-string values as "" (zero-copy for a
    pandas column of Arrow strings, the default string type of pandas 3).

    Examples
    --------
    >>> as_arrow(pd.Series(["a", None])).to_pylist()
    ['a', '']
    """
    arr = None
    if isinstance(texts, pd.Series) and texts.dtype != object:
        try:
            arr = pa.array(texts, from_pandas=True)
        except (pa.ArrowException, TypeError, ValueError):
            arr = None
        if isinstance(arr, pa.ChunkedArray):
            arr = arr.combine_chunks()
        if arr is not None and not (pa.types.is_string(arr.type)
                                    or pa.types.is_large_string(arr.type)):
            arr = None
    if arr is None:
        values = texts.tolist() if isinstance(texts, pd.Series) else list(texts)
        arr = pa.array([t if isinstance(t, str) else None for t in values],
                       type=pa.large_string())
    return arr.fill_null("")


def _tokens(arr: pa.Array, limits: np.ndarray | None, stop: pa.Array
            ) -> tuple[pa.Array, np.ndarray]:
    """Kept tokens of ``arr`` (flat) and the index of the text each comes from."""
    pieces = pc.split_pattern_regex(pc.utf8_lower(arr), SEPARATOR)
    lengths = pc.list_value_length(pieces).to_numpy(zero_copy_only=False)
    flat = pieces.flatten()
    row = np.repeat(np.arange(len(arr), dtype=np.int64), lengths)
    keep = pc.and_(pc.utf8_is_alpha(flat),
                   pc.and_(pc.greater_equal(pc.utf8_length(flat), 2),
                           pc.invert(pc.is_in(flat, value_set=stop))))
    keep = keep.to_numpy(zero_copy_only=False)
    if limits is not None:
        # Position of each piece within its text: the first ``limit`` pieces are the lead.
        starts = np.repeat(np.cumsum(lengths) - lengths, lengths)
        keep &= (np.arange(len(row)) - starts) < np.repeat(limits, lengths)
    return flat.filter(pa.array(keep)), row[keep]


def _batches(texts: pa.Array, limits: np.ndarray | None, stop: pa.Array
             ) -> Iterator[tuple[int, int, pa.Array, np.ndarray]]:
    """``(start, stop, tokens, rows)`` of every batch of :data:`BATCH` texts, in order. Arrow's
    kernels release the GIL, so batches are split on every core, at most one batch per core in
    flight (memory stays bounded)."""
    spans = [(s, min(s + BATCH, len(texts))) for s in range(0, len(texts), BATCH)]
    workers = max(1, min(len(spans), os.cpu_count() or 1))

    def run(span):
        a, b = span
        return _tokens(texts[a:b], None if limits is None else limits[a:b], stop)

    if workers == 1:
        for span in spans:
            yield (*span, *run(span))
        return
    with ThreadPoolExecutor(workers) as pool:
        pending = [pool.submit(run, span) for span in spans[:workers]]
        for i, span in enumerate(spans):
            tok, row = pending[i].result()
            pending[i] = None
            if i + workers < len(spans):
                pending.append(pool.submit(run, spans[i + workers]))
            yield (*span, tok, row)


def document_term_counts(
    texts: Sequence[str] | pd.Series,
    *,
    ngram_range: tuple[int, int] = (1, 1),
    stop_words: frozenset[str] | None = ENGLISH_STOP_WORDS,
    max_tokens: int | Sequence[int] | None = None,
) -> tuple[sp.csr_matrix, np.ndarray]:
    """Count the words (and word pairs) of every text.

    Parameters
    ----------
    texts : sequence of str
        Missing values count as empty texts.
    ngram_range : (1, 1) or (1, 2) or (2, 2)
        Single words, words and word pairs, or pairs only. Pairs are formed after stop words are
        removed (as in scikit-learn), so "talks with Iran" gives the pair "talks iran".
    stop_words : frozenset or None
        Lower-case words left out (default: scikit-learn's English list).
    max_tokens : int or sequence of int, optional
        Only the first ``max_tokens`` word-character runs of each text are read (one limit for
        all texts, or one per text): the lead of an article.

    Returns
    -------
    (counts, terms)
        A CSR matrix (texts × terms, float32, sorted indices) and the term of each column.
        Columns are in order of first occurrence in each batch (single words, then pairs), so
        the same texts give the same matrix.

    Examples
    --------
    >>> X, terms = document_term_counts(["Iran talks, Iran talks!", "Talks in Doha"],
    ...                                 ngram_range=(1, 2))
    >>> list(terms)
    ['iran', 'talks', 'doha', 'iran talks', 'talks iran', 'talks doha']
    >>> X.toarray().astype(int).tolist()
    [[2, 2, 0, 2, 1, 0], [0, 1, 1, 0, 0, 1]]
    """
    lo, hi = ngram_range
    if not 1 <= lo <= hi <= 2:
        raise ValueError(f"ngram_range must be (1, 1), (1, 2) or (2, 2), got {ngram_range!r}")
    texts = as_arrow(texts)
    n = len(texts)
    if max_tokens is None:
        limits = None
    elif np.ndim(max_tokens) == 0:
        limits = np.full(n, int(max_tokens), dtype=np.int64)
    else:
        limits = np.asarray(max_tokens, dtype=np.int64)
        if len(limits) != n:
            raise ValueError(f"max_tokens has {len(limits)} limits for {n} texts")
    stop = pa.array(sorted(stop_words or ()), type=pa.large_string())
    vocab: dict[str, int] = {}
    parts, batch_codes = [], []
    batches = progress(_batches(texts, limits, stop), total=-(-n // BATCH), n_rows=n,
                       desc="counting words", unit="batch")
    for start, stop_at, tok, row in batches:
        enc = pc.dictionary_encode(tok)
        local = enc.dictionary.to_pylist()
        to_global = np.fromiter((vocab.setdefault(w, len(vocab)) for w in local),
                                dtype=np.int64, count=len(local))
        ids = to_global[enc.indices.to_numpy(zero_copy_only=False)]
        rows, codes = [], []
        if lo == 1:
            rows.append(row)
            codes.append(ids)
        if hi == 2 and len(ids) > 1:
            same = row[1:] == row[:-1]
            rows.append(row[1:][same])
            codes.append((ids[:-1][same] + 1) * _SHIFT + ids[1:][same])
        row = np.concatenate(rows) if rows else np.empty(0, np.int64)
        code = np.concatenate(codes) if codes else np.empty(0, np.int64)
        col, uniq = pd.factorize(code, sort=False)
        m = sp.csr_matrix((np.ones(len(col), np.float32), (row, col)),
                          shape=(stop_at - start, len(uniq)))
        m.sum_duplicates()
        parts.append(m)
        batch_codes.append(np.asarray(uniq, dtype=np.int64))
    if not parts:
        return sp.csr_matrix((0, 0), dtype=np.float32), np.array([], dtype=object)
    # One column per distinct code over all batches, in order of first occurrence.
    all_codes = np.concatenate(batch_codes)
    global_col, codes = pd.factorize(all_codes, sort=False)
    indptr, indices, data, offset, pos = [np.zeros(1, np.int64)], [], [], 0, 0
    for m in parts:
        indices.append(global_col[pos:pos + m.shape[1]][m.indices])
        data.append(m.data)
        indptr.append(m.indptr[1:].astype(np.int64) + offset)
        offset += m.nnz
        pos += m.shape[1]
    X = sp.csr_matrix((np.concatenate(data), np.concatenate(indices), np.concatenate(indptr)),
                      shape=(n, len(codes)))
    X.sort_indices()
    words = np.array(list(vocab), dtype=object)
    codes = np.asarray(codes, dtype=np.int64)
    pair = codes >= _SHIFT
    terms = np.empty(len(codes), dtype=object)
    terms[~pair] = words[codes[~pair]]
    if pair.any():
        first, second = words[codes[pair] // _SHIFT - 1], words[codes[pair] % _SHIFT]
        terms[pair] = [f"{a} {b}" for a, b in zip(first, second)]
    return X, terms


def word_counts(texts: Sequence[str] | pd.Series) -> np.ndarray:
    """Number of whitespace-separated words of every text (``len(text.split())``).

    Examples
    --------
    >>> word_counts(["two words", "", None, " one\\n"]).tolist()
    [2, 0, 0, 1]
    """
    values = texts.tolist() if isinstance(texts, pd.Series) else list(texts)
    return np.fromiter((len(t.split()) if isinstance(t, str) else 0 for t in values),
                       dtype=np.int64, count=len(values))


def word_runs(texts: Sequence[str] | pd.Series) -> np.ndarray:
    """Number of pieces :func:`document_term_counts` reads in every text (what ``max_tokens``
    counts): the runs of word characters, plus one for an empty text or a text that starts or
    ends with a separator.

    Examples
    --------
    >>> word_runs(["Iran talks", "", "Iran talks."]).tolist()
    [2, 1, 3]
    """
    lengths = pc.list_value_length(pc.split_pattern_regex(as_arrow(texts), SEPARATOR))
    return lengths.to_numpy(zero_copy_only=False).astype(np.int64)
