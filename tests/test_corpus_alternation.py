"""The guarded line-class alternation finds the same class as the plain alternation."""

from __future__ import annotations

import random
import re

from analysis.corpus import boilerplate
from analysis.corpus.alternation import guarded_alternation, top_branches

LINES = [
    "Photos: Floods in the south Two men wade. Hide Caption 3 of 9", "Advertisement",
    "Sign In | Subscribe", "Home | World | Politics | Business", "12 comments", "Reply",
    "A flag in Vienna. REUTERS/Leonhard Foeger/File Photo Purchase Licensing Rights",
    "Photo: Anna Rossi/Reuters", "Follow @newsframe", "Twitter: @newsframe",
    "Reporting by Parisa Hafezi in Dubai; Editing by Alex Richardson", "3:45 p.m. ET",
    "• This article is based in part on wire service reports.", "Read more: Talks in Doha",
    "pic.twitter.com/abc123", "(Also on CNN: talks resume)", "Copyright 2024 The AP",
    "The Associated Press contributed to this report.", "Ministers met in Doha on Monday.",
    "The talks | which began on Monday | ended", "δ", "Δ", "\u212aelvin", "İnbox", "ſhare",
]


def _plain(named):
    rx = re.compile("|".join(f"(?P<c{i}>{p})" for i, (_, p) in enumerate(named)), re.I)
    return lambda s: named[int(m.lastgroup[1:])][0] if (m := rx.fullmatch(s)) else None


def _guarded(named):
    rx, names = guarded_alternation(named, re.I)
    return lambda s: names[m.lastgroup] if (m := rx.fullmatch(s)) else None


def test_top_branches_respects_groups_classes_and_escapes():
    assert top_branches(r"a(?:b|c)|[|]d|e\|f|[^]|]x") == ["a(?:b|c)", "[|]d", r"e\|f", "[^]|]x"]


def test_guarded_alternation_names_the_same_class():
    plain, guarded = _plain(boilerplate._CLASSES), _guarded(boilerplate._CLASSES)
    rng = random.Random(0)
    lines = list(LINES)
    for s in LINES:  # case variants, heads and tails of every line
        lines += [s.upper(), s.lower(), s[rng.randrange(len(s)):], s[:rng.randrange(1, len(s) + 1)]]
    alphabet = "aAbB |/:@•·-_.,()0123456789δΔİıſ\u212a’"
    lines += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 12)))
              for _ in range(3000)]
    assert any(plain(s) for s in lines)
    for s in lines:
        assert guarded(s) == plain(s), s


def test_classify_line_uses_the_guarded_alternation():
    assert boilerplate.classify_line("Sign In | Subscribe") == "menu"
    assert boilerplate.classify_line("Photo: Anna Rossi/Reuters") == "photo credit"
    assert boilerplate.classify_line("Ministers met in Doha on Monday.") is None


def _long_variants(rng: random.Random) -> list[str]:
    """Lines over 160 characters around every line above: furniture at the head or the tail,
    blanks at the ends, rule and link starts, and article text."""
    body = "Ministers met in Doha on Monday to discuss a ceasefire, officials said. "
    out = []
    for s in LINES + ["---", "<https://x.org/a>", "[a](https://x.org)", "hide caption",
                      "Sign up for our newsletter", "/FILE PHOTO", "© 2024 AP", "• Item"]:
        pad = body * rng.randint(2, 4)
        out += [s + " " + pad, pad + s, " " + pad + s, pad + s + "\u2003", s + pad + s,
                (s + " ") * 30, pad[:rng.randint(150, 170)] + s]
    return out


def test_line_reason_answers_long_lines_as_every_rule_does(shared_jsonl):
    from analysis.corpus.exports import _paragraphs
    from analysis.corpus.scraped_rules import _line_reason, line_reason

    lines = _long_variants(random.Random(0))
    lines += [p for t in shared_jsonl("allsides/world.jsonl.gz", nrows=1500)["text"]
              for p in _paragraphs(t)]
    long_lines = [s for s in lines if len(s) > 160]
    assert len(long_lines) > 10_000
    assert sum(_line_reason(s) is not None for s in long_lines) > 100  # furniture among them
    for s in lines:
        assert line_reason(s) == _line_reason(s), s


