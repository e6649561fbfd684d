"""The contacts view: its model, filtering, the contact dialog and moving to another company."""

from __future__ import annotations

from datetime import date

import pytest
from plan_builders import Plan, english_numbers, plan, tree_rows
from PySide6.QtCore import QDate, Qt

from planner.domain.model import CompanyKind, ContactLevel
from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.models.contacts_model import Column, ContactsModel
from planner.ui.models.filter_proxy import FilterProxy
from planner.ui.widgets.contacts_view import ContactsView

__all__ = ["english_numbers", "plan"]  # fixtures, imported to take effect here


@pytest.fixture
def view(qtbot, controller: Controller, plan: Plan) -> ContactsView:
    widget = ContactsView(controller)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    return widget


def names(view: ContactsView) -> list[str]:
    return [view.proxy.index(r, Column.NAME).data() for r in range(view.proxy.rowCount())]


def test_contacts_model_passes_the_model_tester(qtmodeltester, store: Store, plan: Plan) -> None:
    model = ContactsModel()
    model.set_summaries(store.read.contact_summaries())
    assert model.rowCount() == 4
    qtmodeltester.check(model)
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("acme")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 3


def test_rows_show_company_level_and_last_touch(view: ContactsView) -> None:
    assert names(view) == ["Bob Builder", "Cid Coder", "Dan Driver", "Ada Lovelace"]
    row = names(view).index("Ada Lovelace")
    cells = [view.proxy.index(row, c).data() for c in Column]
    assert cells == [
        "Ada Lovelace",
        "Acme Corp",
        "CEO",
        "Executive",
        "Decision maker",
        "ada@acme.example",
        "",
        "2 Nov 2026",
    ]
    view.table.sortByColumn(Column.LEVEL, Qt.SortOrder.AscendingOrder)
    assert names(view)[:2] in (["Ada Lovelace", "Dan Driver"], ["Dan Driver", "Ada Lovelace"])


def test_text_filter(qtbot, view: ContactsView) -> None:
    qtbot.keyClicks(view.filter_edit, "globex")
    assert names(view) == ["Dan Driver"]
    view.filter_edit.clear()
    qtbot.keyClicks(view.filter_edit, "zzz")
    assert view.stack.currentWidget() is view.empty


def test_empty_plan_invites_to_add_a_contact(qtbot, controller: Controller) -> None:
    widget = ContactsView(controller)
    qtbot.addWidget(widget)
    assert widget.empty.label.text() == "No contacts yet — add one."


