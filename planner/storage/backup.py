"""Making backups of the planner's file: online copies, the daily one, before imports and merges."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from planner.domain.errors import NotADatabaseError, StorageError
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.storage.backup_files import (
    Backup,
    Reason,
    backups,
    damaged_message,
    prune,
    unique_target,
)
from planner.storage.db import Database
from planner.storage.errors import translate
from planner.storage.folders import Folders
from planner.storage.integrity import connect_read_only, quick_check
from planner.storage.plan_backups import folder_for_connection
from planner.storage.private_files import plain_os_error, private_folder
from planner.storage.temp_files import clean_orphans, make_temp

DEFAULT_KEEP = 14
# A plan file is data: a `backups_keep` it carries can lower rotation only this far.
MIN_KEEP = 3
MAX_KEEP = 1000
KEEP_SETTING = "backups_keep"
LAST_DAILY_SETTING = "backups_last_daily"
_PAGES_PER_STEP = 1024
LOCK_WAIT_SECONDS = 3.0


class OpenPlan(Protocol):
    """What backing up needs of an open store: its file, its connection, and its folders."""

    @property
    def path(self) -> Path | None: ...

    @property
    def db(self) -> Database: ...

    @property
    def folders(self) -> Folders: ...


def _copy_database(
    source: sqlite3.Connection,
    target: Path,
    *,
    journal_mode: str = "DELETE",
    before_replace: Callable[[], None] | None = None,
) -> None:
    """Copy `source` into a new private file at `target`, all or nothing.

    A backup is a standalone file (journal mode DELETE, even when the source uses WAL); a
    restored database goes back into WAL mode. `before_replace` runs once the copy is on disk,
    just before it takes the target's place.
    """
    # The process id in the name lets a later run remove the copy if this process is killed.
    fd, temp = make_temp(target)
    os.close(fd)
    try:
        dest = sqlite3.connect(temp)
        try:
            source.backup(dest, pages=_PAGES_PER_STEP)
            dest.execute(f"PRAGMA journal_mode = {journal_mode}")
        finally:
            dest.close()
        with open(temp, "rb") as fh:
            os.fsync(fh.fileno())
        if before_replace is not None:
            before_replace()
        os.replace(temp, target)
        fsync_folder(target.parent)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def fsync_folder(folder: Path) -> None:
    """Make a rename inside `folder` durable (best effort: not every file system allows it)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def backup_error(error: sqlite3.Error, where: Path) -> StorageError:
    """A failed copy in plain words: the environment's error, or what SQLite said."""
    return translate(error, where) or StorageError(
        QT_TRANSLATE_NOOP("Errors", "The backup to {path} failed: {error}.").format(
            path=where, error=str(error)
        )
    )


def backup_connection(
    conn: sqlite3.Connection,
    folder: Path,
    db_name: str,
    reason: Reason = Reason.MANUAL,
    *,
    keep: int | None = DEFAULT_KEEP,
    now: datetime | None = None,
) -> Backup:
    """Back up an open database into `folder` through SQLite's online backup API.

    The copy is consistent even while the planner has the file open; it is created with
    mode 0600; older backups of the same database beyond `keep` are removed afterwards.
    """
    moment = now or datetime.now(UTC)
    try:
        # Missing parents too are 0700 whatever the umask (mkdir's own mode is masked).
        private_folder(folder)
    except OSError as error:
        # Plain words: which folder is not writable, or that the disk is full.
        raise StorageError(plain_os_error(error, folder)) from error
    clean_orphans(folder)
    # Each plan's backups go to its own folder, so one plan never rotates another's away.
    root, folder = folder, folder_for_connection(folder, conn)
    clean_orphans(folder)
    target = unique_target(folder, db_name, reason, moment)
    try:
        _copy_database(conn, target)
    except sqlite3.Error as error:
        raise backup_error(error, target) from error
    except OSError as error:
        raise StorageError(plain_os_error(error, target)) from error
    made = Backup(target, db_name, moment.astimezone(UTC), reason)
    if keep is not None:
        prune(folder, db_name if folder == root else None, keep)
    return made


