"""The week as a time grid, driven with the mouse and keys: move, stretch, plan, undo."""

from __future__ import annotations

from datetime import date, time
from zoneinfo import ZoneInfo

import pytest
from conftest import Week
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from planner.domain import travel
from planner.domain.model import Channel, Status, TouchPoint
from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.dialogs.touchpoint_dialog import TouchpointDialog
from planner.ui.mime import encode_ids
from planner.ui.models.week_model import EntryRole
from planner.ui.widgets.time_grid import TimeGrid
from planner.ui.widgets.week_view import WeekView

MON = date(2026, 11, 23)
TUE, WED, THU = (date(2026, 11, d) for d in (24, 25, 26))


@pytest.fixture
def in_berlin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(travel, "current_zone", lambda: ZoneInfo("Europe/Berlin"))


@pytest.fixture
def view(qtbot, controller: Controller, week: Week, monday_first: None, in_berlin: None):
    widget = WeekView(controller)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    assert not widget.is_compact()  # the grid is the default
    return widget


def point_for(grid: TimeGrid, day: date, minutes: int) -> QPoint:
    """The middle of `day`'s column at `minutes` past midnight, on the canvas."""
    geo = grid.geometry_now
    n = grid.days.index(day)
    return QPoint(int(geo.day_x(n) + geo.day_width / 2), int(geo.y(minutes)) + 1)


def drag(qtbot, grid: TimeGrid, start: QPoint, end: QPoint) -> None:
    canvas = grid.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    qtbot.mouseMove(canvas, middle)
    qtbot.mouseMove(canvas, end)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)


def test_timed_touch_points_are_blocks_sized_by_length(view: WeekView, week: Week) -> None:
    grid = view.grid
    rect = grid.block_rect(week.call.id)
    geo = grid.geometry_now
    assert rect.isValid()
    assert abs(rect.top() - geo.y(10 * 60)) <= 2
    assert abs(rect.height() - geo.y(week.call.duration_minutes)) <= 3
    assert geo.day_at(rect.center().x()) == grid.days.index(TUE)
    # The all-day content send sits in the lane on top, not in the hours.
    assert not grid.block_rect(week.send.id).isValid()
    assert [e.touchpoint.id for e in grid.all_day[grid.days.index(WED)]] == [week.send.id]
    # Working hours are in view: 9:00 is at the top of the scroll area.
    top = grid.scroller.verticalScrollBar().value()
    assert abs(top - (geo.y(9 * 60) - 6)) <= 1


def test_drag_a_block_to_another_hour_and_day_then_undo(
    qtbot, view: WeekView, store: Store, week: Week
) -> None:
    grid = view.grid
    rect = grid.block_rect(week.call.id)
    grab = rect.center()
    geo = grid.geometry_now
    offset = grab.y() - int(geo.y(10 * 60))
    target = point_for(grid, THU, 14 * 60)
    drag(qtbot, grid, grab, QPoint(target.x(), target.y() - 1 + offset))
    moved = store.touchpoints.get(week.call.id)
    assert (moved.day, moved.time) == (THU, time(14, 0))
    assert moved.duration_minutes == week.call.duration_minutes
    assert view.selected_touchpoint_id() == week.call.id
    assert grid.days[geo.day_at(grid.block_rect(week.call.id).center().x())] == THU
    assert view.controller.undo_stack.count() == 1
    view.controller.undo_stack.undo()
    back = store.touchpoints.get(week.call.id)
    assert (back.day, back.time) == (TUE, time(10, 0))


def test_drag_snaps_to_quarter_hours(qtbot, view: WeekView, store: Store, week: Week) -> None:
    grid = view.grid
    grab = grid.block_rect(week.call.id).center()
    geo = grid.geometry_now
    # 47 minutes lower snaps to 10:45 on the same day (a pixel either way stays nearer 10:45
    # than the 10:52:30 between two quarters).
    drag(qtbot, grid, grab, QPoint(grab.x(), grab.y() + round(geo.y(47))))
    assert store.touchpoints.get(week.call.id).time == time(10, 45)


