"""Opening the planner's SQLite file: pragmas, migrations, and errors that people can act on."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from planner.domain.errors import (
    DatabaseLockedError,
    DiskFullError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    StorageError,
)
from planner.domain.text import QT_TRANSLATE_NOOP, Template
from planner.storage.backup import backup_before_migration, damaged_message, store_folder
from planner.storage.migrations import known_names, migrations
from planner.storage.plan_backups import into_plan_folder
from planner.storage.plan_check import check_plan, holds_a_plan, is_blank
from planner.storage.private_files import plain_os_error, private_folder, write_private_file
from planner.storage.special_files import refuse_special_file
from planner.storage.temp_files import clean_orphans
from planner.storage.write_lock import BUSY_TIMEOUT_MS, PlannerDatabase

SCHEMA_VERSION = len(known_names())


_DAMAGED = ("malformed", "disk image")
_SQLITE_ERRORS: tuple[tuple[tuple[str, ...], type[StorageError], Template, Template], ...] = (
    # (words in SQLite's message, the error, the message naming the file, the one without)
    (
        ("file is not a database", "file is encrypted"),
        NotADatabaseError,
        QT_TRANSLATE_NOOP(
            "Errors", "{path} is not a Nurture Planner database (not an SQLite file)."
        ),
        QT_TRANSLATE_NOOP(
            "Errors", "The database is not a Nurture Planner database (not an SQLite file)."
        ),
    ),
    (
        _DAMAGED,
        NotADatabaseError,
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} is damaged (the database disk image is malformed); restore a backup.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database is damaged (the database disk image is malformed); restore a backup.",
        ),
    ),
    (
        ("locked", "busy"),
        DatabaseLockedError,
        QT_TRANSLATE_NOOP(
            "Errors", "{path} is locked by another program; close it there and try again."
        ),
        QT_TRANSLATE_NOOP(
            "Errors", "The database is locked by another program; close it there and try again."
        ),
    ),
    (
        ("readonly", "read-only"),
        ReadOnlyDatabaseError,
        QT_TRANSLATE_NOOP(
            "Errors", "{path} is read-only; change its permissions or copy it somewhere writable."
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database is read-only; change its permissions or copy it somewhere writable.",
        ),
    ),
    (
        ("disk is full", "database or disk is full"),
        DiskFullError,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The disk holding {path} is full, so the last change was not saved "
            "(everything saved before it is safe); free some space and try again.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "The disk holding the database is full, so the last change was not saved "
            "(everything saved before it is safe); free some space and try again.",
        ),
    ),
    (
        ("unable to open",),
        StorageError,
        QT_TRANSLATE_NOOP(
            "Errors", "{path} cannot be opened; check that its folder exists and is writable."
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database cannot be opened; check that its folder exists and is writable.",
        ),
    ),
)


def _folder_problem(error: sqlite3.Error, path: Path | str | None) -> StorageError | None:
    """SQLite says "read-only" or "unable to open" for a folder it cannot write its journal
    into, too: name the folder then, so the rep knows the file itself is fine."""
    text = str(error).lower()
    if (
        path is None
        or str(path) == ":memory:"
        or not any(word in text for word in ("readonly", "read-only", "unable to open"))
    ):
        return None
    where = Path(path)
    folder = where.parent
    if not folder.is_dir():
        if "unable to open" not in text:
            return None
        return StorageError(
            QT_TRANSLATE_NOOP("Errors", "The folder {folder} of {path} does not exist.").format(
                folder=folder, path=where
            )
        )
    if not os.access(folder, os.W_OK | os.X_OK) and (
        not where.exists() or os.access(where, os.W_OK)
    ):
        return ReadOnlyDatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The folder {folder} is not writable, so changes to {path} cannot be saved; "
                "change the folder's permissions or copy the file somewhere writable.",
            ).format(folder=folder, path=where)
        )
    return None


def translate(error: sqlite3.Error, path: Path | str | None = None) -> StorageError | None:
    """The user-environment error behind a sqlite3 error, or None when it is our bug."""
    text = str(error).lower()
    folder_problem = _folder_problem(error, path)
    if folder_problem is not None:
        return folder_problem
    for words, kind, named, unnamed in _SQLITE_ERRORS:
        if any(word in text for word in words):
            if path and words == _DAMAGED:
                # Damage met in use: say which backup to restore, as opening would.
                return kind(damaged_message(Path(path), store_folder(None)))
            return kind(named.format(path=path) if path else unnamed)
    return None


def plain_error(error: BaseException, path: Path | str | None = None) -> StorageError | None:
    """`translate` for any exception: None unless it is an sqlite3 error of the environment."""
    return translate(error, path) if isinstance(error, sqlite3.Error) else None


@contextlib.contextmanager
def storage_errors(path: Path | str | None = None) -> Iterator[None]:
    """Turn sqlite3 errors caused by the user's environment into plain StorageErrors."""
    try:
        yield
    except sqlite3.Error as error:
        plain = translate(error, path)
        if plain is None:
            raise
        raise plain from error


def _casefold(value: str | None) -> str | None:
    return value.casefold() if isinstance(value, str) else value


