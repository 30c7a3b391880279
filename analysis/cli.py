"""Command line: ``python -m analysis SUBCOMMAND`` (or the ``newsframe`` script).

Subcommands mirror the notebooks and write CSV or Parquet for people who do not open notebooks:
``load`` (the articles table and its load report) and ``report`` (execute every notebook → figures
and HTML reports). Errors are printed in one line with exit code 2 (bad input) or 1 (failure).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd


def _write(df: pd.DataFrame, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".parquet":
        df.to_parquet(path, index=False)
    else:
        df.to_csv(path, index=False, lineterminator="\n")
    return path


def _cmd_load(args: argparse.Namespace) -> int:
    from .corpus import load_corpus, load_report

    articles = load_corpus(args.corpus, manifest=args.manifest)
    out = Path(args.out)
    ext = ".parquet" if args.format == "parquet" else ".csv"
    print(_write(articles, out / f"articles{ext}"))
    print(_write(load_report(articles), out / "load_report.csv"))
    print(f"{len(articles)} articles from {articles['source_file'].nunique()} files", file=sys.stderr)
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from .report import build_report

    figures = Path(args.out) / "figures" if args.out else None
    reports = Path(args.out) / "reports" if args.out else None
    for path in build_report(args.corpus, figures_dir=figures, reports_dir=reports):
        print(path)
    from . import config

    print(f"figures in {figures or config.figures_dir()}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="newsframe: topics, actors and framing across news outlets.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("load", help="load a corpus; write articles + load report")
    p.add_argument("corpus", nargs="?", default=None, help="file or folder (default: bundled data/)")
    p.add_argument("--manifest", default=None, help="CSV keyed by file name")
    p.add_argument("--out", default="out", help="output folder (default: out/)")
    p.add_argument("--format", choices=["csv", "parquet"], default="csv")
    p.set_defaults(func=_cmd_load)

    p = sub.add_parser("report", help="run every notebook; write figures/ and reports/*.html")
    p.add_argument("--corpus", default=None, help="file or folder (default: bundled data/)")
    p.add_argument("--out", default=None, help="folder for figures/ and reports/ (default: repo)")
    p.set_defaults(func=_cmd_report)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (ValueError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
