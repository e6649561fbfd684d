"""Restore never loses a committed write, refuses what it cannot check, and leaves no debris."""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

import pytest

from planner.domain.errors import ReadOnlyDatabaseError, StorageError
from planner.domain.model import Company, CompanyKind
from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.storage.backup import backup_to
from planner.storage.backup_files import Backup
from planner.storage.restore import restore
from planner.storage.temp_files import clean_orphans
from planner.storage.write_lock import write_lock_path


def _names(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM companies")}
    finally:
        conn.close()


@pytest.fixture
def plan(tmp_path: Path, clock: FixedClock) -> Path:
    path = tmp_path / "planner.db"
    store = Store.open(path, clock)
    with store.transaction():
        store.companies.add(Company(name="Before", kind=CompanyKind.PROSPECT))
    store.close()
    return path


def test_a_writer_that_opened_the_plan_before_a_restore_is_refused_not_lost(
    plan: Path, tmp_path: Path, clock: FixedClock
) -> None:
    saved = backup_to(plan, tmp_path / "saved.db")
    writer = Store.open(plan, clock)  # e.g. a CLI import that opened the plan and works
    kept = restore(saved, plan, tmp_path / "backups")
    assert kept is not None
    with pytest.raises(StorageError, match="replaced"), writer.transaction():
        writer.companies.add(Company(name="Late import", kind=CompanyKind.PROSPECT))
    writer.close()
    # Reported as not saved, and indeed in neither file: nothing claimed done was lost.
    assert "Late import" not in _names(plan)
    assert "Late import" not in _names(kept.path)


def test_a_write_in_progress_is_in_the_before_restore_backup(
    plan: Path, tmp_path: Path, clock: FixedClock
) -> None:
    saved = backup_to(plan, tmp_path / "saved.db")
    writer = Store.open(plan, clock)
    inside = threading.Event()
    results: dict[str, object] = {}

    def do_restore() -> None:
        inside.wait()
        results["kept"] = restore(saved, plan, tmp_path / "backups")

    thread = threading.Thread(target=do_restore)
    thread.start()
    with writer.transaction():
        writer.companies.add(Company(name="Committed", kind=CompanyKind.PROSPECT))
        inside.set()  # the restore starts while this write is open; it waits for it
    writer.close()
    thread.join()
    kept = results["kept"]
    assert isinstance(kept, Backup)
    assert "Committed" in _names(kept.path)
    assert "Committed" not in _names(plan)


def test_restore_refuses_a_read_only_plan(plan: Path, tmp_path: Path) -> None:
    saved = backup_to(plan, tmp_path / "saved.db")
    before = plan.read_bytes()
    os.chmod(plan, 0o400)
    try:
        with pytest.raises(ReadOnlyDatabaseError, match="read-only"):
            restore(saved, plan, tmp_path / "backups")
    finally:
        os.chmod(plan, 0o600)
    assert plan.read_bytes() == before


def test_restore_refuses_a_fifo_without_waiting_for_it(plan: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "backup.fifo"
    os.mkfifo(fifo)
    with pytest.raises(StorageError, match="not a regular file"):
        restore(fifo, plan, tmp_path / "backups")


def test_restore_leaves_no_temporary_copies(plan: Path, tmp_path: Path) -> None:
    saved = backup_to(plan, tmp_path / "saved.db")
    restore(saved, plan, tmp_path / "backups")
    leftovers = [p.name for p in plan.parent.glob(".*")]
    assert leftovers == []
    assert write_lock_path(plan).exists()  # the lock file stays; it holds nothing


def test_copies_left_by_killed_processes_are_cleaned(tmp_path: Path) -> None:
    dead = tmp_path / ".planner.db.999999999.abcd1234.part"
    alive = tmp_path / f".planner.db.{os.getpid()}.efgh5678.part"
    dead.write_bytes(b"x")
    alive.write_bytes(b"x")
    assert clean_orphans(tmp_path) == [dead]
    assert not dead.exists()
    assert alive.exists()