def _configure(db: Database) -> None:
    # SQLite's NOCASE folds ASCII only; names like "Öko Bäckerei" need Unicode case folding.
    db.conn.create_function("casefold", 1, _casefold, deterministic=True)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def _has_tables(db: Database) -> bool:
    return bool(db.table_names())


def _check_not_newer(db: Database, path: Path | str) -> None:
    (user_version,) = db.execute("PRAGMA user_version").fetchone()
    applied = {m.name for m in migrations.applied(db)}
    unknown = applied - set(known_names())
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

    The backup goes into `backup_dir` (default: the user data folder's `backups` folder).
    """
    _check_not_newer(db, path)
    pending = migrations.pending(db)
    if not pending:
        return None
    backup = None
    if isinstance(path, Path) and _has_tables(db):
        backup = backup_before_migration(db.conn, store_folder(backup_dir), path.name).path
    migrations.apply(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    with db.atomic():
        if not db.execute("SELECT 1 FROM meta WHERE key = 'db_id'").fetchone():
            db.execute("INSERT INTO meta (key, value) VALUES ('db_id', ?)", [str(uuid.uuid4())])
    if backup is not None:
        # A plan older than its id was backed up before m005_plan_id gave it one.
        backup = into_plan_folder(backup, store_folder(backup_dir), db.conn)
    return backup


def _check_before_writing(db: Database, path: Path, *, create: bool) -> None:
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
    if not migrations.pending(db) and not was_closed_cleanly(path):
        check_plan(conn, path)


def open_memory() -> Database:
    """A fresh, migrated in-memory database (tests and dry runs)."""
    db = PlannerDatabase(execute_plugins=False)
    _configure(db)
    migrate(db)
    return db


def open_database(
    path: Path, *, create: bool = True, backup_dir: Path | None = None, read_only: bool = False
) -> Database:
    """Open (and create, and migrate) the planner's database file.

    The file's integrity is checked (`quick_check`, links between records) only when it was
    not closed cleanly by this app and the caller means to write (`read_only` False): the
    check reads the whole file. The daily backup and `check` check it too.

    Raises a StorageError with one plain sentence for anything in the user's environment:
    not a database, damaged, locked, read-only, newer than this version, disk full.
    """
    return _open(path, create, backup_dir, read_only)[0]


def open_checked(
    path: Path, *, create: bool = True, backup_dir: Path | None = None, read_only: bool = False
) -> tuple[Database, bool]:
    """As `open_database`, and whether the file is known sound (clean, or checked now)."""
    return _open(path, create, backup_dir, read_only)


def _open(
    path: Path, create: bool, backup_dir: Path | None, read_only: bool
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
        _plan_folder(path)
        # Created readable by the owner only: it holds the rep's relationships.
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    db: Database | None = None
    try:
        with storage_errors(path):
            db = PlannerDatabase(path, execute_plugins=False)
            _configure(db)
            db.execute("PRAGMA schema_version").fetchone()  # reads the header: fails if not SQLite
            # Before anything writes (switching to WAL rewrites the header): a newer file
            # must be left exactly as it was.
            _check_not_newer(db, path)
            # Still before anything writes: a stranger's file, or a plan this version cannot
            # read, is refused exactly as it was.
            _check_before_writing(db, path, create=create)
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
            unchanged = was_closed_cleanly(path)
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
            migrated = migrate(db, path, backup_dir) is not None
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
            raise NotADatabaseError(damaged_message(path, store_folder(backup_dir))) from error
        raise
    except BaseException:
        if db is not None:
            db.close()
        raise
    return db, unchanged or check


def _plan_folder(path: Path) -> None:
    """Make sure a new plan's folder is there: the app's own data folder is created (0700), a
    folder the rep named is not — a mistyped `--db` gets a plain message instead."""
    from planner import paths

    folder = path.parent
    if folder.is_dir():
        return
    if folder.exists():
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "{folder} is a file, not a folder.").format(folder=folder)
        )
    if folder.resolve() != paths.data_dir().resolve():
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


_CLEAN_CLOSES = "clean-closes.json"


def _file_stamp(path: Path) -> list[int] | None:
    """Size, modification time and inode of the file, or None when its WAL holds changes."""
    try:
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return None
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def _clean_closes() -> tuple[Path, dict[str, list[int]]]:
    from planner import paths

    where = paths.data_dir() / _CLEAN_CLOSES
    try:
        value = json.loads(where.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        value = {}
    return where, value if isinstance(value, dict) else {}


def was_closed_cleanly(path: Path) -> bool:
    """True when `path` is unchanged since `remember_clean_close` recorded it."""
    stamp = _file_stamp(path)
    _, known = _clean_closes()
    return stamp is not None and known.get(str(path.resolve())) == stamp


def remember_clean_close(path: Path) -> None:
    """Record the file as closed cleanly (call after closing it): the next open skips the
    full integrity check while nothing else has touched the file."""
    stamp = _file_stamp(path)
    if stamp is None:
        return
    where, known = _clean_closes()
    known[str(path.resolve())] = stamp
    with contextlib.suppress(OSError):
        # Private (0600 in a 0700 folder), through an exclusive temporary file: never a link.
        write_private_file(where, json.dumps(known).encode("utf-8"))
