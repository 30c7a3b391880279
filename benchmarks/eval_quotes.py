"""Evaluate ``quotes`` against human annotation: PolNeAR attribution relations (dev split).

PolNeAR (Newell, Margolin & Ruths 2018, "An Attribution Relations Corpus for Political News",
LREC) annotates, in 2016 US election news from seven outlets, every attribution relation: its
*source* (who), *cue* ("said", "according to") and *content* (what), as character offsets. The
corpus is in ``../shared/corpora/polnear`` (train + dev; the test split is kept apart). Rules were
studied on train; this script reports dev (``--split train`` to study errors).

What is compared (the scoring rules, stated once):

* **Gold set**: speech attributions only — relations whose cue contains a verb of saying
  (``SPEECH_VERBS`` below: verbs of communication after Levin 1993 §37, e.g. say, tell, add,
  claim, deny, tweet, call) or "according to". Thought and perception relations ("believes",
  "polls show") are left out of recall; a prediction that matches one is neither right nor
  wrong (ignored), since the kit does report some of them ("other" verbs).
* **Predicted relation**: one reporting act of :func:`analysis.quotes.quotes` — rows sharing a
  speaker and cue (a quotation split by its attribution, a partial quotation inside the indirect
  statement it belongs to) are one relation whose content is the union of their spans. Rows
  with ``within`` set (a statement reported inside another's quotation or statement, which
  :func:`analysis.quotes.attribution` leaves out: the outlet quotes the outer speaker) are not
  predictions: PolNeAR marks only the outer relation (no train relation has its cue inside
  another relation's content).
* **Content match**: tokens (``\\w+``) of the two contents overlap by at least half of the longer
  one (|P ∩ G| / max(|P|, |G|) ≥ 0.5); pairs are matched one to one, greedily by overlap.
  Precision = matched / predicted (ignoring predictions matched to a non-speech relation),
  recall = matched / gold speech relations.
* **Source as written** (on matched pairs whose gold has a source): the predicted speaker span
  shares a token with the gold source span; a gold relative pronoun ("who", "which", "that")
  counts as found when the predicted speaker ends right before it ("Trump, who said …").
* **Cue** (on matched pairs): the predicted cue span (``cue_start, cue_end``) overlaps the gold cue.
* **Resolved speaker**: on gold sources that are a pronoun or a description (no capitalised
  word) and refer to a named person, hand-annotated in ``benchmarks/annotations/
  polnear_dev_referents.csv`` (``--split train``: ``polnear_train_referents.csv``, made the same
  way on 196 train articles for developing the resolver, in three samples: ``--split train``
  also prints each sample's share) (doc_id, source_start, referent): the
  prediction is right when
  the ``speaker_resolved`` of the relation found at that source has the referent's surname (and
  the same full name when both are full names); a source not found at all counts as wrong.

Usage::

    python benchmarks/eval_quotes.py [--split dev|train] [--errors N]

Writes ``benchmarks/results/eval_quotes.csv`` (git-ignored) and prints a table.
"""

from __future__ import annotations

import argparse
import bisect
import functools
import itertools
import re
import sys
import time
import unicodedata
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from analysis.actor_dictionary import load_dictionary  # noqa: E402
from analysis.config import SHARED_CORPORA  # noqa: E402
from analysis.quotes import quotes  # noqa: E402

#: the shared corpora beside the project (a git worktree one level deeper also finds them)
POLNEAR = next((c / "polnear" for c in (SHARED_CORPORA, ROOT.parents[1] / "shared" / "corpora")
                if (c / "polnear").exists()), SHARED_CORPORA / "polnear")
REFERENTS = ROOT / "benchmarks" / "annotations" / "polnear_dev_referents.csv"
#: the hand-annotated referents of each split (train: for studying the resolver's errors)
REFERENTS_BY_SPLIT = {"dev": REFERENTS, "train": REFERENTS.with_name("polnear_train_referents.csv")}
RESULTS = ROOT / "benchmarks" / "results"

