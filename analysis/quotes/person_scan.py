"""Person mentions in one text: the scan behind ``speaker_resolved`` (:mod:`.people`).

Internal to :func:`analysis.quotes.quotes`. ``_people`` finds the capitalised name runs outside
quotations (an optional title first: "Sen. Elizabeth Warren", "Mr. Trump"), cleans them of
openers, titles and descriptors (``_clean_name``), joins lone surnames to the article's full
names and keeps per person the titles written before the name (roles) and the evidence of
gender — titles (Mr./Mrs.), the first name (short lists of common given names) and the first
"he"/"she" after each mention, the last two counted only when a pronoun resolution asks
(``_gender``). The method (a deterministic sieve after Lee et al. 2013) is described in
:mod:`analysis.quotes.people`, which moved this scan here (issue 15: that module stays under
500 lines).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter

from ..person_names import written_lower as _written_lower
from .lexicons import (
    _census_sex,
    _dictionary_aliases,
    _dictionary_role_words,
    _dictionary_short_names,
    _dictionary_short_persons,
    _dictionary_words,
    _headline_verbs,
    _is_demonym,
)
from .name_words import (
    _DESCRIPTORS,
    _FEMALE,
    _HEADLINE_WORDS,
    _KIN,
    _LEAD_ROLES,
    _MALE,
    _MONTHS,
    _NOT_NAME_START,
    _NOT_NAME_WORDS,
)
from .places import _party_state
from .sentences import _ROLE_STOP
from .words import (
    _ADVERB_OR_PARTICIPLE,
    _FAMILY_FIRST,
    _JOINED,
    _NAME_SUFFIXES,
    _ORG_WORDS,
    _TITLE_CASE_ROLES,
    _TITLES,
)
from .words import _JOINERS as _JOINER_WORDS

_PERSON_TITLES = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
    "sen.": None, "sen": None, "rep.": None, "rep": None, "representative": None,
    "gov.": None, "gov": None, "dr.": None,
    "dr": None, "gen.": None, "president": None, "senator": None, "secretary": None,
    "governor": None, "judge": None, "justice": None, "mayor": None, "chancellor": None,
    "speaker": None, "chairman": None, "sheriff": None, "pope": None, "prof.": None,
    "congressman": "m", "congresswoman": "f", "king": "m", "queen": "f", "prince": "m",
    "premier": None, "coun.": None, "const.": None, "sgt.": None, "det.": None, "insp.": None,
    "sir": "m", "dame": "f", "lord": "m", "lady": "f", "baroness": "f", "baron": "m",
    "cardinal": "m", "archbishop": None, "bishop": None, "rabbi": None, "imam": "m",
}
_TITLE_ROLE = {"sen.": "senator", "sen": "senator", "representative": "congressman", "gov.":
               "governor", "gov": "governor", "rep.": "congressman", "rep": "congressman", "gen.":
               "general", "dr.": "doctor", "prof.": "professor", "coun.": "councillor", "const.":
               "constable", "sgt.": "sergeant", "det.": "detective", "insp.": "inspector"}
#: (lower-case letters with accents inside a name: "François Legault", "Mélanie Joly")
_NAME = r"[A-Z](?:[’'][A-Z])?(?:[a-zß-öø-ÿ]*[A-Z])?[a-zß-öø-ÿ]+(?:[-’'][A-Z]?[a-zß-öø-ÿ]+)*"
# ("O'Connor", "D'Souza": an apostrophe and a capital after the first letter)
#: (a name does not run over a line break: "… It's All CNN's Fault\nTed Cruz apologized")
_NAME_TAIL = (rf"(?:[^\S\n]+(?:[A-Z]\.|{_NAME}|(?:al|el|ad|ar|as|ash|at|az)-{_NAME}|"
              r"(?:de|van|von|bin|al|del|da|di|le|la)(?=\s+[A-Z])))*(?:,?[^\S\n]+(?:Jr|Sr)\.)?")
# ("Anwar al-Awlaki": an Arabic surname's article)
_PERSON_TITLE_WORDS = (
    "Mr. Mrs. Ms. Dr. Sen. Rep. Gov. Gen. Prof. President Senator Secretary Governor Judge "
    "Representative Justice Mayor Chancellor Speaker Chairman Sheriff Pope Congressman "
    "Congresswoman King Queen Prince Premier Coun. Const. Sgt. Det. Insp. Mr Mrs Ms Dr Sir Dame "
    "Lord Lady Baroness Baron"
).split()  # (British style writes "Mr", "Dr" without a period; peers and knights: "Lady X")
#: a person mention: an optional title, then a capitalised name run. ``_PERSON_RX`` states it
#: plainly; ``_PERSON_SCAN`` finds the same matches faster (the scan: it begins with the capital
#: itself, so the engine skips to capitals in C instead of trying a look-ahead at every
#: character; the rest of a title or name follows the capital). ``_person_match`` reads a match
#: of ``_PERSON_SCAN`` as (start, end, title, name) — the groups of ``_PERSON_RX``.
_PERSON_RX = re.compile(
    r"(?=[A-Z])(?<![\w’'])(?:(?P<title>(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Coun|Const|Sgt|Det|Insp)\.|"
    r"Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|President|Senator|Secretary|"
    r"Governor|Judge|Justice|Mayor|Chancellor|Speaker|Chairman|Sheriff|Pope|Congressman|Representative|"
    r"Congresswoman|King|Queen|Prince|Premier)\s+)?"
    rf"(?P<name>{_NAME}{_NAME_TAIL})"
)


def _title_rest() -> str:
    by_initial: dict[str, list[str]] = {}
    for t in _PERSON_TITLE_WORDS:
        by_initial.setdefault(t[0], []).append(re.escape(t[1:]))
    return "|".join(f"(?<={c})(?:{'|'.join(rest)})" for c, rest in sorted(by_initial.items()))


_PERSON_SCAN = re.compile(
    rf"[A-Z](?<![\w’'].)(?:(?P<title>{_title_rest()})\s+(?P<name>{_NAME}{_NAME_TAIL})"
    rf"|{_NAME[len('[A-Z]'):]}{_NAME_TAIL})"
)


def _person_match(m: re.Match, text: str) -> tuple[int, int, str | None, str]:
    """(start, end, title, name) of a ``_PERSON_SCAN`` match, as ``_PERSON_RX`` groups them."""
    ms, me = m.span()
    if m.start("name") < 0:
        return ms, me, None, text[ms:me]
    return ms, me, text[ms : m.end("title")], m.group("name")


# a mention opening its sentence, perhaps after a short adverbial ("On Wednesday, Trump …")
_SUBJECT_START = re.compile(r"(?:^|[.!?:”\"]\s+|\n\s*)(?:[A-Z][a-z]+(?: [a-z]+)?,? )?\Z")
_GENDER_WORDS = {"he": "m", "him": "m", "his": "m", "himself": "m",
                 "she": "f", "her": "f", "hers": "f", "herself": "f"}
_PRONOUN_RX = re.compile(r"(?=[HhSs])\b(?:[Hh]e|[Ss]he)\b")  # letter first: a fast skip

_TITLES_DESCRIPTORS = _TITLES | _DESCRIPTORS


class _Person:
    __slots__ = ("full", "surname", "gender", "roles", "count", "at", "pending", "kind")

    def __init__(self, full: str, surname: str):
        self.full, self.surname = full, surname
        self.kind = "person"  # (an unnamed speaker that holds a thread: "spokesperson" …)
        self.gender: Counter = Counter()
        self.roles: set[str] = set()
        self.count = 0
        self.at: list[int] = []  # indexes of the person's mentions in the scan
        # (text, mentions) while the evidence of the first name and the pronouns after the
        # mentions is not yet counted in ``gender`` (counted when :func:`_gender` first asks)
        self.pending: tuple[str, list] | None = None


_POSSESSIVE = re.compile(r"[’']s?$")
_HYPHEN_TITLES = frozenset("secretary minister president".split())


def _clean_name(name: str, roles: list[str] | None = None, titled: bool = False) -> list[str]:
    toks, cut = _clean_name_cached(name, titled)
    if roles is not None:
        roles.extend(cut)
    return list(toks)


@functools.lru_cache(maxsize=1 << 16)
def _clean_name_cached(name: str, titled: bool = False) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Name tokens without a leading opener, title or descriptor ("Russian President Vladimir
    Putin" → Vladimir Putin; the titles go to ``roles``), middle initials or a possessive ending;
    [] for a headline run of capitals or a name ending in a title ("Air Force Gen"), unless a
    person's title stands before it (``titled``: "Sen. Angus King") or a given name."""
    toks = name.replace(",", " ").split()
    own = next((n for n, t in enumerate(toks[:-1]) if t.endswith(("’s", "'s"))), None)
    if own is not None:  # a possessive inside the run: the name after it ("Al Jazeera's Mike
        # Hana"), or the one it ends ("Sen. Rand Paul’s Kentucky supporters")
        toks = toks[own + 1 :] if len(toks) - own > 2 else toks[: own + 1]
    toks = [_POSSESSIVE.sub("", t) for t in toks]
    toks = [t[: len(t) // 2] if len(t) > 5 and t[: len(t) // 2] == t[len(t) // 2 :] else t
            for t in toks]  # a web page's hover card: "Donald John TrumpTrump faces"
    toks = [t for t in toks if not (len(t) == 2 and t[1] == ".")]
    while toks and not (titled and toks[0].lower() in _MONTHS) and (toks[0].lower().strip(
            ".") in _NOT_NAME_START or toks[0].lower() in (
            _HEADLINE_WORDS) or len(toks) > 1 and (_ADVERB_OR_PARTICIPLE.fullmatch(toks[0]) or (
            toks[0].lower() in _headline_verbs())) and toks[0] not in _census_sex()):
        # ("Ultimately Bush", "Having McCain", a headline's "Urges Britain")
        toks = toks[1:]
    cut = [n for n, t in enumerate(toks[:-1]) if t.lower() in _TITLES_DESCRIPTORS
           or _is_demonym(t) or t.isupper() or n == 0 and t.lower() in _LEAD_ROLES
           or "-" in t and (t.lower().split("-")[0] in _TITLES_DESCRIPTORS or t.lower().endswith(
               ("-old", "-born", "-based", "-bred")) or t.lower().split("-")[-1] in _HYPHEN_TITLES
               or t.split("-")[-1].islower())]  # ("Fly-half Jonny Wilkinson", not "Jean-Pierre")
    # ("President-elect", "Under-Secretary", "Thirty-year-old", "Korean-born"; not "Self-Defence")
    roles: tuple[str, ...] = ()
    if cut:
        roles = tuple(t.lower() for t in toks[: cut[-1] + 1])
        toks = toks[cut[-1] + 1 :]
    if len(toks) > 2 and (toks[0] == toks[-1] or toks[0].lower() in _KIN):  # "President Trump
        toks = toks[1:]  # Donald John Trump": the full name after; "Mother Zubeidat Tsarnaeva"
    surname_title = bool(toks) and toks[-1][-1] != "." and (
        titled or len(toks) > 1 and toks[-2] in _census_sex())  # "Sen. Angus King", "John Major"
    month_surname = len(toks) > 1 and toks[-1].lower() in _MONTHS and toks[-2] in _census_sex()
    if (len(toks) > 4 or not toks or toks[-1].lower().strip(".") in _TITLES_DESCRIPTORS and not (
            surname_title) or any(t.lower().strip(".") in _NOT_NAME_START
                                  or t.lower() in _HEADLINE_WORDS
                                  for t in toks[1 : len(toks) - month_surname]) or any(
                _JOINED.match(t) for t in toks[1:-1])):
        return (), roles  # (the last: two names joined, "the Muhammad Ali-Joe Frazier fight")
    return tuple(toks), roles


_NICKNAME = re.compile(r"[\"“](?<=[a-z] [\"“])[A-Z][a-z]+[\"”] (?=[A-Z][a-z])")  # quote first
_DOMAINS = (".org", ".com", ".net", ".gov", ".edu", ".co.", ".io")


def _people(text: str, quoted: list[tuple[int, int]]):
    """Person mentions outside quotations: (start, end, person, subject) in text order, and the
    people; ``subject`` (the mention opens its sentence) is None until :func:`_is_subject` asks."""
    raw = []
    nq, qi = len(quoted), 0
    q_end = quoted[0][1] if quoted else -1
    q_start = quoted[0][0] if quoted else len(text) + 1
    not_start, not_word, census = _NOT_NAME_START, _NOT_NAME_WORDS, _census_sex()
    places = _dictionary_words()[0]
    lead = None  # (end, title, words) of a run ending in a title: "New Jersey Gov." + a name
    scan = _NICKNAME.sub(lambda n: " " * len(n.group()), text) if '"' in text or "“" in text else (
        text)  # (a nickname in quotation marks inside a name: 'George "Jay" Keyworth')
    for m in _PERSON_SCAN.finditer(scan):
        ms, me = m.span()
        while ms >= q_end and qi < nq:  # matches come in text order: walk the quotations along
            qi += 1
            q_start, q_end = quoted[qi] if qi < nq else (len(text) + 1, -1)
        if q_start <= ms < q_end or text.startswith(_DOMAINS, me):
            continue  # (inside a quotation; a web address: "Factcheck.org" is no person)
        before, lead = (lead if lead is not None and ms - lead[0] <= 2 else None), None
        if m.start("name") < 0:
            name = scan[ms:me]
            if " " not in name and before is None:  # a lone capitalised word, no title (most
                # matches): cheap path
                bare = name[:-2] if name.endswith(("’s", "'s")) else name
                low = bare.lower()
                if low not in not_start and (low not in not_word or bare in _FAMILY_FIRST):
                    raw.append((ms, me, bare, None, "", ()))  # ("Park" of Park Geun-hye)
                continue
            title = None
        else:
            title, name = text[ms : m.end("title")], m.group("name")
        roles: list[str] = []
        if before is not None and title is None:  # "Ohio Gov. John Kasich": the title and
            title, roles = before[1], list(before[2])  # place before it are his
        title = (title or "").lower()
        toks = _clean_name(name, roles, titled=m.start("name") >= 0)
        if len(toks) > 1 and toks[0] not in census and (len(toks) == 2 or toks[1] in census) and (
                toks[0].lower() not in _JOINER_WORDS) and "-" not in toks[1] and (
                _written_lower(text, toks[0]) or (
                toks[0] in places) or _ADVERB_OR_PARTICIPLE.fullmatch(toks[0])):  # ("… in Italy
            # Hasina said": a place, then the name; "Ultimately Bush", "Having McCain")
            ms = max(ms, text.find(toks[1], ms, me))  # "Absent Trump, the debate …", "Photos
            toks = toks[1:]  # Obama": a word the article writes in lower case, not a name
        if len(toks) > 2 and (text[ms - 3 : ms] == "of " or any(
                t.lower() in not_word for t in toks[:-2])):  # "Minister of Education Stephen
            toks = _field_cut(toks, roles)  # Lecce", "United Nations Nikki Haley"
        if not toks and text[me : me + 1] == "." and (
                name.split()[-1].lower() + "." in _PERSON_TITLES):  # "But Mrs." + "Clinton"
            lead = (me + 1, name.split()[-1] + ".", [w.lower() for w in name.split()[:-1]
                                                     if w.lower() not in _ROLE_STOP])
        if toks and (b := _OF_BODY.search(text, max(0, ms - 24), ms)) and b.group(1).lower() in (
                _BODY_HEADS_OF) and not any(t in census for t in toks):
            continue  # "Department of Homeland Security": a body's name
        if not toks or _place_word(toks, census) or len(toks) > 1 and (
                toks[-1].lower() in _TITLE_CASE_ROLES and _written_lower(text, toks[-1])):
            continue  # ("Former Clinton Pollster Says": a role the article writes in lower case)
        if "/" in text[m.end() : m.end() + 1] + text[ms - 1 : ms] or "&" in text[
                ms - 2 : ms] + text[m.end() : m.end() + 2]:  # a photo credit: "Doug Ives/Canadian
            continue  # Press"; a firm or school: "Cambridge Rindge & Latin", "Procter & Gamble"
        if len(toks) == 1 and not title:
            raw.append((ms, m.end(), toks[0], None, "", roles))
            continue
        toks = [t for t in toks if t.rstrip(".").lower() not in _NAME_SUFFIXES] or toks
        raw.append((ms, m.end(), toks[-1], " ".join(toks) if len(toks) > 1 else None,
                    title, roles))
    people, by_surname = _full_names(raw)
    return _mention_list(text, raw, people, by_surname), by_surname


_OF_BODY = re.compile(r"\b([A-Z][a-z]+) of (?:the )?\Z")
_BODY_HEADS_OF = frozenset("""department ministry office bank university institute council
    commission committee board agency bureau school college academy court""".split())


def _place_word(toks: list[str], census) -> bool:
    """A word of a place or body in a name run ("Center", "Russia"), except a place-like
    surname after a given name ("Steve Israel", "Denzel Washington", "Jack London") or a family
    name before a hyphenated given name ("Park Geun-hye")."""
    bad = [t for t in toks if t.lower() in _NOT_NAME_WORDS]
    if bad == toks[:1] and toks[0] in _FAMILY_FIRST and len(toks) > 1 and "-" in toks[1]:
        return False  # a family name written first: "Park Geun-hye"
    return bool(bad) and not (len(toks) == 2 and bad == [toks[1]] and toks[0] in census
                              and toks[1].lower() not in _ORG_WORDS)


def _mention_list(text: str, raw: list, people: dict, by_surname: dict) -> list[list]:
    """The mentions of a scan's raw matches, each tied to its person (a lone surname to the
    full name it ends, a titled one to a new person), with the titles, roles and party-state
    tags written there counted for the person."""
    mentions = []
    for s, e, surname, full, title, roles in raw:
        if full:
            p = people.get(full)
        else:
            cands = by_surname.get(surname)
            if not cands and not title:
                p = _first_word_person(surname, by_surname) or _short_name_person(
                    surname, people, by_surname)
                if p is None:
                    continue  # a lone capitalised word no full name ends with: a place, an opener
                cands = [p]
            elif not cands and _PERSON_TITLES.get(title):  # "Mr. Lou" of Lou Jiwei; "Mr
                p = _first_word_person(surname, by_surname, True) or _short_name_person(
                    surname, people, by_surname)  # Brown" of the dictionary's Gordon Brown
                cands = [p] if p is not None and _gender(p) in (_PERSON_TITLES[title], None) else (
                    cands)
            p = _pick(cands, title)
            if title and (p is None or not _holds(p, title)):
                p = _titled_alias(text[s:e], people, by_surname) or p
        if p is None:
            if not title:
                continue  # a lone capitalised word: too often a place or a sentence opener
            p = people.setdefault(surname, _Person(surname, surname))
            by_surname.setdefault(surname, []).append(p)
        p.count += 1
        if _PERSON_TITLES.get(title):
            p.gender[_PERSON_TITLES[title]] += 3
        if title:
            p.roles.add(_TITLE_ROLE.get(title, title.strip(".")))
        if roles:
            p.roles.update(roles)
        if text[e : e + 1] == "," or text[e : e + 2] == " (":
            p.roles.update(_party_state(text, e))  # "Sen. Bernie Sanders (I-Vt.)"
        p.at.append(len(mentions))
        mentions.append([s, e, p, None])
    for p in {id(p): p for p in people.values()}.values():
        p.pending = (text, mentions)  # first name and pronouns: counted when gender is asked
    return mentions


def _holds(p: _Person, title: str) -> bool:
    """``p`` may bear ``title``: a courtesy title ("Mr.": its gender is checked by
    :func:`_pick`), or an office the article or the actor dictionary gives ``p``."""
    if _PERSON_TITLES.get(title) is not None:
        return True
    role = _TITLE_ROLE.get(title, title.strip("."))
    return role in p.roles or role in _dictionary_role_words().get(p.full, ())


_FIRSTS: list = [None, None, {}]


def _first_word_person(word: str, by_surname: dict, titled: bool = False) -> _Person | None:
    """The one person whose full name begins with ``word``, a family name written first ("Kim"
    of Kim Jong Un, "Ban" of Ban Ki-moon; after a courtesy title, ``titled``, any word: "Mr. Lou"),
    when no full name ends with it; None when none or several do, or it is no family name."""
    if word not in _FAMILY_FIRST and not titled and (word in _census_sex() or not word.istitle()
                                                     or word in _dictionary_short_persons()):
        return None  # (a family name the list lacks, "Hua" of Hua Chunying; not "Trump Train")
    key = (len(by_surname), sum(map(len, by_surname.values())))
    if _FIRSTS[0] is not by_surname or _FIRSTS[1] != key:  # (one index of first words per
        _FIRSTS[:] = [by_surname, key, {}]  # article and state, built once; the dict itself
        # is held, so no other article's can take its id)
        for p in {id(p): p for ps in by_surname.values() for p in ps}.values():
            if " " in p.full:
                _FIRSTS[2].setdefault(p.full.split()[0], []).append(p)
    found = _FIRSTS[2].get(word, [])
    return found[0] if len(found) == 1 else None


def _short_name_person(surname: str, people: dict, by_surname: dict) -> _Person | None:
    """The person a lone surname names when it is the actor dictionary's short name of one
    person only ("Obama" in an article that never writes "Barack"), added to the scan's people;
    None otherwise."""
    full = _dictionary_short_persons().get(surname)
    if full is None:
        return None
    if full not in people:
        people[full] = _first_name_evidence(_Person(full, surname))
        by_surname.setdefault(surname, []).append(people[full])
    return people[full]


def _titled_alias(written: str, people: dict, by_surname: dict) -> _Person | None:
    """The person a titled lone surname names by the actor dictionary's aliases ("President
    Obama" → Barack Obama, though the article's only full name of that surname is "Michelle
    Obama"), added to the scan's people; None when no alias is written so."""
    full = _dictionary_aliases().get(_POSSESSIVE.sub("", written.strip()))
    if full is None:
        return None
    if full not in people:
        people[full] = _first_name_evidence(_Person(full, full.split()[-1]))
        by_surname.setdefault(full.split()[-1], []).append(people[full])
    return people[full]


def _field_cut(toks: list[str], roles: list[str]) -> list[str]:
    """A name run after "of" that opens with the field of a role ("Minister of Education
    Stephen Lecce", "Minister of Foreign Affairs Mélanie Joly"), or one that opens with a body
    ("Ambassador to the United Nations Nikki Haley") → the name from its first given name on
    (census list or the short lists, accents aside); the field goes to ``roles``."""
    for i in range(1, len(toks) - 1):
        plain = "".join(c for c in unicodedata.normalize("NFKD", toks[i])
                        if not unicodedata.combining(c))
        if plain in _census_sex() or plain.lower() in _MALE or plain.lower() in _FEMALE:
            roles.extend(t.lower() for t in toks[:i])
            return toks[i:]
    return toks


def _full_names(raw: list) -> tuple[dict[str, _Person], dict[str, list[_Person]]]:
    """The people of a scan's raw matches (full name → person, surname → people), each with
    the gender evidence of the first name (+5: known before "Mrs. X" picks among them)."""
    people: dict[str, _Person] = {}
    places = _dictionary_words()[0]
    for _s, _e, surname, full, _t, _r in raw:
        if full is not None and full not in people and full not in places:
            people[full] = _Person(full, surname)
    _join_name_tails(people)
    by_surname: dict[str, list[_Person]] = {}
    unique = list({id(p): p for p in people.values()}.values())
    for p in unique:
        by_surname.setdefault(p.surname, []).append(p)
        if (bare := _ARTICLE_PREFIX.sub("", p.surname)) != p.surname and bare[:1].isupper():
            by_surname.setdefault(bare, []).append(p)  # "Awlaki" of "Anwar al-Awlaki"
        _first_name_evidence(p)
    return people, by_surname


#: the article that opens an Arabic surname ("al-Awlaki", "El-Deeb"): a lone "Awlaki" is one
_ARTICLE_PREFIX = re.compile(r"^(?:[Aa]l|[Ee]l|[Aa]d|[Aa]r|[Aa]s|[Aa]sh|[Aa]t|[Aa]z)[-‑]")


def _first_name_evidence(p: _Person) -> _Person:
    """Count the gender evidence of the first name of ``p`` (+5; a lone given name too:
    "Melanie said" is a woman, unless the actor dictionary has it as a person's short name:
    "Lula" is a man); returns ``p``."""
    first = p.full.split()[0]
    if first == p.full and first in _dictionary_short_names():
        return p
    low = first.lower()
    sex = "f" if low in _FEMALE else "m" if low in _MALE else _census_sex().get(first)
    if sex in ("m", "f"):
        p.gender[sex] += 5
    return p


def _join_name_tails(people: dict[str, _Person]) -> None:
    """A full name that is the end of one longer full name of the same text is that person
    ("Suu Kyi" → Aung San Suu Kyi; "De Blasio" opening a sentence → Bill de Blasio): the
    shorter key then maps to the longer name's person."""
    by_last: dict[str, list[str]] = {}
    for full in people:
        by_last.setdefault(full.rsplit(None, 1)[-1].lower(), []).append(full)
    for names in by_last.values():
        if len(names) < 2:
            continue
        for full in names:
            low = " " + full.lower()
            longer = [f for f in names if len(f) > len(full) and (" " + f.lower()).endswith(low)]
            if " " in full and len(longer) == 1:
                people[full] = people[longer[0]]


def _count_gender_evidence(p: _Person) -> None:
    """Add the gender evidence read after the scan: the first "he" / "she" within 120
    characters after each mention, before the next mention (+1 each). (The first name's +5 is
    counted in the scan, before titles pick among people of one surname.)"""
    text, mentions = p.pending
    p.pending = None
    search, last = _PRONOUN_RX.search, len(mentions) - 1
    for n in p.at:
        e = mentions[n][1]
        stop = mentions[n + 1][0] if n < last else len(text)
        w = search(text, e, min(stop, e + 120))
        if w is not None:
            p.gender[_GENDER_WORDS[w.group().lower()]] += 1


def _is_subject(mention: list, text: str) -> bool:
    """The mention opens its sentence, perhaps after a short adverbial (computed on demand)."""
    if mention[3] is None:
        s = mention[0]
        mention[3] = _SUBJECT_START.search(text, max(0, s - 40), s) is not None
    return mention[3]


def _pick(cands: list[_Person] | None, title: str) -> _Person | None:
    if not cands:
        return None
    want = _PERSON_TITLES.get(title)
    if want:
        cands = [p for p in cands if _gender(p) in (want, None)]
        if not cands:
            return None  # "Mrs. Clinton" where only "Bill Clinton" is named: someone else
    owner = _dictionary_short_persons().get(cands[0].surname)  # "Trump" beside Eric Trump
    return max(cands, key=lambda p: (p.full == owner, p.count))


def _gender(p: _Person) -> str | None:
    if p.pending is not None:
        _count_gender_evidence(p)
    m, f = p.gender["m"], p.gender["f"]
    if m == f:
        return None
    return "m" if m > f else "f"
