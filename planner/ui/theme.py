"""The planner's look: channel and app icons, card colours per account kind, and the stylesheet."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon

from planner.domain.model import Channel, CompanyKind, Status
from planner.paths import resource

# Base colours per account kind; the accounts view uses the same hues (planner.ui.display).
KIND_COLOURS: dict[CompanyKind, str] = {
    CompanyKind.DREAM_CLIENT: "#8e44ad",
    CompanyKind.CUSTOMER: "#27ae60",
    CompanyKind.PROSPECT: "#2d7dd2",
    CompanyKind.FORMER_CUSTOMER: "#95a5a6",
}

# The kind is always spelled out on a card too: colour is never the only signal.
KIND_SHORT: dict[CompanyKind, str] = {
    CompanyKind.DREAM_CLIENT: "Dream",
    CompanyKind.CUSTOMER: "Customer",
    CompanyKind.PROSPECT: "Prospect",
    CompanyKind.FORMER_CUSTOMER: "Former",
}

STATUS_MARKS: dict[Status, str] = {
    Status.PLANNED: "",
    Status.DONE: "✓ Done",
    Status.SKIPPED: "↷ Skipped",
    Status.CANCELLED: "✕ Cancelled",
}

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


STYLESHEET = f"""
QMainWindow, QWidget#weekPage {{ background: {CANVAS}; }}
QListWidget#navigation {{
    background: #eef1f4; border: none; border-right: 1px solid {LINE};
    padding: 10px 6px; font-size: 10.5pt; outline: 0;
}}
QListWidget#navigation::item {{ padding: 9px 10px; border-radius: 7px; color: {INK}; }}
QListWidget#navigation::item:selected {{ background: {SURFACE}; color: {ACCENT}; }}
QListWidget#navigation::item:hover:!selected {{ background: #e4e9ee; }}
QLabel#weekTitle {{ font-size: 15pt; font-weight: 600; color: {INK}; }}
QLabel#weekSubtitle {{ color: {INK_SOFT}; }}
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
QScrollBar:vertical {{ background: transparent; width: 9px; margin: 2px; }}
QScrollBar::handle:vertical {{ background: #c5ced8; border-radius: 3px; min-height: 28px; }}
QScrollBar::handle:vertical:hover {{ background: #a9b4c0; }}
QScrollBar:horizontal {{ background: transparent; height: 9px; margin: 2px; }}
QScrollBar::handle:horizontal {{ background: #c5ced8; border-radius: 3px; min-width: 28px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
QCalendarWidget QWidget#qt_calendar_navigationbar {{ background: {SURFACE}; }}
QCalendarWidget QToolButton {{ color: {INK}; font-weight: 600; background: transparent;
    border: none; padding: 2px 6px; }}
QCalendarWidget QToolButton:hover {{ background: #eef2f5; border-radius: 5px; }}
QCalendarWidget QAbstractItemView {{ selection-background-color: {ACCENT};
    selection-color: white; outline: 0; }}
QListView#dayList, QListView#overdueList {{ background: transparent; border: none; }}
QFrame#overdueTray {{ background: {OVERDUE_TINT}; border: 1px solid #f2c9c2; border-radius: 10px; }}
QLabel#overdueTitle {{ color: {OVERDUE}; font-weight: 600; }}
QFrame#sidePanel {{ background: {SURFACE}; border: 1px solid {LINE}; border-radius: 10px; }}
QListView#agendaList {{ border: none; background: transparent; }}
QPushButton#navButton, QPushButton#planButton {{
    padding: 5px 12px; border-radius: 6px; border: 1px solid {LINE}; background: {SURFACE};
}}
QPushButton#navButton:hover {{ background: #eef2f5; }}
QPushButton#planButton {{ background: {ACCENT}; color: white; border-color: {ACCENT};
    font-weight: 600; }}
QPushButton#planButton:hover {{ background: #286d73; }}
QLabel#formError {{ color: {OVERDUE}; }}
"""
