"""The palette and stylesheet follow the system's light or dark mode, and switch with it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from planner.ui import theme


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The test application, its palette and stylesheet put back afterwards."""
    palette, sheet = qapp.palette(), qapp.styleSheet()
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def lightness(palette: QPalette, role: QPalette.ColorRole) -> int:
    return palette.color(role).lightness()


def test_the_dark_palette_is_dark_and_readable() -> None:
    light, dark = theme.palette(False), theme.palette(True)
    window, text = QPalette.ColorRole.Window, QPalette.ColorRole.WindowText
    assert lightness(light, window) > 200
    assert lightness(dark, window) < 60
    assert lightness(dark, text) - lightness(dark, window) > 150
    assert lightness(dark, QPalette.ColorRole.Text) > lightness(dark, QPalette.ColorRole.Base)


def test_the_stylesheets_differ_only_where_the_scheme_matters() -> None:
    light, dark = theme.stylesheet(False), theme.stylesheet(True)
    assert light == theme.STYLESHEET
    assert "{c[" not in light
    assert "{c[" not in dark
    assert theme.DARK_CHROME["canvas"] in dark
    assert theme.LIGHT_CHROME["canvas"] in light
    # The day columns stay paper-white in both: their cards are painted with dark ink.
    assert "QFrame#dayColumn { background: #ffffff;" in dark


def test_the_theme_follows_the_colour_scheme_and_its_changes(app: QApplication) -> None:
    theme.follow_color_scheme(app)
    expected_dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    assert app.property("darkTheme") is expected_dark
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert app.property("darkTheme") is True
    assert app.styleSheet() == theme.stylesheet(True)
    assert lightness(app.palette(), QPalette.ColorRole.Window) < 60
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert app.property("darkTheme") is False
    assert app.styleSheet() == theme.stylesheet(False)
