"""Label choice: which name an outlet gives a referent ("Israel" or "Zionist regime"), by voice.

``load_labels()`` reads the shipped lexicon ``analysis/resources/labels.csv`` (one row per rule:
``referent, label, patterns, context, exclude, stance_note, source``) and lets users add rows;
``find_labels(articles)`` returns every label occurrence with its offsets; ``label_choices``
counts them per outlet and *voice* — the outlet's own words, or words it quotes (direct
quotations, from :func:`analysis.voice.voice_spans`; paraphrase is the outlet's own wording).
Also exported as :func:`analysis.framing.label_choices`.

Matching rules, in plain words:

- ``patterns`` are ``|``-separated phrases, matched case-insensitively and on word boundaries
  ("Israel" matches "Israel's" but not "Israeli"); curly and straight apostrophes, hyphens and
  dashes, and runs of spaces or line breaks are treated alike. A pattern written in capitals with
  at least two letters ("US", "U.S.", "IRGC") is matched case-sensitively, so "us" is not the
  United States.
- Within one referent the longest match wins at each place (leftmost-longest), so "Israeli
  regime" counts once, as "Israeli regime", and not also as "Israeli". Different referents are
  matched independently: "Israeli aggression" is both an "Israeli" for Israel and an "aggression"
  for the Gaza war.
- ``context`` (optional, ``|``-separated phrases) restricts a generic label to sentences that also
  name the referent: "terrorist group" counts for Hamas only in a sentence that names Hamas. A
  sentence naming two referents counts the label for both; check the sentences.
- ``exclude`` (optional) lists look-alike phrases that are not the label ("war crimes" is not the
  Gaza "war"); where an exclusion is the longest match, nothing is counted.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import ahocorasick
import numpy as np
import pandas as pd

from .. import config
from .._api import keyword_only, renamed
from .._validate import require_columns
from ..text import paragraph_spans, sentence_spans
from ..voice import quoted_index, voice_at, voice_spans

LABEL_COLUMNS = ["referent", "label", "patterns", "context", "exclude", "stance_note", "source"]
_REQUIRED = ["referent", "label", "patterns"]
# One-to-one character substitutions, so that offsets in the normalised text are offsets in text.
_FOLD = str.maketrans({
    "’": "'", "‘": "'", "ʼ": "'", "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-",
    "\n": " ", "\t": " ", "\r": " ", "\f": " ", "\v": " ", "\xa0": " ", "\u2009": " ",
})
_SPACES = re.compile(r"\s+")
_RUNS = re.compile(r" {2,}")


def load_labels(
    path: str | Path | None = None,
    extra: pd.DataFrame | Iterable[dict] | str | Path | None = None,
) -> pd.DataFrame:
    """Read the referent-label lexicon, optionally extended with user rows.

    Parameters
    ----------
    path : path, optional
        A CSV with at least ``referent, label, patterns``; default the shipped
        ``analysis/resources/labels.csv``.
    extra : DataFrame, list of dicts or path, optional
        Rows appended to the lexicon (new referents, new labels, or more patterns for an existing
        label). To change a shipped row, copy ``labels.csv``, edit it and pass it as ``path``.

    Returns
    -------
    DataFrame
        ``referent, label, patterns, context, exclude, stance_note, source``; missing optional
        columns are filled with "".

    Raises
    ------
    ValueError
        When a required column is missing, a row has no pattern, or one phrase is given to two
        labels of the same referent (it could not be counted as either).

    Examples
    --------
    >>> lex = load_labels(extra=[{"referent": "Israel", "label": "Zionist regime",
    ...                           "patterns": "Zionist occupation entity"}])
    >>> lex.iloc[-1][["referent", "label", "patterns"]].tolist()
    ['Israel', 'Zionist regime', 'Zionist occupation entity']
    """
    lex = _read_table(path if path is not None else config.RESOURCES_DIR / "labels.csv", "labels")
    if extra is not None:
        lex = pd.concat([lex, _read_table(extra, "extra")], ignore_index=True)
    return check_labels(lex)


def _read_table(src, name: str) -> pd.DataFrame:
    if isinstance(src, (str, Path)):
        return pd.read_csv(src, dtype=str, keep_default_na=False)
    if isinstance(src, pd.DataFrame):
        return src.copy()
    if isinstance(src, Iterable):
        return pd.DataFrame(list(src))
    raise TypeError(f"{name} must be a path, a DataFrame or a list of dicts, got {type(src)}")


def check_labels(labels: pd.DataFrame) -> pd.DataFrame:
    """Validate a lexicon table and fill its optional columns (see :func:`load_labels`).

    Examples
    --------
    >>> check_labels(pd.DataFrame({"referent": ["X"], "label": ["x"], "patterns": ["ex|x"]})).shape
    (1, 7)
    """
    require_columns(labels, _REQUIRED, name="labels")
    lex = labels.copy()
    for col in LABEL_COLUMNS:
        lex[col] = lex[col].fillna("").astype(str).str.strip() if col in lex else ""
    lex = lex[LABEL_COLUMNS + [c for c in lex.columns if c not in LABEL_COLUMNS]]
    owner: dict[tuple[str, str], str] = {}
    for row in lex.itertuples(index=False):
        if not _phrases(row.patterns):
            raise ValueError(f"label {row.label!r} of {row.referent!r} has no pattern")
        for phrase in _phrases(row.patterns):
            key = (row.referent, _norm(phrase))
            if owner.setdefault(key, row.label) != row.label:
                raise ValueError(
                    f"pattern {phrase!r} of referent {row.referent!r} is given to two labels: "
                    f"{owner[key]!r} and {row.label!r}"
                )
    for row in lex.itertuples(index=False):
        for phrase in _phrases(row.exclude):
            if (row.referent, _norm(phrase)) in owner:
                raise ValueError(f"exclude phrase {phrase!r} is also a pattern of {row.referent!r}")
    return lex.reset_index(drop=True)


def _phrases(cell: str) -> list[str]:
    return [p.strip() for p in str(cell).split("|") if p.strip()]


def _fold(text: str) -> str:
    """Case-folded text of the same length (offsets preserved)."""
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two (e.g. "İ")
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.translate(_FOLD)


def _norm(phrase: str) -> str:
    return _SPACES.sub(" ", _fold(phrase.strip()))


def _case_sensitive(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _phrase_regex(phrases: list[str]) -> re.Pattern | None:
    """Word-bounded regex for context phrases (same folding rules as the patterns)."""
    if not phrases:
        return None
    alts = []
    for phrase in sorted(phrases, key=len, reverse=True):
        body = "".join(
            r"\s+" if c.isspace() else "['’ʼ‘]" if c in "'’" else "[-‐‑‒–—]" if c in "-–—"
            else re.escape(c)
            for c in _SPACES.sub(" ", phrase.strip())
        )
        alts.append(f"(?-i:{body})" if _case_sensitive(phrase) else body)
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.IGNORECASE)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class _LabelMatcher:
    """An Aho-Corasick automaton over every pattern and exclusion of a lexicon."""

    def __init__(self, lex: pd.DataFrame):
        self.lex = lex
        self.context = [_phrase_regex(_phrases(c)) for c in lex["context"]]
        entries: dict[str, list[tuple[int, bool, str | None]]] = {}
        for i, row in enumerate(lex.itertuples(index=False)):
            for is_excl, cell in ((False, row.patterns), (True, row.exclude)):
                for phrase in _phrases(cell):
                    exact = _SPACES.sub(" ", phrase.strip().translate(_FOLD))
                    exact = exact if _case_sensitive(phrase) else None
                    entries.setdefault(_norm(phrase), []).append((i, is_excl, exact))
        self.automaton = ahocorasick.Automaton()
        for key, value in entries.items():
            self.automaton.add_word(key, (len(key), value))
        self.automaton.make_automaton()

    def find(self, text: str) -> list[tuple[int, int, int]]:
        """``(start, end, row)`` of the label matches in ``text`` (exclusions resolved)."""
        folded = _fold(text)
        where = None  # offsets of the folded text in text, when runs of spaces were collapsed
        if _RUNS.search(folded):
            keep = np.ones(len(folded), dtype=bool)
            for m in _RUNS.finditer(folded):
                keep[m.start() + 1 : m.end()] = False
            where, folded = np.flatnonzero(keep), _RUNS.sub(" ", folded)
        cands: list[tuple[str, int, int, int, bool]] = []
        sents: list[tuple[int, int]] | None = None
        for last, (length, value) in self.automaton.iter(folded):
            start, end = last - length + 1, last + 1
            if (start > 0 and _is_word(folded[start - 1])) or (
                end < len(folded) and _is_word(folded[end])
            ):
                continue
            if where is not None:
                start, end = int(where[start]), int(where[end - 1]) + 1
            for row, is_excl, exact in value:
                surface = text[start:end]
                if exact is not None and _SPACES.sub(" ", surface.translate(_FOLD)) != exact:
                    continue
                rx = self.context[row]
                if rx is not None and not is_excl:
                    if sents is None:
                        sents = [s for p in paragraph_spans(text)
                                 for s in sentence_spans(text, *p)]
                    s, e = _sentence_of(sents, start, len(text))
                    if not rx.search(text, s, e):
                        continue
                cands.append((self.lex.at[row, "referent"], start, end, row, is_excl))
        # leftmost-longest within each referent; exclusions win like labels and are then dropped
        cands.sort(key=lambda c: (c[0], c[1], -(c[2] - c[1]), c[4], c[3]))
        out, last_ref, last_end = [], None, -1
        for ref, start, end, row, is_excl in cands:
            if ref != last_ref:
                last_ref, last_end = ref, -1
            if start < last_end:
                continue
            last_end = end
            if not is_excl:
                out.append((start, end, row))
        return out


def _sentence_of(sents: list[tuple[int, int]], pos: int, n: int) -> tuple[int, int]:
    i = bisect.bisect_right([s for s, _ in sents], pos) - 1
    return sents[i] if i >= 0 and pos < sents[i][1] else (0, n)


@renamed(window="window_chars")
def find_labels(
    articles: pd.DataFrame,
    labels: pd.DataFrame | None = None,
    *,
    window_chars: int | None = None,
    spans: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Every occurrence of a lexicon label in the articles, with offsets and voice.

    Parameters
    ----------
    articles : DataFrame
        Needs ``doc_id`` and ``text`` (``outlet`` is carried along when present).
    labels : DataFrame, optional
        A lexicon (see :func:`load_labels`); default the shipped one.
    window_chars : int, optional
        Also return ``left`` and ``right``: this many characters of context on each side.
    spans : DataFrame, optional
        A precomputed :func:`analysis.voice.voice_spans` table of ``articles``.

    Returns
    -------
    DataFrame
        ``doc_id, start, end, surface, referent, label, voice`` (+ ``outlet``, ``left``,
        ``right``), one row per occurrence, in text order; ``articles.text[start:end] ==
        surface``; ``voice`` is "own" or "quoted" (inside a direct quotation).

    Examples
    --------
    >>> arts = pd.DataFrame({"doc_id": ["a"],
    ...     "text": ["The Israeli regime and Israel's allies; “the Zionist regime's attacks”."]})
    >>> find_labels(arts)[["surface", "label", "voice"]].values.tolist()
    [['Israeli regime', 'Israeli regime', 'own'], ['Israel', 'Israel', 'own'], \
['Zionist regime', 'Zionist regime', 'quoted']]
    """
    require_columns(articles, ["doc_id", "text"])
    lex = load_labels() if labels is None else check_labels(labels)
    matcher = _LabelMatcher(lex)
    rows: dict[str, list] = {k: [] for k in ["doc_id", "start", "end", "surface", "row"]}
    texts = {}
    for doc_id, text in zip(articles["doc_id"], articles["text"].fillna("")):
        texts[doc_id] = text
        for start, end, row in sorted(matcher.find(text)):
            rows["doc_id"].append(doc_id)
            rows["start"].append(start)
            rows["end"].append(end)
            rows["surface"].append(text[start:end])
            rows["row"].append(row)
    out = pd.DataFrame(rows)
    out["start"] = out["start"].astype("int64")
    out["end"] = out["end"].astype("int64")
    out["referent"] = lex["referent"].to_numpy()[out["row"].to_numpy(dtype=int)]
    out["label"] = lex["label"].to_numpy()[out["row"].to_numpy(dtype=int)]
    out = out.drop(columns="row")
    out["voice"] = voice_at(out["doc_id"], out["start"],
                            quoted_index(voice_spans(articles) if spans is None else spans))
    if "outlet" in articles.columns:
        out = out.merge(articles[["doc_id", "outlet"]].drop_duplicates("doc_id"), on="doc_id",
                        how="left")
    window = window_chars
    if window is not None:
        out["left"] = [texts[d][max(0, s - window) : s].replace("\n", " ")
                       for d, s in zip(out["doc_id"], out["start"])]
        out["right"] = [texts[d][e : e + window].replace("\n", " ")
                        for d, e in zip(out["doc_id"], out["end"])]
    return out


