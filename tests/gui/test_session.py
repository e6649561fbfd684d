"""The session locks each open plan against a second window and backs it up once a day."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from planner.domain.timing import FixedClock
from planner.paths import data_dir
from planner.storage.backup_files import Reason, default_folder, plan_backups
from planner.ui.session import Session


def _session(tmp_path: Path, clock: FixedClock) -> Session:
    return Session(clock, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def test_a_second_session_on_the_same_file_is_refused_until_the_first_closes(
    qtbot, tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "plan.db"
    first, second = _session(tmp_path, clock), _session(tmp_path, clock)
    try:
        assert first.open(path, show=False) is None
        message = second.open(path, show=False)
        assert message is not None
        assert "already open" in message
        assert second.window is None

        first.close()
        assert second.open(path, show=False) is None
    finally:
        first.close()
        second.close()


def test_opening_another_file_releases_the_first_files_lock(
    qtbot, tmp_path: Path, clock: FixedClock
) -> None:
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    session, other = _session(tmp_path, clock), _session(tmp_path, clock)
    try:
        assert session.open(one, show=False) is None
        assert session.open(two, show=False) is None
        assert other.open(one, show=False) is None
    finally:
        session.close()
        other.close()


def test_opening_a_plan_takes_the_days_backup_once(
    qtbot, tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "plan.db"
    folder = default_folder(data_dir())
    for _ in range(2):
        session = _session(tmp_path, clock)
        try:
            assert session.open(path, show=False) is None
        finally:
            session.close()
    daily = [b for b in plan_backups(folder, path) if b.reason is Reason.DAILY]
    assert len(daily) == 1
