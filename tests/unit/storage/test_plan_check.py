"""The plan checks accept everything the app writes and name the first thing it cannot read."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from planner.cli import main
from planner.storage.plan_check import (
    ENUM_COLUMNS,
    expected_schema,
    plan_problems,
    schema_problems,
    value_problems,
)

TODAY = "2026-11-23"


@pytest.fixture(scope="module")
def busy_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A plan that went through what the app does: demo, an import, a week plan, a touch done."""
    folder = tmp_path_factory.mktemp("busy")
    db = folder / "planner.db"
    source = folder / "contacts.csv"
    source.write_text(
        "first_name,last_name,company,title\nAda,Lovelace,Engines Ltd,VP Operations\n",
        encoding="utf-8",
    )
    for argv in (
        ["demo"],
        ["import", str(source)],
        ["plan-week", "--apply"],
        ["touch", "done", "327"],
        [
            "touch",
            "add",
            "--company",
            "Engines Ltd",
            "--date",
            TODAY,
            "--time",
            "09:30",
            "--channel",
            "meeting",
        ],
    ):
        assert main([*argv, "--db", str(db), "--today", TODAY]) == 0, argv
    return db


def _conn(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path)


def test_what_the_app_writes_passes(busy_plan: Path) -> None:
    conn = _conn(busy_plan)
    try:
        assert plan_problems(conn) == []
    finally:
        conn.close()


def test_every_enum_column_exists_in_the_schema() -> None:
    schema = expected_schema()
    for table, column in ENUM_COLUMNS:
        assert column in {name for name, _decl, _nn in schema[table]}


def test_the_first_unreadable_value_is_named(busy_plan: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    copy.write_bytes(busy_plan.read_bytes())
    conn = _conn(copy)
    try:
        conn.execute("UPDATE touchpoints SET status = 'postponed' WHERE id = 3")
        assert value_problems(conn) == [
            "touchpoints row 3 has a value this version cannot read in status"
        ]
        conn.execute("ALTER TABLE screenings RENAME TO old_screenings")
        assert schema_problems(conn) == ["the table screenings is missing"]
    finally:
        conn.close()
