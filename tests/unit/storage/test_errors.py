"""SQLite's failures sorted by result code: the environment in plain words, our bugs as they are."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlite_faults

from planner.domain.errors import (
    CannotOpenError,
    DatabaseIOError,
    DatabaseLockedError,
    DiskFullError,
    NotADatabaseError,
    PlannerError,
    ReadOnlyDatabaseError,
    StorageError,
)
from planner.storage.errors import plain_error, primary_code, storage_errors, translate


def _one_line(error: BaseException) -> str:
    message = str(error)
    assert message
    assert "\n" not in message
    assert "Traceback" not in message
    return message


# Each failure caused for real, with the class it must become and words of its sentence.
CAUSED: list[tuple[Callable[[Path], sqlite3.Error], type[StorageError], str]] = [
    (sqlite_faults.not_a_database, NotADatabaseError, "is not a Nurture Planner database"),
    (sqlite_faults.damaged, NotADatabaseError, "is damaged"),
    (sqlite_faults.locked, DatabaseLockedError, "is locked by another program"),
    (sqlite_faults.read_only, ReadOnlyDatabaseError, "is read-only"),
    (sqlite_faults.full, DiskFullError, "is full, so the last change was not saved"),
    (sqlite_faults.cannot_open, CannotOpenError, "cannot be opened"),
]


@pytest.mark.parametrize(("cause", "kind", "words"), CAUSED, ids=[c[0].__name__ for c in CAUSED])
def test_environment_errors_become_plain_messages(
    cause: Callable[[Path], sqlite3.Error], kind: type[StorageError], words: str, tmp_path: Path
) -> None:
    error = cause(tmp_path)
    # A folder that exists and is writable: the file is to blame, not its folder.
    plan = tmp_path / "planner.db"
    plain = translate(error, plan)
    assert type(plain) is kind
    message = _one_line(plain)
    assert str(plan) in message
    assert words in message
    without_path = translate(error)
    assert type(without_path) is kind
    assert "The database" in _one_line(without_path) or "the database" in str(without_path)


def test_a_damaged_file_in_use_names_the_backup_folder(tmp_path: Path) -> None:
    error = sqlite_faults.damaged(tmp_path)
    plain = translate(error, tmp_path / "planner.db", tmp_path / "my-backups")
    assert isinstance(plain, NotADatabaseError)
    assert f"no backup of it was found in {tmp_path / 'my-backups'}" in str(plain)


def test_the_sorting_reads_the_code_not_the_words(tmp_path: Path) -> None:
    """SQLite's English wording is not what decides: the same words without a code are a bug,
    and a locked error says "locked" whatever its text."""
    locked = sqlite_faults.locked(tmp_path)
    assert primary_code(locked) == sqlite3.SQLITE_BUSY
    assert translate(sqlite3.OperationalError(str(locked))) is None
    renamed = sqlite_faults.with_code(sqlite3.SQLITE_BUSY, "something else entirely")
    assert isinstance(translate(renamed), DatabaseLockedError)


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        # Failures a test cannot cause: a failing disk, a table locked in shared cache, and a
        # file the operating system refuses (extended codes fold onto their primary code).
        (sqlite3.SQLITE_IOERR_SHORT_READ, DatabaseIOError),
        (sqlite3.SQLITE_IOERR_FSYNC, DatabaseIOError),
        (sqlite3.SQLITE_IOERR, DatabaseIOError),
        (sqlite3.SQLITE_LOCKED_SHAREDCACHE, DatabaseLockedError),
        (sqlite3.SQLITE_PERM, ReadOnlyDatabaseError),
        (sqlite3.SQLITE_READONLY_DBMOVED, ReadOnlyDatabaseError),
        (sqlite3.SQLITE_CORRUPT_INDEX, NotADatabaseError),
    ],
)
def test_codes_that_cannot_be_caused_here(code: int, kind: type[StorageError]) -> None:
    error = sqlite_faults.with_code(code, "disk I/O error")
    plain = translate(error, "/data/planner.db")
    assert type(plain) is kind
    assert "/data/planner.db" in _one_line(plain)


def test_an_io_error_says_the_disk_failed() -> None:
    error = sqlite_faults.with_code(sqlite3.SQLITE_IOERR_READ, "disk I/O error")
    assert str(translate(error, "/data/planner.db")) == (
        "/data/planner.db could not be read or written (the disk or its file system failed); "
        "check the disk and try again."
    )


def _on_a_table(*statements: str) -> sqlite3.Error:
    """The error of the last statement, run on a fresh in-memory database after the others."""
    conn = sqlite3.connect(":memory:")
    try:
        for statement in statements[:-1]:
            conn.execute(statement)
        return sqlite_faults.raised(lambda: conn.execute(statements[-1]))
    finally:
        conn.close()


def _missing_table() -> sqlite3.Error:
    return _on_a_table("SELECT * FROM widgets")


def _constraint() -> sqlite3.Error:
    return _on_a_table(
        "CREATE TABLE t (id INTEGER PRIMARY KEY)",
        "INSERT INTO t VALUES (1)",
        "INSERT INTO t VALUES (1)",
    )


def _misuse() -> sqlite3.Error:
    conn = sqlite3.connect(":memory:")
    try:
        return sqlite_faults.raised(lambda: conn.execute("SELECT ?", [1, 2]))
    finally:
        conn.close()


@pytest.mark.parametrize("make", [_missing_table, _constraint, _misuse])
def test_our_bugs_are_not_dressed_up(make: Callable[[], sqlite3.Error]) -> None:
    error = make()
    assert translate(error) is None
    assert plain_error(error) is None
    with pytest.raises(type(error)), storage_errors("/data/planner.db"):
        raise error


def test_a_bug_with_a_code_of_its_own_is_still_a_bug() -> None:
    error = _constraint()
    assert primary_code(error) == sqlite3.SQLITE_CONSTRAINT
    assert translate(error, "/data/planner.db") is None


def test_storage_errors_chains_the_original(tmp_path: Path) -> None:
    original = sqlite_faults.locked(tmp_path)
    with pytest.raises(DatabaseLockedError) as caught, storage_errors():
        raise original
    assert caught.value.__cause__ is original
    assert isinstance(caught.value, PlannerError)


def test_plain_error_leaves_other_exceptions_alone(tmp_path: Path) -> None:
    assert plain_error(OSError("disk")) is None
    assert isinstance(plain_error(sqlite_faults.full(tmp_path)), DiskFullError)
