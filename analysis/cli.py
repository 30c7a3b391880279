"""Command line: ``python -m analysis SUBCOMMAND`` (or the ``newsframe`` script).

The subcommands mirror the notebooks and write tables as CSV or Parquet for people who do not
open notebooks:

- ``load``     the articles table and its load report (notebook 00);
- ``topics``   topic assignments, topics, passages, topic shares per group, stories (01);
- ``actors``   actor mentions, frequency per group, co-occurrence network, quotes (02);
- ``framing``  distinctive terms, label choices, tone toward actors (03);
- ``report``   execute every notebook → ``figures/`` and ``reports/*.html``.

Every table goes to ``--out`` as ``NAME.csv`` (or ``NAME.parquet``); the paths written are
printed on stdout, progress and a summary on stderr. Exit codes: 0 done, 2 bad input (missing
file, unknown column, no articles), 1 failure (a step raised, a notebook failed, or a step is not
available in this installation), 130 interrupted.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback
import warnings
from collections.abc import Callable
from pathlib import Path

import pandas as pd

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class StepUnavailable(RuntimeError):
    """A subcommand needs a module or function this installation does not have."""


# ----------------------------------------------------------------------------------- helpers
def _require(module: str, *names: str):
    """Import ``analysis.<module>`` and return the named functions, or raise StepUnavailable."""
    try:
        mod = importlib.import_module(f"analysis.{module}")
    except ImportError as exc:
        raise StepUnavailable(
            f"analysis.{module} is not available in this installation ({exc})") from exc
    missing = [n for n in names if not hasattr(mod, n)]
    if missing:
        raise StepUnavailable(f"analysis.{module} has no {', '.join(missing)}")
    return [getattr(mod, n) for n in names]


def _cell(value: object) -> object:
    if isinstance(value, (list, tuple, set, frozenset)):
        return "; ".join(map(str, value))
    return value


def _flat(df: pd.DataFrame) -> pd.DataFrame:
    """Lists and tuples in cells become "; "-joined strings (CSV has no lists)."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object and out[col].map(
                lambda v: isinstance(v, (list, tuple, set, frozenset))).any():
            out[col] = out[col].map(_cell)
    return out


