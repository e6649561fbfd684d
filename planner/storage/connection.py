"""A connection's set-up: Unicode case folding, foreign keys, and how long to wait for a lock."""

from __future__ import annotations

from planner.storage.db import Database
from planner.storage.write_lock import BUSY_TIMEOUT_MS, PlannerDatabase


def _casefold(value: str | None) -> str | None:
    return value.casefold() if isinstance(value, str) else value


def configure(db: Database) -> None:
    """The connection's functions and pragmas: Unicode case folding, foreign keys, waiting."""
    # SQLite's NOCASE folds ASCII only; names like "Öko Bäckerei" need Unicode case folding.
    db.conn.create_function("casefold", 1, _casefold, deterministic=True)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def fresh_schema_database() -> Database:
    """An in-memory database with every migration of this version applied (and nothing else)."""
    from planner.storage.migrations import migrations

    db = PlannerDatabase()
    configure(db)
    migrations.apply(db.utils)
    return db
