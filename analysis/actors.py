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

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from ._api import articles_first, group_keys, keyword_only, renamed
from ._memory import release_memory
from ._parallel import CHUNKS_PER_PROCESS, auto_processes, chunk_bounds, map_chunks
from ._progress import progress_bar
from ._validate import require_columns, require_unique
from .actor_dictionary import KINDS, ActorDictionary, load_dictionary
from .actor_dictionary import candidate_spans as _candidate_spans
from .actor_matching import _resolve, _scan, _sentence_ids
from .rates import bootstrap_interval, poisson_interval, rate_table, word_counts
from .voice import direct_quote_index, quoted_index, voice_at

NAMED = ("dictionary", "surname")
MENTION_COLUMNS = [
    "doc_id", "sent_id", "para_id", "start", "end", "surface", "actor", "actor_type",
    "in_quote", "method", "form",
]
_METHOD = {"alias": "dictionary", "label": "dictionary", "short_name": "surname",
           "role": "role", "demonym": "demonym"}
_BATCH_CHARS = 8_000_000
#: ``actor_mentions(processes=None)`` uses worker processes from this many characters of text,
#: twice the break-even measured on this 2-core machine (≈ 4 M characters: the dictionary scan
#: reads ≈ 10 M characters a CPU second; benchmarks/README.md, issue 13 pipeline) ...
PARALLEL_FROM_CHARS = 8_000_000
#: ... and with ``ner=`` from this many (the candidate search is ≈ 15 times slower per
#: character: break-even ≈ 0.4–0.5 M characters with the heuristic).
PARALLEL_NER_FROM_CHARS = 1_000_000
_DICT_CACHE: dict[tuple, ActorDictionary] = {}
# Names analysis.distributed and older code import from here (see analysis.rates).
_words, _rate_table, _poisson_interval = word_counts, rate_table, poisson_interval

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



