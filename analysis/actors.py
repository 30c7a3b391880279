"""Actors: who is mentioned, how often, and with whom — the ``mentions`` table and its summaries.

``actor_mentions`` finds every mention of a dictionary actor in ``articles.text`` (one
Aho–Corasick pass over the whole batch of texts; Aho & Corasick 1975) and resolves what raw name
counts get wrong in news: aliases and labels ("the Zionist regime" → Israel), bare surnames
("Shoigu" after "Sergei Shoigu", only in an article that named him), and dated role phrases
("Iran's acting foreign minister" → the office holder on the article's date). ``actor_frequency``
turns mentions into rates per 1,000 words with intervals and the counts behind them;
``actor_network`` gives weighted co-occurrence edges; ``actor_candidates`` lists names the
dictionary lacks (spaCy NER when installed, else a capitalised-sequence heuristic).

Methods in ``mentions.method``: ``dictionary`` (an alias or a label; ``form`` says which),
``surname``, ``role``, ``demonym`` (only with ``demonyms=True``) and ``ner`` (only with
``ner=True``). "Named" counts — the default of ``actor_frequency`` and ``actor_network`` —
are ``dictionary`` + ``surname``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import chain
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import sparse, stats

from ._memory import release_memory
from ._progress import progress_bar
from ._validate import require_columns, require_unique
from .actor_dictionary import KINDS, ActorDictionary, fold, fold_lower, load_dictionary
from .actor_dictionary import candidate_spans as _candidate_spans
from .text import paragraph_spans, quoted_spans, sentence_spans

NAMED = ("dictionary", "surname")
MENTION_COLUMNS = [
    "doc_id", "sent_id", "para_id", "start", "end", "surface", "actor", "actor_type",
    "in_quote", "method", "form",
]
_METHOD = {"alias": "dictionary", "label": "dictionary", "short_name": "surname",
           "role": "role", "demonym": "demonym"}
_ALIAS, _LABEL, _SHORT, _ROLE, _DEMONYM = range(len(KINDS))
_BATCH_CHARS = 8_000_000
_AFTER_ROLE = re.compile(r"[\s,:]{0,4}")             # "foreign minister Ali Bagheri Kani"
_BEFORE_ROLE = re.compile(r"\s*,\s*(?:(?:the|an?)\s+)?", re.IGNORECASE)  # "Shoigu, the secretary"
# "Shoigu was Russia's defence minister", "the former Iranian foreign minister": not a reference
# to the holder on the article's date.
_NOT_HOLDER = re.compile(
    r"\b(?:was|were|is|are|been|be|became|become|becomes|remains|remained|as|former|late|ex|"
    r"then|previous|future|next|incoming|would-be|erstwhile)[\s-]+(?:(?:the|an?)\s+)?$",
    re.IGNORECASE)
_DICT_CACHE: dict[tuple, ActorDictionary] = {}


def _as_dictionary(dictionary) -> ActorDictionary:
    if isinstance(dictionary, ActorDictionary):
        return dictionary
    if dictionary is None:
        return load_dictionary()
    if isinstance(dictionary, (str, Path)):
        key = (str(Path(dictionary).resolve()), Path(dictionary).stat().st_mtime_ns)
        if key not in _DICT_CACHE:
            _DICT_CACHE[key] = load_dictionary(extra=dictionary)
        return _DICT_CACHE[key]
    return load_dictionary(extra=dictionary)


def _dates(articles: pd.DataFrame) -> np.ndarray:
    if "date" not in articles.columns:
        return np.full(len(articles), np.iinfo(np.int64).min, dtype=np.int64)
    d = pd.to_datetime(articles["date"], errors="coerce", utc=True).dt.tz_localize(None)
    return d.to_numpy("datetime64[ns]").astype(np.int64)  # NaT → int64 min


def _dateline_ends(articles: pd.DataFrame, texts: list[str]) -> np.ndarray:
    """Where the dateline ("Istanbul, June 8 (RHC)--") that opens a text ends; 0 if none."""
    if "dateline" not in articles.columns:
        return np.zeros(len(texts), np.int64)
    lines = [x if isinstance(x, str) else "" for x in articles["dateline"].tolist()]
    return np.asarray([len(x) if x and t.startswith(x) else 0 for x, t in zip(lines, texts)],
                      np.int64)


def _scan(texts: list[str], d: ActorDictionary, demonyms: bool) -> dict[str, np.ndarray]:
    """All dictionary hits in a batch of texts that respect boundaries and case."""
    m = d.matcher(demonyms)
    lens = np.fromiter(map(len, texts), np.int64, len(texts))
    bases = np.ones(len(texts), np.int64)
    bases[1:] += np.cumsum(lens[:-1] + 1)
    big = " " + "\x00".join(texts) + " "
    flat = (
        np.fromiter(chain.from_iterable(m.automaton.iter(fold_lower(big))), np.int64)
        if m.key_len.size else np.zeros(0, np.int64)
    )
    ends, kid = flat[0::2], flat[1::2]
    n = m.key_ptr[kid + 1] - m.key_ptr[kid]
    hit = np.repeat(np.arange(kid.size), n)
    entry = m.key_entries[np.repeat(m.key_ptr[kid], n) + np.arange(hit.size)
                          - np.repeat(np.cumsum(n) - n, n)]
    gs = (ends - m.key_len[kid] + 2)[hit]
    ge = ends[hit]
    ok = np.ones(entry.size, dtype=bool)
    cs = np.flatnonzero(m.case_sensitive[entry])
    forms, raw = m.folded_form, m.form
    ok[cs] = [(t := big[a:b]) == raw[k] or fold(t) == forms[k]
              for a, b, k in zip(gs[cs].tolist(), ge[cs].tolist(), entry[cs].tolist())]
    doc = np.searchsorted(bases, gs, side="right") - 1
    ok &= ge - bases[doc] <= lens[doc]  # never across the separator between two texts
    return {"doc": doc[ok], "gs": gs[ok], "ge": ge[ok], "start": (gs - bases[doc])[ok],
            "end": (ge - bases[doc])[ok], "kind": m.kind[entry[ok]],
            "actor": m.actor[entry[ok]].copy(), "role": m.role[entry[ok]]}


def _resolve(h: dict[str, np.ndarray], texts: list[str], dates: np.ndarray,
             d: ActorDictionary, demonyms: bool, person: np.ndarray) -> dict[str, np.ndarray]:
    """Surnames and roles resolved within the article, then longest match wins."""
    m = d.matcher(demonyms)
    n_actors = max(len(d.actors), 1)
    kind, actor, doc = h["kind"], h["actor"], h["doc"]
    named = kind <= _LABEL
    named_keys = np.unique(doc[named] * n_actors + actor[named])
    named_set = set(named_keys.tolist())
    valid = named | (kind == _DEMONYM)
    valid |= (kind == _SHORT) & np.isin(doc * n_actors + actor, named_keys)
    for i in np.flatnonzero(kind == _ROLE):  # few hits; resolved per (article, role)
        actor[i] = _holder(m.holders[h["role"][i]], dates[doc[i]], doc[i] * n_actors, named_set)
    valid |= (kind == _ROLE) & (actor >= 0)
    h = {k: v[valid] for k, v in h.items()}
    # Role phrases never hide names inside them ("Iran" in "Iran's president"): resolve overlaps
    # among names and among role phrases separately.
    keep = np.asarray(_longest(h, h["kind"] != _ROLE) + _longest(h, h["kind"] == _ROLE), np.int64)
    h = {k: v[keep[np.lexsort((h["kind"][keep], h["gs"][keep]))]] for k, v in h.items()}
    names = np.flatnonzero(h["kind"] != _ROLE)  # sorted and non-overlapping
    names_gs, names_ge = h["gs"][names], h["ge"][names]
    drop = np.zeros(h["kind"].size, dtype=bool)
    for i in np.flatnonzero(h["kind"] == _ROLE):
        text = texts[h["doc"][i]]
        drop[i] = _NOT_HOLDER.search(text, max(0, h["start"][i] - 30), h["start"][i]) is not None
        after = np.searchsorted(names_gs, h["ge"][i])
        before = np.searchsorted(names_ge, h["gs"][i], side="right") - 1
        if after > 0:  # a person's name overlapping the phrase ("Russian President Vladimir
            j = names[after - 1]  # Putin", alias "President Vladimir Putin"): one mention
            drop[i] |= bool(h["ge"][j] > h["gs"][i] and h["doc"][j] == h["doc"][i]
                            and h["kind"][j] <= _SHORT and person[h["actor"][j]])
        for n, rx in ((after, _AFTER_ROLE), (before, _BEFORE_ROLE)):
            if not 0 <= n < names.size:
                continue
            j = names[n]
            if h["doc"][j] == h["doc"][i] and h["kind"][j] <= _SHORT and person[h["actor"][j]]:
                gap = text[h["end"][i]:h["start"][j]] if j > i else text[h["end"][j]:h["start"][i]]
                # "Qatar's Prime Minister and Minister of Foreign Affairs, Sheikh Mohammed …"
                same = (h["actor"][j] == h["actor"][i] and len(gap) <= 40
                        and not re.search(r"[.;!?]", gap))
                drop[i] |= same or rx.fullmatch(gap) is not None
    return {k: v[~drop] for k, v in h.items()}


def _longest(h: dict[str, np.ndarray], mask: np.ndarray) -> list[int]:
    """Indices of the leftmost-longest non-overlapping hits among ``mask``."""
    idx = np.flatnonzero(mask)
    order = idx[np.lexsort((h["kind"][idx], h["gs"][idx] - h["ge"][idx], h["gs"][idx]))]
    keep, last_end, last_start = [], -1, -1
    for i, s, e in zip(order.tolist(), h["gs"][order].tolist(), h["ge"][order].tolist()):
        if s >= last_end:
            keep.append(i)
            last_end, last_start = e, s
        elif s == last_start and h["kind"][i] == _SHORT and h["kind"][keep[-1]] == _SHORT:
            keep[-1] = _nearest_named(h, keep[-1], i)  # a surname shared by two actors
    return keep


def _holder(holders: list[tuple[int, int, int]], date: int, doc_key: int,
            named: set[int]) -> int:
    """Office holder on ``date``; if undated or ambiguous, the holder the article names."""
    if date != np.iinfo(np.int64).min:
        on_date = {a for a, s, e in holders if s <= date <= e}
        if len(on_date) == 1:
            return on_date.pop()
        if not on_date:
            return -1
    in_article = {a for a, _, _ in holders if doc_key + a in named}
    return in_article.pop() if len(in_article) == 1 else -1


def _nearest_named(h: dict[str, np.ndarray], a: int, b: int) -> int:
    """Of two actors sharing a surname, the one named in full nearest before (else after)."""
    best = {}
    # Hits come in the order of their ends, so one article's hits are a contiguous run.
    lo = np.searchsorted(h["doc"], h["doc"][a], side="left")
    hi = np.searchsorted(h["doc"], h["doc"][a], side="right")
    gs = h["gs"][lo:hi]
    for i in (a, b):
        same = (h["actor"][lo:hi] == h["actor"][i]) & (h["kind"][lo:hi] <= _LABEL)
        before = gs[same & (gs < h["gs"][i])]
        after = gs[same & (gs > h["gs"][i])]
        best[i] = (0, -before.max()) if before.size else (1, after.min() if after.size else 1e18)
    return min((a, b), key=best.get)


def actor_mentions(
    articles: pd.DataFrame,
    dictionary: ActorDictionary | str | Path | pd.DataFrame | None = None,
    *,
    demonyms: bool = False,
    quotes: pd.DataFrame | None = None,
    ner: bool | str = False,
) -> pd.DataFrame:
    """Every mention of a dictionary actor in ``articles.text``, one row per mention.

    Parameters
    ----------
    articles : DataFrame
        Needs ``doc_id`` and ``text``; ``date`` (when present) dates role phrases; a
        ``dateline`` that opens the text ("Istanbul, June 8 (RHC)--") is not searched.
    dictionary : ActorDictionary, path or DataFrame, optional
        Default: the shipped dictionary (:func:`~analysis.actor_dictionary.load_dictionary`).
        A path or DataFrame is read as the user's additions on top of the shipped dictionary.
    demonyms : bool
        Also count demonyms ("Iranian" → Iran) as mentions, with method ``demonym``.
    quotes : DataFrame, optional
        Spans (``doc_id, start, end``) that count as quoted, e.g. from
        ``analysis.quotes.quotes`` (direct and indirect speech). Default: direct quotations
        (:func:`analysis.text.quoted_spans`).
    ner : bool or {"spacy", "heuristic"}
        Also add names the dictionary lacks as mentions (method ``ner``, ``actor`` = the name).

    Returns
    -------
    DataFrame
        ``doc_id, sent_id, para_id, start, end, surface, actor, actor_type, in_quote, method,
        form`` in text order; ``text[start:end] == surface``; ``sent_id``/``para_id`` as in
        :func:`analysis.text.sentences`; ``form`` is alias / label / short_name / role /
        demonym / ner. Overlapping matches: the leftmost, then longest, wins (a role phrase does
        not hide the state inside it: "Iran's president" is Iran and, as a role, the president).
        A role phrase next to a person's name ("Iran's acting foreign minister Ali Bagheri
        Kani") is one mention, the name; a role phrase used as a predicate or qualified as past
        ("Shoigu was Russia's defence minister", "the former foreign minister") is dropped.

    Examples
    --------
    >>> d = ActorDictionary(pd.DataFrame({"actor": ["Sergei Shoigu"], "type": ["person"],
    ...                                   "short_names": ["Shoigu"]}))
    >>> arts = pd.DataFrame({"doc_id": ["a"],
    ...     "text": ["Sergei Shoigu met aides. “Shoigu’s visit,” one said."]})
    >>> actor_mentions(arts, d)[["surface", "method", "in_quote"]].values.tolist()
    [['Sergei Shoigu', 'dictionary', False], ['Shoigu', 'surname', True]]
    """
    require_columns(articles, ["doc_id", "text"])
    require_unique(articles)
    d = _as_dictionary(dictionary)
    texts = [t if isinstance(t, str) else "" for t in articles["text"].tolist()]
    dates = _dates(articles)
    skip = _dateline_ends(articles, texts)
    person = np.append((d.actors["type"] == "person").to_numpy(), False)
    parts, lo = [], 0
    with progress_bar(len(texts), "actor mentions") as bar:
        while lo < len(texts):
            hi, size = lo, 0
            while hi < len(texts) and (size < _BATCH_CHARS or hi == lo):
                size += len(texts[hi]) + 1
                hi += 1
            h = _scan(texts[lo:hi], d, demonyms)
            h["doc"] = h["doc"] + lo
            h = {k: v[h["start"] >= skip[h["doc"]]] for k, v in h.items()}
            parts.append(_resolve(h, texts, dates, d, demonyms, person))
            bar.update(hi - lo)
            lo = hi
    h = {k: np.concatenate([p[k] for p in parts]) if parts else np.zeros(0, np.int64)
         for k in ("doc", "start", "end", "kind", "actor")}
    names = np.append(d.actors["actor"].to_numpy(object), "")
    types = np.append(d.actors["type"].to_numpy(object), "")
    out = pd.DataFrame({
        "doc": h["doc"], "start": h["start"], "end": h["end"],
        "actor": names[h["actor"]], "actor_type": types[h["actor"]],
        "method": np.asarray([_METHOD[k] for k in KINDS], object)[h["kind"]],
        "form": np.asarray(KINDS, object)[h["kind"]],
    })
    if ner:
        cand = _candidate_spans(texts, out, d, method="auto" if ner is True else ner)
        out = pd.concat([out, cand.assign(method="ner", form="ner")], ignore_index=True)
        out = out.sort_values(["doc", "start"], kind="stable", ignore_index=True)
    out = _locate(out, articles, texts, quotes)
    release_memory(len(articles))
    return out


def _locate(out: pd.DataFrame, articles: pd.DataFrame, texts: list[str],
            quotes: pd.DataFrame | None) -> pd.DataFrame:
    """Add doc_id, surface, sent_id/para_id (as in ``sentences``) and the in-quote flag."""
    doc_ids = articles["doc_id"].to_numpy(object)
    spans: dict = {}
    if quotes is not None:
        require_columns(quotes, ["doc_id", "start", "end"], name="quotes")
        q = quotes.sort_values(["doc_id", "start"])
        for key, g in q.groupby("doc_id", sort=False):
            spans[key] = list(zip(g["start"].tolist(),
                                  np.maximum.accumulate(g["end"].to_numpy(np.int64)).tolist()))
    doc, start, end = (out[c].tolist() for c in ("doc", "start", "end"))
    sent, para, inq = [0] * len(doc), [0] * len(doc), [False] * len(doc)
    bounds = np.flatnonzero(np.diff(out["doc"].to_numpy(), prepend=-1, append=-1)).tolist()
    for lo, hi in zip(bounds[:-1], bounds[1:]):  # one article at a time; a few mentions each
        text, last = texts[doc[lo]], start[hi - 1]
        sent_starts, sent_para = [], []
        for pid, (ps, pe) in enumerate(paragraph_spans(text)):
            if ps > last:  # sentences after the last mention are not needed
                break
            for s, _ in sentence_spans(text, ps, pe):
                sent_starts.append(s)
                sent_para.append(pid)
        if quotes is not None:
            q_spans = spans.get(doc_ids[doc[lo]], [])
        elif any(ch in text for ch in '"“«'):
            q_spans, reach = [], -1
            for a, b in quoted_spans(text):
                reach = max(reach, b)
                q_spans.append((a, reach))
        else:
            q_spans = []
        q_starts = [a for a, _ in q_spans]
        for i in range(lo, hi):
            k = max(bisect_right(sent_starts, start[i]) - 1, 0)
            sent[i] = k
            para[i] = sent_para[k] if sent_para else 0
            j = bisect_right(q_starts, start[i]) - 1
            inq[i] = j >= 0 and q_spans[j][1] >= end[i]
    table = pd.DataFrame({
        "doc_id": articles["doc_id"].iloc[out["doc"].to_numpy(np.int64)].to_numpy(),
        "sent_id": np.asarray(sent, np.int64), "para_id": np.asarray(para, np.int64),
        "start": np.asarray(start, np.int64), "end": np.asarray(end, np.int64),
        "surface": [texts[i][a:b] for i, a, b in zip(doc, start, end)],
        "actor": out["actor"].to_numpy(object), "actor_type": out["actor_type"].to_numpy(object),
        "in_quote": np.asarray(inq, bool), "method": out["method"].to_numpy(object),
        "form": out["form"].to_numpy(object),
    }, columns=MENTION_COLUMNS)
    table["doc_id"] = table["doc_id"].astype(articles["doc_id"].dtype)
    return table.astype({c: "str" for c in ("surface", "actor", "actor_type", "method", "form")})


def actor_candidates(
    articles: pd.DataFrame,
    dictionary: ActorDictionary | str | Path | pd.DataFrame | None = None,
    *,
    mentions: pd.DataFrame | None = None,
    method: str = "auto",
    min_mentions: int = 1,
) -> pd.DataFrame:
    """Person and organisation names the dictionary lacks: candidates for the analyst to add.

    Parameters
    ----------
    articles : DataFrame
        Needs ``doc_id`` and ``text``.
    dictionary : optional
        As in :func:`actor_mentions`.
    mentions : DataFrame, optional
        Dictionary mentions already computed (saves a pass); names overlapping them are skipped.
    method : {"auto", "spacy", "heuristic"}
        ``spacy``: statistical NER (``en_core_web_sm``, PERSON and ORG; about 10⁴ words/s, so run
        it on a sample of a large corpus); ``heuristic``: sequences of two or more capitalised
        words, or one after a title ("President Raisi"); ``auto``: spaCy when installed.
    min_mentions : int
        Keep names mentioned at least this often.

    Returns
    -------
    DataFrame
        ``name, candidate_type, mentions, articles, example_doc_id, example, source`` sorted by
        mentions (desc) then name. ``candidate_type`` is person / organisation / unknown; a lone
        surname is counted under the full name found in the same article.

    Examples
    --------
    >>> arts = pd.DataFrame({"doc_id": ["a"], "text": ["Envoy Fuad Hussain met aides."]})
    >>> d = ActorDictionary(pd.DataFrame({"actor": ["Iraq"], "type": ["state"]}))
    >>> actor_candidates(arts, d, method="heuristic")[["name", "mentions"]].values.tolist()
    [['Fuad Hussain', 1]]
    """
    require_columns(articles, ["doc_id", "text"])
    d = _as_dictionary(dictionary)
    texts = [t if isinstance(t, str) else "" for t in articles["text"].tolist()]
    if mentions is None:
        mentions = actor_mentions(articles, d)
    require_columns(mentions, ["doc_id", "start", "end"], name="mentions")
    if "method" in mentions.columns:
        mentions = mentions[mentions["method"] != "ner"]
    position = pd.Series(np.arange(len(articles)), index=articles["doc_id"].to_numpy(object))
    known = mentions.assign(doc=position.reindex(mentions["doc_id"].to_numpy(object)).to_numpy())
    spans = _candidate_spans(texts, known.dropna(subset=["doc"]).astype({"doc": np.int64}), d,
                             method=method)
    columns = ["name", "candidate_type", "mentions", "articles", "example_doc_id", "example",
               "source"]
    if spans.empty:
        return pd.DataFrame(columns=columns)
    first = spans.drop_duplicates("actor")
    doc_ids = articles["doc_id"].to_numpy(object)
    examples = {
        r.actor: (doc_ids[r.doc], texts[r.doc][max(0, r.start - 60):r.end + 60].replace("\n", " "))
        for r in first.itertuples(index=False)
    }
    out = spans.groupby("actor", sort=False).agg(
        candidate_type=("actor_type", lambda s: s.mode().iloc[0]),
        mentions=("start", "size"), articles=("doc", "nunique"), source=("source", "first"),
    ).reset_index().rename(columns={"actor": "name"})
    out["example_doc_id"] = [examples[n][0] for n in out["name"]]
    out["example"] = [examples[n][1] for n in out["name"]]
    out = out[out["mentions"] >= min_mentions]
    return out.sort_values(["mentions", "name"], ascending=[False, True],
                           ignore_index=True)[columns]


def _words(articles: pd.DataFrame) -> pd.Series:
    if "n_words" in articles.columns:
        return articles["n_words"].fillna(0).astype("int64")
    require_columns(articles, ["text"])
    return articles["text"].fillna("").str.count(r"\w+").astype("int64")


def actor_frequency(
    mentions: pd.DataFrame,
    articles: pd.DataFrame,
    by: str | None = "outlet",
    *,
    key: str = "actor",
    include: Sequence[str] = NAMED,
    interval: str = "poisson",
    level: float = 0.95,
    n_boot: int = 1000,
    random_state: int = 0,
) -> pd.DataFrame:
    """How often each actor is mentioned, per group, with an interval and the counts behind it.

    Parameters
    ----------
    mentions : DataFrame
        From :func:`actor_mentions` (``doc_id``, ``method`` and the ``key`` column).
    articles : DataFrame
        ``doc_id``, the ``by`` column, and ``n_words`` (or ``text``, counted as ``\\w+`` tokens).
        It defines the denominator: every article in it counts, mentioned or not.
    by : str or None
        Grouping column of ``articles`` (None: the whole corpus).
    key : str
        ``"actor"`` or ``"actor_type"`` (mentions of states, people … as a whole).
    include : methods
        Which mentions count. Default named mentions (``dictionary``, ``surname``); add
        ``"role"`` to count resolved role phrases ("Iran's foreign minister") too.
    interval : {"poisson", "bootstrap"}
        ``poisson``: exact (Garwood 1936) interval on the count, with the group's words as
        exposure; treats mentions as independent, so it is too narrow when an actor is mentioned
        in bursts within few articles. ``bootstrap``: percentile interval over ``n_boot``
        resamples of the group's articles (Efron & Tibshirani 1993), which respects that
        clustering but needs many articles per group to mean anything.
    level : float
        Confidence level of the interval.

    Returns
    -------
    DataFrame
        ``[by,] key, [actor_type,] mentions, articles_mentioning, articles, words,
        per_1000_words, ci_low, ci_high`` (rates per 1,000 words); a row for every group and
        every key seen anywhere, zeros included; sorted by group, mentions (desc), key.

    Examples
    --------
    >>> arts = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "X"], "n_words": [500, 500]})
    >>> men = pd.DataFrame({"doc_id": ["a", "a", "b"], "actor": ["Iran"] * 3,
    ...                     "method": ["dictionary"] * 3})
    >>> actor_frequency(men, arts)[["actor", "mentions", "articles_mentioning", "per_1000_words"]]
      actor  mentions  articles_mentioning  per_1000_words
    0  Iran         3                    2             3.0
    """
    require_columns(mentions, ["doc_id", "method", key], name="mentions")
    require_columns(articles, ["doc_id"] + ([by] if by else []))
    if interval not in ("poisson", "bootstrap"):
        raise ValueError(f"interval must be 'poisson' or 'bootstrap', got {interval!r}")
    art = pd.DataFrame({"doc_id": articles["doc_id"].to_numpy(object),
                        "group": articles[by].astype(str).to_numpy(object) if by else "all",
                        "words": _words(articles).to_numpy()})
    men = mentions[mentions["method"].isin(list(include))
                   & mentions["doc_id"].isin(art["doc_id"])]
    men = men.merge(art[["doc_id", "group"]], on="doc_id")
    counts = men.groupby(["group", key]).agg(
        mentions=("doc_id", "size"), articles_mentioning=("doc_id", "nunique")).reset_index()
    groups = art.groupby("group").agg(articles=("doc_id", "size"), words=("words", "sum"))
    out = _rate_table(counts, groups, key, sorted(men[key].unique()))
    if interval == "poisson":
        out = _poisson_interval(out, level)
    else:
        out = _bootstrap(out, men, art, key, 1 - level, n_boot, random_state)
    if key == "actor" and "actor_type" in men.columns:
        types = men.drop_duplicates("actor").set_index("actor")["actor_type"]
        out.insert(2, "actor_type", out["actor"].map(types).astype(object))
    out = out.sort_values(["group", "mentions", key], ascending=[True, False, True],
                          ignore_index=True)
    out = out.rename(columns={"group": by}) if by else out.drop(columns="group")
    out.attrs["interval"] = (
        f"exact Poisson (Garwood 1936), {level:.0%}" if interval == "poisson"
        else f"percentile bootstrap over articles, {n_boot} resamples, {level:.0%}")
    return out


def _rate_table(counts: pd.DataFrame, groups: pd.DataFrame, key: str,
                names: Sequence) -> pd.DataFrame:
    """Every (group, name) pair with its counts (0 when absent), its group's ``articles`` and
    ``words``, and ``per_1000_words`` (NaN for a group with no words).

    ``counts`` has ``group, <key>, mentions, articles_mentioning``; ``groups`` is indexed by
    group with ``articles, words``. Shared by :func:`actor_frequency` and its Dask version.
    """
    grid = pd.MultiIndex.from_product([groups.index, names],
                                      names=["group", key]).to_frame(index=False)
    out = grid.merge(counts, on=["group", key], how="left").fillna(
        {"mentions": 0, "articles_mentioning": 0}).merge(groups.reset_index(), on="group")
    out = out.astype({"mentions": "int64", "articles_mentioning": "int64"})
    words = out["words"].to_numpy(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        out["per_1000_words"] = np.where(words > 0, out["mentions"] / words * 1000, np.nan)
    return out


def _poisson_interval(out: pd.DataFrame, level: float) -> pd.DataFrame:
    """Add ``ci_low, ci_high`` per 1,000 words: exact Poisson interval of ``mentions`` (Garwood
    1936, chi-square quantiles) divided by ``words``."""
    alpha = 1 - level
    words = out["words"].to_numpy(float)
    k = out["mentions"].to_numpy(float)
    low = np.where(k > 0, stats.chi2.ppf(alpha / 2, 2 * k) / 2, 0.0)
    high = stats.chi2.ppf(1 - alpha / 2, 2 * k + 2) / 2
    with np.errstate(divide="ignore", invalid="ignore"):
        out["ci_low"] = np.where(words > 0, low / words * 1000, np.nan)
        out["ci_high"] = np.where(words > 0, high / words * 1000, np.nan)
    return out


def _bootstrap(out: pd.DataFrame, men: pd.DataFrame, art: pd.DataFrame, key: str,
               alpha: float, n_boot: int, random_state: int) -> pd.DataFrame:
    """Percentile intervals of rate = Σ mentions / Σ words over resampled articles, per group."""
    rng = np.random.default_rng(random_state)
    low = pd.Series(np.nan, index=out.index)
    high = pd.Series(np.nan, index=out.index)
    for group, g in art.groupby("group", sort=True):
        rows = out.index[out["group"] == group]
        names = out.loc[rows, key].to_numpy(object)
        row_of = {d: i for i, d in enumerate(g["doc_id"])}
        col_of = {a: j for j, a in enumerate(names)}
        m = men[men["group"] == group]
        c = sparse.csr_matrix(
            (np.ones(len(m)), ([row_of[x] for x in m["doc_id"]], [col_of[a] for a in m[key]])),
            shape=(len(g), len(names)))
        w = g["words"].to_numpy(float)
        rates = []
        for chunk in np.array_split(np.arange(n_boot), max(1, n_boot // 100)):
            weights = rng.multinomial(len(g), np.full(len(g), 1 / len(g)), size=len(chunk))
            with np.errstate(divide="ignore", invalid="ignore"):
                rates.append((c.T @ weights.T).T / (weights @ w)[:, None] * 1000)
        rates = np.vstack(rates)
        low[rows] = np.nanquantile(rates, alpha / 2, axis=0)
        high[rows] = np.nanquantile(rates, 1 - alpha / 2, axis=0)
    return out.assign(ci_low=low.to_numpy(), ci_high=high.to_numpy())


def actor_network(
    mentions: pd.DataFrame,
    level: str = "sentence",
    *,
    include: Sequence[str] = NAMED,
    min_weight: int = 1,
) -> pd.DataFrame:
    """Co-occurrence edges: how many sentences (paragraphs, articles) mention both actors.

    Each unit counts once per pair however often the two are named in it. Load into networkx
    with ``nx.from_pandas_edgelist(edges, "source", "target", edge_attr=True)``.

    Parameters
    ----------
    mentions : DataFrame
        From :func:`actor_mentions`.
    level : {"sentence", "paragraph", "article"}
    include : methods
        As in :func:`actor_frequency`.
    min_weight : int
        Drop edges seen in fewer units.

    Returns
    -------
    DataFrame
        ``source, target, weight, articles, source_type, target_type`` (``source < target``),
        sorted by weight (desc) then source, target; ``articles`` = articles with at least one
        co-occurrence.

    Examples
    --------
    >>> men = pd.DataFrame({"doc_id": ["a"] * 3, "sent_id": [0, 0, 1],
    ...     "actor": ["Iran", "Russia", "Iran"], "actor_type": ["state"] * 3,
    ...     "method": ["dictionary"] * 3})
    >>> actor_network(men)[["source", "target", "weight"]].values.tolist()
    [['Iran', 'Russia', 1]]
    """
    units = {"sentence": ["doc_id", "sent_id"], "paragraph": ["doc_id", "para_id"],
             "article": ["doc_id"]}
    if level not in units:
        raise ValueError(f"level must be one of {list(units)}, got {level!r}")
    require_columns(mentions, units[level] + ["actor", "method"], name="mentions")
    men = mentions[mentions["method"].isin(list(include))]
    types = (men.drop_duplicates("actor").set_index("actor")["actor_type"]
             if "actor_type" in men.columns else pd.Series(dtype=object))
    pairs = men[units[level] + ["actor"]].drop_duplicates()
    both = pairs.merge(pairs, on=units[level], suffixes=("_s", "_t"))
    both = both[both["actor_s"] < both["actor_t"]]
    edges = both.groupby(["actor_s", "actor_t"]).agg(
        weight=("doc_id", "size"), articles=("doc_id", "nunique")).reset_index()
    edges = edges.rename(columns={"actor_s": "source", "actor_t": "target"})
    edges = edges[edges["weight"] >= min_weight]
    edges["source_type"] = edges["source"].map(types).astype(object)
    edges["target_type"] = edges["target"].map(types).astype(object)
    return edges.sort_values(["weight", "source", "target"], ascending=[False, True, True],
                             ignore_index=True)
