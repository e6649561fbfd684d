"""Reading the plan beside the writer: a read-only connection, consistent reads, others' writes."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

from planner.domain.errors import StorageError
from planner.domain.timing import Clock
from planner.storage.db import Database
from planner.storage.errors import storage_errors
from planner.storage.store import Store


def _casefold(value: str | None) -> str | None:
    return value.casefold() if isinstance(value, str) else value


def open_reader(path: Path, clock: Clock) -> Store:
    """A read-only Store on the plan file at `path`, for a thread of its own.

    The connection belongs to the thread that calls this (sqlite3 refuses it anywhere else);
    it can never write, so a reader can never hold up or damage the writer's work.
    """
    uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro"
    with storage_errors(path):
        conn = sqlite3.connect(uri, uri=True)
        db = Database(conn)
        # The same Unicode folding as the writer's connection (indexes and queries use it).
        conn.create_function("casefold", 1, _casefold, deterministic=True)
        db.execute("PRAGMA busy_timeout = 3000")
    return Store(db, clock, None)


@contextlib.contextmanager
def consistent_read(store: Store) -> Iterator[Store]:
    """Every query inside sees the plan as one committed state (WAL keeps the snapshot)."""
    with storage_errors(store.path):
        store.db.execute("BEGIN")
        try:
            yield store
        finally:
            store.db.execute("ROLLBACK")


def data_version(store: Store) -> int | None:
    """A number that changes when another connection (another program) commits to the file.

    SQLite answers it from memory, so asking often costs next to nothing; the connection's own
    writes leave it unchanged. None once the store has been closed.
    """
    try:
        with storage_errors(store.path):
            (version,) = store.db.execute("PRAGMA data_version").fetchone()
    except sqlite3.ProgrammingError:  # closed: the plan is being put away
        return None
    return int(version)


class ReadInterruptedError(Exception):
    """A read was stopped from another thread (`Readers.interrupt`) before it finished."""


class Readers:
    """Read-only stores opened one at a time for a worker thread, stoppable from any thread.

    `interrupt` aborts the query running now (SQLite's own interrupt, safe from another thread)
    and every later read, so closing a plan never waits for a long read to finish.
    """

    def __init__(self, path: Path, clock: Clock) -> None:
        self._path = path
        self._clock = clock
        self._lock = threading.Lock()
        self._current: sqlite3.Connection | None = None
        self._stopped = False

    @contextlib.contextmanager
    def reader(self) -> Iterator[Store]:
        """A read-only store for the calling thread, closed afterwards."""
        if self._stopped:
            raise ReadInterruptedError
        store = open_reader(self._path, self._clock)
        with self._lock:
            self._current = store.db.conn
        try:
            yield store
        except sqlite3.OperationalError as error:
            if self._stopped:
                raise ReadInterruptedError from error
            raise
        except StorageError as error:
            if self._stopped:
                raise ReadInterruptedError from error
            raise
        finally:
            with self._lock:
                self._current = None
            store.db.close()
        if self._stopped:
            raise ReadInterruptedError

    def interrupt(self) -> None:
        """Stop the read running now and refuse every later one."""
        with self._lock:
            self._stopped = True
            if self._current is not None:
                self._current.interrupt()
