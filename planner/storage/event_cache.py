"""Rendered calendar events kept between exports, by touch-point id and what they were made of."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS events ("
    "touchpoint_id INTEGER PRIMARY KEY, fingerprint TEXT NOT NULL, text BLOB NOT NULL)"
)


class EventTextCache:
    """The last rendered text of each exported event and the fingerprint of its inputs.

    It is a cache, not data: it lives in the per-user cache folder, and anything wrong with
    it (missing, unreadable, locked, from another version) only means rendering again.
    """

    def __init__(self, path: Path | None) -> None:
        self._conn: sqlite3.Connection | None = None
        try:
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(":memory:" if path is None else path, timeout=0.2)
            conn.execute(_SCHEMA)
            self._conn = conn
        except (OSError, sqlite3.Error):
            self._conn = None

    def get(self, ids: Iterable[int]) -> dict[int, tuple[str, bytes]]:
        """Fingerprint and text by touch-point id, for the ids that have an entry."""
        if self._conn is None:
            return {}
        try:
            rows = self._conn.execute(
                "SELECT touchpoint_id, fingerprint, text FROM events "
                "WHERE touchpoint_id IN (SELECT value FROM json_each(?))",
                [json.dumps(list(ids))],
            ).fetchall()
        except sqlite3.Error:
            return {}
        return {int(r[0]): (str(r[1]), bytes(r[2])) for r in rows}

    def put(self, rows: Iterable[tuple[int, str, bytes]]) -> None:
        """Keep these (id, fingerprint, text) rows, replacing what was kept for the ids."""
        batch = list(rows)
        if self._conn is None or not batch:
            return
        with contextlib.suppress(sqlite3.Error), self._conn:
            self._conn.executemany(
                "INSERT OR REPLACE INTO events (touchpoint_id, fingerprint, text) VALUES (?, ?, ?)",
                batch,
            )

    def close(self) -> None:
        """Close the cache file; later calls remember nothing and closing again is harmless."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def cache_path(database_id: str) -> Path:
    """Where the events of the plan with this id are kept (the per-user cache folder)."""
    from platformdirs import user_cache_path

    from planner import APP_SLUG

    return user_cache_path(APP_SLUG, appauthor=False) / f"ics-events-{database_id}.sqlite"
