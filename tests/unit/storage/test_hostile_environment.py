"""A full disk, a locked or read-only file, a damaged one: a plain message and nothing lost."""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from planner import paths
from planner.domain.errors import DatabaseLockedError, DiskFullError, NotADatabaseError
from planner.domain.model import Company, Contact
from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.storage.backup import backup_before_import, daily_backup
from planner.storage.backup_files import default_folder
from planner.storage.identity import plan_id
from planner.storage.plan_backups import SOURCES_FILE, plan_folder


def _fill_the_disk(store: Store) -> None:
    """Make SQLite report "database or disk is full" on the next write that needs a page."""
    (pages,) = store.db.execute("PRAGMA page_count").fetchone()
    store.db.execute(f"PRAGMA max_page_count = {pages}")


def _add_many(store: Store, company_id: int) -> None:
    """One action that needs many new pages."""
    with store.transaction():
        for i in range(2000):
            store.contacts.add(
                Contact(f"Person {i}", "x" * 200, company_id=company_id, notes="y" * 500)
            )


def _one_line(error: BaseException) -> str:
    text = str(error)
    assert "\n" not in text
    assert "Traceback" not in text
    return text


def test_a_full_disk_refuses_the_action_and_keeps_what_was_saved(
    file_store: Store, clock: FixedClock
) -> None:
    with file_store.transaction():
        acme = file_store.companies.add(Company("Acme"))
        assert acme.id is not None
        file_store.contacts.add(Contact("Ada", "Lovelace", company_id=acme.id))
    _fill_the_disk(file_store)
    with pytest.raises(DiskFullError) as caught:
        _add_many(file_store, acme.id)
    message = _one_line(caught.value)
    assert "full" in message
    assert "free some space" in message
    assert "was not saved" in message
    assert str(file_store.path) in message
    # The action is wholly absent; everything saved before it is there, and the file is sound.
    assert [c.full_name for c in file_store.contacts.all()] == ["Ada Lovelace"]
    assert file_store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    path = file_store.path
    assert path is not None
    file_store.close()
    reopened = Store.open(path, clock)
    try:
        assert [c.full_name for c in reopened.contacts.all()] == ["Ada Lovelace"]
        # Once there is space again, the same action works.
        with reopened.transaction():
            reopened.contacts.add(Contact("Grace", "Hopper", company_id=acme.id))
        assert reopened.contacts.count() == 2
    finally:
        reopened.close()


def test_a_full_disk_while_backing_up_leaves_no_half_backup(
    file_store: Store, tmp_path: Path
) -> None:
    with file_store.transaction():
        for i in range(200):
            file_store.companies.add(Company(f"Company {i}", notes="z" * 300))
    folder = tmp_path / "backups"
    real_connect = sqlite3.connect

    def tiny_disk(*args: object, **kwargs: object) -> sqlite3.Connection:
        conn = real_connect(*args, **kwargs)  # type: ignore[arg-type]
        conn.execute("PRAGMA max_page_count = 3")
        return conn

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("planner.storage.backup.sqlite3.connect", tiny_disk)
        with pytest.raises(DiskFullError) as caught:
            backup_before_import(file_store, folder)
    _one_line(caught.value)
    # The plan's backup folder holds only the note of where the plan lives: no half backup.
    assert [p.name for p in folder.rglob("*") if p.is_file()] == [SOURCES_FILE]
    assert file_store.companies.count() == 200


def test_a_write_while_another_program_holds_the_file_says_so(file_store: Store) -> None:
    path = file_store.path
    assert path is not None
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        file_store.db.execute("PRAGMA busy_timeout = 50")
        with pytest.raises(DatabaseLockedError) as caught, file_store.transaction():
            file_store.companies.add(Company("Acme"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    message = _one_line(caught.value)
    assert "locked by another program" in message
    assert "try again" in message


def test_a_damaged_file_names_the_latest_backup_from_the_daily_run(
    tmp_path: Path, clock: FixedClock, damage: Callable[[Path], None]
) -> None:
    path = tmp_path / "planner.db"
    store = Store.open(path, clock)
    with store.transaction():
        for i in range(300):
            store.companies.add(Company(f"Company {i:03d}", notes="x" * 200))
    made = daily_backup(store)
    assert made is not None
    assert made.path.parent == plan_folder(default_folder(paths.data_dir()), plan_id(store.db))
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    damage(path)
    with pytest.raises(NotADatabaseError) as caught:
        Store.open(path, clock)
    message = _one_line(caught.value)
    assert str(made.path) in message
    assert "restore" in message
