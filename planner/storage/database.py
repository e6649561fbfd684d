"""Opening the planner's SQLite file: the checks before writing, pragmas, and migrations."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from planner.domain.errors import (
    DatabaseLockedError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    StorageError,
)
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.storage.backup_files import damaged_message
from planner.storage.connection import configure
from planner.storage.db import Database
from planner.storage.errors import storage_errors
from planner.storage.file_state import was_closed_cleanly
from planner.storage.folders import Folders, user_folders
from planner.storage.plan_backups import into_plan_folder, plan_folder, plan_id_of
from planner.storage.plan_check import check_plan, holds_a_plan, is_blank
from planner.storage.private_files import plain_os_error, private_folder
from planner.storage.schema_names import MIGRATION_NAMES, applied_names, pending_names
from planner.storage.special_files import refuse_special_file
from planner.storage.temp_files import clean_orphans
from planner.storage.write_lock import PlannerDatabase

SCHEMA_VERSION = len(MIGRATION_NAMES)


def _has_tables(db: Database) -> bool:
    return bool(db.table_names())


def _check_not_newer(db: Database, path: Path | str) -> None:
    (user_version,) = db.execute("PRAGMA user_version").fetchone()
    unknown = set(applied_names(db.conn)) - set(MIGRATION_NAMES)
    if user_version > SCHEMA_VERSION or unknown:
        raise NewerSchemaError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} was written by a newer version of Nurture Planner; "
                "update the app to open it.",
            ).format(path=path)
        )


def migrate(
    db: Database, path: Path | str = ":memory:", backup_dir: Path | None = None
) -> Path | None:
    """Apply pending migrations; returns where an existing file was backed up first, if it was.

    The backup goes into `backup_dir` (default: the user's own backups folder).
    """
    _check_not_newer(db, path)
    if not pending_names(db.conn):
        return None
    backup = None
    if isinstance(path, Path) and _has_tables(db):
        # Loaded here: opening a plan that needs no migration (the usual start) does without.
        from planner.storage.backup import backup_before_migration

        backup_dir = backup_dir or user_folders().backups
        backup = backup_before_migration(db.conn, backup_dir, path.name).path
    # Loaded here too: with the migrations comes sqlite-utils, which applies them.
    from planner.storage.migrations import migrations

    migrations.apply(db.utils)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    import uuid

    with db.atomic():
        if not db.execute("SELECT 1 FROM meta WHERE key = 'db_id'").fetchone():
            db.execute("INSERT INTO meta (key, value) VALUES ('db_id', ?)", [str(uuid.uuid4())])
    if backup is not None:
        # A plan older than its id was backed up before m005_plan_id gave it one.
        backup = into_plan_folder(backup, backup_dir or user_folders().backups, db.conn)
    return backup


def _tidy_backups(conn: sqlite3.Connection, root: Path) -> None:
    """Remove copies that killed backups left in this plan's backups folders.

    A backup cleans its own folder before it writes, but a killed migration's copy may sit in a
    folder no later backup visits (the file got migrated elsewhere since), so every open looks.
    Only files of processes that no longer run are removed, never the plan or its backups.
    """
    clean_orphans(root)
    plan_id = plan_id_of(conn)
    if plan_id is not None:
        clean_orphans(plan_folder(root, plan_id))


def _check_before_writing(
    db: Database, path: Path, folders: Folders, *, create: bool, checked: bool = False
) -> None:
    """Refuse a file that is not a plan (unless it is blank and may become one) or that holds
    values this version cannot read; it has not been changed yet."""
    conn = db.conn
    if is_blank(conn):
        if not create:
            raise NotADatabaseError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{path} is empty: it holds no plan. Nothing was changed."
                ).format(path=path)
            )
        return
    if not holds_a_plan(conn):
        raise NotADatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} does not hold a Nurture Planner plan (it is another program's "
                "database); nothing was changed.",
            ).format(path=path)
        )
    if checked:
        return
    if not pending_names(conn) and not was_closed_cleanly(path, folders.clean_closes):
        check_plan(conn, path)


def open_memory() -> Database:
    """A fresh, migrated in-memory database (tests and dry runs)."""
    db = PlannerDatabase()
    configure(db)
    migrate(db)
    return db


def open_database(
    path: Path,
    *,
    create: bool = True,
    backup_dir: Path | None = None,
    read_only: bool = False,
    folders: Folders | None = None,
    checked: bool = False,
) -> Database:
    """Open (and create, and migrate) the planner's database file.

    The file's integrity is checked (`quick_check`, links between records) only when it was
    not closed cleanly by this app and the caller means to write (`read_only` False): the
    check reads the whole file. The daily backup and `check` check it too.

    `folders` are where backups and the record of clean closes live (default: the user's
    own data folder); `backup_dir` sends the backups elsewhere. `checked` says the checks of a
    file not closed cleanly have just passed apart (planner.storage.unclean_check).

    Raises a StorageError with one plain sentence for anything in the user's environment:
    not a database, damaged, locked, read-only, newer than this version, disk full.
    """
    where = (folders or user_folders()).with_backups(backup_dir)
    return _open(path, create, where, read_only, checked)[0]


def open_checked(
    path: Path,
    *,
    create: bool = True,
    backup_dir: Path | None = None,
    read_only: bool = False,
    folders: Folders | None = None,
    checked: bool = False,
) -> tuple[Database, bool]:
    """As `open_database`, and whether the file is known sound (clean, or checked now)."""
    where = (folders or user_folders()).with_backups(backup_dir)
    return _open(path, create, where, read_only, checked)


def _open(
    path: Path, create: bool, folders: Folders, read_only: bool, checked: bool = False
) -> tuple[Database, bool]:
    path = Path(path)
    if path.is_dir():
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a database file.").format(
                path=path
            )
        )
    exists = path.exists()
    if exists:
        refuse_special_file(path)
    if not exists and not create:
        raise StorageError(QT_TRANSLATE_NOOP("Errors", "{path} does not exist.").format(path=path))
    if exists and not os.access(path, os.R_OK):
        raise ReadOnlyDatabaseError(
            QT_TRANSLATE_NOOP("Errors", "{path} cannot be read; check its permissions.").format(
                path=path
            )
        )
    if exists and not os.access(path, os.W_OK):
        raise ReadOnlyDatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is read-only; change its permissions or copy it somewhere writable.",
            ).format(path=path)
        )
    if exists:
        clean_orphans(path.parent)  # copies left beside the plan by a killed restore
    if not exists:
        _plan_folder(path, folders)
        # Created readable by the owner only: it holds the rep's relationships.
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    db: Database | None = None
    try:
        with storage_errors(path, folders.backups):
            db = PlannerDatabase(path)
            configure(db)
            db.execute("PRAGMA schema_version").fetchone()  # reads the header: fails if not SQLite
            # Before anything writes (switching to WAL rewrites the header): a newer file
            # must be left exactly as it was.
            _check_not_newer(db, path)
            # Still before anything writes: a stranger's file, or a plan this version cannot
            # read, is refused exactly as it was.
            _check_before_writing(db, path, folders, create=create, checked=checked)
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise DatabaseLockedError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{path} is in use by another program; close it there and try again.",
                    ).format(path=path)
                )
            # Take the write lock once, so a file another program is writing says so now.
            db.execute("BEGIN IMMEDIATE")
            db.execute("ROLLBACK")
            # Checking reads the whole file (seconds on a large book), so it runs only where
            # damage is likely: after an unclean close (a crash, another program) and before
            # writing. Damage met later still reads as "damaged" (see `translate`).
            unchanged = was_closed_cleanly(path, folders.clean_closes) or checked
            check = not unchanged and not read_only
            if check:
                (verdict,) = db.execute("PRAGMA quick_check(1)").fetchone()
                if verdict != "ok":
                    # SQLite's own words for the damage, in English.
                    raise NotADatabaseError(
                        QT_TRANSLATE_NOOP("Errors", "{path} is damaged ({problem}).").format(
                            path=path, problem=verdict.splitlines()[-1]
                        )
                    )
            migrated = migrate(db, path, folders.backups) is not None
            _tidy_backups(db.conn, folders.backups)
            if migrated:
                check_plan(db.conn, path)
            # Broken links come from our own migrations or from another program writing the
            # file, not from a failing disk.
            if migrated or check:
                problems = db.execute("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise NotADatabaseError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "{path} is damaged (broken links between records)."
                        ).format(path=path)
                    )
    except NotADatabaseError as error:
        if db is not None:
            db.close()
        if "damaged" in str(error):
            # A damaged file (not a stranger's file) comes with the backup to restore.
            raise NotADatabaseError(damaged_message(path, folders.backups)) from error
        raise
    except BaseException:
        if db is not None:
            db.close()
        raise
    return db, unchanged or check


def _plan_folder(path: Path, folders: Folders) -> None:
    """Make sure a new plan's folder is there: the app's own data folder is created (0700), a
    folder the rep named is not — a mistyped `--db` gets a plain message instead."""
    folder = path.parent
    if folder.is_dir():
        return
    if folder.exists():
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "{folder} is a file, not a folder.").format(folder=folder)
        )
    if folder.resolve() != folders.data.resolve():
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The folder {folder} does not exist; create it first or choose another file.",
            ).format(folder=folder)
        )
    try:
        private_folder(folder)
    except OSError as error:
        raise StorageError(plain_os_error(error, path)) from error


def database_id(db: Database) -> str:
    """A random id given to each database file at creation; stable for its lifetime."""
    row = db.execute("SELECT value FROM meta WHERE key = 'db_id'").fetchone()
    return str(row[0])
