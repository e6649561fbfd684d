"""A busy afternoon in the time grid: the blocks that fit, a "+N" for the rest, and its list."""

from __future__ import annotations

from datetime import date, time
from zoneinfo import ZoneInfo

import pytest
from conftest import Week
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from planner.domain import travel
from planner.domain.model import Channel, TouchPoint
from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.dialogs.touchpoint_dialog import TouchpointDialog
from planner.ui.widgets.time_grid import TimeGrid
from planner.ui.widgets.time_grid_input import GridInput
from planner.ui.widgets.time_grid_layout import columns_that_fit
from planner.ui.widgets.week_view import WeekView

THU = date(2026, 11, 26)
BUSY = 9  # calls at 14:00 on Thursday, more than a day column has room for side by side


@pytest.fixture
def in_berlin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(travel, "current_zone", lambda: ZoneInfo("Europe/Berlin"))


@pytest.fixture
def busy(store: Store, week: Week) -> list[int]:
    """Nine calls at the same hour on Thursday, and eight all-day sends on Wednesday."""
    assert week.acme.id is not None
    with store.transaction():
        calls = [
            store.touchpoints.add(
                TouchPoint(
                    week.acme.id,
                    THU,
                    Channel.CALL,
                    time=time(14, 0),
                    duration_minutes=30 + n,
                    tz="Europe/Berlin",
                    title=f"Call {n}",
                )
            )
            for n in range(BUSY)
        ]
        for n in range(8):
            store.touchpoints.add(
                TouchPoint(week.acme.id, week.send.day, Channel.EMAIL, title=f"Mail {n}")
            )
    return [tp.id for tp in calls if tp.id is not None]


@pytest.fixture
def view(
    qtbot, controller: Controller, week: Week, busy: list[int], monday_first: None, in_berlin: None
):
    widget = WeekView(controller)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def grid_input(grid: TimeGrid) -> GridInput:
    found = grid.findChild(GridInput)
    assert isinstance(found, GridInput)
    return found


def test_a_busy_hour_shows_what_fits_and_counts_the_rest(view: WeekView, busy: list[int]) -> None:
    grid = view.grid
    fit = columns_that_fit(grid.geometry_now.day_width)
    assert 1 < fit < BUSY
    day = grid.days.index(THU)
    layout = grid.day_layouts()[day]
    shown = [p.key for p in layout.blocks if p.key in busy]
    (more,) = layout.overflows
    assert len(shown) == fit - 1
    assert len(more.hidden) == BUSY - (fit - 1)
    assert sorted(shown + list(more.hidden)) == sorted(busy)
    # Every block shown is at least the readable width; the "+N" stands beside them.
    for key in shown:
        assert grid.block_rect(key).width() >= 36
    marker = grid.overflow_rect(day, more).toRect()
    assert all(not grid.block_rect(key).intersects(marker) for key in shown)
    # A hidden touch-point is found at its "+N" (selecting it scrolls there).
    assert grid.block_rect(more.hidden[0]) == marker


def test_clicking_the_count_lists_the_group_and_opens_one(
    qtbot, qtmodeltester, view: WeekView, store: Store, busy: list[int], on_modal
) -> None:
    grid = view.grid
    day = grid.days.index(THU)
    (more,) = grid.day_layouts()[day].overflows
    marker = grid.overflow_rect(day, more).toRect()
    qtbot.mouseClick(grid.canvas, Qt.MouseButton.LeftButton, pos=marker.center())
    popup = grid_input(grid).popup
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    qtmodeltester.check(popup.model)
    # The whole group is listed, the hidden ones with the ones shown.
    assert sorted(popup.touchpoint_ids()) == sorted(busy)
    assert str(BUSY) in popup.title.text()
    # A click selects the touch-point in the week; a double-click opens it.
    hidden = more.hidden[-1]
    card = popup.card_rect(hidden)
    assert card.isValid()
    qtbot.mouseClick(popup.cards.viewport(), Qt.MouseButton.LeftButton, pos=card.center())
    assert view.selected_touchpoint_id() == hidden
    opened: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, TouchpointDialog)
        opened.append(dialog.title_edit.text())
        dialog.reject()

    on_modal(look)
    qtbot.mouseDClick(popup.cards.viewport(), Qt.MouseButton.LeftButton, pos=card.center())
    qtbot.waitUntil(lambda: bool(opened))
    assert opened == [store.touchpoints.get(hidden).title]
    assert not popup.isVisible()


def test_the_keys_reach_a_hidden_touch_point_and_enter_lists_its_group(
    qtbot, view: WeekView, busy: list[int], on_modal
) -> None:
    grid = view.grid
    day = grid.days.index(THU)
    (more,) = grid.day_layouts()[day].overflows
    view.select_touchpoint(busy[0])
    grid.canvas.setFocus()
    # Down walks the day in time order, through the touch-points behind the "+N" too.
    for _ in range(BUSY):
        if view.selected_touchpoint_id() in more.hidden:
            break
        qtbot.keyClick(grid.canvas, Qt.Key.Key_Down)
    selected = view.selected_touchpoint_id()
    assert selected in more.hidden
    qtbot.keyClick(grid.canvas, Qt.Key.Key_Return)
    popup = grid_input(grid).popup
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    assert popup.cards.currentIndex().row() == popup.touchpoint_ids().index(selected)
    opened: list[str] = []

    def look(dialog: QWidget) -> None:
        opened.append(type(dialog).__name__)
        dialog.close()

    on_modal(look)
    qtbot.keyClick(popup.cards, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened == ["TouchpointDialog"]


def test_the_all_day_count_lists_the_whole_lane(qtbot, view: WeekView, week: Week) -> None:
    grid = view.grid
    day = grid.days.index(week.send.day)
    lane = [e.touchpoint.id for e in grid.all_day[day]]
    assert len(lane) == 9  # the send and eight mails
    ((n, rect, more),) = grid.head.more_rects()
    assert (n, more) == (day, len(lane) - 3)
    # The chip beside the count is still the touch-point it shows.
    chips = [c for c in grid.head.chip_rects() if c[0] == day]
    assert not chips[-1][1].intersects(rect)
    qtbot.mouseClick(grid.head, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    popup = grid_input(grid).popup
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    assert popup.touchpoint_ids() == lane
    popup.close()
    # A click on a chip still selects its touch-point.
    first = chips[0][1].center().toPoint()
    qtbot.mouseClick(grid.head, Qt.MouseButton.LeftButton, pos=QPoint(first))
    assert view.selected_touchpoint_id() == chips[0][2].touchpoint.id
