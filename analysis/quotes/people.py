"""Speakers resolved to people, for :mod:`analysis.quotes`: the ``speaker_resolved`` column.

Internal to :func:`analysis.quotes.quotes`. ``speaker`` stays the phrase as written ("he", "the
mayor", "Trump"); ``_resolve_people`` adds, per row, ``speaker_resolved`` (the person or body the
phrase refers to, as a full name where the article gives one) and ``speaker_kind``:

* ``person`` — a named person: a name ("Mr. Trump" → "Donald Trump": a lone surname or titled
  surname joins the full name the same article gives), a pronoun ("he", "she": the nearest
  preceding named person of compatible gender outside quotation marks, or the person a previous
  pronoun speaker was resolved to), or a definite role description ("the mayor" → "Bill de
  Blasio" when the text titles him "Mayor Bill de Blasio"; "the candidate" → the nearest person);
* ``organisation`` — a named body ("IRNA", "The New York Times", "the report" → IRNA);
* ``spokesperson`` — "a Trump campaign spokesman" → "spokesperson of Trump campaign";
* ``anonymous`` — "a source", "officials familiar with …" → "(anonymous source)";
* ``document`` — "the poll", "a new report" with no named source → the phrase lower-cased;
* ``group`` — plural descriptions ("voters", "experts"; "they" resolved to them);
* ``unresolved`` — a pronoun or description the text does not tie to anyone → "(unidentified)".

Method: a deterministic, rule-based resolver in the spirit of the sieve of Lee et al. (2013,
"Deterministic coreference resolution based on entity-centric, precision-ranked rules",
Computational Linguistics 39(4)): exact and surname matches first, then pronouns to the nearest
compatible antecedent (gender from titles Mr./Mrs./Ms. and the pronouns that follow a name's own
mentions), then role nouns matched to the titles written before names. Person mentions are
capitalised name sequences, cleaned of datelines, credits ("Doug Ives/Canadian Press"), places
and organisation words. Across a corpus, :func:`analysis.quotes.attribution` maps
(``_join_surnames``) a lone surname to the one full name the corpus gives it ("Trump" → "Donald
Trump") when that name is at least 80 % of the full names ending in it.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter

import pandas as pd

from .coreference import _epithet
from .words import _ORG_WORDS, _REPORT_NOUNS, _TITLES

_PERSON_TITLES = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
    "sen.": None, "sen": None, "rep.": None, "rep": None, "gov.": None, "gov": None, "dr.": None,
    "dr": None, "gen.": None, "president": None, "senator": None, "secretary": None,
    "governor": None, "judge": None, "justice": None, "mayor": None, "chancellor": None,
    "speaker": None, "chairman": None, "sheriff": None, "pope": None, "prof.": None,
    "congressman": "m", "congresswoman": "f", "king": "m", "queen": "f", "prince": "m",
}
_TITLE_ROLE = {"sen.": "senator", "sen": "senator", "gov.": "governor", "gov": "governor",
               "rep.": "congressman", "rep": "congressman", "gen.": "general",
               "dr.": "doctor", "prof.": "professor"}
_NAME = r"[A-Z](?:[a-z]*[A-Z])?[a-z]+(?:[-’'][A-Z]?[a-z]+)*"
_PERSON_RX = re.compile(
    r"(?=[A-Z])(?<![\w’'])(?:(?P<title>(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.|President|Senator|Secretary|"
    r"Governor|Judge|Justice|Mayor|Chancellor|Speaker|Chairman|Sheriff|Pope|Congressman|"
    r"Congresswoman|King|Queen|Prince)\s+)?"
    rf"(?P<name>{_NAME}(?:\s+(?:[A-Z]\.|{_NAME}|(?:de|van|von|bin|al|del|da|di|le|la)(?=\s+[A-Z])))*"
    r"(?:,?\s+(?:Jr|Sr)\.)?)"
)
_NOT_NAME_START = frozenset(
    """the a an and but or if in on at for to of by with from as this that these those it its
    he she they we i you his her their our my when while after before since though although
    however meanwhile still yet so then there here what who why how where which monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july august
    september october november december new north south east west united white supreme federal
    national democratic republican democrats republicans gop american americans congress senate
    house read follow watch share click related photo getty ap reuters more breaking update
    according mr mrs ms dr miss""".split()
)
_NOT_NAME_WORDS = _ORG_WORDS | frozenset(
    """street avenue city county state states island islands america york washington
    california texas florida ohio virginia carolina iowa hampshire nevada michigan pennsylvania
    wisconsin colorado arizona georgia chicago london paris europe russia china syria iran iraq
    mexico canada israel center centre hall square park airport hospital school college campaign
    fund club church press review magazine show debate day night korea nations""".split()
)
_DESCRIPTORS = frozenset(
    """executive director chancellor chairwoman general state attorney republican democratic
    democrat
    senior chief editor anchor host pollster strategist candidate nominee speaker""".split()
)
# a mention opening its sentence, perhaps after a short adverbial ("On Wednesday, Trump …")
_SUBJECT_START = re.compile(r"(?:^|[.!?:”\"]\s+|\n\s*)(?:[A-Z][a-z]+(?: [a-z]+)?,? )?\Z")
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese|ish|an)$")
_FEMALE = frozenset(
    """hillary melania ivanka chelsea michelle loretta elizabeth nancy sarah kellyanne huma
    donna debbie angela theresa jill hope megyn kelly mary susan karen linda barbara patricia
    jennifer maria lisa anne ann jane emily emma julia laura rachel rebecca amy amanda jessica
    ashley nicole katie kate heather rose carly condoleezza madeleine samantha valerie janet
    ruth sonia elena gina tammy kirsten claire tulsi kamala maxine marsha joni nikki sheila
    wendy diane alicia gennifer juanita kathleen""".split()
)
_MALE = frozenset(
    """donald barack bernie bill joe mike mitch paul ted marco jeb ben chris john james robert
    michael william david richard charles thomas daniel matthew anthony mark steven kevin brian
    george jeff jason eric tim tom newt rudy reince sean corey steve stephen lindsey rand
    scott jim bob harry chuck tim mitt rick jon andrew peter frank ed don henry aaron dan
    jared vladimir xi justin sam martin barney antonin""".split()
)
_GENDER_WORDS = {"he": "m", "him": "m", "his": "m", "himself": "m",
                 "she": "f", "her": "f", "hers": "f", "herself": "f"}
_PRONOUN_RX = re.compile(r"(?=[HhSs])\b(?:[Hh]e|[Ss]he)\b")  # letter first: a fast skip
_ANON_WORDS = frozenset("source sources familiar condition anonymity insider insiders".split())
_ANON_HEADS = frozenset("official officials aide aides adviser advisers advisor advisors person "
                        "people staffer staffers".split())
_SPOKES = re.compile(r"\b(?:spokes(?:man|woman|person|people)|press secretary|representative)\b")
_DOCUMENT_NOUNS = _REPORT_NOUNS | frozenset(
    """poll polls survey surveys study studies data analysis memo letter ad ads video tweet tweets
    post filing ruling complaint lawsuit book article editorial transcript email emails document
    documents record records figures numbers research estimate estimates projection projections
    count tally review audit investigation findings results release""".split()
)
_PERSON_HEADS = frozenset(
    """president candidate nominee senator governor mayor secretary businessman businesswoman
    billionaire mogul congressman congresswoman lawmaker leader chairman chairwoman director
    judge justice attorney lawyer speaker minister chancellor frontrunner front-runner rival
    candidate actor actress singer star author host moderator general officer sheriff chief
    man woman pope king queen prince founder ceo executive writer economist professor
    republican democrat""".split()
)


UNIDENTIFIED = "(unidentified)"  # speaker_resolved of a pronoun or description tied to no one
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)
_REFLEXIVE = re.compile(r"\s+(?:himself|herself|themselves|itself)$")
_ONE_NAME = re.compile(r"[A-Z][a-z][\w’'\-]*")
_BODY_NOUNS = _ORG_WORDS | frozenset(
    """military police administration group company community taliban firm campaign team
    regime coalition alliance board panel prosecutors lawmakers legislature""".split()
) - frozenset("news media".split())


_TITLES_DESCRIPTORS = _TITLES | _DESCRIPTORS


class _Person:
    __slots__ = ("full", "surname", "gender", "roles", "count")

    def __init__(self, full: str, surname: str):
        self.full, self.surname = full, surname
        self.gender: Counter = Counter()
        self.roles: set[str] = set()
        self.count = 0


_POSSESSIVE = re.compile(r"[’']s?$")


def _clean_name(name: str, roles: list[str] | None = None) -> list[str]:
    toks, cut = _clean_name_cached(name)
    if roles is not None:
        roles.extend(cut)
    return list(toks)


@functools.lru_cache(maxsize=1 << 16)
def _clean_name_cached(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Name tokens without a leading opener, title or descriptor ("Russian President Vladimir
    Putin" → Vladimir Putin; the titles go to ``roles``), middle initials or a possessive ending;
    [] for a headline run of capitals or a name ending in a title ("Air Force Gen")."""
    toks = [_POSSESSIVE.sub("", t) for t in name.replace(",", " ").split()]
    toks = [t for t in toks if not (len(t) == 2 and t[1] == ".")]
    while toks and toks[0].lower().strip(".") in _NOT_NAME_START:
        toks = toks[1:]
    cut = [n for n, t in enumerate(toks[:-1]) if t.lower() in _TITLES_DESCRIPTORS
           or _DEMONYM.search(t) or t.isupper()]
    roles: tuple[str, ...] = ()
    if cut:
        roles = tuple(t.lower() for t in toks[: cut[-1] + 1])
        toks = toks[cut[-1] + 1 :]
    if (len(toks) > 4 or not toks or toks[-1].lower().strip(".") in _TITLES_DESCRIPTORS
            or any(t.lower().strip(".") in _NOT_NAME_START for t in toks[1:])):
        return (), roles
    return tuple(toks), roles


