"""Where the cold start goes: the GUI's start to the week's first frame in phases, each timed in
the process itself.

Run as the app is (`python start_phases.py --db PLAN --today DAY`, with
NURTURE_PLANNER_QUIT_AFTER_PAINT=first): the same imports in the same order as `planner.cli`
takes them on the way to the first frame, each group timed, then the start itself with a mark at
each of its steps, until the frame's paint and the process's end. The phases add up to the whole
cold start; the launcher passes the time it forked (NURTURE_BENCH_SPAWNED, `time.time()`) so
that Python's own start counts too, and the parent names the JSON file the phases go to
(NURTURE_BENCH_PHASES_OUT).

The PySide6 classes the interface's modules import are made before those modules, from the
list in NURTURE_BENCH_QT_NAMES (a JSON file of [module, name] pairs; see `qt_names`): PySide6
makes a class, with all its enums, on its first use, and that cost is PySide6's, not the
modules' own.
"""

from __future__ import annotations

import time

T0 = time.time()
START = time.perf_counter()

import ast  # noqa: E402
import atexit  # noqa: E402
import importlib  # noqa: E402
import importlib.util  # noqa: E402
import itertools  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

_marks: list[tuple[str, float]] = [("start", START)]


def mark(phase: str) -> None:
    """The phase that has just ended."""
    _marks.append((phase, time.perf_counter()))


def qt_names(modules: list[str]) -> list[tuple[str, str]]:
    """The (PySide6 module, name) pairs the planner's `modules` import from PySide6."""
    names: set[tuple[str, str]] = set()
    for module in modules:
        spec = importlib.util.find_spec(module)
        if spec is None or not spec.origin or not spec.origin.endswith(".py"):
            continue
        for node in ast.walk(ast.parse(Path(spec.origin).read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                names.update((str(node.module), alias.name) for alias in node.names)
    return sorted(names)


def _write() -> None:
    out = os.environ.get("NURTURE_BENCH_PHASES_OUT")
    if not out:
        return
    mark("exit")
    spawned = float(os.environ.get("NURTURE_BENCH_SPAWNED", T0))
    phases = {"python": T0 - spawned}
    for (_, before), (phase, after) in itertools.pairwise(_marks):
        phases[phase] = phases.get(phase, 0.0) + after - before
    Path(out).write_text(json.dumps({"phases": phases, "modules": _loaded_at_paint}))


_loaded_at_paint: list[str] = []


def _wrap(owner: Any, name: str, phase: str, *, before: str | None = None) -> None:
    """Mark `phase` when `owner.name` returns (and `before` when it is called)."""
    function: Callable[..., Any] = getattr(owner, name)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if before is not None:
            mark(before)
        try:
            return function(*args, **kwargs)
        finally:
            mark(phase)

    setattr(owner, name, wrapped)


def main() -> int:
    atexit.register(_write)
    import planner.cli

    mark("command line")
    importlib.import_module("planner.storage.clean_read")
    importlib.import_module("planner.nurture.settings")
    mark("Qt-free layers")
    import PySide6.QtGui
    import PySide6.QtWidgets  # noqa: F401

    mark("PySide6")
    from PySide6.QtCore import Qt

    _ = Qt.AlignmentFlag
    mark("Qt namespace")
    names = os.environ.get("NURTURE_BENCH_QT_NAMES")
    for module, name in json.loads(Path(names).read_text()) if names else []:
        getattr(importlib.import_module(module), name)
    mark("PySide6 classes")
    import planner.app
    import planner.ui.opening

    mark("interface modules")
    from planner.ui import first_frame, opening

    _wrap(planner.app, "create_application", "QApplication and style")
    _wrap(opening, "read_frame_week", "read the week", before="settings, lock and frame")

    painted = first_frame.FirstFrame.paintEvent

    def on_painted(self: Any, event: Any) -> None:
        painted(self, event)
        if self.week is not None and not _loaded_at_paint:
            mark("show and paint")
            _loaded_at_paint.extend(sorted(m for m in sys.modules if m.startswith("planner")))

    first_frame.FirstFrame.paintEvent = on_painted  # type: ignore[method-assign]
    return planner.cli.main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
