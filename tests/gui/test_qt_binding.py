"""The installed Qt binding keeps Python's reference counts straight in hot paint-path calls."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel


def test_void_methods_do_not_leak_references_to_none(qtbot) -> None:
    # PySide6 6.12.0 on Python 3.11 dropped one reference to None per call of a C++ method
    # returning void; painting a large plan then aborted the interpreter ("none_dealloc").
    label = QLabel()
    qtbot.addWidget(label)
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(2000):
        font.setBold(True)
        label.setText("x")
    assert sys.getrefcount(None) >= before - 10
