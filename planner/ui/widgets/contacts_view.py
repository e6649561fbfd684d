"""The contacts view: a filterable table of people with their job history and touches."""

from __future__ import annotations

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
from planner.domain.model import Company, CompanyKind, Contact
from planner.ui import display
from planner.ui.controller import COMPANIES, CONTACTS, CONTENT, TOUCHPOINTS, Change, Controller
from planner.ui.dialogs.contact_dialog import ContactDialog
from planner.ui.dialogs.merge_dialog import MergeDialog, MergeKind, open_merge
from planner.ui.dialogs.move_contact_dialog import Move, MoveContactDialog
from planner.ui.models.contacts_model import Column, ContactsModel
from planner.ui.models.filter_proxy import ID_ROLE, FilterProxy
from planner.ui.nurture_state import NurtureState
from planner.ui.widgets.contact_detail import ContactDetail
from planner.ui.widgets.table_parts import EmptyState, fit_columns, make_table

_WIDTHS = {
    Column.NAME: 160,
    Column.COMPANY: 160,
    Column.TITLE: 170,
    Column.LEVEL: 95,
    Column.ROLE: 110,
    Column.EMAIL: 200,
    Column.PHONE: 120,
    Column.LAST_TOUCH: 100,
}


class ContactsView(QWidget):
    """Lists the contacts and shows the selected one in detail; edits go through the controller."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.store = controller.store
        self.dialog: ContactDialog | MoveContactDialog | None = None
        self._fitted = False
        self.detail: ContactDetail | None = None

        self.model = ContactsModel(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.new_action = QAction("New contact", self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.setToolTip("Add a contact (Ctrl+N)")
        self.edit_action = QAction("Edit…", self)
        self.edit_action.setToolTip("Edit the selected contact (double-click a row)")
        self.delete_action = QAction("Delete", self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.setToolTip("Delete the selected contact (Delete; Ctrl+Z undoes it)")
        self.move_action = QAction("Moved to another company…", self)
        self.move_action.setToolTip("They changed jobs: keep the old job and their touch history")
        self.addAction(self.new_action)
        self.new_action.triggered.connect(self._on_new_action_triggered)
        self.edit_action.triggered.connect(self._on_edit_action_triggered)
        self.delete_action.triggered.connect(self._on_delete_action_triggered)
        self.move_action.triggered.connect(self._on_move_action_triggered)
        self.merge_action = QAction("Merge into…", self)
        self.merge_action.setToolTip(
            "The selected contact is a duplicate: fold it into another, keeping its history"
        )
        self.merge_action.triggered.connect(self._on_merge_action_triggered)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText("Filter contacts by name, company, title, e-mail…")
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("color: #52606d;")
        bar = QHBoxLayout()
        for action in (
            self.new_action,
            self.edit_action,
            self.delete_action,
            self.move_action,
            self.merge_action,
        ):
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
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)

        self.empty = EmptyState("New contact", self)
        self.empty.button.clicked.connect(self._on_new_action_triggered)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.placeholder = QLabel("Select a contact to see their jobs, touches and content.")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #52606d;")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.placeholder)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([1000, 420])
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
        keep = self.current_contact_id()
        self.model.set_summaries(self.store.contacts.summaries())
        if not self._fitted and self.model.rowCount():
            self._fitted = True
            fit_columns(self.table)
        if keep is not None and self.model.row_of(keep) is not None:
            self._select(keep)
        self._update_state()

    def current_contact_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        index = rows[0] if rows else self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        value = index.data(ID_ROLE)
        return value if isinstance(value, int) else None

    def open_contact(self, contact_id: int) -> None:
        """Select and show one contact, clearing a filter that would hide them."""
        if self.model.row_of(contact_id) is None:
            self.reload()
        if self.model.row_of(contact_id) is None:
            return
        if not self._proxy_index(contact_id).isValid():
            self.filter_edit.clear()
        self._select(contact_id)
        self.table.setFocus()

    def _proxy_index(self, contact_id: int) -> QModelIndex:
        row = self.model.row_of(contact_id)
        if row is None:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(row, 0))

    def _select(self, contact_id: int) -> None:
        index = self._proxy_index(contact_id)
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)
            self._show_detail(contact_id)

    def _show_detail(self, contact_id: int | None) -> None:
        if self.detail is None:
            if contact_id is None:
                return
            self.detail = ContactDetail(self.store, self)
            self.detail.nurture.set_state(NurtureState.of(self.controller))
            self.splitter.replaceWidget(1, self.detail)
            self.placeholder.hide()
        self.detail.show_contact(contact_id)

    def _update_state(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if total == 0:
            self.empty.set_text("No contacts yet — add one.", True)
            self.stack.setCurrentWidget(self.empty)
        elif shown == 0:
            self.empty.set_text("No contact matches the filter.", False)
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.table)
        noun = "contact" if total == 1 else "contacts"
        self.count_label.setText(
            f"{display.number(total)} {noun}"
            if shown == total
            else f"{display.number(shown)} of {display.number(total)} {noun}"
        )
        selected = self.current_contact_id() is not None
        for action in (self.edit_action, self.delete_action, self.move_action, self.merge_action):
            action.setEnabled(selected)

    def _on_controller_changed(self, change: Change) -> None:
        if change.affects(CONTACTS, COMPANIES, TOUCHPOINTS):
            self.reload()
        if self.detail is not None and change.affects(COMPANIES, CONTACTS, TOUCHPOINTS, CONTENT):
            self.detail.refresh()

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        contact_id = self.current_contact_id()
        if contact_id is not None:
            self._show_detail(contact_id)
        self._update_state()

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_state()

    # Editing.

    def _companies(self) -> list[Company]:
        return self.store.companies.all()

    def new_contact(self, company_id: int | None = None) -> ContactDialog:
        """Open the form for a new contact (non-blocking; the dialog is kept in `dialog`)."""
        return self._open_contact_dialog(None, company_id)

    def edit_contact(self, contact_id: int | None = None) -> ContactDialog | None:
        contact_id = contact_id if contact_id is not None else self.current_contact_id()
        if contact_id is None:
            return None
        try:
            contact = self.store.contacts.get(contact_id)
        except PlannerError as error:
            QMessageBox.warning(self, "Could not open the contact", str(error))
            return None
        return self._open_contact_dialog(contact, None)

    def _open_contact_dialog(
        self, contact: Contact | None, company_id: int | None
    ) -> ContactDialog:
        saved: list[Contact] = []

        def save(value: Contact) -> None:
            if contact is None:
                saved.append(self.controller.add_contact(value, self.controller.today()))
            else:
                saved.append(self.controller.update_contact(value))

        dialog = ContactDialog(contact, self._companies(), save, self, company_id)
        self._keep_open(dialog, saved)
        return dialog

    def move_contact(self, contact_id: int | None = None) -> MoveContactDialog | None:
        """Ask where the contact went; a typed new name adds the company as a prospect."""
        contact_id = contact_id if contact_id is not None else self.current_contact_id()
        if contact_id is None:
            return None
        contact = self.store.contacts.get(contact_id)
        companies = self._companies()
        current = next((c.name for c in companies if c.id == contact.company_id), "")
        saved: list[Contact] = []

        def save(move: Move) -> None:
            title = move.title or None
            if move.company_id is not None:
                saved.append(
                    self.controller.move_contact(contact_id, move.company_id, move.on, title)
                )
            else:
                prospect = Company(name=move.new_company_name, kind=CompanyKind.PROSPECT)
                saved.append(
                    self.controller.move_contact_to_new_company(
                        contact_id, prospect, move.on, title
                    )[0]
                )

        dialog = MoveContactDialog(contact, current, companies, self.controller.today(), save, self)
        self._keep_open(dialog, saved)
        return dialog

    def _keep_open(self, dialog: ContactDialog | MoveContactDialog, saved: list[Contact]) -> None:
        def done(result: int) -> None:
            if result and saved and saved[-1].id is not None:
                self.open_contact(saved[-1].id)
            self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(done)
        self.dialog = dialog
        dialog.open()

    def delete_contact(self, contact_id: int | None = None) -> None:
        contact_id = contact_id if contact_id is not None else self.current_contact_id()
        if contact_id is None:
            return
        row = self._proxy_index(contact_id).row()
        try:
            self.controller.delete_contact(contact_id)
        except PlannerError as error:
            QMessageBox.warning(self, "Could not delete the contact", str(error))
            return
        if self.proxy.rowCount() and row >= 0:
            self.table.selectRow(min(row, self.proxy.rowCount() - 1))
        elif self.detail is not None:
            self.detail.show_contact(None)

    def _on_new_action_triggered(self) -> None:
        self.new_contact()

    def _on_edit_action_triggered(self) -> None:
        self.edit_contact()

    def _on_delete_action_triggered(self) -> None:
        self.delete_contact()

    def _on_move_action_triggered(self) -> None:
        self.move_contact()

    def merge_contact(self, contact_id: int | None = None) -> MergeDialog | None:
        """Fold the selected duplicate into a contact picked side by side (keeps all history)."""
        contact_id = contact_id if contact_id is not None else self.current_contact_id()
        if contact_id is None:
            return None
        return open_merge(self, self.controller, MergeKind.CONTACT, contact_id, self.open_contact)

    def _on_merge_action_triggered(self) -> None:
        self.merge_contact()

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        value = index.data(ID_ROLE)
        if isinstance(value, int):
            self.edit_contact(value)
