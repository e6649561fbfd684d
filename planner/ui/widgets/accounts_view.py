"""The accounts view: a sortable, filterable table of companies with a detail panel."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
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
from planner.domain.model import Company, CompanyKind, CompanySummary
from planner.ui import display
from planner.ui.controller import COMPANIES, CONTACTS, CONTENT, TOUCHPOINTS, Change, Controller
from planner.ui.dialogs.company_dialog import CompanyDialog
from planner.ui.dialogs.merge_dialog import MergeDialog, MergeKind, open_merge
from planner.ui.models.accounts_model import AccountsModel, Column
from planner.ui.models.filter_proxy import ID_ROLE, FilterProxy
from planner.ui.nurture_state import NurtureState
from planner.ui.widgets.account_detail import AccountDetail
from planner.ui.widgets.table_parts import EmptyState, fit_columns, make_table

_WIDTHS = {
    Column.NAME: 200,
    Column.KIND: 130,
    Column.INDUSTRY: 120,
    Column.TIMEFRAME: 100,
    Column.GROWTH: 70,
    Column.MARGIN: 65,
    Column.DEAL_SIZE: 90,
    Column.REVENUE: 100,
    Column.SHARE: 105,
    Column.CONTRACT_END: 100,
    Column.LAST_TOUCH: 100,
    Column.NEXT_TOUCH: 100,
    Column.CONTACTS: 70,
}


class AccountsView(QWidget):
    """Lists the accounts and shows the selected one in detail; edits go through the controller."""

    contact_activated = Signal(int)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.store = controller.store
        self.dialog: CompanyDialog | None = None
        self._fitted = False
        self.detail: AccountDetail | None = None

        self.model = AccountsModel(self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.new_action = QAction("New account", self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.setToolTip("Add an account (Ctrl+N)")
        self.edit_action = QAction("Edit…", self)
        self.edit_action.setToolTip("Edit the selected account (double-click a row)")
        self.delete_action = QAction("Delete", self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.setToolTip("Delete the selected account (Delete; Ctrl+Z undoes it)")
        self.addAction(self.new_action)
        self.new_action.triggered.connect(self._on_new_action_triggered)
        self.edit_action.triggered.connect(self._on_edit_action_triggered)
        self.delete_action.triggered.connect(self._on_delete_action_triggered)
        self.merge_action = QAction("Merge into…", self)
        self.merge_action.setToolTip(
            "The selected account is a duplicate: fold it into another, keeping its history"
        )
        self.merge_action.triggered.connect(self._on_merge_action_triggered)

        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem("All kinds", None)
        for kind in CompanyKind:
            self.kind_combo.addItem(display.kind_icon(kind), kind.label, str(kind))
        self.kind_combo.setAccessibleName("Show accounts of kind")
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText("Filter accounts by name, industry…")
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("color: #52606d;")

        bar = QHBoxLayout()
        for action in (self.new_action, self.edit_action, self.delete_action, self.merge_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bar.addWidget(button)
        bar.addSpacing(12)
        bar.addWidget(QLabel("Kind:", self))
        bar.addWidget(self.kind_combo)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.count_label)

        self.table = make_table(self)
        self.table.setModel(self.proxy)
        self.table.addAction(self.delete_action)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        header.setMinimumSectionSize(50)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)

        self.empty = EmptyState("New account", self)
        self.empty.button.clicked.connect(self._on_new_action_triggered)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.placeholder = QLabel("Select an account to see its contacts, contract and timeline.")
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

        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.controller.changed.connect(self._on_controller_changed)
        self.reload()

    # Reading.

    def reload(self) -> None:
        """Reload the table from the store, keeping the selected account selected."""
        keep = self.current_company_id()
        self.model.set_summaries(self.store.companies.summaries())
        if not self._fitted and self.model.rowCount():
            self._fitted = True
            fit_columns(self.table)
        if keep is not None and self.model.row_of(keep) is not None:
            self._select(keep)
        self._update_state()

    def current_company_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        rows = self.table.selectionModel().selectedRows()
        if rows:
            index = rows[0]
        if not index.isValid():
            return None
        value = index.data(ID_ROLE)
        return value if isinstance(value, int) else None

    def open_company(self, company_id: int) -> None:
        """Select and show one account, clearing filters that would hide it."""
        if self.model.row_of(company_id) is None:
            self.reload()
        if self.model.row_of(company_id) is None:
            return
        if not self._proxy_index(company_id).isValid():
            self.kind_combo.setCurrentIndex(0)
            self.filter_edit.clear()
        self._select(company_id)
        self.table.setFocus()

    def _proxy_index(self, company_id: int) -> QModelIndex:
        row = self.model.row_of(company_id)
        if row is None:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(row, 0))

    def _select(self, company_id: int) -> None:
        index = self._proxy_index(company_id)
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)
            self._show_detail(company_id)

    def _show_detail(self, company_id: int | None) -> None:
        if self.detail is None:
            if company_id is None:
                return
            self.detail = AccountDetail(self.store, self)
            self.detail.nurture.set_state(NurtureState.of(self.controller))
            self.detail.contact_activated.connect(self.contact_activated)
            self.splitter.replaceWidget(1, self.detail)
            self.placeholder.hide()
        self.detail.show_company(company_id)

    def _update_state(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if total == 0:
            self.empty.set_text("No accounts yet — add your first dream client.", True)
            self.stack.setCurrentWidget(self.empty)
        elif shown == 0:
            self.empty.set_text("No account matches the filter.", False)
            self.stack.setCurrentWidget(self.empty)
        else:
            self.stack.setCurrentWidget(self.table)
        noun = "account" if total == 1 else "accounts"
        self.count_label.setText(
            f"{display.number(total)} {noun}"
            if shown == total
            else f"{display.number(shown)} of {display.number(total)} {noun}"
        )
        has_selection = self.current_company_id() is not None
        self.edit_action.setEnabled(has_selection)
        self.delete_action.setEnabled(has_selection)
        self.merge_action.setEnabled(has_selection)

    def _on_controller_changed(self, change: Change) -> None:
        if change.affects(COMPANIES, CONTACTS, TOUCHPOINTS):
            self.reload()
        if self.detail is not None and change.affects(COMPANIES, CONTACTS, TOUCHPOINTS, CONTENT):
            self.detail.refresh()

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        company_id = self.current_company_id()
        if company_id is not None:
            self._show_detail(company_id)
        self._update_state()

    def _on_kind_combo_current_index_changed(self, _index: int) -> None:
        self.proxy.set_kind(self.kind_combo.currentData())
        self._update_state()

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_state()

    # Editing.

    def new_account(self) -> CompanyDialog:
        """Open the form for a new account (non-blocking; the dialog is kept in `dialog`)."""
        kind = self.kind_combo.currentData()
        start = Company(name="", kind=CompanyKind(kind)) if kind else None
        return self._open_dialog(start, is_new=True)

    def edit_account(self, company_id: int | None = None) -> CompanyDialog | None:
        company_id = company_id if company_id is not None else self.current_company_id()
        if company_id is None:
            return None
        try:
            company = self.store.companies.get(company_id)
        except PlannerError as error:
            self._warn("Could not open the account", str(error))
            return None
        return self._open_dialog(company, is_new=False)

    def _open_dialog(self, company: Company | None, is_new: bool) -> CompanyDialog:
        saved: list[Company] = []

        def save(value: Company) -> None:
            if is_new:
                saved.append(self.controller.add_company(value.replace(id=None)))
            else:
                saved.append(self.controller.update_company(value))

        industries = sorted({s.company.industry for s in self.model_rows() if s.company.industry})
        dialog = CompanyDialog(
            None if is_new and company is None else company,
            save,
            self.controller.today(),
            industries,
            self,
        )
        if is_new:
            dialog.setWindowTitle("New account")

        def done(result: int) -> None:
            if result and saved and saved[-1].id is not None:
                self.open_company(saved[-1].id)
            self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(done)
        self.dialog = dialog
        dialog.open()
        return dialog

    def model_rows(self) -> list[CompanySummary]:
        return [self.model.summary(r) for r in range(self.model.rowCount())]

    def delete_account(self, company_id: int | None = None) -> None:
        company_id = company_id if company_id is not None else self.current_company_id()
        if company_id is None:
            return
        row = self._proxy_index(company_id).row()
        try:
            self.controller.delete_company(company_id)
        except PlannerError as error:
            self._warn("Could not delete the account", str(error))
            return
        if self.proxy.rowCount() and row >= 0:
            self.table.selectRow(min(row, self.proxy.rowCount() - 1))
        elif self.detail is not None:
            self.detail.show_company(None)

    def _warn(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def _on_new_action_triggered(self) -> None:
        self.new_account()

    def _on_edit_action_triggered(self) -> None:
        self.edit_account()

    def _on_delete_action_triggered(self) -> None:
        self.delete_account()

    def merge_account(self, company_id: int | None = None) -> MergeDialog | None:
        """Fold the selected duplicate into an account picked side by side (keeps history)."""
        company_id = company_id if company_id is not None else self.current_company_id()
        if company_id is None:
            return None
        return open_merge(self, self.controller, MergeKind.ACCOUNT, company_id, self.open_company)

    def _on_merge_action_triggered(self) -> None:
        self.merge_account()

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        value = index.data(ID_ROLE)
        if isinstance(value, int):
            self.edit_account(value)