def test_stretch_the_lower_edge_then_undo(qtbot, view: WeekView, store: Store, week: Week) -> None:
    grid = view.grid
    rect = grid.block_rect(week.call.id)
    edge = QPoint(rect.center().x(), rect.bottom() - 1)
    drag(qtbot, grid, edge, point_for(grid, TUE, 11 * 60 + 30))
    assert store.touchpoints.get(week.call.id).duration_minutes == 90
    assert store.touchpoints.get(week.call.id).time == time(10, 0)
    view.controller.undo_stack.undo()
    assert store.touchpoints.get(week.call.id).duration_minutes == week.call.duration_minutes


def test_double_click_an_empty_hour_plans_there_then_undo(
    qtbot, view: WeekView, store: Store, week: Week, on_modal
) -> None:
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, TouchpointDialog)
        seen["day"] = dialog.date_edit.date().toPython()
        seen["time"] = dialog.time_edit.time().toPython()
        seen["all_day"] = dialog.all_day_check.isChecked()
        dialog.company_combo.setCurrentIndex(dialog.company_combo.findText("Globex"))
        dialog.title_edit.setText("Pricing call")
        dialog.accept()

    on_modal(fill)
    grid = view.grid
    qtbot.mouseDClick(
        grid.canvas, Qt.MouseButton.LeftButton, pos=point_for(grid, THU, 15 * 60 + 20)
    )
    assert seen == {"day": THU, "time": time(15, 15), "all_day": False}
    planned = [tp for tp in store.touchpoints.all() if tp.title == "Pricing call"]
    assert len(planned) == 1
    assert (planned[0].day, planned[0].time) == (THU, time(15, 15))
    assert view.selected_touchpoint_id() == planned[0].id
    assert grid.block_rect(planned[0].id).isValid()
    view.controller.undo_stack.undo()
    assert not [tp for tp in store.touchpoints.all() if tp.title == "Pricing call"]


def test_arrows_move_between_blocks_and_enter_opens(
    qtbot, view: WeekView, store: Store, week: Week, on_modal
) -> None:
    with store.transaction():
        assert week.acme.id is not None
        second = store.touchpoints.add(
            TouchPoint(week.acme.id, TUE, Channel.CALL, time=time(15, 0), tz="Europe/Berlin")
        )
    view.reload()
    grid = view.grid
    grid.canvas.setFocus()
    qtbot.keyClick(grid.canvas, Qt.Key.Key_Right)
    assert view.selected_touchpoint_id() == week.done.id  # the first of the week
    qtbot.keyClick(grid.canvas, Qt.Key.Key_Right)
    assert view.selected_touchpoint_id() == week.call.id
    qtbot.keyClick(grid.canvas, Qt.Key.Key_Down)
    assert view.selected_touchpoint_id() == second.id
    qtbot.keyClick(grid.canvas, Qt.Key.Key_Up)
    assert view.selected_touchpoint_id() == week.call.id
    qtbot.keyClick(grid.canvas, Qt.Key.Key_Right)
    assert view.selected_touchpoint_id() == week.send.id
    qtbot.keyClick(grid.canvas, Qt.Key.Key_Left)
    assert view.selected_touchpoint_id() == week.call.id
    opened: list[object] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, TouchpointDialog)
        opened.append(dialog.title_edit.text())
        dialog.reject()

    on_modal(look)
    qtbot.keyClick(grid.canvas, Qt.Key.Key_Return)
    assert opened == ["Quarterly check-in"]
    # Delete acts on the grid's selection as on a card's, and undo brings it back.
    with qtbot.waitActive(view):
        view.activateWindow()
    grid.canvas.setFocus()
    qtbot.keyClick(grid.canvas, Qt.Key.Key_Delete)
    assert week.call.id not in [tp.id for tp in store.touchpoints.all()]
    view.controller.undo_stack.undo()
    assert week.call.id in [tp.id for tp in store.touchpoints.all()]


