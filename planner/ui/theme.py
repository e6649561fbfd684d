"""The planner's look: icons, card colours per kind, light and dark palettes and stylesheets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from planner.domain.model import Channel, CompanyKind, Status
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.paths import resource
from planner.ui.i18n import translate

# Base colours per account kind; the accounts view uses the same hues (planner.ui.display).
KIND_COLOURS: dict[CompanyKind, str] = {
    CompanyKind.DREAM_CLIENT: "#8e44ad",
    CompanyKind.CUSTOMER: "#27ae60",
    CompanyKind.PROSPECT: "#2d7dd2",
    CompanyKind.FORMER_CUSTOMER: "#95a5a6",
}

# The kind is always spelled out on a card too: colour is never the only signal. The texts
# are marked for translation here and shown translated through kind_short().
KIND_SHORT: dict[CompanyKind, str] = {
    CompanyKind.DREAM_CLIENT: QT_TRANSLATE_NOOP("Theme", "Dream"),
    CompanyKind.CUSTOMER: QT_TRANSLATE_NOOP("Theme", "Customer"),
    CompanyKind.PROSPECT: QT_TRANSLATE_NOOP("Theme", "Prospect"),
    CompanyKind.FORMER_CUSTOMER: QT_TRANSLATE_NOOP("Theme", "Former"),
}

# A touch-point's status on its card (none while planned); shown through status_mark().
STATUS_MARKS: dict[Status, str] = {
    Status.PLANNED: "",
    Status.DONE: QT_TRANSLATE_NOOP("Theme", "✓ Done"),
    Status.SKIPPED: QT_TRANSLATE_NOOP("Theme", "↷ Skipped"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("Theme", "✕ Cancelled"),
}


def kind_short(kind: CompanyKind) -> str:
    """The short name of an account kind shown on cards and chips ("Dream"), translated."""
    return translate("Theme", KIND_SHORT[kind])


def status_mark(status: Status) -> str:
    """The mark a card shows for its status ("✓ Done"; nothing while planned), translated."""
    text = STATUS_MARKS[status]
    return translate("Theme", text) if text else ""


STATUS_COLOURS: dict[Status, str] = {
    Status.PLANNED: "#334155",
    Status.DONE: "#1e8449",
    Status.SKIPPED: "#7b8794",
    Status.CANCELLED: "#b03a2e",
}

INK = "#1f2a37"
INK_SOFT = "#52606d"
INK_FAINT = "#8a96a3"
SURFACE = "#ffffff"
CANVAS = "#f4f6f8"
LINE = "#dde3ea"
ACCENT = "#2f7f86"
TODAY_TINT = "#e3f1f1"
OVERDUE = "#c0392b"
OVERDUE_TINT = "#fdf1ef"

_icons: dict[str, QIcon] = {}


def kind_colour(kind: CompanyKind) -> QColor:
    return QColor(KIND_COLOURS[kind])


def kind_tint(kind: CompanyKind) -> QColor:
    """A pale wash of the kind's colour for chips and card edges."""
    colour = kind_colour(kind)
    colour.setAlpha(38)
    return colour


def _icon(relative: str) -> QIcon:
    icon = _icons.get(relative)
    if icon is None:
        icon = _icons[relative] = QIcon(str(resource(relative)))
    return icon


def channel_icon(channel: Channel) -> QIcon:
    return _icon(f"icons/{channel.value}.svg")


def themed_icon(name: str) -> QIcon:
    """One of the planner's own icons by name, e.g. "week" for icons/week.svg."""
    return _icon(f"icons/{name}.svg")


def app_icon() -> QIcon:
    return _icon("icons/nurture-planner.svg")


