"""The layers stay apart: no Qt outside the GUI, no SQLite outside storage, a pure domain."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

import planner

PACKAGE = Path(planner.__file__).resolve().parent

# The GUI and the entry points that may open it (__main__ also runs the CLI on import).
GUI_MODULES = ("planner.ui", "planner.app", "planner.__main__")

# Walks planner/ with pkgutil in a fresh interpreter, importing every module except the GUI
# ones. pkgutil.walk_packages itself would import planner.ui to look inside it, so the walk
# recurses with iter_modules and never imports a package it skips.
_IMPORT_ALL = """
import importlib, json, pkgutil, sys, traceback

SKIP = tuple(sys.argv[1:])
QT = ("PySide6", "shiboken6")


def skipped(name):
    return any(name == s or name.startswith(s + ".") for s in SKIP)


def qt_modules():
    return sorted(m for m in sys.modules if m.split(".")[0] in QT)


report = {"imported": [], "errors": {}, "qt": [], "first_with_qt": None}
todo = ["planner"]
while todo:
    name = todo.pop(0)
    try:
        module = importlib.import_module(name)
    except Exception:
        report["errors"][name] = traceback.format_exc(limit=3)
        continue
    report["imported"].append(name)
    if report["first_with_qt"] is None and qt_modules():
        report["first_with_qt"] = name
    if hasattr(module, "__path__"):
        for info in pkgutil.iter_modules(module.__path__, name + "."):
            if not skipped(info.name):
                todo.append(info.name)
report["qt"] = qt_modules()
print(json.dumps(report))
"""


@pytest.fixture(scope="module")
def import_report() -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL, *GUI_MODULES],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, object] = json.loads(result.stdout)
    return report


def test_every_module_outside_the_gui_imports(import_report: dict[str, object]) -> None:
    assert import_report["errors"] == {}
    imported = import_report["imported"]
    assert isinstance(imported, list)
    # The walk really went through the layers (and not into the GUI).
    for name in ("planner.domain.model", "planner.storage.store", "planner.paths"):
        assert name in imported
    assert not [n for n in imported if n.startswith("planner.ui")]


def test_no_module_outside_the_gui_loads_qt(import_report: dict[str, object]) -> None:
    assert import_report["qt"] == [], (
        f"Qt was loaded; the first module after which it was present: "
        f"{import_report['first_with_qt']}"
    )


# Static checks over the source.


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module a file imports, absolute, at any depth (including inside functions)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = _module_name(path)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                found.add(".".join([*base, node.module] if node.module else base))
            elif node.module:
                found.add(node.module)
    return found


def _sources(*, outside: tuple[str, ...] = (), inside: str | None = None) -> list[Path]:
    files = sorted(PACKAGE.rglob("*.py"))
    if inside is not None:
        files = [f for f in files if _module_name(f).startswith(inside)]
    return [f for f in files if not _module_name(f).startswith(outside)]


def _top(module: str) -> str:
    return module.split(".")[0]


# Known debts, each with what would pay it off. A strict xfail turns into a failure as soon
# as the file is fixed, so the entry cannot outlive its reason.
KNOWN_SQLITE_USERS: dict[str, str] = {}


def _sqlite_params() -> list[object]:
    params: list[object] = []
    for path in _sources(outside=("planner.storage",)):
        name = _module_name(path)
        marks = (
            [pytest.mark.xfail(reason=KNOWN_SQLITE_USERS[name], strict=True)]
            if name in KNOWN_SQLITE_USERS
            else []
        )
        params.append(pytest.param(path, id=name, marks=marks))
    return params


@pytest.mark.parametrize("path", _sqlite_params())
def test_only_storage_knows_sqlite(path: Path) -> None:
    used = {m for m in _imports(path) if _top(m) in ("sqlite3", "sqlite_utils", "_sqlite3")}
    assert not used, f"{_module_name(path)} imports {sorted(used)}; only planner.storage may"


def test_the_sqlite_check_sees_storage_imports() -> None:
    """The scan is not vacuous: it finds sqlite in storage, where it belongs."""
    backup = PACKAGE / "storage" / "backup.py"
    assert "sqlite3" in {_top(m) for m in _imports(backup)}
    migrations = PACKAGE / "storage" / "migrations.py"
    assert "sqlite_utils" in {_top(m) for m in _imports(migrations)}


@pytest.mark.parametrize("path", _sources(inside="planner.domain"), ids=_module_name)
def test_domain_imports_no_other_layer_and_no_qt_or_sql(path: Path) -> None:
    imports = _imports(path)
    planner_imports = {m for m in imports if _top(m) == "planner"}
    assert all(m.startswith("planner.domain") for m in planner_imports), planner_imports
    forbidden = {"PySide6", "shiboken6", "sqlite3", "sqlite_utils"}
    assert not {m for m in imports if _top(m) in forbidden}


def test_the_qt_check_sees_qt_when_it_is_loaded() -> None:
    """The subprocess check is not vacuous: with QtCore loaded first it reports it."""
    result = subprocess.run(
        [sys.executable, "-c", "import PySide6.QtCore\n" + _IMPORT_ALL, *GUI_MODULES],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert "PySide6.QtCore" in report["qt"]
    assert report["first_with_qt"] == "planner"


# Which planner packages each layer may import (DESIGN.md: domain <- storage, nurture,
# interchange <- ui, app, cli). Sideways and upward imports are refused.
ALLOWED = {
    "planner.domain": {"planner.domain"},
    "planner.storage": {"planner.domain", "planner.storage"},
    "planner.nurture": {"planner.domain", "planner.nurture"},
    "planner.interchange": {
        "planner.domain",
        "planner.storage",
        "planner.nurture",
        "planner.interchange",
    },
}


def _layer_params() -> list[object]:
    return [
        pytest.param(path, layer, id=_module_name(path))
        for layer in ALLOWED
        for path in _sources(inside=layer)
    ]


@pytest.mark.parametrize(("path", "layer"), _layer_params())
def test_layers_import_only_downward(path: Path, layer: str) -> None:
    planner_imports = {m for m in _imports(path) if m.startswith("planner.")}
    wrong = {
        m
        for m in planner_imports
        if not any(m.startswith(ok) for ok in ALLOWED[layer] | {"planner.paths"})
    }
    wrong.discard("planner")
    assert not wrong, f"{_module_name(path)} imports {sorted(wrong)} across the layers"
