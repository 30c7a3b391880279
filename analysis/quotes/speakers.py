"""Attribution clauses for :mod:`analysis.quotes`: a reporting verb, its speaker and its content.

Internal to :func:`analysis.quotes.quotes`. Texts are tokenised once (``_TokenIndex``); for each
reporting-verb hit ``_event`` walks back over the subject noun phrase before the verb ("Iran's
President Masoud Pezeshkian told …"), reads the speaker after an inverted verb ("…,” said Smith")
or the subject of the clause a participle continues (", adding …"), and finds the reported clause
of indirect speech ("said (that) …", "…, IRNA reported."). Closed word classes stand in for a
parser, so no model is needed; the method is described in the :mod:`analysis.quotes` docstring.
"""

from __future__ import annotations

import bisect
import re

# --------------------------------------------------------------------------------------------
# Word lists for the noun-phrase walk (closed classes; no model needed)

_TOKEN = re.compile(
    r"(?=[A-Za-z])(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Prof|Adm|Maj|Cmdr|Rev|St|Jr"
    r"|Sr)\.(?=\s)|(?:[A-Za-z]\.){2,})"  # abbreviations ("Mr.", "U.S."), tried only at a letter
    r"|[^\W_][\w’'\-]*(?:\.(?=\w)[\w’'\-]*)*|--|[^\w\s]"  # words ("Dzhokhar", "No.1"), marks
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


# unions of the classes above, built once (``x in A | B`` would build the union at every test)
_ROLE_NOUNS_FAMILIAR = _ROLE_NOUNS | {"familiar", "close"}
_DETERMINERS_OF = _DETERMINERS | {"of"}
_OPEN_MARKS_Q = _OPEN_MARKS + '"'
_CLOSE_MARKS_Q = _CLOSE_MARKS + '"'
_INTRO_PREP_TIME = _INTRO | _PREPOSITIONS | _TIME_WORDS
_PREP_TIME = _PREPOSITIONS | _TIME_WORDS
_PREP_TIME_LATER = _PREP_TIME | {"earlier", "later"}
_STOP_NOT_PREP = _STOPWORDS - _PREPOSITIONS
_STOP_TIME = _STOPWORDS | _TIME_WORDS
_ADV_AUX_NEG = _ADV_AUX | _NEGATIONS
_INTRO_TIME = _INTRO | _TIME_WORDS


def _first_second(phrase: str) -> bool:
    """The author's or reader's own voice: "I", "we", "you", also contracted ("I’ll", "we’ve")."""
    return phrase.lower().split("’")[0].split("'")[0] in _FIRST_SECOND


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
    """The tokens of one text, computed on first use (most text holds no reporting verb and is
    never tokenised); ``tk(start, end)`` gives the tokens inside a window. With ``segment_of``
    (position → the span of its sentence) a window inside one sentence is served from that
    sentence's tokens, else from its lines'. Tokens never span whitespace, and a sentence or line
    begins after whitespace, so either way the tokens are those of the whole text."""

    def __init__(self, text: str, segment_of=None):
        self.text = text
        self.segment_of = segment_of
        self._lines: list[int] | None = None
        self.cache: dict[int, tuple[list, list[int]]] = {}
        self.segments: dict[int, tuple[int, list, list[int]]] = {}

    @property
    def lines(self) -> list[int]:
        if self._lines is None:
            self._lines = [0] + [m.end() for m in _NEWLINE.finditer(self.text)]
        return self._lines

    def _line(self, k: int) -> tuple[list, list[int]]:
        got = self.cache.get(k)
        if got is None:
            e = self.lines[k + 1] if k + 1 < len(self.lines) else len(self.text)
            toks = _tokens(self.text, self.lines[k], e)
            got = self.cache[k] = (toks, [t[1] for t in toks])
        return got

    def __call__(self, start: int, end: int) -> list[tuple[str, int, int]]:
        if self.segment_of is not None:
            ss, se = self.segment_of(start)
            if ss <= start and end <= se:
                got = self.segments.get(ss)
                if got is None or got[0] != se:
                    # one character past the end: look-aheads see the whitespace after it
                    toks = _tokens(self.text, ss, min(se + 1, len(self.text)))
                    got = self.segments[ss] = (se, toks, [t[1] for t in toks])
                _se, toks, starts = got
                lo = bisect.bisect_left(starts, start)
                hi = bisect.bisect_left(starts, end, lo)
                if hi > lo and toks[hi - 1][2] > end:
                    hi -= 1
                return toks[lo:hi]
        k0 = bisect.bisect_right(self.lines, start) - 1
        k1 = bisect.bisect_right(self.lines, max(start, end - 1)) - 1
        out: list[tuple[str, int, int]] = []
        for k in range(max(k0, 0), k1 + 1):
            toks, starts = self._line(k)
            lo = bisect.bisect_left(starts, start)
            hi = bisect.bisect_left(starts, end, lo)
            if hi > lo and toks[hi - 1][2] > end:
                hi -= 1  # a token running past the window's end is not inside it
            out.extend(toks[lo:hi])
        return out


_NEWLINE = re.compile(r"\n")


# --------------------------------------------------------------------------------------------
# Speech events: a reporting verb with its subject and (for indirect speech) its content


class _Event:
    __slots__ = (
        "verb_start", "verb_end", "lemma", "cls", "sp", "content", "post", "clause_start",
        "attach", "participle", "obj", "coord", "cut",
    )

    def __init__(self, verb_start, verb_end, lemma, cls):
        self.verb_start, self.verb_end, self.lemma, self.cls = verb_start, verb_end, lemma, cls
        self.sp: tuple[int, int] | None = None  # speaker phrase span
        self.content: tuple[int, int] | None = None  # reported clause (indirect speech)
        self.post = False  # content precedes the verb ("…, IRNA reported.")
        self.clause_start = verb_start
        self.attach = -1  # where an attribution clause begins (right after a closing mark)
        self.participle = False  # ", adding …": a new reporting act inside the same sentence
        self.obj = False  # content is the object of the verb, not a reported clause
        self.coord = -1  # "… and warned …": where the coordinated reporting act begins
        self.cut = -1  # "X, who said Y, said …": the comma that ends the relative clause's content


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
                and (loose or toks[j - 2][0].lower() in _ROLE_NOUNS_FAMILIAR)
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
            if j + 1 <= i and _is_number(toks[j + 1][0]) and (
                low in _APPROXIMATE or (low == "in" and j > 0 and _is_number(toks[j - 1][0]))
            ):
                j -= 1  # "about four in 10 voters said", "six in 10 say": a share of a poll
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
    while out and toks[out[-1]][0].lower() in _DETERMINERS_OF:
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
    while last > 0 and toks[last][0].lower() in _DETERMINERS_OF:
        last -= 1
    return 0, last


def _clause_subject(tk, start: int, end: int) -> tuple[int, int] | None:
    """Subject of the clause that begins at ``start`` (for "…, saying" and "… and said")."""
    toks = tk(start, end)
    k = 0
    if k < len(toks) and toks[k][0] in _OPEN_MARKS_Q:
        k += 1
    head = [t[0] for t in toks[k : k + 15]]
    dateline = head and head[0].isupper() and len(head) > 1 and head[1] == ":"  # "MOSCOW:"
    if head and (head[0].lower() in _INTRO or dateline):
        stop = next((n for n, t in enumerate(head) if t in ",:"), None)
        if stop is not None and stop < 12:
            k += stop + 1
        else:
            while k < len(toks) and (
                toks[k][0].lower() in _INTRO_PREP_TIME
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


def _relative_subject(toks, i: int) -> tuple[int, int] | None:
    """Subject before a relative clause closed by the comma at ``i``: "Barkley, who said he
    votes Democratic, said …" → Barkley."""
    for k in range(i - 1, max(-1, i - 30), -1):
        if toks[k][0] == ",":
            if k + 1 < i and toks[k + 1][0].lower() in ("who", "whose") and k > 0:
                walk = _np_backward(toks, k - 1)
                if walk is not None and _is_cap(toks[walk[1]][0]):
                    return toks[walk[0]][1], toks[walk[1]][2]
            return None
    return None


def _is_parenthetical_tail(text: str, pos: int, end: int, tk, obj: bool = False) -> bool:
    """After an attribution verb: end of clause, or a short adverbial then end ("on June 17.");
    with ``obj`` (tell, inform …) also a short object first ("…, Obama told his adviser.")."""
    if _PARENTHETICAL_TAIL.match(text[pos:end]):
        return True
    toks = tk(pos, min(end, pos + 120))
    if obj and toks and (_is_cap(toks[0][0]) or toks[0][0].lower() in _DETERMINERS
                         or toks[0][0].lower() in ("reporters", "me", "us", "him", "her")):
        for tok, _s, _e in toks[:6]:
            if tok in ",.;!?…" or tok in _CLOSE_MARKS:
                return True
            if tok.lower() in _STOPWORDS:
                break
    if not toks or toks[0][0].lower() not in _PREP_TIME_LATER:
        return False
    for n, (tok, _s, _e) in enumerate(toks[:8]):
        if tok in ",.;!?…" or tok in _CLOSE_MARKS:
            return True
        if n and tok.lower() in _STOP_NOT_PREP:
            return False
    return len(toks) <= 8


_DASHES = ("—", "--", "–")
_COLON_QUOTE = re.compile(r"\s*:\s*[\"“«']")
_PRONOUN_BE = re.compile(r"(?:[Hh]e|[Ss]he|[Ii]t)[’']s|(?:[Tt]hey|[Ww]e)[’']re")


def _drop_aside(toks: list) -> list:
    """Tokens before a verb without a parenthesis or dashed aside that ends right before it:
    "Sen. Bernie Sanders (I-Vt.) said", "Many speakers — including Jews — said"."""
    last = toks[-1][0] if toks else ""
    if last == ")" or last in _DASHES:
        opener = "(" if last == ")" else None
        for k in range(len(toks) - 2, max(-1, len(toks) - 30), -1):
            tok = toks[k][0]
            if (opener and tok == opener) or (opener is None and tok in _DASHES):
                return toks[:k] if k > 0 else toks
    return toks


def _event(text, vs, ve, lex, cs, ce, closes_own_quote, tk) -> _Event | None:
    """Build a speech event for the verb form at ``[vs, ve)`` inside clause bounds ``[cs, ce)``."""
    form = text[vs:ve]
    lemma, cls, comp = lex.lookup(form)
    if text[max(0, vs - 6) : vs] == "Story ":
        return None  # CNN's "Story highlights" box
    ev = _Event(vs, ve, lemma, cls)
    ev.clause_start = cs
    first_word = form.split()[0]
    is_ing = first_word.endswith("ing")
    toks = _drop_aside(tk(max(cs, vs - 200), vs))
    i = len(toks) - 1
    while i >= 0 and (toks[i][0].lower() in _ADV_AUX_NEG or _is_adverb(toks[i][0])):
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
        elif low in _BE and lemma == "quote as saying":
            i -= 1  # "Trump was quoted as saying …": the subject of the passive is the speaker
        elif is_ing and low in _BE and i >= 1:
            i -= 1  # progressive: "Trump is demanding …" (the -ing form after be is no participle)
            is_ing = False
            while i >= 0 and (toks[i][0].lower() in _ADV_AUX or _is_adverb(toks[i][0])):
                i -= 1
        elif is_ing and _PRONOUN_BE.fullmatch(toks[i][0]):
            # "He’s claiming …": split the contraction, the pronoun is the speaker
            t, s0, _e = toks[i]
            pron = t.split("’")[0].split("'")[0]
            toks = toks[:i] + [(pron, s0, s0 + len(pron))]
            is_ing = False
        elif low in _BE or low == "to" or (low == "as" and is_ing):
            return None  # passive, infinitive, "quoted as saying"
    after_toks = tk(ve, min(ce, ve + 160))
    if after_toks and after_toks[0][0].lower() == "by":
        return None  # passive participle: "the figure reported by …"

    # Inverted attribution: `“…,” said X.` / `…, says Palestinian Authority`
    if i >= 0 and toks[i][0] in ",”»\"" and after_toks and not is_ing and comp != "np":
        # (verbs that take an object never invert: ", condemned the genocide perpetrated by …")
        fw = _inverted_np(after_toks)
        if fw is not None and not _is_cap(after_toks[fw[1]][0]):
            head_tok = after_toks[fw[1]][0].lower()
            if head_tok not in _ROLE_NOUNS and head_tok.rstrip("s") not in _ROLE_NOUNS:
                fw = None  # ", said his survey of Republicans showed …": not a speaker
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
        ev.coord = toks[i - 1][1] if i > 0 and toks[i - 1][0] == "," else toks[i][1]
    elif i >= 0 and toks[i][0] == "," and i > 0 and _relative_subject(toks, i) is not None:
        ev.sp = _relative_subject(toks, i)
        ev.attach = ev.sp[0]
        ev.cut = toks[i][1]
    elif i >= 0 and toks[i][0] == "," and i > 0:
        # appositive: "Sergei Shoigu, the secretary of the council, said"
        inner = _np_backward(toks, i - 1, loose=True)
        if inner is None or inner[2] < 0 or toks[inner[2]][0] != ",":
            # a longer appositive: "Pete Seat, an Indiana GOP consultant whose firm …, said"
            name = _appositive_name(toks, i)
            if name is None:
                return None
            ev.sp = (toks[name[0]][1], toks[name[1]][2])
            ev.attach = ev.sp[0]
            inner = None
        if inner is None:
            pass
        elif (name := _np_backward(toks, inner[2] - 1)) is not None and _is_cap(
                toks[name[1]][0]):
            ev.sp = (toks[name[0]][1], toks[name[1]][2])
        elif name is not None and _is_cap(toks[inner[1]][0]):
            # "one of the men, Kim Dong-chul, said": the description, then the name
            ev.sp = (toks[name[0]][1], toks[inner[1]][2])
        elif (name := _appositive_name(toks, i)) is not None:
            ev.sp = (toks[name[0]][1], toks[name[1]][2])  # "Yin Myint May, 60, a doctor, said"
        else:
            return None
        ev.attach = ev.sp[0]
    else:
        if i < 0:
            return None
        relative = toks[i][0].lower() in ("who", "which") and i > 0
        if relative:
            # "Priebus, who has said …", "groups who say …": the speaker is the antecedent
            walk = _antecedent(toks, i - 2 if toks[i - 1][0] == "," else i - 1)
        else:
            walk = _np_backward(toks, _before_time(toks, i))
        if walk is None:
            return None
        first, last, stop = walk
        if relative:
            stop = -1
        for k in range(last - 1, first - 1, -1):
            w = toks[k][0]
            if w.islower() and w in lex.by_form and w != lex.by_form[w][0] and not w.endswith(
                    ("s", "ing")):  # a past form ("said", "suggested"), not "state media"
                first = k + 1  # "… at the time said he’d asked": no reporting verb in a subject
                break
        if stop >= 0 and toks[stop][0].lower() in ("who", "which") and stop > 0:
            if toks[stop - 1][0] == ",":
                alt = _np_backward(toks, stop - 2) if stop > 1 else None
                if alt is not None:
                    first, last, stop = alt
        head = toks[last][0]
        low_head = head.lower()
        if lemma in _NAMING_VERBS and not (
            _is_cap(head) or low_head in _SUBJECT_PRONOUNS or low_head in _ROLE_NOUNS
        ):
            return None  # "a website called Cape Breton …": a participle, not a speech act
        clause_next = _starts_clause(after_toks)
        if form.endswith("s") and not form.endswith("ss") and " " not in form:
            # "-s" forms double as plural nouns ("member states alike"): need a named subject,
            # a pronoun, or a clear clause after the verb
            nxt = after_toks[0][0].lower() if after_toks else ""
            if not (_is_cap(head) or low_head in _SUBJECT_PRONOUNS or nxt in ("that", ":")
                    or clause_next or low_head in _SPEAKER_HEADS):
                return None
        elif form == lemma.split()[0] and " " not in form:
            # base forms ("say", "report") double as nouns: only after plural subjects, or when
            # a clause plainly follows ("Aides to Clinton say she is …")
            plural = (_plural(low_head) and (not _is_cap(head) or low_head in _SPEAKER_HEADS)
                      ) or _is_number(head) or low_head in _SHARES
            coordinated = any(toks[k][0] == "and" for k in range(first, last))
            if not (low_head in {"they", "we", "i", "you"} or plural or coordinated
                    or (clause_next and (_plural(low_head) or _is_cap(head)))):
                return None
        ev.sp = (toks[first][1], toks[last][2])
        ev.attach = toks[first][1]
        if _first_second(text[ev.sp[0] : ev.sp[1]]):
            return None  # the author's own voice ("By signing up, you agree …")
        if stop >= 0 and (toks[stop][0] in ",”»\"") and not _COLON_QUOTE.match(
            text, ve, ce) and _is_parenthetical_tail(text, ve, ce, tk, obj=lemma in _OBJECT_VERBS):
            # (", Trump said: “…”" introduces the quotation after the colon, not the clause)
            _post_content(text, ev, toks, stop, cs, closes_own_quote)
            return ev

    if ev.sp is None or _first_second(text[ev.sp[0] : ev.sp[1]]):
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
    elif comp == "bare" and _is_word(t0) and (
        t0.lower() not in _STOP_TIME or t0.lower() in _CLAUSE_WORDS
    ):
        content_start = after_toks[0][1]
    elif comp in ("bare", "that") and (
        lemma in _OBJECT_VERBS or t0.lower() in _PREP_TIME
    ):
        # "told Shoigu on Monday that …", "said in a statement that …" — but not "tweeted a
        # cartoon of that group's leader"
        for n, (tok, _s, _e) in enumerate(after_toks[1:15], start=1):
            if tok.lower() == "that":
                content_start = after_toks[n + 1][1] if n + 1 < len(after_toks) else None
                break
            if not _is_word(tok) or lex.by_form.get(tok):
                break  # punctuation or another reporting verb ends the search
    if (content_start is None and comp in ("np", "that") and _is_word(t0)
            and t0.lower() not in _STOP_TIME and not ev.post):
        # "criticized the ruling", "called for a ban": what the speech act is about (kind object)
        content_start = after_toks[0][1]
        ev.obj = True
    if content_start is not None and content_start < ce:
        ev.content = (content_start, ce)
    return ev


def _post_content(text, ev, toks, k, cs, closes_own_quote) -> None:
    """Content of a clause-final attribution: from the clause start to the comma / closing mark."""
    mark = toks[k][0]
    end = toks[k][2] if mark in _CLOSE_MARKS_Q else toks[k][1]
    start = cs
    while start < end and text[start].isspace():
        start += 1
    if end > start:
        # a clause that is exactly one direct quotation is that quotation's attribution, no more
        q = closes_own_quote(start, end)
        if not q:
            ev.content = (start, end)
            ev.post = True


_NAMING_VERBS = frozenset("call dub label".split())
#: heads of subject phrases that name speakers: with them an "-s" or base form is a verb
#: ("One protest organizer says …", "Leading Democrats say …"), not a plural noun
_SPEAKER_HEADS = (_ROLE_NOUNS - {"member", "members", "head", "chief", "general"}) | frozenset(
    """candidate candidates nominee nominees campaign organizer organizers voter voters supporter
    supporters critic critics ally allies friend friends democrats republicans conservatives
    liberals advocates opponents observers insiders strategists pollsters""".split())
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten dozen".split())
_APPROXIMATE = frozenset("about over around under".split())
_SHARES = frozenset("percent half third thirds quarter majority minority many most some few "
                    "both all".split())


def _is_number(tok: str) -> bool:
    return tok.isdigit() or tok.lower() in _NUMBER_WORDS or tok.endswith("%")


def _before_time(toks, i: int) -> int:
    """Index of the last token before a time adverbial that ends at ``i`` ("Clinton on Tuesday
    said", "Trump last week said"), or ``i`` itself when there is none."""
    j, n = i, 0
    while j >= 0 and n < 4 and (toks[j][0].lower() in _TIME_WORDS or (
            n and toks[j][0].isdigit()) or (n and toks[j][0].rstrip(".").lower() in _TIME_WORDS)):
        j -= 1
        n += 1
    if n == 0 or not any(toks[k][0].lower() in _WEEK_WORDS for k in range(j + 1, i + 1)):
        return i
    if j >= 0 and toks[j][0].lower() in ("on", "in", "at", "earlier", "late", "early"):
        j -= 1
    if j >= 0 and _is_word(toks[j][0]) and toks[j][0].lower() not in _STOPWORDS:
        return j
    return i


_WEEK_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday week month
    year night morning evening afternoon yesterday today""".split())


def _appositive_name(toks, i: int) -> tuple[int, int, int] | None:
    """The capitalised name opening the clause before a long appositive that ends with the comma
    at ``i`` ("Rep. Bobby Scott (D-Va.), ranking member of … and one of …, said"; "Lance Beebe, 49,
    a Navy veteran who …, said"): up to three commas and 45 tokens back, no quotation mark."""
    commas = 0
    for k in range(i - 1, max(0, i - 45), -1):
        t = toks[k][0]
        if t in _QUOTE_MARKS:
            return None
        if t != ",":
            continue
        commas += 1
        if commas > 3:
            return None
        j = k - 1
        if j > 0 and toks[j][0] == ")":  # "Rep. Bobby Scott (D-Va.),"
            j = next((n for n in range(j - 1, max(-1, j - 8), -1) if toks[n][0] == "("), 0) - 1
        name = _np_backward(toks, j) if j >= 0 else None
        if name is not None and _is_cap(toks[name[1]][0]) and not _demonym(toks[name[1]][0]) and (
                name[2] < 0 or toks[0][0].lower() in _INTRO_TIME):
            return name
    return None


def _antecedent(toks, k: int) -> tuple[int, int, int] | None:
    """The noun phrase a relative pronoun after token ``k`` refers to: the subject walk, else the
    run of capitalised words before it ("a reaction from President Barack Obama, who …")."""
    if k < 0 or not _is_word(toks[k][0]):
        return None
    walk = _np_backward(toks, k)
    if walk is not None:
        return walk
    j = k
    while j >= 0 and _is_word(toks[j][0]) and (
            _is_cap(toks[j][0]) or toks[j][0].lower() in _NAME_JOINERS) and k - j < 6:
        j -= 1
    if j == k or not _is_cap(toks[j + 1][0]):
        return None
    return j + 1, k, j
_CLAUSE_WORDS = frozenset("there if it this what how why whether".split())
_CLAUSE_OPENERS = frozenset("he she they it we i you there this the his her their its".split())
_PRONOUN_OPENERS = frozenset("he she they it we i you there".split())


def _starts_clause(after_toks) -> bool:
    """True when the words after a verb plainly open a clause: a subject pronoun, a determiner
    followed by a word, or a capitalised name followed by a lower-case word ("Trump is …")."""
    if len(after_toks) < 2:
        return False
    t0, t1 = after_toks[0][0], after_toks[1][0]
    if ("’" in t0 or "'" in t0) and t0.lower().split("’")[0].split("'")[0] in _PRONOUN_OPENERS:
        return True  # "he’ll", "they're"
    if t0.lower() in _CLAUSE_OPENERS and _is_word(t1):
        return True
    return _is_cap(t0) and t0.lower() not in _STOPWORDS and t1.islower() and t1 not in _STOPWORDS


_DEMONYM_END = re.compile(r"(?:ian|ean|ese|ish|i|an)$")


def _demonym(tok: str) -> bool:
    return _is_cap(tok) and not tok.isupper() and bool(_DEMONYM_END.search(tok))