def test_a_block_across_midnight_in_another_zone_lands_on_the_right_day(
    qtbot, view: WeekView, store: Store, week: Week
) -> None:
    with store.transaction():
        assert week.acme.id is not None
        late = store.touchpoints.add(
            TouchPoint(
                week.acme.id, TUE, Channel.CALL, time=time(20, 0), tz="America/New_York",
                title="Late call",
            )
        )  # fmt: skip
    view.reload()
    grid = view.grid
    # 20:00 in New York is 2:00 the next morning in Berlin.
    rect = grid.block_rect(late.id)
    geo = grid.geometry_now
    assert grid.days[geo.day_at(rect.center().x())] == WED
    assert abs(rect.top() - geo.y(2 * 60)) <= 2
    # The compact cards put it on Wednesday as well.
    column = view.column_for(WED)
    assert column is not None
    model = column.cards.model()
    shown = [model.index(r, 0).data(EntryRole.TOUCHPOINT_ID) for r in range(model.rowCount())]
    assert late.id in shown
    # Dragged to Wednesday 3:00 here, it stays a New York appointment (21:00 on Tuesday).
    grab = rect.center()
    offset = grab.y() - int(geo.y(2 * 60))
    target = point_for(grid, WED, 3 * 60)
    drag(qtbot, grid, grab, QPoint(target.x(), target.y() - 1 + offset))
    moved = store.touchpoints.get(late.id)
    assert (moved.day, moved.time, moved.tz) == (TUE, time(21, 0), "America/New_York")


def test_a_card_from_the_tray_dropped_on_an_hour_gets_that_time(
    qtbot, view: WeekView, store: Store, week: Week
) -> None:
    assert week.overdue.id is not None
    grid = view.grid
    pos = QPointF(point_for(grid, THU, 11 * 60))
    mime = encode_ids([week.overdue.id])
    args = (
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(pos.toPoint(), *args)
    QApplication.sendEvent(grid.canvas, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(pos.toPoint(), *args)
    QApplication.sendEvent(grid.canvas, move)
    assert move.isAccepted()
    event = QDropEvent(pos, *args)
    QApplication.sendEvent(grid.canvas, event)
    assert event.isAccepted()
    moved = store.touchpoints.get(week.overdue.id)
    assert (moved.day, moved.time) == (THU, time(11, 0))


def test_short_blocks_keep_their_time_at_a_laptops_size(
    qtbot, view: WeekView, store: Store, week: Week
) -> None:
    with store.transaction():
        assert week.acme.id is not None
        short = store.touchpoints.add(
            TouchPoint(
                week.acme.id, TUE, Channel.CALL, time=time(10, 15), tz="Europe/Berlin",
                duration_minutes=5, title="Quick one",
            )
        )  # fmt: skip
    view.reload()
    grid = view.grid
    rect = grid.block_rect(short.id)
    # Tall enough for a line of text, and beside the 10:00 call it overlaps.
    assert rect.height() >= grid.canvas.fontMetrics().height()
    call = grid.block_rect(week.call.id)
    assert not rect.intersects(call)
    grid.select(short.id)
    assert "Quick one" in grid.canvas.accessibleDescription()
    assert "10:15" in grid.canvas.accessibleDescription()


def test_the_compact_layout_is_remembered(
    qtbot, controller: Controller, week: Week, tmp_path, monday_first: None
) -> None:
    from planner.ui.window_state import restore_week_layout, save_week_layout

    settings = QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)
    first = WeekView(controller)
    qtbot.addWidget(first)
    first.compact_action.trigger()
    assert first.is_compact()
    assert first.layouts.currentWidget() is first.compact
    save_week_layout(first, settings)
    second = WeekView(controller)
    qtbot.addWidget(second)
    assert not second.is_compact()
    restore_week_layout(second, settings)
    assert second.is_compact()
    assert second.layouts.currentWidget() is second.compact
    second.compact_action.trigger()
    assert second.layouts.currentWidget() is second.grid


def test_a_block_shows_what_changed_and_looks_the_same_when_changed_back(
    view: WeekView, week: Week, store: Store
) -> None:
    grid = view.grid
    view.show_week_of(MON)
    assert week.call.id is not None

    def block_image() -> object:
        rect = grid.block_rect(week.call.id)
        assert rect.isValid()
        return grid.canvas.grab(rect).toImage()

    before = block_image()
    call = store.touchpoints.get(week.call.id)
    store.touchpoints.update(call.replace(title="Renewal talk"))
    view.reload()
    assert block_image() != before
    store.touchpoints.update(store.touchpoints.get(week.call.id).replace(title=call.title))
    view.reload()
    assert block_image() == before
    store.touchpoints.update(store.touchpoints.get(week.call.id).replace(status=Status.DONE))
    view.reload()
    assert block_image() != before  # struck out and faint
