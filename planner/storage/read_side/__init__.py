"""The read side: the queries the screens run, as plain values, behind the storage error guard."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planner.storage.read_side.reader import Reader


def __getattr__(name: str) -> Any:
    # Loaded on first use: `agenda` reads through read_side.agenda alone.
    if name == "Reader":
        from planner.storage.read_side.reader import Reader

        return Reader
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Reader"]
