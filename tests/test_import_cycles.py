"""No import cycle in the package, not even one hidden by an import inside a function:
a cycle means two modules cannot be understood (or moved) one without the other.
Imports under ``if TYPE_CHECKING:`` do not count; they never run."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(node: ast.AST, module: str, is_package: bool) -> list[tuple[str, list[str]]]:
    """Every import under ``node``: (module, names imported from it; [] for ``import
    module``), relative ones resolved, skipping TYPE_CHECKING blocks."""
    found: list[tuple[str, list[str]]] = []
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_type_checking(child.test):
            for sub in child.orelse:
                found += _imports(sub, module, is_package)
            continue
        if isinstance(child, ast.Import):
            found += [(alias.name, []) for alias in child.names]
        elif isinstance(child, ast.ImportFrom):
            base = child.module or ""
            if child.level:
                package = module.split(".") if is_package else module.split(".")[:-1]
                package = package[:len(package) - (child.level - 1)]
                base = ".".join([*package, base] if base else package)
            found.append((base, [alias.name for alias in child.names]))
        found += _imports(child, module, is_package)
    return found


def import_graph(root: Path, package: str) -> dict[str, set[str]]:
    """module -> the modules of ``package`` under ``root`` it imports. ``from p import
    m`` imports the submodule ``p.m`` when there is one, else (a name defined in ``p``)
    ``p`` itself; the parent packages Python runs first are left out, as usual."""
    files = {module_name(p, root): p for p in sorted((root / package).rglob("*.py"))}
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        targets = set()
        for base, names in _imports(tree, name, path.name == "__init__.py"):
            submodules = {f"{base}.{n}" for n in names} & files.keys()
            targets |= submodules
            if not names or len(submodules) < len(names):
                targets.add(base)
        graph[name] = {t for t in targets if t in files and t != name}
    return graph


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each as a
    closed path through it (``a -> b -> a``), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

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
                components.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(_closed_path(graph, c) for c in components)


def _closed_path(graph: dict[str, set[str]], component: list[str]) -> list[str]:
    """A shortest path from the component's first module back to itself."""
    members, start = set(component), component[0]
    paths = {start: [start]}
    todo = [start]
    while todo:
        v = todo.pop(0)
        for w in sorted(graph[v] & members):
            if w == start:
                return [*paths[v], start]
            if w not in paths:
                paths[w] = [*paths[v], w]
                todo.append(w)
    return component  # not reached: a component of several modules has a cycle


def test_the_package_has_no_import_cycle():
    cycles = find_cycles(import_graph(SRC, "navdesk"))
    assert [" -> ".join(c) for c in cycles] == []


def test_the_checker_finds_a_cycle_hidden_in_a_function_and_names_it(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "a.py").write_text("from pkg.b import thing\n", encoding="utf-8")
    (package / "b.py").write_text(
        "def thing():\n    from pkg import a\n    return a\n", encoding="utf-8")
    (package / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.a import x\n",
        encoding="utf-8")
    (package / "d.py").write_text("from . import c\n", encoding="utf-8")
    (package / "e.py").write_text("from pkg import a, VERSION\n", encoding="utf-8")
    graph = import_graph(tmp_path, "pkg")
    assert graph["pkg.c"] == set()  # only for the type checker: no cycle through it
    assert graph["pkg.d"] == {"pkg.c"}  # a relative import is followed
    assert graph["pkg.e"] == {"pkg", "pkg.a"}  # a submodule, and a name of the package
    assert [" -> ".join(c) for c in find_cycles(graph)] == ["pkg.a -> pkg.b -> pkg.a"]