@keyword_only("dictionary")
def actor_mentions(
    articles: pd.DataFrame,
    *,
    dictionary: ActorDictionary | str | Path | pd.DataFrame | None = None,
    demonyms: bool = False,
    quotes: pd.DataFrame | None = None,
    ner: bool | str = False,
    spans: pd.DataFrame | None = None,
    processes: int | None = None,
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
        ``analysis.quotes.quotes`` (direct and indirect speech) or the quoted rows of a
        :func:`analysis.voice.voice_spans` table. Default: direct quotations
        (:func:`analysis.voice.direct_quote_index`). ``in_quote`` is
        :func:`analysis.voice.voice_at` of the mention's span: "quoted".
    spans : DataFrame, optional
        A :func:`analysis.voice.voice_spans` table (its quoted rows count), as the other stages
        take it; the same as passing it as ``quotes``.
    ner : bool or {"spacy", "heuristic"}
        Also add names the dictionary lacks as mentions (method ``ner``, ``actor`` = the name).
    processes : int, optional
        Worker processes (:mod:`analysis._parallel`). ``None``: up to ``min(CPUs, 4)`` from
        :data:`PARALLEL_FROM_CHARS` characters of text (8 M; 1 M with ``ner``: twice the
        measured break-even), else one; 1: off. The table is the same for any number (each
        article is read alone).

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
    >>> actor_mentions(arts, dictionary=d)[["surface", "method", "in_quote"]].values.tolist()
    [['Sergei Shoigu', 'dictionary', False], ['Shoigu', 'surname', True]]
    """
    require_columns(articles, ["doc_id", "text"])
    require_unique(articles)
    index = _quoted_index(quotes, spans)
    d = _as_dictionary(dictionary)
    d.matcher(demonyms)  # compiled once, here: the workers receive it built
    d.first_words()  # (and the first names that tell "Chelsea Clinton" from Hillary)
    if ner:
        d.name_keys()
    texts = [t if isinstance(t, str) else "" for t in articles["text"].tolist()]
    cols = _collect(texts, articles["doc_id"].to_numpy(object), _dates(articles),
                    _dateline_ends(articles, texts), d, demonyms, ner, index, processes)
    table = pd.DataFrame({
        "doc_id": articles["doc_id"].iloc[cols["doc"]].to_numpy(),
        **{c: cols[c] for c in MENTION_COLUMNS[1:]},
    }, columns=MENTION_COLUMNS)
    table["doc_id"] = table["doc_id"].astype(articles["doc_id"].dtype)
    release_memory(len(articles))
    return table.astype({c: "str" for c in ("surface", "actor", "actor_type", "method", "form")})


def _quoted_index(quotes: pd.DataFrame | None, spans: pd.DataFrame | None) -> dict | None:
    """The quoted spans given as ``quotes=`` or ``spans=`` (:func:`analysis.voice.quoted_index`),
    or None: direct quotations, found per text."""
    if spans is not None and quotes is not None:
        raise ValueError("give spans= or quotes=, not both")
    quotes = quotes if spans is None else spans
    if quotes is None:
        return None
    require_columns(quotes, ["doc_id", "start", "end"], name="quotes")
    return quoted_index(quotes)


def _collect(texts: list[str], doc_ids: np.ndarray, dates: np.ndarray, skip: np.ndarray,
             d: ActorDictionary, demonyms: bool, ner: bool | str, index: dict | None,
             processes: int | None) -> dict[str, np.ndarray]:
    """The mention columns of every text (``doc`` = position), per text in text order.

    With more than one process (:func:`analysis._parallel.auto_processes`; ``None`` chooses by
    the corpus's length, :data:`PARALLEL_FROM_CHARS` or with ``ner``
    :data:`PARALLEL_NER_FROM_CHARS`) the texts are cut into contiguous chunks
    balanced by length, each worker finds the mentions of its chunk (:func:`_chunk_mentions`)
    and the columns are joined in chunk order. Every step in a chunk reads one article at a
    time (surnames, roles and overlaps resolve within the article; NER candidates, their
    surname joins and sentence ids too), and the dictionary is compiled before the chunks are
    cut, so the table is the same for any number of processes.
    """
    lengths = [len(t) for t in texts]
    n = auto_processes(sum(lengths), processes=processes, n_items=len(texts),
                       min_size=PARALLEL_NER_FROM_CHARS if ner else PARALLEL_FROM_CHARS)
    bounds = chunk_bounds(lengths, n * CHUNKS_PER_PROCESS) if n > 1 else [(0, len(texts))]
    chunks = [(texts[a:b], doc_ids[a:b], dates[a:b], skip[a:b], d, demonyms, ner,
               None if index is None else _sub_index(index, doc_ids[a:b]), n == 1)
              for a, b in bounds]
    parts = map_chunks(_chunk_mentions, chunks, processes=n, desc="actor mentions",
                       sizes=[b - a for a, b in bounds]) if n > 1 else [_chunk_mentions(*chunks[0])]
    for (a, _), part in zip(bounds, parts):
        part["doc"] += a
    return {c: np.concatenate([p[c] for p in parts]) for c in parts[0]}


def _sub_index(index: dict, keys: np.ndarray) -> dict:
    """The entries of a quoted-span index for the documents ``keys`` (one worker's chunk)."""
    return {k: index[k] for k in dict.fromkeys(keys.tolist()) if k in index}


def _chunk_mentions(texts: list[str], doc_ids: np.ndarray, dates: np.ndarray, skip: np.ndarray,
                    d: ActorDictionary, demonyms: bool, ner: bool | str, index: dict | None,
                    show_progress: bool) -> dict[str, np.ndarray]:
    """The mention columns of one chunk of texts (the work of one process)."""
    person = np.append((d.actors["type"] == "person").to_numpy(), False)
    h = _hits(texts, d, demonyms, dates, skip, person, show_progress)
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
    doc, start, end = (out[c].tolist() for c in ("doc", "start", "end"))
    sent, para = _sentence_ids(texts, out["doc"].to_numpy(), doc, start)
    if index is not None:
        keys = doc_ids[np.asarray(doc, np.int64)]
    else:
        keys, index = doc, direct_quote_index({i: texts[i] for i in dict.fromkeys(doc)})
    return {
        "doc": np.asarray(doc, np.int64), "start": np.asarray(start, np.int64),
        "end": np.asarray(end, np.int64),
        "sent_id": np.asarray(sent, np.int64), "para_id": np.asarray(para, np.int64),
        "surface": np.asarray([texts[i][a:b] for i, a, b in zip(doc, start, end)], object),
        "actor": out["actor"].to_numpy(object), "actor_type": out["actor_type"].to_numpy(object),
        "in_quote": np.asarray(voice_at(keys, start, index, end) == "quoted", bool),
        "method": out["method"].to_numpy(object), "form": out["form"].to_numpy(object),
    }


def _hits(texts: list[str], d: ActorDictionary, demonyms: bool, dates: np.ndarray,
          skip: np.ndarray, person: np.ndarray, show_progress: bool = True
          ) -> dict[str, np.ndarray]:
    """Resolved hits of every text, scanned in batches of about ``_BATCH_CHARS`` characters."""
    parts, lo = [], 0
    with progress_bar(len(texts), "actor mentions",
                      n_rows=None if show_progress else 0) as bar:
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
    return {k: np.concatenate([p[k] for p in parts]) if parts else np.zeros(0, np.int64)
            for k in ("doc", "start", "end", "kind", "actor")}


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
        mentions = actor_mentions(articles, dictionary=d)
    require_columns(mentions, ["doc_id", "start", "end"], name="mentions")
    if "method" in mentions.columns:
        mentions = mentions[mentions["method"] != "ner"]
    position = pd.Series(np.arange(len(articles)), index=articles["doc_id"].to_numpy(object))
    known = mentions.assign(doc=position.reindex(mentions["doc_id"].to_numpy(object)).to_numpy())
    spans = _candidate_spans(texts, known.dropna(subset=["doc"]).astype({"doc": np.int64}), d,
                             method=method)
    spans = spans[~spans["actor"].isin(set(d.actors["actor"]))]  # "Trump" alone: known
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


@renamed(level="confidence")
@keyword_only("by")
def actor_frequency(
    articles: pd.DataFrame,
    mentions: pd.DataFrame,
    *,
    by: str | None = "outlet",
    key: str = "actor",
    include: Sequence[str] = NAMED,
    interval: str = "poisson",
    confidence: float = 0.95,
    n_boot: int = 1000,
    random_state: int = 0,
) -> pd.DataFrame:
    """How often each actor is mentioned, per group, with an interval and the counts behind it.

    Parameters
    ----------
    articles : DataFrame
        ``doc_id``, the ``by`` column, and ``n_words`` (or ``text``, counted as ``\\w+`` tokens).
        It defines the denominator: every article in it counts, mentioned or not.
    mentions : DataFrame
        From :func:`actor_mentions` (``doc_id``, ``method``, ``key``); the old order warns.
    by : str or None
        Grouping column of ``articles`` (None: the whole corpus); an article whose group is
        missing counts in the group "unknown".
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
    confidence : float
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
    >>> actor_frequency(arts, men)[["actor", "mentions", "articles_mentioning", "per_1000_words"]]
      actor  mentions  articles_mentioning  per_1000_words
    0  Iran         3                    2             3.0
    """
    articles, mentions = articles_first(articles, mentions, "actor_frequency", "mentions")
    require_columns(mentions, ["doc_id", "method", key], name="mentions")
    require_columns(articles, ["doc_id"] + ([by] if by else []))
    level = confidence
    if interval not in ("poisson", "bootstrap"):
        raise ValueError(f"interval must be 'poisson' or 'bootstrap', got {interval!r}")
    art = pd.DataFrame({"doc_id": articles["doc_id"].to_numpy(object),
                        "group": group_keys(articles, by)[by].to_numpy(object) if by else "all",
                        "words": word_counts(articles).to_numpy()})
    men = mentions[mentions["method"].isin(list(include))
                   & mentions["doc_id"].isin(art["doc_id"])]
    men = men.merge(art[["doc_id", "group"]], on="doc_id")
    counts = men.groupby(["group", key]).agg(
        mentions=("doc_id", "size"), articles_mentioning=("doc_id", "nunique")).reset_index()
    groups = art.groupby("group").agg(articles=("doc_id", "size"), words=("words", "sum"))
    out = rate_table(counts, groups, key, sorted(men[key].unique()))
    out = (poisson_interval(out, level) if interval == "poisson"
           else bootstrap_interval(out, men, art, key, level, n_boot, random_state))
    if key == "actor" and "actor_type" in men.columns:
        types = men.drop_duplicates("actor").set_index("actor")["actor_type"]
        out.insert(2, "actor_type", out["actor"].map(types).astype(object))
    out = out.sort_values(["group", "mentions", key], ascending=[True, False, True],
                          ignore_index=True)
    out = out.rename(columns={"group": by}) if by else out.drop(columns="group")
    out.attrs["interval"] = _interval_note(interval, level, n_boot)
    return out


def _interval_note(interval: str, level: float, n_boot: int) -> str:
    """What ``ci_low, ci_high`` are, for ``attrs["interval"]``."""
    if interval == "poisson":
        return f"exact Poisson (Garwood 1936), {level:.0%}"
    return f"percentile bootstrap over articles, {n_boot} resamples, {level:.0%}"


@renamed(level="unit")
@keyword_only("unit")
def actor_network(
    mentions: pd.DataFrame,
    *,
    unit: str = "sentence",
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
    unit : {"sentence", "paragraph", "article"}
        What counts as co-occurring.
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
    level = unit
    if level not in units:
        raise ValueError(f"unit must be one of {list(units)}, got {level!r}")
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