def backup_file(
    db_path: Path,
    folder: Path,
    reason: Reason = Reason.MANUAL,
    *,
    keep: int | None = DEFAULT_KEEP,
    now: datetime | None = None,
) -> Backup:
    """Back up the database file at `db_path` (which may be in use) into `folder`."""
    conn = connect_read_only(db_path)
    try:
        return backup_connection(conn, folder, db_path.name, reason, keep=keep, now=now)
    finally:
        conn.close()


def backup_to(db_path: Path, target: Path) -> Path:
    """Write a consistent copy of the database at `db_path` to the file `target` (0600)."""
    target = Path(target)
    if target.exists() and target.is_dir():
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is a folder; give the name of the backup file to write."
            ).format(path=target)
        )
    if target.resolve() == Path(db_path).resolve():
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "The backup cannot overwrite the database it copies.")
        )
    if not target.parent.is_dir():
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist.").format(
                folder=target.parent
            )
        )
    conn = connect_read_only(db_path)
    clean_orphans(target.parent)
    try:
        _copy_database(conn, target)
    except sqlite3.Error as error:
        raise backup_error(error, target) from error
    except OSError as error:
        raise StorageError(plain_os_error(error, target)) from error
    finally:
        conn.close()
    return target


def configured_keep(conn: sqlite3.Connection) -> int:
    """The `backups_keep` setting of an open planner file, kept within sane bounds, or the default.

    The value comes from the file, so it is validated: a hostile or damaged plan cannot make
    the rotation delete all but one backup.
    """
    value = _setting(conn, KEEP_SETTING)
    if isinstance(value, int) and not isinstance(value, bool):
        return min(max(value, MIN_KEEP), MAX_KEEP)
    return DEFAULT_KEEP


def _setting(conn: sqlite3.Connection, key: str) -> object:
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    except sqlite3.Error:  # an old or foreign file without settings
        return None
    if row is None:
        return None
    try:
        value: object = json.loads(row[0])
    except (TypeError, ValueError):
        return None
    return value


def daily_backup(
    store: OpenPlan,
    folder: Path | None = None,
    *,
    keep: int | None = None,
    now: datetime | None = None,
) -> Backup | None:
    """Back up the store's file at most once a (local) day, on start; None when not needed.

    The backup goes into `folder` (default: the store's backups folder). An in-memory store,
    or a day that already has a backup of this file, needs none. A file that fails SQLite's
    quick check is not backed up (so damage never rotates the good copies away): a
    NotADatabaseError naming the latest backup is raised instead.
    """
    if store.path is None:
        return None
    folder = folder or store.folders.backups
    moment = now or datetime.now(UTC)
    today = moment.astimezone().date()
    conn = store.db.conn
    own = folder_for_connection(folder, conn)
    found = backups(own, None if own != folder else store.path.name)
    if any(b.made_at.astimezone().date() == today for b in found):
        return None
    if quick_check(conn):
        raise NotADatabaseError(damaged_message(store.path, folder))
    return backup_connection(
        conn,
        folder,
        store.path.name,
        Reason.DAILY,
        keep=configured_keep(conn) if keep is None else keep,
        now=moment,
    )


def backup_store(store: OpenPlan, reason: Reason, folder: Path | None = None) -> Backup | None:
    """A copy of the store's file into its backups folder (or `folder`), rotated as configured.

    Call it outside any transaction; None for an in-memory store.
    """
    if store.path is None:
        return None
    conn = store.db.conn
    return backup_connection(
        conn,
        folder or store.folders.backups,
        store.path.name,
        reason,
        keep=configured_keep(conn),
    )


def backup_before_import(store: OpenPlan, folder: Path | None = None) -> Backup | None:
    """The copy an import takes before it writes, so that the whole import can be undone.

    Call it outside the import's transaction; None for an in-memory store.
    """
    return backup_store(store, Reason.BEFORE_IMPORT, folder)


def backup_before_merge(store: OpenPlan) -> Backup | None:
    """The copy taken just before a merge (merges cannot be undone); None in memory."""
    return backup_store(store, Reason.MANUAL)


def backup_before_migration(conn: sqlite3.Connection, folder: Path, db_name: str) -> Backup:
    """The copy taken before pending migrations change an existing file."""
    return backup_connection(
        conn, folder, db_name, Reason.BEFORE_MIGRATION, keep=configured_keep(conn)
    )
