"""The accounts view: a sortable, filterable table of companies with a detail panel."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from planner.domain.errors import PlannerError
from planner.domain.model import Company, CompanyKind, CompanySummary
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.ui import display
from planner.ui.controller import COMPANIES, CONTACTS, CONTENT, TOUCHPOINTS, Controller
from planner.ui.dialogs.company_dialog import CompanyDialog
from planner.ui.dialogs.merge_dialog import MergeDialog, MergeKind
from planner.ui.engine_runner import EngineRunner
from planner.ui.i18n import label
from planner.ui.models.accounts_model import AccountsModel, Column
from planner.ui.widgets.account_detail import AccountDetail
from planner.ui.widgets.records_view import RecordsSpec
from planner.ui.widgets.sql_records import CompanyRows
from planner.ui.widgets.sql_records_view import SqlRecordsView

SPEC = RecordsSpec(
    new_text=QT_TRANSLATE_NOOP("RecordsView", "New account"),
    new_tip=QT_TRANSLATE_NOOP("RecordsView", "Add an account (Ctrl+N)"),
    edit_tip=QT_TRANSLATE_NOOP("RecordsView", "Edit the selected account (double-click a row)"),
    delete_tip=QT_TRANSLATE_NOOP(
        "RecordsView", "Delete the selected account (Delete; Ctrl+Z undoes it)"
    ),
    filter_placeholder=QT_TRANSLATE_NOOP("RecordsView", "Filter accounts by name, industry…"),
    placeholder=QT_TRANSLATE_NOOP(
        "RecordsView", "Select an account to see its contacts, contract and timeline."
    ),
    empty_text=QT_TRANSLATE_NOOP("RecordsView", "No accounts yet — add your first dream client."),
    no_match_text=QT_TRANSLATE_NOOP("RecordsView", "No account matches the filter."),
    open_failed=QT_TRANSLATE_NOOP("RecordsView", "Could not open the account"),
    delete_failed=QT_TRANSLATE_NOOP("RecordsView", "Could not delete the account"),
    widths={
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
    },
    sort_column=Column.NAME,
    reload_on=(COMPANIES, CONTACTS, TOUCHPOINTS),
    refresh_on=(COMPANIES, CONTACTS, TOUCHPOINTS, CONTENT),
    minimum_section=50,
    stretch_column=Column.NAME,
    # Shown while the table has room (all of them on a large screen), most wanted first.
    optional=(
        Column.CONTRACT_END,
        Column.CONTACTS,
        Column.REVENUE,
        Column.SHARE,
        Column.TIMEFRAME,
        Column.GROWTH,
        Column.MARGIN,
    ),
    least=220,
)


class AccountsView(SqlRecordsView[AccountsModel, AccountDetail]):
    """Lists the accounts and shows the selected one in detail; edits go through the controller."""

    TABLE = "companies"

    contact_activated = Signal(int)

    def __init__(
        self,
        controller: Controller,
        parent: QWidget | None = None,
        *,
        engine: EngineRunner | None = None,
    ) -> None:
        source = CompanyRows(controller.store.read)
        super().__init__(controller, AccountsModel(), source, SPEC, parent, engine=engine)

    def count_text(self, shown: int, total: int) -> str:
        if shown == total:
            return self.tr("%Ln account(s)", "", total)
        return self.tr("{shown} of %Ln account(s)", "", total).format(shown=display.number(shown))

    def _make_actions(self) -> list[QAction]:
        self.merge_action = QAction(self.tr("Merge into…"), self)
        self.merge_action.setToolTip(
            self.tr(
                "The selected account is a duplicate: fold it into another, keeping its history"
            )
        )
        self.merge_action.triggered.connect(self._on_merge_action_triggered)
        return [self.merge_action]

    def _make_filters(self) -> list[QWidget]:
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind in CompanyKind:
            self.kind_combo.addItem(display.kind_icon(kind), label(kind), str(kind))
        self.kind_combo.setAccessibleName(self.tr("Show accounts of kind"))
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        return [QLabel(self.tr("Kind:"), self), self.kind_combo]

    def _clear_filters(self) -> None:
        self.kind_combo.setCurrentIndex(0)
        super()._clear_filters()

    def _create_detail(self) -> AccountDetail:
        detail = AccountDetail(self.store, self)
        detail.nurture.set_engine(self.engine)
        detail.contact_activated.connect(self.contact_activated)
        return detail

    def _on_kind_combo_current_index_changed(self, _index: int) -> None:
        self.proxy.set_kind(self.kind_combo.currentData())
        self._update_state()

    # Reading.

    def current_company_id(self) -> int | None:
        return self.current_id()

    def open_company(self, company_id: int) -> None:
        """Select and show one account, clearing filters that would hide it."""
        self.open_record(company_id)

    def model_rows(self) -> list[CompanySummary]:
        return [self.model.summary(r) for r in range(self.model.rowCount())]

    # Editing.

    def new_account(self) -> CompanyDialog:
        """Open the form for a new account (non-blocking; the dialog is kept in `dialog`)."""
        kind = self.kind_combo.currentData()
        start = Company(name="", kind=CompanyKind(kind)) if kind else None
        return self._open_dialog(start, is_new=True)

    def edit_account(self, company_id: int | None = None) -> CompanyDialog | None:
        company = self._read(self.store.companies.get, company_id)
        return None if company is None else self._open_dialog(company, is_new=False)

    def _open_dialog(self, company: Company | None, is_new: bool) -> CompanyDialog:
        saved: list[Company] = []

        def save(value: Company) -> None:
            if is_new:
                saved.append(self.controller.add_company(value.replace(id=None)))
            else:
                saved.append(self.controller.update_company(value))

        try:
            industries = self.store.read.industries()
        except PlannerError:
            industries = []
        dialog = CompanyDialog(
            None if is_new and company is None else company,
            save,
            self.controller.today(),
            industries,
            self,
        )
        if is_new:
            dialog.setWindowTitle(self.tr("New account"))
        self._keep_open(dialog, saved)
        return dialog

    def delete_account(self, company_id: int | None = None) -> None:
        self.delete_record(company_id)

    def merge_account(self, company_id: int | None = None) -> MergeDialog | None:
        """Fold the selected duplicate into an account picked side by side (keeps history)."""
        return self._open_merge(MergeKind.ACCOUNT, company_id)

    def _new(self) -> None:
        self.new_account()

    def _edit(self, record_id: int | None) -> None:
        self.edit_account(record_id)

    def _delete(self, record_id: int) -> None:
        self.controller.delete_company(record_id)

    def _on_merge_action_triggered(self) -> None:
        self.merge_account()
