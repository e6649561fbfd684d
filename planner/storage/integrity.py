"""Checking a plan file without changing it: SQLite's integrity and foreign-key checks."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from planner.domain.errors import NotADatabaseError, StorageError, message
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.storage.backup_files import Backup, plan_backups
from planner.storage.errors import translate
from planner.storage.plan_check import holds_a_plan, plan_problems
from planner.storage.schema_names import MIGRATION_NAMES
from planner.storage.special_files import refuse_special_file


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What `check` found: ok when SQLite's integrity and foreign-key checks both pass."""

    path: Path
    problems: tuple[str, ...] = ()
    latest_backup: Backup | None = None
    notes: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        """No problem was found."""
        return not self.problems


def connect_read_only(db_path: Path) -> sqlite3.Connection:
    """A read-only connection to the file at `db_path`; plain errors when it is no database."""
    path = Path(db_path)
    if not path.exists():
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "There is no database at {path}.").format(path=path)
        )
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
        raise translate(error, path) or StorageError(
            QT_TRANSLATE_NOOP("Errors", "The backup to {path} failed: {error}.").format(
                path=path, error=str(error)
            )
        ) from error
    return conn


def quick_check(conn: sqlite3.Connection) -> list[str]:
    """SQLite's quick check (up to 20 problems); empty when the file is sound."""
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
        conn = connect_read_only(path)
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
    try:
        if not holds_a_plan(conn):
            return [QT_TRANSLATE_NOOP("Errors", "it does not hold a Nurture Planner plan")]
        applied = {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")}
        if not set(MIGRATION_NAMES) <= applied:
            return []  # an older plan: the app brings it up to date when it opens it
        return plan_problems(conn)
    except sqlite3.DatabaseError as error:
        return [str(error)]
