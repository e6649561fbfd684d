"""Restoring a plan from a backup: check the candidate fully, then swap it in under the plan lock.

The order is what makes a restore safe. The candidate is copied next to the plan, migrated and
checked there (integrity, foreign keys, tables, readable values) while the plan is untouched.
Only then is the plan's lock taken exclusively: no writer can commit while the current plan is
backed up and the checked copy takes its place, so every committed write is either in the
before-restore backup or made to the restored plan afterwards (a writer that opened the old
file is told so instead of writing into it).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path

from planner.domain.errors import (
    DatabaseLockedError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    StorageError,
)
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.storage.backup import backup_connection, fsync_folder
from planner.storage.backup_files import Backup, Reason, unique_target
from planner.storage.connection import configure
from planner.storage.database import migrate
from planner.storage.db import Database
from planner.storage.errors import translate
from planner.storage.file_state import open_in_running_app
from planner.storage.integrity import connect_read_only, integrity_problems
from planner.storage.plan_backups import folder_for_path
from planner.storage.plan_check import holds_a_plan, plan_problems
from planner.storage.private_files import private_folder
from planner.storage.special_files import refuse_special_file
from planner.storage.temp_files import clean_orphans, make_temp
from planner.storage.write_lock import LOCK_WAIT_SECONDS, exclusive_plan_lock


def _not_a_backup(path: Path) -> NotADatabaseError:
    return NotADatabaseError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} is not a Nurture Planner backup (not an SQLite database); nothing was changed.",
        ).format(path=path)
    )


def validate_backup(backup_path: Path) -> None:
    """Refuse a file that is not a sound Nurture Planner database this version can read."""
    path = Path(backup_path)
    refuse_special_file(path)
    try:
        conn = connect_read_only(path)
    except NotADatabaseError:
        raise _not_a_backup(path) from None
    try:
        problems = integrity_problems(conn, limit=5)
        planner = not problems and holds_a_plan(conn)
    except sqlite3.DatabaseError:
        raise _not_a_backup(path) from None
    finally:
        conn.close()
    if problems:
        raise NotADatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is damaged ({problem}); choose another backup. Nothing was changed.",
            ).format(path=path, problem=problems[0])
        )
    if not planner:
        raise NotADatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} does not hold a Nurture Planner plan; nothing was changed."
            ).format(path=path)
        )


def _stage(backup_path: Path, db_path: Path) -> Path:
    """A checked, migrated copy of the backup next to the plan, ready to take its place."""
    fd, staged = make_temp(db_path)
    os.close(fd)
    try:
        source = connect_read_only(backup_path)
        try:
            dest = sqlite3.connect(staged)
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()
        db = Database(staged)
        try:
            configure(db)
            migrate(db, str(backup_path))  # a str path: an older backup needs no backup itself
            problems = plan_problems(db.conn) + integrity_problems(db.conn, limit=5)
            if problems:
                raise NotADatabaseError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{path} cannot be restored: {problem}. Nothing was changed.",
                    ).format(path=backup_path, problem=problems[0])
                )
            db.execute("PRAGMA journal_mode = WAL")
        except sqlite3.Error as error:
            raise translate(error, backup_path) or _not_a_backup(backup_path) from error
        finally:
            db.close()
        with open(staged, "rb") as fh:
            os.fsync(fh.fileno())
        for suffix in ("-wal", "-shm"):
            staged.with_name(staged.name + suffix).unlink(missing_ok=True)
    except BaseException:
        _remove_staged(staged)
        raise
    return staged


def _remove_staged(staged: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        staged.with_name(staged.name + suffix).unlink(missing_ok=True)


def _open_current(db_path: Path) -> sqlite3.Connection | None:
    """A connection to the current file when it is a database nobody is writing, else None."""
    if not db_path.exists():
        return None
    conn = sqlite3.connect(db_path, isolation_level=None, timeout=LOCK_WAIT_SECONDS)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError:  # damaged or not a database: set aside byte for byte
        conn.close()
        return None
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError as error:
        conn.close()
        raise DatabaseLockedError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is in use by another program; close it there and try again."
            ).format(path=db_path)
        ) from error
    return conn


def _set_aside_raw(db_path: Path, folder: Path, now: datetime | None) -> Backup:
    """A byte copy of a file SQLite cannot read, so that even a damaged file is never lost."""
    private_folder(folder)
    moment = now or datetime.now(UTC)
    target = unique_target(folder, db_path.name, Reason.BEFORE_RESTORE, moment)
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "wb") as out, open(db_path, "rb") as src:
        shutil.copyfileobj(src, out)
        out.flush()
        os.fsync(out.fileno())
    for suffix in ("-wal",):
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            side_target = target.with_name(target.name + suffix)
            shutil.copyfile(side, side_target)
            os.chmod(side_target, 0o600)
    return Backup(target, db_path.name, moment.astimezone(UTC), Reason.BEFORE_RESTORE)


def _refuse_unwritable(db_path: Path) -> None:
    # The owner's write bit counts even for root, who could write it anyway.
    if db_path.exists() and (
        not os.access(db_path, os.W_OK) or not db_path.stat().st_mode & stat.S_IWUSR
    ):
        raise ReadOnlyDatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is read-only, so it cannot be replaced; change its permissions first. "
                "Nothing was changed.",
            ).format(path=db_path)
        )
    if not os.access(db_path.parent, os.W_OK):
        raise ReadOnlyDatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The folder {folder} is not writable, so the plan cannot be replaced there. "
                "Nothing was changed.",
            ).format(folder=db_path.parent)
        )


def restore(
    backup_path: Path, db_path: Path, folder: Path, *, now: datetime | None = None
) -> Backup | None:
    """Replace the database at `db_path` with the backup, atomically.

    The backup is fully checked first (integrity, foreign keys, tables, values); the current
    file, if any, is backed up into `folder` and replaced under the plan's exclusive lock.
    Returns that backup of the current file. A running app on the plan is refused.
    """
    backup_path = Path(backup_path)
    db_path = Path(db_path)
    refuse_special_file(backup_path)
    refuse_special_file(db_path)
    if backup_path.resolve() == db_path.resolve():
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is the database itself; choose a backup file."
            ).format(path=backup_path)
        )
    if open_in_running_app(db_path):
        raise DatabaseLockedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is open in a Nurture Planner window; close it there and try again.",
            ).format(path=db_path)
        )
    validate_backup(backup_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    _refuse_unwritable(db_path)
    clean_orphans(db_path.parent)
    staged = _stage(backup_path, db_path)
    try:
        with exclusive_plan_lock(db_path):
            kept: Backup | None = None
            current = _open_current(db_path)
            if current is not None:
                try:
                    kept = backup_connection(
                        current, folder, db_path.name, Reason.BEFORE_RESTORE, keep=None, now=now
                    )
                finally:
                    current.close()
            elif db_path.exists():
                kept = _set_aside_raw(db_path, folder_for_path(folder, db_path) or folder, now)
            # A log left by the old file must never be replayed into the restored one.
            for suffix in ("-wal", "-shm"):
                db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
            try:
                os.replace(staged, db_path)
            except OSError as error:
                raise StorageError(
                    QT_TRANSLATE_NOOP("Errors", "The backup to {path} failed: {error}.").format(
                        path=db_path, error=str(error)
                    )
                ) from error
            fsync_folder(db_path.parent)
    finally:
        _remove_staged(staged)
    return kept
