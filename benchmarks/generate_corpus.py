"""Write N realistic scraped article files for benchmarks (and for the Dask/cache tests).

Articles recombine real paragraphs — the bundled ``data/raw/`` articles (after cleaning) and, when
present, the BBC News corpus in ``../shared/corpora/bbc`` — into files that look like what a
scraper saves: a `` date YYYY-MM-DD`` prefix, a title, a URL line of one of a dozen outlets,
summary bullets, a photo caption, share/footer boilerplate, the body, and now and then a second
story on the same page or an exact/near copy of an earlier article (so duplicate detection has
work to do). Each article keeps its paragraphs from one source story (a topic stays a topic) with
a few paragraphs borrowed from the Middle-East seed articles, so actor mentions are dense.

Files go into sub-folders of 1,000 (``00000/000123.txt``) so a 100k corpus stays browsable.
The output is deterministic for a given ``seed``.

Usage::

    python benchmarks/generate_corpus.py OUT_DIR -n 10000 [--seed 0] [--outlets 500 --zipf 1.1]
    python benchmarks/generate_corpus.py OUT_DIR --real-export   # OUT_DIR/real_export.jsonl
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
from datetime import date, timedelta
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from analysis import config  # noqa: E402

OUTLETS = [
    ("The Jerusalem Post", "https://www.jpost.com/middle-east/article-{n}"),
    ("Arab News", "https://www.arabnews.com/node/{n}/middle-east"),
    ("Al Jazeera", "https://www.aljazeera.com/news/2024/{n}"),
    ("BBC News", "https://www.bbc.com/news/world-{n}"),
    ("Press TV", "https://www.presstv.ir/Detail/2024/{n}"),
    ("Haaretz", "https://www.haaretz.com/middle-east-news/{n}"),
    ("Anadolu Agency", "https://www.aa.com.tr/en/middle-east/{n}"),
    ("CNN", "https://edition.cnn.com/2024/world/{n}"),
    ("Deutsche Welle", "https://www.dw.com/en/a-{n}"),
    ("Radio Habana Cuba", "https://www.radiohc.cu/en/noticias/internacionales/{n}"),
    ("Fox News", "https://www.foxnews.com/world/{n}"),
    ("Middle East Eye", "https://www.middleeasteye.net/news/{n}"),
]
BOILERPLATE = ["Share", "Follow", "Short Url", "Advertisement", "Read more", "Share this article",
               "3 min read", "Subscribe", "Comments are closed"]
CREDITS = ["(credit: REUTERS/Staff)", "(Photo by AFP)", "(AP Photo/File)", "(credit: GPO)"]
PER_FOLDER = 1000


def shared_corpora() -> Path:
    """The shared corpora: ``NEWSFRAME_SHARED_CORPORA`` if set (e.g. from a git worktree that
    has no ``../shared`` beside it), else ``analysis.config.SHARED_CORPORA``."""
    return Path(os.environ.get("NEWSFRAME_SHARED_CORPORA") or config.SHARED_CORPORA)


def _source_stories() -> list[dict]:
    """Paragraph lists of real stories: the bundled articles and the BBC corpus if present."""
    import warnings

    from analysis.corpus import load_corpus

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        seeds = load_corpus()
    stories = [{"title": t if isinstance(t, str) and t else "Iran seeks Islamic alliance",
                "paras": x.split("\n\n"), "seed": True}
               for t, x in zip(seeds["title"].tolist(), seeds["text"].tolist())]
    bbc = shared_corpora() / "bbc" / "bbc.jsonl.gz"
    if bbc.exists():
        with gzip.open(bbc, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                paras = [p.strip() for p in rec["text"].split("\n\n") if p.strip()]
                if len(paras) >= 3:
                    stories.append({"title": rec["title"], "paras": paras, "seed": False})
    return stories


def _article(rng: np.random.Generator, stories: list[dict], seed_paras: list[str]) -> tuple:
    base = stories[int(rng.integers(len(stories)))]
    paras = list(base["paras"])
    n_keep = int(rng.integers(max(3, len(paras) // 2), len(paras) + 1))
    start = int(rng.integers(0, len(paras) - n_keep + 1))
    body = paras[start:start + n_keep]
    for _ in range(int(rng.integers(1, 4))):  # Middle-East paragraphs: actors to find
        at = int(rng.integers(1, len(body) + 1))
        body.insert(at, seed_paras[int(rng.integers(len(seed_paras)))])
    return base["title"], body


def outlet_list(n: int = len(OUTLETS)) -> list[tuple[str, str]]:
    """``n`` outlets as ``(name, URL pattern)``: the named ones first, then ``Outlet NNN`` with
    its own domain (which the loader takes as the outlet: none is in the registry)."""
    extra = [(f"Outlet {i:03d}", f"https://www.outlet{i:03d}.example/news/{{n}}")
             for i in range(len(OUTLETS), n)]
    return (OUTLETS + extra)[:n]


def outlet_weights(n: int, zipf: float = 0.0) -> np.ndarray | None:
    """Probabilities of the ``n`` outlets: ``None`` (uniform) for ``zipf`` 0, else Zipf's law
    with exponent ``zipf`` (the k-th outlet's share ∝ 1/k^zipf).

    Examples
    --------
    >>> outlet_weights(3, 1.0).round(3).tolist()
    [0.545, 0.273, 0.182]
    """
    if not zipf:
        return None
    w = 1.0 / np.arange(1, n + 1) ** zipf
    return w / w.sum()


def render(rng: np.random.Generator, stories: list[dict], seed_paras: list[str], k: int,
           day0: date = date(2024, 1, 1), outlets: list[tuple[str, str]] | None = None,
           weights: np.ndarray | None = None) -> tuple[str, dict]:
    """The text of file number ``k`` and its truth (outlet, date, title)."""
    outlets = outlets or OUTLETS
    if weights is None:
        outlet, url = outlets[int(rng.integers(len(outlets)))]
    else:
        outlet, url = outlets[int(rng.choice(len(outlets), p=weights))]
    when = day0 + timedelta(days=int(rng.integers(0, 366)))
    title, body = _article(rng, stories, seed_paras)
    lines = [f" date {when.isoformat()} {title}", "", title, "",
             url.format(n=800000 + k), ""]
    if rng.random() < 0.5:
        lines += [f"- {p[:100].rsplit(' ', 1)[0]}" for p in (body[0], body[-1]) if len(p) > 120]
        lines += [""]
    lines += [BOILERPLATE[int(rng.integers(len(BOILERPLATE)))], ""]
    for i, p in enumerate(body):
        lines += [p, ""]
        if i == 1 and rng.random() < 0.6:
            lines += [f"A view of the scene on {when:%B} {when.day}, {when.year}. "
                      f"{CREDITS[int(rng.integers(len(CREDITS)))]}", ""]
    lines += [BOILERPLATE[int(rng.integers(len(BOILERPLATE)))], ""]
    if rng.random() < 0.03:  # a second, unrelated story saved on the same page
        t2, b2 = _article(rng, stories, seed_paras)
        lines += [t2, "", "Updated 3 hours ago", "", *[x for p in b2[:4] for x in (p, "")]]
    return "\n".join(lines), {"outlet": outlet, "date": when.isoformat(), "title": title}


def generate_corpus(out_dir: str | Path, n: int, *, seed: int = 0, progress: bool = True,
                    outlets: int = len(OUTLETS), zipf: float = 0.0) -> Path:
    """Write ``n`` article files under ``out_dir`` (created); return the folder.

    About 2 % of files are exact copies and 2 % near copies (one sentence changed) of an earlier
    file, as syndicated wire copy is in real corpora. ``outlets`` outlets (default the 12 named
    ones), equally likely or, with ``zipf`` > 0, with Zipf-distributed sizes (a few large
    outlets and a long tail of small ones, as in real exports).

    Outlets beyond the 12 named ones are in no registry, so the loader cannot infer them from
    the text: their files are then listed, with the outlet of every file, in the manifest
    :func:`manifest_path` (``load_corpus(folder, manifest=manifest_path(folder))``). A copied
    file there belongs to an outlet drawn anew (syndication); the default corpus is unchanged.
    """
    names = outlet_list(outlets)
    weights = outlet_weights(len(names), zipf)
    by_manifest = len(names) > len(OUTLETS)
    copy_rng = np.random.default_rng(seed + 1)
    manifest: list[tuple[str, str]] = []
    from tqdm.auto import tqdm

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    stories = _source_stories()
    seed_paras = [p for s in stories if s["seed"] for p in s["paras"] if len(p) > 200]
    written: list[str] = []
    for k in tqdm(range(n), desc=f"writing {n:,} articles", disable=not progress,
                  mininterval=1.0):
        r = rng.random()
        truth = None
        if written and r < 0.02:
            text = written[int(rng.integers(len(written)))]
        elif written and r < 0.04:
            prev = written[int(rng.integers(len(written)))]
            text = prev.replace(". ", ". Officials declined to comment. ", 1)
        else:
            text, truth = render(rng, stories, seed_paras, k, outlets=names, weights=weights)
        if len(written) < 5000:
            written.append(text)
        folder = out / f"{k // PER_FOLDER:05d}"
        folder.mkdir(exist_ok=True)
        (folder / f"{k:06d}.txt").write_text(text, encoding="utf-8")
        if by_manifest:
            outlet = truth["outlet"] if truth else names[int(copy_rng.choice(len(names),
                                                                              p=weights))][0]
            manifest.append((f"{k // PER_FOLDER:05d}/{k:06d}.txt", outlet))
    if by_manifest:
        import pandas as pd

        pd.DataFrame(manifest, columns=["file", "outlet"]).to_csv(manifest_path(out),
                                                                   index=False)
    return out


def manifest_path(folder: str | Path) -> Path:
    """Where :func:`generate_corpus` writes the outlets of a corpus of more than 12 outlets:
    beside the folder (a CSV inside it would be read as an export)."""
    folder = Path(folder)
    return folder.parent / f"{folder.name}.manifest.csv"


def real_export(out: str | Path, *, copies: int = 8, outlet_variants: int = 4,
                seed: int = 0) -> Path:
    """Write a JSON-lines export the size of a real one from the shared AllSides and BBC corpora.

    AllSides (4,427 articles, 129 outlets) is written ``copies`` times and BBC (2,225) once:
    with the defaults 37,641 articles, 517 outlets, 223 M characters — the size of the export
    in issue 13 (37,554 articles, 491 outlets, 223 M characters). Copy ``k`` of an article gets
    the id ``ID-k``, the title ``"title (k)"``, the outlet ``"name [k mod outlet_variants]"``
    (the name alone for 0), and its text perturbed so that the copies are not all duplicates:
    in 90 % of copies 15 % of the words are replaced by other words of the same article (word
    5-gram Jaccard with the original ≈ 0.2: distinct articles), in 5 % 1 % of the words are
    (near duplicates), and 5 % are exact copies. Copy 0 is AllSides as it is. Deterministic.
    """
    rng = np.random.default_rng(seed)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    allsides = shared_corpora() / "allsides" / "world.jsonl.gz"
    bbc = shared_corpora() / "bbc" / "bbc.jsonl.gz"
    with gzip.open(allsides, "rt", encoding="utf-8") as fh:
        base = [json.loads(line) for line in fh]
    with open(out, "w", encoding="utf-8") as fh:
        for k in range(copies):
            for rec in base:
                rec = dict(rec)
                if k:
                    rec["ID"] = f"{rec['ID']}-{k}"
                    rec["title"] = f"{rec['title']} ({k})"
                    rec["text"] = _perturb(rec["text"], rng)
                if k % outlet_variants:
                    rec["source"] = f"{rec['source']} [{k % outlet_variants}]"
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        with gzip.open(bbc, "rt", encoding="utf-8") as src:
            for line in src:
                rec = json.loads(line)
                rec["ID"], rec["source"] = f"bbc/{rec.pop('doc_id')}", "BBC News"
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


def _perturb(text: str, rng: np.random.Generator) -> str:
    r = rng.random()
    share = 0.15 if r < 0.90 else 0.01 if r < 0.95 else 0.0
    if not share:
        return text
    paras = text.split("\n\n")
    words = [w for p in paras for w in p.split(" ")]
    if len(words) < 2:
        return text
    out = []
    for p in paras:
        ws = p.split(" ")
        swap = np.flatnonzero(rng.random(len(ws)) < share)
        for i, j in zip(swap.tolist(), rng.integers(0, len(words), len(swap)).tolist()):
            ws[i] = words[j]
        out.append(" ".join(ws))
    return "\n\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--outlets", type=int, default=len(OUTLETS),
                    help="number of outlets (beyond the 12 named ones: 'Outlet NNN')")
    ap.add_argument("--zipf", type=float, default=0.0,
                    help="Zipf exponent of outlet sizes (0: every outlet equally likely)")
    ap.add_argument("--real-export", action="store_true",
                    help="write OUT_DIR/real_export.jsonl from AllSides x8 + BBC instead "
                         "(see real_export)")
    args = ap.parse_args(argv)
    if args.real_export:
        path = real_export(Path(args.out_dir) / "real_export.jsonl", seed=args.seed)
        print(f"{path}: {path.stat().st_size / 1e6:.1f} MB")
        return 0
    folder = generate_corpus(args.out_dir, args.n, seed=args.seed, outlets=args.outlets,
                             zipf=args.zipf)
    size = sum(p.stat().st_size for p in folder.rglob("*.txt"))
    print(f"{args.n:,} files, {size / 1e6:.1f} MB in {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
