"""Agenda rows as read, for callers that fingerprint them before making entries (the export)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from planner.storage.rows import d2s
from planner.storage.touchpoints import _COLUMNS, AGENDA_SELECT

if TYPE_CHECKING:
    from planner.storage.db import Database

# Positions in a row of AGENDA_SELECT: the touch-point's columns, then the names shown with it.
ID = _COLUMNS.index("id")
COMPANY_ID = _COLUMNS.index("company_id")
CHANNEL = _COLUMNS.index("channel")
STATUS = _COLUMNS.index("status")
UPDATED_AT = _COLUMNS.index("updated_at")
COMPANY_KIND = len(_COLUMNS) + 1


def agenda_rows(
    db: Database | sqlite3.Connection,
    first: date,
    last: date,
    statuses: Iterable[str],
    *,
    overdue_before: date | None = None,
) -> list[Any]:
    """Rows of AGENDA_SELECT: planned ones before `overdue_before` (when given) by day and
    time, then those from `first` to `last` of `statuses`, in card order (the indexes bound
    both). `entry_from_row` makes an entry of one."""
    rows: list[Any] = []
    if overdue_before is not None:
        rows += db.execute(
            f"{AGENDA_SELECT} WHERE t.status = 'planned' AND t.day < ? "
            "ORDER BY t.day, t.time, t.id",
            [d2s(overdue_before)],
        ).fetchall()
    wanted = sorted(statuses)
    rows += db.execute(
        f"{AGENDA_SELECT} WHERE t.day BETWEEN ? AND ? "
        f"AND t.status IN ({','.join('?' * len(wanted))}) "
        "ORDER BY t.day, t.time IS NOT NULL, t.time, t.id",
        [d2s(first), d2s(last), *wanted],
    ).fetchall()
    return rows
