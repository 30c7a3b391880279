"""benchmarks/alternate.py: runs a command on this tree and on a reference revision in turn."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import alternate  # noqa: E402

has_git = shutil.which("git") is not None and subprocess.run(
    ["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True).returncode == 0


@pytest.mark.skipif(not has_git, reason="needs a git checkout")
def test_alternates_the_two_trees_and_reports_pairs(capsys):
    code = "import os, pathlib; print('tree', pathlib.Path.cwd().name, os.environ['PYTHONPATH'])"
    assert alternate.main(["--ref", "HEAD", "--rounds", "2", "--grep", "^tree",
                           "--", "python", "-c", code]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.startswith("tree ")]
    # this tree, the reference, this tree, the reference: each run in its own tree
    assert len(lines) == 4
    assert lines[0].split()[2] == str(ROOT) and lines[2] == lines[0]
    assert lines[1].split()[1] == "ref" and lines[1].split()[2] != str(ROOT)
    assert "pair by pair:" in out and out.count("| this tree |") == 2


@pytest.mark.skipif(not has_git, reason="needs a git checkout")
def test_a_failing_command_stops_with_its_output():
    with pytest.raises(SystemExit, match="boom"):
        alternate.main(["--ref", "HEAD", "--rounds", "1", "--", "python", "-c",
                        "import sys; print('boom'); sys.exit(3)"])
