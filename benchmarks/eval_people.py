"""Evaluate the kit's people against hand annotations of real articles.

Gold (``benchmarks/annotations/``, each with how it was made in its header):
``polnear_dev_people.csv`` — every real individual person named in the first five dev articles of
each of the seven PolNeAR outlets (by sorted ``doc_id``), by the fullest name the article gives,
read by hand (the issue's measure; ``benchmarks/README.md``); ``bbc_people.csv`` and
``allsides_people.csv`` — the same annotation on BBC News (British, 2004-05) and AllSides (world
news from many US outlets) articles the people rules were not written on, read by annotators who
never ran the kit. Bylines, credits and letter signatures are not people of the story. A gold set
whose corpus is not beside the project is skipped.

What the kit gives an analyst (the definition measured, stated once):

* **Predicted people of an article**: the distinct ``actor`` values of
  ``actor_mentions(articles, ner=...)`` rows whose ``actor_type`` is ``"person"`` — people of the
  actor dictionary (full names, and lone surnames in an article that names them in full) and the
  candidate persons the dictionary lacks (method ``ner``: the built-in heuristic, or spaCy's NER
  with ``ner="spacy"``; a lone surname already mapped to the full name found in the same article).
  Role phrases ("the secretary of state" → the office holder of the date) count too: they name a
  person of the story. Then, as :func:`analysis.quotes.attribution` joins speakers, a lone name
  that ends exactly one full name of the same article is that person (``kit_people``).
* **Matching** (``match_people``), per article, one to one: names are compared after
  normalisation (``person_key``: diacritics stripped, case folded, titles, initials, possessives
  and "Jr."/"Sr."/"II" removed, a particle joined to the surname: "de Blasio" → "de_blasio");
  first equal keys, then a name whose tokens end the other's ("Trump" ~ "Donald Trump",
  "Suu Kyi" ~ "Aung San Suu Kyi"), then the same first and last token ("Hans Joachim
  Schellnhuber" ~ "Hans Schellnhuber").
* **Precision** = matched / predicted people, **recall** = matched / annotated people, summed
  over the articles (micro).

Usage::

    python benchmarks/eval_people.py [--ner heuristic|spacy|both] [--errors N]

Writes ``benchmarks/results/eval_people.csv`` (one row per path) and
``benchmarks/results/eval_people_errors_<path>.csv`` (every miss and false person with its
article), and prints a table.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import unicodedata
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from analysis.actors import actor_mentions  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
# (one place finds the shared corpus; the actor dictionary's names of a person)
from eval_quotes import POLNEAR, RESULTS, _dictionary_names, read_annotations  # noqa: E402
from eval_referents import corpus_texts  # noqa: E402

from analysis.config import SHARED_CORPORA  # noqa: E402

ANNOTATIONS = ROOT / "benchmarks" / "annotations"
GOLD = ANNOTATIONS / "polnear_dev_people.csv"
#: annotation → (corpus file under the shared corpora, its id field); None: PolNeAR dev
GOLDS = {
    "polnear_dev_people.csv": None,
    "bbc_people.csv": ("bbc/bbc.jsonl.gz", "doc_id"),
    "allsides_people.csv": ("allsides/world.jsonl.gz", "ID"),
}

_TITLES = frozenset(
    """mr mrs ms miss dr sen rep gov gen lt col sgt adm prof rev president senator
    representative governor secretary mayor judge justice speaker chancellor minister
    prime pope king queen prince sir lady lord vice""".split()
)
_SUFFIXES = frozenset("jr sr ii iii iv".split())
_PARTICLES = frozenset("de van von der bin ibn del da di du la le".split())  # not "al": Al Gore


def person_key(name: str) -> tuple[str, ...]:
    """Normalised name tokens: ``"Mr. Bill de Blasio's"`` → ``("bill", "de_blasio")``."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[’']s\b", "", text)
    toks = [t for t in re.split(r"[^\w’'-]+", text.replace("’", "'")) if t]
    toks = [t.strip("'-") for t in toks]
    toks = [part for t in toks for part in re.sub(r"^(?:al|el)-(?=\w)", "", t).split("-")
            if part]  # "Kim Jong-un" = "Kim Jong Un", "al-Assad" = "Assad"
    while toks and toks[0] in _TITLES and len(toks) > 1:
        toks = toks[1:]
    toks = [t for t in toks if t and len(t) > 1 and t not in _SUFFIXES]  # initials, "Jr."
    out: list[str] = []
    i = 0
    while i < len(toks):
        if toks[i] in _PARTICLES and i + 1 < len(toks):  # "de Blasio", "bin Laden"
            out.append(f"{toks[i]}_{toks[i + 1]}")
            i += 2
        else:
            out.append(toks[i])
            i += 1
    return tuple(out)


