"""The checks of a plan not closed cleanly, run apart from the open and stoppable at any moment."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from planner.domain.errors import NewerSchemaError, NotADatabaseError
from planner.domain.model import Company
from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.storage.file_state import needs_check
from planner.storage.folders import user_folders
from planner.storage.unclean_check import CheckStoppedError, UncleanCheck
from tests.unit.storage.test_integrity_checks import _book


def _unclean(path: Path, clock: FixedClock) -> Path:
    """A plan with a backup, then written by another program (not closed cleanly)."""
    backup = _book(path, clock)
    os.utime(path, ns=(0, 0))
    assert needs_check(path, user_folders().clean_closes)
    return backup


def _statements(store_path: Path, clock: FixedClock, **kwargs: object) -> list[str]:
    """The statements an open of `store_path` runs, then a clean close."""
    seen: list[str] = []
    original = sqlite3.connect

    def traced(*args: object, **kw: object) -> sqlite3.Connection:
        conn = original(*args, **kw)  # type: ignore[arg-type]
        conn.set_trace_callback(seen.append)
        return conn

    sqlite3.connect = traced  # type: ignore[assignment]
    try:
        Store.open(store_path, clock, **kwargs).close()  # type: ignore[arg-type]
    finally:
        sqlite3.connect = original
    return seen


def endless_check(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Make the check one of a book far larger than a test can make: it runs until stopped.
    Returns the event set once it has started."""
    started = threading.Event()

    def endless(self: UncleanCheck, conn: sqlite3.Connection) -> None:
        started.set()
        conn.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
            "SELECT count(*) FROM n WHERE i < 0"
        ).fetchone()

    monkeypatch.setattr(UncleanCheck, "_check", endless)
    return started


def test_a_sound_plan_passes_and_opens_without_reading_it_whole_again(
    tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "planner.db"
    _unclean(path, clock)
    UncleanCheck(path, user_folders()).run()
    statements = _statements(path, clock, checked=True)
    assert not [s for s in statements if "quick_check" in s or "foreign_key_check" in s]
    # Checked apart and closed cleanly: the next open trusts it.
    assert not needs_check(path, user_folders().clean_closes)


def test_without_the_check_apart_the_open_still_reads_it_whole(
    tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "planner.db"
    _unclean(path, clock)
    assert [s for s in _statements(path, clock) if "quick_check" in s]


def test_a_damaged_plan_is_refused_with_the_backup_to_restore(
    tmp_path: Path, clock: FixedClock, damage: Callable[[Path], None]
) -> None:
    path = tmp_path / "planner.db"
    backup = _unclean(path, clock)
    damage(path)
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError) as caught:
        UncleanCheck(path, user_folders()).run()
    message = " ".join(str(caught.value).split())
    assert "damaged" in message
    assert str(backup) in message
    assert path.read_bytes() == before


def test_a_broken_link_between_records_is_damage(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "planner.db"
    backup = _unclean(path, clock)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(
        "INSERT INTO contacts (company_id, first_name, last_name) VALUES (99999, 'Ann', 'Lee')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(NotADatabaseError) as caught:
        UncleanCheck(path, user_folders()).run()
    assert str(backup) in " ".join(str(caught.value).split())


def test_a_newer_versions_plan_is_left_for_the_open_to_name(
    tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "planner.db"
    _unclean(path, clock)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name) VALUES ('nurture_planner', 'zz')"
    )
    conn.commit()
    conn.close()
    UncleanCheck(path, user_folders()).run()
    with pytest.raises(NewerSchemaError):
        Store.open(path, clock, checked=True)


def test_a_check_stopped_from_another_thread_ends_at_once(
    tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "planner.db"
    _unclean(path, clock)
    started = endless_check(monkeypatch)
    check = UncleanCheck(path, user_folders())
    failures: list[BaseException] = []

    def run() -> None:
        try:
            check.run()
        except BaseException as error:
            failures.append(error)

    worker = threading.Thread(target=run)
    worker.start()
    assert started.wait(10)
    for _ in range(100):  # as the window does: again until it has ended
        check.stop()
        worker.join(0.1)
        if not worker.is_alive():
            break
    assert not worker.is_alive()
    assert len(failures) == 1
    assert isinstance(failures[0], CheckStoppedError)
    assert str(path) in str(failures[0])


def test_a_check_stopped_before_it_runs_reads_nothing(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "planner.db"
    _unclean(path, clock)
    check = UncleanCheck(path, user_folders())
    check.stop()
    with pytest.raises(CheckStoppedError):
        check.run()


def test_blank_files_and_other_programs_databases_are_left_to_the_open(
    tmp_path: Path, clock: FixedClock
) -> None:
    blank, stranger = tmp_path / "blank.db", tmp_path / "stranger.db"
    blank.write_bytes(b"")
    conn = sqlite3.connect(stranger)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    for path in (blank, stranger):
        UncleanCheck(path, user_folders()).run()
    store = Store.open(blank, clock, checked=True)
    try:
        assert store.is_empty()
        with store.transaction():
            store.companies.add(Company("Acme"))
    finally:
        store.close()
