"""Past imports for Undo import: when, which file, what each did, and whether it was undone."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from planner.domain.imports import ImportBatch
from planner.ui import display
from planner.ui.models.record_model import RecordTableModel


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


class ImportBatchesModel(RecordTableModel[ImportBatch]):
    """The import batches, newest first; undone ones are greyed."""

    headers = HEADERS
    numeric = _NUMERIC

    def set_batches(self, batches: Sequence[ImportBatch]) -> None:
        self.set_records(batches)

    def batch(self, row: int) -> ImportBatch:
        return self.record(row)

    def record_id(self, record: ImportBatch) -> int | None:
        return record.id

    def text(self, record: ImportBatch, column: int) -> str:
        return self._text(record, Column(column))

    def role_data(self, record: ImportBatch, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and record.is_undone:
            return QColor("#8a96a3")
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.FILE:
            return f"{record.source} ({record.format})"
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
