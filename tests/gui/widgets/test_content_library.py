"""The content library: its model, the item dialog, recording sends and where they show."""

from __future__ import annotations

from datetime import date

import pytest
from plan_builders import Plan, english_numbers, plan, tree_rows
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QStyle

from planner.domain.model import CompanyKind, ContactLevel, ContentKind, ContentSend
from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.models.content_model import Column, ContentModel
from planner.ui.models.filter_proxy import SORT_ROLE, FilterProxy
from planner.ui.widgets.contacts_view import ContactsView
from planner.ui.widgets.content_library import ContentLibraryView

__all__ = ["english_numbers", "plan"]  # fixtures, imported to take effect here


@pytest.fixture
def view(qtbot, controller: Controller, plan: Plan) -> ContentLibraryView:
    widget = ContentLibraryView(controller)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    return widget


def titles(view: ContentLibraryView) -> list[str]:
    return [view.proxy.index(r, Column.TITLE).data() for r in range(view.proxy.rowCount())]


def test_content_model_passes_the_model_tester(qtmodeltester, store: Store, plan: Plan) -> None:
    with store.transaction():
        store.content.record_send(_send(plan, plan.ada.id))
    model = ContentModel()
    model.set_summaries(store.content.summaries())
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    row = model.row_of(plan.paper.id or 0)
    assert row is not None
    assert model.index(row, Column.SENDS).data() == "1"
    assert model.index(row, Column.SENDS).data(SORT_ROLE) == 1
    assert model.index(row, Column.TOPICS).data() == "packaging, waste"
    assert model.index(row, Column.SEGMENTS).data() == "Customer, Manager"
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("waste")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1


def _send(plan: Plan, contact_id: int | None) -> ContentSend:
    assert plan.paper.id
    assert contact_id
    return ContentSend(plan.paper.id, contact_id, date(2026, 11, 10))


def test_new_item_through_the_dialog_and_undo(
    qtbot, view: ContentLibraryView, controller: Controller, store: Store
) -> None:
    dialog = view.new_item()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "The content item needs a title."
    qtbot.keyClicks(dialog.title_edit, "Energy case study")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(str(ContentKind.CASE_STUDY)))
    qtbot.keyClicks(dialog.link_edit, "/home/rep/case.pdf")
    qtbot.keyClicks(dialog.topics_edit, "energy,  savings, Energy")
    dialog.kind_checks[CompanyKind.DREAM_CLIENT].setChecked(True)
    dialog.level_checks[ContactLevel.EXECUTIVE].setChecked(True)
    qtbot.keyClicks(dialog.industries_edit, "Energy, Utilities")
    with qtbot.waitSignal(controller.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    item = next(i for i in store.content.all() if i.title == "Energy case study")
    assert item.kind is ContentKind.CASE_STUDY
    assert item.link == "/home/rep/case.pdf"
    assert item.topics == ("energy", "savings")
    assert item.segment_kinds == (CompanyKind.DREAM_CLIENT,)
    assert item.segment_levels == (ContactLevel.EXECUTIVE,)
    assert item.segment_industries == ("Energy", "Utilities")
    assert view.current_item_id() == item.id
    assert view.detail is not None
    assert view.detail.segments.values["Industries"].text() == "Energy, Utilities"
    assert view.detail.facts.values["Link or file"].text() == "/home/rep/case.pdf"
    with qtbot.waitSignal(controller.changed):
        controller.undo_stack.undo()
    assert "Energy case study" not in titles(view)


def test_record_a_send_for_two_contacts_shows_in_recipients_and_contacts(
    qtbot, view: ContentLibraryView, controller: Controller, store: Store, plan: Plan
) -> None:
    view.open_item(plan.paper.id or 0)
    view.send_action.trigger()
    dialog = view.dialog
    assert dialog is not None
    assert dialog.people.rowCount() == 4
    qtbot.keyClicks(dialog.filter_edit, "acme")
    assert dialog.filtered.rowCount() == 3
    indicator = dialog.list.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    for row in range(dialog.filtered.rowCount()):
        index = dialog.filtered.index(row, 0)
        if index.data().startswith(("Ada", "Bob")):
            rect = dialog.list.visualRect(index)
            box = QPoint(rect.left() + indicator // 2 + 3, rect.center().y())
            qtbot.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert sorted(dialog.chosen_ids()) == sorted([plan.ada.id, plan.bob.id])
    assert dialog.chosen_label.text() == "2 recipients"
    dialog.date_edit.setDate(QDate(2026, 11, 20))
    with qtbot.waitSignal(controller.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert view.detail is not None
    assert sorted(tree_rows(view.detail.recipients)) == [
        ["Ada Lovelace", "Acme Corp", "20 Nov 2026"],
        ["Bob Builder", "Acme Corp", "20 Nov 2026"],
    ]
    row = titles(view).index("Cutting packaging waste")
    assert view.proxy.index(row, Column.SENDS).data() == "2"

    contacts = ContactsView(controller)
    qtbot.addWidget(contacts)
    contacts.open_contact(plan.bob.id or 0)
    assert contacts.detail is not None
    assert tree_rows(contacts.detail.received) == [
        ["20 Nov 2026", "Cutting packaging waste", "White paper"]
    ]
    with qtbot.waitSignal(controller.changed):
        controller.undo_stack.undo()
    assert tree_rows(contacts.detail.received) == []
    assert view.detail.recipients.topLevelItemCount() == 0


def test_record_needs_someone_ticked(qtbot, view: ContentLibraryView, plan: Plan) -> None:
    view.open_item(plan.letter.id or 0)
    dialog = view.record_sent()
    assert dialog is not None
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "Tick at least one contact who received it."
    dialog.reject()


def test_delete_an_item_with_its_sends_and_undo(
    qtbot, view: ContentLibraryView, controller: Controller, store: Store, plan: Plan
) -> None:
    controller.record_sends(plan.paper.id or 0, [plan.cid.id or 0], date(2026, 11, 1))
    view.open_item(plan.paper.id or 0)
    with qtbot.waitSignal(controller.changed):
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert titles(view) == ["November newsletter"]
    with qtbot.waitSignal(controller.changed):
        controller.undo_stack.undo()
    assert len(titles(view)) == 2
    assert len(store.content.sends_for_item(plan.paper.id or 0)) == 1


def test_empty_library_invites_to_add_content(qtbot, controller: Controller) -> None:
    widget = ContentLibraryView(controller)
    qtbot.addWidget(widget)
    assert widget.stack.currentWidget() is widget.empty
    assert widget.empty.label.text().startswith("No content yet")