def test_new_contact_through_the_dialog_validates_the_email_then_undo(
    qtbot, view: ContactsView, controller: Controller, store: Store, plan: Plan
) -> None:
    dialog = view.new_contact(plan.globex.id)
    assert dialog.company_combo.currentText() == "Globex"
    qtbot.keyClicks(dialog.first_name_edit, "Eve")
    qtbot.keyClicks(dialog.last_name_edit, "Example")
    qtbot.keyClicks(dialog.title_edit, "Head of Procurement")
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData(str(ContactLevel.MANAGER)))
    qtbot.keyClicks(dialog.email_edit, "eve at globex")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "is not an e-mail address" in dialog.error_label.text()
    dialog.email_edit.clear()
    qtbot.keyClicks(dialog.email_edit, "eve@globex.example")
    qtbot.keyClicks(dialog.notes_edit, "Runs marathons")
    with qtbot.waitSignal(controller.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    eve = store.contacts.find("Eve Example")
    assert eve.company_id == plan.globex.id
    assert eve.level is ContactLevel.MANAGER
    assert eve.notes == "Runs marathons"
    assert view.current_contact_id() == eve.id
    assert view.detail is not None
    assert tree_rows(view.detail.jobs) == [
        ["Globex", "Head of Procurement", "23 Nov 2026", "Current"]
    ]
    with qtbot.waitSignal(controller.changed):
        controller.undo_stack.undo()
    assert "Eve Example" not in names(view)


def test_delete_a_contact_and_undo(
    qtbot, view: ContactsView, controller: Controller, store: Store, plan: Plan
) -> None:
    view.open_contact(plan.ada.id or 0)
    with qtbot.waitSignal(controller.changed):
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert "Ada Lovelace" not in names(view)
    with qtbot.waitSignal(controller.changed):
        controller.undo_stack.undo()
    assert "Ada Lovelace" in names(view)
    assert len(store.touchpoints.for_contact(plan.ada.id or 0)) == 1


def test_move_to_an_existing_company_keeps_the_history_and_undo_restores(
    qtbot, view: ContactsView, controller: Controller, store: Store, plan: Plan
) -> None:
    ada_id = plan.ada.id or 0
    view.open_contact(ada_id)
    view.move_action.trigger()
    dialog = view.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.company_combo, "Initech")
    assert dialog.new_hint.isHidden()
    dialog.date_edit.setDate(QDate(2026, 11, 16))
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "Chief Operating Officer")
    with qtbot.waitSignal(controller.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert store.contacts.get(ada_id).company_id == plan.initech.id
    detail = view.detail
    assert detail is not None
    assert tree_rows(detail.jobs) == [
        ["Initech", "Chief Operating Officer", "16 Nov 2026", "Current"],
        ["Acme Corp", "CEO", "1 Jan 2020", "16 Nov 2026"],
    ]
    assert [row[2] for row in tree_rows(detail.touches)] == ["Acme Corp"]  # touch history stays
    row = names(view).index("Ada Lovelace")
    assert view.proxy.index(row, Column.COMPANY).data() == "Initech"
    with qtbot.waitSignal(controller.changed):
        controller.undo_stack.undo()
    assert store.contacts.get(ada_id).company_id == plan.acme.id
    assert tree_rows(detail.jobs) == [["Acme Corp", "CEO", "1 Jan 2020", "Current"]]


def test_move_to_a_new_company_adds_it_as_a_prospect_in_one_undo_step(
    qtbot, view: ContactsView, controller: Controller, store: Store, plan: Plan
) -> None:
    bob_id = plan.bob.id or 0
    view.open_contact(bob_id)
    dialog = view.move_contact()
    assert dialog is not None
    qtbot.keyClicks(dialog.company_combo, "Hooli")
    assert dialog.new_hint.isVisible()
    assert "will be added as a prospect" in dialog.new_hint.text()
    with qtbot.waitSignal(controller.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    hooli = store.companies.find("Hooli")
    assert hooli.kind is CompanyKind.PROSPECT
    bob = store.contacts.get(bob_id)
    assert bob.company_id == hooli.id
    jobs = store.contacts.employments(bob_id)
    assert [(j.company_id, j.end) for j in jobs] == [
        (plan.acme.id, date(2026, 11, 23)),
        (hooli.id, None),
    ]
    assert controller.undo_stack.count() == 1
    with qtbot.waitSignal(controller.changed):
        controller.undo_stack.undo()
    assert store.companies.count() == 3
    assert store.contacts.get(bob_id).company_id == plan.acme.id
    with qtbot.waitSignal(controller.changed):
        controller.undo_stack.redo()
    assert store.contacts.get(bob_id).company_id == store.companies.find("Hooli").id


def test_move_needs_a_company(qtbot, view: ContactsView, plan: Plan) -> None:
    view.open_contact(plan.cid.id or 0)
    dialog = view.move_contact()
    assert dialog is not None
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "Pick the company they moved to, or type its name."
    dialog.reject()


def test_the_sql_table_passes_the_model_tester(qtmodeltester, view: ContactsView) -> None:
    assert view.model.rowCount() == 4
    qtmodeltester.check(view.model)
    view.table.sortByColumn(Column.LEVEL, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(view.proxy)
    view.proxy.set_text("acme")
    assert view.proxy.rowCount() == 3
    qtmodeltester.check(view.proxy)
