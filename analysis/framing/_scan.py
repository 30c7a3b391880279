"""The n-gram tokens of :mod:`analysis.framing.ngrams`, found in NumPy instead of Python's ``re``.

:func:`scan_tokens` gives exactly the tokens of ``re.findall(TOKEN_PATTERN + "|\\x00", text)``
(``TOKEN_PATTERN`` = ``U\\.S\\.(?:A\\.)?|\\w\\w+|[<break characters>]``) as an Arrow string
array, found by array operations over the text's UTF-8 bytes. Whether a character is a word
character (``\\w``) comes from a table of every code point built once by Python's ``re`` itself,
so the two cannot disagree; each byte of a character gets its character's class. Scanning left
to right and taking the first alternative that matches, the regular expression gives:

- "U.S." (or "U.S.A.") where it starts at a character that does not follow a word character (a
  word character before the "U" would have taken it into a word, or left it alone);
- every maximal run of word characters of two or more characters (such runs never overlap a
  "U.S.": its letters stand alone between dots);
- every break character and NUL, except the dots inside a "U.S.".

The tokens do not overlap, so their bytes are gathered end to end into one Arrow array (no
Python string per token) for the caller to dictionary-encode. A text that UTF-8 cannot encode (a
lone surrogate) raises ``UnicodeEncodeError``; the caller then falls back to ``re``.
"""

from __future__ import annotations

import functools
import re

import numpy as np
import pyarrow as pa

BREAK = ".!?;:,()[]{}\"“”«»|\n–—"
TOKEN_PATTERN = r"U\.S\.(?:A\.)?|\w\w+|[" + "".join("\\" + c for c in BREAK) + "]"
_WORD, _BRK, _BRK_TAIL = 1, 2, 3  # classes of bytes (0: other)
_U, _S, _A, _DOT = (ord(c) for c in "USA.")


@functools.cache
def _classes() -> np.ndarray:
    """Per code point: 1 if Python's ``re`` matches ``\\w`` there, 2 for a break character or
    NUL, else 0 (surrogates 0: UTF-8 text never holds them)."""
    code = np.arange(0x110000, dtype=np.uint32)
    code[0xD800:0xE000] = ord(" ")
    chars = code.tobytes().decode("utf-32-le")  # every code point at once (no chr() loop)
    table = np.zeros(0x110000, dtype=np.uint8)
    table[np.fromiter((m.start() for m in re.finditer(r"\w", chars)), np.int64)] = _WORD
    table[[ord(c) for c in BREAK + "\x00"]] = _BRK
    return table


_SEQ_LEN = np.array([1] * 0xC0 + [2] * 32 + [3] * 16 + [4] * 16, dtype=np.int64)


@functools.cache
def _ascii_classes() -> np.ndarray:
    return np.r_[_classes()[:128], np.zeros(128, np.uint8)]


def _seq_len(lead: np.ndarray) -> np.ndarray:
    """Bytes of the UTF-8 sequence that starts with each lead byte."""
    return _SEQ_LEN[lead]


def byte_classes(data: np.ndarray) -> np.ndarray:
    """Class of every byte of UTF-8 text: its character's class (0 other, 1 word, 2 break), the
    bytes after the first of a multi-byte break 3."""
    table = _classes()
    cls = _ascii_classes()[data]  # ASCII by look-up, the other bytes below
    high = np.flatnonzero(data >= 0x80)
    if len(high):
        b = data[high]
        lead = b >= 0xC0
        at = high[lead]
        n, last = _seq_len(b[lead]), len(data) - 1
        nxt = [data[np.minimum(at + k, last)].astype(np.int64) & 0x3F for k in (1, 2, 3)]
        b0 = b[lead].astype(np.int64)
        cp = np.where(n == 2, (b0 & 0x1F) << 6 | nxt[0],
                      np.where(n == 3, (b0 & 0x0F) << 12 | nxt[0] << 6 | nxt[1],
                               (b0 & 0x07) << 18 | nxt[0] << 12 | nxt[1] << 6 | nxt[2]))
        # each byte of a character: the class of its first byte (the last lead so far)
        own = table[cp][np.maximum.accumulate(np.where(lead, np.cumsum(lead) - 1, 0))]
        cls[high] = np.where(lead, own, np.array([0, _WORD, _BRK_TAIL, 0], np.uint8)[own])
    return cls


def token_bounds(data: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Start and end byte offsets, in text order, of the tokens of UTF-8 text ``data``."""
    n = len(data)
    cls = byte_classes(data)
    word = cls == _WORD
    edge = np.flatnonzero(word[1:] != word[:-1]) + 1  # where runs start and end
    if n and word[0]:
        edge = np.r_[0, edge]
    if n and word[-1]:
        edge = np.r_[edge, n]
    run_start, run_end = edge[0::2], edge[1::2]
    size = run_end - run_start  # a run of one character is no token
    long = (size >= 2) & (_seq_len(data[run_start]) != size)
    # "U.S." at a character not after a word character, "U.S.A." when "A." follows
    u = np.flatnonzero(data[: max(n - 3, 0)] == _U)
    u = u[(data[u + 1] == _DOT) & (data[u + 2] == _S) & (data[u + 3] == _DOT)]
    u = u[(u == 0) | ~word[np.maximum(u - 1, 0)]]
    usa = (u + 5 < n) & (data[np.minimum(u + 4, n - 1)] == _A) \
        & (data[np.minimum(u + 5, n - 1)] == _DOT)
    # break characters and NULs, but not the dots of a "U.S."
    brk = cls == _BRK
    brk[u + 1] = brk[u + 3] = False
    brk[u[usa] + 5] = False
    brk_at = np.flatnonzero(brk)
    # tokens do not overlap: starts and ends put in text order apart stay paired (marks in
    # one byte mask each, read in order: linear, no sort)
    mark = np.zeros(n + 1, dtype=bool)
    for at in (u, run_start[long], brk_at):
        mark[at] = True
    starts = np.flatnonzero(mark)
    mark[:] = False
    for at in (u + 4 + 2 * usa, run_end[long], brk_at + _seq_len(data[brk_at])):
        mark[at] = True
    return starts, np.flatnonzero(mark)


def scan_tokens(text: str) -> pa.LargeStringArray:
    """The tokens of ``re.findall(TOKEN_PATTERN + "|\\x00", text)``, as an Arrow array.

    Examples
    --------
    >>> scan_tokens("The U.S.A. and US-led (2024) talks.\\x00").to_pylist()
    ['The', 'U.S.A.', 'and', 'US', 'led', '(', '2024', ')', 'talks', '.', '\\x00']
    """
    data = np.frombuffer(text.encode("utf-8"), dtype=np.uint8)
    starts, ends = token_bounds(data)
    inside = np.zeros(len(data) + 1, dtype=np.int8)  # +1 at a start, -1 at an end
    inside[starts] = 1
    inside[ends] -= 1
    offsets = np.zeros(len(starts) + 1, dtype=np.int64)
    np.cumsum(ends - starts, out=offsets[1:])
    values = data[np.cumsum(inside[:-1], dtype=np.int8).view(bool)]
    return pa.LargeStringArray.from_buffers(len(starts), pa.py_buffer(offsets),
                                            pa.py_buffer(values))
