"""Backups of the planner's file: online copies, daily rotation, restore, and integrity checks."""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from planner.domain.errors import (
    NotADatabaseError,
    StorageError,
    message,
)
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.storage.plan_backups import folder_for_connection, folder_for_path
from planner.storage.private_files import plain_os_error, private_folder
from planner.storage.temp_files import clean_orphans, make_temp

if TYPE_CHECKING:
    from planner.storage.store import Store

DEFAULT_KEEP = 14
# A plan file is data: a `backups_keep` it carries can lower rotation only this far.
MIN_KEEP = 3
MAX_KEEP = 1000
KEEP_SETTING = "backups_keep"
LAST_DAILY_SETTING = "backups_last_daily"
BACKUP_FOLDER_NAME = "backups"
_STAMP = "%Y%m%dT%H%M%S%fZ"
_STAMP_PATTERN = r"\d{8}T\d{12}Z"
_PAGES_PER_STEP = 1024
LOCK_WAIT_SECONDS = 3.0


class Reason(StrEnum):
    """Why a backup was made; it is part of the file's name."""

    DAILY = "daily"
    MANUAL = "manual"
    BEFORE_MIGRATION = "before-migration"
    BEFORE_IMPORT = "before-import"
    BEFORE_RESTORE = "before-restore"


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file of a database, with when and why it was made."""

    path: Path
    db_name: str
    made_at: datetime
    reason: Reason

    def describe(self) -> str:
        local = self.made_at.astimezone()
        return QT_TRANSLATE_NOOP("Errors", "{path} (from {when})").format(
            path=self.path, when=f"{local:%Y-%m-%d %H:%M}"
        )


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What `check` found: ok when SQLite's integrity and foreign-key checks both pass."""

    path: Path
    problems: tuple[str, ...] = ()
    latest_backup: Backup | None = None
    notes: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems


def default_folder(data_dir: Path) -> Path:
    """Where backups live: a `backups` folder inside the user data folder."""
    return data_dir / BACKUP_FOLDER_NAME


def _name_pattern(db_name: str | None) -> re.Pattern[str]:
    reasons = "|".join(re.escape(r.value) for r in Reason)
    name = ".+?" if db_name is None else re.escape(db_name)
    return re.compile(rf"(?P<name>{name})\.(?P<stamp>{_STAMP_PATTERN})\.(?P<reason>{reasons})\.bak")


def backups(folder: Path, db_name: str | None) -> list[Backup]:
    """Every backup in `folder` (of the file called `db_name`, or of any name), oldest first.

    A plan's own folder (see plan_backups) holds its backups whatever the file was called.
    """
    if not folder.is_dir():
        return []
    pattern = _name_pattern(db_name)
    found = []
    for entry in folder.iterdir():
        match = pattern.fullmatch(entry.name)
        if match and entry.is_file():
            made_at = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
            found.append(Backup(entry, match["name"], made_at, Reason(match["reason"])))
    return sorted(found, key=lambda b: (b.made_at, b.path.name))


def plan_backups(root: Path, db_path: Path) -> list[Backup]:
    """The backups of the plan at `db_path` (found by its id, or its path when it is damaged)."""
    folder = folder_for_path(root, Path(db_path))
    return [] if folder is None else backups(folder, None)


def latest_backup(folder: Path, db_name: str | None) -> Backup | None:
    """The newest backup of `db_name` (or of any name) in `folder`, if there is one."""
    found = backups(folder, db_name)
    return found[-1] if found else None


def _private_folder(folder: Path) -> None:
    # Missing parents too are 0700 whatever the umask (mkdir's own mode is masked).
    private_folder(folder)


