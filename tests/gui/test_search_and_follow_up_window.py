"""In the window: Ctrl+K finds a touch-point and opens its week; one Ctrl+Z undoes done and
follow-up."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Week
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from planner.domain.model import Status
from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.dialogs.outcome_dialog import OutcomeDialog
from planner.ui.dialogs.search_dialog import QuickSearchDialog
from planner.ui.main_window import MainWindow, Page


@pytest.fixture
def window(qtbot, controller: Controller, week: Week, monday_first: None) -> MainWindow:
    widget = MainWindow(controller, Path("/tmp/plan.db"))
    widget.finish_start()  # the whole window, its week read
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def test_ctrl_k_finds_a_touchpoint_by_its_notes_and_enter_selects_it_in_its_week(
    qtbot, window: MainWindow, store: Store, week: Week
) -> None:
    later = store.touchpoints.get(week.later.id)
    with store.transaction():
        store.touchpoints.update(later.replace(notes="bring the conveyor samples"))
    window.show_page(Page.ACCOUNTS)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(QuickSearchDialog)
    assert isinstance(dialog, QuickSearchDialog)
    qtbot.keyClicks(dialog.query, "conveyor")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert window.current_page() is Page.WEEK
    assert window.week_view.selected_touchpoint_id() == week.later.id


def test_mark_done_with_follow_up_then_one_ctrl_z_undoes_both(
    qtbot, window: MainWindow, store: Store, week: Week, on_modal
) -> None:
    planned_before = {tp.id for tp in store.touchpoints.all() if tp.status is Status.PLANNED}
    window.week_view.select_touchpoint(week.call.id)

    def accept(dialog: QWidget) -> None:
        assert isinstance(dialog, OutcomeDialog)
        assert dialog.follow_up_box is not None
        dialog.accept()

    on_modal(accept)
    window.week_view.done_action.trigger()
    planned = {tp.id for tp in store.touchpoints.all() if tp.status is Status.PLANNED}
    assert len(planned - planned_before) == 1
    assert window.controller.undo_stack.undoText() == "Mark done"
    window.activateWindow()  # the dialog had the focus; shortcuts go to the window again
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.controller.changed):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.touchpoints.get(week.call.id).status is Status.PLANNED
    assert {tp.id for tp in store.touchpoints.all() if tp.status is Status.PLANNED} == (
        planned_before
    )
