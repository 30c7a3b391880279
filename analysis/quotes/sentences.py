"""Sentences and the roles written next to a name, for :mod:`analysis.quotes` (asked for by
pronouns and role descriptions).

Internal. Moved out of :mod:`analysis.quotes.person_scan` unchanged (2026-12-04, ninth round),
so that module has room for the dictionary's titled aliases.
"""

from __future__ import annotations

import functools
import re

#: a sentence ends at . ! ? (closing quotation marks allowed) before a capital, or at a line break;
#: a period after a title, an abbreviation or an initial ("Mr. Trump", "Loretta E. Lynch", "U.S.
#: officials") ends none (the look-behinds, checked only after a period)
_ABBREVIATIONS = """Mr Mrs Ms Dr Sen Rep Gov Gen Lt Col Sgt Capt St Jr Sr Pres Prof No vs Ft Mt Rev
    Adm Cmdr Maj Supt Const Coun Det Insp Jan Feb Aug Sept Sep Oct Nov Dec""".split()
_SENT_END = re.compile(
    r"[.!?\n](?:(?<=[.!?])(?<!\b[A-Z]\.)"
    # one look-behind per length of abbreviation (a look-behind has one width), not one per word
    + "".join(rf"(?<!\b(?:{'|'.join(a for a in _ABBREVIATIONS if len(a) == n)})\.)"
              for n in sorted({len(a) for a in _ABBREVIATIONS}))
    + r"[\"”’']*\s+(?=[\"“‘(]?[A-Z])|(?<=\b[A-Z]\.)[\"”]+\s+(?=[\"“‘(]?[A-Z])|(?<=\n)\s*)"
)  # (an initial closed by a quotation mark ends its sentence: "… Cell Block H." Labour had …


@functools.lru_cache(maxsize=4)
def _sentence_starts(text: str) -> list[int]:
    """Offsets where the sentences of ``text`` begin (0 first), by ``_SENT_END``."""
    starts = [m.end() for m in _SENT_END.finditer(text)]
    starts.insert(0, 0)
    return starts


_ROLE_BEFORE = re.compile(r"((?:[A-Za-z][\w’'\-]*\.?\s+){1,4})\Z")
_APPOSITIVE = re.compile(r",\s+(?:the|a|an|its|his|her|their)\s+([^,.;:()“”\"]{2,80}?)\s*[,.;:)]")
_APPOSITIVE_BEFORE = re.compile(r"(?:^|\W)(?:[Tt]he|[Aa]n?)\s+([^,.;:()“”\"]{2,80}),\s*\Z")
_ROLE_STOP = frozenset(
    """the a an his her their its our this that and or but of to for with by at in on from as
    said says told when while after before than who which""".split()
)


#: reporting verbs that end a clause after a name: ", the president said" is no apposition
_SPEECH_WORDS = frozenset("""said says say told tells added adds asked asks wrote writes noted
    notes explained explains declared insisted stated argued replied""".split())


def _roles_near(mention: list, text: str, floor: int = 0) -> set[str]:
    """Role words written next to a mention (computed once, on demand, kept in the mention):
    the lower-case words just before the name ("campaign manager Barry Bennett", "GOP
    front-runner Donald Trump") and the words of an appositive description after or before it
    (", the independent senator from Vermont,"; "The leader of the group, Jonathan Greenblatt,");
    none before ``floor``, the end of the name before ("President Obama met Donald Trump": no
    "president" for Trump)."""
    if len(mention) > 4:
        return mention[4]
    s, e = mention[0], mention[1]
    roles: set[str] = set()
    m = _ROLE_BEFORE.search(text, max(0, s - 50, floor), s)
    if m:
        for w in reversed(m.group(1).split()):
            low = w.lower().strip(".")
            if low in _ROLE_STOP or not low[:1].isalpha():
                break
            roles.add(low)
    for rx, at in ((_APPOSITIVE, (e, min(len(text), e + 100))), (_APPOSITIVE_BEFORE,
                                                                  (max(0, s - 90, floor), s))):
        m = (rx.match if rx is _APPOSITIVE else rx.search)(text, *at)
        if m:
            words = [w.lower().strip("’'") for w in re.findall(r"[A-Za-z][\w’'\-]*", m.group(1))]
            if not _SPEECH_WORDS.intersection(words):  # (", the president said:" is the next
                roles.update(words)  # speaker, no apposition: "friends with Mr Kim, the …")
    mention.append(roles)
    return roles


#: a sentence-initial adverbial clause or participle phrase up to a mention inside it ("While
#: refusing to say whether Obama …, Carney made clear"): Hobbs's (1978) breadth-first search
#: reaches the main clause's subject before the nodes inside the fronted clause
_FRONTED = re.compile(
    r"\W*(?:(?:And|But|So|Yet|Still)\W+)?(?:(?:While|Although|Though|When|Whenever|If|Because|"
    r"Since|Once|Until|Unless|Whereas|After|Before|As|Despite|Amid)\b|[A-Z][a-z]+ing\b)"
    r"[^,;:—–]*$")


#: a sentence that announces its topic before the subject ("As for Trump, he said …")
_TOPIC = re.compile(r"\W*(?:(?:And|But)\s+)?(?:As for|As to)\s+$")
