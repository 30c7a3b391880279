"""Quotations and reported speech: who is quoted, with which verb, and whose voice a span is.

``quotes(articles)`` returns one row per quotation or reported statement (the *quotes* table):
direct quotations between quotation marks of any style, including the unbalanced ones a scraper
leaves behind (spans from :func:`analysis.text.quoted_spans`); indirect speech ("X said (that)
…", "…, X reported."); and "according to X". Each row carries the surface ``speaker`` phrase,
the canonical ``speaker_actor`` when a mentions table resolves it, the reporting ``verb`` lemma
and its ``verb_class``. ``attribution`` counts who each outlet quotes and with which verb;
``voice`` and ``voice_spans`` tell an outlet's own words from the words it quotes, so that
"Zionist regime" inside a quotation of IRNA is not counted as the quoting outlet's own label.

Method. Rule-based attribution in the tradition of quotation extraction from news (Pouliquen,
Steinberger & Best 2007; Pareti et al. 2013 on attribution relations): a reporting verb from a
lexicon, its subject found by walking back over the noun phrase before it ("Iran's President
Masoud Pezeshkian told …"), the inverted form ("…,” said Smith"), or the phrase after "according
to". A direct quotation takes the attribution clause right after its closing mark (`“…,” IRNA
claimed.`); if it sits inside a reported clause ("Pezeshkian said Israel's “criminal actions”
…") or after a speech verb in its sentence ("The governorate said: “…”") it takes that clause's
speaker; a quotation opening a sentence with no attribution continues the previous quotation of
its paragraph, and one left open at a paragraph's end (news style for multi-paragraph quotations)
takes the speaker of the quotation that continues it. Statements found inside a direct quotation
(IRNA quoting Bagheri Kani) are kept, with ``within`` = the enclosing quotation, and left out of
:func:`attribution` by default: the outlet quotes IRNA, not him. First-person subjects ("I
think …" in a column) are the author's voice and give no row.

Verb classes (``resources/reporting_verbs.csv``, extensible with :func:`load_reporting_verbs`;
each row names its source): ``neutral`` (say, tell, state, report, add; "according to"),
``factive`` (note, reveal, observe, acknowledge, admit: the content is presented as true;
Hooper's 1975 factives), ``assertive`` (stress, emphasize, insist, point out, reiterate: Hooper's
strong assertives that foreground the speaker's commitment), ``doubt`` (claim, allege, purport:
cast doubt on the content) and ``other`` (deny, accuse, criticize, urge, suggest, believe).
Recasens, Danescu-Niculescu-Mizil & Jurafsky (2013, "Linguistic models for analyzing and
detecting biased language", ACL) use Hooper's (1975, "On assertive predicates") factive and
assertive lists as markers of epistemological bias: among assertives, verbs of saying such as
"say" and "state" are neutral while "claim" casts doubt on the proposition. Wikipedia's Manual of
Style (MOS:SAID) gives editors the same advice ("noted", "revealed" imply the speaker is right;
"claimed" raises a question; "according to" is neutral).

Coreference (deliberately simple, within one article, in text order): a generic source ("the
report", "a separate report", "the statement") and "it" resolve to the most recent *named*
non-person source (IRNA); "he"/"she" to the most recent named person speaker; a pronoun subject
inside a reported clause to that clause's speaker ("The Qataris said they hoped …"); a
description ("the president", "the Iranian interim foreign minister", "the governorate") to the
most recent named speaker whose own phrase contains all its words ("Iran's President Masoud
Pezeshkian"); a short name to an earlier full name ending with it ("Pezeshkian" → "Masoud
Pezeshkian"). ``antecedent`` records the phrase used. A mentions table, when given, takes
precedence: the actor heading the speaker phrase is the speaker.

Voice. By default only direct quotations count as *quoted* voice: in indirect speech and
"according to" the wording is the outlet's paraphrase (it chose "Israeli regime" or "Zionist
regime"), so for the study of label choice it is the outlet's own voice. Pass ``kinds=`` to count
indirect speech as quoted too.

Scale: one pass of one compiled, prefix-factored regular expression over each text finds every
candidate verb; the work per hit is a few tokens around it, so run time is linear in the length
of the corpus (about 3 MB of text a second on one core).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ._validate import require_columns
from .config import RESOURCES_DIR
from .text import _paragraph_spans, _sentence_spans, quoted_spans

__all__ = [
    "QUOTE_COLUMNS",
    "attribution",
    "load_reporting_verbs",
    "quotes",
    "voice",
    "voice_spans",
]

REPORTING_VERBS = RESOURCES_DIR / "reporting_verbs.csv"
VERB_CLASSES = ("neutral", "factive", "assertive", "doubt", "other")
QUOTE_COLUMNS = [
    "doc_id", "quote_id", "start", "end", "kind", "speaker", "speaker_actor", "speaker_norm",
    "antecedent", "verb", "verb_class", "speaker_start", "speaker_end", "verb_start", "within",
    "text",
]

# --------------------------------------------------------------------------------------------
# Lexicon


def load_reporting_verbs(
    path: str | Path | None = None,
    extra: pd.DataFrame | Mapping[str, str] | Iterable[Mapping[str, Any]] | None = None,
) -> pd.DataFrame:
    """Read the reporting-verb lexicon, optionally extended or overridden.

    Parameters
    ----------
    path : str or Path, optional
        A CSV with columns ``verb, forms, verb_class`` (``complement`` and ``source`` optional);
        lines starting with ``#`` are comments. Default: the shipped
        ``analysis/resources/reporting_verbs.csv``.
    extra : DataFrame, dict or list of dicts, optional
        Rows to add; a row whose ``verb`` is already present replaces it. A dict maps a lemma to
        its class (``{"aver": "assertive"}``); forms then default to regular English inflections.

    Returns
    -------
    DataFrame
        ``verb, forms, verb_class, complement, source``, one row per lemma.

    Examples
    --------
    >>> lex = load_reporting_verbs(extra={"aver": "assertive"})
    >>> lex.set_index("verb").loc["aver", ["forms", "verb_class"]].tolist()
    ['aver|avers|avered|avering', 'assertive']
    >>> lex.set_index("verb").loc["claim", "verb_class"]
    'doubt'
    """
    lex = pd.read_csv(path or REPORTING_VERBS, comment="#", dtype=str, skipinitialspace=True)
    require_columns(lex, ["verb", "forms", "verb_class"], name="reporting verbs")
    if extra is not None:
        if isinstance(extra, Mapping):
            extra = pd.DataFrame({"verb": list(extra), "verb_class": list(extra.values())})
        elif not isinstance(extra, pd.DataFrame):
            extra = pd.DataFrame(list(extra))
        require_columns(extra, ["verb", "verb_class"], name="extra")
        extra = extra.copy()
        if "forms" not in extra.columns:
            extra["forms"] = None
        extra["forms"] = [
            f if isinstance(f, str) and f else _inflect(v)
            for v, f in zip(extra["verb"], extra["forms"])
        ]
        lex = pd.concat([lex[~lex["verb"].isin(extra["verb"])], extra], ignore_index=True)
    for col, default in (("complement", "that"), ("source", "")):
        if col not in lex.columns:
            lex[col] = default
        lex[col] = lex[col].fillna(default)
    bad = sorted(set(lex["verb_class"]) - set(VERB_CLASSES))
    if bad:
        raise ValueError(f"reporting verbs: unknown verb_class {bad}; use one of {VERB_CLASSES}")
    cols = ["verb", "forms", "verb_class", "complement", "source"]
    return lex[cols].reset_index(drop=True)


def _inflect(lemma: str) -> str:
    """Regular inflections of a (possibly multi-word) verb: say → say|says|sayed|saying."""
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    stem = head[:-1] if head.endswith("e") else head
    third = head + ("es" if head.endswith(("s", "sh", "ch", "x", "z")) else "s")
    forms = [head, third, stem + "ed", stem + "ing"]
    return "|".join(f + tail for f in forms)


class _Lexicon:
    """Compiled lookup from surface form to (lemma, class, complement)."""

    def __init__(self, lex: pd.DataFrame):
        self.by_form: dict[str, tuple[str, str, str]] = {}
        self.classes = dict(zip(lex["verb"], lex["verb_class"]))
        for verb, forms, cls, comp in zip(
            lex["verb"], lex["forms"], lex["verb_class"], lex["complement"]
        ):
            if verb == "according to":
                continue  # handled by its own pattern
            for form in str(forms).split("|"):
                form = " ".join(form.split())
                if form:
                    self.by_form[form] = (verb, cls, comp)
        body = _trie_pattern(self.by_form) if self.by_form else "(?!)"
        self.rx = re.compile(rf"(?<![\w’'\-])(?:{body})(?![\w’'\-])")
        self.according_class = self.classes.get("according to", "neutral")

    def lookup(self, form: str) -> tuple[str, str, str]:
        return self.by_form[" ".join(form.split())]


def _trie_pattern(words: Iterable[str]) -> str:
    """One regular expression for many words, factored by common prefixes (said|says → sa(?:id|ys)).

    Python's ``re`` tries alternatives one by one; a prefix trie makes the verb scan ~6x faster.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [
            (r"\s+" if ch == " " else re.escape(ch)) + build(child)
            for ch, child in sorted(node.items())
            if ch != ""
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            body = f"(?:{body})?"
        return body

    return build(trie)


