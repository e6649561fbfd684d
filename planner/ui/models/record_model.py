"""The read-only table model the record tables build on: one row per record, fixed headers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from planner.ui.i18n import translate
from planner.ui.models.filter_proxy import ID_ROLE, ROOT, SORT_ROLE

R = TypeVar("R")

AnyIndex = QModelIndex | QPersistentModelIndex
RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of records under the `headers` a subclass declares; `numeric` columns align right.

    A subclass says what a cell shows (`text`), what it sorts by (`sort_key`, under SORT_ROLE),
    which record a row is (`record_id`, under ID_ROLE) and anything else a role needs
    (`role_data`); the row and column counts, the headers and the reset on reload live here.

    The headers and their tooltips are English source texts marked with
    `QT_TRANSLATE_NOOP(<translation_context>, …)` where the subclass writes them; headerData
    shows them translated in that context.
    """

    translation_context = "RecordTableModel"
    headers: tuple[str, ...] = ()
    header_tooltips: tuple[str, ...] = ()
    numeric: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(records)
        self.endResetModel()

    def record(self, row: int) -> R:
        return self._rows[row]

    def _record_at(self, row: int) -> R | None:
        """The record shown in `row`, or None (a subclass may read it when asked)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _row_count(self) -> int:
        return len(self._rows)

    def row_of(self, record_id: int) -> int | None:
        """The row showing the record with this id, or None."""
        return next(
            (row for row, record in enumerate(self._rows) if self.record_id(record) == record_id),
            None,
        )

    # What a subclass says about its records.

    def text(self, record: R, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, record: R, column: int) -> Any:
        return None

    def record_id(self, record: R) -> int | None:
        return None

    def role_data(self, record: R, column: int, role: int) -> Any:
        return None

    # QAbstractTableModel.

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else self._row_count()

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate(self.translation_context, self.headers[section])
        if role == Qt.ItemDataRole.ToolTipRole and section < len(self.header_tooltips):
            return translate(self.translation_context, self.header_tooltips[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.numeric:
            return RIGHT_ALIGNED
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._row_count():
            return None
        record, column = self._record_at(index.row()), index.column()
        if record is None or not 0 <= column < len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(record, column)
        if role == SORT_ROLE:
            return self.sort_key(record, column)
        if role == ID_ROLE:
            return self.record_id(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.numeric:
            return RIGHT_ALIGNED
        return self.role_data(record, column, role)
