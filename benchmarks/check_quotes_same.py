"""Check that ``quotes()`` gives the same tables as another revision (speed work must not change
output), and compare their CPU time.

    python benchmarks/check_quotes_same.py [--ref REV] [--repeat N]

The reference revision's ``analysis`` package is taken from git (``git archive``) into a temporary
directory and run in a subprocess; both sides compute ``quotes(articles)`` on PolNeAR (train +
dev, 924 articles, in ``../shared/corpora/polnear``) and on the bundled corpus
(``analysis.corpus.load_corpus()``), and the tables must be equal (``assert_frame_equal``).
Times are CPU seconds (the minimum of ``--repeat`` runs, each side alternately), since the
machine is shared. Exit status 1 when a table differs.
"""

from __future__ import annotations

import argparse
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

_RUN = r"""
import pickle, sys, time
sys.path.insert(0, sys.argv[1])
import pandas as pd
from analysis.quotes import quotes
corpora = pickle.load(open(sys.argv[2], "rb"))
arts = corpora["polnear"]
quotes(arts.head(2))
out, secs = {}, {}
for name, a in corpora.items():
    t = time.process_time()
    out[name] = quotes(a)
    secs[name] = time.process_time() - t
words = int(arts["text"].str.count(r"\S+").sum())
pickle.dump({"tables": out, "secs": secs, "words": words}, open(sys.argv[3], "wb"))
"""


def _run(code_root: Path, articles: Path, out: Path) -> dict:
    subprocess.run([sys.executable, "-c", _RUN, str(code_root), str(articles), str(out)],
                   check=True, cwd=code_root)
    with open(out, "rb") as fh:
        return pickle.load(fh)


def main(argv: list[str] | None = None) -> int:
    import pandas as pd

    from analysis.corpus import load_corpus
    from benchmarks.eval_quotes import POLNEAR

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ref", default="main", help="git revision to compare with (default main)")
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args(argv)
    articles = POLNEAR / "articles.jsonl.gz"
    if not articles.exists():
        print(f"skipped: {POLNEAR} is not beside the project")
        return 0
    corpora = {
        "polnear": pd.read_json(articles, lines=True, dtype=False)[["doc_id", "text"]],
        "bundled": load_corpus()[["doc_id", "text"]],
    }
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "articles.pkl"
        with open(inputs, "wb") as fh:
            pickle.dump(corpora, fh)
        ref_root = Path(tmp) / "ref"
        ref_root.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.ref, "analysis"],
                                 check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(ref_root)], input=archive, check=True)
        times: dict[str, list[float]] = {"ref": [], "this": []}
        for _ in range(max(args.repeat, 1)):
            ref = _run(ref_root, inputs, Path(tmp) / "ref.pkl")
            new = _run(ROOT, inputs, Path(tmp) / "new.pkl")
            times["ref"].append(ref["secs"]["polnear"])
            times["this"].append(new["secs"]["polnear"])
    same = True
    for name in new["tables"]:
        try:
            pd.testing.assert_frame_equal(new["tables"][name], ref["tables"][name])
            print(f"{name}: {len(new['tables'][name])} rows, identical to {args.ref}")
        except AssertionError as err:
            same = False
            print(f"{name}: differs from {args.ref}: {err}")
    words = new["words"]
    for side, ts in times.items():
        print(f"{side}: PolNeAR quotes {min(ts):.2f} CPU s (min of {len(ts)}), "
              f"{words / min(ts) / 1e6:.2f} M words per CPU second")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
