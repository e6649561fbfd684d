"""The accounts view: its model, sorting and filtering, the detail panel and the account dialog."""

from __future__ import annotations

from datetime import date

import pytest
from plan_builders import Plan, english_numbers, plan
from PySide6.QtCore import Qt

from planner.domain.errors import DatabaseLockedError
from planner.domain.model import Company, CompanyKind, RelationshipHealth
from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.models.accounts_model import AccountsModel, Column
from planner.ui.models.filter_proxy import ID_ROLE, SORT_ROLE, FilterProxy
from planner.ui.widgets.accounts_view import AccountsView

__all__ = ["english_numbers", "plan"]  # fixtures, imported to take effect here


@pytest.fixture
def view(qtbot, controller: Controller, plan: Plan) -> AccountsView:
    widget = AccountsView(controller)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    return widget


def names(view: AccountsView) -> list[str]:
    proxy = view.proxy
    return [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())]


def test_accounts_model_passes_the_model_tester(qtmodeltester, store: Store, plan: Plan) -> None:
    model = AccountsModel()
    model.set_summaries(store.read.company_summaries())
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.SHARE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)


def test_cells_show_formatted_values_and_keep_raw_ones_for_sorting(
    qapp, store: Store, plan: Plan
) -> None:
    model = AccountsModel()
    model.set_summaries(store.read.company_summaries())
    row = model.row_of(plan.acme.id or 0)
    assert row is not None
    share = model.index(row, Column.SHARE)
    assert share.data() == "25 %"
    assert share.data(SORT_ROLE) == pytest.approx(0.25)
    assert model.index(row, Column.REVENUE).data() == "$100,000"
    assert model.index(row, Column.CONTRACT_END).data() == "31 Mar 2027"
    assert model.index(row, Column.CONTRACT_END).data(SORT_ROLE) == "2027-03-31"
    assert model.index(row, Column.CONTACTS).data() == "3"
    kind = model.index(row, Column.KIND)
    assert kind.data() == "Customer"
    assert not kind.data(Qt.ItemDataRole.DecorationRole).isNull()


def test_sorting_by_share_of_wallet_uses_the_raw_fraction(view: AccountsView) -> None:
    view.table.sortByColumn(Column.SHARE, Qt.SortOrder.DescendingOrder)
    # Initech 50 %, Acme 25 %, Globex unknown (no revenue) last when descending.
    assert names(view) == ["Initech", "Acme Corp", "Globex"]
    view.table.sortByColumn(Column.SHARE, Qt.SortOrder.AscendingOrder)
    assert names(view) == ["Globex", "Acme Corp", "Initech"]


def test_sorting_by_contract_end_uses_the_date_not_its_text(view: AccountsView) -> None:
    # As text "31 Dec 2026" > "31 Mar 2027"; as dates December 2026 comes first.
    view.table.sortByColumn(Column.CONTRACT_END, Qt.SortOrder.AscendingOrder)
    assert names(view) == ["Globex", "Initech", "Acme Corp"]


def test_filter_by_kind_and_text(qtbot, view: AccountsView) -> None:
    view.kind_combo.setCurrentIndex(view.kind_combo.findData(str(CompanyKind.DREAM_CLIENT)))
    assert names(view) == ["Globex"]
    view.kind_combo.setCurrentIndex(0)
    qtbot.keyClicks(view.filter_edit, "soft")
    assert names(view) == ["Initech"]
    assert view.count_label.text() == "1 of 3 accounts"
    view.filter_edit.clear()
    qtbot.keyClicks(view.filter_edit, "nothing like this")
    assert view.stack.currentWidget() is view.empty
    assert "No account matches" in view.empty.label.text()
    view.filter_edit.clear()
    assert len(names(view)) == 3


def test_empty_plan_shows_an_empty_state(qtbot, controller: Controller) -> None:
    widget = AccountsView(controller)
    qtbot.addWidget(widget)
    assert widget.stack.currentWidget() is widget.empty
    assert "No accounts yet" in widget.empty.label.text()
    assert widget.detail is None


