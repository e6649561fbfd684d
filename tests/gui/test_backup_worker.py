"""The day's backup at open runs on a thread of its own; a failure still shows its message."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QSettings

from planner.domain.timing import FixedClock
from planner.paths import data_dir
from planner.storage import Store
from planner.storage.backup_files import Reason, default_folder, plan_backups
from planner.ui import backup_worker
from planner.ui.session import Session


def _session(tmp_path: Path, clock: FixedClock) -> Session:
    return Session(clock, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def test_the_days_backup_is_taken_on_another_thread(
    qtbot, tmp_path: Path, clock: FixedClock, monkeypatch
) -> None:
    threads: list[threading.Thread] = []
    real = backup_worker.daily_backup_beside

    def watched(path: Path, clock: FixedClock, **kwargs: object) -> object:
        threads.append(threading.current_thread())
        return real(path, clock, **kwargs)

    monkeypatch.setattr(backup_worker, "daily_backup_beside", watched)
    path = tmp_path / "plan.db"
    session = _session(tmp_path, clock)
    try:
        assert session.open(path, show=False) is None
        # It starts once the window's start is over, not while the week is read.
        assert session.backup is None
        qtbot.waitUntil(lambda: session.backup is not None)
        assert session.backup is not None
        session.backup.wait()
    finally:
        session.close()
    assert len(threads) == 1
    assert threads[0] is not threading.main_thread()
    daily = [b for b in plan_backups(default_folder(data_dir()), path) if b.reason is Reason.DAILY]
    assert len(daily) == 1


def test_a_backup_that_cannot_be_made_is_said_in_the_status_bar(
    qtbot, tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "plan.db"
    Store.open(path, clock).close()
    folder = default_folder(data_dir())
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the backups folder belongs")
    session = _session(tmp_path, clock)
    try:
        assert session.open(path, show=False) is None
        window = session.window
        assert window is not None
        # The failure arrives once the window's start is over and the backup has run.
        qtbot.waitUntil(
            lambda: window.statusBar().currentMessage().startswith("Today's backup was not made:")
        )
    finally:
        session.close()
