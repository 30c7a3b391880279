"""Dictionary hits in news texts and their resolution within an article, for
:func:`analysis.actors.actor_mentions`.

``_scan`` finds every dictionary key in a batch of texts with one Aho–Corasick pass (Aho &
Corasick 1975) and keeps the hits that respect word boundaries and case; ``_resolve`` keeps a
surname only in an article that names its actor in full, dates role phrases to the office
holder on the article's date, and lets the leftmost-longest match win; ``_sentence_ids``
numbers the sentence and paragraph of each hit as :func:`analysis.text.sentences` does.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from difflib import SequenceMatcher
from itertools import chain

import numpy as np

from .actor_dictionary import KINDS, ActorDictionary, fold, fold_lower
from .person_names import given_names, written_lower
from .text import paragraph_spans, sentence_spans

_ALIAS, _LABEL, _SHORT, _ROLE, _DEMONYM = range(len(KINDS))
_AFTER_ROLE = re.compile(r"[\s,:]{0,4}")             # "foreign minister Ali Bagheri Kani"
_BEFORE_ROLE = re.compile(r"\s*,\s*(?:(?:the|an?)\s+)?", re.IGNORECASE)  # "Shoigu, the secretary"
# "Shoigu was Russia's defence minister", "the former Iranian foreign minister": not a reference
# to the holder on the article's date.
_NOT_HOLDER = re.compile(
    r"\b(?:was|were|is|are|been|be|became|become|becomes|remains|remained|as|former|late|ex|"
    r"then|previous|future|next|incoming|would-be|erstwhile)[\s-]+(?:(?:the|an?)\s+)?$",
    re.IGNORECASE)


_NAME_GOES_ON = re.compile(r"[ \u00a0]([A-Z][a-z][\w’'-]*)")


def _name_goes_on(text: str, end: int) -> bool:
    """True when another name goes on after a surname ending at ``end``, so the name is another
    person's or a thing's: "Kim Jong Nam", "Kim Yong Chol" are no Kim Jong Un, "Trump Tower" no
    Donald Trump. Not a common word capitalised by a headline's title case ("Clinton Breaks
    With Obama", "Obama Seeks More Refugees"): the next word is written in lower case elsewhere,
    or most words of the line are capitalised."""
    m = _NAME_GOES_ON.match(text, end)
    if m is None or written_lower(text, m.group(1)):
        return False
    line = text[text.rfind("\n", 0, end) + 1 : (text.find("\n", end) + 1 or len(text) + 1) - 1]
    words = line.split()
    return not (len(words) <= 16 and sum(w[:1].isupper() for w in words) > 0.6 * len(words))


_WORD_BEFORE = re.compile(r"([A-Z][a-z][\w’'-]*)[ \u00a0]\Z")


def _other_given_name(text: str, start: int, own: frozenset[str]) -> bool:
    """True when a given name other than the actor's own stands right before a surname that
    starts at ``start``: "Chelsea Clinton", "Laura Bush", "Eric Trump" are other people than
    Hillary Clinton, George W. Bush and Donald Trump."""
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if m is None or m.group(1) in own or m.group(1) not in given_names():
        return False
    word = m.group(1)
    first = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if first is not None and any(_same_given_name(first.group(1), o) for o in own):
        return False  # a middle name: "Matthew Todd Miller"
    return not any(_same_given_name(word, o) for o in own)


#: short forms of given names that news writes for the full one ("Bob Mueller")
_NICKNAMES = {"Bob": "Robert", "Bobby": "Robert", "Rob": "Robert", "Bill": "William",
              "Billy": "William", "Will": "William", "Joe": "Joseph", "Mike": "Michael",
              "Jim": "James", "Jimmy": "James", "Tom": "Thomas", "Dick": "Richard",
              "Rick": "Richard", "Chuck": "Charles", "Charlie": "Charles", "Tony": "Anthony",
              "Andy": "Andrew", "Dan": "Daniel", "Dave": "David", "Steve": "Steven",
              "Chris": "Christopher", "Matt": "Matthew", "Nick": "Nicholas", "Pat": "Patrick",
              "Jeff": "Jeffrey", "Ben": "Benjamin", "Sam": "Samuel", "Alex": "Alexander",
              "Ted": "Edward", "Ed": "Edward", "Liz": "Elizabeth", "Beth": "Elizabeth",
              "Kate": "Katherine", "Jerry": "Gerald", "Larry": "Lawrence", "Ron": "Ronald",
              "Don": "Donald", "Hank": "Henry", "Jack": "John"}


def _same_given_name(a: str, b: str) -> bool:
    """One given name written two ways: a short form ("Bob" / "Robert") or a transliteration
    ("Victor" / "Viktor", "Mohammad" / "Mohamed": the same first letter and a similarity ratio of
    at least 0.7, Ratcliff & Obershelp 1988, as :mod:`difflib` computes it)."""
    if _NICKNAMES.get(a, a) == _NICKNAMES.get(b, b):
        return True
    return a[:1] == b[:1] and SequenceMatcher(None, a.lower(), b.lower()).ratio() >= 0.7


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
    short = np.flatnonzero(valid & (kind == _SHORT))  # a surname that another name goes on
    valid[short] = [not _name_goes_on(texts[d], e)
                    for d, e in zip(doc[short].tolist(), h["end"][short].tolist())]
    short = np.flatnonzero(valid & (kind == _SHORT))  # or another given name opens
    firsts = d.first_words()
    valid[short] = [not _other_given_name(texts[d], s, firsts.get(a, ()))
                    for d, s, a in zip(doc[short].tolist(), h["start"][short].tolist(),
                                       actor[short].tolist())]
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


def _sentence_ids(texts: list[str], docs: np.ndarray, doc: list[int],
                  start: list[int]) -> tuple[list[int], list[int]]:
    """``sent_id`` and ``para_id`` of each mention (mentions sorted by article)."""
    sent, para = [0] * len(doc), [0] * len(doc)
    bounds = np.flatnonzero(np.diff(docs, prepend=-1, append=-1)).tolist()
    for lo, hi in zip(bounds[:-1], bounds[1:]):  # one article at a time; a few mentions each
        text, last = texts[doc[lo]], start[hi - 1]
        sent_starts, sent_para = [], []
        for pid, (ps, pe) in enumerate(paragraph_spans(text)):
            if ps > last:  # sentences after the last mention are not needed
                break
            for s, _ in sentence_spans(text, ps, pe):
                sent_starts.append(s)
                sent_para.append(pid)
        for i in range(lo, hi):
            k = max(bisect_right(sent_starts, start[i]) - 1, 0)
            sent[i] = k
            para[i] = sent_para[k] if sent_para else 0
    return sent, para