# Colours of the chrome on the canvas, per scheme. Day columns, panels and cards are "paper"
# and stay light in both: the card and agenda delegates paint dark ink on them.
LIGHT_CHROME: dict[str, str] = {
    "canvas": CANVAS,
    "nav": "#eef1f4",
    "nav_selected": SURFACE,
    "nav_hover": "#e4e9ee",
    "line": LINE,
    "ink": INK,
    "ink_soft": INK_SOFT,
    "accent": ACCENT,
    "button": SURFACE,
    "button_hover": "#eef2f5",
    "scroll": "#c5ced8",
    "scroll_hover": "#a9b4c0",
}
DARK_CHROME: dict[str, str] = {
    "canvas": "#161b21",
    "nav": "#1d242c",
    "nav_selected": "#2a333d",
    "nav_hover": "#252d36",
    "line": "#323c47",
    "ink": "#e6eaee",
    "ink_soft": "#a9b4c0",
    "accent": "#5cc2c9",
    "button": "#252d36",
    "button_hover": "#2f3944",
    "scroll": "#4a5663",
    "scroll_hover": "#65727f",
}

_PALETTES: dict[bool, dict[QPalette.ColorRole, str]] = {
    False: {
        QPalette.ColorRole.Window: "#f4f6f8",
        QPalette.ColorRole.WindowText: "#1f2a37",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f7f9fb",
        QPalette.ColorRole.Text: "#1f2a37",
        QPalette.ColorRole.Button: "#ffffff",
        QPalette.ColorRole.ButtonText: "#1f2a37",
        QPalette.ColorRole.Highlight: "#2f7f86",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: "#1f2a37",
        QPalette.ColorRole.PlaceholderText: "#8a96a3",
        QPalette.ColorRole.Link: "#2f7f86",
    },
    True: {
        QPalette.ColorRole.Window: "#1b2128",
        QPalette.ColorRole.WindowText: "#e6eaee",
        QPalette.ColorRole.Base: "#232a32",
        QPalette.ColorRole.AlternateBase: "#28303a",
        QPalette.ColorRole.Text: "#e6eaee",
        QPalette.ColorRole.Button: "#2a323b",
        QPalette.ColorRole.ButtonText: "#e6eaee",
        QPalette.ColorRole.Highlight: "#2f8f96",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#2a323b",
        QPalette.ColorRole.ToolTipText: "#e6eaee",
        QPalette.ColorRole.PlaceholderText: "#7d8894",
        QPalette.ColorRole.Link: "#5cc2c9",
        QPalette.ColorRole.BrightText: "#ffffff",
    },
}


def palette(dark: bool) -> QPalette:
    """The planner's calm light palette, or its dark counterpart."""
    result = QPalette()
    for role, colour in _PALETTES[dark].items():
        result.setColor(role, QColor(colour))
    return result


def chrome_colours(dark: bool) -> dict[str, str]:
    """The colours of the chrome on the canvas (the stylesheet's), light or dark."""
    return DARK_CHROME if dark else LIGHT_CHROME


def stylesheet(dark: bool) -> str:
    """The application stylesheet for the light or the dark scheme."""
    sheet = _STYLESHEET_TEMPLATE
    for token, colour in chrome_colours(dark).items():
        sheet = sheet.replace(f"{{c[{token}]}}", colour)
    return sheet


def system_prefers_dark(app: QGuiApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, dark: bool) -> None:
    app.setPalette(palette(dark))
    app.setStyleSheet(stylesheet(dark))
    app.setProperty("darkTheme", dark)


def follow_color_scheme(app: QApplication) -> None:
    """Apply the theme of the system's light or dark mode now and whenever it changes."""
    apply_theme(app, system_prefers_dark(app))
    if not app.property("followsColorScheme"):
        app.setProperty("followsColorScheme", True)
        app.styleHints().colorSchemeChanged.connect(
            lambda scheme: apply_theme(app, scheme == Qt.ColorScheme.Dark)
        )


