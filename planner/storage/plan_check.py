"""Checking a plan file's tables and values before the app trusts it (the storage boundary).

A plan file may come from anywhere: a colleague, an old backup, another program. Before any
row of it reaches the domain, the file must have every table and column this version expects,
and every value must be one the app can read: a known status, a number stored as a number, a
day written as a day. The checks are SQL scans (one per table) so a big plan is checked in
about the time SQLite needs to read it once.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from zoneinfo import ZoneInfo

from planner.domain.errors import NotADatabaseError
from planner.domain.model import (
    BuyingRole,
    BuyingTimeframe,
    Channel,
    CompanyKind,
    ContactLevel,
    ContentKind,
    GrowthPotential,
    Purpose,
    RelationshipHealth,
    Status,
)
from planner.domain.screening import BuysElsewhereReason, ScreeningVerdict
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.storage.connection import fresh_schema_database

Column = tuple[str, str]

ENUM_COLUMNS: dict[Column, type[StrEnum]] = {
    ("companies", "kind"): CompanyKind,
    ("companies", "buying_timeframe"): BuyingTimeframe,
    ("companies", "growth_potential"): GrowthPotential,
    ("companies", "health"): RelationshipHealth,
    ("contacts", "level"): ContactLevel,
    ("contacts", "buying_role"): BuyingRole,
    ("content_items", "kind"): ContentKind,
    ("touchpoints", "channel"): Channel,
    ("touchpoints", "purpose"): Purpose,
    ("touchpoints", "status"): Status,
    ("screenings", "verdict"): ScreeningVerdict,
    ("screenings", "reason"): BuysElsewhereReason,
}
ENUM_LIST_COLUMNS: dict[Column, type[StrEnum]] = {
    ("content_items", "segment_kinds"): CompanyKind,
    ("content_items", "segment_levels"): ContactLevel,
}
TEXT_LIST_COLUMNS: frozenset[Column] = frozenset(
    {("content_items", "topics"), ("content_items", "segment_industries")}
)
DAY_COLUMNS: frozenset[Column] = frozenset(
    {
        ("companies", "contract_start"),
        ("companies", "contract_end"),
        ("competitors", "contract_end"),
        ("employments", "start"),
        ("employments", "end"),
        ("touchpoints", "day"),
        ("content_sends", "sent_on"),
        ("screenings", "screened_on"),
    }
)
TIME_COLUMNS: frozenset[Column] = frozenset({("touchpoints", "time")})
ZONE_COLUMNS: frozenset[Column] = frozenset({("touchpoints", "tz")})
JSON_COLUMNS: frozenset[Column] = frozenset({("settings", "value")})
POSITIVE_COLUMNS: frozenset[Column] = frozenset({("touchpoints", "duration_minutes")})

# SQLite's own tables and tables that only ever hold bookkeeping the app does not read as rows.
_SKIPPED_PREFIXES = ("sqlite_",)


@functools.cache
def expected_schema() -> dict[str, tuple[tuple[str, str, bool], ...]]:
    """Every table this version creates: its columns as (name, declared type, not null)."""
    db = fresh_schema_database()
    try:
        return _schema(db.conn)
    finally:
        db.close()


def _schema(conn: sqlite3.Connection) -> dict[str, tuple[tuple[str, str, bool], ...]]:
    tables = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    # Search indexes (FTS5 virtual tables and their shadow tables) are derived from the rows
    # checked here and rebuilt from them; they are no rows of the plan.
    virtual = [
        str(name) for name, sql in tables if str(sql or "").upper().startswith("CREATE VIRTUAL")
    ]
    names = [
        str(name)
        for name, _sql in tables
        if not str(name).startswith(_SKIPPED_PREFIXES)
        and not any(str(name) == v or str(name).startswith(v + "_") for v in virtual)
    ]
    return {
        name: tuple(
            (str(c[1]), str(c[2]).upper(), bool(c[3]))
            for c in conn.execute(f"PRAGMA table_info({_quote(name)})")
        )
        for name in names
    }


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _sql_list(values: Iterable[str]) -> str:
    return ", ".join("'" + v.replace("'", "''") + "'" for v in values)


def _zone_ok(value: object) -> int:
    if not isinstance(value, str) or not value or value.startswith(("/", ".")) or ".." in value:
        return 0
    try:
        ZoneInfo(value)
    except (ValueError, OSError, KeyError):
        return 0
    return 1


def _json_ok(value: object) -> int:
    if not isinstance(value, str):
        return 0
    try:
        json.loads(value)
    except ValueError:
        return 0
    return 1


def _bad_value_condition(table: str, name: str, decl: str, notnull: bool) -> str | None:
    """SQL that is true for a value of this column the app cannot read."""
    col = _quote(name)
    column = (table, name)
    kinds = {"INTEGER": "'integer'", "REAL": "'integer', 'real'", "TEXT": "'text'"}.get(decl)
    if kinds is None:
        return None
    allowed = kinds if notnull else f"{kinds}, 'null'"
    parts = [f"typeof({col}) NOT IN ({allowed})"]
    present = f"{col} IS NOT NULL"
    if column in ENUM_COLUMNS:
        parts.append(f"({present} AND {col} NOT IN ({_sql_list(ENUM_COLUMNS[column])}))")
    if column in ENUM_LIST_COLUMNS or column in TEXT_LIST_COLUMNS:
        element_ok = (
            f"value IN ({_sql_list(ENUM_LIST_COLUMNS[column])})"
            if column in ENUM_LIST_COLUMNS
            else "type = 'text'"
        )
        parts.append(
            f"({present} AND (NOT json_valid({col}) OR json_type({col}) != 'array' OR "
            f"EXISTS (SELECT 1 FROM json_each({col}) WHERE NOT ({element_ok}))))"
        )
    if column in DAY_COLUMNS:
        parts.append(f"({present} AND {col} != '' AND date({col}) IS NOT {col})")
    if column in TIME_COLUMNS:
        parts.append(
            f"({present} AND {col} != '' AND "
            f"({col} NOT GLOB '[0-2][0-9]:[0-5][0-9]*' OR time({col}) IS NULL))"
        )
    if column in ZONE_COLUMNS:
        parts.append(f"({present} AND NOT planner_zone_ok({col}))")
    if column in JSON_COLUMNS:
        parts.append(f"({present} AND NOT planner_json_ok({col}))")
    if column in POSITIVE_COLUMNS:
        parts.append(f"({present} AND {col} <= 0)")
    return " OR ".join(parts)


def schema_problems(conn: sqlite3.Connection) -> list[str]:
    """What the file lacks of this version's tables and columns (empty when complete)."""
    found = _schema(conn)
    problems: list[str] = []
    for table, columns in expected_schema().items():
        if table not in found:
            problems.append(
                QT_TRANSLATE_NOOP("Errors", "the table {table} is missing").format(table=table)
            )
            continue
        have = {name for name, _decl, _nn in found[table]}
        for name, _decl, _nn in columns:
            if name not in have:
                problems.append(
                    QT_TRANSLATE_NOOP("Errors", "the table {table} has no column {column}").format(
                        table=table, column=name
                    )
                )
    return problems