def test_detail_panel_is_built_on_selection_and_groups_contacts_by_level(
    view: AccountsView, plan: Plan
) -> None:
    assert view.detail is None
    view.open_company(plan.acme.id or 0)
    detail = view.detail
    assert detail is not None
    assert detail.title.text() == "Acme Corp"
    groups = [detail.contacts.topLevelItem(i) for i in range(detail.contacts.topLevelItemCount())]
    assert [g.text(0) for g in groups if g] == [
        "Executive (1)",
        "Manager (1)",
        "Practitioner (1)",
    ]
    executive = groups[0]
    assert executive is not None
    assert executive.child(0).text(0) == "Ada Lovelace"
    assert executive.child(0).text(2) == "Decision maker"
    competitors = [
        [detail.competitors.topLevelItem(i).text(c) for c in range(3)]  # type: ignore[union-attr]
        for i in range(detail.competitors.topLevelItemCount())
    ]
    assert competitors == [["Rivalco", "Packaging", "30 Jun 2027"], ["Other Ltd", "Logistics", "—"]]
    assert detail.wallet.values["Share of wallet"].text() == "25 %"
    assert detail.contract.values["Give notice by"].text().startswith("31 Dec 2026")
    timeline = [
        detail.timeline.topLevelItem(i).text(0)  # type: ignore[union-attr]
        for i in range(detail.timeline.topLevelItemCount())
    ]
    assert timeline == ["1 Dec 2026", "2 Nov 2026"]  # newest first


