"""Real SQLite failures of the user's environment, caused on files under a test's folder.

Each function makes SQLite itself fail and returns the sqlite3 error it raised, with the
result code SQLite gave it. Only what cannot be caused here is made by hand (`with_code`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path


def raised(action: Callable[[], object]) -> sqlite3.Error:
    """The sqlite3 error `action` raises (it must raise one)."""
    try:
        action()
    except sqlite3.Error as error:
        return error
    raise AssertionError("SQLite did not fail")


def _plan_file(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.executemany("INSERT INTO t VALUES (?)", [(str(i) * 50,) for i in range(2000)])
    conn.commit()
    conn.close()
    return path


def locked(folder: Path) -> sqlite3.Error:
    """Another connection holds the write lock: SQLITE_BUSY ("database is locked")."""
    path = _plan_file(folder / "locked.db")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        other = sqlite3.connect(path, timeout=0)
        try:
            return raised(lambda: other.execute("INSERT INTO t VALUES (1)"))
        finally:
            other.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def read_only(folder: Path) -> sqlite3.Error:
    """A write through a read-only connection: SQLITE_READONLY."""
    path = _plan_file(folder / "read-only.db")
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return raised(lambda: conn.execute("INSERT INTO t VALUES (1)"))
    finally:
        conn.close()


def not_a_database(folder: Path) -> sqlite3.Error:
    """A text file opened as a database: SQLITE_NOTADB ("file is not a database")."""
    path = folder / "notes.db"
    path.write_bytes(b"These are my notes, not a database at all. " * 100)
    conn = sqlite3.connect(path)
    try:
        return raised(lambda: conn.execute("PRAGMA schema_version").fetchone())
    finally:
        conn.close()


def damaged(folder: Path) -> sqlite3.Error:
    """A file whose table pages were overwritten: SQLITE_CORRUPT ("disk image is malformed")."""
    path = _plan_file(folder / "damaged.db")
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(page, len(data), page):  # every page but the first (the schema)
        data[start : start + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    conn = sqlite3.connect(path)
    try:
        return raised(lambda: conn.execute("SELECT count(*), max(x) FROM t").fetchone())
    finally:
        conn.close()


def full(folder: Path) -> sqlite3.Error:
    """More data than the file may grow to (`max_page_count`): SQLITE_FULL."""
    path = _plan_file(folder / "full.db")
    conn = sqlite3.connect(path)
    try:
        (pages,) = conn.execute("PRAGMA page_count").fetchone()
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return raised(lambda: conn.executemany("INSERT INTO t VALUES (?)", [("y" * 500,)] * 500))
    finally:
        conn.close()


def cannot_open(folder: Path) -> sqlite3.Error:
    """A file in a folder that does not exist: SQLITE_CANTOPEN."""
    return raised(lambda: sqlite3.connect(folder / "gone" / "plan.db").execute("SELECT 1"))


def with_code(code: int, text: str) -> sqlite3.Error:
    """An error as SQLite would raise it, for a failure a test cannot cause (a failing disk)."""
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    error.sqlite_errorname = text  # type: ignore[attr-defined]
    return error
