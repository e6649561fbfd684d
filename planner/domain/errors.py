"""The errors the planner reports to people, split from the ones that are our bugs."""

from __future__ import annotations


class PlannerError(Exception):
    """An error a person can act on; its message is one plain sentence."""


class ValidationError(PlannerError):
    """Input that does not make sense: a wrong date, an unknown value, a missing name."""


class NotFoundError(PlannerError):
    """A record named or numbered by the user does not exist."""


class AmbiguousError(PlannerError):
    """A name matches more than one record; the message lists the candidates."""


class StorageError(PlannerError):
    """The database file cannot be used as asked: the user's environment, not a bug."""


class NotADatabaseError(StorageError):
    """The file is not a plan: not SQLite at all, another program's database, or damaged."""


class DatabaseLockedError(StorageError):
    """Another program holds the file locked (or keeps it busy) longer than we wait."""


class ReadOnlyDatabaseError(StorageError):
    """The file, or the folder its journal goes into, cannot be written."""


class DiskFullError(StorageError):
    """The disk holding the file is full, so the change was not saved."""


class DatabaseIOError(StorageError):
    """The disk or its file system failed while SQLite read or wrote the file."""


class CannotOpenError(StorageError):
    """SQLite cannot open the file: its folder is missing or cannot be entered."""


class NewerSchemaError(StorageError):
    """The file was written by a newer version of the app; it is left as it was."""


def message(error: BaseException) -> str:
    """An error's message as it was raised: a marked Text keeps its template, str() would not."""
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, str) else str(error)


class ChangedSinceError(PlannerError):
    """Undo or redo would overwrite a record that was changed since (elsewhere, or later)."""
