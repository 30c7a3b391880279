"""Word classes and tokens for :mod:`analysis.quotes`: closed classes that stand in for a parser.

Internal to :func:`analysis.quotes.quotes`. ``_TOKEN`` splits text into words (keeping "Mr.",
"U.S.", "No.1" whole) and marks; ``_TokenIndex`` tokenises one text on first use and serves the
tokens of any window. The frozensets (determiners, pronouns, prepositions, role nouns, titles,
report nouns, organisation words …) and the small predicates on tokens (``_is_cap`` …) are
shared by the noun-phrase walks, the speech events, the extraction and the people resolver.
"""

from __future__ import annotations

import bisect
import re

# --------------------------------------------------------------------------------------------
# Word lists for the noun-phrase walk (closed classes; no model needed)

#: words and marks, stated plainly: abbreviations ("Mr.", "U.S.", a middle initial after a
#: name: "Stanley B. Greenberg"), tried only at a letter; words ("Dzhokhar", "No.1", "S&P",
#: "AT&T"); "--"; any other mark. ``_TOKEN`` finds the same tokens faster.
_TOKEN_PLAIN = re.compile(
    r"(?=[A-Za-z])(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Prof|Adm|Maj|Cmdr|Rev|St|Jr"
    r"|Sr)\.(?=\s)|(?:[A-Za-z]\.){2,}(?:-[a-z]+)?|(?<=[a-z] )[A-Z]\.(?=\s[A-Z][a-z]))"
    r"|[^\W_][\w’'\-]*(?:\.(?=\w)[\w’'\-]*|&(?=[A-Z])[\w’'\-]*)*|--|[^\w\s]"
)
#: the scan: the abbreviations are tried only where one to four letters and a period follow
#: (every abbreviation begins so), and a word's runs are possessive (``*+``: nothing after a
#: word can fail, so the engine never needs to give characters back, and keeps no backtracking
#: state). Same tokens as ``_TOKEN_PLAIN`` (tested on PolNeAR, AllSides and random text);
#: ≈ 20 % less time in the engine, ≈ 10-14 % less per tokenised sentence (issue 15, seventh
#: round).
_TOKEN = re.compile(
    r"(?=[A-Za-z]{1,4}\.)(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Prof|Adm|Maj|Cmdr|Rev"
    r"|St|Jr|Sr)\.(?=\s)|(?:[A-Za-z]\.){2,}(?:-[a-z]+)?|(?<=[a-z] )[A-Z]\.(?=\s[A-Z][a-z]))"
    r"|[^\W_][\w’'\-]*+(?:\.(?=\w)[\w’'\-]*+|&(?=[A-Z])[\w’'\-]*+)*+|--|[^\w\s]"
)
_OPEN_MARKS = "“«"
_CLOSE_MARKS = "”»"
_QUOTE_MARKS = "\"“”«»"
_DETERMINERS = frozenset("the a an this these those its his her their our my your".split())
#: words that open a description before an appositive name ("One pastor …, Darran Whiting, said")
_DESCRIPTION_OPENERS = _DETERMINERS | frozenset(("one", "another"))
_SUBJECT_PRONOUNS = frozenset("he she they it we i you".split())
_FIRST_SECOND = frozenset("i we you".split())
_OBJECT_PRONOUNS = frozenset("them him us me".split())  # case-sensitive: "US" is a country
_NEGATIONS = frozenset("not never n't no".split())
_BE = frozenset("is was are were be been being am".split())
#: a base form after emphatic "do" is a verb, not a noun ("The mayor did tell reporters …"); not
#: after a modal, whose speech acts are often hypothetical ("the winner will claim", "Applicants
#: must promise")
_EMPHATIC_DO = frozenset("do does did".split())
_ADV_AUX = frozenset(
    """also further later earlier previously repeatedly reportedly again recently then once still
    already just publicly openly separately frequently often has have had will would could can
    may might shall should must did does do has've 've 'd ’ve ’d too even long always afterwards
    afterward instead meanwhile first""".split()
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
    dr. dr prof. prof sheikh king queen prince emir sultan rear admiral commander gen. gen col. rev
    col lt. lt maj. maj capt. capt former late top senior chairman director ayatollah mayor rev.
    judge justice premier mp mpp mla councillor economist analyst professor attorney lawyer author
    historian pollster strategist columnist commentator journalist reporter activist sir dame lord
    lady baroness baron congressman congresswoman cardinal archbishop bishop rabbi imam""".split()
) | {"reverend", "pastor", "solicitor", "barrister"}
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
    aid relief organization organisation committee party army forces union nations bank company
    corp inc group university institute court house kremlin pentagon embassy guard corps reuters
    press radio television tv times post journal network channel foundation commission parliament
    assembly cabinet administration movement front brigade brigades league association coalition
    alliance federation society bureau caucus chamber tribunal conference convention summit
    forum festival trust fund board centre center consulting holdings securities partners""".split()
)
_NAME_JOINERS = frozenset("bin ibn al el de del da van von der di abu".split())
_INTRO = frozenset("""in on at during after before meanwhile however but and also earlier later
    separately then since though although while when last this critically overall moreover
    additionally for with furthermore as amid despite following yesterday today according
    likewise similarly instead indeed nonetheless nevertheless elsewhere still thus therefore
    otherwise notably outside inside near from across under throughout beyond behind upon
    among against afterward afterwards subsequently initially eventually nearby oh uh""".split())
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
_PREP_TIME_LATER = _PREP_TIME | {"earlier", "later", "early", "late"}
_STOP_NOT_PREP = _STOPWORDS - _PREPOSITIONS
_STOP_TIME = _STOPWORDS | _TIME_WORDS
_ADV_AUX_NEG = _ADV_AUX | _NEGATIONS
_INTRO_TIME = _INTRO | _TIME_WORDS


