"""Spares the planner's own modules the source scan PySide6 runs on every import (start-up time).

Once PySide6.QtCore is loaded, every module imported after it is read back from its source file
to learn whether it mentions PySide6, the switch for PySide's optional `__feature__` syntax
(snake_case, true_property). The planner selects no feature, and its layering already says which
of its modules use Qt: the user interface (planner.ui, planner.app) does, the Qt-free layers do
not. Answering that from the name skips reading and tokenising each source file: some 10–20 ms of
the cold start, before the week is painted. Other libraries' modules are still scanned.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (installs the import hook whose scan is answered here)

_FEATURE_MODULE = "shibokensupport.feature"
_SCAN = "_mod_uses_pyside"
_QT_PACKAGES = ("planner.ui", "planner.app")


def uses_qt(name: str) -> bool:
    """Whether the planner's module `name` imports Qt (the layers allow only the interface)."""
    return any(name == package or name.startswith(package + ".") for package in _QT_PACKAGES)


def spare_own_modules() -> bool:
    """Answer PySide6's scan for the planner's modules from their name; True when installed.

    Without PySide6's scan (another version may drop it) nothing changes and this returns
    False, as it does when the answer is already installed.
    """
    feature = sys.modules.get(_FEATURE_MODULE)
    scan: Callable[[ModuleType], bool] | None = getattr(feature, _SCAN, None)
    if feature is None or not callable(scan) or getattr(scan, "answers_planner", False):
        return False

    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", "")
        if name == "planner" or name.startswith("planner."):
            return uses_qt(name)
        return bool(scan(module))

    uses_pyside.answers_planner = True  # type: ignore[attr-defined]
    setattr(feature, _SCAN, uses_pyside)
    return True
