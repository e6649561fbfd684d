"""Sorting by raw values and filtering by text and account kind, for every table view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

SORT_ROLE = Qt.ItemDataRole.UserRole
"""The raw value a column sorts by (a number, an ISO date, folded text, or None)."""
ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The id of the record a row shows (on every column)."""
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
"""The account kind a row belongs to, as its stored value (on every column)."""

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
"""The invisible root, the default parent of the table models' row and column counts."""


class FilterProxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE (unknown values first ascending) and filters by text and by kind.

    The text filter keeps a row when every word of it appears in one of the row's displayed
    cells, case-insensitively; the kind filter keeps rows whose KIND_ROLE equals it.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._kind: str | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    @property
    def text(self) -> str:
        return " ".join(self._words)

    @property
    def kind(self) -> str | None:
        return self._kind

    def set_text(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_kind(self, kind: str | None) -> None:
        if kind != self._kind:
            self.beginFilterChange()
            self._kind = kind
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if model is None:
            return True
        row_kind = model.index(source_row, 0, source_parent).data(KIND_ROLE)
        if self._kind is not None and row_kind != self._kind:
            return False
        if not self._words:
            return True
        cells = " ".join(
            str(model.index(source_row, column, source_parent).data() or "")
            for column in range(model.columnCount(source_parent))
        ).casefold()
        return all(word in cells for word in self._words)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        a: Any = left.data(SORT_ROLE)
        b: Any = right.data(SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
