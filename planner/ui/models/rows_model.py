"""A small read-only table model over rows computed elsewhere: text, sort keys, tooltips, an id."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon

from planner.ui.models.record_model import RecordTableModel


@dataclass(frozen=True, slots=True)
class Row:
    """One row: what each column shows, its raw sort value, and the account it opens."""

    texts: tuple[str, ...]
    keys: tuple[Any, ...]
    company_id: int
    tooltip: str = ""
    icon: QIcon | None = None  # beside the first column
    warning_column: int | None = None  # shown in the warning colour (its text says why too)


WARNING = "#b03a2e"


class RowsModel(RecordTableModel[Row]):
    """Rows under fixed headers; numeric columns are right-aligned."""

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.set_records(rows)

    def row(self, row: int) -> Row:
        return self.record(row)

    def record_id(self, record: Row) -> int | None:
        return record.company_id

    def text(self, record: Row, column: int) -> str:
        return record.texts[column]

    def sort_key(self, record: Row, column: int) -> Any:
        return record.keys[column]

    def role_data(self, record: Row, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return record.tooltip or record.texts[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return record.icon
        if role == Qt.ItemDataRole.ForegroundRole and column == record.warning_column:
            return QColor(WARNING)
        return None
