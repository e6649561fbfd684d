"""The start's first frame draws the week where the window will show it, and hands over to it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from conftest import ClosedPlan, Week
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget

from planner import paths
from planner.domain import travel
from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.storage.folders import Folders
from planner.ui.controller import Controller
from planner.ui.first_frame import FirstFrame
from planner.ui.first_frame_week import FrameWeek, read_frame_week
from planner.ui.main_window import MainWindow
from planner.ui.theme import LIGHT_CHROME, apply_theme

MONDAY = date(2026, 11, 23)
SIZE = (1366, 740)


@pytest.fixture(autouse=True)
def _berlin(monkeypatch: pytest.MonkeyPatch) -> None:
    """The laptop's clock is Berlin's, whatever the machine's (the call is at ten there)."""
    monkeypatch.setattr(travel, "current_zone", lambda: ZoneInfo("Europe/Berlin"))


@pytest.fixture
def plan(closed_plan: ClosedPlan) -> tuple[Path, Week]:
    """The hand-built week (one touch-point overdue) in a file the app closed cleanly."""
    return closed_plan.path, closed_plan.week


def _frame(qtbot, path: Path, clock: FixedClock) -> tuple[FirstFrame, FrameWeek]:
    frame = FirstFrame("Nurture Planner — plan.db")
    qtbot.addWidget(frame)
    frame.resize(*SIZE)
    week = read_frame_week(
        path, Folders(paths.data_dir()).clean_closes, MONDAY, clock, frame.day_width()
    )
    assert week is not None
    frame.show_week(week)
    return frame, week


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    """The planner's light theme, as the app applies it at start (planner.ui.application)."""
    palette, sheet = qapp.palette(), qapp.styleSheet()
    apply_theme(qapp, dark=False)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


@pytest.fixture
def window(qtbot, plan: tuple[Path, Week], clock: FixedClock, themed: None) -> Iterator[MainWindow]:
    """The main window on the same file at the same size, whole and shown."""
    path, _week = plan
    store = Store.open(path, clock, folders=Folders(paths.data_dir()))
    window = MainWindow(Controller(store, clock), path)
    qtbot.addWidget(window)
    window.finish_start()
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    store.close()


def _in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _near(a: QRect, b: QRect, slack: int = 3) -> bool:
    return all(
        abs(x - y) <= slack
        for x, y in zip(
            (a.left(), a.top(), a.right(), a.bottom()),
            (b.left(), b.top(), b.right(), b.bottom()),
            strict=True,
        )
    )


def test_the_week_stands_where_the_window_will_show_it(
    qtbot, plan: tuple[Path, Week], clock: FixedClock, window: MainWindow, monday_first: None
) -> None:
    """When the window takes the frame's place, the week does not move under the rep's eyes."""
    path, _week = plan
    frame, week = _frame(qtbot, path, clock)
    places = frame.places(week)
    view = window.week_view
    assert _near(places.grid, _in_window(view.grid, window)), (places.grid, view.grid.geometry())
    assert places.tray is not None
    assert _near(places.tray, _in_window(view.overdue_tray, window))
    title = _in_window(view.title_label, window)
    assert abs(places.title.left() - title.left()) <= 3
    assert abs(places.title.center().y() - title.center().y()) <= 4
    geo, _head, offset = frame.grid_measures(week, places.grid)
    shown = view.grid.geometry_now
    assert abs(geo.day_width - shown.day_width) <= 1.5
    assert abs(geo.hour_height - shown.hour_height) <= 1.5
    assert abs(offset - view.grid.scroller.verticalScrollBar().value()) <= 4
    assert places.side is None
    assert not view.side_panel.isVisible()
    # On a wide screen the month and agenda show beside the week: the frame leaves them room.
    window.resize(1900, 1000)
    frame.resize(1900, 1000)
    qtbot.waitUntil(view.side_panel.isVisible)
    QApplication.processEvents()
    places = frame.places(week)
    assert places.side is not None
    assert _near(places.side, _in_window(view.side_panel, window))
    assert _near(places.grid, _in_window(view.grid, window))


def test_the_frame_draws_the_week_and_its_tray(
    qtbot, plan: tuple[Path, Week], clock: FixedClock
) -> None:
    path, _week = plan
    frame, week = _frame(qtbot, path, clock)
    frame.show()
    qtbot.waitUntil(lambda: frame.painted)
    image = frame.grab().toImage()
    places = frame.places(week)
    canvas = QColor(LIGHT_CHROME["canvas"])
    assert places.tray is not None
    tray_inside = places.tray.center()
    assert image.pixelColor(tray_inside) != canvas  # the overdue tray's tint
    # Tuesday's ten o'clock call is a block in the hours.
    geo, head, offset = frame.grid_measures(week, places.grid)
    x = places.grid.left() + int(geo.day_x(1) + geo.day_width / 2)
    y = places.grid.top() + head + int(geo.y(10 * 60 + 15)) - offset
    assert image.pixelColor(x, y).name() != "#ffffff"  # not the working hours' white
    empty = places.grid.top() + head + int(geo.y(14 * 60 + 30)) - offset  # between two hours
    assert image.pixelColor(x, empty).name() == "#ffffff"


def test_closing_the_frame_before_the_window_came_is_told_apart(
    qtbot, plan: tuple[Path, Week], clock: FixedClock
) -> None:
    path, _week = plan
    frame, _ = _frame(qtbot, path, clock)
    frame.show()
    frame.close()
    assert frame.closed_early  # the rep's close: the start ends
    handed, _ = _frame(qtbot, path, clock)
    handed.show()
    handed.handed_over = True
    handed.close()
    assert not handed.closed_early  # the start's own, once the window stands in its place


def test_the_window_takes_the_frames_place_and_size(
    qtbot, plan: tuple[Path, Week], clock: FixedClock
) -> None:
    path, _week = plan
    frame, _ = _frame(qtbot, path, clock)
    frame.setGeometry(40, 30, 1200, 700)
    frame.show()
    other = QWidget()
    qtbot.addWidget(other)
    frame.hand_over(other)
    assert other.isVisible()
    assert other.geometry() == frame.geometry()