def value_problems(conn: sqlite3.Connection) -> list[str]:
    """The first unreadable value of each table, as readable lines (empty when all is fine)."""
    conn.create_function("planner_zone_ok", 1, _zone_ok, deterministic=True)
    conn.create_function("planner_json_ok", 1, _json_ok, deterministic=True)
    problems: list[str] = []
    for table, columns in expected_schema().items():
        conditions = [
            (name, cond)
            for name, decl, notnull in columns
            if (cond := _bad_value_condition(table, name, decl, notnull)) is not None
        ]
        if not conditions:
            continue
        which = " ".join(f"WHEN {cond} THEN {_sql_list([name])}" for name, cond in conditions)
        where = " OR ".join(f"({cond})" for _name, cond in conditions)
        row = conn.execute(
            f"SELECT rowid, CASE {which} END FROM {_quote(table)} WHERE {where} LIMIT 1"
        ).fetchone()
        if row is not None:
            problems.append(
                QT_TRANSLATE_NOOP(
                    "Errors", "{table} row {row} has a value this version cannot read in {column}"
                ).format(table=table, row=row[0], column=row[1])
            )
    return problems


def plan_problems(conn: sqlite3.Connection) -> list[str]:
    """Missing tables or columns first (values cannot be checked without them), else values."""
    return schema_problems(conn) or value_problems(conn)


def check_plan(conn: sqlite3.Connection, path: Path | str) -> None:
    """Raise a NotADatabaseError naming the first problem when the plan cannot be read safely."""
    problems = plan_problems(conn)
    if problems:
        raise NotADatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} cannot be used: {problem}. It was left unchanged; "
                "restore a backup or open another plan.",
            ).format(path=path, problem=problems[0])
        )


def holds_a_plan(conn: sqlite3.Connection) -> bool:
    """Whether the file was made by this app: its migrations record names the app's set.

    (A record with nothing applied yet and no other table is a plan that never got further.)
    """
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "_sqlite_migrations" not in names:
        return False
    try:
        ours = conn.execute(
            "SELECT 1 FROM _sqlite_migrations WHERE migration_set = 'nurture_planner' LIMIT 1"
        ).fetchone()
    except sqlite3.Error:
        return False
    return ours is not None or names == {"_sqlite_migrations"}


def is_blank(conn: sqlite3.Connection) -> bool:
    """Whether the file holds nothing at all (a new or empty file)."""
    return bool(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0)