_IRREGULAR = {
    "say": "says said saying", "tell": "tells told telling", "write": "writes wrote written",
    "speak": "speaks spoke spoken speaking", "swear": "swears swore sworn",
    "admit": "admits admitted admitting", "slam": "slams slammed slamming",
    "quip": "quips quipped quipping", "retweet": "retweets retweeted retweeting",
    "reply": "replies replied replying", "deny": "denies denied denying",
    "testify": "testifies testified testifying", "decry": "decries decried",
    "blast": "blasts blasted blasting",
}
#: Verbs of communication (Levin 1993, §37: say, tell, manner of speaking, complain, advise) and
#: the news verbs of attribution; the gold set keeps a relation when its cue contains one.
SPEECH_VERBS = """say tell add write report announce state explain reply respond answer comment
remark mention describe tweet retweet post note reveal acknowledge admit concede confirm
disclose stress emphasize insist underscore point reiterate affirm assert maintain declare
contend argue vow pledge swear warn assure claim allege deny accuse blame criticize condemn
denounce slam praise urge call demand propose threaten suggest predict recall testify complain
boast brag joke quip counter retort caution promise quote cite blast mock charge lament recount
repeat shout yell chant whisper scream speak talk ask question decry dismiss insist
characterize label brand dub praise thank apologize apologise concur agree disagree object
protest proclaim recommend advise reject rebut refute acknowledge estimate interview email
text message letter statement rail lash""".split()


def read_annotations(path: Path, **kwargs) -> pd.DataFrame:
    """A CSV of ``benchmarks/annotations``: its opening "#" lines (how it was made) skipped, and
    no "#" inside a row taken for a comment ("Jos&#233; Manuel Barroso" as a page writes it)."""
    with open(path, encoding="utf-8") as f:
        skip = sum(1 for _ in itertools.takewhile(lambda line: line.startswith("#"), f))
    return pd.read_csv(path, skiprows=skip, **kwargs)


def _forms(lemma: str) -> set[str]:
    if lemma in _IRREGULAR:
        return {lemma, *_IRREGULAR[lemma].split()}
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s")
    past = lemma[:-1] + "ied" if lemma.endswith("y") and lemma[-2] not in "aeiou" else stem + "ed"
    return {lemma, third, past, stem + "ing", lemma[:-1] + "ies"}


SPEECH_FORMS = set().union(*(_forms(v) for v in SPEECH_VERBS))
_WORD = re.compile(r"\w+")


def is_speech_cue(cue: str | None) -> bool:
    """True when a gold cue contains a verb of saying or is "according to"."""
    if not isinstance(cue, str):
        return False
    low = cue.lower()
    return "according to" in low or any(w in SPEECH_FORMS for w in _WORD.findall(low))


class _Tokens:
    """Word tokens of one text; ``ids(spans)`` → the set of token indices inside the spans."""

    def __init__(self, text: str):
        self.starts = [m.start() for m in _WORD.finditer(text)]

    def ids(self, spans) -> frozenset[int]:
        out: set[int] = set()
        for s, e in spans:
            lo, hi = bisect.bisect_left(self.starts, s), bisect.bisect_left(self.starts, e)
            out.update(range(lo, hi))
        return frozenset(out)


