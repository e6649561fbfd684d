"""Past imports for Undo import: when, which file, what each did, and whether it was undone."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from planner.domain.imports import ImportBatch
from planner.ui import display

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    WHEN = 0
    FILE = 1
    KIND = 2
    NEW = 3
    UPDATED = 4
    UNCHANGED = 5
    INVALID = 6
    STATE = 7


HEADERS = ("When", "File", "Records", "New", "Updated", "Unchanged", "Skipped", "State")
_NUMERIC = frozenset({Column.NEW, Column.UPDATED, Column.UNCHANGED, Column.INVALID})


def when(batch: ImportBatch) -> str:
    return f"{batch.created_at.astimezone():%Y-%m-%d %H:%M}"


class ImportBatchesModel(QAbstractTableModel):
    """The import batches, newest first; undone ones are greyed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._batches: list[ImportBatch] = []

    def set_batches(self, batches: Sequence[ImportBatch]) -> None:
        self.beginResetModel()
        self._batches = list(batches)
        self.endResetModel()

    def batch(self, row: int) -> ImportBatch:
        return self._batches[row]

    def row_of(self, batch_id: int) -> int | None:
        return next((i for i, b in enumerate(self._batches) if b.id == batch_id), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._batches)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
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
        if not index.isValid() or not 0 <= index.row() < len(self._batches):
            return None
        batch, column = self._batches[index.row()], index.column()
        if not 0 <= column < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(batch, Column(column))
        if role == ID_ROLE:
            return batch.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and batch.is_undone:
            return QColor("#8a96a3")
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.FILE:
            return f"{batch.source} ({batch.format})"
        return None

    @staticmethod
    def _text(batch: ImportBatch, column: Column) -> str:
        if column == Column.WHEN:
            return when(batch)
        if column == Column.FILE:
            return batch.source
        if column == Column.KIND:
            return batch.target.capitalize()
        if column == Column.NEW:
            return display.number(batch.new)
        if column == Column.UPDATED:
            return display.number(batch.updated)
        if column == Column.UNCHANGED:
            return display.number(batch.unchanged)
        if column == Column.INVALID:
            return display.number(batch.invalid)
        if batch.undone_at is not None:
            return f"Undone {batch.undone_at.astimezone():%Y-%m-%d %H:%M}"
        return "Imported"