def write_table(df: pd.DataFrame, path: Path) -> Path:
    """Write ``df`` without its index as CSV (``\\n`` line ends) or Parquet, by suffix.

    The same table always gives the same CSV bytes; list cells are joined with "; ".

    Examples
    --------
    >>> import tempfile
    >>> p = write_table(pd.DataFrame({"a": [["x", "y"]]}), Path(tempfile.mkdtemp()) / "t.csv")
    >>> p.read_text()
    'a\\nx; y\\n'
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    out = df.copy()
    out.attrs = {}  # attrs may hold DataFrames (the load report), which Parquet cannot store
    if path.suffix == ".parquet":
        try:
            out.to_parquet(path, index=False)
        except (TypeError, ValueError, ImportError):
            _flat(out).astype({c: str for c in out.columns if out[c].dtype == object}).to_parquet(
                path, index=False)
    else:
        _flat(out).to_csv(path, index=False, lineterminator="\n")
    return path


def _progress(total: int, desc: str, quiet: bool):
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="step", disable=True if quiet else None,
                file=sys.stderr, leave=False)


def _steps(args: argparse.Namespace, desc: str,
           steps: list[tuple[str, Callable[[dict], pd.DataFrame | None]]]) -> dict:
    """Run named steps in order with one progress bar; each sees the results so far."""
    results: dict = {}
    with _progress(len(steps), desc, args.quiet) as bar:
        for name, fn in steps:
            bar.set_postfix_str(name)
            results[name] = fn(results)
            bar.update()
    return results


def _info(args: argparse.Namespace, message: str) -> None:
    if not args.quiet:
        print(message, file=sys.stderr)


def parse_columns(spec: str | None) -> dict[str, str]:
    """``"text=body,outlet=paper"`` → ``{"text": "body", "outlet": "paper"}``.

    Examples
    --------
    >>> parse_columns("text=body, outlet=paper")
    {'text': 'body', 'outlet': 'paper'}
    >>> parse_columns(None)
    {}
    """
    out: dict[str, str] = {}
    for part in (spec or "").split(","):
        if not part.strip():
            continue
        field, sep, column = part.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise ValueError(f"--columns takes FIELD=COLUMN pairs separated by commas, e.g. "
                             f"text=body,outlet=paper; got {part.strip()!r}")
        out[field.strip()] = column.strip()
    return out


def loader_options(args: argparse.Namespace) -> dict:
    """The loader's options named on the command line (``--columns``, ``--outlet-column``,
    ``--scheduler``: load with ``engine="dask"``)."""
    columns = parse_columns(getattr(args, "columns", None))
    if getattr(args, "outlet_column", None):
        columns["outlet"] = args.outlet_column
    options: dict = {"columns": columns or None}
    scheduler = getattr(args, "scheduler", None)
    if scheduler:
        options.update(engine="dask", client=None if scheduler == "local" else scheduler)
    return options


def why_empty(report: pd.DataFrame, source: str) -> str:
    """One message: no usable articles, each file's reason, and what to do about it."""
    lines = [f"no articles could be loaded from {source}."]
    if report.empty:
        lines.append("  the folder holds no files (pass a file or a folder of articles)")
    fixes = set()
    for r in report.head(20).itertuples():
        lines.append(f"  {r.file}: {r.status} — {r.reason or 'no text'}")
        reason = str(r.reason)
        if "no text column" in reason or "column mapping" in reason:
            fixes.add("name the columns: --columns text=BODY_COLUMN,outlet=OUTLET_COLUMN")
        if "unknown file type" in reason:
            fixes.add("supported types: .txt .md .html .csv .tsv .jsonl .json .parquet "
                      "(.gz too), .xlsx, .docx, .pdf, .rtf")
    if len(report) > 20:
        lines.append(f"  … and {len(report) - 20} more file(s); see `python -m analysis load`")
    lines += [f"fix: {f}" for f in sorted(fixes)]
    return "\n".join(lines)


def _load(args: argparse.Namespace) -> pd.DataFrame:
    """Load the corpus named on the command line; no articles is an input error."""
    from .corpus import load_corpus, load_report

    if args.corpus is not None and not Path(args.corpus).expanduser().exists():
        raise FileNotFoundError(f"corpus {args.corpus!r} does not exist")
    if args.manifest is not None and not Path(args.manifest).expanduser().exists():
        raise FileNotFoundError(f"manifest {args.manifest!r} does not exist")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the load report says it all, below or in the table
        articles = load_corpus(args.corpus, manifest=args.manifest, **loader_options(args))
    if articles.empty:
        raise ValueError(why_empty(load_report(articles), args.corpus or "the bundled corpus"))
    for column in (getattr(args, "by", None), getattr(args, "group_column", None)):
        if column and column not in articles.columns:
            raise ValueError(f"articles has no column {column!r}; columns are "
                             f"{list(articles.columns)}")
    return articles


def _load_summary(articles: pd.DataFrame) -> str:
    from .corpus import load_report

    report = load_report(articles)
    loaded = int(report["status"].eq("loaded").sum()) if len(report) else 0
    other = len(report) - loaded
    return (f"{len(articles):,} articles from {loaded:,} file(s)"
            + (f"; {other} file(s) skipped or missing — see the load report in 00_corpus"
               if other else ""))


def _save(args: argparse.Namespace, tables: dict[str, pd.DataFrame | None]) -> list[Path]:
    out, ext = Path(args.out), ".parquet" if args.format == "parquet" else ".csv"
    written = []
    for name, df in tables.items():
        if df is None:
            continue
        path = write_table(df, out / f"{name}{ext}")
        print(path)
        written.append(path)
    return written


# -------------------------------------------------------------------------------- subcommands
def _cmd_load(args: argparse.Namespace) -> int:
    from .corpus import load_report

    articles = _load(args)
    _save(args, {"articles": articles, "load_report": load_report(articles)})
    _info(args, f"{len(articles)} articles from {articles['source_file'].nunique()} files "
                f"→ {args.out}")
    return EXIT_OK