def _unique_target(folder: Path, db_name: str, reason: Reason, now: datetime) -> Path:
    moment = now.astimezone(UTC)
    while True:
        target = folder / f"{db_name}.{moment.strftime(_STAMP)}.{reason.value}.bak"
        if not target.exists():
            return target
        moment = moment.replace(microsecond=(moment.microsecond + 1) % 1_000_000)


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
        _fsync_folder(target.parent)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _translated(error: sqlite3.Error, where: Path) -> StorageError:
    from planner.storage.database import translate

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
        _private_folder(folder)
    except OSError as error:
        # Plain words: which folder is not writable, or that the disk is full.
        raise StorageError(plain_os_error(error, folder)) from error
    clean_orphans(folder)
    # Each plan's backups go to its own folder, so one plan never rotates another's away.
    root, folder = folder, folder_for_connection(folder, conn)
    clean_orphans(folder)
    target = _unique_target(folder, db_name, reason, moment)
    try:
        _copy_database(conn, target)
    except sqlite3.Error as error:
        raise _translated(error, target) from error
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
    conn = _connect_read_only(db_path)
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
    conn = _connect_read_only(db_path)
    clean_orphans(target.parent)
    try:
        _copy_database(conn, target)
    except sqlite3.Error as error:
        raise _translated(error, target) from error
    except OSError as error:
        raise StorageError(plain_os_error(error, target)) from error
    finally:
        conn.close()
    return target


def prune(folder: Path, db_name: str | None, keep: int) -> list[Path]:
    """Remove all but the newest `keep` backups of `db_name`; returns the removed files."""
    keep = max(1, keep)
    found = backups(folder, db_name)
    removed = []
    for old in found[:-keep]:
        with contextlib.suppress(FileNotFoundError):
            old.path.unlink()
            removed.append(old.path)
    return removed


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


def store_folder(folder: Path | None) -> Path:
    """The folder given, or the user data folder's `backups` folder."""
    if folder is not None:
        return folder
    from planner import paths

    return default_folder(paths.data_dir())


def daily_backup(
    store: Store,
    folder: Path | None = None,
    *,
    keep: int | None = None,
    now: datetime | None = None,
) -> Backup | None:
    """Back up the store's file at most once a (local) day, on start; None when not needed.

    An in-memory store, or a day that already has a backup of this file, needs none. A file
    that fails SQLite's quick check is not backed up (so damage never rotates the good copies
    away): a NotADatabaseError naming the latest backup is raised instead.
    """
    if store.path is None:
        return None
    folder = store_folder(folder)
    moment = now or datetime.now(UTC)
    today = moment.astimezone().date()
    conn = store.db.conn
    own = folder_for_connection(folder, conn)
    found = backups(own, None if own != folder else store.path.name)
    if any(b.made_at.astimezone().date() == today for b in found):
        return None
    if _quick_check(conn):
        raise NotADatabaseError(damaged_message(store.path, folder))
    return backup_connection(
        conn,
        folder,
        store.path.name,
        Reason.DAILY,
        keep=configured_keep(conn) if keep is None else keep,
        now=moment,
    )


def backup_before_import(store: Store, folder: Path | None = None) -> Backup | None:
    """The copy an import takes before it writes, so that the whole import can be undone.

    Call it outside the import's transaction; None for an in-memory store.
    """
    if store.path is None:
        return None
    conn = store.db.conn
    return backup_connection(
        conn,
        store_folder(folder),
        store.path.name,
        Reason.BEFORE_IMPORT,
        keep=configured_keep(conn),
    )


def backup_before_migration(conn: sqlite3.Connection, folder: Path, db_name: str) -> Backup:
    """The copy taken before pending migrations change an existing file."""
    return backup_connection(
        conn, folder, db_name, Reason.BEFORE_MIGRATION, keep=configured_keep(conn)
    )


def damaged_message(db_path: Path, folder: Path) -> str:
    """One sentence for a damaged file: what happened and which backup to restore."""
    found = plan_backups(folder, db_path)
    latest = found[-1] if found else None
    if latest is None:
        return QT_TRANSLATE_NOOP(
            "Errors",
            "{path} is damaged and cannot be used safely; no backup of it was found in {folder}.",
        ).format(path=db_path, folder=folder)
    return QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is damaged and cannot be used safely; the latest backup is {backup}; "
        "restore it with `nurture-planner restore {file} --db {path}`.",
    ).format(path=db_path, backup=latest.describe(), file=latest.path)


