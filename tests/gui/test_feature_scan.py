"""PySide6's per-import source scan answers the planner's modules from the layering alone."""

from __future__ import annotations

import sys
from types import ModuleType

import planner.ui  # noqa: F401  (installs the answer)
from planner.ui import feature_scan


def scan():
    return sys.modules["shibokensupport.feature"]._mod_uses_pyside


def test_the_interface_uses_qt_and_the_other_layers_do_not() -> None:
    assert scan()(ModuleType("planner.ui.widgets.week_view"))
    assert scan()(ModuleType("planner.app"))
    assert not scan()(ModuleType("planner.storage.store"))
    assert not scan()(ModuleType("planner.application"))  # a name, not a package prefix


def test_the_planner_s_modules_are_not_read_from_their_source(tmp_path) -> None:
    # PySide6's own scan reads the source file; the answer for our modules never opens it.
    source = tmp_path / "week_view.py"
    source.write_text("from PySide6.QtWidgets import QWidget\n")
    module = ModuleType("planner.ui.widgets.week_view_probe")
    module.__file__ = str(source)
    source.unlink()  # a read would now fail
    assert scan()(module)


def test_other_libraries_are_still_scanned_by_pyside(tmp_path) -> None:
    uses, not_uses = tmp_path / "uses_qt.py", tmp_path / "plain.py"
    uses.write_text("import PySide6\n")
    not_uses.write_text("import json\n")
    sys.path.insert(0, str(tmp_path))
    try:
        import plain
        import uses_qt

        assert scan()(uses_qt)
        assert not scan()(plain)
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("plain", None)
        sys.modules.pop("uses_qt", None)


def test_installed_once() -> None:
    installed = scan()
    assert feature_scan.spare_own_modules() is False
    assert scan() is installed
