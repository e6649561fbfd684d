"""SQLite's failures sorted by their result code: the user's environment, or our bug.

SQLite gives every failure a result code (`sqlite3.Error.sqlite_errorcode`, with extended
codes in the bits above the primary one). The codes of the environment — the file locked or
busy, read-only, the disk full, not a database, damaged, an I/O error, a file that cannot be
opened — become a StorageError carrying one plain, translatable sentence. Everything else
(a constraint, a missing table, a misuse) is our bug and is raised as it is.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from planner.domain.errors import (
    CannotOpenError,
    DatabaseIOError,
    DatabaseLockedError,
    DiskFullError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    StorageError,
)
from planner.domain.text import QT_TRANSLATE_NOOP, Template
from planner.storage.backup_files import damaged_message
from planner.storage.folders import user_folders


@dataclass(frozen=True, slots=True)
class _Kind:
    """How one environment code is reported: the error class and its two sentences."""

    error: type[StorageError]
    named: Template  # names the file ({path})
    unnamed: Template  # for a failure with no file to name


_NOT_A_DATABASE = _Kind(
    NotADatabaseError,
    QT_TRANSLATE_NOOP("Errors", "{path} is not a Nurture Planner database (not an SQLite file)."),
    QT_TRANSLATE_NOOP(
        "Errors", "The database is not a Nurture Planner database (not an SQLite file)."
    ),
)
_DAMAGED = _Kind(
    NotADatabaseError,
    QT_TRANSLATE_NOOP(
        "Errors", "{path} is damaged (the database disk image is malformed); restore a backup."
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database is damaged (the database disk image is malformed); restore a backup.",
    ),
)
_LOCKED = _Kind(
    DatabaseLockedError,
    QT_TRANSLATE_NOOP(
        "Errors", "{path} is locked by another program; close it there and try again."
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "The database is locked by another program; close it there and try again."
    ),
)
_READ_ONLY = _Kind(
    ReadOnlyDatabaseError,
    QT_TRANSLATE_NOOP(
        "Errors", "{path} is read-only; change its permissions or copy it somewhere writable."
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "The database is read-only; change its permissions or copy it somewhere writable."
    ),
)
_FULL = _Kind(
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
)
_IO = _Kind(
    DatabaseIOError,
    QT_TRANSLATE_NOOP(
        "Errors",
        "{path} could not be read or written (the disk or its file system failed); "
        "check the disk and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database could not be read or written (the disk or its file system failed); "
        "check the disk and try again.",
    ),
)
_CANNOT_OPEN = _Kind(
    CannotOpenError,
    QT_TRANSLATE_NOOP(
        "Errors", "{path} cannot be opened; check that its folder exists and is writable."
    ),
    QT_TRANSLATE_NOOP(
        "Errors", "The database cannot be opened; check that its folder exists and is writable."
    ),
)

# Primary result codes (https://sqlite.org/rescode.html) of the user's environment; the
# codes not listed here are our bugs.
ENVIRONMENT: dict[int, _Kind] = {
    sqlite3.SQLITE_NOTADB: _NOT_A_DATABASE,
    sqlite3.SQLITE_CORRUPT: _DAMAGED,
    sqlite3.SQLITE_BUSY: _LOCKED,
    sqlite3.SQLITE_LOCKED: _LOCKED,
    sqlite3.SQLITE_READONLY: _READ_ONLY,
    sqlite3.SQLITE_PERM: _READ_ONLY,
    sqlite3.SQLITE_FULL: _FULL,
    sqlite3.SQLITE_IOERR: _IO,
    sqlite3.SQLITE_CANTOPEN: _CANNOT_OPEN,
}


def primary_code(error: sqlite3.Error) -> int | None:
    """SQLite's primary result code of `error` (extended codes folded), or None when the
    error did not come from SQLite itself (sqlite3's own checks, or an error made by hand)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _folder_problem(code: int, path: Path | str | None) -> StorageError | None:
    """SQLite says "read-only" or "cannot open" for a folder it cannot write its journal
    into, too: name the folder then, so the rep knows the file itself is fine."""
    if (
        path is None
        or str(path) == ":memory:"
        or code not in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN)
    ):
        return None
    where = Path(path)
    folder = where.parent
    if not folder.is_dir():
        if code != sqlite3.SQLITE_CANTOPEN:
            return None
        return CannotOpenError(
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


def translate(
    error: sqlite3.Error, path: Path | str | None = None, backups: Path | None = None
) -> StorageError | None:
    """The user-environment error behind a sqlite3 error, or None when it is our bug.

    `backups` is the backups folder: a file found damaged in use is reported with the backup
    to restore from it (from the user's own backups folder when none is given).
    """
    code = primary_code(error)
    kind = None if code is None else ENVIRONMENT.get(code)
    if code is None or kind is None:
        return None
    folder_problem = _folder_problem(code, path)
    if folder_problem is not None:
        return folder_problem
    if path and kind is _DAMAGED:
        # Damage met in use: say which backup to restore, as opening would.
        if backups is None:
            backups = user_folders().backups
        return kind.error(damaged_message(Path(path), backups))
    return kind.error(kind.named.format(path=path) if path else kind.unnamed)


def plain_error(error: BaseException, path: Path | str | None = None) -> StorageError | None:
    """`translate` for any exception: None unless it is an sqlite3 error of the environment."""
    return translate(error, path) if isinstance(error, sqlite3.Error) else None


@contextlib.contextmanager
def storage_errors(path: Path | str | None = None, backups: Path | None = None) -> Iterator[None]:
    """Turn sqlite3 errors caused by the user's environment into plain StorageErrors."""
    try:
        yield
    except sqlite3.Error as error:
        plain = translate(error, path, backups)
        if plain is None:
            raise
        raise plain from error
