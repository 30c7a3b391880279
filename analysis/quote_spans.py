"""Span rules for :mod:`analysis.quotes`: where a quotation or statement begins and ends.

Internal to :func:`analysis.quote_attribution._doc_quotes` (issue 15, tuned on PolNeAR train):
typewriter quotation marks written as two apostrophes (''…'', the NYT archive), quoted terms of
one to three words with no speaker (kind ``term``), statements an attribution interrupts ("Putting
the show together, Butz said, allowed him …"), the end of indirect content before a
non-restrictive clause (", which …"), paragraphs that are one quotation continuing the speaker
of the paragraph before, and the source phrase after "according to".
"""

from __future__ import annotations

import bisect
import re

from .quote_speakers import _DETERMINERS, _is_word
from .quotes.words import _ROLE_NOUNS, _TITLES

_DOUBLE_APOSTROPHE = re.compile(r"'''|''")


def _normalise_marks(text: str) -> str:
    """Typewriter double quotes written as two apostrophes (''…'', NYT archive style) → “…”;
    three are a double and a single mark, the double one outermost.

    The length is kept (an opening pair becomes " “", a closing pair "” "), so offsets into the
    result index the original text.
    """
    if "''" not in text:
        return text

    def repl(m: re.Match) -> str:
        i, triple = m.start(), len(m.group()) == 3  # a single quotation inside one: 3 marks
        before = text[i - 1] if i else " "
        after = text[m.end()] if m.end() < len(text) else " "
        if (before.isspace() or before in "([—–-") and not after.isspace():
            return " “'" if triple else " “"  # the double mark opens first
        return "'” " if triple else "” "  # and closes last

    return _DOUBLE_APOSTROPHE.sub(repl, text)


def _quote_paragraphs(direct_rows: list[dict], text: str, para_starts: list[int],
                      events=()) -> None:
    """A paragraph that is nothing but a quotation continues the speaker quoted at the end of
    the paragraph before (news style: “…,” he said. / “More.”), or takes the speech event
    (of ``events``) whose clause ends the paragraph before with a colon ("… the statement
    says:" / “…”)."""
    verbs = [ev.verb_start for ev in events]
    quoted_only = _quotation_paragraphs(direct_rows, text, para_starts) if any(
        r["speaker_start"] is None for r in direct_rows) else set()
    prev = None
    for r in direct_rows:
        k = bisect.bisect_right(para_starts, r["start"]) - 1
        p_end = para_starts[k + 1] if k + 1 < len(para_starts) else len(text)
        alone = (text[para_starts[k] : r["start"]].strip() == ""
                 and text[r["end"] : p_end].strip(" \n\t.") == "")
        if r["speaker_start"] is None and (alone or k in quoted_only) and prev is not None and (
                prev[0]["speaker_start"] is not None and prev[0]["verb_start"] is not None):
            if (prev[1] == k - 1 and len(text[prev[0]["end"] : para_starts[k]]) < 120) or (
                    prev[1] == k and k in quoted_only and not text[
                        prev[0]["end"] : r["start"]].strip()):  # (BBC style: “A. “B.” — one
                # paragraph, two quotations, the second opened before the first is closed)
                for col in _ATTRIBUTION:
                    r[col] = prev[0][col]
        if r["speaker_start"] is None and alone and k > 0:
            colon = text.rfind(":", para_starts[k - 1], para_starts[k])
            n = bisect.bisect_left(verbs, colon) - 1
            if colon >= 0 and text[colon + 1 : para_starts[k]].strip() == "" and n >= 0:
                ev = events[n]
                if (ev.sp is not None and ev.verb_start >= para_starts[k - 1]
                        and _CLAUSE_END.search(text, ev.verb_end, colon) is None):
                    r["speaker_start"], r["speaker_end"] = ev.sp
                    r["verb"], r["verb_class"], r["verb_start"] = ev.lemma, ev.cls, ev.verb_start
        prev = (r, k)