def _first_second(phrase: str) -> bool:
    """The author's or reader's own voice: "I", "we", "you", also contracted ("I’ll", "we’ve")."""
    return phrase.lower().split("’")[0].split("'")[0] in _FIRST_SECOND


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "ous")) and (
        word not in _SINGULAR_S)


#: nouns in -s that are singular or mass nouns ("a news report", "the politics of …")
_SINGULAR_S = frozenset("news politics economics series species means physics".split())


#: words in -ly that are nouns or adjectives, not manner adverbs: "… who came to the rally say",
#: "the elderly say" (Quirk et al. 1985, §7.46: -ly adjectives; nouns whose stem ends in -l/-ll)
_LY_NOT_ADVERBS = frozenset("""rally ally family assembly supply reply bully belly jelly folly
    anomaly monopoly homily tally gully lily butterfly melancholy elderly ugly holy lonely lovely
    friendly costly deadly silly jolly curly wily""".split())


def _is_adverb(tok: str) -> bool:
    """A lower-case -ly word that is no -ly noun or adjective ("quickly", not "rally"); "only"."""
    return (len(tok) > 4 and tok.endswith("ly") or tok == "only") and tok.islower() and (
        tok not in _LY_NOT_ADVERBS)


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper() or tok[:3] in ("al-", "el-") and tok[3:4].isupper()  # "al-Sisi"


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
    return _tokens_starts(text, start, end)[0]


_GROUP, _START, _END = re.Match.group, re.Match.start, re.Match.end


def _tokens_starts(text: str, start: int, end: int) -> tuple[list[tuple[str, int, int]], list[int]]:
    """The (token, start, end) of ``text[start:end]`` and the token starts, built by ``map`` and
    ``zip`` over the matches (no bytecode per token: ≈ 5 % faster than a comprehension)."""
    found = list(_TOKEN.finditer(text, start, end))
    starts = list(map(_START, found))
    return list(zip(map(_GROUP, found), starts, map(_END, found))), starts


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
        # the sentence served last: most windows fall in the sentence of the window before
        self._last: tuple[int, int, list, list[int]] = (-1, -1, [], [])

    @property
    def lines(self) -> list[int]:
        if self._lines is None:
            self._lines = [0] + [m.end() for m in _NEWLINE.finditer(self.text)]
        return self._lines

    def _line(self, k: int) -> tuple[list, list[int]]:
        got = self.cache.get(k)
        if got is None:
            e = self.lines[k + 1] if k + 1 < len(self.lines) else len(self.text)
            got = self.cache[k] = _tokens_starts(self.text, self.lines[k], e)
        return got

    def __call__(self, start: int, end: int) -> list[tuple[str, int, int]]:
        ls, le, toks, starts = self._last
        if ls <= start and end <= le:
            lo = bisect.bisect_left(starts, start)
            hi = bisect.bisect_left(starts, end, lo)
            if hi > lo and toks[hi - 1][2] > end:
                hi -= 1
            return toks[lo:hi]
        if self.segment_of is not None:
            ss, se = self.segment_of(start)
            if ss <= start and end <= se:
                got = self.segments.get(ss)
                if got is None or got[0] != se:
                    # one character past the end: look-aheads see the whitespace after it
                    got = self.segments[ss] = (se, *_tokens_starts(
                        self.text, ss, min(se + 1, len(self.text))))
                _se, toks, starts = got
                self._last = (ss, se, toks, starts)
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
# Word lists of the phrase walks and speech events

