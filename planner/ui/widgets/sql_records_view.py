"""Records views whose big table is sorted, filtered and read in SQL: accounts and contacts."""

from __future__ import annotations

from typing import Any, ClassVar, TypeVar

from PySide6.QtWidgets import QWidget

from planner.domain.errors import PlannerError
from planner.ui.controller import Controller
from planner.ui.engine_runner import EngineRunner
from planner.ui.models.sql_record_model import SqlFilterProxy, SqlRecordModel, TableSource
from planner.ui.widgets.records_view import D, RecordsSpec, RecordsView

S = TypeVar("S", bound=SqlRecordModel[Any])


class SqlRecordsView(RecordsView[S, D]):
    """A records view over a SQL-backed model, with the plan's engine for its detail panel.

    The model reads its rows from `source` a page at a time; SQL sorts and filters them, and
    the total comes from the maintained count of `TABLE`.
    """

    TABLE: ClassVar[str]  # the plan's table the view lists, e.g. "companies"

    def __init__(
        self,
        controller: Controller,
        model: S,
        source: TableSource[Any],
        spec: RecordsSpec,
        parent: QWidget | None = None,
        *,
        engine: EngineRunner | None = None,
    ) -> None:
        model.attach(source)
        super().__init__(controller, model, spec, parent)
        model.failed.connect(controller.failed)
        # The plan's engine, handed over by the window (a view on its own makes one).
        self.engine = engine if engine is not None else EngineRunner(controller, self)

    def _make_proxy(self) -> SqlFilterProxy:
        return SqlFilterProxy(self.model, self)

    def _fill(self) -> None:
        self.model.refresh()

    def _counts(self) -> tuple[int, int]:
        try:
            total = self.store.read.count(self.TABLE)
        except PlannerError:
            total = self.model.rowCount()
        return total, self.model.rowCount()