_DEFAULT_LEXICON: _Lexicon | None = None


def _lexicon(verbs: pd.DataFrame | None) -> _Lexicon:
    global _DEFAULT_LEXICON
    if verbs is not None:
        return _Lexicon(verbs)
    if _DEFAULT_LEXICON is None:
        _DEFAULT_LEXICON = _Lexicon(load_reporting_verbs())
    return _DEFAULT_LEXICON


# --------------------------------------------------------------------------------------------
# Word lists for the noun-phrase walk (closed classes; no model needed)

_TOKEN = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Prof|Adm|Maj|Cmdr|Rev|St|Jr|Sr)\.(?=\s)"
    r"|(?:[A-Za-z]\.){2,}|[^\W_](?:[\w’'\-]|\.(?=\w))*|--|[^\w\s]"
)
_OPEN_MARKS = "“«"
_CLOSE_MARKS = "”»"
_QUOTE_MARKS = "\"“”«»"
_DETERMINERS = frozenset("the a an this these those its his her their our my your".split())
_SUBJECT_PRONOUNS = frozenset("he she they it we i you".split())
_FIRST_SECOND = frozenset("i we you".split())
_OBJECT_PRONOUNS = frozenset("them him us me".split())  # case-sensitive: "US" is a country
_NEGATIONS = frozenset("not never n't no".split())
_BE = frozenset("is was are were be been being am".split())
_ADV_AUX = frozenset(
    """also further later earlier previously repeatedly reportedly again recently then once still
    already just publicly openly separately frequently often has have had will would could can
    may might shall should must did does do has've 've 'd ’ve ’d too even""".split()
)
_PREPOSITIONS = frozenset(
    """in on at from by with for during after before about into over under to through against
    among between within without across per via like than amid despite toward towards upon around
    near since until following regarding including inside outside beyond""".split()
)
_STOPWORDS = frozenset(
    """that which who whom whose when while where whereas as if because although though since
    after before until whether so and but or nor is was are were be been being has have had will
    would could can may might shall should must did does do not never than then there here what
    how why also almost""".split()
) | _PREPOSITIONS
_ROLE_NOUNS = frozenset(
    """spokesman spokeswoman spokesperson spokespeople official officials minister ministers
    president secretary envoy ambassador representative representatives leader leaders chief head
    director commander general governor mayor adviser advisor aide aides diplomat diplomats
    source sources member members chairman chair lawmaker lawmakers senator analyst analysts expert
    experts correspondent editor premier king prince emir sheikh deputy judge prosecutor
    negotiator negotiators officer officers lawyer lawyers attorney professor researcher fellow
    scholar journalist reporter founder executive manager activist activists resident residents
    witness witnesses author economist strategist partner counsel""".split()
)
_TITLES = frozenset(
    """president vice prime minister foreign interior defense defence acting interim deputy
    secretary general spokesman spokeswoman spokesperson state department chief supreme leader
    ambassador envoy special senator rep. rep sen. sen gov. gov governor mr. mr mrs. mrs ms. ms
    dr. dr prof. prof sheikh king queen prince emir sultan rear admiral commander gen. gen col.
    col lt. lt maj. maj capt. capt former late top senior chairman director ayatollah mayor
    judge justice""".split()
)
_REPORT_NOUNS = frozenset(
    """report reports statement statements agency media outlet broadcaster newspaper paper daily
    website site readout communique communiqué release wire channel television tv radio network
    account bulletin dispatch""".split()
)
_MEDIA_DESCRIPTORS = frozenset(
    """state government official news agency media television tv radio newspaper daily outlet
    website broadcaster channel network wire service""".split()
)
_ORG_WORDS = frozenset(
    """ministry agency authority council department governorate government news media office
    organization organisation committee party army forces union nations bank company corp inc
    group university institute court house kremlin pentagon embassy guard corps reuters press
    radio television tv times post journal network channel foundation commission parliament
    assembly cabinet administration movement front brigade brigades league association""".split()
)
_NAME_JOINERS = frozenset("bin ibn al el de del da van von der di abu".split())
_INTRO = frozenset(
    """in on at during after before meanwhile however but and also earlier later separately then
    since though although while when last this critically overall moreover additionally
    furthermore for with as amid despite following yesterday today according""".split()
)
_TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep sept
    oct nov dec last this earlier later yesterday today tonight week month year morning evening
    afternoon night""".split()
)


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))


def _is_adverb(tok: str) -> bool:
    return len(tok) > 4 and tok.endswith("ly") and tok.islower()


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def _is_word(tok: str) -> bool:
    return tok[:1].isalnum()


def _is_possessive(tok: str) -> bool:
    return tok.endswith(("’s", "'s", "s’", "s'"))


def _bare(tok: str) -> str:
    """Lower-case token without a possessive ending."""
    t = tok.lower()
    for suffix in ("’s", "'s", "’", "'"):
        if t.endswith(suffix):
            return t[: -len(suffix)]
    return t


def _tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


class _TokenIndex:
    """The tokens of one text, computed once; ``tk(start, end)`` slices those inside a window."""

    def __init__(self, text: str):
        self.toks = _tokens(text, 0, len(text))
        self.starts = [t[1] for t in self.toks]

    def __call__(self, start: int, end: int) -> list[tuple[str, int, int]]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end, lo)
        if hi > lo and self.toks[hi - 1][2] > end:
            hi -= 1  # a token running past the window's end is not inside it
        return self.toks[lo:hi]


# --------------------------------------------------------------------------------------------
# Speech events: a reporting verb with its subject and (for indirect speech) its content


class _Event:
    __slots__ = (
        "verb_start", "verb_end", "lemma", "cls", "sp", "content", "post", "clause_start",
        "attach", "participle",
    )

    def __init__(self, verb_start, verb_end, lemma, cls):
        self.verb_start, self.verb_end, self.lemma, self.cls = verb_start, verb_end, lemma, cls
        self.sp: tuple[int, int] | None = None  # speaker phrase span
        self.content: tuple[int, int] | None = None  # reported clause (indirect speech)
        self.post = False  # content precedes the verb ("…, IRNA reported.")
        self.clause_start = verb_start
        self.attach = -1  # where an attribution clause begins (right after a closing mark)
        self.participle = False  # ", adding …": a new reporting act inside the same sentence


def _np_backward(toks, i: int, loose: bool = False) -> tuple[int, int, int] | None:
    """Walk back from token ``i`` over a subject noun phrase.

    Returns (first token index, last token index, index of the token that stopped the walk or -1),
    or None when the phrase is the object of a preposition or empty. ``loose`` (for an appositive
    between commas: "a lawyer at the firm") lets prepositions through.
    """
    last = i
    j = i
    n = 0
    limit = 16 if loose else 10
    while j >= 0 and n < limit:
        tok = toks[j][0]
        low = tok.lower()
        if not _is_word(tok):
            break
        if low in _DETERMINERS:
            prev = toks[j - 1][0].lower() if j > 0 else ""
            if prev == "of" or (
                prev in _PREPOSITIONS
                and j > 1
                and (loose or toks[j - 2][0].lower() in _ROLE_NOUNS)
            ):
                j -= 2  # "a spokesman for the ministry": keep walking over the prepositional part
                n += 2
                continue
            j -= 1
            break
        if low in _SUBJECT_PRONOUNS:
            if j == i:
                j -= 1
            break
        if low == "of" and j < i:
            j -= 1
            n += 1
            continue
        if low in _PREPOSITIONS and j < i:
            if loose or (j > 0 and toks[j - 1][0].lower() in _ROLE_NOUNS):
                j -= 1
                n += 1
                continue
            return None  # "In further comments reported …": object of a preposition
        if low == "and" and j < i and j > 0 and _is_cap(toks[j - 1][0]) and _is_cap(toks[j + 1][0]):
            j -= 1
            n += 1
            continue
        if low in _STOPWORDS or tok in _OBJECT_PRONOUNS:
            break
        j -= 1
        n += 1
    else:
        if j >= 0:
            return None  # no natural left edge within 10 tokens: not a subject
    first = j + 1
    if first > last:
        return None
    words = [toks[k][0].lower() for k in range(first, last + 1)]
    if all(w in _DETERMINERS for w in words):
        return None
    return first, last, j


def _np_forward(toks, i: int, limit: int = 10) -> tuple[int, int] | None:
    """A subject noun phrase read forward from token ``i`` (clause subject, inverted speaker)."""
    j = i
    out = []
    while j < len(toks) and len(out) < limit:
        tok = toks[j][0]
        low = tok.lower()
        if not _is_word(tok):
            break
        nxt = toks[j + 1][0] if j + 1 < len(toks) else ""
        if not out and low in _DETERMINERS:
            out.append(j)
        elif not out and low in _QUANTIFIERS and nxt.lower() == "of":
            out.append(j)  # "one of the rally's organizers"
        elif not out and low in _SUBJECT_PRONOUNS:
            out.append(j)
            break
        elif _is_cap(tok) or low in _ROLE_NOUNS or (low in _NAME_JOINERS and _is_cap(nxt)):
            out.append(j)
        elif low == "of" and out and (_is_cap(nxt) or nxt.lower() in _DETERMINERS):
            out.append(j)
        elif (
            low not in _STOPWORDS
            and (_is_cap(nxt) or nxt.lower() in _ROLE_NOUNS)
            and not _is_possessive(tok)
        ):
            out.append(j)  # a modifier: "senior Russian officials"
        else:
            break
        j += 1
    if out and _demonym(toks[out[-1]][0]) and j < len(toks):
        nxt_tok = toks[j][0]
        if nxt_tok.islower() and nxt_tok not in _STOPWORDS and not _is_adverb(nxt_tok):
            out.append(j)  # "The interim Egyptian government"
    while out and toks[out[-1]][0].lower() in _DETERMINERS | {"of"}:
        out.pop()
    if not out:
        return None
    return out[0], out[-1]


def _inverted_np(toks) -> tuple[int, int] | None:
    """Speaker after an inverted verb: `said Chip Northrup, …`.

    A description followed by the name it introduces takes the name along: `said one of the
    organizers, Gennady Gudkov`.
    """
    if not toks:
        return None
    t0 = toks[0][0]
    if not (_is_cap(t0) or t0.lower() in _DETERMINERS or t0.lower() in _QUANTIFIERS):
        return None
    j = 0
    while j < len(toks) and j < 12 and _is_word(toks[j][0]) and (
        toks[j][0].lower() not in _STOPWORDS or toks[j][0].lower() == "of" or j == 0
    ):
        j += 1
    if j == 0:
        return None
    last = j - 1
    has_cap = any(_is_cap(toks[k][0]) and not _is_possessive(toks[k][0]) for k in range(0, j))
    if not has_cap and j + 1 < len(toks) and toks[j][0] == "," and _is_cap(toks[j + 1][0]):
        k = j + 1
        while k < len(toks) and (_is_cap(toks[k][0]) or toks[k][0].lower() in _NAME_JOINERS):
            k += 1
        last = k - 1
    while last > 0 and toks[last][0].lower() in _DETERMINERS | {"of"}:
        last -= 1
    return 0, last


def _clause_subject(tk, start: int, end: int) -> tuple[int, int] | None:
    """Subject of the clause that begins at ``start`` (for "…, saying" and "… and said")."""
    toks = tk(start, end)
    k = 0
    if k < len(toks) and toks[k][0] in _OPEN_MARKS + '"':
        k += 1
    head = [t[0] for t in toks[k : k + 15]]
    dateline = head and head[0].isupper() and len(head) > 1 and head[1] == ":"  # "MOSCOW:"
    if head and (head[0].lower() in _INTRO or dateline):
        stop = next((n for n, t in enumerate(head) if t in ",:"), None)
        if stop is not None and stop < 12:
            k += stop + 1
        else:
            while k < len(toks) and (
                toks[k][0].lower() in _INTRO | _PREPOSITIONS | _TIME_WORDS
                or toks[k][0].isdigit()
                or toks[k][0].lower() in _DETERMINERS
            ):
                k += 1
    span = _np_forward(toks, k)
    if span is None:
        return None
    return toks[span[0]][1], toks[span[1]][2]


_OBJECT_VERBS = frozenset("tell inform assure warn remind notify convince persuade ask".split())
_QUANTIFIERS = frozenset("one some many several both all two three most each none".split())
_PARENTHETICAL_TAIL = re.compile(r"\s*(?:[,.;!?…:)\]]|$)")


def _is_parenthetical_tail(text: str, pos: int, end: int, tk) -> bool:
    """After an attribution verb: end of clause, or a short adverbial then end ("on June 17.")."""
    if _PARENTHETICAL_TAIL.match(text[pos:end]):
        return True
    toks = tk(pos, min(end, pos + 120))
    if not toks or toks[0][0].lower() not in _PREPOSITIONS | _TIME_WORDS | {"earlier", "later"}:
        return False
    for n, (tok, _s, _e) in enumerate(toks[:8]):
        if tok in ",.;!?…" or tok in _CLOSE_MARKS:
            return True
        if n and tok.lower() in _STOPWORDS - _PREPOSITIONS:
            return False
    return len(toks) <= 8


def _event(text, m, lex, cs, ce, closes_own_quote, tk) -> _Event | None:
    """Build a speech event for verb match ``m`` inside clause bounds ``[cs, ce)``."""
    lemma, cls, comp = lex.lookup(m.group())
    vs, ve = m.span()
    ev = _Event(vs, ve, lemma, cls)
    ev.clause_start = cs
    first_word = m.group().split()[0]
    is_ing = first_word.endswith("ing")
    toks = tk(max(cs, vs - 200), vs)
    i = len(toks) - 1
    while i >= 0 and (toks[i][0].lower() in _ADV_AUX | _NEGATIONS or _is_adverb(toks[i][0])):
        if toks[i][0].lower() in _NEGATIONS:
            return None
        i -= 1
    went_on = False
    if i >= 0:
        low = toks[i][0].lower()
        if low == "to" and i >= 2 and toks[i - 1][0].lower() in ("on", "further") and toks[
            i - 2
        ][0].lower() in ("went", "goes", "go", "going"):
            went_on = True  # "Bagheri Kani went further to suggest that …"
            i -= 2
        elif low in _BE or low == "to" or (low == "as" and is_ing):
            return None  # passive, infinitive, "quoted as saying"
    after_toks = tk(ve, min(ce, ve + 160))
    if after_toks and after_toks[0][0].lower() == "by":
        return None  # passive participle: "the figure reported by …"

    # Inverted attribution: `“…,” said X.` / `…, says Palestinian Authority`
    if i >= 0 and toks[i][0] in ",”»\"" and after_toks and not is_ing and comp != "np":
        # (verbs that take an object never invert: ", condemned the genocide perpetrated by …")
        fw = _inverted_np(after_toks)
        if fw is not None:
            sp_end = after_toks[fw[1]][2]
            nxt = after_toks[fw[1] + 1][0].lower() if fw[1] + 1 < len(after_toks) else ""
            if nxt != "by" and _is_parenthetical_tail(text, sp_end, ce, tk):
                ev.sp = (after_toks[fw[0]][1], sp_end)
                ev.attach = vs
                _post_content(text, ev, toks, i, cs, closes_own_quote)
                return ev

    if went_on:
        walk = _np_backward(toks, i - 1) if i >= 1 else None
        if walk is None:
            return None
        ev.sp = (toks[walk[0]][1], toks[walk[1]][2])
    elif is_ing:
        if i >= 0 and toks[i][0] == ",":
            ev.sp = _clause_subject(tk, cs, toks[i][1])
            ev.participle = True
        else:
            return None
    elif i >= 0 and toks[i][0].lower() in ("and", "but"):
        ev.sp = _clause_subject(tk, cs, toks[i][1])
    elif i >= 0 and toks[i][0] == "," and i > 0:
        # appositive: "Sergei Shoigu, the secretary of the council, said"
        inner = _np_backward(toks, i - 1, loose=True)
        if inner is None or inner[2] < 0 or toks[inner[2]][0] != ",":
            return None
        name = _np_backward(toks, inner[2] - 1)
        if name is not None and _is_cap(toks[name[1]][0]):
            ev.sp = (toks[name[0]][1], toks[name[1]][2])
        elif name is not None and _is_cap(toks[inner[1]][0]):
            # "one of the men, Kim Dong-chul, said": the description, then the name
            ev.sp = (toks[name[0]][1], toks[inner[1]][2])
        else:
            return None
        ev.attach = ev.sp[0]
    else:
        if i < 0:
            return None
        walk = _np_backward(toks, i)
        if walk is None:
            return None
        first, last, stop = walk
        if stop >= 0 and toks[stop][0].lower() in ("who", "which") and stop > 0:
            if toks[stop - 1][0] == ",":
                alt = _np_backward(toks, stop - 2) if stop > 1 else None
                if alt is not None:
                    first, last, stop = alt
        head = toks[last][0]
        low_head = head.lower()
        form = m.group()
        if form.endswith("s") and not form.endswith("ss") and " " not in form:
            # "-s" forms double as plural nouns ("member states alike"): need a named subject,
            # a pronoun, or a clear clause after the verb
            nxt = after_toks[0][0].lower() if after_toks else ""
            if not (_is_cap(head) or low_head in _SUBJECT_PRONOUNS or nxt in ("that", ":")):
                return None
        elif form == lemma.split()[0] and " " not in form:
            # base forms ("say", "report") double as nouns: only after plural subjects
            plural = _plural(low_head) and not _is_cap(head)
            coordinated = any(toks[k][0] == "and" for k in range(first, last))
            if not (low_head in {"they", "we", "i", "you"} or plural or coordinated):
                return None
        ev.sp = (toks[first][1], toks[last][2])
        ev.attach = toks[first][1]
        if stop >= 0 and (toks[stop][0] in ",”»\"" ) and _is_parenthetical_tail(text, ve, ce, tk):
            _post_content(text, ev, toks, stop, cs, closes_own_quote)
            return ev

    if ev.sp is None or text[ev.sp[0] : ev.sp[1]].lower() in _FIRST_SECOND:
        return None  # "I think …" in a column is the author's own voice, not a reported statement
    # Complement: "said (that) …", "told X on Monday that …"
    if not after_toks:
        return ev
    t0 = after_toks[0][0]
    if t0 == ":" or t0 in _QUOTE_MARKS:
        return ev
    content_start = None
    if t0.lower() == "that":
        content_start = after_toks[1][1] if len(after_toks) > 1 else None
    elif comp == "bare" and _is_word(t0) and t0.lower() not in _STOPWORDS | _TIME_WORDS:
        content_start = after_toks[0][1]
    elif comp in ("bare", "that") and (
        lemma in _OBJECT_VERBS or t0.lower() in _PREPOSITIONS | _TIME_WORDS
    ):
        # "told Shoigu on Monday that …", "said in a statement that …" — but not "tweeted a
        # cartoon of that group's leader"
        for n, (tok, _s, _e) in enumerate(after_toks[1:15], start=1):
            if tok.lower() == "that":
                content_start = after_toks[n + 1][1] if n + 1 < len(after_toks) else None
                break
            if not _is_word(tok) or lex.by_form.get(tok):
                break  # punctuation or another reporting verb ends the search
    if content_start is not None and content_start < ce:
        ev.content = (content_start, ce)
    return ev


def _post_content(text, ev, toks, k, cs, closes_own_quote) -> None:
    """Content of a clause-final attribution: from the clause start to the comma / closing mark."""
    mark = toks[k][0]
    end = toks[k][2] if mark in _CLOSE_MARKS + '"' else toks[k][1]
    start = cs
    while start < end and text[start].isspace():
        start += 1
    if end > start:
        # a clause that is exactly one direct quotation is that quotation's attribution, no more
        q = closes_own_quote(start, end)
        if not q:
            ev.content = (start, end)
            ev.post = True


# --------------------------------------------------------------------------------------------
# Speaker normalisation and coreference


def _speaker_kind(surface: str) -> tuple[str, str, list[str]]:
    """Classify a speaker phrase → (category, normalised form, content words).

    category: "pronoun" | "report" (generic source) | "description" | "named".
    """
    toks = [t for t in (m.group() for m in _TOKEN.finditer(surface)) if _is_word(t)]
    while toks and toks[0].lower() in _DETERMINERS:
        toks = toks[1:]
    words = [_bare(t) for t in toks]
    if not toks:
        return "description", surface.strip().lower(), []
    if len(toks) == 1 and toks[0].lower() in _SUBJECT_PRONOUNS:
        return "pronoun", toks[0].lower(), words
    last = toks[-1]
    run: list[int] = []
    if _is_cap(last) and not _is_possessive(last):
        run = [len(toks) - 1]
        k = len(toks) - 2
        while k >= 0 and not _is_possessive(toks[k]) and (
            _is_cap(toks[k]) or toks[k].lower() in _NAME_JOINERS
        ):
            run.insert(0, k)
            k -= 1
        if k >= 1 and toks[k].lower() == "of" and toks[k - 1].islower():
            run = []  # "a classmate of Dzhokhar": the head is the classmate
        elif k >= 1 and toks[k].lower() == "to" and toks[k - 1].lower() in _TITLES and len(run) > 2:
            run = run[1:]  # "Ambassador to Israel Martin Indyk"
    if run:
        names = [toks[n] for n in run]
        # drop what precedes the last title ("Michigan GOP Rep. Mike Rogers" → "Mike Rogers")
        titles = [n for n, t in enumerate(names[:-1]) if t.lower() in _TITLES]
        s = titles[-1] + 1 if titles else 0
        if len(names) == 1 and _demonym(names[0]):
            return "description", names[0].lower(), words  # "Palestinian" alone names no one
        return "named", " ".join(names[s:]), words
    acronyms = [
        n for n, t in enumerate(toks)
        if t.isupper() and len(t) >= 2 and t.isalpha()
        and all(w.lower() in _MEDIA_DESCRIPTORS for w in toks[n + 1 :])
    ]
    if acronyms:
        return "named", toks[acronyms[-1]], words  # "Iran's IRNA government media"
    # descriptions: a media descriptor after a name ("Russia's Zvezda television")
    if last.lower() in _MEDIA_DESCRIPTORS:
        caps = [t for t in toks if _is_cap(t) and not _is_possessive(t) and not _demonym(t)]
        if caps:
            return "named", caps[-1], words
    lowered = " ".join(t.lower() for t in toks)
    if not any(_is_cap(t) for t in toks) and _bare(last) in _REPORT_NOUNS:
        return "report", lowered, words
    return "description", lowered, words


_DEMONYM_END = re.compile(r"(?:ian|ean|ese|ish|i|an)$")


def _demonym(tok: str) -> bool:
    return _is_cap(tok) and not tok.isupper() and bool(_DEMONYM_END.search(tok))


def _words_match(needle: str, hay: Iterable[str]) -> bool:
    for w in hay:
        if w == needle:
            return True
        short, long_ = (w, needle) if len(w) < len(needle) else (needle, w)
        if len(short) >= 4 and long_.startswith(short):
            return True  # "iranian" ~ "iran"
    return False


_GENERIC_ADJ = frozenset("top senior former new other separate same latest second first".split())


def _looks_person(norm: str, words: list[str]) -> bool | None:
    if norm.isupper() or any(w in _ORG_WORDS for w in norm.lower().split()):
        return False
    if len(norm.split()) >= 2:
        return True
    if any(w in _TITLES for w in words):
        return True
    return None


def _resolve_speakers(rows: list[dict], text: str, doc_mentions) -> None:
    """Fill speaker_actor / speaker_norm / antecedent for one document, in text order."""
    history: list[dict] = []  # named speakers seen so far
    cache: dict[tuple[int, int], tuple] = {}
    order = sorted(
        (r for r in rows if r["speaker_start"] is not None), key=lambda r: r["speaker_start"]
    )
    for r in order:
        key = (r["speaker_start"], r["speaker_end"])
        if key not in cache:
            cache[key] = _resolve_one(text, key, history, doc_mentions)
        r["speaker_actor"], r["speaker_norm"], r["antecedent"] = cache[key]


def _resolve_one(text, span, history, doc_mentions):
    surface = text[span[0] : span[1]]
    category, norm, words = _speaker_kind(surface)
    actor, actor_type = _mention_actor(span, text, doc_mentions)
    if actor is not None:
        person = actor_type == "person" if actor_type else _looks_person(norm, words)
        if category == "named" or category == "description":
            history.append({
                "norm": norm, "actor": actor, "person": person, "words": set(words),
                "surface": surface,
            })
        return actor, actor, None
    antecedent = None
    if category == "pronoun" and norm in ("he", "she"):
        antecedent = next((h for h in reversed(history) if h["person"] is not False), None)
    elif category == "report" or (category == "pronoun" and norm == "it"):
        antecedent = next((h for h in reversed(history) if h["person"] is False), None)
    elif category == "description":
        content = [w for w in words if w not in _GENERIC_ADJ]
        if content:
            antecedent = next(
                (h for h in reversed(history) if all(_words_match(w, h["words"]) for w in content)),
                None,
            )
        if antecedent is not None:
            antecedent["words"] |= set(words)
    elif category == "named":
        parts = norm.split()
        antecedent = next(
            (
                h
                for h in reversed(history)
                if h["norm"] != norm and h["norm"].split()[-len(parts) :] == parts
            ),
            None,
        )
        if antecedent is None:
            history.append(
                {
                    "norm": norm,
                    "actor": None,
                    "person": _looks_person(norm, words),
                    "words": set(words),
                    "surface": surface,
                }
            )
    if antecedent is not None:
        key = antecedent["actor"] or antecedent["norm"]
        return antecedent["actor"], key, antecedent["surface"]
    return None, norm, None


def _mention_actor(span, text, doc_mentions) -> tuple[str | None, str | None]:
    """The actor of the mention heading the speaker phrase (ends it, or only descriptors follow)."""
    if doc_mentions is None:
        return None, None
    starts, ends, actors, types = doc_mentions
    s, e = span
    lo = bisect.bisect_left(starts, s)
    best = None
    for k in range(lo, len(starts)):
        if starts[k] >= e:
            break
        if ends[k] > e:
            continue
        tail = text[ends[k] : e]
        if _is_possessive(text[starts[k] : ends[k]]) or tail.startswith(("’s", "'s")):
            continue
        tail_words = [t.lower() for t in re.findall(r"[\w’'\-]+", tail)]
        if all(w in _MEDIA_DESCRIPTORS for w in tail_words):
            best = k
    if best is None:
        return None, None
    return actors[best], types[best] if types is not None else None


# --------------------------------------------------------------------------------------------
# Per-document extraction

_ACCORDING = re.compile(r"(?<![\w-])[Aa]ccording\s+to\s+")


def _doc_quotes(text: str, lex: _Lexicon, doc_mentions) -> list[dict]:
    if not text:
        return []
    sents: list[tuple[int, int]] = []
    for ps, pe in _paragraph_spans(text):
        sents.extend(_sentence_spans(text, ps, pe))
    sent_starts = [s for s, _ in sents]
    direct = quoted_spans(text)
    d_starts = [s for s, _ in direct]

    def sentence_of(pos: int) -> tuple[int, int]:
        k = bisect.bisect_right(sent_starts, pos) - 1
        if k < 0:
            return 0, sents[0][1] if sents else len(text)
        return sents[k]

    def direct_at(pos: int) -> int | None:
        """Index of the direct quotation containing ``pos`` (strictly inside its marks)."""
        k = bisect.bisect_right(d_starts, pos) - 1
        if k >= 0 and direct[k][0] <= pos < direct[k][1]:
            return k
        return None

    def closes_own_quote(start: int, end: int) -> bool:
        """True when the clause [start, end) is, for attribution, one quotation closing at end.

        `“…,” the ministry said.` attributes that quotation and nothing else, also when the
        quotation began in an earlier sentence or follows a sentence the splitter did not cut
        ("… Israel. “the Iranian diplomat …,” IRNA said.").
        """
        k = bisect.bisect_right(d_starts, max(start, end - 1)) - 1
        if k < 0 or direct[k][1] != end:
            return False
        qs = direct[k][0]
        return qs <= start + 1 or re.search(r"[.!?…][\"”’)\]]*\s*$", text[start:qs]) is not None

    def clause_bounds(pos: int) -> tuple[int, int]:
        ss, se = sentence_of(pos)
        ss = max(ss, text.rfind("\n", ss, pos) + 1)  # a line break inside a paragraph ends a clause
        nl = text.find("\n", pos, se)
        if nl != -1:
            se = nl
        k = direct_at(pos)
        if k is not None:
            qs, qe = direct[k]
            ss = max(ss, qs + 1 if text[qs] in _QUOTE_MARKS else qs)
            se = min(se, qe)
        return ss, se

    tk = _TokenIndex(text)
    events: list[_Event] = []
    for m in lex.rx.finditer(text):
        cs, ce = clause_bounds(m.start())
        ev = _event(text, m, lex, cs, ce, closes_own_quote, tk)
        if ev is not None:
            events.append(ev)

    # ", adding …" continues the reporting clause before it: "…,” Mnuchin told NBC, adding that …"
    for prev, ev in zip(events, events[1:]):
        if ev.participle and prev.sp is not None and prev.verb_start >= ev.clause_start:
            ev.sp = prev.sp

    rows: list[dict] = []

    def add(kind, start, end, speaker_span, verb, cls, verb_start):
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.!?…"):
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if end <= start:
            return None
        row = {
            "kind": kind, "start": start, "end": end,
            "speaker_start": speaker_span[0] if speaker_span else None,
            "speaker_end": speaker_span[1] if speaker_span else None,
            "verb": verb, "verb_class": cls, "verb_start": verb_start,
            "speaker_actor": None, "speaker_norm": None, "antecedent": None,
        }
        rows.append(row)
        return row

    # indirect speech; clause-final attributions end where the next one begins
    boundaries = sorted(
        [ev.content[1] for ev in events if ev.post and ev.content]
        + [ev.verb_start for ev in events if ev.participle and ev.sp is not None]
    )
    statements = []
    for ev in events:
        if ev.content is None:
            continue
        s, e = ev.content
        if not ev.post:
            k = bisect.bisect_right(boundaries, s)
            if k < len(boundaries) and boundaries[k] < e:
                e = boundaries[k]
            semi = text.find(";", s, e)
            if semi != -1:
                e = semi
        row = add("indirect", s, e, ev.sp, ev.lemma, ev.cls, ev.verb_start)
        if row is not None:
            statements.append((row, ev.post))

    # according to X
    for m in _ACCORDING.finditer(text):
        ss, se = clause_bounds(m.start())
        toks = tk(m.end(), se)
        fw = _np_forward(toks, 0, limit=12)
        if fw is None:
            continue
        sp = (toks[fw[0]][1], toks[fw[1]][2])
        head = text[ss : m.start()]
        if head.strip(" ,\"“«") == "":
            comma = text.find(",", sp[1], se)
            if comma == -1:
                continue
            span, post = (comma + 1, se), False
        else:
            span, post = (ss, m.start()), True
        row = add("according_to", *span, sp, "according to", lex.according_class, m.start())
        if row is not None:
            statements.append((row, post))

    # direct quotations and their speakers (candidates looked up by offset, not by scanning)
    by_attach = {}
    for ev in events:
        if ev.attach >= 0 and ev.sp is not None:
            by_attach.setdefault(ev.attach, ev)
    speakers = [ev for ev in events if ev.sp is not None and direct_at(ev.verb_start) is None]
    speaker_verbs = [ev.verb_start for ev in speakers]
    outer = [(r, post) for r, post in statements if direct_at(r["verb_start"]) is None]
    outer.sort(key=lambda rp: rp[0]["start"])
    outer_starts = [r["start"] for r, _ in outer]
    direct_rows = []
    for qs, qe in direct:
        ss, _se = sentence_of(qs)
        mid = re.search(r"\w", text[ss:qs]) is not None
        p = qe
        while p < len(text) and text[p] in " \t,":
            p += 1
        post_ev = by_attach.get(p)
        c_stmt = q_stmt = None
        last = bisect.bisect_right(outer_starts, qs) - 1
        for n in range(last, max(-1, last - 64), -1):
            r, post = outer[n]
            if post and q_stmt is None and qe <= r["end"] + 1:
                q_stmt = r  # "… “exert pressure” on Israel, IRNA reported."
            elif not post and c_stmt is None and qs <= r["end"] and r["verb_start"] < qs:
                c_stmt = r  # "Pezeshkian said Israel's “criminal actions” …"
            if c_stmt is not None and q_stmt is not None:
                break
        c_ev = None
        k = bisect.bisect_left(speaker_verbs, qs) - 1
        if k >= 0 and speakers[k].verb_start >= ss and speakers[k].verb_end <= qs:
            c_ev = speakers[k]  # "The governorate said: “…”"
        candidates = []
        for tag in ("C", "E", "P", "Q") if mid else ("P", "C", "E", "Q"):
            if tag == "P" and post_ev is not None:
                candidates.append((post_ev.sp, post_ev.lemma, post_ev.cls, post_ev.verb_start))
            elif tag == "C" and c_stmt is not None:
                candidates.append(_row_attr(c_stmt))
            elif tag == "E" and c_ev is not None:
                candidates.append((c_ev.sp, c_ev.lemma, c_ev.cls, c_ev.verb_start))
            elif tag == "Q" and q_stmt is not None:
                candidates.append(_row_attr(q_stmt))
        choice = candidates[0] if candidates else None
        row = {
            "kind": "direct", "start": qs, "end": qe,
            "speaker_start": choice[0][0] if choice else None,
            "speaker_end": choice[0][1] if choice else None,
            "verb": choice[1] if choice else None,
            "verb_class": choice[2] if choice else None,
            "verb_start": choice[3] if choice else None,
            "speaker_actor": None, "speaker_norm": None, "antecedent": None,
        }
        rows.append(row)
        direct_rows.append(row)

    # “…,” he said. “More.” — a quotation opening a sentence, with no attribution of its own,
    # continues the previous quotation of its paragraph
    para_starts = [s for s, _ in _paragraph_spans(text)]
    prev = None
    for r in direct_rows:
        same_para = prev is not None and bisect.bisect_right(
            para_starts, prev["start"]
        ) == bisect.bisect_right(para_starts, r["start"])
        if (
            r["speaker_start"] is None
            and same_para
            and prev["speaker_start"] is not None
            and not re.search(r"\w", text[sentence_of(r["start"])[0] : r["start"]])
        ):
            for col in ("speaker_start", "speaker_end", "verb", "verb_class", "verb_start"):
                r[col] = prev[col]
        prev = r

    # a quotation left open at the end of a paragraph continues in the next one
    for a, b in zip(reversed(direct_rows[:-1]), reversed(direct_rows[1:])):
        if a["speaker_start"] is None and text[a["end"] - 1] not in _QUOTE_MARKS:
            between = text[a["end"] : b["start"]]
            if between.strip() == "" and "\n" in between:
                for col in ("speaker_start", "speaker_end", "verb", "verb_class", "verb_start"):
                    a[col] = b[col]

    _resolve_speakers(rows, text, doc_mentions)
    _pronouns_from_container(rows, statements, text)
    for r in rows:
        if r["speaker_start"] is not None:
            r["speaker"] = text[r["speaker_start"] : r["speaker_end"]]
        else:
            r["speaker"] = None
        r["text"] = text[r["start"] : r["end"]]
        k = None if r["kind"] == "direct" or r["verb_start"] is None else direct_at(r["verb_start"])
        r["within_span"] = direct[k] if k is not None else None
    return rows


def _pronouns_from_container(rows: list[dict], statements, text: str) -> None:
    """A pronoun subject inside a reported clause refers to that clause's speaker.

    "The Qataris said they hoped that …": "they" → the Qataris.
    """
    containers = [r for r, post in statements if not post and r["speaker_start"] is not None]
    override = {}
    for r in rows:
        if r["speaker_start"] is None or r["verb_start"] is None:
            continue
        span = (r["speaker_start"], r["speaker_end"])
        if text[span[0] : span[1]].lower() not in _SUBJECT_PRONOUNS:
            continue
        inside = [
            c for c in containers
            if c["start"] <= r["verb_start"] < c["end"] and c["speaker_start"] != span[0]
        ]
        if inside:
            c = max(inside, key=lambda c: c["start"])
            override[span] = (
                c["speaker_actor"], c["speaker_norm"], text[c["speaker_start"] : c["speaker_end"]]
            )
    for r in rows:
        span = (r["speaker_start"], r["speaker_end"])
        if span in override:
            r["speaker_actor"], r["speaker_norm"], r["antecedent"] = override[span]


def _row_attr(r: dict):
    return ((r["speaker_start"], r["speaker_end"]), r["verb"], r["verb_class"], r["verb_start"])


def _mentions_index(mentions: pd.DataFrame | None) -> dict:
    if mentions is None:
        return {}
    require_columns(mentions, ["doc_id", "start", "end", "actor"], name="mentions")
    m = mentions.sort_values(["doc_id", "start", "end"], kind="stable")
    has_type = "actor_type" in m.columns
    out = {}
    for doc_id, g in m.groupby("doc_id", sort=False):
        out[doc_id] = (
            g["start"].astype(int).tolist(),
            g["end"].astype(int).tolist(),
            [None if pd.isna(a) else str(a) for a in g["actor"]],
            [None if pd.isna(t) else str(t) for t in g["actor_type"]] if has_type else None,
        )
    return out


# --------------------------------------------------------------------------------------------
# Public API


def quotes(
    articles: pd.DataFrame,
    mentions: pd.DataFrame | None = None,
    *,
    verbs: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Find quotations and reported statements, with speaker and reporting verb.

    Parameters
    ----------
    articles : DataFrame
        Needs ``doc_id`` and ``text``.
    mentions : DataFrame, optional
        Actor mentions (``doc_id, start, end, actor``; ``actor_type`` used when present), e.g. from
        :func:`analysis.actors.actor_mentions`. A speaker phrase headed by a mention gets its actor.
    verbs : DataFrame, optional
        A reporting-verb lexicon (:func:`load_reporting_verbs`); default the shipped one.

    Returns
    -------
    DataFrame
        One row per quotation or statement, in text order: ``doc_id, quote_id, start, end, kind``
        (``direct`` | ``indirect`` | ``according_to``), ``speaker`` (the phrase as written, e.g.
        "the report"), ``speaker_actor`` (canonical actor or None), ``speaker_norm`` (the key
        :func:`attribution` counts: the actor, else the resolved antecedent, else the name or
        lower-cased description), ``antecedent`` (speaker phrase a pronoun/description/generic
        source was resolved to), ``verb`` (lemma), ``verb_class``, ``speaker_start, speaker_end,
        verb_start`` (offsets of the attribution), ``within`` (quote_id of the direct quotation a
        statement was found inside, else NA) and ``text``. Offsets index ``articles.text``; a direct
        quotation's span includes its marks.

    Examples
    --------
    >>> df = pd.DataFrame({"doc_id": ["a"], "text": [
    ...     "“Talks went well,” IRNA claimed. The report said that more talks would follow."]})
    >>> q = quotes(df)
    >>> q[["kind", "speaker", "speaker_norm", "verb", "verb_class"]].values.tolist()
    ... # doctest: +NORMALIZE_WHITESPACE
    [['direct', 'IRNA', 'IRNA', 'claim', 'doubt'],
     ['indirect', 'The report', 'IRNA', 'say', 'neutral']]
    >>> q["text"].tolist()
    ['“Talks went well,”', 'more talks would follow']
    """
    require_columns(articles, ["doc_id", "text"])
    lex = _lexicon(verbs)
    index = _mentions_index(mentions)
    cols: dict[str, list] = {c: [] for c in QUOTE_COLUMNS}
    for doc_id, text in zip(articles["doc_id"], articles["text"]):
        text = text if isinstance(text, str) else ""
        rows = _doc_quotes(text, lex, index.get(doc_id))
        rows.sort(key=lambda r: (r["start"], -r["end"], r["kind"]))
        ids = {}
        for n, r in enumerate(rows):
            if r["kind"] == "direct":
                ids[(r["start"], r["end"])] = n
        for n, r in enumerate(rows):
            cols["doc_id"].append(doc_id)
            cols["quote_id"].append(n)
            cols["within"].append(ids.get(r["within_span"]) if r["within_span"] else None)
            for c in QUOTE_COLUMNS:
                if c not in ("doc_id", "quote_id", "within"):
                    cols[c].append(r[c])
    out = pd.DataFrame(cols, columns=QUOTE_COLUMNS)
    for c in ("quote_id", "start", "end"):
        out[c] = out[c].astype("int64")
    for c in ("speaker_start", "speaker_end", "verb_start", "within"):
        out[c] = pd.array(
            [None if v is None or (isinstance(v, float) and np.isnan(v)) else int(v)
             for v in out[c]],
            dtype="Int64",
        )
    text_cols = ("kind", "speaker", "speaker_actor", "speaker_norm", "antecedent", "verb",
                 "verb_class", "text")
    for c in text_cols:
        out[c] = out[c].astype("string")
    return out


