"""The main window fits a laptop screen: the week keeps its columns, the side panel gives way."""

from __future__ import annotations

from pathlib import Path

from conftest import Week

from planner.ui.controller import Controller
from planner.ui.main_window import MainWindow


def test_the_window_with_the_plan_panel_fits_a_1366_pixel_screen(
    qtbot, controller: Controller, week: Week
) -> None:
    window = MainWindow(controller, Path("plan.db"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.plan_dock.isVisible()
    assert window.minimumSizeHint().width() <= 1366 - 40


def test_the_month_and_agenda_give_way_on_a_narrow_window_and_come_back(
    qtbot, controller: Controller, week: Week
) -> None:
    window = MainWindow(controller, Path("plan.db"))
    qtbot.addWidget(window)
    window.resize(1900, 900)
    window.show()
    qtbot.waitExposed(window)
    view = window.week_view
    qtbot.waitUntil(view.side_panel.isVisible)

    window.resize(window.minimumSizeHint().width(), 900)
    qtbot.waitUntil(lambda: not view.side_panel.isVisible())
    assert all(column.width() >= 90 for column in view.columns)

    window.resize(1900, 900)
    qtbot.waitUntil(view.side_panel.isVisible)
