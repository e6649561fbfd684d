"""The app's start on a damaged, locked or foreign file: one plain message, then a clean exit."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from planner import app as app_module
from planner import paths
from planner.domain.model import Company
from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.storage.backup import daily_backup


def _start_and_read(path: Path, clock: FixedClock, on_modal) -> str:  # type: ignore[no-untyped-def]
    shown: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()

    on_modal(read)
    assert app_module.run_gui(path, clock) == 1
    [message] = shown
    assert "Traceback" not in message
    assert "\n" not in message
    return message


def test_a_damaged_file_is_named_with_the_backup_to_restore(
    qtbot, tmp_path: Path, clock: FixedClock, on_modal, damage: Callable[[Path], None]
) -> None:
    path = tmp_path / "plan.db"
    store = Store.open(path, clock)
    with store.transaction():
        for i in range(300):
            store.companies.add(Company(f"Company {i:03d}", notes="x" * 200))
    made = daily_backup(store)
    assert made is not None
    assert made.path.parent.parent.parent == paths.data_dir()  # backups/<plan id>/
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    damage(path)
    message = _start_and_read(path, clock, on_modal)
    assert "damaged" in message
    assert str(made.path) in message


def test_a_file_locked_by_another_program(
    qtbot, tmp_path: Path, clock: FixedClock, on_modal
) -> None:
    path = tmp_path / "plan.db"
    Store.open(path, clock).close()
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        message = _start_and_read(path, clock, on_modal)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "locked" in message or "in use" in message
    assert "try again" in message
