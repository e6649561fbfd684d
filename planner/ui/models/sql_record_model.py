"""A record table sorted and filtered in SQL that reads only the rows scrolled into view."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QIdentityProxyModel, QObject, Qt, Signal

from planner.domain.errors import PlannerError
from planner.storage.read_side.record_tables import TableQuery
from planner.ui.i18n import error_text
from planner.ui.models.record_model import RecordTableModel
from planner.ui.models.row_window import RowWindow

R = TypeVar("R")


class TableSource(Protocol[R]):  # type: ignore[misc]
    """Where a SQL record table reads: the ids a query shows, and the records of some ids."""

    def ids(self, query: TableQuery) -> list[int]: ...

    def rows(self, ids: Sequence[int]) -> Mapping[int, R]: ...


class SqlRecordModel(RecordTableModel[R]):
    """Rows from a TableSource: the query sorts and filters in SQL, pages are read on demand.

    Until a source is attached the model shows the records given to `set_records`, as a
    plain RecordTableModel does (the tests' and small tables' way).
    """

    failed = Signal(str)  # a plain message when the rows cannot be read
    # The TableQuery sort name of each column.
    sort_names: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: TableSource[R] | None = None
        self._window: RowWindow[R] | None = None
        self.query = TableQuery()

    def value_order(self, column: int) -> tuple[str, ...]:
        """A column's stored values in the order they sort (empty: sort by the value)."""
        return ()

    def attach(self, source: TableSource[R]) -> None:
        """Read rows from `source` from now on (call `refresh` to read them)."""
        self._source = source

    def refresh(self) -> bool:
        """Read the ids the query shows again; False (and `failed`) when the file fails."""
        if self._source is None:
            return True
        try:
            ids = self._source.ids(self.query)
        except PlannerError as error:
            self.failed.emit(error_text(error))
            return False
        self.beginResetModel()
        self._window = RowWindow(ids, self._read_rows)
        self.endResetModel()
        return True

    def _read_rows(self, ids: Sequence[int]) -> Mapping[int, R]:
        assert self._source is not None
        try:
            return self._source.rows(ids)
        except PlannerError as error:
            self.failed.emit(error_text(error))
            return {}

    def set_filter(self, words: tuple[str, ...], kind: str | None) -> None:
        """Show the rows every word matches (and of this kind), read again."""
        if (words, kind) != (self.query.words, self.query.kind):
            self.query = dataclasses.replace(self.query, words=words, kind=kind)
            self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._source is None or not 0 <= column < len(self.sort_names):
            return
        query = dataclasses.replace(
            self.query,
            sort=self.sort_names[column],
            descending=order == Qt.SortOrder.DescendingOrder,
            value_order=self.value_order(column),
        )
        if query != self.query:
            self.query = query
            self.refresh()

    # RecordTableModel, windowed when a source is attached.

    def record(self, row: int) -> R:
        record = self._record_at(row)
        if record is None:
            raise IndexError(row)
        return record

    def _record_at(self, row: int) -> R | None:
        if self._window is None:
            return super()._record_at(row)
        return self._window.record(row) if 0 <= row < len(self._window) else None

    def _row_count(self) -> int:
        return super()._row_count() if self._window is None else len(self._window)

    def row_of(self, record_id: int) -> int | None:
        if self._window is None:
            return super().row_of(record_id)
        return self._window.row_of(record_id)

    def pages_held(self) -> int:
        """How many pages of records the model holds (0 without a source)."""
        return 0 if self._window is None else self._window.pages_held()


class SqlFilterProxy(QIdentityProxyModel):
    """The FilterProxy's interface over a SqlRecordModel: filtering and sorting happen in SQL."""

    def __init__(self, model: SqlRecordModel[Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setSourceModel(model)

    @property
    def text(self) -> str:
        return " ".join(self._model.query.words)

    @property
    def kind(self) -> str | None:
        return self._model.query.kind

    def set_text(self, text: str) -> None:
        self._model.set_filter(tuple(text.casefold().split()), self._model.query.kind)

    def set_kind(self, kind: str | None) -> None:
        self._model.set_filter(self._model.query.words, kind)
