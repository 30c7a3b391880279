"""Generate scraped news pages for evaluation: real article bodies in realistic page chrome.

Scrapers hand the kit a page's visible text, not just the article: a site header, menus and
breadcrumbs, a date stamp in one of many formats, a byline, photo credits, then the body cut
to an excerpt, then comment forms, newsletter prompts, author boxes, mastheads, related links,
cookie notices. This generator wraps real article bodies from ``../shared/corpora`` (AllSides
world affairs, PolNeAR, BBC) in such chrome and records the truth for every page — publication
date, title, outlet, the body paragraphs kept, the event (AllSides silver events of
``eval_topics.py``), and every chrome line inserted — so that date inference, boilerplate
removal, story splitting and story grouping can be measured on text the rules were not written
on (``eval_pages.py``).

The chrome is written here from common patterns of news sites (nothing is copied from a page):
each *page style* is a fixed combination of a header, a date format and position, a byline
form, credits, tail blocks and an excerpt length, drawn once from a seeded generator; each page
gets one style. Pages are plain ``.txt`` files (as a scraper saves them) plus ``manifest.csv``
with the page URL for the pages whose site puts the date in its URLs (no date, outlet or title
is given to the loader).

Usage::

    python benchmarks/generate_pages.py --out /tmp/pages --pages 1200 --styles 48 --seed 0
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_topics import DEV, TEST, label_events, load_allsides  # noqa: E402

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
NAMES = ["Anna Rossi", "John Okafor", "Maria Lindqvist", "David Chen", "Sara Haddad",
         "Tom Becker", "Priya Nair", "Lucas Moreau", "Elena Petrova", "Omar Khalil",
         "Grace Miller", "Kenji Sato", "Paul Ellison", "Nadia Rahman", "Chris Doyle"]
AGENCIES = ["AFP via Getty Images", "Reuters", "AP Photo", "Canadian Press", "EPA-EFE",
            "Anadolu Agency", "Bloomberg", "Getty Images", "The Associated Press"]


def _ord(day: int) -> str:
    return f"{day}{'th' if 11 <= day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def _time(rng) -> str:
    return f"{rng.integers(1, 13)}:{rng.integers(0, 60):02d} {rng.choice(['AM', 'PM'])}"


# A date format: (name, where it goes, function(date, rng, outlet, name) -> line).
# "top" lines precede the title, "after_title" follow it, "body" starts the first paragraph.
DATE_FORMATS = [
    ("mon_d_y_time_first", "top", lambda d, r, o, n: f"{d:%b} {d.day}, {d.year}, {_time(r)}"),
    ("published_month_dd", "after_title", lambda d, r, o, n: f"Published: {d:%B %d %Y}"),
    ("first_published_ist", "after_title",
     lambda d, r, o, n: f"First Published {d:%b} {d.day:02d}, {d.year}, {_time(r)} IST | Last "
                        f"Updated {(d + pd.Timedelta(days=1)):%b %d}, {d.year}, {_time(r)} IST"),
    ("byline_on_date", "after_title",
     lambda d, r, o, n: f"By {n}, The Associated Press on {d:%B} {d.day}, {d.year}."),
    ("weekday_us_numeric", "top", lambda d, r, o, n: f"{d:%A}, {d:%m/%d/%Y}"),
    ("ordinal_dateline", "body", lambda d, r, o, n: f"{_ord(d.day)} {d:%B %Y} – ({o}) "),
    ("agency_dateline_no_year", "body",
     lambda d, r, o, n: f"{o.split()[0].upper()} ({d:%B} {d.day})— "),
    ("iso_own_line", "after_title", lambda d, r, o, n: f"{d:%Y-%m-%d}"),
    ("iso_pipe_time", "top", lambda d, r, o, n: f"{d:%Y-%m-%d} | {r.integers(0, 24):02d}:"
                                                f"{r.integers(0, 60):02d}"),
    ("updated_and_published", "after_title",
     lambda d, r, o, n: f"Updated: {(d + pd.Timedelta(days=2)):%d %B %Y} | Published: "
                        f"{d:%d %B %Y}"),
    ("posted_on_by", "after_title",
     lambda d, r, o, n: f"Posted on {d:%B} {d.day}, {d.year} by {n}"),
    ("dd_mm_yyyy", "after_title", lambda d, r, o, n: f"{d:%d/%m/%Y}"),
    ("month_d_y_line", "after_title", lambda d, r, o, n: f"{d:%B} {d.day}, {d.year}"),
    ("guardian_style", "after_title",
     lambda d, r, o, n: f"{d:%a} {d.day} {d:%b %Y} {r.integers(0, 24):02d}."
                        f"{r.integers(0, 60):02d} BST"),
    ("published_on_caps", "after_title",
     lambda d, r, o, n: f"PUBLISHED ON {d.day} {d:%b %Y}".upper()),
    ("d_month_y_line", "top", lambda d, r, o, n: f"{d.day} {d:%B %Y}"),
    ("url_slashes", "url", lambda d, r, o, n: f"/{d:%Y/%m/%d}/"),
    ("url_compact", "url", lambda d, r, o, n: f"/{d:%Y%m%d}/"),
    ("url_month_name", "url", lambda d, r, o, n: f"/{d:%Y}/{d:%b}/{d:%d}/".lower()),
    ("none", "none", lambda d, r, o, n: ""),
]
BYLINES = [
    lambda n, o: f"By {n}", lambda n, o: f"By {n.upper()}, {o}", lambda n, o: f"{n}, staff writer",
    lambda n, o: f"Written by {n}", lambda n, o: f"{n} | {o}", lambda n, o: f"Author: {n}",
    lambda n, o: f"By {n} and {NAMES[(NAMES.index(n) + 3) % len(NAMES)]}", lambda n, o: "",
]
HEADERS = [
    lambda o, r: [o.upper(), "Home | World | Politics | Business | Opinion | Sports"],
    lambda o, r: ["Skip to content", f"{o}", "Menu", "Search"],
    lambda o, r: [f"{re.sub(r'[^a-z]', '', o.lower())}.com", "Sign In | Subscribe"],
    lambda o, r: ["English | العربية | Français | Español", f"{o}"],
    lambda o, r: ["Home › World › Middle East"],
    lambda o, r: [f"Today's Paper | {MONTHS[int(r.integers(0, 12))]} {r.integers(1, 28)}, 2024"],
    lambda o, r: ["LIVE TV", "Trending: Elections | Economy | Climate"],
    lambda o, r: [],
]
CREDITS = [
    lambda n, r: f"{n}/{r.choice(AGENCIES)}",
    lambda n, r: f"Photo: {n}/{r.choice(AGENCIES)}",
    lambda n, r: f"(Photo by {n}/{r.choice(AGENCIES)})",
    lambda n, r: f"{n}/Copyright {r.choice([2013, 2016, 2019, 2024])} The AP. All rights "
                 "reserved.",
    lambda n, r: f"Image caption: Officials met on Monday. Credit: {n}/{r.choice(AGENCIES)}",
]
TAILS = {
    "comment_form": ["Leave a Reply", "Your email address will not be published. Required fields "
                     "are marked *", "Comment *", "Name *", "Email *", "Website",
                     "Save my name, email, and website in this browser for the next time I "
                     "comment."],
    "comment_prompts": ["LEAVE A REPLY", "Please enter your comment!",
                        "Please enter your name here", "You have entered an incorrect email "
                        "address!", "Please enter your email address here"],
    "recaptcha": ["This site is protected by reCAPTCHA and the Google Privacy Policy and Terms "
                  "of Service apply.", "This site uses Akismet to reduce spam. Learn how your "
                  "comment data is processed."],
    "subscribe": ["› Subscribe", "Sign up for our daily briefing",
                  "Get the latest news delivered to your inbox every morning."],
    "social": ["Follow by Email", "Share this: Facebook Twitter WhatsApp Email",
               "Follow us on Twitter and Instagram"],
    "author_box": ["About Author", "{name} is a reporter covering foreign affairs and security."],
    "masthead": ["Editor in Chief {name}", "Managing Editor: {name2}"],
    "related": ["Related Articles", "Read more: {other}", "You may also like", "{other2}"],
    "cookies": ["We use cookies to improve your experience on our site. By continuing to browse "
                "you agree to our use of cookies.", "Accept All Cookies"],
    "copyright": ["© {year} {outlet}. All rights reserved."],
    "advert": ["Advertisement", "Story continues below advertisement"],
    "tags": ["Tags: {tags}"],
    # distractor dates after the body: readers' comments days later, a related story's date
    "comment_thread": ["{ncomments} Comments", "{name2} says:", "{comment_date}",
                       "Thanks for this report, very informative.", "Reply"],
    "related_dated": ["More Stories", "{other}", "{other_date}"],
}


def _date_from_manifest_only(fmt: str) -> bool:
    return DATE_FORMATS[[f[0] for f in DATE_FORMATS].index(fmt)][1] == "url"


def page_styles(n: int, seed: int = 0) -> list[dict]:
    """``n`` page styles: each a fixed choice of header, date format, byline, credits, tails."""
    rng = np.random.default_rng(seed)
    styles = []
    tail_names = list(TAILS)
    for i in range(n):
        k = int(rng.integers(2, 6))
        styles.append({
            "style": f"style_{i:02d}",
            "header": int(rng.integers(0, len(HEADERS))),
            "date": DATE_FORMATS[i % len(DATE_FORMATS)][0],  # every format in use
            "byline": int(rng.integers(0, len(BYLINES))),
            "credit": int(rng.integers(-1, len(CREDITS))),  # -1: no credit line
            "tails": [tail_names[j] for j in sorted(rng.choice(len(tail_names), k, False))],
            "chars": int(rng.choice([1800, 2200, 2600, 3000, 4000])),
            "sep": "\n\n" if rng.random() < 0.6 else "\n",  # blank lines or single breaks
        })
    return styles


def _excerpt(text: str, chars: int) -> list[str]:
    paras = [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
    out, size = [], 0
    for p in paras:
        if size and size + len(p) > chars:
            break
        out.append(p)
        size += len(p)
    return out


def render(row: pd.Series, style: dict, rng, others: list[str]) -> tuple[str, dict]:
    """One page's text and its truth."""
    date, outlet = pd.Timestamp(row["date"]), str(row["outlet"])
    name, name2 = rng.choice(NAMES), rng.choice(NAMES)
    fmt = DATE_FORMATS[[f[0] for f in DATE_FORMATS].index(style["date"])]
    stamp = fmt[2](date, rng, outlet, name) if pd.notna(date) else ""
    body = _excerpt(row["text"], style["chars"])
    chrome: list[str] = []
    top = HEADERS[style["header"]](outlet, rng)
    chrome += top
    lines = list(top)
    if fmt[1] == "top" and stamp:
        lines.append(stamp)
    lines.append(row["title"])
    byline = BYLINES[style["byline"]](name, outlet)
    if fmt[1] == "after_title" and stamp:
        lines.append(stamp)
    if byline:
        lines.append(byline)
        chrome.append(byline)
    if style["credit"] >= 0:
        credit = CREDITS[style["credit"]](rng.choice(NAMES), rng)
        lines.append(credit)
        chrome.append(credit)
    first = body[0] if body else ""
    if fmt[1] == "body" and stamp and body:
        body = [stamp + first] + body[1:]
    lines += body
    later = (date if pd.notna(date) else pd.Timestamp("2024-06-01")) + pd.Timedelta(
        days=int(rng.integers(2, 6)))
    elsewhen = (date if pd.notna(date) else pd.Timestamp("2024-06-01")) - pd.Timedelta(
        days=int(rng.integers(3, 400)))
    fill = {"name": name, "name2": name2, "other": others[0], "other2": others[1],
            "year": date.year if pd.notna(date) else 2024, "outlet": outlet,
            "tags": "World, Politics, Diplomacy", "ncomments": int(rng.integers(2, 40)),
            "comment_date": f"{later:%B} {later.day}, {later.year} at {_time(rng).lower()}",
            "other_date": f"{elsewhen:%B} {elsewhen.day}, {elsewhen.year}"}
    tails = list(style["tails"])
    if fmt[0] == "agency_dateline_no_year" and "copyright" not in tails:
        tails.append("copyright")  # the year is stated elsewhere on the page
    for tail in tails:
        block = [t.format(**fill) for t in TAILS[tail]]
        lines += block
        chrome += block
    url = None
    if fmt[1] == "url" and pd.notna(date):
        slug = re.sub(r"[^a-z0-9]+", "-", str(row["title"]).lower()).strip("-")[:60]
        url = f"https://www.{re.sub(r'[^a-z]', '', outlet.lower())}.com/world{stamp}{slug}"
    truth = {"date": f"{date:%Y-%m-%d}" if pd.notna(date) and fmt[1] != "none" else "",
             "date_format": fmt[0], "title": row["title"], "outlet": outlet,
             "first_body": body[0][:200] if body else "", "chrome": chrome, "url": url}
    return style["sep"].join(lines) + "\n", truth


