"""Backups: online copies, names, rotation, the daily backup, restore, and the integrity check."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from planner import paths
from planner.domain.errors import DatabaseLockedError, NotADatabaseError, StorageError
from planner.domain.model import Company
from planner.domain.timing import FixedClock
from planner.storage import Store, backup
from planner.storage.backup import (
    DEFAULT_KEEP,
    KEEP_SETTING,
    backup_before_import,
    backup_connection,
    backup_to,
    daily_backup,
)
from planner.storage.backup_files import (
    Reason,
    backups,
    default_folder,
    latest_backup,
    plan_backups,
    prune,
)
from planner.storage.database import open_database
from planner.storage.file_state import instance_lock_path, open_in_running_app
from planner.storage.identity import plan_id
from planner.storage.integrity import check
from planner.storage.plan_backups import SOURCES_FILE, plan_folder
from planner.storage.restore import restore, validate_backup

NOON = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _names(store: Store) -> list[str]:
    return sorted(c.name for c in store.companies.all())


def _company_names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT name FROM companies"))
    finally:
        conn.close()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "backups"


@pytest.fixture
def filled(file_store: Store) -> Store:
    with file_store.transaction():
        for i in range(300):
            file_store.companies.add(Company(f"Company {i:03d}", notes="x" * 200))
    return file_store


def test_a_backup_is_a_private_consistent_copy_named_after_the_file(
    filled: Store, folder: Path
) -> None:
    assert filled.path is not None
    made = backup_connection(filled.db.conn, folder, filled.path.name, Reason.MANUAL, now=NOON)
    own = plan_folder(folder, plan_id(filled.db))
    assert made.path.parent == own
    assert made.path.name == "planner.db.20261123T120000000000Z.manual.bak"
    assert _mode(made.path) == 0o600
    assert _mode(folder) == 0o700
    assert _mode(own) == 0o700
    assert _company_names(made.path) == _names(filled)
    # A standalone file: no write-ahead log beside it, nothing half-written left behind.
    assert sorted(p.name for p in own.iterdir()) == [made.path.name, SOURCES_FILE]
    conn = sqlite3.connect(made.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_backups_made_in_the_same_moment_get_different_names(filled: Store, folder: Path) -> None:
    first = backup_connection(filled.db.conn, folder, "planner.db", now=NOON)
    second = backup_connection(filled.db.conn, folder, "planner.db", now=NOON)
    assert first.path != second.path
    own = plan_folder(folder, plan_id(filled.db))
    assert [b.path for b in backups(own, "planner.db")] == [first.path, second.path]


def test_only_the_newest_n_are_kept_per_plan(
    filled: Store, folder: Path, tmp_path: Path, clock: FixedClock
) -> None:
    # Another plan with the same file name, in another folder: it never rotates these away.
    (tmp_path / "b").mkdir()
    other = Store.open(tmp_path / "b" / "planner.db", clock)
    for day in range(5):
        backup_connection(filled.db.conn, folder, "planner.db", keep=3, now=NOON + timedelta(day))
        backup_connection(other.db.conn, folder, "planner.db", keep=3, now=NOON + timedelta(day))
    other.close()
    own = plan_folder(folder, plan_id(filled.db))
    kept = backups(own, "planner.db")
    assert [b.made_at for b in kept] == [NOON + timedelta(d) for d in (2, 3, 4)]
    assert filled.path is not None
    assert plan_backups(folder, filled.path) == kept
    assert len(plan_backups(folder, tmp_path / "b" / "planner.db")) == 3
    # Similar names are never mistaken for this file's backups.
    (own / "planner.db.notes.txt").write_text("mine")
    (own / "planner-old.db.20261123T120000000000Z.manual.bak").write_text("other")
    assert prune(own, "planner.db", 1) == [b.path for b in kept[:2]]
    assert (own / "planner.db.notes.txt").exists()
    latest = latest_backup(own, "planner.db")
    assert latest is not None
    assert latest.made_at == NOON + timedelta(4)


def test_latest_backup_of_nothing(tmp_path: Path) -> None:
    assert latest_backup(tmp_path / "missing", "planner.db") is None
    assert latest_backup(tmp_path, "planner.db") is None


def test_daily_backup_at_most_once_a_day_with_the_setting(filled: Store, folder: Path) -> None:
    assert daily_backup(filled, folder, now=NOON) is not None
    assert daily_backup(filled, folder, now=NOON + timedelta(hours=1)) is None
    filled.set_setting(KEEP_SETTING, 4)
    for day in range(1, 7):
        made = daily_backup(filled, folder, now=NOON + timedelta(days=day))
        assert made is not None
        assert made.reason is Reason.DAILY
    assert len(backups(plan_folder(folder, plan_id(filled.db)), "planner.db")) == 4


def test_daily_backup_defaults_to_the_user_data_folder(filled: Store) -> None:
    made = daily_backup(filled)
    assert made is not None
    assert made.path.parent == plan_folder(default_folder(paths.data_dir()), plan_id(filled.db))
    assert DEFAULT_KEEP == 14


def test_a_bad_keep_setting_falls_back_to_the_default(filled: Store, folder: Path) -> None:
    filled.set_setting(KEEP_SETTING, "lots")
    for day in range(3):
        daily_backup(filled, folder, now=NOON + timedelta(days=day))
    assert len(backups(plan_folder(folder, plan_id(filled.db)), "planner.db")) == 3


def test_an_in_memory_store_needs_no_backup(store: Store, folder: Path) -> None:
    assert daily_backup(store, folder) is None
    assert backup_before_import(store, folder) is None
    assert not folder.exists()


def test_backup_before_import_keeps_the_plan_as_it_was(filled: Store, folder: Path) -> None:
    made = backup_before_import(filled, folder)
    assert made is not None
    assert made.reason is Reason.BEFORE_IMPORT
    with filled.transaction():
        filled.companies.add(Company("Imported Ltd"))
    assert "Imported Ltd" not in _company_names(made.path)


def test_a_damaged_file_is_not_backed_up_over_the_good_copies(
    tmp_path: Path, clock: FixedClock, folder: Path, damage: Callable[[Path], None]
) -> None:
    path = tmp_path / "planner.db"
    store = Store.open(path, clock, backup_dir=folder)
    with store.transaction():
        for i in range(300):
            store.companies.add(Company(f"Company {i:03d}", notes="x" * 200))
    good = daily_backup(store, folder, now=NOON)
    assert good is not None
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    damage(path)
    with pytest.raises(NotADatabaseError) as caught:
        open_database(path, backup_dir=folder)
    message = str(caught.value)
    assert "\n" not in message
    assert "damaged" in message
    assert str(good.path) in message
    assert "nurture-planner restore" in message


def test_backup_to_a_file(filled: Store, tmp_path: Path) -> None:
    assert filled.path is not None
    target = backup_to(filled.path, tmp_path / "copy.bak")
    assert _mode(target) == 0o600
    assert _company_names(target) == _names(filled)
    with pytest.raises(StorageError, match="cannot overwrite"):
        backup_to(filled.path, filled.path)
    with pytest.raises(StorageError, match="does not exist"):
        backup_to(filled.path, tmp_path / "no" / "such" / "copy.bak")
    with pytest.raises(StorageError, match="no database"):
        backup_to(tmp_path / "missing.db", tmp_path / "x.bak")


# Restoring.


def test_restore_replaces_the_file_and_keeps_the_current_one(
    filled: Store, tmp_path: Path, folder: Path, clock: FixedClock
) -> None:
    assert filled.path is not None
    path = filled.path
    saved = backup_to(path, tmp_path / "saved.bak")
    with filled.transaction():
        filled.companies.add(Company("After the backup"))
    filled.close()
    kept = restore(saved, path, folder)
    assert kept is not None
    assert kept.reason is Reason.BEFORE_RESTORE
    assert "After the backup" in _company_names(kept.path)
    assert _mode(path) == 0o600
    reopened = Store.open(path, clock, backup_dir=folder)
    try:
        assert "After the backup" not in _names(reopened)
        assert len(_names(reopened)) == 300
    finally:
        reopened.close()


def test_restore_refuses_a_damaged_or_foreign_backup_and_changes_nothing(
    filled: Store, tmp_path: Path, folder: Path, damage: Callable[[Path], None]
) -> None:
    assert filled.path is not None
    path = filled.path
    filled.close()
    before = path.read_bytes()
    text = tmp_path / "notes.bak"
    text.write_text("not a database\n" * 100)
    foreign = tmp_path / "foreign.bak"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE x (y)")
    conn.commit()
    conn.close()
    damaged = backup_to(path, tmp_path / "damaged.bak")
    damage(damaged)
    for bad, words in [(text, "not a Nurture Planner backup"), (foreign, "does not hold")]:
        with pytest.raises(NotADatabaseError, match=words):
            restore(bad, path, folder)
    with pytest.raises(NotADatabaseError, match="damaged"):
        restore(damaged, path, folder)
    with pytest.raises(StorageError, match="is the database itself"):
        restore(path, path, folder)
    assert path.read_bytes() == before
    assert not folder.exists()


def test_restore_over_a_damaged_file_keeps_its_bytes(
    filled: Store, tmp_path: Path, folder: Path
) -> None:
    assert filled.path is not None
    path = filled.path
    saved = backup_to(path, tmp_path / "saved.bak")
    filled.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    filled.close()
    path.write_bytes(b"garbage" * 1000)
    kept = restore(saved, path, folder)
    assert kept is not None
    assert kept.path.read_bytes() == b"garbage" * 1000
    assert _mode(kept.path) == 0o600
    assert check(path).ok


def test_restore_refuses_a_file_open_in_a_running_app(filled: Store, tmp_path: Path) -> None:
    assert filled.path is not None
    saved = backup_to(filled.path, tmp_path / "saved.bak")
    lock = instance_lock_path(filled.path)
    lock.write_text(f"{os.getpid()}\nnurture-planner\nhost\n")
    assert open_in_running_app(filled.path)
    with pytest.raises(DatabaseLockedError, match="open in a Nurture Planner window"):
        restore(saved, filled.path, tmp_path / "backups")
    # A lock left by a process that has gone is stale.
    lock.write_text("999999999\nnurture-planner\nhost\n")
    assert not open_in_running_app(filled.path)


def test_restore_refuses_a_file_another_program_is_writing(
    filled: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "LOCK_WAIT_SECONDS", 0.1)
    assert filled.path is not None
    saved = backup_to(filled.path, tmp_path / "saved.bak")
    filled.db.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseLockedError, match="in use"):
            restore(saved, filled.path, tmp_path / "backups")
    finally:
        filled.db.execute("ROLLBACK")


def test_restore_creates_a_missing_database(tmp_path: Path, filled: Store) -> None:
    assert filled.path is not None
    saved = backup_to(filled.path, tmp_path / "saved.bak")
    target = tmp_path / "new" / "planner.db"
    assert restore(saved, target, tmp_path / "backups") is None
    assert _company_names(target) == _names(filled)


def test_validate_backup_accepts_a_real_backup(filled: Store, tmp_path: Path) -> None:
    assert filled.path is not None
    validate_backup(backup_to(filled.path, tmp_path / "ok.bak"))


# Checking.


def test_check_a_sound_file(filled: Store) -> None:
    assert filled.path is not None
    report = check(filled.path)
    assert report.ok
    assert report.problems == ()
    assert report.notes == ()


def test_check_reports_damage_and_the_latest_backup(
    filled: Store, folder: Path, damage: Callable[[Path], None]
) -> None:
    assert filled.path is not None
    path = filled.path
    made = backup_connection(filled.db.conn, folder, path.name)
    filled.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    filled.close()
    damage(path)
    report = check(path, folder)
    assert not report.ok
    assert report.problems
    assert report.latest_backup == made


def test_check_reports_broken_links(tmp_path: Path) -> None:
    path = tmp_path / "planner.db"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO competitors (company_id, name) VALUES (42, 'Ghost')")
    conn.commit()
    conn.close()
    report = check(path)
    assert report.problems == ("competitors row 1 refers to a missing companies record",)


def test_check_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("hello\n" * 500)
    report = check(path)
    assert not report.ok
    assert "not a Nurture Planner database" in report.problems[0]
    with pytest.raises(StorageError, match="no database"):
        check(tmp_path / "missing.db")


def test_the_daily_backup_uses_local_days(filled: Store, folder: Path) -> None:
    made = daily_backup(filled, folder, now=NOON)
    assert made is not None
    assert made.made_at.astimezone().date() in {
        date(2026, 11, 23),
        date(2026, 11, 22),
        date(2026, 11, 24),
    }
