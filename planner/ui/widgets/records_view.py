"""The shape every records view shares: toolbar, filter, count, table, empty states and detail."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QByteArray, QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.ui.controller import Change, Controller
from planner.ui.dialogs.merge_dialog import MergeDialog, MergeKind, open_merge
from planner.ui.i18n import error_text, translate
from planner.ui.models.filter_proxy import ID_ROLE, FilterProxy
from planner.ui.models.record_model import RecordTableModel
from planner.ui.models.sql_record_model import SqlFilterProxy
from planner.ui.widgets.column_menu import ColumnMenu
from planner.ui.widgets.detail_parts import DetailPanel
from planner.ui.widgets.optional_columns import OptionalColumns
from planner.ui.widgets.table_parts import EmptyState, fit_columns, make_table

M = TypeVar("M", bound=RecordTableModel[Any])
D = TypeVar("D", bound=DetailPanel)
T = TypeVar("T")
SIZING_ROWS = 30  # a screenful: enough to size columns by


class _Saved(Protocol):
    @property
    def id(self) -> int | None: ...


@dataclass(frozen=True, slots=True)
class RecordsSpec:
    """What tells one records view from another: its words, columns and what reloads it.

    Each text is a whole sentence about the view's records, marked where the spec is written
    with `QT_TRANSLATE_NOOP("RecordsView", …)`; the view translates it where it is shown.
    The counts need plural forms, so the subclass says them (RecordsView.count_text).
    """

    new_text: str  # the New action and the empty state's button
    new_tip: str
    edit_tip: str
    delete_tip: str
    filter_placeholder: str
    placeholder: str  # shown where the detail goes until a record is selected
    empty_text: str  # shown instead of the table when there are no records at all
    no_match_text: str  # shown instead of the table when the filters hide every record
    open_failed: str  # the title of the message when a record cannot be read for editing
    delete_failed: str  # the title of the message when deleting a record fails
    widths: Mapping[int, int]
    sort_column: int
    reload_on: tuple[str, ...]  # the change kinds that reload the table
    refresh_on: tuple[str, ...]  # the change kinds that refresh an open detail panel
    stretch: tuple[int, int] = (5, 2)  # table : detail
    # Table and detail widths when the detail first shows: the detail keeps its width and
    # the table takes the rest, so a larger screen gives the room to the table's columns.
    sizes: tuple[int, int] = (1000, 360)
    fit_columns: bool = True  # size the columns to their contents on the first rows
    widest: int = 180  # the widest a column is fitted to its contents
    minimum_section: int | None = None
    stretch_column: int | None = None  # takes the room the other columns leave
    # Columns shown, in this order, while the stretched column keeps `least` beside them
    # (until the rep picks columns in the header's menu).
    optional: tuple[int, ...] = ()
    least: int = 200


class RecordsView(QWidget, Generic[M, D]):
    """Lists records in a filterable table and shows the selected one in a lazily built panel.

    New, Edit and Delete (Delete key, undoable) act on the selection; double-click edits.
    Subclasses pass their model and spec, say how to load rows, build the detail panel, open
    the editor and delete a record, and may add toolbar actions and filter widgets.
    """

    def __init__(
        self, controller: Controller, model: M, spec: RecordsSpec, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.store = controller.store
        self.spec = spec
        self.dialog: QDialog | None = None
        self._fitted = False
        self.detail: D | None = None
        # A page of the main window defers reloads while hidden and catches up when shown.
        self.defer_while_hidden = False
        self._stale = False

        self.model = model
        self.model.setParent(self)
        self.proxy = self._make_proxy()

        self.new_action = QAction(self.wording(spec.new_text), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.setToolTip(self.wording(spec.new_tip))
        self.edit_action = QAction(self.tr("Edit…"), self)
        self.edit_action.setToolTip(self.wording(spec.edit_tip))
        self.delete_action = QAction(self.tr("Delete"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.setToolTip(self.wording(spec.delete_tip))
        self.addAction(self.new_action)
        self.new_action.triggered.connect(self._on_new_action_triggered)
        self.edit_action.triggered.connect(self._on_edit_action_triggered)
        self.delete_action.triggered.connect(self._on_delete_action_triggered)
        # Further actions on the selected record: on the toolbar, enabled with a selection.
        self.selection_actions = [self.edit_action, self.delete_action, *self._make_actions()]

        filters = self._make_filters()
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.wording(spec.filter_placeholder))
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("color: #52606d;")
        bar = QHBoxLayout()
        for action in (self.new_action, *self.selection_actions):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
        bar.addSpacing(12)
        for widget in filters:
            bar.addWidget(widget)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.count_label)

        self.table = make_table(self)
        self.table.setModel(self.proxy)
        self.table.addAction(self.delete_action)
        header = self.table.horizontalHeader()
        # Columns sized to their contents look at a page of rows, not Qt's thousand: a big
        # table reads its rows a page at a time as they scroll into view.
        header.setResizeContentsPrecision(SIZING_ROWS)
        self.table.verticalHeader().setResizeContentsPrecision(SIZING_ROWS)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in spec.widths.items():
            header.resizeSection(column, width)
        if spec.minimum_section is not None:
            header.setMinimumSectionSize(spec.minimum_section)
        if spec.stretch_column is not None:
            header.setSectionResizeMode(spec.stretch_column, QHeaderView.ResizeMode.Stretch)
        self.optional_columns = OptionalColumns(
            self.table, spec.optional, spec.stretch_column or 0, spec.least, spec.widest
        )
        self.column_menu = ColumnMenu(self.table)
        self.column_menu.chosen.connect(self._on_column_menu_chosen)
        self.table.sortByColumn(spec.sort_column, Qt.SortOrder.AscendingOrder)

        self.empty = EmptyState(self.wording(spec.new_text), self)
        self.empty.button.clicked.connect(self._on_new_action_triggered)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        # Until a record is selected the table has the whole width and a line under it says
        # what selecting does; the detail panel then takes the hidden slot's place and room.
        self.placeholder = QLabel(self.wording(spec.placeholder), self)
        self.placeholder.setStyleSheet("color: #52606d;")
        self._slot = QWidget()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self._slot)
        self.splitter.setStretchFactor(0, spec.stretch[0])
        self.splitter.setStretchFactor(1, spec.stretch[1])
        self.splitter.setSizes(list(spec.sizes))
        self.splitter.setChildrenCollapsible(False)
        self._slot.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.placeholder)

        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.controller.changed.connect(self._on_controller_changed)
        self.reload()

    # What a subclass says.

    def count_text(self, shown: int, total: int) -> str:
        """How many records the table shows, e.g. "3 accounts" or "1 of 3 accounts".

        A subclass says it with its noun's plural forms: `self.tr("%Ln account(s)", "", total)`.
        """
        raise NotImplementedError

    def _make_actions(self) -> list[QAction]:
        """Toolbar actions after Delete that act on the selected record."""
        return []

    def _make_filters(self) -> list[QWidget]:
        """Widgets shown before the filter line."""
        return []

    def _clear_filters(self) -> None:
        """Clear every filter, so that any record shows."""
        self.filter_edit.clear()

    def _make_proxy(self) -> FilterProxy | SqlFilterProxy:
        """The model between the table and the records: FilterProxy sorts and filters rows
        held in memory; a SqlFilterProxy leaves both to SQL (big tables)."""
        proxy = FilterProxy(self)
        proxy.setSourceModel(self.model)
        return proxy

    def _load(self) -> Sequence[Any]:
        raise NotImplementedError

    def _fill(self) -> None:
        """Put the records into the model (a SQL model reads them itself)."""
        self.model.set_records(self._load())

    def _counts(self) -> tuple[int, int]:
        """How many records there are, and how many the filters let through."""
        return self.model.rowCount(), self.proxy.rowCount()

    def _create_detail(self) -> D:
        raise NotImplementedError

    def _new(self) -> None:
        raise NotImplementedError

    def _edit(self, record_id: int | None) -> None:
        raise NotImplementedError

    def _delete(self, record_id: int) -> None:
        """Delete the record through the controller (one undo step)."""
        raise NotImplementedError

    # Remembered between runs (the main window keeps it in its settings).

    def columns_state(self) -> QByteArray:
        """The table's columns as the rep left them: widths, order, hidden ones and the sort."""
        header = self.table.horizontalHeader()
        # The column count leads (Qt would apply a state saved for other columns regardless),
        # then whether the optional columns still come and go with the width.
        mode = "auto" if self.optional_columns.active else "chosen"
        return QByteArray(f"{header.count()};{mode};".encode()) + header.saveState()

    def restore_columns(self, state: QByteArray) -> None:
        """Bring back `columns_state`; a state for other columns (an older table) is skipped."""
        header = self.table.horizontalHeader()
        count, _, rest = bytes(state.data()).partition(b";")
        mode, _, saved = rest.partition(b";")
        if count != str(header.count()).encode() or not header.restoreState(QByteArray(saved)):
            return
        self._fitted = True  # the rep's widths stand; the first rows do not refit them
        self.optional_columns.active = mode == b"auto"
        if self.optional_columns.active:
            self.optional_columns.apply()

    def _on_column_menu_chosen(self) -> None:
        self.optional_columns.active = False

    # Reading.

    @staticmethod
    def wording(text: str) -> str:
        """A text of the spec, translated (the spec marks it in the "RecordsView" context)."""
        return translate("RecordsView", text)

    def reload(self) -> None:
        """Reload the table from the store, keeping the selected record selected."""
        keep = self.current_id()
        self._fill()
        if self.spec.fit_columns and not self._fitted and self.model.rowCount():
            self._fitted = True
            fit_columns(self.table, most=self.spec.widest)
            if self.optional_columns.active:
                self.optional_columns.apply()
        if keep is not None and self.model.row_of(keep) is not None:
            self._select(keep)
        self._update_state()

    def current_id(self) -> int | None:
        """The id of the selected record (or of the current row), or None."""
        rows = self.table.selectionModel().selectedRows()
        index = rows[0] if rows else self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        value = index.data(ID_ROLE)
        return value if isinstance(value, int) else None

    def open_record(self, record_id: int) -> None:
        """Select and show one record, clearing filters that would hide it."""
        if self.model.row_of(record_id) is None:
            self.reload()
        if self.model.row_of(record_id) is None:
            return
        if not self._proxy_index(record_id).isValid():
            self._clear_filters()
        self._select(record_id)
        self.table.setFocus()

    def _proxy_index(self, record_id: int) -> QModelIndex:
        row = self.model.row_of(record_id)
        if row is None:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(row, 0))

    def _select(self, record_id: int) -> None:
        index = self._proxy_index(record_id)
        if index.isValid():
            shown = self.current_id()
            self.table.selectRow(index.row())
            self.table.scrollTo(index)
            if shown == record_id:
                # No selection change to show it: show it again (it may have changed).
                self._show_detail(record_id)

    def _show_detail(self, record_id: int | None) -> None:
        if self.detail is None:
            if record_id is None:
                return
            self.detail = self._create_detail()
            # The detail takes the hidden slot's place and the width kept for it (the
            # default split, or the rep's from a restored state).
            self.splitter.replaceWidget(1, self.detail)
            self._slot.deleteLater()
            self.detail.show()
            self.splitter.refresh()  # lay the detail out now, not on the next event loop turn
            self.placeholder.hide()
        self.detail.show_record(record_id)

    def _update_state(self) -> None:
        total, shown = self._counts()
        if total == 0:
            self.empty.set_text(self.wording(self.spec.empty_text), True)
            self.stack.setCurrentWidget(self.empty)
        elif shown == 0:
            self.empty.set_text(self.wording(self.spec.no_match_text), False)
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.table)
        self.count_label.setText(self.count_text(shown, total))
        selected = self.current_id() is not None
        for action in self.selection_actions:
            action.setEnabled(selected)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.reload()
            if self.detail is not None:
                self.detail.refresh()

    def _on_controller_changed(self, change: Change) -> None:
        if self.defer_while_hidden and not self.isVisible():
            if change.affects(*self.spec.reload_on, *self.spec.refresh_on):
                self._stale = True
            return
        if change.affects(*self.spec.reload_on):
            self.reload()
        if self.detail is not None and change.affects(*self.spec.refresh_on):
            self.detail.refresh()

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self._show_detail(record_id)
        self._update_state()

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_state()

    # Editing.

    def _chosen(self, record_id: int | None) -> int | None:
        """The record an action is about: the one given, else the selected one."""
        return record_id if record_id is not None else self.current_id()

    def _read(self, get: Callable[[int], T], record_id: int | None) -> T | None:
        """Read the chosen record for editing; a failure is shown, not raised."""
        record_id = self._chosen(record_id)
        if record_id is None:
            return None
        try:
            return get(record_id)
        except PlannerError as error:
            QMessageBox.warning(self, self.wording(self.spec.open_failed), error_text(error))
            return None

    def _keep_open(self, dialog: QDialog, saved: Sequence[_Saved]) -> None:
        """Open a non-blocking dialog kept in `dialog`; when accepted, show what it saved."""

        def done(result: int) -> None:
            if result and saved and saved[-1].id is not None:
                self.open_record(saved[-1].id)
            self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(done)
        self.dialog = dialog
        dialog.open()

    def _open_merge(self, kind: MergeKind, record_id: int | None) -> MergeDialog | None:
        """Fold the chosen duplicate into a record picked side by side (keeps its history)."""
        record_id = self._chosen(record_id)
        if record_id is None:
            return None
        return open_merge(self, self.controller, kind, record_id, self.open_record)

    def delete_record(self, record_id: int | None = None) -> None:
        """Delete the chosen record (undoable) and select the row that took its place."""
        record_id = self._chosen(record_id)
        if record_id is None:
            return
        row = self._proxy_index(record_id).row()
        try:
            self._delete(record_id)
        except PlannerError as error:
            QMessageBox.warning(self, self.wording(self.spec.delete_failed), error_text(error))
            return
        if self.proxy.rowCount() and row >= 0:
            self.table.selectRow(min(row, self.proxy.rowCount() - 1))
        elif self.detail is not None:
            self.detail.show_record(None)

    def _on_new_action_triggered(self) -> None:
        self._new()

    def _on_edit_action_triggered(self) -> None:
        self._edit(None)

    def _on_delete_action_triggered(self) -> None:
        self.delete_record()

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        value = index.data(ID_ROLE)
        if isinstance(value, int):
            self._edit(value)