def _people(text: str, quoted: list[tuple[int, int]]):
    """Person mentions outside quotations: (start, end, person, subject) in text order, and the
    people; ``subject`` (the mention opens its sentence) is None until :func:`_is_subject` asks."""
    people: dict[str, _Person] = {}
    raw = []
    nq, qi = len(quoted), 0
    q_end = quoted[0][1] if quoted else -1
    q_start = quoted[0][0] if quoted else len(text) + 1
    not_start, not_word = _NOT_NAME_START, _NOT_NAME_WORDS
    for m in _PERSON_RX.finditer(text):
        ms = m.start()
        while ms >= q_end and qi < nq:  # matches come in text order: walk the quotations along
            qi += 1
            q_start, q_end = quoted[qi] if qi < nq else (len(text) + 1, -1)
        if q_start <= ms < q_end:
            continue
        title, name = m.group("title", "name")
        if not title and " " not in name:  # a lone capitalised word (most matches): cheap path
            bare = name[:-2] if name.endswith(("’s", "'s")) else name
            low = bare.lower()
            if low not in not_start and low not in not_word:
                raw.append((ms, m.end(), bare, None, "", ()))
            continue
        title = (title or "").lower()
        roles: list[str] = []
        toks = _clean_name(name, roles)
        if not toks or any(t.lower() in not_word for t in toks):
            continue
        if "/" in text[m.end() : m.end() + 1] or text[ms - 1 : ms] == "/":
            continue  # a photo credit: "Doug Ives/Canadian Press"
        if len(toks) == 1 and not title:
            raw.append((ms, m.end(), toks[0], None, "", roles))
            continue
        toks = [t for t in toks if t not in ("Jr.", "Sr.")] or toks
        raw.append((ms, m.end(), toks[-1], " ".join(toks) if len(toks) > 1 else None,
                    title, roles))
    for _s, _e, surname, full, _t, _r in raw:
        if full is not None and full not in people:
            people[full] = _Person(full, surname)
    by_surname: dict[str, list[_Person]] = {}
    for p in people.values():
        by_surname.setdefault(p.surname, []).append(p)
        first = p.full.split()[0].lower()  # (known before "Mrs. X" picks among them)
        if first in _FEMALE or first in _MALE:
            p.gender["f" if first in _FEMALE else "m"] += 5
    mentions = []
    for s, e, surname, full, title, roles in raw:
        if full:
            p = people.get(full)
        else:
            cands = by_surname.get(surname)
            if not cands and not title:
                continue  # a lone capitalised word no full name ends with: a place, an opener
            p = _pick(cands, title)
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
        mentions.append([s, e, p, None])
    search = _PRONOUN_RX.search
    for n, (_s, e, p, _subj) in enumerate(mentions):
        stop = mentions[n + 1][0] if n + 1 < len(mentions) else len(text)
        w = search(text, e, min(stop, e + 120))
        if w is not None:
            p.gender[_GENDER_WORDS[w.group().lower()]] += 1
    return mentions, by_surname


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
    return max(cands, key=lambda p: p.count)


