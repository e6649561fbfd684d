"""The number of backups a plan file asks to keep is validated: never below a sane minimum."""

from __future__ import annotations

import json
import sqlite3

import pytest

from planner.storage.backup import DEFAULT_KEEP, MAX_KEEP, MIN_KEEP, configured_keep


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        (0, MIN_KEEP),
        (-5, MIN_KEEP),
        (1, MIN_KEEP),
        (MIN_KEEP + 4, MIN_KEEP + 4),
        (10**9, MAX_KEEP),
        (True, DEFAULT_KEEP),
        ("7", DEFAULT_KEEP),
        (None, DEFAULT_KEEP),
        (2.5, DEFAULT_KEEP),
    ],
)
def test_backups_keep_from_the_file_is_bounded(stored: object, expected: int) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute("INSERT INTO settings VALUES ('backups_keep', ?)", [json.dumps(stored)])
    assert configured_keep(conn) == expected
