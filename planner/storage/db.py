"""A plan file's connection as the storage layer uses it: statements, transactions, savepoints.

The storage layer asks little of its connection: run a statement (a write outside a transaction
is committed at once), group statements in one transaction whose nested parts are savepoints,
and list the tables. This class does that on a bare `sqlite3` connection, with the semantics of
sqlite-utils' `Database` (which it replaced here). sqlite-utils itself is still what migrates
the schema (`utils`): its import takes about a tenth of the GUI's cold start, so opening a plan
that needs no migration, and reading its week, does without it.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import sqlite3
from collections.abc import Generator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import sqlite_utils

# Savepoints are named by a count: unique on a connection, and no random source to load.
_savepoints = itertools.count(1)

# Statements that end or begin a transaction themselves: `execute` never commits after them.
_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})

Parameters = Sequence[Any] | dict[str, Any]


class Executor(Protocol):
    """What runs the schema's statements: a plan's Database, or sqlite-utils' in a migration."""

    conn: sqlite3.Connection

    def execute(self, sql: str, parameters: Parameters | None = None) -> sqlite3.Cursor: ...


def first_keyword(sql: str) -> str:
    """The statement's first keyword, upper-cased, after what SQLite skips before it
    (white space, comments, empty statements, a byte order mark); "" if there is none."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            newline = sql.find("\n", i)
            if newline == -1:
                return ""
            i = newline + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            break
    j = i
    while j < n and (sql[j].isalpha() or sql[j] == "_"):
        j += 1
    return sql[i:j].upper()


class Database:
    """One SQLite connection: a file's path (or ":memory:"), or a connection made elsewhere.

    Triggers fire recursively, as the schema's touch facts expect of every connection.
    """

    # How an outer transaction begins; the plan's own connection begins IMMEDIATE.
    begin_statement = "BEGIN"

    def __init__(self, filename_or_conn: str | Path | sqlite3.Connection = ":memory:") -> None:
        if isinstance(filename_or_conn, sqlite3.Connection):
            self.conn = filename_or_conn
        else:
            self.conn = sqlite3.connect(str(filename_or_conn))
        self.conn.execute("PRAGMA recursive_triggers = ON")
        self._utils: sqlite_utils.Database | None = None

    def execute(self, sql: str, parameters: Parameters | None = None) -> sqlite3.Cursor:
        """Run one statement. A write outside a transaction is committed at once; a failed one
        leaves no transaction open behind it."""
        was_in_transaction = self.conn.in_transaction
        try:
            if parameters is None:
                cursor = self.conn.execute(sql)
            else:
                cursor = self.conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        if (
            not was_in_transaction
            and self.conn.in_transaction
            and cursor.description is None
            and first_keyword(sql) not in _TRANSACTION_CONTROL
        ):
            self.conn.execute("COMMIT")
        return cursor

    @contextlib.contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        """One transaction; nested calls are savepoints, undone alone when they fail."""
        if self.conn.in_transaction:
            savepoint = f"planner_{next(_savepoints)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                # A RAISE(ROLLBACK) trigger can end the whole transaction, savepoints and
                # all: undoing the savepoint then would hide the first error.
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        with self.outer_transaction_guard():
            self.conn.execute(self.begin_statement)
            try:
                yield self
            except BaseException:
                self.rollback()
                raise
            else:
                try:
                    self.conn.execute("COMMIT")
                except BaseException:
                    self.rollback()
                    raise

    def outer_transaction_guard(self) -> contextlib.AbstractContextManager[object]:
        """What an outer transaction holds from its BEGIN to its end (nothing here)."""
        return contextlib.nullcontext()

    def rollback(self) -> None:
        """Undo the open transaction, if any; a failing rollback must not hide the first error."""
        with contextlib.suppress(sqlite3.Error):
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")

    def table_names(self) -> list[str]:
        return [
            name
            for (name,) in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]

    @property
    def utils(self) -> sqlite_utils.Database:
        """sqlite-utils' Database on this same connection (migrations use it); its
        transactions are this one's (a plan's begin under the plan's lock)."""
        if self._utils is None:
            self._utils = _utils_class()(self.conn, execute_plugins=False)
            self._utils.owner = self  # type: ignore[attr-defined]
        return self._utils

    def close(self) -> None:
        self.conn.close()


@functools.cache
def _utils_class() -> type[sqlite_utils.Database]:
    """sqlite-utils' Database whose `atomic` is its owner's (loaded on first use)."""
    import sqlite_utils

    class OwnedDatabase(sqlite_utils.Database):
        owner: Database

        @contextlib.contextmanager
        def atomic(self) -> Generator[sqlite_utils.Database, None, None]:
            with self.owner.atomic():
                yield self

    return OwnedDatabase