def _gender(p: _Person) -> str | None:
    m, f = p.gender["m"], p.gender["f"]
    if m == f:
        return None
    return "m" if m > f else "f"


def _classify(surface: str, category: str, norm: str) -> tuple[str, str] | None:
    """Kind and label of a speaker phrase that names no one (anonymous, spokesperson …)."""
    low = surface.lower()
    words = re.findall(r"[a-z][a-z’'\-]*", low)
    if not words:
        return None
    if _SPOKES.search(low):
        caps = re.findall(r"\b[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*)*", surface)
        caps = [re.sub(r"^(?:A|An|The)\s+", "", c) for c in caps]
        caps = [c for c in caps if c.lower() not in ("a", "an", "the")]
        org = " ".join(caps[-1:]) if caps else ""
        org = re.sub(r"[’']s$", "", org)
        if org and category != "named":
            extra = " campaign" if re.search(rf"{re.escape(org)}\s+campaign", surface) else ""
            return "spokesperson", f"spokesperson of {org}{extra}"
        if not caps:
            return "spokesperson", "(spokesperson)"
    if category == "named":
        return None
    if any(w in _ANON_WORDS for w in words) or (
        words[0] in ("a", "an", "one", "two", "three", "several", "some", "other", "another")
        and words[-1] in _ANON_HEADS
    ) or words[-1] in ("official", "officials") or words[-2:] == ["the", "person"]:
        return "anonymous", "(anonymous source)"  # "the official" no named official precedes
    if words[-1] in _BODY_NOUNS:
        return "organisation", re.sub(r"^(?:the|a|an|its|their)\s+", "", surface.strip(),
                                      flags=re.I)
    if words[-1] in _DOCUMENT_NOUNS:
        return "document", norm
    if words[-1].endswith("s") and not words[-1].endswith("ss") and words[0] != "the":
        return "group", norm
    if words[-1] in ("who", "which", "that") or category == "pronoun":
        return None
    if words[-1].endswith("s") and not words[-1].endswith("ss"):
        return "group", norm
    return None


