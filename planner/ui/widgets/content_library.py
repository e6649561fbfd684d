"""The content library: items, who received each and when, and recording sends."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
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
from planner.domain.model import ContentItem
from planner.ui import display
from planner.ui.controller import CONTACTS, CONTENT, Change, Controller
from planner.ui.dialogs.content_dialog import ContentDialog
from planner.ui.dialogs.record_send_dialog import RecordSendDialog
from planner.ui.models.content_model import Column, ContentModel
from planner.ui.models.filter_proxy import ID_ROLE, FilterProxy
from planner.ui.widgets.content_detail import ContentDetail
from planner.ui.widgets.table_parts import EmptyState, make_table

_WIDTHS = {
    Column.TITLE: 260,
    Column.KIND: 120,
    Column.TOPICS: 180,
    Column.SEGMENTS: 200,
    Column.SENDS: 60,
}


class ContentLibraryView(QWidget):
    """Lists the content items and shows the selected one's recipients."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.store = controller.store
        self.dialog: ContentDialog | RecordSendDialog | None = None
        self.detail: ContentDetail | None = None

        self.model = ContentModel(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.new_action = QAction("New item", self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.setToolTip("Add a content item (Ctrl+N)")
        self.edit_action = QAction("Edit…", self)
        self.edit_action.setToolTip("Edit the selected item (double-click a row)")
        self.delete_action = QAction("Delete", self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.setToolTip("Delete the selected item (Delete; Ctrl+Z undoes it)")
        self.send_action = QAction("Record sent to…", self)
        self.send_action.setToolTip("Log that this item went to one or several contacts")
        self.addAction(self.new_action)
        self.new_action.triggered.connect(self._on_new_action_triggered)
        self.edit_action.triggered.connect(self._on_edit_action_triggered)
        self.delete_action.triggered.connect(self._on_delete_action_triggered)
        self.send_action.triggered.connect(self._on_send_action_triggered)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText("Filter by title, kind, topic, segment…")
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("color: #52606d;")
        bar = QHBoxLayout()
        for action in (self.new_action, self.edit_action, self.delete_action, self.send_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
        bar.addSpacing(12)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.count_label)

        self.table = make_table(self)
        self.table.setModel(self.proxy)
        self.table.addAction(self.delete_action)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)

        self.empty = EmptyState("New item", self)
        self.empty.button.clicked.connect(self._on_new_action_triggered)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.placeholder = QLabel("Select an item to see who received it and when.")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #52606d;")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.placeholder)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.controller.changed.connect(self._on_controller_changed)
        self.reload()

    # Reading.

    def reload(self) -> None:
        keep = self.current_item_id()
        self.model.set_summaries(self.store.content.summaries())
        if keep is not None and self.model.row_of(keep) is not None:
            self._select(keep)
        self._update_state()

    def current_item_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        index = rows[0] if rows else self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        value = index.data(ID_ROLE)
        return value if isinstance(value, int) else None

    def open_item(self, item_id: int) -> None:
        """Select and show one content item, clearing a filter that would hide it."""
        if self.model.row_of(item_id) is None:
            self.reload()
        if self.model.row_of(item_id) is None:
            return
        if not self._proxy_index(item_id).isValid():
            self.filter_edit.clear()
        self._select(item_id)
        self.table.setFocus()

    def _proxy_index(self, item_id: int) -> QModelIndex:
        row = self.model.row_of(item_id)
        if row is None:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(row, 0))

    def _select(self, item_id: int) -> None:
        index = self._proxy_index(item_id)
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)
            self._show_detail(item_id)

    def _show_detail(self, item_id: int | None) -> None:
        if self.detail is None:
            if item_id is None:
                return
            self.detail = ContentDetail(self.store, self)
            self.splitter.replaceWidget(1, self.detail)
            self.placeholder.hide()
        self.detail.show_item(item_id)

    def _update_state(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if total == 0:
            self.empty.set_text(
                "No content yet — add the white papers, case studies and newsletters you share.",
                True,
            )
            self.stack.setCurrentWidget(self.empty)
        elif shown == 0:
            self.empty.set_text("No item matches the filter.", False)
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.table)
        noun = "item" if total == 1 else "items"
        self.count_label.setText(
            f"{display.number(total)} {noun}"
            if shown == total
            else f"{display.number(shown)} of {display.number(total)} {noun}"
        )
        selected = self.current_item_id() is not None
        for action in (self.edit_action, self.delete_action, self.send_action):
            action.setEnabled(selected)

    def _on_controller_changed(self, change: Change) -> None:
        if change.affects(CONTENT, CONTACTS):
            self.reload()
            if self.detail is not None:
                self.detail.refresh()

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        item_id = self.current_item_id()
        if item_id is not None:
            self._show_detail(item_id)
        self._update_state()

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_state()

    # Editing.

    def new_item(self) -> ContentDialog:
        """Open the form for a new item (non-blocking; the dialog is kept in `dialog`)."""
        return self._open_item_dialog(None)

    def edit_item(self, item_id: int | None = None) -> ContentDialog | None:
        item_id = item_id if item_id is not None else self.current_item_id()
        if item_id is None:
            return None
        try:
            item = self.store.content.get(item_id)
        except PlannerError as error:
            QMessageBox.warning(self, "Could not open the item", str(error))
            return None
        return self._open_item_dialog(item)

    def _open_item_dialog(self, item: ContentItem | None) -> ContentDialog:
        saved: list[ContentItem] = []

        def save(value: ContentItem) -> None:
            if item is None:
                saved.append(self.controller.add_content(value))
            else:
                saved.append(self.controller.update_content(value))

        dialog = ContentDialog(item, save, self)

        def done(result: int) -> None:
            if result and saved and saved[-1].id is not None:
                self.open_item(saved[-1].id)
            self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(done)
        self.dialog = dialog
        dialog.open()
        return dialog

    def record_sent(self, item_id: int | None = None) -> RecordSendDialog | None:
        """Ask who received the item and when; one undo step logs all the sends."""
        item_id = item_id if item_id is not None else self.current_item_id()
        if item_id is None:
            return None
        item = self.store.content.get(item_id)

        def save(contact_ids: list[int], on: date) -> None:
            self.controller.record_sends(item_id, contact_ids, on)

        dialog = RecordSendDialog(
            item, self.store.contacts.summaries(), self.controller.today(), save, self
        )

        def done(_result: int) -> None:
            self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(done)
        self.dialog = dialog
        dialog.open()
        return dialog

    def delete_item(self, item_id: int | None = None) -> None:
        item_id = item_id if item_id is not None else self.current_item_id()
        if item_id is None:
            return
        row = self._proxy_index(item_id).row()
        try:
            self.controller.delete_content(item_id)
        except PlannerError as error:
            QMessageBox.warning(self, "Could not delete the item", str(error))
            return
        if self.proxy.rowCount() and row >= 0:
            self.table.selectRow(min(row, self.proxy.rowCount() - 1))
        elif self.detail is not None:
            self.detail.show_item(None)

    def _on_new_action_triggered(self) -> None:
        self.new_item()

    def _on_edit_action_triggered(self) -> None:
        self.edit_item()

    def _on_delete_action_triggered(self) -> None:
        self.delete_item()

    def _on_send_action_triggered(self) -> None:
        self.record_sent()

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        value = index.data(ID_ROLE)
        if isinstance(value, int):
            self.edit_item(value)