# ------------------------------------------------------------------------------ label choices
def _by_columns(by: str | Sequence[str]) -> list[str]:
    """Grouping column(s) as a list."""
    return [by] if isinstance(by, str) else list(by)


@keyword_only("by")
def label_choices(
    articles: pd.DataFrame,
    *,
    by: str | Sequence[str] = "outlet",
    labels: pd.DataFrame | None = None,
    spans: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Which label each outlet uses for each referent, in its own voice and in quotations.

    Parameters
    ----------
    articles : DataFrame
        Needs ``doc_id``, ``text`` and the ``by`` column(s).
    by : str or list of str
        Grouping column(s), e.g. ``"outlet"`` or ``["story_id", "outlet"]``.
    labels : DataFrame, optional
        A lexicon (:func:`analysis.labels.load_labels`, extensible); default the shipped one.
    spans : DataFrame, optional
        A precomputed :func:`analysis.voice.voice_spans` table of ``articles``.

    Returns
    -------
    DataFrame
        ``referent, label, <by>, voice, count, articles, total, share, n_articles``: ``count``
        occurrences of the label, in ``articles`` distinct articles, out of ``total`` label
        occurrences for the referent in that group and voice (``share = count / total``, so
        shares sum to 1 within referent × group × voice); ``n_articles`` articles in the group.
        Every label of a referent is listed (with 0) wherever the referent occurs. Sorted by
        referent, group, voice, count (desc), label. The occurrences themselves come from
        :func:`analysis.labels.find_labels`.

    Examples
    --------
    >>> arts = pd.DataFrame({"doc_id": ["a"], "outlet": ["X"], "text": [
    ...     'Israel said so. IRNA said: "the Zionist regime must go."']})
    >>> t = label_choices(arts)
    >>> t[(t.referent == "Israel") & (t["count"] > 0)][["label", "voice", "count", "share"]
    ...   ].values.tolist()
    [['Israel', 'own', 1, 1.0], ['Zionist regime', 'quoted', 1, 1.0]]
    """
    by_cols = _by_columns(by)
    require_columns(articles, ["doc_id", "text", *by_cols])
    lex = load_labels() if labels is None else check_labels(labels)
    hits = find_labels(articles, lex, spans=spans).drop(columns=["outlet"], errors="ignore")
    groups = articles[["doc_id", *by_cols]].copy()
    groups[by_cols] = groups[by_cols].fillna("unknown")
    hits = hits.merge(groups, on="doc_id", how="left")
    keys = ["referent", "label", *by_cols, "voice"]
    counts = hits.groupby(keys, sort=False).agg(
        count=("doc_id", "size"), articles=("doc_id", "nunique")
    ).reset_index()
    totals = counts.groupby(["referent", *by_cols, "voice"], sort=False)["count"].sum()
    grid = totals.rename("total").reset_index().merge(
        lex[["referent", "label"]].drop_duplicates(), on="referent"
    )
    out = grid.merge(counts, on=keys, how="left")
    out[["count", "articles"]] = out[["count", "articles"]].fillna(0).astype("int64")
    out["share"] = out["count"] / out["total"]
    n_art = groups.groupby(by_cols)["doc_id"].nunique().rename("n_articles").reset_index()
    out = out.merge(n_art, on=by_cols, how="left")
    cols = [*keys, "count", "articles", "total", "share", "n_articles"]
    return out[cols].sort_values(
        ["referent", *by_cols, "voice", "count", "label"],
        ascending=[True] * (len(by_cols) + 2) + [False, True],
        kind="mergesort",
    ).reset_index(drop=True)
