"""Word counts and the normalised text of article bodies, in one pass per text.

The normalised text (lower-case ``\\w+`` words joined by single spaces) is what exact and
near-duplicate detection compare (:mod:`analysis.corpus.dedup`); the word count is the
``n_words`` column. Used by :mod:`analysis.corpus.exports` and :mod:`analysis.corpus.steps`.
"""

from __future__ import annotations

import re

import numpy as np

from .scraped import count_words

_WORD = re.compile(r"\w+")
# Non-word characters common in English news text (quotes, dashes, currency): replacing them by
# a space never changes the ``\w+`` words, and often leaves an ASCII text, whose words are then
# found by byte translation (every ASCII non-word byte → space) instead of the regex.
_COMMON_NONWORD = ("’", "‘", "“", "”", "–", "—", "£", "€", "…", "\u00a0", "«", "»")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# every ASCII non-word byte → space, upper-case letters → lower case
_ASCII_LOWER_WORD_TABLE = bytes(ord(chr(c).lower()) if c < 128 and _WORD.match(chr(c)) else
                                c if _WORD.match(chr(c)) else 32 for c in range(256))
_BLANKS = re.compile(rb"  +")
_UTF8_WORD_TABLE = bytes(c if c > 127 or _WORD.match(chr(c)) else 32 for c in range(256))


def words_and_norm(texts: list[str]) -> tuple[np.ndarray, list[str]]:
    """Word counts and the normalised text (lower-case ``\\w+`` words joined by spaces).

    One pass per text serves both: lower-casing never changes which characters are word
    characters, so the counts equal ``count_words`` unless lower-casing changed the length
    (a rare letter such as "İ"), which is counted separately. The words are the ``\\w+`` runs,
    found by blanking every non-word character (each distinct non-ASCII character, found by a
    regex rather than a set of every character, is tested once with ``\\w``) and splitting the
    UTF-8 bytes on blanks.

    Examples
    --------
    >>> words_and_norm(["It’s  Tehran's turn."])
    (array([5]), ['it s tehran s turn'])
    """
    counts = np.zeros(len(texts), np.int64)
    norms = []
    for i, t in enumerate(texts):
        # the common non-word characters have no case and lower-casing makes none of them, so
        # they are blanked before lower-casing; an ASCII text is then lower-cased by the byte
        # table (str.lower of a text with a curly quote is slow) and keeps its length
        ascii_ = t
        if not ascii_.isascii():
            for ch in _COMMON_NONWORD:
                if ch in ascii_:
                    ascii_ = ascii_.replace(ch, " ")
        if ascii_.isascii():  # blanks collapsed by a regex: no Python object per word
            words = _BLANKS.sub(b" ", ascii_.encode("ascii").translate(_ASCII_LOWER_WORD_TABLE))
            words = words.strip()
            counts[i] = words.count(b" ") + 1 if words else 0
            norms.append(words.decode("ascii"))
            continue
        # the other non-word characters → space; what is left of UTF-8 ≥ 0x80 is words
        low = ascii_ = t.lower()  # (blanks made after lower-casing: "Σ" reads its neighbours)
        for ch in _COMMON_NONWORD:
            if ch in ascii_:
                ascii_ = ascii_.replace(ch, " ")
        other = [ch for ch in set(_NON_ASCII.findall(ascii_)) if not _WORD.match(ch)]
        for ch in other:
            ascii_ = ascii_.replace(ch, " ")
        words = ascii_.encode("utf-8", "surrogatepass").translate(_UTF8_WORD_TABLE)
        words = _BLANKS.sub(b" ", words).strip()
        n = words.count(b" ") + 1 if words else 0
        counts[i] = n if len(low) == len(t) else count_words(t)
        norms.append(words.decode("utf-8", "surrogatepass"))
    return counts, norms