_STYLESHEET_TEMPLATE = f"""
QMainWindow, QWidget#weekPage {{ background: {{c[canvas]}}; }}
QListWidget#navigation {{
    background: {{c[nav]}}; border: none; border-right: 1px solid {{c[line]}};
    padding: 10px 6px; font-size: 10.5pt; outline: 0;
}}
QListWidget#navigation::item {{ padding: 9px 10px; border-radius: 7px; color: {{c[ink]}}; }}
QListWidget#navigation::item:selected {{ background: {{c[nav_selected]}}; color: {{c[accent]}}; }}
QListWidget#navigation::item:hover:!selected {{ background: {{c[nav_hover]}}; }}
QLabel#weekTitle {{ font-size: 15pt; font-weight: 600; color: {{c[ink]}}; }}
QLabel#weekSubtitle {{ color: {{c[ink_soft]}}; }}
QFrame#overdueTray QLabel#weekSubtitle {{ color: {INK_SOFT}; }}
QLabel#sectionTitle {{ font-weight: 600; color: {INK}; padding: 2px 2px; }}
QFrame#dayColumn {{ background: {SURFACE}; border: 1px solid {LINE}; border-radius: 10px; }}
QFrame#dayColumn[today="true"] {{ border: 2px solid {ACCENT}; background: #fbfefe; }}
QFrame#dayColumn[dropTarget="true"] {{ border: 2px dashed {ACCENT}; background: {TODAY_TINT}; }}
QFrame#dayHead {{ border: none; border-bottom: 1px solid {LINE}; background: transparent; }}
QFrame#dayHead[today="true"] {{ background: {TODAY_TINT};
    border-top-left-radius: 9px; border-top-right-radius: 9px; }}
QLabel#dayHeader {{ color: {INK}; font-weight: 600; font-size: 10.5pt; background: transparent; }}
QLabel#dayHeader[today="true"] {{ color: {ACCENT}; }}
QLabel#dayNote {{ color: {INK_FAINT}; font-size: 8.5pt; background: transparent; }}
QLabel#dayNote[today="true"] {{ color: {ACCENT}; font-weight: 600; }}
QLabel#dayNote[overLimit="true"] {{ color: {OVERDUE}; font-weight: 600; }}
QScrollBar:vertical {{ background: transparent; width: 9px; margin: 2px; }}
QScrollBar::handle:vertical {{ background: {{c[scroll]}}; border-radius: 3px; min-height: 28px; }}
QScrollBar::handle:vertical:hover {{ background: {{c[scroll_hover]}}; }}
QScrollBar:horizontal {{ background: transparent; height: 9px; margin: 2px; }}
QScrollBar::handle:horizontal {{ background: {{c[scroll]}}; border-radius: 3px; min-width: 28px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
QCalendarWidget QWidget#qt_calendar_navigationbar {{ background: {SURFACE}; }}
QCalendarWidget QToolButton {{ color: {INK}; font-weight: 600; background: transparent;
    border: none; padding: 2px 6px; }}
QCalendarWidget QToolButton:hover {{ background: #eef2f5; border-radius: 5px; }}
QCalendarWidget QAbstractItemView {{ background: {SURFACE}; color: {INK};
    alternate-background-color: {SURFACE}; selection-background-color: {ACCENT};
    selection-color: white; outline: 0; }}
QListView#dayList, QListView#overdueList {{ background: transparent; border: none; }}
QFrame#overdueTray {{ background: {OVERDUE_TINT}; border: 1px solid #f2c9c2; border-radius: 10px; }}
QLabel#overdueTitle {{ color: {OVERDUE}; font-weight: 600; }}
QFrame#sidePanel {{ background: {SURFACE}; border: 1px solid {LINE}; border-radius: 10px; }}
QListView#agendaList {{ border: none; background: transparent; }}
QPushButton#navButton, QPushButton#planButton {{
    padding: 5px 12px; border-radius: 6px; border: 1px solid {{c[line]}}; background: {{c[button]}};
    color: {{c[ink]}};
}}
QPushButton#navButton:hover {{ background: {{c[button_hover]}}; }}
QPushButton#planButton {{ background: {ACCENT}; color: white; border-color: {ACCENT};
    font-weight: 600; }}
QPushButton#planButton:hover {{ background: #286d73; }}
QLabel#formError {{ color: {OVERDUE}; }}
"""

STYLESHEET = stylesheet(False)