def _compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One name's tokens end the other's, or both have the same first and last token."""
    if not a or not b:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if long_[len(long_) - len(short):] == short:
        return True
    return len(a) > 1 and len(b) > 1 and a[0] == b[0] and a[-1] == b[-1]


def match_people(gold: list[str], pred: list[str]) -> tuple[list, list, list]:
    """One-to-one matching of one article's names: (pairs, missed gold, false predictions).

    Equal normalised names first, then compatible ones (``_compatible``), in the given order.

    >>> match_people(["Donald Trump", "Obama"], ["Trump", "Barack Obama", "Ohio"])
    ([('Donald Trump', 'Trump'), ('Obama', 'Barack Obama')], [], ['Ohio'])
    """
    canon = _dictionary_names()  # an alias and its person are one: "Moammar Gadhafi"
    gk = {g: person_key(canon.get(g, g)) for g in gold}  # = "Muammar Gaddafi"
    pk = {p: person_key(canon.get(p, p)) for p in pred}
    free_g, free_p, pairs = list(gold), list(pred), []
    for rule in (lambda a, b: a == b, _compatible):
        for g in list(free_g):
            p = next((p for p in free_p if rule(gk[g], pk[p])), None)
            if p is not None:
                pairs.append((g, p))
                free_g.remove(g)
                free_p.remove(p)
    order = {g: i for i, g in enumerate(gold)}
    pairs.sort(key=lambda gp: order[gp[0]])
    return pairs, free_g, free_p


def kit_people(mentions: pd.DataFrame) -> dict[str, list[str]]:
    """The distinct person names per article, a lone name joined to the one full name of the
    same article that ends with it (the way ``attribution`` joins speakers)."""
    men = mentions[mentions["actor_type"] == "person"]
    out: dict[str, list[str]] = {}
    for doc, names in men.groupby("doc_id", sort=False)["actor"]:
        names = list(dict.fromkeys(names))
        full = [n for n in names if " " in n.strip()]
        kept = []
        for n in names:
            if " " not in n.strip():
                ends = {f for f in full if f.split()[-1] == n.strip()}
                if len(ends) == 1:
                    continue  # the surname of a full name already listed
            kept.append(n)
        out[str(doc)] = kept
    return out


def load_gold(path: Path = GOLD) -> pd.DataFrame:
    """The annotation: ``doc_id, person, evidence`` and, where the file has it, ``batch``
    (:func:`eval_quotes.read_annotations`: past its "#" header, as text)."""
    gold = read_annotations(path, dtype=str, keep_default_na=False)
    return gold[[c for c in ("doc_id", "person", "evidence", "batch") if c in gold.columns]]


def load_articles(doc_ids, source: tuple[str, str] | None = None) -> pd.DataFrame | None:
    """The annotated articles (``doc_id``, ``text``, and ``date`` where the corpus has one) of
    PolNeAR, or of ``source`` (file under the shared corpora, id field); None when absent."""
    if source is None:
        if not (POLNEAR / "articles.jsonl.gz").exists():
            return None
        arts = pd.read_json(POLNEAR / "articles.jsonl.gz", lines=True, dtype=False)
        arts = arts[arts["doc_id"].isin(set(doc_ids))]
        return arts.sort_values("doc_id", ignore_index=True)
    path = SHARED_CORPORA / source[0]
    if not path.exists():
        return None
    arts = corpus_texts(path, source[1], "date" if source[1] == "ID" else None, set(doc_ids))
    return arts.sort_values("doc_id", ignore_index=True)


def evaluate(ner: str, gold: pd.DataFrame, arts: pd.DataFrame) -> tuple[dict, pd.DataFrame]:
    """Micro precision and recall over the annotated articles, and the list of errors."""
    t0 = time.process_time()
    mentions = actor_mentions(arts, ner=ner)
    cpu = time.process_time() - t0
    pred = kit_people(mentions)
    n_pairs = n_gold = n_pred = 0
    errors = []
    for doc, g in gold.groupby("doc_id", sort=True)["person"]:
        p = pred.get(doc, [])
        pairs, missed, false = match_people(list(g), p)
        n_pairs, n_gold, n_pred = n_pairs + len(pairs), n_gold + len(g), n_pred + len(p)
        errors += [(doc, "missed", name) for name in missed]
        errors += [(doc, "false", name) for name in false]
    precision = n_pairs / n_pred if n_pred else 0.0
    recall = n_pairs / n_gold if n_gold else 0.0
    res = {"path": ner, "articles": gold["doc_id"].nunique(), "annotated": n_gold,
           "predicted": n_pred, "matched": n_pairs, "precision": round(precision, 3),
           "recall": round(recall, 3),
           "f1": round(2 * precision * recall / (precision + recall), 3) if n_pairs else 0.0,
           "cpu_s": round(cpu, 2)}
    return res, pd.DataFrame(errors, columns=["doc_id", "error", "name"])


def _spacy_available() -> bool:
    try:
        from analysis.actor_dictionary import spacy_ner

        spacy_ner()
        return True
    except ImportError:
        return False


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ner", default="both", choices=["heuristic", "spacy", "both"])
    ap.add_argument("--errors", type=int, default=0, help="print N errors of each kind")
    args = ap.parse_args(argv)
    paths = ["heuristic", "spacy"] if args.ner == "both" else [args.ner]
    if "spacy" in paths and not _spacy_available():
        print("spaCy or its English model is not installed: the spaCy path is skipped")
        paths.remove("spacy")
    RESULTS.mkdir(parents=True, exist_ok=True)
    rows = []
    for name, source in GOLDS.items():
        gold = load_gold(ANNOTATIONS / name)
        arts = load_articles(gold["doc_id"], source)
        if arts is None:
            print(f"{name}: its corpus is not beside the project, skipped")
            continue
        parts = [(name, gold)] + ([(f"{name} batch {b}", gold[gold["batch"] == b])
                                   for b in sorted(gold["batch"].unique())]
                                  if "batch" in gold and gold["batch"].nunique() > 1 else [])
        for path in paths:
            for part, g in parts[1:]:  # (each batch was scored when new: see the CSV header)
                rows.append({"gold": part, **evaluate(path, g, arts)[0]})
            res, errors = evaluate(path, gold, arts)
            rows.insert(len(rows) - len(parts) + 1, {"gold": name, **res})
            suffix = path if source is None else f"{name.split('_')[0]}_{path}"
            errors.to_csv(RESULTS / f"eval_people_errors_{suffix}.csv", index=False)
            for kind in ("missed", "false"):
                some = errors[errors["error"] == kind].head(args.errors)
                for r in some.itertuples(index=False):
                    print(f"  {kind:6} {r.name!r:40} {r.doc_id}")
    table = pd.DataFrame(rows)
    table.to_csv(RESULTS / "eval_people.csv", index=False)
    print("People against hand annotations (the issue's measure: polnear_dev_people.csv)")
    print(table.to_string(index=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
