"""The import preview's rows: where each row is, who it is, what importing does with it, and why."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from planner.interchange.detect import ImportFormat
from planner.interchange.importer import RowAction, RowOutcome
from planner.ui.models.record_model import RecordTableModel

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


class ImportPreviewModel(RecordTableModel[RowOutcome]):
    """One row per file row of an import preview, in file order."""

    headers = HEADERS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._format = ImportFormat.CSV

    def set_rows(self, rows: Sequence[RowOutcome], fmt: ImportFormat) -> None:
        self._format = fmt
        self.set_records(rows)

    def outcome(self, row: int) -> RowOutcome:
        return self.record(row)

    def text(self, record: RowOutcome, column: int) -> str:
        if column == Column.WHERE:
            where = record.where(self._format)
            return where[:1].upper() + where[1:]
        if column == Column.RECORD:
            return record.label or "—"
        if column == Column.ACTION:
            return ACTION_TEXT[record.action]
        return details(record)

    def sort_key(self, record: RowOutcome, column: int) -> Any:
        if column == Column.WHERE:
            return record.line
        if column == Column.ACTION:
            return list(RowAction).index(record.action)
        return self.text(record, column)

    def role_data(self, record: RowOutcome, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.text(record, column)
        if role == Qt.ItemDataRole.ForegroundRole and column in (Column.ACTION, Column.DETAILS):
            return QColor(ACTION_COLOURS[record.action])
        return None
