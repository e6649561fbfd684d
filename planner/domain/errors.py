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
    """The file is not a plan: another kind of file, or one damaged beyond reading."""


class DatabaseLockedError(StorageError):
    """Another program holds the plan locked or busy; it may work once that one is done."""


class ReadOnlyDatabaseError(StorageError):
    """The plan (or its folder) cannot be written to."""


class DiskFullError(StorageError):
    """The disk has no room left for the change; nothing of it was saved."""


class NewerSchemaError(StorageError):
    """The plan was written by a newer version of the app, which this one must not change."""


def message(error: BaseException) -> str:
    """An error's message as it was raised: a marked Text keeps its template, str() would not."""
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, str) else str(error)


class ChangedSinceError(PlannerError):
    """Undo or redo would overwrite a record that was changed since (elsewhere, or later)."""
