"""Run one benchmark command alternately on this tree and on a reference revision.

A virtual machine's speed drifts (on the 2-core development VM, ±15 % within minutes while
idle), so one run of a benchmark near its target says little, and two runs minutes apart compare
the machine as much as the code. Interleaving the two revisions — this tree, the reference, this
tree, … — puts each pair of runs in the same state of the machine, and the pairs' ratios are
what is reported (the design of an A/B/A/B benchmark; see Georges, Buytaert & Eeckhout 2007,
"Statistically rigorous Java performance evaluation", on run-to-run variation and repeated
measurement).

    python benchmarks/alternate.py --ref 57286cf --rounds 3 -- \\
        python benchmarks/bench_distinctive_terms.py --copies 8
    python benchmarks/alternate.py --ref 57286cf --grep '^\\|' -- \\
        python benchmarks/run_all.py --corpus real_export \\
        --stages load,mentions,topics,stories,distinctive_terms

The reference is exported with ``git archive`` into a temporary directory (nothing in this
working tree is touched: no stash, no checkout); the command runs there with the same
interpreter, ``PYTHONPATH`` set to that tree, and the shared corpora found from this tree.
Generated corpora already built in ``benchmarks/results/corpora`` are linked, not rebuilt.
Each run's wall seconds and peak resident memory (``ru_maxrss`` of the command and the children
it waited for, from ``wait4``) are printed as a markdown table; ``--grep`` also keeps the lines of
the command's output that match a regular expression (per-stage tables).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def export_revision(rev: str, into: Path) -> Path:
    """``git archive rev`` unpacked into ``into`` (a fresh directory); returns it."""
    into.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    built = ROOT / "benchmarks" / "results" / "corpora"
    if built.is_dir():
        (into / "benchmarks" / "results").mkdir(parents=True, exist_ok=True)
        link = into / "benchmarks" / "results" / "corpora"
        if not link.exists():
            link.symlink_to(built)
    return into


def run_once(command: list[str], tree: Path, env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds, peak MB and output of ``command`` run in ``tree``."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=tree, env={**env, "PYTHONPATH": str(tree)},
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    out = proc.stdout.read() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"{command} failed in {tree} (exit {proc.returncode}):\n{out[-3000:]}")
    return wall, usage.ru_maxrss / 1024, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ref", required=True, help="reference revision (anything git names)")
    ap.add_argument("--rounds", type=int, default=2, help="runs of each revision (default 2)")
    ap.add_argument("--grep", default=None, help="keep output lines matching this regex")
    ap.add_argument("command", nargs=argparse.REMAINDER, help="-- then the command")
    args = ap.parse_args(argv)
    command = [c for c in args.command if c != "--"] if args.command[:1] == ["--"] else \
        args.command
    if not command:
        ap.error("give the command after --")
    if command[0] in ("python", "python3"):
        command[0] = sys.executable
    env = dict(os.environ)
    env.setdefault("NEWSFRAME_SHARED_CORPORA", str((ROOT.parent / "shared" / "corpora").resolve()))
    keep = re.compile(args.grep) if args.grep else None
    tmp = Path(tempfile.mkdtemp(prefix="newsframe-ref-"))
    try:
        trees = {"this tree": ROOT, args.ref: export_revision(args.ref, tmp / "ref")}
        rows = []
        for round_ in range(1, args.rounds + 1):
            for name, tree in trees.items():
                wall, peak, out = run_once(command, tree, env)
                rows.append((round_, name, wall, peak))
                print(f"round {round_}, {name}: {wall:.1f} s, peak {peak:,.0f} MB", flush=True)
                if keep:
                    print("\n".join(line for line in out.splitlines() if keep.search(line)))
        print("\n| round | revision | wall s | peak MB |\n|---|---|---|---|")
        for round_, name, wall, peak in rows:
            print(f"| {round_} | {name} | {wall:.1f} | {peak:,.0f} |")
        ours = [r[2] for r in rows if r[1] == "this tree"]
        theirs = [r[2] for r in rows if r[1] != "this tree"]
        ratios = ", ".join(f"{a / b:.2f}" for a, b in zip(ours, theirs))
        print(f"\nthis tree / {args.ref}, pair by pair: {ratios}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