_find_quotes = quotes  # voice_spans takes a parameter named ``quotes``


def _merged_spans(quotes: pd.DataFrame, kinds: Iterable[str]) -> pd.DataFrame:
    """Union of the quote spans of the given kinds, per document (doc_id as str, start, end)."""
    q = quotes
    if "kind" in q.columns:
        q = q[q["kind"].isin(list(kinds))]
    q = pd.DataFrame({
        "doc_id": q["doc_id"].astype(str).to_numpy(),
        "start": q["start"].astype("int64").to_numpy(),
        "end": q["end"].astype("int64").to_numpy(),
    }).sort_values(["doc_id", "start", "end"], kind="stable")
    if q.empty:
        return q
    reach = q.groupby("doc_id", sort=False)["end"].cummax()
    prev = reach.groupby(q["doc_id"], sort=False).shift(1)
    new = prev.isna() | (q["start"] > prev)
    group = new.cumsum()
    merged = q.assign(group=group.to_numpy()).groupby("group", sort=True).agg(
        doc_id=("doc_id", "first"), start=("start", "min"), end=("end", "max")
    )
    return merged.reset_index(drop=True)


def voice(
    rows: pd.DataFrame, quotes: pd.DataFrame, *, kinds: Iterable[str] = ("direct",)
) -> pd.Series:
    """Whose voice each span is in: "quoted" if it lies inside a quotation, else "own".

    Parameters
    ----------
    rows : DataFrame
        Any table of spans with ``doc_id, start, end`` (mentions, sentences, kwic hits …).
    quotes : DataFrame
        The output of :func:`quotes` (or any ``doc_id, start, end`` table of quoted spans).
    kinds : iterable of str
        Which quote kinds count as quoted voice; by default only direct quotations (indirect speech
        is worded by the outlet).

    Returns
    -------
    Series
        "own" / "quoted", aligned with ``rows.index`` (name ``voice``).

    Examples
    --------
    >>> art = pd.DataFrame({"doc_id": ["a"], "text": ["Israel said “the Zionist regime” fell."]})
    >>> rows = pd.DataFrame({"doc_id": ["a", "a"], "start": [0, 16], "end": [6, 30]})
    >>> voice(rows, quotes(art)).tolist()
    ['own', 'quoted']
    """
    require_columns(rows, ["doc_id", "start", "end"], name="rows")
    require_columns(quotes, ["doc_id", "start", "end"], name="quotes")
    spans = _merged_spans(quotes, kinds)
    result = pd.Series("own", index=rows.index, name="voice", dtype="string")
    if rows.empty or spans.empty:
        return result
    left = pd.DataFrame({
        "doc_id": rows["doc_id"].astype(str).to_numpy(),
        "start": rows["start"].astype("int64").to_numpy(),
        "end": rows["end"].astype("int64").to_numpy(),
        "pos": np.arange(len(rows)),
    }).sort_values("start", kind="stable")
    right = spans.rename(columns={"start": "q_start", "end": "q_end"}).sort_values(
        "q_start", kind="stable"
    )
    hit = pd.merge_asof(
        left, right, left_on="start", right_on="q_start", by="doc_id", direction="backward"
    )
    inside = (hit["q_end"].notna() & (hit["end"] <= hit["q_end"])).to_numpy()
    values = np.full(len(rows), "own", dtype=object)
    values[hit["pos"].to_numpy()[inside]] = "quoted"
    return pd.Series(values, index=rows.index, name="voice", dtype="string")