def _resolve_people(rows: list[dict], text: str, quoted, kind_of) -> None:
    """Fill ``speaker_resolved`` and ``speaker_kind`` for the rows of one document.

    ``kind_of(surface)`` → (category, norm, words), as :func:`analysis.quote_attribution.
    _speaker_kind`; ``quoted`` are the direct quotation spans (names inside them are not
    antecedents).
    """
    if all(r["speaker_start"] is None for r in rows):
        for r in rows:
            r["speaker_resolved"], r["speaker_kind"] = None, None
        return  # no speaker to resolve: the person scan is not needed
    mentions, by_surname = _people(text, quoted)
    m_starts = [m[0] for m in mentions]
    q_starts = [q[0] for q in quoted]
    resolved_at: list[tuple[int, _Person]] = []  # person speakers so far, in text order
    done: dict[tuple[int, int], tuple[str | None, str | None]] = {}
    for r in sorted(rows, key=lambda r: (r["speaker_start"] is None, r["speaker_start"] or 0)):
        if r["speaker_start"] is None:
            r["speaker_resolved"], r["speaker_kind"] = None, None
            continue
        span = (r["speaker_start"], r["speaker_end"])
        if span not in done:
            label, kind = _resolve_row(r, text, kind_of, mentions, m_starts, by_surname,
                                       resolved_at)
            done[span] = label, kind
            k = bisect.bisect_right(q_starts, span[0]) - 1
            nested = k >= 0 and quoted[k][0] <= span[0] < quoted[k][1]
            if kind == "person" and not nested and (
                not resolved_at or resolved_at[-1][0] != span[0]
            ):
                p = next((p for _s, p in reversed(resolved_at) if p.full == label), None)
                if p is None:
                    p = _named_person(label, by_surname) or _Person(label, label.split()[-1])
                resolved_at.append((span[0], p))
        r["speaker_resolved"], r["speaker_kind"] = done[span]


