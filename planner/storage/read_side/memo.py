"""Reads kept while the file is unchanged: going back to a week costs a look-up, not a query."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

from planner.storage.db import Database

T = TypeVar("T")


class ReadMemo:
    """The last few results of reads, dropped as soon as anything may have changed the file.

    The file's state is told by this connection's count of changed rows (every insert, update
    and delete it ran, triggers included) and SQLite's data_version (which moves when another
    connection commits): both are answered from memory. Inside an open transaction nothing is
    kept, since it may still be rolled back.
    """

    def __init__(self, db: Database, size: int = 24) -> None:
        self._db = db
        self._size = size
        self._state: tuple[int, int] | None = None
        self._results: OrderedDict[Hashable, object] = OrderedDict()

    def _current_state(self) -> tuple[int, int] | None:
        conn = self._db.conn
        if conn.in_transaction:
            return None
        (version,) = conn.execute("PRAGMA data_version").fetchone()
        return conn.total_changes, int(version)

    def get(self, key: Hashable, read: Callable[[], T]) -> T:
        """The result of `read` for `key`, read again only when the file may have changed."""
        state = self._current_state()
        if state is None:
            return read()
        if state != self._state:
            self._results.clear()
            self._state = state
        if key in self._results:
            self._results.move_to_end(key)
            return self._results[key]  # type: ignore[return-value]
        result = read()
        self._results[key] = result
        if len(self._results) > self._size:
            self._results.popitem(last=False)
        return result

    def state(self) -> tuple[int, int] | None:
        """The file's state now (None inside a transaction): a read made elsewhere at this
        state may be kept with `put` while the state has not moved on."""
        return self._current_state()

    def peek(self, key: Hashable) -> object | None:
        """The kept result for `key` while the file is unchanged, else None (nothing is read)."""
        state = self._current_state()
        if state is None or state != self._state or key not in self._results:
            return None
        self._results.move_to_end(key)
        return self._results[key]

    def put(self, key: Hashable, result: object, state: tuple[int, int]) -> bool:
        """Keep `result` (read elsewhere, e.g. on another connection, at file state `state`)
        for `key`; False, and nothing kept, when the file has changed since."""
        current = self._current_state()
        if current is None or current != state:
            return False
        if current != self._state:
            self._results.clear()
            self._state = current
        self._results[key] = result
        self._results.move_to_end(key)
        if len(self._results) > self._size:
            self._results.popitem(last=False)
        return True

    def clear(self) -> None:
        """Forget every kept result."""
        self._results.clear()
        self._state = None
