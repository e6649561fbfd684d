"""Backups belong to a plan (its id), not to a file name: one plan never takes another's."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from planner.cli import main
from planner.domain.errors import NotADatabaseError, message
from planner.domain.model import Company
from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.storage.backup import daily_backup
from planner.storage.backup_files import plan_backups
from planner.storage.identity import plan_id
from planner.storage.plan_backups import folder_for_path, plan_folder


def _plan(path: Path, clock: FixedClock, name: str) -> Store:
    store = Store.open(path, clock)
    with store.transaction():
        for i in range(300):
            store.companies.add(Company(f"{name} {i:03d}", notes="x" * 200))
    return store


def test_a_damaged_plan_is_offered_its_own_backup_not_the_one_of_a_namesake(
    tmp_path: Path,
    clock: FixedClock,
    damage: Callable[[Path], None],
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "backups"
    a_path, b_path = tmp_path / "a" / "planner.db", tmp_path / "b" / "planner.db"
    a_path.parent.mkdir()
    b_path.parent.mkdir()
    a, b = _plan(a_path, clock, "A"), _plan(b_path, clock, "B")
    a_backup = daily_backup(a, folder)
    b_backup = daily_backup(b, folder)  # made later, same file name
    assert a_backup is not None
    assert b_backup is not None
    assert a_backup.path.parent == plan_folder(folder, plan_id(a.db))
    a.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    a.close()
    b.close()
    damage(a_path)
    # Found by the path it was backed up from, even when its id cannot be read.
    assert folder_for_path(folder, a_path) == a_backup.path.parent
    assert plan_backups(folder, a_path) == [a_backup]
    with pytest.raises(NotADatabaseError) as caught:
        Store.open(a_path, clock, backup_dir=folder)
    text = message(caught.value)
    assert str(a_backup.path) in text
    assert str(b_backup.path) not in text
    assert f"--db {a_path}" in text


def test_check_names_the_plan_in_the_restore_command(
    tmp_path: Path,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
    damage: Callable[[Path], None],
) -> None:
    db = tmp_path / "a" / "planner.db"
    db.parent.mkdir()
    assert main(["demo", "--db", str(db), "--today", "2026-11-23"]) == 0
    store = Store.open(db, clock)
    made = daily_backup(store)
    store.close()
    assert made is not None
    damage(db)
    capsys.readouterr()
    assert main(["check", "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert f"restore {made.path} --db {db}" in out
