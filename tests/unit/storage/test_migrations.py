"""Files from every schema version upgrade to the current one with every row intact."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.storage.backup_files import Reason, plan_backups
from planner.storage.database import SCHEMA_VERSION, open_memory
from planner.storage.migrations import known_names

SCHEMA_DATA = Path(__file__).resolve().parents[2] / "data" / "schema"
FIXTURES = sorted(SCHEMA_DATA.glob("schema_v*.db"), key=lambda p: int(p.stem[len("schema_v") :]))


def _rows(path: Path) -> dict[str, list[dict[str, Any]]]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name != '_sqlite_migrations'"
            )
        ]
        # Search indexes and counts are derived from the other tables by triggers.
        return {
            t: [dict(r) for r in conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid')]
            for t in tables
            if "_fts" not in t and t != "book_counts" and not t.startswith("search_everything")
        }
    finally:
        conn.close()


def _schema(path_or_conn: Any) -> set[tuple[str, str]]:
    rows = path_or_conn.execute(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex%'"
    ).fetchall()
    return {(t, n) for t, n in rows}


def test_there_is_a_fixture_for_every_schema_version() -> None:
    versions = [int(re.fullmatch(r"schema_v(\d+)", p.stem)[1]) for p in FIXTURES]  # type: ignore[index]
    assert versions == list(range(1, SCHEMA_VERSION + 1)), (
        "run `python tests/data/schema/make_fixtures.py` after adding a migration"
    )


ADDED_META_KEYS = {"plan_id"}  # m004_plan_id


@pytest.mark.parametrize("fixture", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_an_old_file_upgrades_with_every_row_intact(
    fixture: Path, tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "planner.db"
    shutil.copyfile(fixture, path)
    before = _rows(path)
    assert all(before.values()), "every table in a fixture holds rows"
    folder = tmp_path / "backups"
    store = Store.open(path, clock, backup_dir=folder)
    try:
        db = store.db
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [
            r[0] for r in db.execute("SELECT name FROM _sqlite_migrations ORDER BY id")
        ] == known_names()
        fresh = open_memory()
        try:
            assert _schema(db) == _schema(fresh)
        finally:
            fresh.close()
        # The repositories read every upgraded row.
        assert len(store.companies.all()) == len(before["companies"])
        assert len(store.contacts.all()) == len(before["contacts"])
        for company in store.companies.all():
            assert company.id is not None
            store.snapshot_company(company.id)
        for contact in store.contacts.all():
            assert contact.id is not None
            store.snapshot_contact(contact.id)
        for item in store.content.all():
            assert item.title
        store.screenings.latest()
    finally:
        store.close()
    after = _rows(path)
    # Keys a migration adds to meta (the plan's own id) are new rows, not changed ones.
    had = {r["key"] for r in before["meta"]}
    added = [r for r in after["meta"] if r["key"] not in had]
    assert {r["key"] for r in added} <= ADDED_META_KEYS
    after["meta"] = [r for r in after["meta"] if r["key"] in had]
    for table, rows in before.items():
        assert len(after[table]) == len(rows), table
        for old, new in zip(rows, after[table], strict=True):
            assert {k: new[k] for k in old} == old, f"{table} row changed by the upgrade"
    # An older file was backed up, as it was, before the upgrade.
    made = plan_backups(folder, path)
    if int(fixture.stem[len("schema_v") :]) < SCHEMA_VERSION:
        [backup] = made
        assert backup.reason is Reason.BEFORE_MIGRATION
        assert _rows(backup.path) == before
    else:
        assert made == []


def test_fixtures_are_not_changed_by_the_tests() -> None:
    for fixture in FIXTURES:
        assert not fixture.with_name(fixture.name + "-wal").exists()
        conn = sqlite3.connect(f"{fixture.resolve().as_uri()}?mode=ro", uri=True)
        try:
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()


def test_deleting_an_account_finds_its_dismissals_by_index(store: Store) -> None:
    (plan,) = store.db.execute(
        "EXPLAIN QUERY PLAN SELECT 1 FROM plan_dismissals WHERE company_id = ?", [1]
    ).fetchall()
    assert "USING COVERING INDEX idx_plan_dismissals_company" in plan[3]