_OBJECT_VERBS = frozenset("tell inform assure warn remind notify convince persuade ask".split())
_QUANTIFIERS = frozenset("one some many several both all two three most each none".split())
_PARENTHETICAL_TAIL = re.compile(r"\s*(?:[,.;!?…:)\]]|$)")
_DASHES = ("—", "--", "–")
_COLON_QUOTE = re.compile(r"\s*:\s*[\"“«']")
_PRONOUN_BE = re.compile(r"(?:[Hh]e|[Ss]he|[Ii]t)[’']s|(?:[Tt]hey|[Ww]e)[’']re")

_NAMING_VERBS = frozenset("call dub label".split())
#: heads of subject phrases that name speakers: with them an "-s" or base form is a verb
#: ("One protest organizer says …", "Leading Democrats say …"), not a plural noun
_SPEAKER_HEADS = (_ROLE_NOUNS - {"member", "members", "head", "chief", "general"}) | frozenset(
    """candidate candidates nominee nominees campaign organizer organizers voter voters supporter
    supporters critic critics ally allies friend friends democrats republicans conservatives
    liberals advocates opponents observers insiders strategists pollsters commentators
    economists analysts experts""".split())
#: third-person forms of verbs of saying that are never plural nouns ("says", "argues"): after any
#: subject they are the finite verb, unlike "states", "claims", "reports" or "calls", which may be
#: nouns ("member states alike"); chosen from the shipped lexicon (reporting_verbs.csv), leaving
#: out verbs of thought and the ones with a non-speech sense ("adds to", "continues to",
#: "threatens to")
_VERB_ONLY_S = frozenset("""says tells explains responds informs describes asks reveals
    acknowledges admits concedes confirms discloses emphasizes emphasises insists reiterates
    affirms reaffirms asserts maintains declares contends argues swears warns assures alleges
    insinuates suggests implies denies accuses criticizes criticises condemns denounces proposes
    dubs cites complains testifies dismisses mocks recommends decries apologizes apologises
    announces writes""".split())


def _present_forms(lemma: str) -> tuple[str, str, str]:
    base = lemma.split()[0]
    return base, base + "s", base + "es"


def _noun_like_s(form: str) -> bool:
    """True for a one-word "-s" form that may be a plural noun ("states", not "says")."""
    return form.endswith("s") and not form.endswith("ss") and form not in _VERB_ONLY_S and (
        " " not in form)


def _plural_head(toks, head: str, form: str) -> bool:
    """True when the subject head reads as a plural before the base form ``form``: lower-case,
    a known speaker noun ("Critics"), or capitalised only because it opens the sentence, before a
    base form that is no noun ("Economists say …"; not "Jobs report …")."""
    low = head.lower()
    return _plural(low) and (not _is_cap(head) or low in _SPEAKER_HEADS or (
        toks[0][0] == head and head[1:].islower() and form + "s" in _VERB_ONLY_S))


#: words of a resolved description that are no role of the person ("the same senator")
_GENERIC_ROLE_WORDS = frozenset("former other same new latest top senior first".split())
_JOINERS = frozenset("de van von bin al del da di le la".split())

#: common nouns that introduce a firm or body by name ("oil giant Yukos", "brewer Heineken")
_BODY_INTRO = (r"firm|company|giant|group|bank|carrier|airline|maker|carmaker|drugmaker|planemaker|"
               r"retailer|operator|insurer|brewer|producer|agency|broadcaster|network|exchange|"
               r"conglomerate|chain|supermarket|lender|regulator|watchdog")
_BODY_SUFFIX = r"Inc|Corp|Corporation|plc|PLC|Ltd|AG|SA|NV|LLC|Group|Holdings|Co"


