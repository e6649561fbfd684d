"""The start's first moments: the week's first frame, when there is one, and the plan's lock."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from conftest import ClosedPlan
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QWidget

from planner.domain.timing import FixedClock
from planner.ui.opening import Opening, open_first_frame
from planner.ui.pages import Page
from planner.ui.single_instance import acquire_instance_lock


@pytest.fixture
def plan(closed_plan: ClosedPlan) -> Path:
    return closed_plan.path


@pytest.fixture
def settings() -> Iterator[QSettings]:
    """The per-user settings the window keeps (in this test's own folder), emptied after."""
    kept = QSettings()
    kept.clear()
    yield kept
    kept.clear()


@pytest.fixture
def opened() -> Iterator[list[Opening]]:
    """Openings made by a test, let go of afterwards."""
    made: list[Opening] = []
    yield made
    for opening in made:
        opening.abandon()


def _open(plan: Path, clock: FixedClock, opened: list[Opening]) -> Opening | None:
    opening = open_first_frame(plan, clock)
    if opening is not None:
        opened.append(opening)
    return opening


def test_a_clean_plan_opens_with_its_week_on_the_screen_and_holds_the_plan(
    qtbot, plan: Path, clock: FixedClock, settings: QSettings, opened: list[Opening]
) -> None:
    opening = _open(plan, clock, opened)
    assert opening is not None
    assert opening.frame.isVisible()
    assert opening.frame.painted
    assert opening.frame.week is not None
    assert opening.frame.week.start == date(2026, 11, 23)
    assert "plan.db" in opening.frame.windowTitle()
    # A second window on the same plan is refused while the frame holds it ...
    assert acquire_instance_lock(plan) is None
    opening.abandon()
    assert not opening.frame.isVisible()
    # ... and the plan is free once it lets go.
    lock = acquire_instance_lock(plan)
    assert lock is not None
    lock.unlock()


def test_the_window_takes_the_lock_over(
    qtbot, plan: Path, clock: FixedClock, settings: QSettings, opened: list[Opening]
) -> None:
    opening = _open(plan, clock, opened)
    assert opening is not None
    lock = opening.take_lock()
    assert lock is not None
    opening.abandon()  # the frame goes; the lock is the window's now
    assert acquire_instance_lock(plan) is None
    lock.unlock()


def test_the_frame_stands_where_the_window_stood_and_shows_its_week(
    qtbot, plan: Path, clock: FixedClock, settings: QSettings, opened: list[Opening]
) -> None:
    before = QWidget()
    qtbot.addWidget(before)
    before.setGeometry(QRect(30, 20, 640, 480))  # within the offscreen screen
    settings.setValue("mainWindow/geometry", before.saveGeometry())
    settings.setValue("mainWindow/week", "2026-12-02")
    opening = _open(plan, clock, opened)
    assert opening is not None
    assert opening.frame.size() == before.size()
    assert opening.frame.week is not None
    assert opening.frame.week.start == date(2026, 11, 30)


@pytest.mark.parametrize(
    ("key", "value"),
    [("mainWindow/page", int(Page.ACCOUNTS)), ("mainWindow/weekCompact", True)],
)
def test_no_frame_when_the_window_opens_on_something_else(
    qtbot,
    plan: Path,
    clock: FixedClock,
    settings: QSettings,
    opened: list[Opening],
    key: str,
    value: object,
) -> None:
    settings.setValue(key, value)
    assert _open(plan, clock, opened) is None
    lock = acquire_instance_lock(plan)  # and the plan is not left locked
    assert lock is not None
    lock.unlock()


def test_no_frame_for_a_plan_open_in_another_window(
    qtbot, plan: Path, clock: FixedClock, settings: QSettings, opened: list[Opening]
) -> None:
    other = acquire_instance_lock(plan)
    assert other is not None
    try:
        assert _open(plan, clock, opened) is None
    finally:
        other.unlock()


def test_no_frame_for_a_plan_changed_since_the_app_closed_it(
    qtbot, plan: Path, clock: FixedClock, settings: QSettings, opened: list[Opening]
) -> None:
    conn = sqlite3.connect(plan)
    with conn:
        conn.execute("UPDATE companies SET name = 'Acme Inc' WHERE name = 'Acme Corp'")
    conn.close()
    assert _open(plan, clock, opened) is None
    lock = acquire_instance_lock(plan)
    assert lock is not None
    lock.unlock()
