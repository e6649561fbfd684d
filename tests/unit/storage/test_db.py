"""The storage layer's connection: statements, transactions and savepoints, as in sqlite-utils."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.storage.db import Database, first_keyword
from planner.storage.write_lock import PlannerDatabase


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(tmp_path / "plan.db")
    database.execute("CREATE TABLE t (x INTEGER PRIMARY KEY, y TEXT NOT NULL)")
    yield database
    database.close()


def _seen_elsewhere(path: Path) -> list[tuple[int, str]]:
    other = sqlite3.connect(path)
    try:
        return other.execute("SELECT x, y FROM t ORDER BY x").fetchall()
    finally:
        other.close()


def test_a_write_outside_a_transaction_is_committed_at_once(db: Database, tmp_path: Path) -> None:
    db.execute("INSERT INTO t (x, y) VALUES (1, 'a')")
    assert not db.conn.in_transaction
    assert _seen_elsewhere(tmp_path / "plan.db") == [(1, "a")]


def test_a_failed_write_leaves_no_transaction_open(db: Database, tmp_path: Path) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO t (x, y) VALUES (1, NULL)")
    assert not db.conn.in_transaction
    db.execute("INSERT INTO t (x, y) VALUES (2, 'b')")
    assert _seen_elsewhere(tmp_path / "plan.db") == [(2, "b")]


def test_a_begun_transaction_is_left_to_its_caller(db: Database, tmp_path: Path) -> None:
    db.execute("BEGIN")
    db.execute("INSERT INTO t (x, y) VALUES (1, 'a')")
    assert db.conn.in_transaction
    assert _seen_elsewhere(tmp_path / "plan.db") == []
    db.execute("ROLLBACK")
    assert db.execute("SELECT count(*) FROM t").fetchone() == (0,)


def test_named_parameters_and_positional_ones(db: Database) -> None:
    db.execute("INSERT INTO t (x, y) VALUES (?, ?)", [1, "a"])
    db.execute("INSERT INTO t (x, y) VALUES (:x, :y)", {"x": 2, "y": "b"})
    assert db.execute("SELECT y FROM t ORDER BY x").fetchall() == [("a",), ("b",)]


def _insert_then_fail(db: Database, x: int) -> None:
    with db.atomic():
        db.execute("INSERT INTO t (x, y) VALUES (?, 'undone')", [x])
        raise RuntimeError("half way")


def test_atomic_keeps_all_or_nothing(db: Database) -> None:
    with pytest.raises(RuntimeError):
        _insert_then_fail(db, 1)
    assert db.execute("SELECT count(*) FROM t").fetchone() == (0,)
    assert not db.conn.in_transaction


def test_a_nested_failure_undoes_only_its_savepoint(db: Database, tmp_path: Path) -> None:
    with db.atomic():
        db.execute("INSERT INTO t (x, y) VALUES (1, 'kept')")
        with pytest.raises(RuntimeError):
            _insert_then_fail(db, 2)
        db.execute("INSERT INTO t (x, y) VALUES (3, 'kept too')")
    assert _seen_elsewhere(tmp_path / "plan.db") == [(1, "kept"), (3, "kept too")]


def test_a_trigger_that_ends_the_transaction_keeps_its_own_error(db: Database) -> None:
    db.execute(
        "CREATE TRIGGER no_zero BEFORE INSERT ON t WHEN new.x = 0 "
        "BEGIN SELECT RAISE(ROLLBACK, 'no zero'); END"
    )

    def one_then_zero() -> None:
        with db.atomic():
            db.execute("INSERT INTO t (x, y) VALUES (1, 'a')")
            with db.atomic():
                db.execute("INSERT INTO t (x, y) VALUES (0, 'b')")

    with pytest.raises(sqlite3.IntegrityError, match="no zero"):
        one_then_zero()
    assert not db.conn.in_transaction
    assert db.execute("SELECT count(*) FROM t").fetchone() == (0,)


def test_triggers_fire_recursively(db: Database) -> None:
    assert db.execute("PRAGMA recursive_triggers").fetchone() == (1,)


def test_table_names(db: Database) -> None:
    db.execute("CREATE TABLE u (z)")
    assert sorted(db.table_names()) == ["t", "u"]


def test_an_existing_connection_is_used_as_it_is(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "other.db")
    db = Database(conn)
    assert db.conn is conn
    db.close()


def test_sqlite_utils_works_on_the_same_connection(db: Database, tmp_path: Path) -> None:
    db.utils["t"].insert({"x": 1, "y": "a"})
    assert db.utils.conn is db.conn
    assert _seen_elsewhere(tmp_path / "plan.db") == [(1, "a")]


def test_sqlite_utils_transactions_are_the_plans_own(tmp_path: Path) -> None:
    """A migration run through sqlite-utils begins as the plan does: at once, under its lock,
    so another writer waits from the start rather than finding the file locked half way."""
    path = tmp_path / "plan.db"
    db = PlannerDatabase(path)
    other = sqlite3.connect(path, timeout=0)
    try:
        with db.utils.atomic(), pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    finally:
        other.close()
        db.close()


@pytest.mark.parametrize(
    ("sql", "keyword"),
    [
        ("select 1", "SELECT"),
        ("  \n\tBEGIN IMMEDIATE", "BEGIN"),
        ("-- a note\nrelease savepoint s", "RELEASE"),
        ("/* a note */ ;; Savepoint s", "SAVEPOINT"),
        ("\ufeffCOMMIT", "COMMIT"),
        ("-- only a note", ""),
        ("/* never closed", ""),
        ("", ""),
    ],
)
def test_first_keyword(sql: str, keyword: str) -> None:
    assert first_keyword(sql) == keyword
