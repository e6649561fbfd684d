"""Filling an FTS5 search index with many rows at once: merge its segments once, at the end.

FTS5 writes what it has tokenized to a new segment whenever its pending data reaches about a
megabyte, and by default merges every four segments of a level into one of the next: filling
an index with a million touch-points rewrites its data again and again (on the heavy demo 5 s
of the 7 s the index costs go to merging). While many rows go in, automatic merging is off
(with a crisis merge far up, so the segment count stays bounded), and one 'optimize' at the
end merges all segments into one, the best shape for queries. The merge settings are put back
afterwards. This pays only when the new rows are at least as many as those already indexed:
'optimize' rewrites the whole index, so for a few rows into a big book nothing changes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from planner.storage.db import Database

# FTS5's own defaults (fts5Int.h), put back when the index had no setting of its own.
_DEFAULTS = {"automerge": 4, "crisismerge": 16}
# While loading: no automatic merging; level 0 is merged only when it holds this many segments
# (FTS5 allows 2,000 segments in all).
_LOADING = {"automerge": 0, "crisismerge": 1000}


def is_fts5(db: Database, table: str) -> bool:
    """Whether `table` is an FTS5 virtual table."""
    row = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
    ).fetchone()
    return row is not None and "USING FTS5" in str(row[0]).upper()


def indexed_rows(db: Database, table: str) -> int:
    """How many rows the FTS5 index `table` holds (one docsize row each)."""
    return int(db.execute(f"SELECT count(*) FROM {table}_docsize").fetchone()[0])


def _setting(db: Database, table: str, name: str) -> int:
    row = db.execute(f"SELECT v FROM {table}_config WHERE k = ?", [name]).fetchone()
    return _DEFAULTS[name] if row is None else int(row[0])


def _configure(db: Database, table: str, settings: dict[str, int]) -> None:
    for name, value in settings.items():
        db.execute(f"INSERT INTO {table} ({table}, rank) VALUES (?, ?)", [name, value])


def settle(db: Database, table: str) -> None:
    """Write FTS5's default merge settings into `table`'s config, as `loading` leaves them."""
    _configure(db, table, _DEFAULTS)


@contextmanager
def loading(db: Database, table: str) -> Iterator[None]:
    """Insert many rows into the FTS5 index `table` inside; its segments are merged at the end.

    Runs inside the caller's transaction; on an error the settings go back with the rollback.
    """
    before = {name: _setting(db, table, name) for name in _LOADING}
    _configure(db, table, _LOADING)
    yield
    db.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
    _configure(db, table, before)
