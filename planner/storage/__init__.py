"""The only code that knows SQL: the planner's SQLite file and its repositories."""

from planner.storage.store import Store

__all__ = ["Store"]
