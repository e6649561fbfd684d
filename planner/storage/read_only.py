"""A read-only Store on a plan file, for work off the GUI thread (its own connection)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from planner.domain.timing import Clock
from planner.storage.connection import configure
from planner.storage.db import Database
from planner.storage.errors import storage_errors
from planner.storage.store import Store


def open_read_only_store(path: Path, clock: Clock) -> Store:
    """A Store on its own read-only connection to `path`; it never migrates or writes.

    Made for a worker thread: the connection belongs to the thread that opens it, and SQLite
    lets it read while the GUI's connection writes (the file is in WAL mode).
    """
    with storage_errors(path):
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        db = Database(conn)
        configure(db)
        db.execute("PRAGMA query_only = ON")
    return Store(db, clock, None)
