"""A job change settles the mover's plan: each planned touch-point moves along, is cancelled or
stays, in one undo step; the planner then never adds a second personal touch that week."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from plan_builders import Plan, english_numbers, plan
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from planner.domain.job_move import PlannedTouchFate
from planner.domain.model import Channel, Purpose, Status, TouchPoint
from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.dialogs.move_contact_dialog import MoveContactDialog
from planner.ui.main_window import MainWindow
from planner.ui.widgets.contacts_view import ContactsView

__all__ = ["english_numbers", "plan"]  # fixtures, imported to take effect here

OVERDUE = date(2026, 11, 16)  # today is Mon 23 Nov 2026
THIS_WEEK = date(2026, 11, 26)
NEXT_MONTH = date(2026, 12, 14)


@pytest.fixture
def view(qtbot, controller: Controller, plan: Plan) -> ContactsView:
    widget = ContactsView(controller)
    qtbot.addWidget(widget)
    widget.resize(1366, 740)
    widget.show()
    return widget


@pytest.fixture
def bobs(store: Store, plan: Plan) -> dict[str, TouchPoint]:
    """Bob's touch-points at Acme: the plan's call on 1 Dec, and more planned, done and past."""
    acme, bob = plan.acme.id or 0, plan.bob.id or 0
    existing = next(tp for tp in store.touchpoints.all() if tp.contact_id == bob)
    with store.transaction():
        add = store.touchpoints.add
        return {
            "call": existing,
            "overdue": add(TouchPoint(acme, OVERDUE, Channel.VISIT, contact_id=bob, title="Visit")),
            "lunch": add(
                TouchPoint(
                    acme,
                    NEXT_MONTH,
                    Channel.PERSONAL,
                    contact_id=bob,
                    purpose=Purpose.PERSONAL,
                    title="Lunch",
                )
            ),
            "renewal": add(
                TouchPoint(
                    acme,
                    NEXT_MONTH,
                    Channel.MEETING,
                    contact_id=bob,
                    purpose=Purpose.RENEWAL,
                    title="Renewal walkthrough",
                )
            ),
            "done": add(
                TouchPoint(
                    acme, date(2026, 11, 9), Channel.EMAIL, contact_id=bob, status=Status.DONE
                )
            ),
        }


def open_move(view: ContactsView, plan: Plan) -> MoveContactDialog:
    view.open_contact(plan.bob.id or 0)
    dialog = view.move_contact()
    assert isinstance(dialog, MoveContactDialog)
    return dialog


def settle(qtbot) -> None:
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def test_the_dialog_offers_each_planned_touch_point_with_a_sensible_default(
    qtbot, view: ContactsView, plan: Plan, bobs: dict[str, TouchPoint]
) -> None:
    dialog = open_move(view, plan)
    assert dialog.planned is not None
    assert dialog.planned.isVisible()
    # Planned ones only, oldest first; future ones go along, an overdue one is cancelled,
    # and the old account's renewal stays there.
    assert set(dialog.planned.combos) == {
        bobs[name].id for name in ("overdue", "call", "lunch", "renewal")
    }
    assert list(dialog.planned.combos)[:2] == [bobs["overdue"].id, bobs["call"].id]
    assert dialog.planned.fates() == {
        bobs["overdue"].id: PlannedTouchFate.CANCEL,
        bobs["call"].id: PlannedTouchFate.MOVE,
        bobs["lunch"].id: PlannedTouchFate.MOVE,
        bobs["renewal"].id: PlannedTouchFate.KEEP,
    }
    combo = dialog.planned.combos[bobs["call"].id]
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Move to the new company",
        "Cancel it",
        "Keep at Acme Corp",
    ]
    # A move still to come keeps what is before it where they work until then.
    dialog.date_edit.setDate(QDate(2026, 12, 7))
    assert dialog.planned.fates()[bobs["call"].id] is PlannedTouchFate.KEEP
    assert dialog.planned.fates()[bobs["lunch"].id] is PlannedTouchFate.MOVE
    dialog.reject()


def test_the_choices_are_carried_out_in_one_undo_step(
    qtbot,
    view: ContactsView,
    controller: Controller,
    store: Store,
    plan: Plan,
    bobs: dict[str, TouchPoint],
) -> None:
    dialog = open_move(view, plan)
    qtbot.keyClicks(dialog.company_combo, "Initech")
    assert dialog.planned is not None
    lunch = dialog.planned.combos[bobs["lunch"].id]
    lunch.setFocus()
    qtbot.keyClick(lunch, Qt.Key.Key_End)  # the rep keeps the lunch at Acme
    assert lunch.currentData() == PlannedTouchFate.KEEP
    steps = controller.undo_stack.count()
    with qtbot.waitSignal(controller.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    get = store.touchpoints.get
    initech, acme = plan.initech.id, plan.acme.id
    assert store.contacts.get(plan.bob.id or 0).company_id == initech
    assert (get(bobs["call"].id or 0).company_id, get(bobs["call"].id or 0).status) == (
        initech,
        Status.PLANNED,
    )
    assert get(bobs["overdue"].id or 0).status is Status.CANCELLED
    assert get(bobs["overdue"].id or 0).company_id == acme
    assert get(bobs["lunch"].id or 0).company_id == acme
    assert get(bobs["done"].id or 0).company_id == acme  # history stays where it happened
    assert controller.undo_stack.count() == steps + 1

    with qtbot.waitSignal(controller.changed):
        controller.undo_stack.undo()
    assert store.contacts.get(plan.bob.id or 0).company_id == acme
    assert get(bobs["renewal"].id or 0).company_id == acme
    for name in ("call", "overdue", "lunch", "renewal", "done"):
        tp = get(bobs[name].id or 0)
        assert (tp.company_id, tp.status) == (acme, bobs[name].status), name
    with qtbot.waitSignal(controller.changed):
        controller.undo_stack.redo()
    assert get(bobs["call"].id or 0).company_id == initech
    assert get(bobs["overdue"].id or 0).status is Status.CANCELLED


def test_a_move_to_a_new_company_takes_the_plans_along_and_undoes_as_one(
    qtbot,
    view: ContactsView,
    controller: Controller,
    store: Store,
    plan: Plan,
    bobs: dict[str, TouchPoint],
) -> None:
    dialog = open_move(view, plan)
    qtbot.keyClicks(dialog.company_combo, "Hooli")
    with qtbot.waitSignal(controller.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    hooli = store.companies.find("Hooli")
    assert store.touchpoints.get(bobs["call"].id or 0).company_id == hooli.id
    with qtbot.waitSignal(controller.changed):
        controller.undo_stack.undo()
    assert store.touchpoints.get(bobs["call"].id or 0).company_id == plan.acme.id
    assert store.companies.count() == 3


def test_the_new_company_hint_is_shown_whole(qtbot, view: ContactsView, plan: Plan) -> None:
    dialog = open_move(view, plan)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.company_combo, "Hooli Packaging and Logistics International")
    settle(qtbot)
    hint = dialog.new_hint
    assert hint.isVisible()
    assert hint.height() >= hint.heightForWidth(hint.width())
    assert hint.heightForWidth(hint.width()) > hint.fontMetrics().height()  # two lines
    assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())
    dialog.reject()


def test_the_dialog_without_planned_touch_points_has_no_such_part(
    qtbot, view: ContactsView, plan: Plan
) -> None:
    view.open_contact(plan.cid.id or 0)
    dialog = view.move_contact()
    assert isinstance(dialog, MoveContactDialog)
    assert dialog.planned is None
    dialog.reject()


def test_after_a_move_the_week_plan_adds_no_second_personal_touch(
    qtbot, controller: Controller, store: Store, plan: Plan, monday_first: None
) -> None:
    acme, bob = plan.acme.id or 0, plan.bob.id or 0
    lunch = store.touchpoints.add(
        TouchPoint(
            acme,
            THIS_WEEK,
            Channel.PERSONAL,
            contact_id=bob,
            purpose=Purpose.PERSONAL,
            title="Lunch",
        )
    )
    window = MainWindow(controller, Path("/tmp/plan.db"))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.plan_panel.refreshed, timeout=5000):
        window.show()
    panel = window.plan_panel
    for fate in (PlannedTouchFate.KEEP, PlannedTouchFate.MOVE):
        with qtbot.waitSignal(panel.refreshed, timeout=5000):
            controller.move_contact(
                bob, plan.initech.id or 0, date(2026, 11, 20), None, {lunch.id or 0: fate}
            )
        assert [s for s in panel.suggestions() if s.contact_id == bob] == [], fate
        with qtbot.waitSignal(panel.refreshed, timeout=5000):
            controller.undo_stack.undo()