def _cmd_actors(args: argparse.Namespace) -> int:
    actor_mentions, actor_frequency, actor_network = _require(
        "actors", "actor_mentions", "actor_frequency", "actor_network")
    try:
        quotes, attribution = _require("quotes", "quotes", "attribution")
    except StepUnavailable as exc:
        _info(args, f"note: quotes skipped — {exc}")
        quotes = attribution = None
    articles = _load(args)
    steps = [
        ("mentions", lambda r: actor_mentions(articles, dictionary=args.dictionary,
                                              demonyms=args.demonyms)),
        ("actor_frequency", lambda r: actor_frequency(articles, r["mentions"], by=args.by)),
        ("actor_network", lambda r: actor_network(r["mentions"], unit=args.level,
                                                  min_weight=args.min_weight)),
    ]
    if quotes is not None:
        steps += [("quotes", lambda r: quotes(articles, mentions=r["mentions"])),
                  ("attribution", lambda r: attribution(articles, r["quotes"], by=args.by))]
    tables = _steps(args, "actors", steps)
    _save(args, tables)
    m = tables["mentions"]
    _info(args, f"{len(m)} mentions of {m['actor'].nunique() if len(m) else 0} actors in "
                f"{len(articles)} articles → {args.out}")
    return EXIT_OK


def _cmd_topics(args: argparse.Namespace) -> int:
    (topic_model,) = _require("topics", "topic_model")
    try:
        (stories,) = _require("stories", "stories")
    except StepUnavailable as exc:
        _info(args, f"note: stories skipped — {exc}")
        stories = None
    n_topics = args.n_topics if args.n_topics == "auto" else int(args.n_topics)
    articles = _load(args)
    steps = [("model", lambda r: topic_model(articles, unit=args.unit, n_topics=n_topics,
                                             method=args.method,
                                             random_state=args.random_state))]
    if stories is not None:
        steps.append(("stories", lambda r: stories(articles)))
    res = _steps(args, "topics", steps)
    model = res["model"]
    tables = {
        "topics": model.topics,
        "topic_assignments": model.assignments,
        "topic_passages": model.passages,
        f"topic_shares_by_{args.by}": model.by(args.by),
        "topic_selection": model.selection,
        "topic_skipped_units": model.skipped,
        "stories": res.get("stories"),
    }
    _save(args, tables)
    _info(args, f"{model!r} → {args.out}")
    return EXIT_OK


def _pairs_option(specs: list[str] | None) -> dict:
    """``distinctive_terms`` keywords from ``--pairs`` values: none, one number K (the K largest
    groups) or pairs ``A|B``."""
    if not specs:
        return {}
    numbers = [s for s in specs if s.strip().isdigit()]
    if numbers and len(specs) > 1:
        raise ValueError(f"--pairs takes one number or pairs 'A|B', got {specs}")
    if numbers:
        return {"pairs": "top", "top_pairs": int(numbers[0])}
    bad = [s for s in specs if s.count("|") != 1]
    if bad:
        raise ValueError(f"--pairs wants a number or 'A|B' (two groups), got {bad}")
    return {"pairs": [tuple(x.strip() for x in s.split("|")) for s in specs]}


