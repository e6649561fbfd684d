"""The main window's start: built empty, then the week, then the rest, each in its own turn."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from conftest import Week

from planner.storage import Store
from planner.ui.controller import Controller
from planner.ui.main_window import MainWindow


def week_ids(window: MainWindow) -> set[int]:
    return {entry.touchpoint.id for entry in window.week_view.week_model.entries()}


def test_the_window_fills_in_steps_the_week_first_and_is_whole_at_the_end(
    qtbot, controller: Controller, week: Week, monday_first: None
) -> None:
    window = MainWindow(controller, Path("/tmp/plan.db"))
    qtbot.addWidget(window)
    # Built, but nothing read yet: the plan is read once the event loop turns.
    assert week_ids(window) == set()
    assert window.week_view.overdue_model.rowCount() == 0
    assert "auto_exporter" not in window.__dict__
    seen_at_paint: list[set[int]] = []
    overdue_at_paint: list[int] = []
    window.week_painted.connect(lambda: seen_at_paint.append(week_ids(window)))
    window.week_painted.connect(
        lambda: overdue_at_paint.append(window.week_view.overdue_model.rowCount())
    )
    with qtbot.waitSignal(window.week_painted, timeout=5000):
        window.show()
    # What was painted first is the real week, with the overdue tray above it already filled
    # (arriving later, it would push the week down under the rep's eyes).
    assert seen_at_paint == [{week.call.id, week.send.id, week.done.id}]
    assert overdue_at_paint == [1]
    qtbot.waitUntil(lambda: window.start_steps.done, timeout=5000)
    assert window.plan_label.text() == "2 accounts · 5 touch-points"
    assert window.auto_exporter is not None
    assert window.calendar is not None
    assert window.external_changes is not None


def test_a_part_not_built_yet_is_built_when_asked_for(
    qtbot, controller: Controller, week: Week, monday_first: None
) -> None:
    window = MainWindow(controller, Path("/tmp/plan.db"))
    qtbot.addWidget(window)
    assert "calendar" not in window.__dict__
    # Asking for a later part finishes the start at once: the week is read by then too.
    assert window.calendar is not None
    assert window.start_steps.done
    assert week.call.id in week_ids(window)


def test_an_error_in_a_later_step_reaches_the_crash_handler_and_the_start_goes_on(
    qtbot, store: Store, controller: Controller, week: Week, monday_first: None, monkeypatch
) -> None:
    window = MainWindow(controller, Path("/tmp/plan.db"))
    qtbot.addWidget(window)
    caught: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _kind, error, _tb: caught.append(error))
    # A bug of ours (not the user's file): the connection is gone before the start reads.
    store.db.conn.close()
    qtbot.waitUntil(lambda: window.start_steps.done, timeout=5000)
    assert caught, "the failing steps were swallowed"
    assert all(isinstance(error, sqlite3.ProgrammingError) for error in caught)
    # The parts that need no reading were still built.
    assert window.calendar is not None
    assert window.auto_exporter is not None


def test_the_app_shows_its_window_with_the_week_already_laid_out(
    qtbot, controller: Controller, week: Week, monday_first: None
) -> None:
    window = MainWindow(controller, Path("/tmp/plan.db"))
    qtbot.addWidget(window)
    shown_with: list[set[int]] = []
    painted: list[bool] = []
    window.week_painted.connect(lambda: painted.append(True))
    window.show_when_ready()
    assert not window.isVisible()  # not before the week is read
    qtbot.waitUntil(window.isVisible, timeout=5000)
    shown_with.append(week_ids(window))
    assert shown_with == [{week.call.id, week.send.id, week.done.id}]
    qtbot.waitUntil(lambda: painted == [True], timeout=5000)
