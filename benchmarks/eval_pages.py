"""Measure the loader and stories on generated scraped pages (``generate_pages.py``).

For each page the generator recorded the truth; this script loads the folder with
``load_corpus(folder, manifest=manifest.csv)`` (the manifest gives only URLs) and reports:

- **stated dates**: of the pages that state their date (in the text, or in the URL the manifest
  gives), the share dated right (same day), wrong by more than a day, and undated — overall and
  per date format;
- **boilerplate left**: of the chrome lines inserted (header, menus, bylines, credits, comment
  forms, prompts, mastheads, related links, cookie notices…), the share still found in an
  article body;
- **false splits**: pages (each holds one article) loaded as two or more articles;
- **titles**: the share of pages whose title is the article's title;
- **stories**: ``stories()`` without being told k, on the pages of the AllSides silver events
  alone ("folder" setting) and on all pages scored on the event pages: NMI and ARI.

Usage::

    python benchmarks/eval_pages.py [--pages /tmp/newsframe-pages] [--generate]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import warnings
from pathlib import Path

import pandas as pd
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from analysis import load_corpus, stories  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", str(s)).strip().lower()


def load_pages(folder: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The truth table and the loaded articles (with ``file`` = the page's file name)."""
    truth = pd.read_json(folder / "truth.jsonl", lines=True, dtype=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        articles = load_corpus(folder, manifest=folder / "manifest.csv")
    articles = articles.assign(file=articles["source_file"].str.split("/").str[-1])
    return truth, articles


def date_scores(truth: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Per page that states its date: found date, right (same day), off by more than a day."""
    first = articles.sort_values(["file", "part"], kind="stable").drop_duplicates("file")
    m = truth[truth["date"] != ""].merge(first[["file", "date", "date_source"]], on="file",
                                         how="left", suffixes=("_true", "_found"))
    true = pd.to_datetime(m["date_true"])
    diff = (m["date_found"].dt.normalize() - true).dt.days.abs()
    return m.assign(right=diff.eq(0), wrong=diff.gt(1), undated=m["date_found"].isna())


def boilerplate_left(truth: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """One row per inserted chrome line: is it still in one of the page's article bodies?

    ``left``: the line is one of the bodies' paragraphs, or (30+ characters) part of one — a
    short line such as "Reuters" or "Website" is not counted as left merely because the
    article's own text contains the word. ``left_substring``: the line occurs anywhere in the
    bodies (the measure before 2026-12-03, which counts those words too).
    """
    texts = articles.groupby("file")["text"].agg(lambda t: " \n\n ".join(t))
    rows = []
    for t in truth.itertuples():
        text = texts.get(t.file, "")
        body = _norm(text)
        paras = {_norm(p) for p in re.split(r"\n\s*\n", text)}
        for line in t.chrome:
            n = _norm(line)
            if len(n) >= 4:
                rows.append({"file": t.file, "style": t.style, "line": line,
                             "left": n in paras or (len(n) >= 30 and n in body),
                             "left_substring": n in body})
    return pd.DataFrame(rows)


def story_scores(truth: pd.DataFrame, articles: pd.DataFrame) -> dict:
    events = truth[truth["event"].notna()][["file", "event"]]
    out = {}
    first = articles.sort_values(["file", "part"], kind="stable").drop_duplicates("file")
    for setting, arts in (("event pages only", first[first["file"].isin(events["file"])]),
                          ("all pages, scored on event pages", first)):
        start = time.perf_counter()
        found = stories(arts)
        m = events.merge(arts[["file", "doc_id"]], on="file").merge(found, on="doc_id")
        out[setting] = {"nmi": normalized_mutual_info_score(m["event"], m["story_id"]),
                        "ari": adjusted_rand_score(m["event"], m["story_id"]),
                        "events": events["event"].nunique(), "stories": m["story_id"].nunique(),
                        "pages": len(m), "seconds": time.perf_counter() - start}
    return out


def evaluate(folder: Path) -> dict:
    truth, articles = load_pages(folder)
    dates = date_scores(truth, articles)
    chrome = boilerplate_left(truth, articles)
    parts = articles.groupby("file").size()
    first = articles.sort_values(["file", "part"], kind="stable").drop_duplicates("file")
    titles = truth.merge(first[["file", "title"]], on="file", suffixes=("", "_found"))
    summary = {
        "pages": len(truth), "styles": int(truth["style"].nunique()),
        "pages_stating_date": len(dates),
        "dates_right": float(dates["right"].mean()), "dates_wrong_gt_1_day":
            int(dates["wrong"].sum()), "dates_missing": int(dates["undated"].sum()),
        "boilerplate_lines": len(chrome), "boilerplate_left": float(chrome["left"].mean()),
        "boilerplate_left_substring": float(chrome["left_substring"].mean()),
        "false_splits": int((parts > 1).sum()), "false_split_rate":
            float((parts > 1).sum() / len(truth)),
        "pages_lost": int((~truth["file"].isin(articles["file"])).sum()),
        "titles_right": float((titles["title"].map(_norm) == titles["title_found"].map(_norm))
                              .mean()),
        "stories": story_scores(truth, articles),
    }
    by_format = (dates.groupby("date_format")[["right", "wrong", "undated"]].mean()
                 .join(dates.groupby("date_format").size().rename("pages")))
    left_by_kind = chrome[chrome["left"]].groupby("line").size().sort_values(ascending=False)
    return {"summary": summary, "by_format": by_format, "left": left_by_kind,
            "wrong_dates": dates[dates["wrong"]], "splits": parts[parts > 1]}


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--pages", default="/tmp/newsframe-pages")
    p.add_argument("--generate", action="store_true", help="(re)generate the pages first")
    args = p.parse_args(argv)
    folder = Path(args.pages)
    if args.generate or not (folder / "truth.jsonl").exists():
        from generate_pages import generate

        generate(folder)
    res = evaluate(folder)
    s = res["summary"]
    print(json.dumps(s, indent=2, default=float))
    print("\nstated dates by format (share right / wrong > 1 day / undated):")
    print(res["by_format"].round(3).to_string())
    print("\nchrome lines left most often:")
    print(res["left"].head(25).to_string())
    RESULTS.mkdir(exist_ok=True)
    flat = {k: v for k, v in s.items() if k != "stories"}
    for setting, v in s["stories"].items():
        flat.update({f"stories {setting} {k}": x for k, x in v.items()})
    pd.Series(flat).to_csv(RESULTS / "eval_pages.csv", header=["value"])
    res["by_format"].to_csv(RESULTS / "eval_pages_dates_by_format.csv")


if __name__ == "__main__":
    main()
