"""A bare read-only connection is given only for a file exactly as this app left it."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from planner.domain.model import Company, TouchPoint
from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.storage.clean_read import QuickReader, open_clean_for_reading, quick_reader
from planner.storage.file_state import remember_clean_close
from planner.storage.folders import Folders
from planner.storage.migrations import known_names, migrations

CLOCK = FixedClock.on(date(2026, 11, 23))


@pytest.fixture
def folders(tmp_path: Path) -> Folders:
    return Folders(tmp_path / "data")


@pytest.fixture
def plan(tmp_path: Path, folders: Folders) -> Path:
    """A plan with one account, closed cleanly by the app."""
    path = tmp_path / "plan.db"
    store = Store.open(path, CLOCK, folders=folders)
    with store.transaction():
        store.companies.add(Company("Acme"))
    store.close()
    return path


def test_a_cleanly_closed_plan_is_read_as_it_is(plan: Path, folders: Folders) -> None:
    conn = open_clean_for_reading(plan, folders.clean_closes)
    assert conn is not None
    assert conn.execute("SELECT name FROM companies").fetchall() == [("Acme",)]
    conn.close()


def test_the_connection_cannot_write(plan: Path, folders: Folders) -> None:
    before = plan.read_bytes()
    conn = open_clean_for_reading(plan, folders.clean_closes)
    assert conn is not None
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("INSERT INTO companies (name, kind) VALUES ('Nope', 'prospect')")
    conn.close()
    assert plan.read_bytes() == before


def test_a_plan_changed_since_its_clean_close_needs_the_full_open(
    plan: Path, folders: Folders
) -> None:
    other = sqlite3.connect(plan)
    other.execute("UPDATE companies SET name = 'Changed elsewhere'")
    other.commit()
    other.close()
    assert open_clean_for_reading(plan, folders.clean_closes) is None


def test_a_plan_never_closed_by_this_app_needs_the_full_open(plan: Path, tmp_path: Path) -> None:
    assert open_clean_for_reading(plan, tmp_path / "elsewhere" / "clean-closes.json") is None


def test_an_older_schema_needs_the_full_open(plan: Path, folders: Folders) -> None:
    db = Database(plan, execute_plugins=False)
    last = known_names()[-1]
    db.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [last])
    db.execute(f"PRAGMA user_version = {len(known_names()) - 1}")
    db.conn.commit()
    assert last not in {m.name for m in migrations.applied(db)}
    db.close()
    remember_clean_close(plan, folders.clean_closes)  # vouch for the file as it is now
    assert open_clean_for_reading(plan, folders.clean_closes) is None


def test_a_newer_schema_needs_the_full_open(plan: Path, folders: Folders) -> None:
    conn = sqlite3.connect(plan)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('nurture_planner', 'm999_from_the_future', '2030-01-01')"
    )
    conn.execute(f"PRAGMA user_version = {len(known_names()) + 1}")
    conn.commit()
    conn.close()
    remember_clean_close(plan, folders.clean_closes)
    assert open_clean_for_reading(plan, folders.clean_closes) is None


@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_what_is_not_a_plain_file_needs_the_full_open(
    tmp_path: Path, folders: Folders, kind: str
) -> None:
    path = tmp_path / "plan.db"
    if kind == "folder":
        path.mkdir()
    assert open_clean_for_reading(path, folders.clean_closes) is None


def test_the_quick_reader_reads_the_agenda(plan: Path, folders: Folders) -> None:
    store = Store.open(plan, CLOCK, folders=folders)
    with store.transaction():
        acme = store.companies.find("Acme")
        assert acme.id is not None
        store.touchpoints.add(TouchPoint(acme.id, date(2026, 11, 20), title="Late"))
        store.touchpoints.add(TouchPoint(acme.id, date(2026, 11, 24), title="Soon"))
    store.close()
    reader = quick_reader(plan, folders.clean_closes)
    assert reader is not None
    assert [e.touchpoint.title for e in reader.overdue(date(2026, 11, 23))] == ["Late"]
    week = reader.between(date(2026, 11, 23), date(2026, 11, 29))
    assert [e.touchpoint.title for e in week] == ["Soon"]
    reader.close()
    reader.close()


def test_a_reader_on_a_stores_connection_leaves_it_open(plan: Path, folders: Folders) -> None:
    store = Store.open(plan, CLOCK, folders=folders)
    QuickReader(store.db.conn, owned=False).close()
    assert [c.name for c in store.companies.all()] == ["Acme"]
    store.close()
