"""The names of this version's migrations, known without loading them (or sqlite-utils).

A command that only reads compares a plan file against these to tell that it needs neither
migrating nor refusing as newer; `migrations.known_names()` must list the same names in the
same order (a test checks): a new migration appends its name here too.
"""

from __future__ import annotations

import sqlite3

# sqlite-utils' name for this app's set of migrations in the file's `_sqlite_migrations`.
MIGRATION_SET = "nurture_planner"

MIGRATION_NAMES: tuple[str, ...] = (
    "m001_initial",
    "m002_screenings",
    "m003_import_batches",
    "m004_dismissals",
    "m005_plan_id",
    "m006_addresses",
    "m007_read_side_search",
    "m008_touch_facts",
    "m009_calendar_outbox",
    "m010_time_off",
    "m011_search_everything",
    "m012_week_plan_ranking",
    "m013_contract_end_indexes",
    "m014_contact_delete_facts_when_touched",
    "m015_plan_dismissals_company_index",
)


def applied_names(conn: sqlite3.Connection) -> list[str]:
    """The names of this app's migrations applied to the file, in the order they were (none on
    a file that has no record of migrations)."""
    tracked = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if not tracked:
        return []
    rows = conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET],
    )
    return [name for (name,) in rows]


def pending_names(conn: sqlite3.Connection) -> list[str]:
    """This version's migrations the file has not had yet, in order."""
    applied = set(applied_names(conn))
    return [name for name in MIGRATION_NAMES if name not in applied]