def _body_label(text: str, name: str, bodies=frozenset()) -> str | None:
    """``name`` as a body's label when the article treats it as a firm or body, else None: one
    word another phrase referred back to as a body (``bodies``: "Yukos … the company"), a name
    after a noun of one ("oil firm Yukos", "brewer Heineken") or a "-based" adjective
    ("Frankfurt-based Deutsche Boerse" → "Deutsche Boerse"), or before a company suffix ("Marsh
    Inc").

    >>> _body_label("Brewer Heineken said so.", "Heineken"), _body_label("Smith said.", "Smith")
    ('Heineken', None)
    """
    if not name.strip():
        return None
    if " " not in name and name in bodies:
        return name
    based = _BASED_LABEL.match(name)
    if based:  # "Frankfurt-based Deutsche Boerse", "Brewer Heineken" (a sentence's capital)
        return name[based.end():]
    return name if _introduced_as_body(text, name) else None


def _body_labels(text: str, names, bodies=frozenset()) -> dict[str, str]:
    """:func:`_body_label` of each of ``names`` (the person labels of one document), those that
    are bodies: name → label."""
    found = {name: _body_label(text, name, bodies) for name in names}
    return {name: label for name, label in found.items() if label}


_BASED_LABEL = re.compile(rf"(?:[\w-]+-based|(?i:{_BODY_INTRO}))\s+(?=[A-Z])")
#: nouns of a firm, as a set, and the company suffixes after a name
_BODY_INTRO_WORDS = frozenset(_BODY_INTRO.split("|"))
_SUFFIX_AFTER = re.compile(rf"\s+(?:{_BODY_SUFFIX})\b")


def _introduces_body(word: str) -> bool:
    return word.lower() in _BODY_INTRO_WORDS or word.endswith("-based")