def source_articles(n: int, seed: int = 0) -> pd.DataFrame:
    """Every AllSides silver-event article, then other AllSides articles up to ``n``."""
    articles = load_allsides()
    events = label_events(articles, {**DEV, **TEST})
    rest = articles[~articles["doc_id"].isin(events["doc_id"]) & articles["date"].notna()]
    extra = rest.sample(max(0, n - len(events)), random_state=seed)
    out = pd.concat([events, extra.assign(event=None)], ignore_index=True)
    return out[out["title"].notna() & (out["text"].str.len() > 500)].reset_index(drop=True)


def generate(out: Path, n_pages: int = 1200, n_styles: int = 48, seed: int = 0) -> pd.DataFrame:
    """Write ``n_pages`` pages + ``manifest.csv`` + ``truth.jsonl`` into ``out``; return truth."""
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    styles = page_styles(n_styles, seed)
    src = source_articles(n_pages, seed)
    titles = src["title"].tolist()
    truth, manifest = [], []
    for i, row in src.iterrows():
        style = styles[i % len(styles)]
        others = [titles[(i + 7) % len(titles)], titles[(i + 13) % len(titles)]]
        text, t = render(row, style, rng, others)
        name = f"page_{i:05d}.txt"
        (out / name).write_text(text, encoding="utf-8")
        t.update(file=name, style=style["style"], event=row["event"], doc_id=str(row["doc_id"]))
        truth.append(t)
        if t["url"]:
            manifest.append({"file": name, "url": t["url"]})
    pd.DataFrame(manifest, columns=["file", "url"]).to_csv(out / "manifest.csv", index=False)
    with open(out / "truth.jsonl", "w", encoding="utf-8") as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    return pd.DataFrame(truth)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", default="/tmp/newsframe-pages")
    p.add_argument("--pages", type=int, default=1200)
    p.add_argument("--styles", type=int, default=48)
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args(argv)
    truth = generate(Path(args.out), args.pages, args.styles, args.seed)
    print(f"{len(truth)} pages in {truth['style'].nunique()} styles, "
          f"{truth['event'].notna().sum()} in {truth['event'].nunique()} events → {args.out}")


if __name__ == "__main__":
    main()
