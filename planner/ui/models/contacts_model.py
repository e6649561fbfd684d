"""The contacts table: one row per person with their company, role and last touch."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from planner.domain.model import ContactLevel, ContactSummary
from planner.ui import display
from planner.ui.models.filter_proxy import ID_ROLE, ROOT, SORT_ROLE


class Column(IntEnum):
    NAME = 0
    COMPANY = 1
    TITLE = 2
    LEVEL = 3
    ROLE = 4
    EMAIL = 5
    PHONE = 6
    LAST_TOUCH = 7


HEADERS = ("Name", "Company", "Title", "Level", "Buying role", "E-mail", "Phone", "Last touch")
_LEVEL_ORDER = (ContactLevel.EXECUTIVE, ContactLevel.MANAGER, ContactLevel.PRACTITIONER)


class ContactsModel(QAbstractTableModel):
    """Read-only rows of ContactSummary; DisplayRole is text, SORT_ROLE the raw value."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ContactSummary] = []

    def set_summaries(self, rows: list[ContactSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary(self, row: int) -> ContactSummary:
        return self._rows[row]

    def row_of(self, contact_id: int) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.contact.id == contact_id:
                return row
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return HEADERS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(summary, column)
        if role == SORT_ROLE:
            return _raw(summary, column)
        if role == ID_ROLE:
            return summary.contact.id
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.NAME:
            return summary.contact.notes or None
        return None


def _text(s: ContactSummary, column: Column) -> str:
    c = s.contact
    match column:
        case Column.NAME:
            return c.full_name
        case Column.COMPANY:
            return s.company_name or "No company"
        case Column.TITLE:
            return c.title
        case Column.LEVEL:
            return c.level.label
        case Column.ROLE:
            return c.buying_role.label
        case Column.EMAIL:
            return c.email
        case Column.PHONE:
            return c.phone
        case Column.LAST_TOUCH:
            return display.day(s.last_touch) if s.last_touch else "Never"


def _raw(s: ContactSummary, column: Column) -> Any:
    c = s.contact
    match column:
        case Column.NAME:
            return f"{c.last_name} {c.first_name}".casefold()
        case Column.LEVEL:
            return _LEVEL_ORDER.index(c.level)
        case Column.LAST_TOUCH:
            return s.last_touch.isoformat() if s.last_touch else None
        case _:
            return _text(s, column).casefold()
