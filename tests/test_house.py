"""The house stays livable: no import circles between planner's modules, no module over 500 lines.

A circle is read from every import a module states: at module level, in `if TYPE_CHECKING:`
blocks and inside functions alike. A deferred import keeps start-up lean, but it is still a
dependency, and a circle hidden in a function is still two modules that cannot be understood
apart. `from package import name` counts as an import
of `package.name` when that is a module, and importing a module does not count as importing
its package's `__init__`.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

import planner

PACKAGE = Path(planner.__file__).resolve().parent
MAX_LINES = 500


def module_name(path: Path, root: Path = PACKAGE) -> str:
    """The dotted name of the module at `path` inside the package at `root`."""
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _all_nodes(tree: ast.Module) -> Iterator[ast.AST]:
    """Every node of the module, function bodies included (deferred imports count)."""
    todo: list[ast.AST] = list(tree.body)
    while todo:
        node = todo.pop()
        yield node
        todo.extend(ast.iter_child_nodes(node))


def module_imports(path: Path, modules: set[str], root: Path = PACKAGE) -> set[str]:
    """The modules of `modules` that the module at `path` imports, wherever it does."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module_name(path, root)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    found: set[str] = set()
    for node in _all_nodes(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*base_parts, node.module] if node.module else base_parts)
            else:
                base = node.module or ""
            submodules = {f"{base}.{a.name}" for a in node.names} & modules
            found |= submodules
            if len(submodules) < len(node.names):
                found.add(base)
    resolved = set()
    for name in found:
        # `import a.b.c` of a name that is not a module (a class, say) means its module.
        while name and name not in modules:
            name = name.rpartition(".")[0]
        if name:
            resolved.add(name)
    return resolved


def import_graph(root: Path = PACKAGE) -> dict[str, set[str]]:
    """Each module under `root` and the modules of the same package tree it imports on load."""
    files = {module_name(p, root): p for p in sorted(root.rglob("*.py"))}
    names = set(files)
    return {name: module_imports(path, names, root) - {name} for name, path in files.items()}


def circles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(start: str) -> None:
        # Iterative, so a deep import chain cannot exhaust Python's recursion limit.
        nonlocal counter
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, edges = work[-1]
            advanced = False
            for target in edges:
                if target not in index:
                    index[target] = low[target] = counter
                    counter += 1
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(graph.get(target, ())))))
                    advanced = True
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def test_no_import_circles() -> None:
    found = circles(import_graph())
    assert found == [], "modules that import each other (directly or round a circle): " + (
        "; ".join(" ↔ ".join(group) for group in found)
    )


def _write(root: Path, files: Mapping[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root / "pkg"


def test_the_circle_check_sees_a_circle(tmp_path: Path) -> None:
    """Not vacuous: a circle through a `from package import module` and a TYPE_CHECKING
    import is found, and one through an import deferred into a function; the parent package
    is not part of a circle."""
    root = _write(
        tmp_path,
        {
            "pkg/__init__.py": "from pkg.a import A\n",
            "pkg/a.py": "from pkg import b\nA = 1\n",
            "pkg/b.py": (
                "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.c import C\n"
            ),
            "pkg/c.py": "from .a import A\nC = A\n",
            "pkg/d.py": "def later():\n    from pkg.e import E\n",
            "pkg/e.py": "from pkg.d import later\nE = 1\n",
        },
    )
    assert circles(import_graph(root)) == [["pkg.a", "pkg.b", "pkg.c"], ["pkg.d", "pkg.e"]]


def test_the_circle_check_finds_every_circle() -> None:
    graph = {"a": {"b"}, "b": {"a"}, "c": {"d"}, "d": {"e"}, "e": {"c"}, "f": {"a"}}
    assert circles(graph) == [["a", "b"], ["c", "d", "e"]]


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def _size_params() -> list[object]:
    return [
        pytest.param(path, id=module_name(path))
        for path in sorted(PACKAGE.rglob("*.py"))
        if "__pycache__" not in path.parts
    ]


@pytest.mark.parametrize("path", _size_params())
def test_no_module_is_over_500_lines(path: Path) -> None:
    name = module_name(path)
    limit = MAX_LINES
    lines = _lines(path)
    assert lines <= limit, (
        f"{name} has {lines} lines (at most {limit}); give a part with a job of its own a "
        "module of its own"
    )
