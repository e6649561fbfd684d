"""Derived fonts: the right size and weight, and no reference leak on the paint path."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from planner.ui.fonts import derived_font


def test_derived_font_scales_and_weights(qtbot: QtBot) -> None:
    base = QFont()
    base.setPointSizeF(10.0)
    small = derived_font(base, scale=0.9, min_point_size=7.0, weight=QFont.Weight.DemiBold)
    assert small.pointSizeF() == 9.0
    assert small.weight() == QFont.Weight.DemiBold
    assert derived_font(base, scale=0.1, min_point_size=7.0).pointSizeF() == 7.0
    assert derived_font(base, strike_out=True).strikeOut()
    assert not derived_font(base).strikeOut()
    assert derived_font(base, bold=True).bold()


def test_deriving_again_calls_no_setter(qtbot: QtBot) -> None:
    """QFont setters drop a reference to None in PySide6 6.12 (Python 3.11): only the first
    derivation of a font may call them, so painting thousands of rows cannot abort the app."""
    base = QFont()
    derived_font(base, scale=0.9, weight=QFont.Weight.DemiBold)
    before = sys.getrefcount(None)
    for _ in range(2_000):
        derived_font(base, scale=0.9, weight=QFont.Weight.DemiBold)
    assert sys.getrefcount(None) >= before - 10