# Checking.


def _connect_read_only(db_path: Path) -> sqlite3.Connection:
    path = Path(db_path)
    if not path.exists():
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "There is no database at {path}.").format(path=path)
        )
    from planner.storage.special_files import refuse_special_file

    refuse_special_file(path)
    if path.is_dir():
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a database file.").format(
                path=path
            )
        )
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        conn.execute("PRAGMA busy_timeout = 3000")
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.Error as error:
        raise _translated(error, path) from error
    return conn


def _quick_check(conn: sqlite3.Connection) -> list[str]:
    try:
        rows = conn.execute("PRAGMA quick_check(20)").fetchall()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return [str(r[0]) for r in rows if r[0] != "ok"]


def integrity_problems(conn: sqlite3.Connection, limit: int = 50) -> list[str]:
    """PRAGMA integrity_check and foreign_key_check, as readable lines (empty when ok)."""
    problems: list[str] = []
    try:
        rows = conn.execute(f"PRAGMA integrity_check({int(limit)})").fetchall()
        problems += [str(r[0]) for r in rows if r[0] != "ok"]
    except sqlite3.DatabaseError as error:
        return [
            QT_TRANSLATE_NOOP("Errors", "the integrity check could not run: {error}").format(
                error=str(error)
            )
        ]
    try:
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(
                QT_TRANSLATE_NOOP(
                    "Errors", "{table} row {row} refers to a missing {parent} record"
                ).format(table=table, row=rowid, parent=parent)
            )
            if len(problems) >= limit:
                break
    except sqlite3.DatabaseError as error:
        problems.append(
            QT_TRANSLATE_NOOP("Errors", "the foreign-key check could not run: {error}").format(
                error=str(error)
            )
        )
    return problems


def check(db_path: Path, folder: Path | None = None) -> CheckReport:
    """Run SQLite's integrity and foreign-key checks on the file, without changing it."""
    path = Path(db_path)
    found = plan_backups(folder, path) if folder is not None else []
    latest = found[-1] if found else None
    try:
        conn = _connect_read_only(path)
    except NotADatabaseError as error:
        return CheckReport(path, (message(error),), latest)
    try:
        problems = integrity_problems(conn)
        notes: list[str] = []
        if not problems:
            problems += _plan_problems(conn)
    finally:
        conn.close()
    return CheckReport(path, tuple(problems), latest, tuple(notes))


def _plan_problems(conn: sqlite3.Connection) -> list[str]:
    """Why the file is not a plan this version can read (tables, columns, values), if it is not."""
    from planner.storage.migrations import known_names
    from planner.storage.plan_check import holds_a_plan, plan_problems

    try:
        if not holds_a_plan(conn):
            return [QT_TRANSLATE_NOOP("Errors", "it does not hold a Nurture Planner plan")]
        applied = {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")}
        if not set(known_names()) <= applied:
            return []  # an older plan: the app brings it up to date when it opens it
        return plan_problems(conn)
    except sqlite3.DatabaseError as error:
        return [str(error)]


def _looks_like_planner(conn: sqlite3.Connection) -> bool:
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError:
        return False
    return {"meta", "companies", "contacts", "touchpoints"} <= names


# Restoring.


def instance_lock_path(db_path: Path) -> Path:
    """The lock file a running Nurture Planner window keeps next to the database it has open."""
    return db_path.with_name(f"{db_path.name}.lock")


def open_in_running_app(db_path: Path) -> bool:
    """Whether a live Nurture Planner window holds the lock file of `db_path`."""
    lock = instance_lock_path(db_path)
    try:
        first = lock.read_text(encoding="utf-8", errors="replace").split("\n", 1)[0]
        pid = int(first.strip())
    except (OSError, ValueError):
        return False
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True
