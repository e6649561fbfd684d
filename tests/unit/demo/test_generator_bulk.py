"""The demo's bulk writes: what the triggers keep is exact, and the triggers are always there."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from planner.demo import generate
from planner.demo import generator as demo_generator
from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.storage import touch_facts as facts

TODAY = date(2026, 11, 23)
FACT_TABLES = ("contact_touch_facts", "company_touch_facts", "level_touch_facts")
FTS_TABLES = ("search_everything", "companies_fts", "contacts_fts")


def _triggers(db: sqlite3.Connection) -> list[tuple[str, str]]:
    return db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    ).fetchall()


def _indexes(db: sqlite3.Connection) -> list[tuple[str, str]]:
    return db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
    ).fetchall()


def _fresh_triggers() -> list[tuple[str, str]]:
    store = Store.memory(FixedClock.on(TODAY))
    try:
        return _triggers(store.db.conn)
    finally:
        store.close()


def _fresh_indexes() -> list[tuple[str, str]]:
    store = Store.memory(FixedClock.on(TODAY))
    try:
        return _indexes(store.db.conn)
    finally:
        store.close()


def _facts(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    return {t: store.db.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in FACT_TABLES}


def _kept(store: Store) -> dict[str, Any]:
    """The facts, the outbox, the counts and the search index's content, as the file has them."""
    db = store.db
    return {
        **_facts(store),
        "outbox": db.execute("SELECT * FROM calendar_outbox ORDER BY 1").fetchall(),
        "counts": db.execute("SELECT * FROM book_counts ORDER BY 1").fetchall(),
        "search": db.execute("SELECT rowid, * FROM search_everything ORDER BY 1").fetchall(),
        "names": db.execute("SELECT rowid, * FROM contacts_fts ORDER BY 1").fetchall(),
    }


def assert_exact(store: Store) -> None:
    """Facts equal a full recomputation, indexes match their rows, counts and outbox are whole."""
    db = store.db
    kept = _facts(store)
    assert all(kept.values())
    facts.rebuild(db)
    assert _facts(store) == kept
    for table in FTS_TABLES:
        db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")
    for table in ("companies", "contacts", "touchpoints"):
        (n,) = db.execute(f"SELECT count(*) FROM {table}").fetchone()
        assert store.read.count(table) == n
    outbox = db.execute("SELECT touchpoint_id, change FROM calendar_outbox ORDER BY 1").fetchall()
    ids = [r[0] for r in db.execute("SELECT id FROM touchpoints ORDER BY id")]
    assert outbox == [(tp_id, n) for n, tp_id in enumerate(ids, start=1)]
    assert _triggers(db.conn) == _fresh_triggers()
    assert _indexes(db.conn) == _fresh_indexes()
    # Written with the foreign-key checks off, every reference holds; the checks are back on.
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA foreign_keys").fetchone() == (1,)


def test_the_bulk_writes_keep_what_the_triggers_would_have_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    in_bulk = Store.memory(FixedClock.on(TODAY))
    generate(in_bulk, TODAY, seed=3)
    monkeypatch.setattr(demo_generator, "bulk_inserts", lambda db, t, **_: contextlib.nullcontext())
    by_rows = Store.memory(FixedClock.on(TODAY))
    generate(by_rows, TODAY, seed=3)
    assert _kept(in_bulk) == _kept(by_rows)
    assert_exact(in_bulk)


def test_after_generating_the_facts_equal_a_full_recomputation() -> None:
    """The heavy size is checked the same way in test_generator's test_heavy_size."""
    store = Store.memory(FixedClock.on(TODAY))
    try:
        generate(store, TODAY, seed=1)
        assert_exact(store)
    finally:
        store.close()


def test_a_failed_generation_leaves_an_empty_file_with_its_triggers(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def fail(self: object) -> int:
        raise OSError("disk full")

    monkeypatch.setattr(demo_generator._Generator, "_sends", fail)
    store = Store.open(tmp_path / "plan.db", FixedClock.on(TODAY))
    with pytest.raises(OSError, match="disk full"):
        generate(store, TODAY, seed=0)
    store.close()
    with contextlib.closing(sqlite3.connect(tmp_path / "plan.db")) as db:
        assert _triggers(db) == _fresh_triggers()
        assert _indexes(db) == _fresh_indexes()
        assert db.execute("SELECT count(*) FROM touchpoints").fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM contacts").fetchone() == (0,)


_KILLED = """
import os, sys
from datetime import date
from pathlib import Path
from planner.demo import generate, generator
from planner.domain.timing import FixedClock
from planner.storage import Store

def die(self):
    # The touch-points are in and the triggers set aside: the process ends here, unclean.
    os._exit(3)

generator._Generator._sends = die
today = date(2026, 11, 23)
generate(Store.open(Path(sys.argv[1]), FixedClock.on(today)), today, seed=0)
"""


def test_a_killed_generation_leaves_the_file_with_its_triggers(tmp_path: Path) -> None:
    path = tmp_path / "plan.db"
    done = subprocess.run([sys.executable, "-c", _KILLED, str(path)], check=False)
    assert done.returncode == 3
    with contextlib.closing(sqlite3.connect(path)) as db:
        assert _triggers(db) == _fresh_triggers()
        assert _indexes(db) == _fresh_indexes()
        assert db.execute("SELECT count(*) FROM touchpoints").fetchone() == (0,)
