"""The package's shape: import circles, long modules and long functions (issue 17).

    python benchmarks/check_structure.py            # everything under analysis/
    python benchmarks/check_structure.py --quiet    # exit status only

An import is any ``import`` / ``from … import`` statement anywhere in a module, including inside
functions; ``from . import x`` counts as importing the submodule ``x`` when there is one. A
circle is a strongly connected component of that graph with more than one module. A package's
``__init__`` counts as the package. Lengths are physical lines, docstrings included.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "analysis"
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 80


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def modules(root: Path = ROOT) -> dict[str, Path]:
    return {module_name(p, root): p for p in sorted((root / PACKAGE).rglob("*.py"))}


def _resolve(importer: str, is_package: bool, level: int, name: str | None) -> str:
    if level == 0:
        return name or ""
    base = importer.split(".") if is_package else importer.split(".")[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join(base + ([name] if name else []))


def import_graph(found: dict[str, Path]) -> dict[str, set[str]]:
    """Module → the package modules it imports (anywhere in its body)."""
    graph: dict[str, set[str]] = {}
    for name, path in found.items():
        is_package = path.name == "__init__.py"
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = _resolve(name, is_package, node.level, node.module)
                subs = {f"{base}.{alias.name}" for alias in node.names} & set(found)
                # ``from . import config`` imports the submodule, not the package's names
                targets.update(subs if subs and len(subs) == len(node.names) else {base} | subs)
        edges = set()
        for target in targets:
            # the deepest package module the target names
            while target and target not in found:
                target = target.rpartition(".")[0]
            if target and target != name:
                edges.add(target)
        graph[name] = edges
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan 1972)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    sys.setrecursionlimit(10_000)

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def long_modules(found: dict[str, Path]) -> list[tuple[str, int]]:
    sizes = [(n, len(p.read_text(encoding="utf-8").splitlines())) for n, p in found.items()]
    return [(n, k) for n, k in sizes if k > MAX_MODULE_LINES]


def long_functions(found: dict[str, Path]) -> list[tuple[str, int]]:
    out = []
    for name, path in found.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    out.append((f"{name}:{node.name}", lines))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    found = modules()
    problems = [f"import circle: {' ↔ '.join(c)}" for c in circles(import_graph(found))]
    problems += [f"module over {MAX_MODULE_LINES} lines: {n} ({k})"
                 for n, k in long_modules(found)]
    problems += [f"function over {MAX_FUNCTION_LINES} lines: {n} ({k})"
                 for n, k in long_functions(found)]
    if not args.quiet:
        print("\n".join(problems) or f"{len(found)} modules: no circle, none too long")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
