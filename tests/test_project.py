"""The project as a newcomer meets it: two commands, agreeing environments, a CLI."""

from __future__ import annotations

import re
import subprocess
import sys

import tomllib

from analysis import config

ROOT = config.PROJ_ROOT


def _name(req: str) -> str:
    return re.split(r"[<>=!~\[ ;]", req.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_environment_yml_agrees_with_pyproject():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wanted = {_name(r) for r in pyproject["project"]["dependencies"]}
    for extra in ("test", "dask", "nlp"):
        wanted |= {_name(r) for r in pyproject["project"]["optional-dependencies"][extra]}
    env = (ROOT / "environment.yml").read_text(encoding="utf-8")
    deps = env.split("dependencies:", 1)[1]
    listed = {_name(m.group(1)) for m in re.finditer(r"^\s*-\s+([A-Za-z][\w.\-]*)", deps, re.M)}
    missing = sorted(w for w in wanted if w not in listed and w.replace("-", "_") not in listed)
    assert not missing, f"in pyproject.toml but not in environment.yml: {missing}"
    extra = sorted(x for x in listed - wanted - {"python", "pip", "-e", "e"}
                   if x.replace("_", "-") not in wanted)
    assert not extra, f"in environment.yml but not in pyproject.toml: {extra}"
    assert "-e ." in env and "conda-forge" in env


def test_readme_states_the_two_commands_and_ci_calls_the_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make report" in readme and "make test" in readme
    assert "conda env create -f environment.yml" in readme
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "python3 -m venv" in makefile or "$(PYTHON) -m venv" in makefile


def test_cli_help_and_load(tmp_path):
    out = subprocess.run([sys.executable, "-m", "analysis", "--help"], capture_output=True,
                         text=True, check=True).stdout
    assert "load" in out and "report" in out
    run = subprocess.run([sys.executable, "-m", "analysis", "load", "--out", str(tmp_path)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "articles.csv").exists() and (tmp_path / "load_report.csv").exists()
    bad = subprocess.run([sys.executable, "-m", "analysis", "load", "--manifest",
                          str(tmp_path / "nope.csv")], capture_output=True, text=True)
    assert bad.returncode == 2 and "error:" in bad.stderr
