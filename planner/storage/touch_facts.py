"""Reading the touch facts: last done and next planned touch per contact, account and level.

The facts are kept current by SQLite triggers (see `touch_facts_schema`) in the same
transaction as every write, so a reader never scans the touch history. A recorded content send
counts as a done touch of its contact, the contact's account and the contact's level.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from planner.storage.db import Database
from planner.storage.rows import s2d
from planner.storage.touch_facts_schema import REBUILD

_COLUMNS = "last_done_day, next_planned_day, done_count, planned_count"
# Keep IN lists well under SQLite's variable limit.
_CHUNK = 900


@dataclass(frozen=True, slots=True)
class TouchFacts:
    """What is known of one key's touches; `next_planned` may lie in the past (overdue)."""

    last_done: date | None
    next_planned: date | None
    done_count: int
    planned_count: int


def _facts(row: tuple[object, ...]) -> TouchFacts:
    return TouchFacts(s2d(row[0]), s2d(row[1]), int(str(row[2])), int(str(row[3])))


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    values = sorted(set(ids))
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _by_id(db: Database, table: str, key: str, ids: Iterable[int] | None) -> dict[int, TouchFacts]:
    sql = f"SELECT {key}, {_COLUMNS} FROM {table}"
    if ids is None:
        return {int(r[0]): _facts(r[1:]) for r in db.execute(sql).fetchall()}
    found: dict[int, TouchFacts] = {}
    for chunk in _chunks(ids):
        marks = ", ".join("?" * len(chunk))
        for r in db.execute(f"{sql} WHERE {key} IN ({marks})", chunk).fetchall():
            found[int(r[0])] = _facts(r[1:])
    return found


def contact_facts(db: Database, ids: Iterable[int] | None = None) -> dict[int, TouchFacts]:
    """Facts per contact (all contacts, or those in `ids`); a contact never touched is absent."""
    return _by_id(db, "contact_touch_facts", "contact_id", ids)


def company_facts(db: Database, ids: Iterable[int] | None = None) -> dict[int, TouchFacts]:
    """Facts per account (all accounts, or those in `ids`); an account never touched is absent."""
    return _by_id(db, "company_touch_facts", "company_id", ids)


def level_facts(
    db: Database, company_ids: Iterable[int] | None = None
) -> dict[tuple[int, str], TouchFacts]:
    """Facts per (account, contact level), for all accounts or those in `company_ids`."""
    sql = f"SELECT company_id, level, {_COLUMNS} FROM level_touch_facts"
    if company_ids is None:
        rows = db.execute(sql).fetchall()
    else:
        rows = []
        for chunk in _chunks(company_ids):
            marks = ", ".join("?" * len(chunk))
            rows += db.execute(f"{sql} WHERE company_id IN ({marks})", chunk).fetchall()
    return {(int(r[0]), str(r[1])): _facts(r[2:]) for r in rows}


def last_done(facts: dict[int, TouchFacts]) -> dict[int, date]:
    """The day of the last done touch per key, leaving out keys only ever planned."""
    return {k: f.last_done for k, f in facts.items() if f.last_done is not None}


def companies_last_done_before(db: Database, day: date) -> list[int]:
    """Accounts whose last done touch lies before `day`, or that were never touched."""
    rows = db.execute(
        "SELECT c.id FROM companies c LEFT JOIN company_touch_facts f ON f.company_id = c.id "
        "WHERE f.last_done_day IS NULL OR f.last_done_day < ?",
        [day.isoformat()],
    ).fetchall()
    return [int(r[0]) for r in rows]


def rebuild(db: Database) -> None:
    """Recompute every fact from the history (the triggers make this unnecessary in use)."""
    for statement in REBUILD:
        db.execute(statement)