def voice_spans(
    articles: pd.DataFrame,
    quotes: pd.DataFrame | None = None,
    *,
    kinds: Iterable[str] = ("direct",),
) -> pd.DataFrame:
    """Partition every text into own-voice and quoted spans (no gaps, no overlaps).

    Parameters
    ----------
    articles : DataFrame
        Needs ``doc_id`` and ``text``.
    quotes : DataFrame, optional
        The output of :func:`quotes`; default: direct quotation spans found in ``articles``.
    kinds : iterable of str
        Quote kinds that count as quoted voice (default only ``direct``; see :func:`voice`).

    Returns
    -------
    DataFrame
        ``doc_id, start, end, voice, text``; per document the spans are in order, contiguous and
        cover ``text`` from 0 to its length.

    Examples
    --------
    >>> art = pd.DataFrame({"doc_id": ["a"], "text": ['He said "no" twice.']})
    >>> voice_spans(art)[["start", "end", "voice", "text"]].values.tolist()
    [[0, 8, 'own', 'He said '], [8, 12, 'quoted', '"no"'], [12, 19, 'own', ' twice.']]
    """
    require_columns(articles, ["doc_id", "text"])
    kinds = tuple(kinds)
    by_doc: dict[str, list[tuple[int, int]]] = {}
    if quotes is None and kinds == ("direct",):
        compute = True
    else:
        compute = False
        if quotes is None:
            quotes = _find_quotes(articles)
        spans = _merged_spans(quotes, kinds)
        for doc_id, s, e in zip(spans["doc_id"], spans["start"], spans["end"]):
            by_doc.setdefault(doc_id, []).append((int(s), int(e)))
    cols: dict[str, list] = {"doc_id": [], "start": [], "end": [], "voice": [], "text": []}

    def emit(doc_id, text, s, e, v):
        cols["doc_id"].append(doc_id)
        cols["start"].append(s)
        cols["end"].append(e)
        cols["voice"].append(v)
        cols["text"].append(text[s:e])

    for doc_id, text in zip(articles["doc_id"], articles["text"]):
        text = text if isinstance(text, str) else ""
        qs = quoted_spans(text) if compute else by_doc.get(str(doc_id), [])
        pos = 0
        for s, e in qs:
            s, e = max(s, pos), min(e, len(text))
            if e <= s:
                continue
            if s > pos:
                emit(doc_id, text, pos, s, "own")
            emit(doc_id, text, s, e, "quoted")
            pos = e
        if pos < len(text):
            emit(doc_id, text, pos, len(text), "own")
    out = pd.DataFrame(cols)
    for c in ("start", "end"):
        out[c] = out[c].astype("int64")
    return out


