"""Is a capitalised name a person's? The evidence rules of the built-in candidate heuristic.

:func:`analysis.actor_dictionary.candidate_spans` finds capitalised sequences ("Ariel Quiros",
"Pershing Square", "Living History") in texts the dictionary does not cover; a title before one
("Sen.", "Mr.", "President") already made it a person. :func:`person_evidence` gives the other
reasons a sequence of two to four capitalised words is a person's name, as news writes them:

* ``given name`` — its first word is a common given name (``resources/given_names.csv``: the
  given names of at least 0.004 % of the people in the 1990 US census, 2,715 of them, minus
  words that are more often months, states, places or common nouns: "May", "Virginia", "Will");
* ``age or party`` — an age or a party tag follows it: "Lance Beebe, 49,", "Claire McCaskill
  (D-Mo.)";
* ``role before`` — a lower-case noun of a person's role precedes it: "the gastroenterologist
  Harold Bornstein", "host Alex Marlow";
* ``surname alone`` — its last word recurs in the same text on its own (not after "the", not
  inside another capitalised sequence), as people are named after their first mention:
  "Angelique Brunner … Brunner said".

No rule applies to a sequence with a word of a place, an organisation, a date or a group
("Quicken Loans Arena", "Labor Day", "American Muslims"), nor to one written in capitals.
Entity typing from such internal and contextual evidence follows the gazetteer-and-context
features of classic named-entity recognisers (e.g. Ratinov & Roth 2009, "Design challenges and
misconceptions in named entity recognition", CoNLL).
"""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

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
    june july august september october november december spring summer fall winter""".split()
)
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


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The given names of ``resources/given_names.csv`` (capitalised: "Mary", "Jean-Marc")."""
    with open(RESOURCES / "given_names.csv", encoding="utf-8", newline="") as fh:
        return frozenset(row["name"] for row in csv.DictReader(fh))


def name_after_role(tokens: list[str]) -> int:
    """Where a person's name starts in a capitalised sequence that opens with role or
    organisation words ("House Speaker Philip Gunn" → 2: a given name after them); 0 if none."""
    for k in range(1, len(tokens) - 1):
        if tokens[k] in given_names():
            before = [t.lower() for t in tokens[:k]]
            rest = [t.lower() for t in tokens[k:]]
            if all(t in ROLE_WORDS or t in PERSON_NOUNS or t in NOT_PERSON_WORDS or t == "of"
                   for t in before) \
                    and not any(t in NOT_PERSON_WORDS for t in rest):
                return k
            return 0
    return 0


def person_evidence(text: str, start: int, end: int) -> str | None:
    """Why ``text[start:end]`` (two to four capitalised words, no title) is a person's name.

    Returns ``"given name"``, ``"age or party"``, ``"role before"``, ``"surname alone"`` or
    None (no evidence: the sequence stays of unknown type).

    Examples
    --------
    >>> person_evidence("Mary Brunner, a developer, spoke.", 0, 12)
    'given name'
    >>> t = "Lawyer Xu Qiliang spoke. Qiliang said no."
    >>> person_evidence(t, 7, 17)
    'surname alone'
    >>> person_evidence("The Quicken Loans Arena opened. Arena staff", 4, 23) is None
    True
    """
    tokens = text[start:end].split()
    if not 2 <= len(tokens) <= 4 or any(
        t.lower().strip(".") in NOT_PERSON_WORDS or (t.isupper() and len(t) > 1) for t in tokens
    ):
        return None
    if tokens[0] in given_names():
        return "given name"
    if re.search(rf"(?<![\w’'-]){re.escape(tokens[0].lower())}(?![\w-])", text):
        return None  # its first word is also written in lower case: a common word ("Like")
    if _AGE_OR_PARTY.match(text, end):
        return "age or party"
    role = _ROLE_BEFORE.search(text, max(0, start - 40), start)
    if role and role.group(1) in PERSON_NOUNS:
        return "role before"
    if _surname_alone(text, tokens[-1], start, end):
        return "surname alone"
    return None