def _resolve_row(r, text, kind_of, mentions, m_starts, by_surname, resolved_at):
    s, e = r["speaker_start"], r["speaker_end"]
    surface = _REFLEXIVE.sub("", text[s:e])
    category, norm, words = kind_of(surface)
    if category == "description" and _ONE_NAME.fullmatch(surface.strip()):
        category, norm = "named", surface.strip()  # "Erdogan", "Giuliani": names, not demonyms
    if r.get("speaker_actor"):
        return r["speaker_actor"], "person" if _looks_named_person(r["speaker_actor"]) else (
            "organisation")
    if category == "named":
        special = _classify(surface, category, norm)
        if special is not None:
            return special[1], special[0]
        cleaned = " ".join(_clean_name(norm))
        title = surface.split()[0].lower() if surface.split() else ""
        person = _named_person(cleaned, by_surname, title) if cleaned else None
        if person is not None:
            return person.full, "person"
        if _looks_named_person(norm, lone=True) and not surface.isupper():
            return (cleaned or norm), "person"
        body = _DETERMINER.sub("", _POSSESSIVE.sub("", surface.strip()))
        return (body if len(body.split()) <= 5 else norm), "organisation"  # as written
    if category == "pronoun" and norm in ("he", "she"):
        want = "m" if norm == "he" else "f"
        p = _nearest(s, mentions, m_starts, resolved_at, lambda p: _gender(p) in (want, None),
                     text)
        if p is not None:
            return p.full, "person"
        return UNIDENTIFIED, "unresolved"
    if r.get("antecedent"):
        norm = r["speaker_norm"] or ""
        if _looks_named_person(norm, lone=category == "description"):
            person = _named_person(" ".join(_clean_name(norm)) or norm, by_surname)
            return (person.full if person else norm), "person"
        kind = "organisation"
        if category == "pronoun" and norm == "they":
            kind = "group"
        return r["speaker_norm"], kind
    special = _classify(surface, category, norm)
    if special is not None:
        return special[1], special[0]
    if category == "description":
        head = words[-1] if words else ""
        role = [w for w in words if w in _PERSON_HEADS or _epithet(w)]
        if role:
            p = _by_role(s, role, mentions, m_starts)
            if p is None and surface.lower().startswith("the ") and (
                    head in _PERSON_HEADS or _epithet(head)):
                p = _nearest(s, mentions, m_starts, resolved_at, lambda p: True, text)
            if p is not None:
                return p.full, "person"
    return UNIDENTIFIED, "unresolved"


