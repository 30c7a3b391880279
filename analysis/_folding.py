"""Folding text for dictionary matching: every character that is not a letter or a digit
becomes a space, and the string keeps its length (offsets into the folded text are offsets into
the original). Used by :mod:`analysis.actor_dictionary` and :mod:`analysis.actor_matching`."""

from __future__ import annotations

import re

import numpy as np

# Frequent non-Latin-1 punctuation, replaced before the fast Latin-1 byte translation.
_COMMON_PUNCT = "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u2010\u2011\u2012\u2212\u201a\u201e"
_LATIN1 = bytes(i if chr(i).isalnum() else 32 for i in range(256))
_NON_WORD = re.compile(r"[^\w ]|_")


def fold(text: str) -> str:
    """Replace every character that is not a letter or digit by a space (same length).

    Examples
    --------
    >>> fold("Iran’s D-8\\u00a0U.S.")
    'Iran s D 8 U S '
    """
    if len(text) >= _WIDE_FROM:
        try:
            return text.encode("latin-1").translate(_LATIN1).decode("latin-1")
        except UnicodeEncodeError:
            return _fold_codes(text, lower=False)
    for ch in _COMMON_PUNCT:
        if ch in text:
            text = text.replace(ch, " ")
    try:
        return text.encode("latin-1").translate(_LATIN1).decode("latin-1")
    except UnicodeEncodeError:
        return _NON_WORD.sub(" ", text)


def fold_lower(text: str) -> str:
    """``fold`` of the lower-cased text; same length as ``text`` (Turkish İ lowers to one i)."""
    if len(text) >= _WIDE_FROM and not text.isascii():
        return _fold_codes(text, lower=True)
    if "\u0130" in text:
        text = text.replace("\u0130", "I")
    return fold(text.lower())


# A long text that is not Latin-1 (a batch of articles) is folded by code-point tables: the
# regular expression took 0.6 s per 17 M characters, the tables 0.1 s (same result, tested).
_WIDE_FROM = 100_000
_CODE_TABLES: list[np.ndarray] = []


def _code_tables() -> tuple[np.ndarray, np.ndarray]:
    """``(fold, fold∘lower)`` of every code point of the Basic Multilingual Plane, as code points
    (built on first use). ``fold∘lower`` maps İ to i, as :func:`fold_lower` does."""
    if not _CODE_TABLES:
        chars = [chr(c) for c in range(0x10000)]
        folded = np.asarray([c if ch.isalnum() else 32 for c, ch in enumerate(chars)], np.uint32)
        lowered = np.asarray([ord(low) if len(low := ch.lower()) == 1 else c
                              for c, ch in enumerate(chars)], np.int64)
        lowered[0x130] = ord("i")
        big = lowered > 0xFFFF  # no BMP letter lowers out of the BMP; kept exact if one did
        folded_lower = folded[np.minimum(lowered, 0xFFFF)]
        folded_lower[big] = [c if chr(c).isalnum() else 32 for c in lowered[big].tolist()]
        _CODE_TABLES.extend([folded, folded_lower])
    return _CODE_TABLES[0], _CODE_TABLES[1]


def _fold_codes(text: str, lower: bool) -> str:
    """:func:`fold` (or :func:`fold_lower`) of a long text, one table lookup per code point."""
    if lower and "\u03a3" in text:  # capital sigma lowers by context (final ς): lower first
        text, lower = text.replace("\u0130", "I").lower(), False
    try:
        codes = np.frombuffer(text.encode("utf-32-le"), np.uint32)
    except UnicodeEncodeError:  # a lone surrogate
        return _NON_WORD.sub(" ", text.replace("\u0130", "I").lower() if lower else text)
    table = _code_tables()[1 if lower else 0]
    out = table[np.minimum(codes, 0xFFFF)]
    astral = np.flatnonzero(codes > 0xFFFF)
    if astral.size:
        chars = [chr(c) for c in codes[astral].tolist()]
        out[astral] = [ord(low) if (low := ch.lower() if lower else ch).isalnum() else 32
                       for ch in chars]
    return out.tobytes().decode("utf-32-le")
