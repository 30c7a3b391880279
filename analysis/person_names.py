"""Is a capitalised name a person's? The built-in candidate heuristic and its evidence rules.

:func:`heuristic_spans` (used by :func:`analysis.actor_dictionary.candidate_spans` when spaCy is
not asked for) finds capitalised sequences ("Ariel Quiros", "Pershing Square", "Sen. Ted Cruz",
"George W. Bush") in a text. A sequence is a person's name when a title stands before it ("Sen.",
"Mr.", "President", "Police Commissioner") — the title is cut off — or when
:func:`person_evidence` gives another reason, as news writes names:

* ``given name`` — its first word is a common given name (``resources/given_names.csv``: the
  given names of at least 0.004 % of the people in the 1990 US census, 2,715 of them, minus
  words that are more often months, states, places or common nouns: "May", "Virginia", "Will";
  plus "Christian");
* ``initials`` — an initial stands before its last word ("Elez B. Biberaj", "E.J. Dionne"):
  the forms of English personal names with initials (places and organisations take none);
* ``age or party`` — an age or a party tag follows it: "Lance Beebe, 49,", "Claire McCaskill
  (D-Mo.)";
* ``role before`` — a lower-case noun of a person's role precedes it: "the gastroenterologist
  Harold Bornstein", "host Alex Marlow";
* ``role after`` — an apposition after it holds such a noun or an office ("Walid Muallem, the
  foreign minister,", "Maeve Sherlock, chief executive of …");
* ``surname alone`` — its last word recurs in the same text on its own (not after "the", not
  inside another capitalised sequence), as people are named after their first mention:
  "Angelique Brunner … Brunner said"; ``first name speaks`` — its first word does, as the
  subject of a speech verb (a family name written first: "Choe Sun Hui … Choe said").

Initials ("John F. Kelly", "J. Christopher Stevens") stay inside a name; a generational suffix
("Jr.", "III") is dropped from its end. No rule applies to a sequence with a word of a place, an
organisation, a date or a group ("Quicken Loans Arena", "Labor Day", "American Muslims"), nor to
one written in capitals. Bylines and credits ("Follow X", "X contributed reporting", "X reported
from Kabul", a name alone on its line) are not people of the story (:func:`is_credit`).
Entity typing from such internal and contextual evidence follows the gazetteer-and-context
features of classic named-entity recognisers (e.g. Ratinov & Roth 2009, "Design challenges and
misconceptions in named entity recognition", CoNLL); the forms of names follow English naming
conventions as style guides state them (AP Stylebook entries "middle initials", "Jr., Sr.",
"titles").
"""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

from .person_credits import is_credit  # noqa: F401  (part of this module's API)

RESOURCES = Path(__file__).resolve().parent / "resources"

#: words that make a capitalised sequence a place, an organisation, an event or a group
NOT_PERSON_WORDS = frozenset(
    """day days week act acts party club center centre college university school academy
    hall street avenue road square park county city state states island islands lake river bay
    beach mountain valley hotel arena stadium tower house senate congress court church temple
    foundation fund institute association council committee commission league series bowl cup
    award awards prize times post news journal press review magazine network tv radio show
    report poll group company corporation inc llc llp ltd partners capital management bank
    department ministry agency office service services security administration board union
    movement campaign coalition alliance force forces army navy guard corps convention
    conference summit amendment clause treaty program project center fire station airport
    hospital clinic church mosque synagogue street north south east west new united american
    americans african european asian muslim muslims christian christians jewish jews catholic
    catholics latino latinos hispanic hispanics democrat democrats democratic republican
    republicans conservative conservatives liberal liberals evangelicals white black world war
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december spring summer fall winter islam
    christianity judaism hinduism buddhism sunni sunnis shia shiite shiites kurds kurdish
    orthodox arabs""".split()
)
#: words that end a place's or a firm's name, never a surname, after a word that is also a title
#: ("General", "King", "Prince"): "Toronto General Hospital", "Prince Edward Island"
_INSTITUTION_WORDS = frozenset("""hospital clinic street avenue road square island islands lake
    river bay mountain valley hotel arena stadium airport station college university school
    academy institute motors electric dynamics""".split())