def _named_person(norm: str, by_surname, title: str = "") -> _Person | None:
    """The person a name refers to; ``title`` ("mrs.") picks among people of one surname."""
    toks = norm.split()
    if not toks:
        return None
    cands = by_surname.get(toks[-1])
    if not cands:
        return None
    if len(toks) > 1:
        same = [p for p in cands if p.full == norm or p.full.endswith(norm)]
        if same:
            return same[0]
        firsts = [p for p in cands if p.full.split()[0] == toks[0]]
        return firsts[0] if firsts else None
    return _pick(cands, title if title in _PERSON_TITLES else "")


_JOINERS = frozenset("de van von bin al del da di le la".split())


def _looks_named_person(name: str, lone: bool = False) -> bool:
    """A person's name: 2-4 capitalised words (joiners allowed), or with ``lone`` one
    capitalised word that is no acronym ("Trump", not "IRNA"); no organisation or place word."""
    toks = name.split()
    if any(t.lower() in _NOT_NAME_WORDS for t in toks):
        return False
    if lone and len(toks) == 1:
        return toks[0][:1].isupper() and not toks[0].isupper()
    return 2 <= len(toks) <= 4 and all(t[:1].isupper() or t in _JOINERS for t in toks)


_SPEAKER_REACH = 600  # characters back within which a previous speaker is the antecedent


def _nearest(pos, mentions, m_starts, speakers, ok, text: str) -> _Person | None:
    """The antecedent of a pronoun at ``pos``: the most recent compatible speaker within
    ``_SPEAKER_REACH`` characters (news attributes runs of quotations to one person: “…,” Mr. X
    said. “…,” he added), else the nearest compatible person named outside quotations."""
    speaker = None
    for rs, p in reversed(speakers):
        if rs >= pos:
            continue
        if pos - rs > _SPEAKER_REACH:
            break
        if ok(p):
            speaker = (rs, p)
            break
    k = bisect.bisect_left(m_starts, pos) - 1
    nearest = None
    while k >= 0:
        ms, _me, p, _subj = mentions[k]
        if ok(p):
            nearest = nearest or p
            if speaker is None or _is_subject(mentions[k], text):
                # a sentence subject named after the last speaker takes over the thread
                return p if speaker is None or ms > speaker[0] else speaker[1]
        if speaker is not None and ms < speaker[0]:
            break
        k -= 1
    return speaker[1] if speaker is not None else nearest


def _by_role(pos, role, mentions, m_starts) -> _Person | None:
    """The most recent person titled with one of the role words ("Mayor Bill de Blasio")."""
    k = bisect.bisect_left(m_starts, pos) - 1
    while k >= 0:
        p = mentions[k][2]
        if p.roles & set(role):
            return p
        k -= 1
    return None


def _join_surnames(resolved: pd.Series, kind: pd.Series) -> pd.Series:
    """Across a corpus, a lone surname → the full name that holds ≥ 80 % of its full names."""
    person = kind.astype("string").eq("person").fillna(False).to_numpy(dtype=bool)
    names = resolved[person].dropna()
    full = names[names.str.contains(" ", regex=False)]
    counts = full.value_counts()
    by_last: dict[str, list[tuple[str, int]]] = {}
    for name, n in counts.items():
        by_last.setdefault(name.split()[-1], []).append((name, int(n)))
    mapping = {}
    for last, opts in by_last.items():
        total = sum(n for _, n in opts)
        name, n = max(opts, key=lambda o: o[1])
        if n >= 0.8 * total:
            mapping[last] = name
    out = resolved.copy()
    lone = person & resolved.notna().to_numpy() & ~resolved.fillna("").str.contains(" ").to_numpy()
    out[lone] = resolved[lone].map(lambda v: mapping.get(v, v))
    return out