def load(split: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    arts = pd.read_json(POLNEAR / "articles.jsonl.gz", lines=True, dtype=False)
    rels = pd.read_json(POLNEAR / "attributions.jsonl.gz", lines=True, dtype=False)
    return (arts[arts["split"] == split].reset_index(drop=True),
            rels[rels["split"] == split].reset_index(drop=True))


def predicted_relations(q: pd.DataFrame) -> pd.DataFrame:
    """Group quote rows into reporting acts (same doc, speaker and cue)."""
    q = q[(q["kind"] != "term") & q["within"].isna()].copy()
    has = q["speaker_start"].notna() & q["verb_start"].notna()
    key = q["doc_id"].astype(str) + ":" + q["speaker_start"].astype(str) + ":" + q[
        "verb_start"].astype(str)
    q["act"] = key.where(has, "row:" + q.index.astype(str))
    rows = []
    for act, g in q.groupby("act", sort=False):
        r = g.iloc[0]
        rows.append({
            "doc_id": r["doc_id"], "act": act,
            "content": [(int(s), int(e)) for s, e in zip(g["start"], g["end"])],
            "speaker": None if pd.isna(r["speaker_start"]) else
            (int(r["speaker_start"]), int(r["speaker_end"])),
            "cue": None if pd.isna(r.get("cue_start", pd.NA)) else
            (int(r["cue_start"]), int(r["cue_end"])),
            "verb_start": None if pd.isna(r["verb_start"]) else int(r["verb_start"]),
            "resolved": r.get("speaker_resolved"), "kind": r["kind"],
        })
    return pd.DataFrame(rows)


def _overlap(a: frozenset, b: frozenset) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / max(len(a), len(b))


def _spans_overlap(a, b) -> bool:
    return any(s < be and bs < e for s, e in a for bs, be in b)


def match(arts: pd.DataFrame, gold: pd.DataFrame, pred: pd.DataFrame) -> tuple[list, list, list]:
    """One-to-one greedy matching per document → (pairs, unmatched gold, unmatched pred)."""
    texts = dict(zip(arts["doc_id"], arts["text"]))
    pairs, miss, extra = [], [], []
    gold_by = {d: g for d, g in gold.groupby("doc_id")}
    pred_by = {d: p for d, p in pred.groupby("doc_id")} if len(pred) else {}
    for doc in arts["doc_id"]:
        tok = _Tokens(texts[doc])
        g = gold_by.get(doc, gold.iloc[:0])
        p = pred_by.get(doc, pred.iloc[:0])
        gt = [tok.ids(s) for s in g["content_spans"]]
        pt = [tok.ids(s) for s in p["content"]]
        cand = [(_overlap(a, b), i, j) for i, a in enumerate(gt) for j, b in enumerate(pt)
                if a & b]
        # the largest overlaps first; among equal ones, pairs whose sources overlap (one
        # content, two sources: "“…,” X said, according to Y" is two relations)
        cand.sort(key=lambda c: (-c[0], c[0] < 0.5 or not _same_source(g.iloc[c[1]], p.iloc[c[2]]),
                                 -c[1], -c[2]))
        used_g, used_p = set(), set()
        for ov, i, j in cand:
            if ov < 0.5 or i in used_g or j in used_p:
                continue
            used_g.add(i)
            used_p.add(j)
            pairs.append((g.iloc[i], p.iloc[j], ov))
        miss += [g.iloc[i] for i in range(len(g)) if i not in used_g]
        extra += [p.iloc[j] for j in range(len(p)) if j not in used_p]
    return pairs, miss, extra


def _same_source(gold, pred) -> bool:
    return pred["speaker"] is not None and _spans_overlap([pred["speaker"]], gold["source_spans"])


def source_right(text: str, gold, pred) -> bool:
    gs = gold["source_spans"]
    if pred["speaker"] is None:
        return False
    if _spans_overlap([pred["speaker"]], gs):
        return True
    g = (gold["source"] or "").lower()
    if g in ("who", "which", "that") and gs:
        between = text[pred["speaker"][1] : gs[0][0]]
        return len(between) <= 4 and between.strip(" ,") == ""
    return False


def evaluate(split: str, errors: int = 0) -> dict:
    arts, rels = load(split)
    cols = [c for c in ("doc_id", "text", "date") if c in arts.columns]  # date: role holders
    quotes(arts[cols].head(2))  # compile the lexicon once, outside the timing
    t0 = time.process_time()
    # one process: CPU seconds of this process measure the work (with worker processes they
    # would not; the tables are the same either way)
    q = quotes(arts[cols], processes=1)
    secs = time.process_time() - t0  # CPU seconds: the machine is shared, wall time varies
    words = int(arts["text"].str.count(r"\S+").sum())
    pred = predicted_relations(q)
    rels = rels.assign(speech=rels["cue"].map(is_speech_cue))
    pairs, miss, extra = match(arts, rels, pred)
    texts = dict(zip(arts["doc_id"], arts["text"]))
    speech_pairs = [(g, p, o) for g, p, o in pairs if g["speech"]]
    n_gold = int(rels["speech"].sum())
    n_pred = len(speech_pairs) + len(extra)
    tp = len(speech_pairs)
    prec, rec = tp / max(n_pred, 1), tp / max(n_gold, 1)
    f1 = 2 * prec * rec / max(prec + rec, 1e-9)
    with_src = [(g, p) for g, p, _ in speech_pairs if g["source_spans"]]
    src = sum(source_right(texts[g["doc_id"]], g, p) for g, p in with_src) / max(len(with_src), 1)
    cue = sum(p["cue"] is not None and _spans_overlap([p["cue"]], g["cue_spans"])
              for g, p, _ in speech_pairs) / max(tp, 1)
    out = {
        "split": split, "articles": len(arts), "gold_speech": n_gold, "predicted": n_pred,
        "matched": tp, "precision": prec, "recall": rec, "f1": f1,
        "source_as_written": src, "source_n": len(with_src), "cue": cue,
        "words_per_s": words / secs, "seconds": secs,
    }
    out.update(resolved_accuracy(split, pred, texts))
    out.update(error_classes(pairs, [g for g in miss if g["speech"]], extra, pred, rels))
    if errors:
        show_errors(texts, speech_pairs, [g for g in miss if g["speech"]], extra, errors)
    return out


#: error classes, in the order they are tried (first that applies)
MISS_CLASSES = ("miss_span_differs", "miss_cue_taken", "miss_other_cue", "miss_no_prediction")
EXTRA_CLASSES = ("extra_span_differs", "extra_nonspeech_cue", "extra_inside_other",
                 "extra_nothing_near")


def error_classes(pairs, miss, extra, pred, rels) -> dict:
    """Count each unmatched relation by what lies where it is (an error taxonomy, not a score).

    Missed gold speech relations: ``miss_span_differs`` (an unmatched prediction sits on the gold
    cue: the cue was found, the content spans disagree), ``miss_cue_taken`` (the prediction on the
    cue was matched to another relation: two annotated relations, one reporting act),
    ``miss_other_cue`` (a prediction covers part of the content under another cue: nested or
    split attributions) and ``miss_no_prediction`` (nothing found there: a construction the rules
    do not read). False predictions: ``extra_span_differs`` (on an annotated speech cue, content
    differs), ``extra_nonspeech_cue`` (on a thought/perception cue, content differs),
    ``extra_inside_other`` (inside an annotated content with another cue: a nested report the
    annotators did not mark apart, or a quotation whose attribution was not found) and
    ``extra_nothing_near`` (no annotation there). A span-boundary error costs twice: one miss and
    one false prediction.
    """
    def hit(a, b):
        return any(s < be and bs < e for s, e in a for bs, be in b)

    def cue_of(p):
        if p["cue"] is not None:
            return [p["cue"]]
        return [] if p["verb_start"] is None else [(p["verb_start"], p["verb_start"] + 1)]

    matched = {(p["doc_id"], p["act"]) for _, p, _ in pairs}
    preds = {d: list(g.itertuples(index=False)) for d, g in pred.groupby("doc_id")} if len(
        pred) else {}
    golds = {d: list(g.itertuples(index=False)) for d, g in rels.groupby("doc_id")}
    out = dict.fromkeys(MISS_CLASSES + EXTRA_CLASSES, 0)
    for g in miss:
        ps = [p._asdict() for p in preds.get(g["doc_id"], [])]
        on_cue = [p for p in ps if hit(cue_of(p), g["cue_spans"])]
        if any((p["doc_id"], p["act"]) not in matched for p in on_cue):
            out["miss_span_differs"] += 1
        elif on_cue:
            out["miss_cue_taken"] += 1
        elif any(hit(p["content"], g["content_spans"]) for p in ps):
            out["miss_other_cue"] += 1
        else:
            out["miss_no_prediction"] += 1
    for p in extra:
        gs = golds.get(p["doc_id"], [])
        on_cue = [g for g in gs if hit(cue_of(p), g.cue_spans)]
        if any(g.speech for g in on_cue):
            out["extra_span_differs"] += 1
        elif on_cue:
            out["extra_nonspeech_cue"] += 1
        elif any(hit(p["content"], g.content_spans) for g in gs):
            out["extra_inside_other"] += 1
        else:
            out["extra_nothing_near"] += 1
    return out


def resolved_accuracy(split: str, pred: pd.DataFrame, texts: dict) -> dict:
    """Share of annotated pronoun/description sources whose resolved speaker is the referent.

    With a ``sample`` column in the annotation (train: 1 and 2 studied, 3 and 4 held out), the share
    of each sample too (``resolved_sample_<k>``, ``resolved_sample_<k>_n``)."""
    path = REFERENTS_BY_SPLIT.get(split)
    if path is None or not path.exists() or pred.empty:
        return {"resolved": float("nan"), "resolved_n": 0, "resolved_of_found": float("nan"),
                "resolved_found_n": 0}
    ref = read_annotations(path, dtype={"source_start": int})
    ref = ref[ref["referent"].notna()]
    samples = ref["sample"] if "sample" in ref.columns else pd.Series(0, index=ref.index)
    right = n = found = 0
    by_sample: dict[int, list[int]] = {}
    by_doc = {d: p for d, p in pred.groupby("doc_id")}
    for doc, start, end, referent, sample in zip(ref["doc_id"], ref["source_start"],
                                                 ref["source_end"], ref["referent"], samples):
        n += 1
        tally = by_sample.setdefault(int(sample), [0, 0])
        tally[1] += 1
        p = by_doc.get(doc)
        if p is None:
            continue
        hit = p[[sp is not None and sp[0] < end and start < sp[1] for sp in p["speaker"]]]
        if hit.empty:
            continue
        found += 1
        ok = _same_person(hit.iloc[0]["resolved"], referent)
        right += ok
        tally[0] += ok
    out = {"resolved": right / max(n, 1), "resolved_n": n,
           "resolved_of_found": right / max(found, 1), "resolved_found_n": found}
    if len(by_sample) > 1:
        for k, (r, m) in sorted(by_sample.items()):
            out[f"resolved_sample_{k}"], out[f"resolved_sample_{k}_n"] = r / max(m, 1), m
    return out


def _same_person(got, referent: str) -> bool:
    """Same surname, and the same first name when both give one ("Ivanka Trump" ≠ "Donald
    Trump"; "Hillary Clinton" = "Hillary Rodham Clinton": a middle name is no other person); a
    state's, a person's or a body's names and aliases in the actor dictionary are one referent
    ("UN" = "United Nations", "Tories" = "Conservative Party")."""
    if not isinstance(got, str) or not got.strip():
        return False
    names = _dictionary_names()  # an actor however written: "US" = "United States", "Joseph
    named = [names.get(n) or names.get(_INITIAL.sub(" ", n), n)  # Biden" = "Joe Biden" (the
             for n in (got, referent)]  # actor dictionary's aliases), and "Charles E. Schumer"
    # is "Charles Schumer" to it; the names as written are compared too ("Republicans" =
    # "congressional Republicans", though "Republicans" is an alias of the party)
    return _same_name(got, referent) or _same_name(*named)


def _same_name(got: str, referent: str) -> bool:
    g, r = _untitled(_folded(got).split()), _untitled(_folded(referent).split())
    return g[-1] == r[-1] and (len(g) == 1 or len(r) == 1 or g[0] == r[0])


@functools.lru_cache(maxsize=1)
def _dictionary_names() -> dict[str, str]:
    """Each name and alias of a state, a person or a body (organisation, outlet, armed group) in
    the actor dictionary → its name (an alias two actors share is left out)."""
    actors = load_dictionary().actors
    actors = actors[actors["type"].isin(["state", "person", "organisation", "media",
                                         "armed_group"])]
    owners: dict[str, set[str]] = {}
    for a, aliases in zip(actors["actor"], actors["aliases"]):
        for n in [a, *str(aliases or "").split("|")]:
            if n:
                owners.setdefault(n, set()).add(a)
    return {n: next(iter(o)) for n, o in owners.items() if len(o) == 1}


_INITIAL = re.compile(r"\s[A-Z]\.\s")  # a middle initial: "Charles E. Schumer"


#: honorifics before a name, which a referent may or may not carry ("Sir Digby Jones" = "Digby
#: Jones"; "Lord Falconer" = "Falconer")
_HONORIFICS = frozenset("sir lord lady dame baroness baron mr mrs ms dr prof professor rev".split())


def _untitled(words: list[str]) -> list[str]:
    """A name's words without honorifics or "the" before it, or a generational suffix after it
    ("The Washington Post" = "Washington Post", "John Conyers Jr." = "John Conyers")."""
    while len(words) > 1 and (words[0].rstrip(".") in _HONORIFICS or words[0] == "the"):
        words = words[1:]
    while len(words) > 1 and words[-1].rstrip(".,") in ("jr", "sr", "ii", "iii"):
        words = words[:-1]
    return words


def _folded(name: str) -> str:
    """Lower case without diacritics ("Erdoğan" = "Erdogan": one person, two spellings)."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.lower())
                   if not unicodedata.combining(c))


def show_errors(texts, pairs, miss, extra, n) -> None:
    def ctx(doc, s, e, w=80):
        t = texts[doc]
        return t[max(0, s - w) : s].replace("\n", " ") + "[[" + t[s:e] + "]]" + t[e : e + w]

    print(f"\n--- missed gold ({len(miss)}) ---")
    for g in miss[:n]:
        spans = g["content_spans"] or g["cue_spans"]  # two train relations have no content
        s, e = spans[0][0], spans[-1][1]
        print(f"* cue={g['cue']!r} src={g['source']!r}\n  {ctx(g['doc_id'], s, e)}")
    print(f"\n--- false predictions ({len(extra)}) ---")
    for p in extra[:n]:
        s, e = p["content"][0][0], p["content"][-1][1]
        sp = texts[p["doc_id"]][slice(*p["speaker"])] if p["speaker"] else None
        print(f"* {p['kind']} sp={sp!r}\n  {ctx(p['doc_id'], s, e)}")
    bad = [(g, p) for g, p, _ in pairs if g["source_spans"]
           and not source_right(texts[g["doc_id"]], g, p)]
    print(f"\n--- wrong source ({len(bad)}) ---")
    for g, p in bad[:n]:
        sp = texts[g["doc_id"]][slice(*p["speaker"])] if p["speaker"] else None
        print(f"* gold={g['source']!r} pred={sp!r} cue={g['cue']!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--errors", type=int, default=0, help="print N errors of each kind")
    args = ap.parse_args(argv)
    if not (POLNEAR / "articles.jsonl.gz").exists():
        print(f"skipped: {POLNEAR} is not beside the project")
        return 0
    res = evaluate(args.split, args.errors)
    RESULTS.mkdir(parents=True, exist_ok=True)
    pd.DataFrame([res]).to_csv(RESULTS / f"eval_quotes_{args.split}.csv", index=False)
    print(f"\nquotes on PolNeAR {args.split} ({res['articles']} articles, "
          f"{res['gold_speech']} speech attributions)")
    print("| measure | value | n |\n|---|---|---|")
    for k, n in (("precision", "predicted"), ("recall", "gold_speech"), ("f1", "matched"),
                 ("source_as_written", "source_n"), ("cue", "matched"),
                 ("resolved", "resolved_n"), ("resolved_of_found", "resolved_found_n")):
        print(f"| {k} | {res[k]:.3f} | {res[n]} |")
    for k in sorted(k for k in res if k.startswith("resolved_sample_") and k[-2:] != "_n"):
        print(f"| {k} | {res[k]:.3f} | {res[k + '_n']} |")
    print(f"| speed | {res['words_per_s'] / 1e6:.2f} M words/s | {res['seconds']:.2f} s |")
    n_miss, n_extra = res["gold_speech"] - res["matched"], res["predicted"] - res["matched"]
    print(f"\nwhere the errors are ({n_miss} missed, {n_extra} false; see error_classes)")
    print("| class | n | share |\n|---|---|---|")
    for k in MISS_CLASSES + EXTRA_CLASSES:
        print(f"| {k} | {res[k]} | {res[k] / max(n_miss if k[0] == 'm' else n_extra, 1):.0%} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
