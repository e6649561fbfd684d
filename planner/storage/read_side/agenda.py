"""The week, the overdue tray, the agenda and the month's marks, read by day through the indexes."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import TYPE_CHECKING

from planner.domain.model import AgendaEntry
from planner.storage.rows import d2s
from planner.storage.touchpoints import AGENDA_SELECT, entry_from_row

if TYPE_CHECKING:  # `agenda` reads through a bare sqlite3 connection, without sqlite-utils
    from planner.storage.db import Database

# The day index bounds every query here; the order is the cards' order within a day.
_DAY_ORDER = " ORDER BY t.day, t.time IS NOT NULL, t.time, t.id"


def entries_between(
    db: Database | sqlite3.Connection, first: date, last: date, statuses: tuple[str, ...] = ()
) -> list[AgendaEntry]:
    """Touch-points from `first` to `last` inclusive (of the given statuses), in card order."""
    sql = f"{AGENDA_SELECT} WHERE t.day BETWEEN ? AND ?"
    params: list[object] = [d2s(first), d2s(last)]
    if statuses:
        sql += f" AND t.status IN ({','.join('?' * len(statuses))})"
        params += list(statuses)
    return [entry_from_row(r) for r in db.execute(sql + _DAY_ORDER, params).fetchall()]


def count_between(db: Database | sqlite3.Connection, first: date, last: date) -> int:
    """How many touch-points fall from `first` to `last` inclusive (the day index alone: the
    rows themselves are not read, so a busy week is counted as fast as a quiet one)."""
    row = db.execute(
        "SELECT count(*) FROM touchpoints WHERE day BETWEEN ? AND ?", [d2s(first), d2s(last)]
    ).fetchone()
    return int(row[0])


def overdue(db: Database | sqlite3.Connection, today: date) -> list[AgendaEntry]:
    """Planned touch-points whose day is before `today`, oldest first."""
    sql = f"{AGENDA_SELECT} WHERE t.status = 'planned' AND t.day < ?{_DAY_ORDER}"
    return [entry_from_row(r) for r in db.execute(sql, [d2s(today)]).fetchall()]


def day_counts(db: Database, first: date, last: date) -> dict[date, int]:
    """How many touch-points fall on each day from `first` to `last`."""
    rows = db.execute(
        "SELECT day, count(*) FROM touchpoints WHERE day BETWEEN ? AND ? GROUP BY day",
        [d2s(first), d2s(last)],
    ).fetchall()
    return {date.fromisoformat(day): int(n) for day, n in rows}