def _cmd_framing(args: argparse.Namespace) -> int:
    distinctive_terms, label_choices, tone_toward = _require(
        "framing", "distinctive_terms", "label_choices", "tone_toward")
    (actor_mentions,) = _require("actors", "actor_mentions")
    articles = _load(args)
    tables = _steps(args, "framing", [
        ("distinctive_terms", lambda r: distinctive_terms(articles, by=args.by, voice=args.voice,
                                                          min_count=args.min_count,
                                                          **_pairs_option(args.pairs))),
        ("label_choices", lambda r: label_choices(articles, by=args.by)),
        ("mentions", lambda r: actor_mentions(articles, dictionary=args.dictionary)),
        ("tone_toward", lambda r: tone_toward(articles, r["mentions"], by=args.by)),
    ])
    tables.pop("mentions")
    _save(args, tables)
    _info(args, f"framing of {len(articles)} articles by {args.by} → {args.out}")
    return EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    from . import config
    from .report import ReportError, build_report, select_notebooks

    out = Path(args.out) if args.out else None
    figures = out / "figures" if out else config.figures_dir()
    reports = out / "reports" if out else config.reports_dir()
    notebooks = select_notebooks(args.notebook)
    articles = _load(args)  # once, and before any notebook starts: bad input stops here
    _info(args, _load_summary(articles))
    try:
        runs = build_report(args.corpus, articles=articles, group=args.group_column,
                            figures_dir=figures, reports_dir=reports,
                            notebooks=notebooks, progress=not args.quiet, timeout=args.timeout)
        failed = False
    except ReportError as exc:
        runs, failed = exc.runs, True
    for run in runs:
        n_png = sum(p.suffix == ".png" for p in run.figures)
        pages = "".join(f"{p.name}, " for p in run.figures if p.suffix == ".html")  # explorer
        state = "ok" if run.ok else f"FAILED — {run.error}"
        print(f"{run.notebook.stem}: {n_png} figure(s), {pages}{run.seconds:.0f} s, {state}")
    print(f"figures in {figures}, reports in {reports}")
    if failed:
        bad = [r for r in runs if not r.ok]
        print(f"error: {len(bad)} of {len(runs)} notebook(s) failed; open "
              + ", ".join(str(r.html or r.notebook) for r in bad) + " to see the traceback",
              file=sys.stderr)
        return EXIT_FAILURE
    return EXIT_OK


# ------------------------------------------------------------------------------------ parser
def _common_options(p: argparse.ArgumentParser, *, top: bool = False) -> None:
    # On subcommands the defaults are suppressed so that "-q load" and "load -q" both work.
    default = {} if top else {"default": argparse.SUPPRESS}
    p.add_argument("-q", "--quiet", action="store_true",
                   help="no progress bars or summary on stderr", **default)
    p.add_argument("--traceback", action="store_true",
                   help="show the full Python traceback on errors", **default)


def _loader_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--manifest", default=None, help="CSV keyed by file name (outlet, date, …)")
    p.add_argument("--columns", default=None, metavar="FIELD=COL,…",
                   help="which export columns hold text, outlet, date, title, url, doc_id, "
                        "e.g. text=body,outlet=paper")
    p.add_argument("--outlet-column", default=None, metavar="COL",
                   help="the export column naming the outlet (same as --columns outlet=COL)")
    p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="load on a Dask cluster: its scheduler (tcp://host:8786), or 'local' "
                        "for a LocalCluster; files must be at the same paths on the workers")