def _surname_alone(text: str, last: str, start: int, end: int) -> bool:
    """``last`` occurs elsewhere in ``text`` on its own: not after "the" or another capitalised
    word (a title such as "Mr." is fine), not before one."""
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(last)}(?![\w-])", text):
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


def dictionary_surnames(entries, actors) -> dict[str, str]:
    """Short names ("Trump") that exactly one person of the dictionary bears → that person."""
    person = set(actors.loc[actors["type"] == "person", "actor"])
    short = entries[(entries["kind"] == "short_name") & entries["actor"].isin(person)]
    owners = short.drop_duplicates(["form", "actor"]).groupby("form")["actor"].agg(list)
    return {form: names[0] for form, names in owners.items() if len(names) == 1}


def lone_surnames(text: str, surnames: dict[str, str], taken) -> list[tuple[int, int, str]]:
    """Lone mentions of a dictionary person's unambiguous surname ("Trump said") in a text that
    never names the person in full (the dictionary counts a surname only after the full name):
    ``(start, end, person)``, not inside another capitalised name ("Trump Tower") nor overlapping
    ``taken`` spans."""
    if not surnames:
        return []
    rx = _surname_pattern(tuple(sorted(surnames, key=len, reverse=True)))
    out = []
    for m in rx.finditer(text):
        s, e = m.span()
        if any(a < e and s < b for a, b in taken) or re.match(r"[’']?s?\s+[A-Z]", text[e:e + 4]):
            continue
        before = re.search(r"(\S+)\s+\Z", text[max(0, s - 30):s])
        word = before.group(1) if before else ""
        if word[:1].isupper() and word.lower().strip(".") not in _TITLE_WORDS \
                and not word.endswith((".", ":", "”", '"', ",")):
            continue  # "Ivanka Trump", "Fred Trump": another person of that name
        out.append((s, e, surnames[m.group()]))
    return out


@functools.lru_cache(maxsize=8)
def _surname_pattern(forms: tuple[str, ...]) -> re.Pattern:
    """One regular expression for the surnames, on word boundaries."""
    return re.compile(r"(?<![\w’'-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])")


_CREDIT_BEFORE = re.compile(
    r"(?:\bFollow|\breporting (?:by|from)|\bcontributed by|\bwritten by|(?:^|\n)\s*By|"
    r"\b(?:Photo|Image|Credit|Photograph)(?: by)?:?)\s+\Z", re.I)


def is_credit(text: str, start: int, end: int) -> bool:
    """The name at ``text[start:end]`` is a byline or a credit, not a person of the story:
    "Follow Pam Key on Twitter", "additional reporting from Jane Doe", "By JANE DOE",
    "Photo: Doug Ives/Canadian Press", "Kali Madej/"."""
    return (text[end:end + 1] == "/" or text[start - 1:start] == "/"
            or _CREDIT_BEFORE.search(text, max(0, start - 40), start) is not None)


def unlikely_person(text: str, start: int, end: int) -> bool:
    """A span a statistical tagger called a person that is not a person's name: it has a word
    of a place, an organisation or a group ("Franklin Delano Roosevelt Park", "Latinos"), a
    digit or a slash ("Anderson Cooper 360"), ends in a lower-case word, or is one word the text
    also writes in lower case ("Exit", "Filmmaker")."""
    tokens = text[start:end].split()
    if not tokens or any(c.isdigit() or c == "/" for c in text[start:end]):
        return True
    if any(t.lower().strip(".,’'") in NOT_PERSON_WORDS for t in tokens) or tokens[-1].islower():
        return True
    if len(tokens) == 1:
        word = tokens[0].strip(".,’'")
        return (word.lower() in ("jr", "sr") or word.endswith("s") and word[:-1].isalpha()
                and re.search(rf"\b{re.escape(word[:-1])}\b", text) is not None
                or re.search(rf"(?<![\w’'-]){re.escape(word.lower())}(?![\w-])", text) is not None)
    return False
