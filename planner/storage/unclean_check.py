"""The checks an open runs on a plan that was not closed cleanly, on a connection of their own.

Opening a plan that was closed cleanly by this app checks nothing; one that was not (the app or
the computer stopped, another program wrote it) is read whole first: SQLite's quick check, the
plan's own values and the links between records, as `open_database` does before it writes. On a
large book that reads for seconds, so the window runs this apart, on a thread of its own, and
then opens the file with `checked=True`. Another thread may stop the check at any moment.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from planner.domain.errors import NotADatabaseError, StorageError
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.storage.backup_files import damaged_message
from planner.storage.errors import storage_errors
from planner.storage.folders import Folders
from planner.storage.integrity import connect_read_only
from planner.storage.plan_check import check_plan, holds_a_plan, is_blank
from planner.storage.schema_names import MIGRATION_NAMES, applied_names


class CheckStoppedError(StorageError):
    """The check was stopped before it finished; nothing was opened or changed."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} was not opened: its check was stopped. Nothing was changed; it is "
                "checked again when it is next opened.",
            ).format(path=path)
        )


class UncleanCheck:
    """The open's checks of one file, run by `run` on any thread and stopped by `stop`."""

    def __init__(self, path: Path, folders: Folders) -> None:
        self.path = Path(path)
        self.folders = folders
        self._guard = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._stopped = False

    def stop(self) -> None:
        """Stop the check under way (from any thread): `run` raises CheckStoppedError.

        SQLite drops an interrupt that lands between two statements; the check's own statements
        see the stop through the progress handler, but one long statement (the quick check
        itself) only through an interrupt: a caller that must be sure calls `stop` again until
        `run` has returned.
        """
        with self._guard:
            self._stopped = True
            if self._conn is not None:
                self._conn.interrupt()

    def run(self) -> None:
        """Check the file; raises the plain StorageError the open would give, or CheckStoppedError.

        A file that holds no plan (blank, or another program's) passes: the open refuses it,
        or makes it a new plan, with its own words, without reading it whole.
        """
        conn = connect_read_only(self.path)
        with self._guard:
            if self._stopped:
                conn.close()
                raise CheckStoppedError(self.path)
            self._conn = conn
        # Every few thousand steps of each statement: stopped meanwhile? (non-zero ends it)
        conn.set_progress_handler(lambda: int(self._stopped), 10_000)
        try:
            with storage_errors(self.path, self.folders.backups):
                self._check(conn)
        except StorageError as error:
            if self._stopped:
                raise CheckStoppedError(self.path) from error
            if isinstance(error, NotADatabaseError) and "damaged" in str(error):
                # As the open says it: with the latest backup to restore.
                raise NotADatabaseError(damaged_message(self.path, self.folders.backups)) from error
            raise
        except sqlite3.OperationalError as error:
            if self._stopped:  # interrupted
                raise CheckStoppedError(self.path) from error
            raise
        finally:
            with self._guard:
                self._conn = None
            conn.close()
        if self._stopped:
            raise CheckStoppedError(self.path)

    def _check(self, conn: sqlite3.Connection) -> None:
        if is_blank(conn) or not holds_a_plan(conn):
            return
        (verdict,) = conn.execute("PRAGMA quick_check(1)").fetchone()
        if verdict != "ok":
            raise NotADatabaseError(damaged_message(self.path, self.folders.backups))
        known = set(MIGRATION_NAMES)
        applied = set(applied_names(conn))
        if applied - known:
            return  # a newer version's plan: the open says so, and leaves it as it is
        if known <= applied:
            # An older plan's values are checked once the open has brought it up to date.
            check_plan(conn, self.path)
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise NotADatabaseError(damaged_message(self.path, self.folders.backups))
