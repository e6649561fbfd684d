"""The planner without a mouse: arrows, Enter and Delete in the week, Tab everywhere, shortcuts."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from conftest import Week
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from planner.domain.model import Channel, TouchPoint
from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.dialogs.shortcuts_dialog import ShortcutsDialog
from planner.ui.dialogs.touchpoint_dialog import TouchpointDialog
from planner.ui.main_window import MainWindow
from planner.ui.widgets.week_columns import CardList
from planner.ui.widgets.week_view import WeekView

MON, TUE, WED = date(2026, 11, 23), date(2026, 11, 24), date(2026, 11, 25)


@pytest.fixture
def follow_up(store: Store, week: Week) -> TouchPoint:
    """A second card on Tuesday, after the 10:00 call."""
    assert week.acme.id is not None
    with store.transaction():
        return store.touchpoints.add(
            TouchPoint(week.acme.id, TUE, Channel.EMAIL, time=time(14, 0), title="Follow-up")
        )


@pytest.fixture
def window(
    qtbot, controller: Controller, week: Week, follow_up: TouchPoint, monday_first: None
) -> MainWindow:
    widget = MainWindow(controller, Path("/tmp/plan.db"))
    widget.finish_start()  # the whole window, its week read
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def cards_of(view: WeekView, day: date) -> CardList:
    column = view.column_for(day)
    assert column is not None
    return column.cards


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press on whatever has the keyboard focus, as a person would type it."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)


def test_arrows_move_the_selection_across_days_and_within_a_day(
    qtbot, window: MainWindow, week: Week, follow_up: TouchPoint
) -> None:
    view = window.week_view
    assert view.select_touchpoint(week.call.id)
    cards_of(view, TUE).setFocus()

    press(qtbot, Qt.Key.Key_Down)
    assert view.selected_touchpoint_id() == follow_up.id
    press(qtbot, Qt.Key.Key_Up)
    assert view.selected_touchpoint_id() == week.call.id
    press(qtbot, Qt.Key.Key_Left)
    assert view.selected_touchpoint_id() == week.done.id
    assert QApplication.focusWidget() is cards_of(view, MON)
    press(qtbot, Qt.Key.Key_Left)  # Monday is the first day: the selection stays
    assert view.selected_touchpoint_id() == week.done.id
    press(qtbot, Qt.Key.Key_Right)
    assert view.selected_touchpoint_id() == week.call.id
    press(qtbot, Qt.Key.Key_Down)
    assert view.selected_touchpoint_id() == follow_up.id
    # From the second card on Tuesday to Wednesday's only card.
    press(qtbot, Qt.Key.Key_Right)
    assert view.selected_touchpoint_id() == week.send.id
    assert QApplication.focusWidget() is cards_of(view, WED)
    # Nothing after Wednesday this week: Right stays put.
    press(qtbot, Qt.Key.Key_Right)
    assert view.selected_touchpoint_id() == week.send.id
    # Alt+Right is still the next week.
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.start == date(2026, 11, 30)


def test_enter_opens_the_selected_card_in_the_editor(
    qtbot, window: MainWindow, week: Week, on_modal
) -> None:
    view = window.week_view
    assert view.select_touchpoint(week.call.id)
    cards_of(view, TUE).setFocus()
    opened: list[str] = []

    def editor(dialog: QWidget) -> None:
        assert isinstance(dialog, TouchpointDialog)
        opened.append(dialog.title_edit.text())
        dialog.reject()

    on_modal(editor)
    press(qtbot, Qt.Key.Key_Return)
    assert opened == ["Quarterly check-in"]


def test_delete_deletes_the_card_and_ctrl_z_brings_it_back(
    qtbot, window: MainWindow, store: Store, week: Week
) -> None:
    view = window.week_view
    assert view.select_touchpoint(week.send.id)
    cards_of(view, WED).setFocus()
    count = store.touchpoints.count()
    with qtbot.waitSignal(window.controller.changed):
        press(qtbot, Qt.Key.Key_Delete)
    assert store.touchpoints.count() == count - 1
    with qtbot.waitSignal(window.controller.changed):
        press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.touchpoints.count() == count
    assert store.touchpoints.get(week.send.id).title == "Send the benchmark"


def test_the_shortcuts_dialog_lists_every_shortcut(qtbot, window: MainWindow) -> None:
    dialog = window.open_shortcuts()
    assert isinstance(dialog, ShortcutsDialog)
    keys = " ".join(dialog.keys_listed())
    for expected in ("Ctrl+K", "Ctrl+Z", "Ctrl+N", "Ctrl+1", "Alt+Right", "Ctrl+O", "Del"):
        assert expected in keys, expected
    # Every action with a shortcut is listed, so the list cannot go stale.
    texts = {dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())}
    assert "Quick search" in texts
    assert "Undo" in texts
    dialog.close()


@pytest.mark.parametrize("compact", [False, True])
def test_tab_reaches_every_part_of_the_week(qtbot, window: MainWindow, compact: bool) -> None:
    view = window.week_view
    view.set_compact(compact)
    window.resize(1900, 1000)  # room for the month and agenda beside the week
    qtbot.waitUntil(view.side_panel.isVisible)
    window.navigation.setFocus()
    reached: list[QWidget] = []
    for _ in range(80):
        press(qtbot, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        reached.append(focused)

    def hit(widget: QWidget) -> bool:
        return any(w is widget or widget.isAncestorOf(w) for w in reached)

    # The time grid takes the focus as one part; the compact layout has a list per day.
    week: list[QWidget] = [column.cards for column in view.columns] if compact else [view.grid]
    for part in (
        window.navigation,
        view.previous_button,
        view.next_button,
        view.plan_button,
        view.month_view,
        view.agenda_list,
        *week,
    ):
        assert hit(part), part.accessibleName() or part.objectName()


def test_the_main_widgets_have_accessible_names(window: MainWindow) -> None:
    view = window.week_view
    named = [
        window.navigation,
        view.previous_button,
        view.today_button,
        view.next_button,
        view.plan_button,
        view.overdue_list,
        view.month_view,
        view.agenda_list,
        *(column.cards for column in view.columns),
    ]
    for widget in named:
        assert widget.accessibleName(), widget.objectName()
    assert view.previous_button.accessibleName() == "Previous week"
    assert cards_of(view, TUE).accessibleName() == "Touch-points on Tuesday 24 November 2026"
    assert "Left and Right" in cards_of(view, TUE).accessibleDescription()
