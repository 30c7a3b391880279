"""The NumPy tokeniser of distinctive terms gives exactly the tokens of Python's ``re``."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from analysis.framing import _voice_texts
from analysis.framing._scan import TOKEN_PATTERN, scan_tokens
from analysis.framing.ngrams import _NgramCounter

FINDALL = re.compile(TOKEN_PATTERN + "|\x00").findall

TRICKY = [
    "", "a", "ab", "U", "U.S", "U.S.", "U.S.A", "U.S.A.", "U.S.A.B", "U.S.AB", "U.S.U.S.A.U.S.",
    "US USA U.S. U.S.A. us-led U.S.-led U.S.Army (U.S.) “U.S.” aU.S. xyU.S. _U.S. 1U.S. éU.S.",
    "U.S.\nU. S. u.s. U.K. U.N.", "café naïve Zürich São Paulo Ελλάδα Москва İstanbul ǅemal",
    "it’s ’tis rock'n'roll l’Europe ‘single’ “double” «guillemets» ‹single› „low“",
    "co-op e-mail — en–dash x‐y x‑y x―y 1,000.5 3.14 50% $20 ½ ² ³ ٣٤ ① Ⅻ ⅻ 〇 一二",
    "中文字 日本語の文 한국어 ไทย हिन्दी العربية עברית", "😀😀 👍🏽 a😀b 🇺🇸 𝐀𝐁 𐐀𐐁 a\U0001F600",
    "snake_case __init__ _ _a a_ __ 9_9", "x\u0301y e\u0301 \u200d\u200c a\u00adb a\u200bb",
    "\x00\x00a\x00bc\x00 \x00U.S.\x00", "tabs\tand\rreturns\r\n\x0bvt\x0cff \x7f \x85 \xa0 nbsp",
    "[brackets] {braces} (parens) a|b a;b a:b a!b a?b a,b a.b\n\nnew para",
    "ǈ ǋ ǲ Ⅸ ᾈ ﬁ ﬀ ß ẞ Ω ℃ ™ ° µ ª º",
]


def check(text: str) -> None:
    assert scan_tokens(text).to_pylist() == FINDALL(text), text


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_texts(text):
    check(text)
    check(text + "\x00")
    check("\x00".join([text, text[::-1], text.upper(), text.lower()]))


def test_every_code_point_alone_in_pairs_and_beside_words():
    """Each code point (surrogates aside) between spaces, doubled, and touching letters and a
    "U.S.": the class table is that of ``re``'s ``\\w`` everywhere."""
    cps = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    for sep in (" ", ""):
        check(sep.join(cps))
    check(" ".join(c + c for c in cps))
    check(" ".join("a" + c + "U.S." for c in cps[::7]))


def test_lone_surrogate_falls_back_to_re():
    with pytest.raises(UnicodeEncodeError):
        scan_tokens("a \ud800 b")
    c = _NgramCounter((1, 1), None)
    ids = c._token_ids(["US said \ud800 no", "the U.S."])
    assert [c.terms[i] if i > 0 else i for i in ids] == ["u.s.", "said", "no", -1, "the",
                                                        "u.s.", -1]


def _compare_texts(texts: list[str]) -> None:
    joined = "\x00".join(t.replace("\x00", " ") for t in texts) + "\x00"
    check(joined)


def test_bundled_corpus_own_and_all_voice():
    from analysis.corpus import load_corpus

    arts = load_corpus()
    for voice in ("own", "all"):
        _compare_texts(list(_voice_texts(arts, voice)))


def test_allsides_sample(shared_jsonl):
    arts = shared_jsonl("allsides/world.jsonl.gz", nrows=1500)
    arts = pd.DataFrame({"doc_id": arts["ID"].astype(str), "text": arts["text"].astype(str)})
    for voice in ("own", "all"):
        _compare_texts(list(_voice_texts(arts, voice)))


def test_token_ids_as_with_re_in_batches():
    """Term ids (numbered in the order tokens are first seen, batch by batch) are those of the
    regular expression path, also when later batches bring new tokens and old ones."""
    rng = np.random.default_rng(1)
    words = np.array(TRICKY[13].split() + TRICKY[15].split() + ["US", "us", "U.S.", "Us"])
    texts = [" ".join(rng.choice(words, 25)) for _ in range(40)]
    fast, slow = _NgramCounter((1, 3), "english"), _NgramCounter((1, 3), "english")
    for lo in range(0, 40, 7):
        got = fast._token_ids(texts[lo: lo + 7])
        joined = "\x00".join(texts[lo: lo + 7]) + "\x00"
        codes, uniq = pd.factorize(np.asarray(FINDALL(joined), dtype=object))
        ids = np.fromiter((slow.ids.get(w, -2) for w in uniq), np.int32, len(uniq))
        want = slow._number_new(ids, uniq)[codes]
        np.testing.assert_array_equal(got, want)
    assert fast.terms == slow.terms and fast.ids == slow.ids
