"""A plan not closed cleanly is checked on a thread before it opens, with a dialog to cancel."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from planner.domain.timing import FixedClock
from planner.storage.file_state import needs_check
from planner.storage.folders import user_folders
from planner.storage.unclean_check import UncleanCheck
from planner.ui.session import Session
from planner.ui.single_instance import acquire_instance_lock
from tests.unit.storage.test_integrity_checks import _book
from tests.unit.storage.test_unclean_check import endless_check


def _session(tmp_path: Path, clock: FixedClock) -> Session:
    return Session(clock, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def _unclean(path: Path, clock: FixedClock) -> Path:
    backup = _book(path, clock)
    os.utime(path, ns=(0, 0))  # written by another program since its clean close
    assert needs_check(path, user_folders().clean_closes)
    return backup


def _dialog() -> QProgressDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QProgressDialog) and widget.objectName() == "openCheckDialog":
            return widget
    return None


@pytest.fixture
def slow_check(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The check of a book far larger than a test can make: it runs until stopped."""
    return endless_check(monkeypatch)


def test_an_unclean_plan_is_checked_on_a_thread_then_opens(
    qtbot, tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plan.db"
    _unclean(path, clock)
    threads: list[threading.Thread] = []
    run = UncleanCheck.run

    def watched(self: UncleanCheck) -> None:
        threads.append(threading.current_thread())
        run(self)

    monkeypatch.setattr(UncleanCheck, "run", watched)
    session = _session(tmp_path, clock)
    try:
        assert session.open(path, show=False) is None
        assert session.window is not None
        assert threads
        assert threads[0] is not threading.main_thread()
    finally:
        session.close()
    assert not needs_check(path, user_folders().clean_closes)  # checked, then closed cleanly


def test_a_long_check_shows_a_dialog_keeps_the_app_answering_and_can_be_cancelled(
    qtbot, tmp_path: Path, clock: FixedClock, slow_check: threading.Event
) -> None:
    path = tmp_path / "plan.db"
    _unclean(path, clock)
    before = path.read_bytes()
    ticks: list[int] = []
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: ticks.append(1))
    heartbeat.start()
    seen: list[str] = []

    def cancel_once_shown() -> None:
        dialog = _dialog()
        if dialog is None or not dialog.isVisible() or len(ticks) < 20:
            return
        poll.stop()
        seen.append(dialog.labelText())
        button = dialog.findChild(QPushButton)
        assert button is not None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(cancel_once_shown)
    poll.start()
    session = _session(tmp_path, clock)
    try:
        message = session.open(path, show=False)
    finally:
        poll.stop()
        heartbeat.stop()
    assert slow_check.is_set()
    assert seen
    assert "plan.db" in seen[0]
    assert "not closed properly" in seen[0]
    assert len(ticks) >= 20  # the event loop kept turning while the file was read
    assert message is not None
    assert "was not opened" in message
    assert "check was stopped" in message
    assert session.window is None
    assert path.read_bytes() == before
    assert needs_check(path, user_folders().clean_closes)  # checked again at the next open
    lock = acquire_instance_lock(path)  # released: another window may open the plan
    assert lock is not None
    lock.unlock()
    session.close()


def test_a_damaged_unclean_plan_is_refused_with_its_backup_and_left_unlocked(
    qtbot, tmp_path: Path, clock: FixedClock, damage: Callable[[Path], None]
) -> None:
    path = tmp_path / "plan.db"
    backup = _unclean(path, clock)
    damage(path)
    session = _session(tmp_path, clock)
    try:
        message = session.open(path, show=False)
        assert message is not None
        assert "damaged" in message
        assert str(backup) in " ".join(message.split())
        assert session.window is None
        assert _dialog() is None or not _dialog().isVisible()
    finally:
        session.close()
    again = _session(tmp_path, clock)
    try:
        refused = again.open(path, show=False)
        assert refused is not None
        assert "already open" not in refused
    finally:
        again.close()
