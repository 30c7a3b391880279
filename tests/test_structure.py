"""The package's shape (issue 17): no import circle at any depth, no module over ~500 lines, no
function over ~80 lines — measured by ``benchmarks/check_structure.py``."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import check_structure as cs  # noqa: E402

FOUND = cs.modules()


def test_the_checker_sees_a_circle_and_imports_inside_functions(tmp_path):
    pkg = tmp_path / cs.PACKAGE
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from .b import x\n")
    (pkg / "b.py").write_text("def x():\n    from . import a\n    return a\n")
    found = cs.modules(tmp_path)
    assert sorted(found) == ["analysis", "analysis.a", "analysis.b"]
    assert cs.circles(cs.import_graph(found)) == [["analysis.a", "analysis.b"]]


def test_no_import_circle():
    assert cs.circles(cs.import_graph(FOUND)) == []


def test_no_module_too_long():
    assert cs.long_modules(FOUND) == []


def test_no_function_too_long():
    assert cs.long_functions(FOUND) == []
