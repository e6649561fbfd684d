"""The week, the overdue tray, the agenda and the month's marks, read by day through the indexes."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date, time
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


# A touch-point's place in a week without its texts: (id, day, time, tz, duration, status).
Outline = tuple[int, str, str | None, str, int, str]


def outlines_between(db: Database | sqlite3.Connection, first: date, last: date) -> list[Outline]:
    """Where each touch-point from `first` to `last` sits in the week, in card order: its id,
    day, time, zone, length in minutes and status, as stored (a week's layout needs no more;
    `entries_with_ids` reads the ones then drawn)."""
    sql = (
        "SELECT t.id, t.day, t.time, t.tz, t.duration_minutes, t.status FROM touchpoints t"
        " WHERE t.day BETWEEN ? AND ?"
    )
    return db.execute(sql + _DAY_ORDER, [d2s(first), d2s(last)]).fetchall()


def entries_with_ids(db: Database | sqlite3.Connection, ids: Sequence[int]) -> list[AgendaEntry]:
    """The touch-points with these ids (those that exist), in card order."""
    found: list[AgendaEntry] = []
    for part in range(0, len(ids), _IDS_PER_QUERY):
        chunk = list(ids[part : part + _IDS_PER_QUERY])
        sql = f"{AGENDA_SELECT} WHERE t.id IN ({','.join('?' * len(chunk))})"
        found += [entry_from_row(r) for r in db.execute(sql, chunk).fetchall()]
    found.sort(key=_card_order)
    return found


def _card_order(entry: AgendaEntry) -> tuple[date, bool, time, int]:
    """_DAY_ORDER's order, for entries read in parts."""
    tp = entry.touchpoint
    return tp.day, tp.time is not None, tp.time or time(), tp.id or 0


_IDS_PER_QUERY = 500  # well within SQLite's limit on a statement's parameters


def count_between(db: Database | sqlite3.Connection, first: date, last: date) -> int:
    """How many touch-points fall from `first` to `last` inclusive (the day index alone: the
    rows themselves are not read, so a busy week is counted as fast as a quiet one)."""
    row = db.execute(
        "SELECT count(*) FROM touchpoints WHERE day BETWEEN ? AND ?", [d2s(first), d2s(last)]
    ).fetchone()
    return int(row[0])


def overdue(
    db: Database | sqlite3.Connection, today: date, limit: int | None = None
) -> list[AgendaEntry]:
    """Planned touch-points whose day is before `today`, oldest first (the first `limit`)."""
    sql = f"{AGENDA_SELECT} WHERE t.status = 'planned' AND t.day < ?{_DAY_ORDER}"
    params: list[object] = [d2s(today)]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [entry_from_row(r) for r in db.execute(sql, params).fetchall()]


def overdue_count(db: Database | sqlite3.Connection, today: date) -> int:
    """How many planned touch-points have a day before `today`."""
    sql = "SELECT count(*) FROM touchpoints t WHERE t.status = 'planned' AND t.day < ?"
    return int(db.execute(sql, [d2s(today)]).fetchone()[0])


def day_counts(db: Database, first: date, last: date) -> dict[date, int]:
    """How many touch-points fall on each day from `first` to `last`."""
    rows = db.execute(
        "SELECT day, count(*) FROM touchpoints WHERE day BETWEEN ? AND ? GROUP BY day",
        [d2s(first), d2s(last)],
    ).fetchall()
    return {date.fromisoformat(day): int(n) for day, n in rows}
