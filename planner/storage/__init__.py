"""The only code that knows SQL: the planner's SQLite file and its repositories."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planner.storage.store import Store


def __getattr__(name: str) -> Any:
    # Loaded on first use: a command that only reads imports a submodule, not every repository.
    if name == "Store":
        from planner.storage.store import Store

        return Store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Store"]
