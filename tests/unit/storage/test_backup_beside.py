"""The day's backup through a connection of its own: made once, refused on a damaged file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from planner.domain.errors import NotADatabaseError, StorageError
from planner.domain.model import Company
from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.storage.backup_beside import daily_backup_beside


def _plan(path: Path, clock: FixedClock) -> None:
    store = Store.open(path, clock)
    with store.transaction():
        for i in range(300):
            store.companies.add(Company(f"Company {i:03d}", notes="x" * 200))
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


def test_the_backup_is_made_once_a_day_while_the_writer_stays_open(
    tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "plan.db"
    _plan(path, clock)
    writer = Store.open(path, clock)
    try:
        made = daily_backup_beside(path, clock, tmp_path / "backups")
        again = daily_backup_beside(path, clock, tmp_path / "backups")
    finally:
        writer.close()
    assert made is not None
    assert made.path.exists()
    assert again is None
    copy = Store.open(made.path, clock)
    try:
        assert len(copy.companies.all()) == 300
    finally:
        copy.close()


def test_a_damaged_file_is_not_backed_up(
    tmp_path: Path, clock: FixedClock, damage: Callable[[Path], None]
) -> None:
    path = tmp_path / "plan.db"
    _plan(path, clock)
    folder = tmp_path / "backups"
    damage(path)
    with pytest.raises(NotADatabaseError) as caught:
        daily_backup_beside(path, clock, folder)
    assert "damaged" in str(caught.value)
    assert not list(folder.rglob("*.db"))


def test_a_backups_folder_that_cannot_be_made_is_a_plain_error(
    tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "plan.db"
    _plan(path, clock)
    blocker = tmp_path / "backups"
    blocker.write_text("a file where the folder belongs")
    with pytest.raises(StorageError) as caught:
        daily_backup_beside(path, clock, blocker / "inner")
    assert "Traceback" not in str(caught.value)