#: lower-case nouns of a person's role that may stand right before a name
PERSON_NOUNS = frozenset(
    """host co-host anchor reporter correspondent columnist writer author editor producer
    director actor actress singer rapper comedian star musician artist poet novelist
    historian economist scientist physicist professor scholar analyst strategist pollster
    consultant adviser advisor aide spokesman spokeswoman spokesperson lawyer attorney
    prosecutor judge doctor physician surgeon gastroenterologist nurse pastor reverend rabbi
    imam priest bishop businessman businesswoman billionaire investor entrepreneur founder
    chairman chairwoman executive ceo president candidate nominee challenger opponent rival
    senator congressman congresswoman lawmaker governor mayor activist organizer organiser
    student teacher officer sergeant detective agent soldier veteran widow widower mother
    father son daughter wife husband brother sister niece nephew uncle aunt grandson
    granddaughter journalist blogger commentator moderator coach player quarterback
    manager owner developer""".split()
)
#: nouns of an office or a sport's role, which name a person too before or after a name
#: ("Bank of Japan chief Toshihiko Fukui", "Walid Muallem, the foreign minister,")
_OFFICE_NOUNS = frozenset("""minister chief head leader secretary ambassador envoy commander
    official deputy premier diplomat negotiator chancellor member boss captain skipper striker
    midfielder defender goalkeeper winger athlete sprinter jumper runner boxer champion composer
    pianist guitarist designer photographer dancer""".split())
_ROLE_NOUNS = PERSON_NOUNS | _OFFICE_NOUNS
#: after a name: ", [the|a|Name's] up to three words, then a role noun"
_AFTER_COMMA = re.compile(r"(?:[’']s)?,\s+(?:(?:a|an|the)\s+|(?:[A-Z][\w.\-]*\s+)*[A-Z][\w.\-]*"
                          r"[’']s?\s+)?((?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*)")
_ROLE_THEN_COMMA = re.compile(r"\b(?:[Aa]n?|[Tt]he|[A-Z][\w’']*[’']s)\s+((?:[a-z][\w\-]*\s+)*?"
                              r"[a-z][\w\-]*)(?:\s+of\s+[^,.;]{0,60})?,\s+\Z")
_AGE_OR_PARTY = re.compile(r"(?:[’']s)?(?:,\s*\d{1,3},|\s*\((?:[DRI]|Dem|Rep|Ind)[-–.,])")
_ROLE_BEFORE = re.compile(r"\b([a-z][a-z-]+)\s+\Z")
#: capitalised words of a role that may open a sequence before a name: "House Speaker Philip Gunn"
ROLE_WORDS = frozenset(
    """chairman chairwoman chair congressman congresswoman director mayor sheriff treasurer
    speaker judge democrat republican delegate commissioner attorney general secretary leader
    host anchor coach""".split()
)
_TITLE_WORDS = frozenset(
    """mr mrs ms miss dr sen rep gov gen lt col sgt prof rev president senator governor
    secretary mayor judge justice speaker chancellor minister""".split()
)
#: capitalised words of an office that stand before a name like a title: "Police Commissioner
#: Richard Ross", "Clark County Sheriff Joe Lombardo", "Filmmaker Jack Marino"
ROLE_TITLES = frozenset(
    """mayor sheriff chairman chairwoman chair commissioner judge recorder director
    spokesman spokeswoman spokesperson speaker leader anchor host co-host moderator
    co-moderator coach treasurer comptroller superintendent alderman councilman councilwoman
    assemblyman assemblywoman congressman congresswoman delegate filmmaker billionaire
    businessman businesswoman pastor reverend rabbi imam founder co-founder ceo strategist
    pollster adviser advisor aide economist professor analyst correspondent columnist
    justice""".split()
)