def test_plain_long_line_tries_the_prefixes_of_the_first_character():
    """Looking the furniture prefixes up by first character answers as trying all of them."""
    from analysis.corpus.boilerplate import (
        _LONG_ANYWHERE,
        _LONG_STARTS,
        _holds_any,
        plain_long_line,
    )

    body = "Ministers met in Doha on Monday to discuss a ceasefire, officials said. " * 3
    lines = [p + body for p in _LONG_STARTS] + [p.upper() + " " + body for p in _LONG_STARTS]
    lines += [p[:-1] + "#" + body for p in _LONG_STARTS if len(p) > 1]  # the last letter off
    lines += [body + k for k in _LONG_ANYWHERE] + [body, "İ" + body, "\u212a" + body]
    lines += _long_variants(random.Random(2))

    def every_prefix(s):
        low = (s[:60] + " " + s[-80:]).lower()
        return not low.startswith(_LONG_STARTS) and not _holds_any(low, _LONG_ANYWHERE)

    assert sum(plain_long_line(s) for s in lines) > 50
    assert sum(not plain_long_line(s) for s in lines if len(s) > 160) > 100
    for s in lines:
        assert plain_long_line(s) == (len(s) > 160 and every_prefix(s)), s


def _split_captions_every_position(paragraph: str) -> tuple[str, list[str]]:
    """``split_captions`` as it was: the bare-credit regex tried on every paragraph."""
    from analysis.corpus.boilerplate import _CREDIT_BARE_EOL, _CREDIT_EXPLICIT, _SENT_BOUNDARY
    from analysis.text import _is_abbreviation

    captions: list[str] = []
    if "(" not in paragraph:
        return paragraph, captions
    while m := _CREDIT_EXPLICIT.search(paragraph) or _CREDIT_BARE_EOL.search(paragraph):
        before = paragraph[: m.start()].rstrip()
        starts = [b.end() for b in _SENT_BOUNDARY.finditer(before[:-1] if before else before)
                  if not _is_abbreviation(before, b.start() + 1)]
        cap_start = starts[-1] if starts else 0
        captions.append(paragraph[cap_start : m.end()].strip())
        paragraph = (paragraph[:cap_start].rstrip() + " " + paragraph[m.end() :].lstrip()).strip()
    return paragraph, captions


def test_split_captions_tries_the_bare_credit_only_at_a_closing_parenthesis(shared_jsonl):
    from analysis.corpus.boilerplate import split_captions
    from analysis.corpus.exports import _paragraphs

    made = ["Talks resumed. A flag in Vienna. (Reuters)", "A flag in Vienna. (AFP) \u2003",
            "A flag. (Reuters)\n", "A flag. (Reuters) \n ", "A flag (Reuters). Text.",
            "One. (Photo by X) Two. (AP)", "Two (AP) and (Reuters)", "A flag. (reuters) x)",
            "(Reuters)", "Text one. A flag in Vienna, 2023. (credit: REUTERS/X) Text two. (AFP)"]
    paras = made + [p for t in shared_jsonl("allsides/world.jsonl.gz", nrows=1500)["text"]
                    for p in _paragraphs(t) if "(" in p]
    changed = 0
    for p in paras:
        want = _split_captions_every_position(p)
        changed += bool(want[1])
        assert split_captions(p) == want, p
    assert changed > 20


def test_export_paragraphs_as_split_paragraphs(shared_jsonl):
    """The loader's paragraph split equals ``split_paragraphs`` with every kind of line end."""
    from analysis.corpus.boilerplate import split_paragraphs
    from analysis.corpus.exports import _paragraphs

    texts = ["One.\r\nTwo.\rThree.\n\n Four  five\t six. ", "\r", "\r\n\r\n", "a\r\rb", "x",
             "\ufeffOne\r\nTwo", "  \t ", ""]
    for t in shared_jsonl("allsides/world.jsonl.gz", nrows=300)["text"]:
        texts += [t, t.replace("\n", "\r\n"), t.replace("\n", "\r"), t.replace(" ", "  ", 3)]
    assert sum("\r" in t for t in texts) > 500
    for t in texts:
        assert _paragraphs(t) == split_paragraphs(t), t[:80]