def test_create_an_account_through_the_dialog_and_undo(
    qtbot, view: AccountsView, controller: Controller, store: Store
) -> None:
    dialog = view.new_account()
    qtbot.keyClicks(dialog.name_edit, "Umbrella")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(str(CompanyKind.DREAM_CLIENT)))
    qtbot.keyClicks(dialog.revenue_edit, "20000")
    qtbot.keyClicks(dialog.wallet_edit, "80,000")
    dialog.end_edit.check.setChecked(True)
    dialog.end_edit.edit.setDate(dialog.end_edit.edit.date().addDays(30))
    qtbot.mouseClick(dialog.add_competitor_button, Qt.MouseButton.LeftButton)
    dialog.competitors_table.item(0, 0).setText("Incumbent Inc")  # type: ignore[union-attr]
    dialog.competitors_table.item(0, 2).setText("2027-01-15")  # type: ignore[union-attr]
    with qtbot.waitSignal(controller.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    added = store.companies.find("Umbrella")
    assert added.kind is CompanyKind.DREAM_CLIENT
    assert added.share_of_wallet == pytest.approx(0.25)
    assert added.contract_end == date(2026, 12, 23)
    assert [c.name for c in added.competitors] == ["Incumbent Inc"]
    assert "Umbrella" in names(view)
    assert view.current_company_id() == added.id
    with qtbot.waitSignal(controller.changed):
        controller.undo_stack.undo()
    assert "Umbrella" not in names(view)


def test_the_dialog_refuses_bad_values_with_a_clear_message(
    qtbot, view: AccountsView, store: Store
) -> None:
    dialog = view.new_account()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "The account needs a name."
    qtbot.keyClicks(dialog.name_edit, "Bad Numbers")
    qtbot.keyClicks(dialog.margin_edit, "120")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "Margin % must be between 0 and 100."
    dialog.margin_edit.setText("20")
    qtbot.keyClicks(dialog.revenue_edit, "-5")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "Our annual revenue cannot be negative."
    dialog.revenue_edit.setText("lots")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "must be a number" in dialog.error_label.text()
    assert store.companies.count() == 3
    dialog.reject()


def test_edit_by_double_click_then_undo(
    qtbot, view: AccountsView, controller: Controller, store: Store, plan: Plan
) -> None:
    view.open_company(plan.globex.id or 0)
    index = view.table.currentIndex().siblingAtColumn(Column.NAME)
    rect = view.table.visualRect(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = view.dialog
    assert dialog is not None
    assert dialog.name_edit.text() == "Globex"
    dialog.health_reason_edit.setText("A competitor is circling")
    qtbot.keyClicks(dialog.revenue_edit, "250000")
    with qtbot.waitSignal(controller.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    edited = store.companies.get(plan.globex.id or 0)
    assert edited.our_annual_revenue == 250_000
    assert edited.health_reason == "A competitor is circling"
    assert view.detail is not None
    assert view.detail.wallet.values["Share of wallet"].text() == "25 %"
    with qtbot.waitSignal(controller.changed):
        controller.undo_stack.undo()
    assert store.companies.get(plan.globex.id or 0).our_annual_revenue is None
    assert view.detail.wallet.values["Share of wallet"].text() == "—"


def test_delete_key_deletes_the_account_and_undo_restores_it(
    qtbot, view: AccountsView, controller: Controller, store: Store, plan: Plan
) -> None:
    view.open_company(plan.acme.id or 0)
    view.table.setFocus()
    with qtbot.waitSignal(controller.changed):
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert "Acme Corp" not in names(view)
    assert store.contacts.count() == 1
    with qtbot.waitSignal(controller.changed):
        controller.undo_stack.undo()
    assert "Acme Corp" in names(view)
    assert len(store.contacts.for_company(plan.acme.id or 0)) == 3
    view.open_company(plan.acme.id or 0)
    assert view.detail is not None
    assert view.detail.timeline.topLevelItemCount() == 2


def test_ctrl_n_opens_a_new_account_form(qtbot, view: AccountsView) -> None:
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert view.dialog is not None
    assert view.dialog.windowTitle() == "New account"
    view.dialog.reject()


def test_rows_carry_their_company_id(view: AccountsView, plan: Plan) -> None:
    ids = {view.proxy.index(r, 0).data(ID_ROLE) for r in range(view.proxy.rowCount())}
    assert ids == {plan.acme.id, plan.globex.id, plan.initech.id}


def test_the_sql_table_passes_the_model_tester(qtmodeltester, view: AccountsView) -> None:
    assert view.model.rowCount() == 3
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)
    view.table.sortByColumn(Column.SHARE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(view.proxy)


def test_a_big_book_is_read_a_page_at_a_time(qtbot, controller: Controller, store: Store) -> None:
    with store.transaction():
        for n in range(2500):
            store.companies.add(Company(f"Account {n:04d}", CompanyKind.PROSPECT))
    widget = AccountsView(controller)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.model.rowCount() == 2500
    assert 1 <= widget.model.pages_held() <= 2  # the rows in view, not the book
    widget.table.scrollToBottom()
    assert widget.proxy.index(2499, Column.NAME).data() == "Account 2499"
    assert widget.model.pages_held() <= 12
    widget.open_company(store.companies.find("Account 1234").id or 0)
    assert widget.current_company_id() == store.companies.find("Account 1234").id


class _LockedFile:
    """A read side whose file another program holds (a fault a test cannot cause in time)."""

    def ids(self, query: object) -> list[int]:
        raise DatabaseLockedError("The plan file is locked by another program; try again.")

    def rows(self, ids: object) -> dict[int, object]:
        raise DatabaseLockedError("The plan file is locked by another program; try again.")


def test_a_failed_read_gives_a_plain_message_and_keeps_the_rows(qtbot, view: AccountsView) -> None:
    before = names(view)
    view.model.attach(_LockedFile())  # type: ignore[arg-type]
    with qtbot.waitSignal(view.model.failed) as blocker:
        view.reload()
    assert blocker.args == ["The plan file is locked by another program; try again."]
    assert names(view) == before


def test_the_next_account_reuses_the_fact_labels_without_the_last_ones_warning(
    view: AccountsView, store: Store, plan: Plan
) -> None:
    acme = plan.acme.replace(health=RelationshipHealth.AT_RISK, health_reason="Budget cut")
    store.companies.update(acme)
    view.open_company(plan.acme.id or 0)
    detail = view.detail
    assert detail is not None
    at_risk = detail.health.values["Health"]
    assert at_risk.text() == "⚠ At risk"
    assert "c0392b" in at_risk.styleSheet()
    share = detail.wallet.values["Share of wallet"]
    view.open_company(plan.initech.id or 0)
    assert detail.title.text() == "Initech"
    assert detail.wallet.values["Share of wallet"] is share  # the same label, new text
    assert share.text() == "50 %"
    healthy = detail.health.values["Health"]
    assert healthy.text() == "Unknown"
    assert healthy.styleSheet() == ""
    assert detail.health.values["Why"].text() == "—"