# --- the capitalised sequences of the heuristic --------------------------------------------

#: titles and role words that make the capitalised name after them a person's
TITLES = frozenset(
    """president minister secretary general gen admiral sheikh king prince mr mrs ms dr sir
    lord lady ayatollah chancellor senator representative governor spokesperson spokesman
    spokeswoman commander chief deputy ambassador envoy sen sens rep reps gov govs lt col sgt
    capt cmdr adm maj prof rev amb atty supt cpl pvt premier mp mpp mla councillor dame
    baroness baron""".split()
)
#: titles that are surnames too, after a given name ("Larry King", "Jeffrey Lord")
_TITLE_SURNAMES = frozenset("King Lord Prince".split())
STOP = frozenset(
    """the a an in on at but and or of to for from with by as if when while though although
    after before during since meanwhile critically overall this that these those it he she they
    we his her their its our there here however also then so yet only even just now still
    perhaps maybe indeed instead""".split()
)
CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""".split()
)
ORG_WORDS = frozenset(
    """ministry council organization organisation agency party corps authority bank department
    committee union group army forces force news television tv radio university company inc
    ltd corporation association federation commission court parliament assembly front movement
    brigades guard guards office institute foundation fund""".split()
)
GEO = frozenset("East West North South Middle Central New Upper Lower Greater".split())
#: a capitalised word: "McCain", "DeSantis", "O’Neill" are one word
CAP = (r"(?:[A-Z](?:[a-z]{1,2}[A-Z]|['’][A-Z])?[a-z\u00DF-\u024F]+(?:-[A-Za-z\u00C0-\u024F]+)*"
       r"|[A-Z]{2,}[0-9]*)")
LINK = r"(?:al|el|bin|ibn|bint|de|del|der|van|von|da|di|du|la|le|abu|of)"
#: a title written with a full stop ("Sen.", "Mrs."): part of the sequence, then cut off
_ABBREVIATED = (r"(?:Mrs|Mr|Ms|Dr|Sens?|Reps?|Govs?|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Maj|Prof|Rev"
                r"|Amb|Atty|Supt|Cpl|Pvt)\.")
_INITIALS = r"[A-Z]\.(?:[A-Z]\.){0,2}"  # "F.", "E.J.", "J.R.R."
#: capitalised words that open a sentence: an initial before one ends the sentence ("Plan B. The")
_OPENERS = r"(?:The|A|An|In|On|At|But|And|Or|It|He|She|They|We|This|That|His|Her|There|If|So)\b"
_INSIDE = rf"{LINK}[ \u00a0]|{_ABBREVIATED}[ \u00a0]|{_INITIALS}[ \u00a0](?!{_OPENERS})"
SEQUENCE = re.compile(
    rf"(?:{_ABBREVIATED}[ \u00a0]|{_INITIALS}[ \u00a0](?!{_OPENERS})(?=[A-Z][a-z]))*{CAP}"
    rf"(?:[ \u00a0](?:{_INSIDE})*{CAP})*"
)
_INITIAL_TOKEN = re.compile(_INITIALS)
_RANKS = frozenset("cpl sgt lt col capt pvt maj gen cmdr adm supt".split())
#: a capitalised compound adjective before a name: "Bracknell-based", "State-owned"
_HYPHEN_ADJECTIVE = re.compile(r"[A-Z][\w’']*-(?:based|owned|led|backed|run|born|controlled|"
                               r"funded|made|listed|registered|linked|affiliated)")
#: words of places and groups that are common surnames after a given name ("Julian White")
_SURNAMES_TOO = frozenset("white black hall king west north cross green young brown islam".split())
_SUFFIXES = frozenset("jr sr ii iii iv".split())
#: abbreviations of places and bodies that look like initials
_PLACE_INITIALS = frozenset("U.S. U.N. U.K. E.U. D.C. L.A. N.Y. N.J. S.C. N.C. N.H.".split())


def heuristic_spans(text: str):
    """Capitalised sequences of ``text`` as ``(start, end, kind)``, kind "person",
    "organisation" or "unknown": leading function words, titles and role words cut off (a title
    makes the rest a person's name), a trailing "Jr." or "III" dropped.

    Examples
    --------
    >>> t = "Later Sen. Ted Cruz met George W. Bush Jr. and Police Chief Ann Roe."
    >>> [(t[s:e], k) for s, e, k in heuristic_spans(t)]
    [('Ted Cruz', 'person'), ('George W. Bush', 'person'), ('Ann Roe', 'person')]
    """
    for m in SEQUENCE.finditer(text):
        tokens = [(t.group(), m.start() + t.start()) for t in re.finditer(r"\S+", m.group())]
        while tokens and (tokens[0][0].lower() in STOP or tokens[0][0] in _PLACE_INITIALS
                          or _HYPHEN_ADJECTIVE.fullmatch(tokens[0][0])):
            tokens.pop(0)  # ("Only Shaun Wright-Phillips", "Bracknell-based Exel")
        while tokens and (tokens[-1][0].lower() in _SUFFIXES
                          or _INITIAL_TOKEN.fullmatch(tokens[-1][0])):
            tokens.pop()
        if len(tokens) > 1 and tokens[0][0] not in given_names() and written_lower(
                text, tokens[0][0]) and (tokens[1][0] in given_names() or len(
                tokens) == 2 and ends_other_name(text, tokens[1][0], tokens[0][0])):
            tokens.pop(0)  # "Absent Trump, …", "Rival Hillary Clinton": a word, then the name
        surname = False
        if (not tokens or not any(c.islower() for t, _ in tokens for c in t)  # acronyms, headings
                or tokens[-1][0].lower().rstrip(".") in TITLES and not (
                    surname := len(tokens) > 1 and tokens[-1][0] in _TITLE_SURNAMES
                    and tokens[-2][0] in given_names())):  # "Russian Foreign Minister" (not
            continue  # "Mervyn King", "Jeffrey Lord": a given name, then a surname)
        titles = [i for i, (t, _) in enumerate(tokens[: len(tokens) - surname])
                  if t.lower().rstrip(".") in TITLES]
        tokens = tokens[titles[-1] + 1:] if titles else tokens
        cut = 0 if titles else name_after_role([t for t, _ in tokens], text)
        if cut:  # "House Speaker Philip Gunn", "Republican Rick Lazio": a role, then a name
            tokens, titles = tokens[cut:], [cut - 1]
        if titles and tokens and tokens[0][0] == "of" and tokens[2:3] \
                and tokens[2][0] in given_names():  # "Secretary of State John Kerry"
            tokens = tokens[2:]
        if (not tokens or tokens[0][0].lower() in STOP
                or all(t.lower() in CALENDAR for t, _ in tokens)):
            continue
        if len(tokens) < 2 and not titles:
            continue
        of = [t for t, _ in tokens].index("of") if "of" in [t for t, _ in tokens] else 0
        if of and (titles or of > 1 and tokens[0][0] in given_names()):
            tokens = tokens[:of]  # "Mr. Altman of Evercore", "Frank G. Jackson of Cleveland"
        words = {t.lower() for t, _ in tokens}
        start, end = tokens[0][1], tokens[-1][1] + len(tokens[-1][0])
        kind = "organisation" if words & ORG_WORDS else "person" if titles else "unknown"
        if kind == "person" and words & _INSTITUTION_WORDS:
            kind = "unknown"  # "Toronto General Hospital", "General Motors", "King Street"
        elif kind == "unknown" and person_evidence(text, start, end):
            kind = "person"  # a given name, an age, a role noun before it, its surname alone
        yield start, end, kind


def written_lower(text: str, word: str) -> bool:
    """True when ``text`` writes ``word`` in lower case as a word of its own somewhere: a common
    word capitalised by its place ("Absent Trump, …", a headline's "Fault Ted Cruz"), which no
    given name is (the document's own case evidence, as in truecasing: Lita et al. 2003).

    Examples
    --------
    >>> written_lower("Absent Trump, the stage was empty; he was absent.", "Absent")
    True
    >>> written_lower("Donald Trump spoke.", "Donald")
    False
    """
    low = word.lower()
    if low == word or not low.isalpha():
        return False
    i = text.find(low)
    while i >= 0:
        if not text[i - 1 : i].isalpha() and not text[i + len(low) : i + len(low) + 1].isalpha():
            return True
        i = text.find(low, i + 1)
    return False


def ends_other_name(text: str, word: str, before: str) -> bool:
    """True when ``word`` ends another capitalised pair in ``text`` than ``before word``: a
    surname the article also writes with its given name ("Absent Trump" beside "Donald Trump"),
    not the second word of a body ("Liberal Party", "Economic Cooperation").

    >>> ends_other_name("Donald Trump spoke. Absent Trump, …", "Trump", "Absent")
    True
    """
    return any(m.group(1) != before for m in re.finditer(
        rf"\b([A-Z][\w’'-]*) {re.escape(word)}\b", text))


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The given names of ``resources/given_names.csv`` (capitalised: "Mary", "Jean-Marc")."""
    return frozenset(given_name_sex())


@functools.lru_cache(maxsize=1)
def given_name_sex() -> dict[str, str]:
    """Given name → "m" / "f" / "u" (both) from ``resources/given_names.csv`` (the 1990 US census
    list): the gender evidence of a first name ("Gloria" f, "Dennis" m, "Jesse" either)."""
    with open(RESOURCES / "given_names.csv", encoding="utf-8", newline="") as fh:
        return {row["name"]: row["sex"] for row in csv.DictReader(fh)}


@functools.lru_cache(maxsize=8192)
def _word(word: str) -> re.Pattern:
    """``word`` as a whole word (not inside a hyphenated or apostrophised one), compiled once:
    the texts of a corpus ask for the same few thousand words."""
    return re.compile(rf"(?<![\w’'-]){re.escape(word)}(?![\w-])")


def name_after_role(tokens: list[str], text: str = "") -> int:
    """Where a person's name starts in a capitalised sequence that opens with role or
    organisation words: after a capitalised office ("Police Commissioner Richard Ross" → 2,
    "Judge Garland" → 1; :data:`ROLE_TITLES`), or before the first given name after role and
    organisation words ("House Speaker Philip Gunn" → 2, "Republican Rick Lazio" → 1); 0 if
    none. ``text`` (optional) rules out a one-word name the text also writes in lower case."""
    roles = [k for k, t in enumerate(tokens[:-1]) if t.lower() in ROLE_TITLES]
    if roles:
        rest = tokens[roles[-1] + 1:]
        low = [t.lower() for t in rest]
        if not any(t in NOT_PERSON_WORDS or t in ROLE_WORDS or t.upper() == r and len(r) > 1
                   for t, r in zip(low, rest)) and (
                rest[0] in given_names()
                or not _word(low[0]).search(text)
                and (len(rest) > 1 or text.count(rest[0]) > 1)):
            return roles[-1] + 1  # not "Justice Under Law", nor a one-off "Speaker Announcement"
    for k in range(1, len(tokens) - 1):
        if tokens[k] in given_names():
            before = [t.lower() for t in tokens[:k]]
            rest = [t.lower() for t in tokens[k:]]
            if (all(t in ROLE_WORDS or t in PERSON_NOUNS or t in NOT_PERSON_WORDS or t == "of"
                    for t in before) or before[-1] in ROLE_WORDS) \
                    and not any(t in NOT_PERSON_WORDS for t in rest):
                return k  # (… "Committee Tennessee Republican Bob Corker": the word before)
            return 0
    return 0


def person_evidence(text: str, start: int, end: int) -> str | None:
    """Why ``text[start:end]`` (two to four capitalised words, no title) is a person's name.

    Returns ``"given name"``, ``"initials"``, ``"age or party"``, ``"role before"``,
    ``"role after"``, ``"surname alone"``, ``"first name speaks"`` or None (no evidence: the
    sequence stays of unknown type).

    Examples
    --------
    >>> person_evidence("Mary Brunner, a developer, spoke.", 0, 12)
    'given name'
    >>> t = "Lawyer Xu Qiliang spoke. Qiliang said no."
    >>> person_evidence(t, 7, 17)
    'surname alone'
    >>> person_evidence("Elez B. Biberaj spoke.", 0, 15)
    'initials'
    >>> person_evidence("The Quicken Loans Arena opened. Arena staff", 4, 23) is None
    True
    """
    tokens = text[start:end].split()
    words = [t for t in tokens if not _INITIAL_TOKEN.fullmatch(t)]
    surname_ok = len(words) == 2 and words[0] in given_names() and words[1].lower() in (
        _SURNAMES_TOO)  # "Julian White", "Carole King"
    if not 1 + (words == tokens) <= len(words) <= 4 or any(
        (t.lower().strip(".") in NOT_PERSON_WORDS and not (surname_ok and n == 1))
        or (t.isupper() and len(t) > 1) for n, t in enumerate(words)
    ):
        return None
    if words[0] in given_names():
        return "given name"
    if _word(words[0].lower()).search(text):
        return None  # its first word is also written in lower case: a common word ("Like")
    if any(_INITIAL_TOKEN.fullmatch(t) for t in tokens[:-1]):
        return "initials"  # "John F. Kelly", "E.J. Dionne"
    if _AGE_OR_PARTY.match(text, end):
        return "age or party"
    role = _ROLE_BEFORE.search(text, max(0, start - 40), start)
    if role and role.group(1) in _ROLE_NOUNS:
        return "role before"
    if _role_after(text, end) or (text[max(0, start - 2):start] == ", " and (
            m := _ROLE_THEN_COMMA.search(text, max(0, start - 70), start)) and any(
            w in _ROLE_NOUNS for w in m.group(1).split())):
        return "role after"  # (or in the phrase before it: "a member of the council, Safiullah
        # Amiri, said", "Taliban's chief negotiator, Mullah Abdul Ghani Baradar,")
    if _surname_alone(text, words[-1], start, end):
        return "surname alone"
    if len(words) > 1 and _speaks_alone(text, words[0], start, end):
        return "first name speaks"  # "Choe Sun Hui … Choe said": a family name written first
    return None


def _role_after(text: str, end: int) -> bool:
    """A role noun in the apposition after the name: "Maeve Sherlock, chief executive of …",
    "Walid Muallem, the foreign minister,", "Mustafa Bali, a spokesman for …"."""
    m = _AFTER_COMMA.match(text, end)
    for w in m.group(1).split() if m else ():
        if w in STOP or w in ("who", "which", "where", "said", "says"):
            return False
        if w in _ROLE_NOUNS:
            return True
    return False


def _speaks_alone(text: str, first: str, start: int, end: int) -> bool:
    """The name's first word elsewhere on its own as the subject of a speech verb ("Choe
    said", "Suh told"): East Asian names put the family name first."""
    for pos in _speaking_words(text).get(first, ()):
        if start <= pos < end:
            continue
        before = re.search(r"(\S+)\s+\Z", text[max(0, pos - 30):pos])
        word = before.group(1) if before else ""
        if not word[:1].isupper() or word.endswith((".", ":", "”", '"')):
            return True  # (not inside another name: "Kim Jong Un said" is no "Kim said")
    return False


@functools.lru_cache(maxsize=4)
def _speaking_words(text: str) -> dict[str, list[int]]:
    """Capitalised words right before a speech verb in ``text`` → their offsets (one scan of
    the text, shared by its candidates)."""
    out: dict[str, list[int]] = {}
    for m in _SPEAKING_WORD.finditer(text):
        out.setdefault(m.group(1), []).append(m.start(1))
    return out


def _surname_alone(text: str, last: str, start: int, end: int) -> bool:
    """``last`` occurs elsewhere in ``text`` on its own: not after "the" or another capitalised
    word (a title such as "Mr." is fine), not before one."""
    for m in _word(last).finditer(text):
        if start <= m.start() < end:
            continue
        if re.match(r"[’']?s?\s+[A-Z]", text[m.end():m.end() + 4]):
            continue  # "Scott Walker": inside another name
        before = re.search(r"(\S+)\s+\Z", text[max(0, m.start() - 30):m.start()])
        word = before.group(1) if before else ""
        if word.lower() in ("the", "a", "an"):
            continue
        if word[:1].isupper() and word.lower().strip(".") not in _TITLE_WORDS \
                and not word.endswith((".", ":", "”", '"')):
            continue  # preceded by another capitalised word (a sentence end is fine)
        return True
    return False


_SPEECH_AFTER = r"(?:[’']s)?,? (?:said|says|told|wrote|writes|added|argued|asked|tweeted|noted)\b"
_SPEAKING_WORD = re.compile(rf"(?<![\w’'-])([A-Z][\w’'-]*){_SPEECH_AFTER}")


def unlikely_person(text: str, start: int, end: int) -> bool:
    """A span a statistical tagger called a person that is not a person's name: it has a word
    of a place, an organisation or a group ("Franklin Delano Roosevelt Park", "Latinos"), a
    digit or a slash ("Anderson Cooper 360"), ends in a lower-case word, or is one word the text
    also writes in lower case ("Exit", "Filmmaker"). A single word that is not a given name is a
    thing's name when the text never marks it as a person's (``_thing_name``: after a title, a
    role noun or a given name, before "said"): "Twitter", "the Upshot", "Burberry"."""
    tokens = text[start:end].split()
    if not tokens or any(c.isdigit() or c == "/" for c in text[start:end]):
        return True
    if any(t.lower().strip(".,’'") in NOT_PERSON_WORDS for t in tokens) or tokens[-1].islower() or (
            tokens[-1].lower().strip(".") in TITLES and (tokens[0] not in given_names() or (
                tokens[-1].lower().strip(".") in _RANKS))):
        return True  # ("Lance Cpl", "Sgt": a rank, no name; "Larry King" is one)
    if len(tokens) == 1:
        word = tokens[0].strip(".,’'")
        return (word.lower() in ("jr", "sr") or word.endswith("s") and word[:-1].isalpha()
                and re.search(rf"\b{re.escape(word[:-1])}\b", text) is not None
                or _word(word.lower()).search(text) is not None
                or _thing_name(text, word, start, end))
    return False


def _thing_name(text: str, word: str, start: int, end: int) -> bool:
    """One capitalised word (no given name) that the text never marks as a person's: never after
    a title, a role noun or another capitalised word of a name ("Mr. Koch", "striker Barton",
    "Rachel Maddow"), never before a speech verb ("Maddow said"). A statistical tagger's lone
    PERSON without that evidence is most often a firm, a place, a band or a title ("Burberry",
    "Keighley", "Portishead", "Overload")."""
    if word in given_names() or not word[:1].isupper():
        return False
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w])", text):
        before = re.search(r"(\S+)\s+\Z", text[max(0, m.start() - 30):m.start()])
        b = before.group(1).strip("(“\"'") if before else ""
        if (b.lower().rstrip(".") in TITLES or b in given_names() or b.lower() in _ROLE_NOUNS
                or b[:1].isupper() and b.isalpha() and b.lower() not in STOP
                or re.match(_SPEECH_AFTER, text[m.end():m.end() + 20])):
            return False  # "Mr. Koch", "Rachel Maddow", "striker Barton", "Maddow said"
    return True
