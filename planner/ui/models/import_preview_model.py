"""The import preview's rows: where each row is, who it is, what importing does with it, and why."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from planner.interchange.detect import ImportFormat
from planner.interchange.importer import RowAction, RowOutcome

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole

ACTION_TEXT = {
    RowAction.NEW: "New",
    RowAction.UPDATED: "Update",
    RowAction.UNCHANGED: "Unchanged",
    RowAction.INVALID: "Skipped",
}
ACTION_COLOURS = {
    RowAction.NEW: "#2f7f86",
    RowAction.UPDATED: "#8a5a00",
    RowAction.UNCHANGED: "#7b8794",
    RowAction.INVALID: "#b03a2e",
}
_FIELD_LABELS = {"profile_url": "profile URL", "email": "e-mail", "buying_role": "buying role"}


class Column(IntEnum):
    WHERE = 0
    RECORD = 1
    ACTION = 2
    DETAILS = 3


HEADERS = ("Where", "Record", "Action", "Details")


def details(row: RowOutcome) -> str:
    """The reason a row is skipped, or the fields an update fills, and what else it does."""
    if row.action is RowAction.INVALID:
        return row.reason
    text = ""
    if row.action is RowAction.UPDATED and row.fields:
        names = ", ".join(_FIELD_LABELS.get(f, f.replace("_", " ")) for f in row.fields)
        text = f"Fills {names}"
    if row.note:
        text = f"{text}; {row.note}" if text else row.note[:1].upper() + row.note[1:]
    return text


class ImportPreviewModel(QAbstractTableModel):
    """One row per file row of an import preview, in file order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowOutcome] = []
        self._format = ImportFormat.CSV

    def set_rows(self, rows: Sequence[RowOutcome], fmt: ImportFormat) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._format = fmt
        self.endResetModel()

    def outcome(self, row: int) -> RowOutcome:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if not 0 <= column < len(HEADERS):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == Column.WHERE:
                where = row.where(self._format)
                return where[:1].upper() + where[1:]
            if column == Column.RECORD:
                return row.label or "—"
            if column == Column.ACTION:
                return ACTION_TEXT[row.action]
            return details(row)
        if role == SORT_ROLE:
            if column == Column.WHERE:
                return row.line
            if column == Column.ACTION:
                return list(RowAction).index(row.action)
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ForegroundRole and column in (Column.ACTION, Column.DETAILS):
            return QColor(ACTION_COLOURS[row.action])
        return None