def _input_options(p: argparse.ArgumentParser, *, by: bool = True) -> None:
    _common_options(p)
    p.add_argument("corpus", nargs="?", default=None,
                   help="corpus file or folder (default: the bundled data/)")
    _loader_options(p)
    p.add_argument("--out", default="out", help="output folder (default: out/)")
    p.add_argument("--format", choices=["csv", "parquet"], default="csv",
                   help="table format (default: csv)")
    if by:
        p.add_argument("--by", default="outlet",
                       help="articles column to compare groups by (default: outlet)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsframe" if Path(sys.argv[0]).name == "newsframe" else "python -m analysis",
        description="newsframe: topics, actors and framing across news outlets. Each "
                    "subcommand loads a corpus (default: the bundled data/) and writes tables.",
        epilog="Exit codes: 0 done, 1 a step failed, 2 bad input. "
               "'python -m analysis SUBCOMMAND --help' lists a subcommand's options.",
    )
    _common_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", required=True, metavar="SUBCOMMAND")

    p = sub.add_parser("load", help="load a corpus; write articles + load report (notebook 00)",
                       description="Load a corpus and write articles.csv and load_report.csv.")
    _input_options(p, by=False)
    p.set_defaults(func=_cmd_load, by=None)

    p = sub.add_parser("topics", help="topics and stories (notebook 01)",
                       description="Cluster paragraphs (or articles) into topics and group "
                                   "articles into stories; write topics, topic_assignments, "
                                   "topic_passages, topic_shares_by_BY, stories.")
    _input_options(p)
    p.add_argument("--unit", choices=["auto", "paragraph", "article"], default="auto",
                   help="clustered unit; auto: articles from 200 articles on (default)")
    p.add_argument("--n-topics", default="auto", help="a number, or 'auto' (by stability)")
    p.add_argument("--method", choices=["kmeans", "nmf"], default="kmeans")
    p.add_argument("--random-state", type=int, default=0)
    p.set_defaults(func=_cmd_topics)

    p = sub.add_parser("actors", help="actor mentions, frequency, network, quotes (notebook 02)",
                       description="Find actor mentions; write mentions, actor_frequency, "
                                   "actor_network, quotes and attribution.")
    _input_options(p)
    p.add_argument("--dictionary", default=None,
                   help="CSV of extra actors (actor, type, aliases, …) added to the shipped one")
    p.add_argument("--demonyms", action="store_true", help="count 'Iranian' as Iran, etc.")
    p.add_argument("--level", choices=["sentence", "paragraph", "article"], default="sentence",
                   help="co-occurrence unit of the network (default: sentence)")
    p.add_argument("--min-weight", type=int, default=1, help="drop rarer network edges")
    p.set_defaults(func=_cmd_actors)

    p = sub.add_parser("framing", help="distinctive terms, labels, tone (notebook 03)",
                       description="Write distinctive_terms, label_choices and tone_toward.")
    _input_options(p)
    p.add_argument("--voice", choices=["own", "quoted", "all"], default="own",
                   help="outlet's own words, quoted words, or both (distinctive terms)")
    p.add_argument("--min-count", type=int, default=2, help="rarer terms are ignored")
    p.add_argument("--pairs", action="append", nargs="?", const="8", metavar="K|A|B",
                   help="also compare groups pairwise: alone, every pair of the 8 groups with "
                        "the most articles; a number K, of the K largest; 'A|B' (repeatable), "
                        "that pair of groups")
    p.add_argument("--dictionary", default=None, help="extra actors CSV (for tone toward)")
    p.set_defaults(func=_cmd_framing)

    p = sub.add_parser("report", help="run every notebook → figures/ and reports/*.html",
                       description="Load the corpus once (stopping with the loader's reasons when "
                                   "nothing usable was loaded), execute the notebooks with "
                                   "papermill on it and render them to HTML with the code hidden.")
    _common_options(p)
    p.add_argument("--corpus", default=None, help="file or folder (default: bundled data/)")
    _loader_options(p)
    p.add_argument("--group-column", default=None, metavar="COL",
                   help="an articles column (e.g. bias_text) whose values every figure also "
                        "compares, beside outlets")
    p.add_argument("--out", default=None,
                   help="folder for figures/ and reports/ (default: the repository's)")
    p.add_argument("--notebook", action="append", default=None, metavar="NAME",
                   help="run only this notebook (name, stem or prefix such as 00); repeatable")
    p.add_argument("--timeout", type=int, default=1200, help="seconds one cell may run")
    p.set_defaults(func=_cmd_report)
    return parser


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    print(f"warning: {message}", file=sys.stderr)


def _internal(exc: BaseException) -> bool:
    """A ValueError raised inside pandas/NumPy/scikit-learn is a failure, not bad input."""
    return type(exc).__module__.split(".")[0] in {"pandas", "numpy", "sklearn", "scipy"}


def _failed(args: argparse.Namespace, exc: BaseException) -> int:
    if args.traceback:
        traceback.print_exc()
    print(f"error: {args.command} failed: {type(exc).__name__}: {exc} "
          "(run with --traceback for details)", file=sys.stderr)
    return EXIT_FAILURE


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    with warnings.catch_warnings():
        warnings.showwarning = _show_warning
        try:
            return args.func(args)
        except KeyboardInterrupt:
            print("interrupted", file=sys.stderr)
            return EXIT_INTERRUPTED
        except (ValueError, FileNotFoundError, NotADirectoryError) as exc:
            if _internal(exc):
                return _failed(args, exc)
            if args.traceback:
                traceback.print_exc()
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_USAGE
        except StepUnavailable as exc:
            print(f"error: '{args.command}' is not available: {exc}", file=sys.stderr)
            return EXIT_FAILURE
        except Exception as exc:  # a clear line instead of a traceback; --traceback for more
            return _failed(args, exc)