def attribution(
    quotes: pd.DataFrame,
    articles: pd.DataFrame,
    by: str = "outlet",
    *,
    nested: bool = False,
    unattributed: bool = False,
) -> pd.DataFrame:
    """Who each group (outlet) quotes, and with which reporting verb.

    A count is one *reporting act*: an attribution clause ("…,” IRNA claimed") counts once however
    many quotation rows it covers (a quote split over paragraphs, a partial quote inside the
    indirect statement it belongs to).

    Parameters
    ----------
    quotes : DataFrame
        Output of :func:`quotes`.
    articles : DataFrame
        Needs ``doc_id`` and the ``by`` column.
    by : str
        Grouping column of ``articles`` (default ``"outlet"``).
    nested : bool
        Also count statements found inside direct quotations (IRNA quoting Bagheri Kani, quoted by
        the Jerusalem Post). Off by default: the outlet quotes IRNA.
    unattributed : bool
        Keep quotations with no speaker found, as speaker "(unattributed)".

    Returns
    -------
    DataFrame
        ``<by>, speaker, verb, verb_class, count`` (reporting acts), ``quotes`` (rows),
        ``articles`` (articles with at least one), ``group_acts`` (all reporting acts of the group)
        and ``share`` = count / group_acts; sorted by count desc, then by the keys.

    Examples
    --------
    >>> art = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": [
    ...     "“Yes,” IRNA claimed. “No,” IRNA said. “Maybe,” IRNA said."]})
    >>> attribution(quotes(art), art)[["outlet", "speaker", "verb", "count"]].values.tolist()
    [['X', 'IRNA', 'say', 2], ['X', 'IRNA', 'claim', 1]]
    """
    require_columns(quotes, ["doc_id", "speaker", "verb"], name="quotes")
    require_columns(articles, ["doc_id", by])
    q = quotes.copy()
    if not nested and "within" in q.columns:
        q = q[q["within"].isna()]
    key = q["speaker_norm"] if "speaker_norm" in q.columns else q["speaker"]
    key = key.where(key.notna(), q["speaker"].map(_norm_surface, na_action="ignore"))
    q = q.assign(speaker=key)
    if unattributed:
        q["speaker"] = q["speaker"].fillna("(unattributed)")
        q["verb"] = q["verb"].fillna("(none)")
    else:
        q = q[q["speaker"].notna()]
    if "verb_class" not in q.columns:
        q["verb_class"] = None
    q["verb_class"] = q["verb_class"].astype(object).where(q["verb_class"].notna(), "(none)")
    groups = articles[["doc_id", by]].drop_duplicates("doc_id")
    q = q.merge(groups, on="doc_id", how="left")
    if "verb_start" in q.columns and "speaker_start" in q.columns:
        act = q["doc_id"].astype(str) + ":" + q["speaker_start"].astype(str) + ":" + q[
            "verb_start"
        ].astype(str)
        loose = q["speaker_start"].isna() | q["verb_start"].isna()
        act = act.where(~loose, act + ":" + pd.Series(range(len(q)), index=q.index).astype(str))
    else:
        act = pd.Series(range(len(q)), index=q.index).astype(str)
    q = q.assign(act=act.to_numpy())
    keys = [by, "speaker", "verb", "verb_class"]
    if q.empty:
        return pd.DataFrame(columns=keys + ["count", "quotes", "articles", "group_acts", "share"])
    out = (
        q.groupby(keys, dropna=False, sort=False)
        .agg(count=("act", "nunique"), quotes=("act", "size"), articles=("doc_id", "nunique"))
        .reset_index()
    )
    totals = q.groupby(by, dropna=False)["act"].nunique().rename("group_acts")
    out = out.merge(totals, left_on=by, right_index=True, how="left")
    out["share"] = out["count"] / out["group_acts"]
    out = out.sort_values(
        ["count", by, "speaker", "verb"], ascending=[False, True, True, True], kind="stable"
    )
    return out.reset_index(drop=True)


def _norm_surface(surface: str) -> str:
    return _speaker_kind(surface)[1]
