"""How much of what the news names does the actor dictionary resolve?

Method. For each corpus (AllSides world affairs, 4,427 articles; PolNeAR, 924 articles on the
2016 US election; both used to choose what the dictionary should add; and BBC News 2004–2005,
2,225 articles, held out; all in ``../shared/corpora``), every maximal sequence of capitalised
words is a *name occurrence*: tokens that start with an upper-case letter, joined by single
spaces or hyphens, with ``of``/``of the``/``al``/``bin``/``el``/``von``/``de`` allowed between two
capitalised words ("Islamic Republic of Iran", "Mohammed bin Salman"). A full stop ends a token
unless a letter follows ("U.S." → "U.S", "Mr. Trump" → "Mr", "Trump"); a possessive ``'s`` is
cut; function words that open a sentence ("In Moscow" → "Moscow"; ``_OPENERS``) and leading
titles ("President Barack Obama" → "Barack Obama"; ``_TITLES``) are dropped from the front. A
lone opener ("The", "But") stays a name and is classed as no actor below. The 200 most frequent
names of each corpus are scored.

An occurrence is *resolved* when ``actor_mentions(articles, demonyms=True)`` returns a mention
(any method: alias, label, surname, role, demonym) that overlaps it. A name is resolved when at
least half of its occurrences are. Coverage is reported two ways:

- over all top-200 names, and
- over the names that denote actors — persons, places, states, organisations, groups, outlets
  and their demonyms — by the judgement written down in ``NOT_ACTORS`` below: names that are
  *not* actors (months, week days, titles and honorifics, sentence openers the filter missed,
  generic words without an owner such as "Senate"-less "House", "Party", "Security", religions
  and ethnic or sectarian groups, holidays, events, laws, social networks, page furniture such
  as "Hide Caption" or AllSides' photo-gallery titles "Crisis"/"Unrest"). Everything not listed
  there counts as an actor, including demonyms and party adjectives ("Iranian", "Republican"),
  regions ("Middle East") and US institutions named without their country ("Congress").

Outputs ``benchmarks/results/actor_coverage_<label>.csv`` (one row per corpus and name: ``corpus,
rank, name, occurrences, resolved_occurrences, resolved, is_actor, category``) and prints a
markdown summary and the biggest misses. Run it on another dictionary (e.g. the one on main) with
``--dictionary PATH`` to compare::

    python benchmarks/eval_actor_coverage.py --label after
    python benchmarks/eval_actor_coverage.py --dictionary ../main/analysis/resources --label before
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from analysis.actor_dictionary import load_dictionary  # noqa: E402
from analysis.actors import actor_mentions  # noqa: E402
from analysis.config import SHARED_CORPORA  # noqa: E402

#: AllSides and PolNeAR were used to choose what to add to the dictionary (in-sample); BBC News
#: (2004–2005, business/entertainment/politics/sport/tech) was not looked at before it was scored.
#: AllSides and PolNeAR were used to choose what to add to the dictionary (in-sample); BBC News
#: (2004–2005, business/entertainment/politics/sport/tech) was not looked at before it was scored.
CORPORA = {"allsides": "allsides/world.jsonl.gz", "polnear": "polnear/articles.jsonl.gz",
           "bbc": "bbc/bbc.jsonl.gz"}
TOP = 200

_CAP = r"(?:al-|el-)?[A-Z](?:[\w'’]|\.(?=[A-Za-z])|-(?=\w))*"  # "U.S" from "U.S.", "Mr" from "Mr."
_LINK = r"(?:of the|of|al|bin|ibn|el|von|van|de|der|da)[ -]"
NAME = re.compile(rf"(?<![\w'’.-]){_CAP}(?:[ -](?:{_LINK})?{_CAP})*")
_TITLES = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Adm|Maj|Capt|Prof|Rev|St)\.?|President|"
    r"Prime Minister|Foreign Minister|Defense Secretary|Secretary of State|Secretary|Minister|"
    r"Senator|Governor|Chancellor|King|Queen|Prince|Crown Prince|Sheikh|Ayatollah|Pope|Emir|"
    r"Vice President|Premier|Speaker|Ambassador|Judge|Justice|General|Former|Acting) ")
_POSSESSIVE = re.compile(r"['’]s?$")
_OPENERS = set("""
a an the this that these those there their they them then than thus his her hers its it he she
we you i our your my me us but and or nor so yet if when while after before since although though
as at by for from in into of on onto over under with without within about above across against
along among around behind below beneath beside between beyond during except inside near off
outside past through throughout toward towards upon via what which who whom whose where why how
all any both each every few many more most much no none not one other others some such only also
even just still however meanwhile moreover furthermore instead indeed says said according here
now today yesterday tomorrow earlier later once
despite unlike like because until unless whether do does did is are was were be been has have had
will would can could should may might must shall let please yes no oh well
""".split())

#: name → category for top names judged *not* to be actors. Everything else counts as an actor.
NOT_ACTORS: dict[str, str] = {
    **{m: "calendar" for m in (
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")},
    **{m: "title or honorific" for m in (
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "President", "Prime Minister",
        "Minister", "Foreign Minister", "Secretary", "Secretary of State", "Sen.", "Senator",
        "Gov.", "Governor", "Rep.", "King", "Prince", "Crown Prince", "Pope", "General", "Gen.",
        "Chancellor", "Vice President", "Sheikh", "Lt.", "Col.", "Ayatollah", "Queen", "Emir",
        "Premier", "Minister Benjamin Netanyahu", "Supreme Leader", "Chairman", "Leader",
        "Speaker", "Commander", "Judge", "Justice", "Sir", "Lord", "Mayor", "Senators",
        "Ambassador", "Director", "Chief", "Officials", "Sen", "Rep", "Gen", "Gov", "Lt", "Col",
        "Sgt", "Adm", "Maj", "Capt", "Gov", "Rev", "Prof")},
    **{m: "sentence opener or pronoun" for m in (
        "I", "It", "We", "He", "She", "They", "You", "But", "And", "In", "The", "A", "On",
        "As", "At", "For", "If", "Yes", "No", "So", "OK", "Why", "What", "That", "This",
        "Some", "Many", "Still", "Even", "While", "After", "Since", "Asked", "Although",
        "Instead", "According", "Now", "Here", "There", "Those", "These", "His", "Her",
        "Our", "Their", "Its", "My", "Your", "Last", "One", "Two", "Three", "Most", "More",
        "Other", "Others", "Both", "Each", "Every", "Among", "During", "Despite", "Under",
        "Over", "Before", "Then", "Such", "Like", "Meanwhile", "However", "Also", "Just",
        "Not", "Only", "When", "Where", "Who", "Which", "How", "All", "Any", "An", "Or",
        "Do", "Does", "Did", "Is", "Was", "Are", "Were", "Has", "Have", "Had", "Will",
        "Would", "Can", "Could", "Should", "May", "Might", "Let", "Please", "Oh", "Well",
        "By", "To", "With", "Yet", "Of", "I’ve", "I've", "Some of", "Today", "Yesterday",
        "Analysts", "Earlier", "We're", "I'd", "You're", "It's", "That's", "Don't",
        "Sign", "Read", "Click", "Share", "Related", "Watch", "See", "Photo", "Video",
        "Advertisement", "Getty", "Getty Images", "AP Photo", "Reuters Photo", "Image", "Images",
        "Copyright", "Updated")},
    **{m: "page furniture" for m in (
        "Photos", "Hide", "Caption", "Hide Caption", "WATCH", "WATCHED", "Replay", "Videos",
        "Newsletters", "FULL", "ABSTRACT", "TEXT", "FULL TEXT", "I’m", "I'm", "Photo", "Video",
        "More", "Story", "Close", "Getty Images", "Associated Press Photo", "Comment",
        "Subscribe", "Sign Up", "Terms", "Privacy Policy", "Continue", "Continue Reading",
        "Play", "Replay More Videos", "MUST WATCH", "Next", "Up Next", "JUST WATCHED",
        "Caption Photos", "Crisis", "Unrest", "Media", "Update", "Media playback")},
    **{m: "event, product or work" for m in (
        "DVD", "DVDs", "PC", "PCs", "Windows", "Xbox", "iPod", "PlayStation", "ID", "Six Nations",
        "World Cup", "Champions League", "Premiership", "Grand Slam", "Oscar", "Oscars",
        "The Aviator", "Australian Open", "Wimbledon", "Golden Globe", "Golden Globes",
        "Super Bowl", "Boston Marathon", "Paris Agreement", "Iran Deal")},
    **{m: "generic word" for m in (
        "Islamic", "Islam", "Muslim", "Muslims", "Christian", "Christians", "Jewish", "Jews",
        "Arab", "Arabs", "Sunni", "Shiite", "Shia", "Kurdish", "Kurds", "Western", "West", "East",
        "North", "South", "European", "African", "Asian", "Internet", "English", "God",
        "Christmas", "Easter", "Ramadan", "Eid", "Olympics", "Olympic", "World War",
        "World War II", "Cold War", "Holocaust", "Twitter", "Facebook", "Google", "YouTube",
        "Instagram", "Street", "Party", "Republic", "Army", "Ministry", "Council", "Committee",
        "Court", "Department", "Government", "State", "States", "Embassy", "Navy", "Air Force",
        "Constitution", "Capitol", "Parliament", "House", "Cabinet", "Election Day",
        "Super Tuesday", "Town Hall", "Debate", "Independent", "Liberal", "Conservative",
        "Conservatives", "Trump Tower", "Oval Office", "Air Force One", "New Year",
        "Communist", "Catholic", "Hispanic", "Hispanics", "Latino", "Latinos", "Black", "White",
        "Obamacare", "Brexit", "Affordable Care Act", "PM", "ET", "GMT", "TV", "CEO", "Covid",
        "COVID", "Ebola", "Zika", "Coronavirus", "COVID-19", "Marines", "Border", "Gulf",
        "Pacific", "Atlantic", "Mediterranean", "Arctic", "City", "County", "University",
        "Nobel", "Nobel Peace Prize", "Bible", "Koran", "Quran", "People", "PAC", "Act",
        "Convention", "Center", "Foundation", "Union", "Security", "National", "International",
        "Intelligence", "Police", "World", "Super", "Daily", "Times", "News", "Press", "Post",
        "MPs", "MP", "Lords")},
}


def load(corpus: str, path: Path) -> pd.DataFrame:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    df = pd.DataFrame(rows)
    key = "ID" if "ID" in df.columns else "doc_id"
    return pd.DataFrame({"doc_id": df[key].astype(str), "date": df.get("date"),
                         "text": df["text"].fillna("").astype(str)}).drop_duplicates("doc_id")


def names_in(text: str):
    """``(start, end, name)`` of each capitalised sequence, openers dropped, possessive cut."""
    for m in NAME.finditer(text):
        s, name = m.start(), m.group()
        words = name.split(" ")
        initial = s == 0 or re.search(r"(?:[.!?:\"“”]|\n)\s*$", text[max(0, s - 4):s])
        while initial and len(words) > 1 and words[0].lower().rstrip(".,") in _OPENERS:
            s += len(words[0]) + 1  # "In Moscow" at the start of a sentence → "Moscow"
            words = words[1:]
        name = " ".join(words)
        while (t := _TITLES.match(name)) and len(name) > t.end():
            s += t.end()  # "President Barack Obama" → "Barack Obama"
            name = name[t.end():]
        name = name.rstrip(".")
        name = _POSSESSIVE.sub("", name)
        if len(name) < 2 or not name[0].isupper():
            continue
        yield s, s + len(name), name


def coverage(corpus: str, articles: pd.DataFrame, dictionary) -> tuple[pd.DataFrame, float]:
    t0 = time.perf_counter()
    men = actor_mentions(articles, dictionary=dictionary, demonyms=True)
    seconds = time.perf_counter() - t0
    spans: dict[str, list[tuple[int, int]]] = {}
    for d, s, e in men[["doc_id", "start", "end"]].itertuples(index=False):
        spans.setdefault(d, []).append((s, e))
    total, hit = Counter(), Counter()
    for doc_id, text in zip(articles["doc_id"], articles["text"]):
        sp = sorted(spans.get(doc_id, []))
        starts = np.asarray([a for a, _ in sp], np.int64)
        ends = np.maximum.accumulate(np.asarray([b for _, b in sp], np.int64)) if sp else starts
        for s, e, name in names_in(text):
            total[name] += 1
            k = np.searchsorted(starts, e) - 1  # last mention starting before the name ends
            if k >= 0 and ends[k] > s:
                hit[name] += 1
    top = total.most_common(TOP)
    out = pd.DataFrame({
        "corpus": corpus, "rank": np.arange(1, len(top) + 1),
        "name": [n for n, _ in top], "occurrences": [c for _, c in top],
        "resolved_occurrences": [hit[n] for n, _ in top],
    })
    out["resolved"] = out["resolved_occurrences"] * 2 >= out["occurrences"]
    out["category"] = out["name"].map(NOT_ACTORS).fillna("actor")
    out["is_actor"] = out["category"] == "actor"
    words = int(articles["text"].str.split().str.len().sum())
    return out, words / seconds


def summary(table: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for corpus, g in table.groupby("corpus", sort=False):
        a = g[g["is_actor"]]
        rows.append({
            "corpus": corpus,
            "top names": len(g),
            "resolved (all)": f"{g['resolved'].mean():.0%}",
            "actor names": len(a),
            "resolved (actors)": f"{a['resolved'].mean():.0%}",
            "occurrences resolved (actors)":
                f"{a['resolved_occurrences'].sum() / max(a['occurrences'].sum(), 1):.0%}",
        })
    return pd.DataFrame(rows)


def markdown(df: pd.DataFrame) -> str:
    lines = ["| " + " | ".join(df.columns) + " |", "|" + "---|" * len(df.columns)]
    lines += ["| " + " | ".join(str(v) for v in row) + " |" for row in df.itertuples(index=False)]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dictionary", type=Path, default=None,
                        help="folder with actors.csv/roles.csv (default: the shipped one)")
    parser.add_argument("--corpora", type=Path, default=SHARED_CORPORA,
                        help="folder holding allsides/ and polnear/ (default: ../shared/corpora)")
    parser.add_argument("--label", default="after")
    parser.add_argument("--misses", type=int, default=25)
    args = parser.parse_args()
    d = load_dictionary(args.dictionary)
    tables = []
    for corpus, name in CORPORA.items():
        path = args.corpora / name
        if not path.exists():
            print(f"skip {corpus}: {path} not found")
            continue
        table, rate = coverage(corpus, load(corpus, path), d)
        print(f"{corpus}: actor_mentions {rate / 1e6:.2f} M words/s")
        tables.append(table)
    if not tables:
        return
    table = pd.concat(tables, ignore_index=True)
    out = ROOT / "benchmarks" / "results" / f"actor_coverage_{args.label}.csv"
    out.parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(out, index=False)
    print(f"\nDictionary: {len(d.actors)} actors, {len(d.roles)} role rows ({args.label})\n")
    print(markdown(summary(table)))
    for corpus, g in table.groupby("corpus", sort=False):
        miss = g[g["is_actor"] & ~g["resolved"]].head(args.misses)
        print(f"\nBiggest actor misses, {corpus}: " + ", ".join(
            f"{n} ({c})" for n, c in zip(miss["name"], miss["occurrences"])))
    print(f"\nwritten {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