def _introduced_as_body(text: str, name: str) -> bool:
    """True when some whole-word occurrence of ``name`` follows a noun of a firm or a "-based"
    adjective, with at most one capitalised word between ("oil giant Yukos", "Frankfurt-based
    Deutsche Boerse") or precedes a company suffix ("Marsh Inc"): a look at the words around
    each occurrence (``str.find``), not a scan of the text per name; asked once per document
    and name (:func:`_body_labels`)."""
    i = text.find(name)
    while i >= 0:
        end = i + len(name)
        if (i == 0 or not text[i - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            before = text[max(0, i - 40):i].split()[-2:]
            if any(_introduces_body(w) for w in before[-1:]) or (
                    len(before) == 2 and before[1][:1].isupper() and before[1][-1].isalnum()
                    and _introduces_body(before[0])):  # "oil giant Russian Yukos"
                return True
            if _SUFFIX_AFTER.match(text, end):
                return True
        i = text.find(name, end)
    return False


_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten dozen".split())
_APPROXIMATE = frozenset("about over around under".split())
_SHARES = frozenset("percent half third thirds quarter majority minority many most some few "
                    "both all".split())


def _is_number(tok: str) -> bool:
    return tok.isdigit() or tok.lower() in _NUMBER_WORDS or tok.endswith("%")


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_WEEK_WORDS = _WEEKDAYS | frozenset(
    "week month year night morning evening afternoon yesterday today".split())
#: finite verbs that agree with a plural subject ("…, wages were flat", "claim many have …")
_PLURAL_FINITE = frozenset("are were have had will would could can should may might must".split())

_CLAUSE_WORDS = frozenset("there if it this what how why whether".split())
_CLAUSE_OPENERS = frozenset("he she they it we i you there this the his her their its".split())
_PRONOUN_OPENERS = frozenset("he she they it we i you there".split())

_DEMONYM_END = re.compile(r"(?:ian|ean|ese|ish|i|an)$")


def _demonym(tok: str) -> bool:
    return _is_cap(tok) and not tok.isupper() and bool(_DEMONYM_END.search(tok))

#: documents and messages a speaker issues: "issued a statement saying …", "sent an email
#: saying …" — the participle reports what the document says, so its speaker is the subject of
#: the clause that issued it (a light-verb construction, Quirk et al. 1985, §17.52 reduced
#: relative; Levin 1993 §37.1 message nouns)
_DOCUMENT_NOUNS = frozenset("""statement statements letter letters email emails e-mail memo
    message messages note video ad advertisement release post tweet tweets op-ed column
    declaration""".split())


#: pronouns that name the one told or called ("told him", "called them back")
_HEARER_PRONOUNS = frozenset("me him her us them you".split())


def _hearer_end(after_toks, pronouns=_HEARER_PRONOUNS, marks: bool = False,
                stop: frozenset = frozenset()) -> int:
    """How many tokens after "tell"/"call" name its hearer: a pronoun of ``pronouns`` (1), or
    up to six capitalised tokens ("Fox News", "Sen. Sanders"; with ``marks`` also quotation
    marks, "told “Meet the Press”"), stopping at a word of ``stop``; 0 when no hearer is there.
    The hearer is the first object of these verbs (Levin 1993 §37.2, §29.3)."""
    if after_toks and after_toks[0][0].lower() in pronouns:
        return 1
    k = 0
    while k < min(len(after_toks), 6) and (
            _is_cap(after_toks[k][0]) or (marks and after_toks[k][0] in _QUOTE_MARKS)) and (
            after_toks[k][0].lower() not in stop):
        k += 1
    return k


#: first words of publications and programmes ("The Daily Telegraph", "Weekly Standard",
#: "Morning Edition"): no given name
_PUBLICATION_WORDS = frozenset("daily weekly morning evening nightly sunday".split())


#: one capitalised word left as a speaker that is no one's name: a weekday, an adverb or
#: participle that opened the sentence ("Speaking in Ohio, …", "Yet …"); directions are bodies
#: or regions (``_LONE_BODIES``)
_NO_SPEAKER_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday today
    yesterday tonight yet even instead still also now then meanwhile however speaking according
    asked democratic republican everybody everyone nobody just hours days
    weeks months years""".split()) | _STOPWORDS

#: words of a speaker phrase that leave no name when they are all it has ("Late Thursday",
#: "Shortly", "It’s"): days and sentence adverbs
_OPENERS = _NO_SPEAKER_WORDS | frozenset("""late shortly later earlier soon last next this it’s
    it's that’s that's there’s there's here’s here's what’s what's""".split())


#: a sentence adverb or a common participle that opens a name run ("Ultimately Bush", "Having
#: McCain", "Using Twitter", "Understated Perez", "Embattled Weiner"): no given name (by their
#: endings: not "Anatoly", "Vitaly", "Khaled", "Rasheed"; those of the census list are kept too)
_ADVERB_OR_PARTICIPLE = re.compile(
    r"[A-Z][a-z]{2,}(?:ally|ately|ently|antly|ously|ively|fully|ably|ibly|ctly|stly|rtly|arly|"
    r"edly|ngly)|[A-Z][a-z]{3,}(?:at|it|ct|tl|bl|er|ac|us|rn|wn|ss)ed|(?:Having|Using|Being|Following|Speaking|Citing|Noting|Adding|Calling|"
    r"Pressing|Asking|Saying|Writing|Referring|Responding|Echoing|Praising|Criticizing|"
    r"Criticising|Befriending|Challenging|Discussing|Meeting|Visiting|Addressing|"
    r"[A-Z][a-z]{4,}(?:ting|ding|sing|king|ling|ving|ring|zing))")  # "Entrusting Donald Trump"
#: generational suffixes after a name, with or without a period ("Jr.", "Harry Harris Jr", "III")
_NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())
#: a name token joining two names ("Ali-Joe" of "the Muhammad Ali-Joe Frazier fight")
_JOINED = re.compile(r"[A-Z][\w’']*-[A-Z]")


#: Chinese, Korean and Vietnamese family names, written first in English-language news ("Kim
#: Jong Un", then "Kim"; AP style for Asian names)
_FAMILY_FIRST = frozenset("""Kim Lee Park Choi Choe Jung Jeong Kang Cho Yoon Jang Lim Han Moon Ban
    Ri Ro Roh Hwang Shin Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Hu Guo He Lin
    Gao Luo Zheng Liang Xie Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu
    Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Lu Jin Fu Zhong Nguyen Tran Le Pham Hoang Vo Dang Bui
    Ngo Duong""".split())

#: role nouns that are no common surnames (not "King", "Judge", "Major", "Speaker")
_TITLE_CASE_ROLES = frozenset("""pollster strategist columnist commentator journalist reporter
    activist economist analyst professor attorney lawyer author historian spokesman spokeswoman
    spokesperson adviser advisor executive director chairman chairwoman candidate nominee
    anchor editor treasurer ambassador envoy senator governor mayor congressman congresswoman
    lawmaker""".split())
