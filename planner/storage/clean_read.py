"""A bare read-only connection to a plan file this version closed cleanly, for quick reads.

A command that only reads (`agenda`) needs no migration, lock, integrity or value check when
the file is exactly as this app left it: the record of clean closes says so (size, time and
inode unchanged, no pending WAL) and its schema is this version's. Anything else — a missing,
special, unreadable or read-only file, one changed since by another program, an older or
newer schema — is left to the full `Store.open`, which gives the plain message or migrates.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from planner.domain.model import AgendaEntry
from planner.storage.file_state import was_closed_cleanly
from planner.storage.read_side import agenda
from planner.storage.schema_names import MIGRATION_NAMES, applied_names

# As long as the app's own connections wait for a writer (write_lock.BUSY_TIMEOUT_MS; that
# module loads sqlite-utils, which a quick read does without).
WAIT_MS = 20_000


def _current_schema(conn: sqlite3.Connection) -> bool:
    """Whether the file's applied migrations are exactly this version's."""
    (user_version,) = conn.execute("PRAGMA user_version").fetchone()
    if user_version != len(MIGRATION_NAMES):
        return False
    return sorted(applied_names(conn)) == sorted(MIGRATION_NAMES)


def open_clean_for_reading(path: Path, clean_closes: Path) -> sqlite3.Connection | None:
    """A read-only connection to `path`, or None when the file needs the full open.

    `clean_closes` is the record of clean closes (`Folders.clean_closes`). The connection
    cannot write (`mode=ro` and `query_only`); it waits for a writer as the app's own do.
    """
    path = Path(path)
    try:
        if not path.is_file() or not os.access(path, os.R_OK | os.W_OK):
            return None
    except OSError:
        return None
    if not was_closed_cleanly(path, clean_closes):
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        conn.execute(f"PRAGMA busy_timeout = {WAIT_MS}")
        conn.execute("PRAGMA query_only = ON")
        if _current_schema(conn):
            return conn
    except sqlite3.Error:
        pass  # the full open names what is wrong (damaged, locked, not a plan)
    with contextlib.suppress(sqlite3.Error):
        conn.close()
    return None


class QuickReader:
    """The agenda's reads on one connection: a bare read-only one, or a store's."""

    def __init__(self, conn: sqlite3.Connection, *, owned: bool = True) -> None:
        self._conn = conn
        self._owned = owned  # a store's connection is closed by the store

    def overdue(self, today: date, limit: int | None = None) -> list[AgendaEntry]:
        """Planned touch-points whose day is before `today`, oldest first (the first `limit`)."""
        return agenda.overdue(self._conn, today, limit)

    def overdue_count(self, today: date) -> int:
        """How many planned touch-points have a day before `today`."""
        return agenda.overdue_count(self._conn, today)

    def between(self, first: date, last: date) -> list[AgendaEntry]:
        """Touch-points from `first` to `last` inclusive, in card order."""
        return agenda.entries_between(self._conn, first, last)

    def outlines(self, first: date, last: date) -> list[agenda.Outline]:
        """Where the touch-points from `first` to `last` sit, without their texts."""
        return agenda.outlines_between(self._conn, first, last)

    def entries_with_ids(self, ids: Sequence[int]) -> list[AgendaEntry]:
        """The touch-points with these ids, in card order."""
        return agenda.entries_with_ids(self._conn, ids)

    def setting(self, key: str, default: Any = None) -> Any:
        """The plan's setting `key` (kept as JSON), or `default` when it has none."""
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return default if row is None else json.loads(row[0])

    def trace(self, callback: Callable[[str], object] | None) -> None:
        """Hand every SQL statement run from now on to `callback` (None: stop)."""
        self._conn.set_trace_callback(callback)

    def close(self) -> None:
        """Close the connection if it is this reader's own; closing again is harmless."""
        if self._owned:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()


def quick_reader(path: Path, clean_closes: Path) -> QuickReader | None:
    """A QuickReader on `open_clean_for_reading`, or None when the file needs the full open."""
    conn = open_clean_for_reading(path, clean_closes)
    return None if conn is None else QuickReader(conn)