def _quotation_paragraphs(direct_rows: list[dict], text: str, para_starts: list[int]) -> set[int]:
    """The paragraphs (indexes) that hold nothing but quotations: no word outside them."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for r in direct_rows:
        spans.setdefault(bisect.bisect_right(para_starts, r["start"]) - 1, []).append(
            (r["start"], r["end"]))
    out = set()
    for k, ss in spans.items():
        p_end = para_starts[k + 1] if k + 1 < len(para_starts) else len(text)
        pos, rest = para_starts[k], []
        for s, e in sorted(ss):
            rest.append(text[pos:s])
            pos = max(pos, e)
        rest.append(text[pos:p_end])
        if not any(c.isalnum() for part in rest for c in part):
            out.add(k)
    return out


_CLAUSE_END = re.compile(r"[.!?;”\"]")
_ATTRIBUTION = ("speaker_start", "speaker_end", "verb", "verb_class", "verb_start")


# a comma then a non-restrictive or concessive clause: annotators end the content before it
# (also after a closing quotation mark: "…,” referring to …"); ", however" or ", but" with a new
# subject ("…, but Cook did not say when") opens a clause of the reporter's own
_ASIDE = re.compile(
    r"(?:,|(?<=,[”\"]))\s+(?:which|who|whom|whose|for whom|although|though|whereas|despite|"
    r"part of|even as|even though|should|according to|adding|saying|noting|citing|as well as|"
    r"a move|an? \w+ (?:that|which)|one (?:that|who|which)|"
    r"while (?=(?:the|a|an|his|her|their|its|this|it|there|other|others|some|most|many)\b|[A-Z])|"
    r"(?:and|but) (?:he|she|they|we)|claiming|referring|arguing|explaining|insisting|compared|"
    r"based on|in keeping|however|but (?=(?:the|a|an|his|her|their|its|this|for|it|there)\b|[A-Z]))"
    r"\b"
)
_EXECUTIVE = frozenset("executive senior former assistant associate vice co-founder".split())
_RESUME = re.compile(r"\s*,\s*(?=[A-Za-z])")
#: a noun phrase of at most seven words with no relative pronoun, then a finite verb (an
#: auxiliary or a past form): a clause ("the plaintiffs conceded that …", "the mere mention of Mrs.
#: Clinton's name could …"), not an appositive ("Sherman, a grad whose aggressiveness has …")
_FINITE_SOON = re.compile(
    r"(?:(?!(?:who|whose|which|whom|that)\b)[\w’'\-]+\.?\s+){1,7}[“\"]?(?:is|was|are|were|will|"
    r"would|has|have|had|can|could|should|may|might|must|did|does|do|won’t|won't|isn’t|isn't|"
    r"wasn’t|wasn't|(?:do|does|did|ca|are|were|has|have)n[’']t|\w{3,}ed)\b")
#: "…, he said, because …", "…, she said, and the party …" (a clause of its own after "and"/
#: "but"), "…, the airline added, and had passed …" (a predicate of the statement's subject),
#: "…, he says, at least seven …": the statement goes on
_RESUMES_ANYWAY = re.compile(
    r"because\b|(?:and|but)\s+(?:the|a|an|his|her|their|its|he|she|they|it|we|[A-Z][a-z]+\s+"
    r"(?:is|was|are|were|has|have|had|will|would)|had|has|was|is|would|will)\b|at (?:least|most)\b")
_NOT_RESUMING = frozenset(
    """as in at on according citing after before when while though although and but or because
    adding saying noting with without during since who which where referring speaking of for
    to from""".split()
)


_HEARER_PRONOUN = re.compile(r"\s+(?:them|him|her|me|us|reporters)\b")
_FINITE_FIRST = frozenset("is was are were will would has have had can could should may might must"
                          .split())
#: a short time adverbial closing an interrupting attribution ("he told me on Friday,")
#: a manner adverb closing an interrupting attribution ("he said quietly,")
_MANNER_AFTER = re.compile(r"\s+[a-z][a-z-]{2,}ly(?=\s*,)")
_WHEN_AFTER = re.compile(r"\s+(?:on|last|this|earlier|late)\s+[\w’'\-]+(?:\s+[\w’'\-]+)?(?=\s*,)")


def _resumed_content(text: str, ev, clause_bounds) -> tuple[int, int] | None:
    """The rest of a statement an attribution interrupts: "Putting the show together, Butz said,
    allowed him to …" → (start of "allowed", end of the clause)."""
    end = max(ev.verb_end, ev.sp[1])
    if (hearer := _HEARER_PRONOUN.match(text, end)) is not None:
        end = hearer.end()  # "The solution, the partner told them, was simple."
    if (manner := _MANNER_AFTER.match(text, end)) is not None:
        end = manner.end()  # "The plan, he said quietly, is to …"
    when = _WHEN_AFTER.match(text, end)
    if when is not None:
        end = when.end()  # "The difference now, he told me on Friday, is that …"
    m = _RESUME.match(text, end)
    if m is None:
        return None
    _cs, ce = clause_bounds(ev.verb_start)
    word = re.match(r"[A-Za-z]+", text[m.end() : m.end() + 40])
    low = word.group().lower() if word else ""
    if word is None or low.endswith("ing") or low in _NOT_RESUMING and not (
            _RESUMES_ANYWAY.match(text, m.end())):
        return None
    if low in _ROLE_NOUNS or low in _TITLES or low in _EXECUTIVE:
        return None  # "…,” said Jane Doe, executive director of …": an appositive, not a resumption
    if (low in ("a", "an", "the") or word.group()[:1].isupper() and ev.sp[0] > ev.verb_start) and (
            not _FINITE_SOON.match(text, m.end(), ce)):  # (after an inverted speaker a name with
        # no verb of its own describes the speaker: "said MP Richard Allan, Liberal Democrat …")
        return None  # "…, said David Autor, a professor of economics at M.I.T., who …": a noun
        # phrase with no verb of its own describes the speaker (an appositive); "…, he said,
        # the plan would fail" resumes with a clause
    if ce - m.end() < 8 or when is not None and not (_FINITE_SOON.match(text, m.end(), ce) or (
            low in _FINITE_FIRST)):
        return None  # (after "declared on Thursday," the clause goes on only with a verb of
        # its own: not "…, two days after voters went to the polls")
    start = m.end() + (len(low) + 1 if low in ("and", "but") else 0)  # (the conjunction is no
    return start, ce  # part of the statement)


_WORDS = re.compile(r"[^\W_][\w’'\-]*")


def _is_term(text: str, start: int, end: int) -> bool:
    """A quoted term, not a quotation: one to three words with no speaker and no cue (scare
    quotes, titles, nicknames: Trump was ‘mocking’; the show “Fox News Sunday”)."""
    return len(_WORDS.findall(text, start, end)) <= 3


_SOURCE_STOPS = frozenset("that which who whom whose where when while because although".split())


def _according_source(toks) -> tuple[int, int] | None:
    """The source after "according to": its words up to punctuation or a relative clause
    ("according to a new poll by the Harvard University Institute of Politics.")."""
    out = None
    for k, (tok, _s, _e) in enumerate(toks[:16]):
        if not _is_word(tok) or tok.lower() in _SOURCE_STOPS:
            break
        out = k
    if out is None or all(toks[k][0].lower() in _DETERMINERS for k in range(out + 1)):
        return None
    return 0, out
