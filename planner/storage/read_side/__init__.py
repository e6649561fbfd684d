"""The read side: the queries the screens run, as plain values, behind the storage error guard."""

from planner.storage.read_side.reader import Reader

__all__ = ["Reader"]
