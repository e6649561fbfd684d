"""Mark done offers the follow-up from the cadence; done and follow-up undo as one step."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import Week
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from planner.domain.model import Channel, Status
from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.dialogs.outcome_dialog import OutcomeDialog
from planner.ui.widgets.week_view import WeekView


@pytest.fixture
def view(qtbot, controller: Controller, week: Week, monday_first: None) -> WeekView:
    widget = WeekView(controller)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def planned_ids(store: Store) -> set[int]:
    return {tp.id for tp in store.touchpoints.all() if tp.status is Status.PLANNED and tp.id}


def test_mark_done_plans_the_follow_up_and_one_undo_takes_both_back(
    qtbot, view: WeekView, store: Store, week: Week, on_modal
) -> None:
    before = planned_ids(store)
    view.select_touchpoint(week.call.id)
    seen: dict[str, object] = {}

    def accept_with_follow_up(dialog: QWidget) -> None:
        assert isinstance(dialog, OutcomeDialog)
        box = dialog.follow_up_box
        assert box is not None
        assert box.isChecked()
        seen["day"] = box.date_edit.date().toPython()
        qtbot.keyClicks(dialog.outcome_edit, "Wants pricing")
        dialog.accept()  # the one click: Mark done with the follow-up ticked

    on_modal(accept_with_follow_up)
    view.done_action.trigger()
    assert store.touchpoints.get(week.call.id).status is Status.DONE
    new = planned_ids(store) - before
    assert len(new) == 1
    follow = store.touchpoints.get(new.pop())
    assert follow.day == seen["day"]
    assert follow.day > view.controller.today()
    assert (follow.contact_id, follow.channel) == (week.call.contact_id, week.call.channel)
    assert view.controller.undo_stack.count() == 1

    view.controller.undo_stack.undo()  # what Ctrl+Z does
    assert store.touchpoints.get(week.call.id).status is Status.PLANNED
    assert planned_ids(store) == before
    view.controller.undo_stack.redo()
    assert len(planned_ids(store) - before) == 1


def test_skipping_the_follow_up_only_marks_done(
    qtbot, view: WeekView, store: Store, week: Week, on_modal
) -> None:
    before = planned_ids(store)
    view.select_touchpoint(week.call.id)

    def skip(dialog: QWidget) -> None:
        assert isinstance(dialog, OutcomeDialog)
        assert dialog.follow_up_box is not None
        dialog.follow_up_box.setChecked(False)
        dialog.accept()

    on_modal(skip)
    view.done_action.trigger()
    assert store.touchpoints.get(week.call.id).status is Status.DONE
    assert planned_ids(store) == before - {week.call.id}


def test_the_follow_up_date_and_channel_can_be_changed(
    qtbot, view: WeekView, store: Store, week: Week, on_modal
) -> None:
    before = planned_ids(store)
    view.select_touchpoint(week.call.id)

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, OutcomeDialog)
        box = dialog.follow_up_box
        assert box is not None
        box.date_edit.setDate(date(2027, 1, 12))
        box.channel_combo.setCurrentIndex(box.channel_combo.findData(Channel.VISIT.value))
        qtbot.keyClick(dialog.outcome_edit, Qt.Key.Key_A)
        dialog.accept()

    on_modal(change)
    view.done_action.trigger()
    follow = store.touchpoints.get((planned_ids(store) - before).pop())
    assert (follow.day, follow.channel) == (date(2027, 1, 12), Channel.VISIT)


def test_a_follow_up_that_cannot_be_planned_leaves_nothing_done(
    qtbot, view: WeekView, store: Store, week: Week, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.domain.errors import ValidationError
    from planner.ui.follow_up_flow import complete_with_follow_up, proposal_for

    controller = view.controller
    entry = store.touchpoints.entry(week.call.id)
    proposal = proposal_for(controller, entry)
    assert proposal is not None

    def refuse(_tp: object) -> None:  # a fault the test cannot cause for real
        raise ValidationError("no room")

    monkeypatch.setattr(controller, "plan_touchpoint", refuse)
    with pytest.raises(ValidationError):
        complete_with_follow_up(controller, entry, "x", proposal)
    assert store.touchpoints.get(week.call.id).status is Status.PLANNED
    assert controller.undo_stack.count() == 0
    assert not controller.undo_stack.canRedo()
