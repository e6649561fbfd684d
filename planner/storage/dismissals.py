"""Suggestions the rep dismissed, by plan key and planning week: every planner leaves them out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from planner.storage.rows import d2s, s2d
from planner.storage.store import Store


@dataclass(frozen=True, slots=True)
class Dismissal:
    """One dismissed suggestion: its plan key, its planning week and how it read when dismissed."""

    key: str
    week: date
    company_id: int | None = None
    summary: str = ""


def dismissed_keys(store: Store, since: date | None = None) -> frozenset[str]:
    """Plan keys dismissed for planning weeks starting on or after `since` (all when None)."""
    if since is None:
        rows = store.db.execute("SELECT key FROM plan_dismissals").fetchall()
    else:
        rows = store.db.execute(
            "SELECT key FROM plan_dismissals WHERE week >= ?", [d2s(since)]
        ).fetchall()
    return frozenset(r[0] for r in rows)


def dismissals_of_week(store: Store, week: date) -> list[Dismissal]:
    """What was dismissed for the planning week starting on `week`, in key order."""
    rows = store.db.execute(
        "SELECT key, week, company_id, summary FROM plan_dismissals WHERE week = ? ORDER BY key",
        [d2s(week)],
    ).fetchall()
    return [_from_row(r) for r in rows]


def dismiss(store: Store, dismissals: Iterable[Dismissal]) -> list[Dismissal]:
    """Store these dismissals in one transaction; returns those that were not stored yet."""
    added: list[Dismissal] = []
    with store.transaction():
        for d in dismissals:
            cursor = store.db.execute(
                "INSERT OR IGNORE INTO plan_dismissals (key, week, company_id, summary) "
                "VALUES (?, ?, (SELECT id FROM companies WHERE id = ?), ?)",
                [d.key, d2s(d.week), d.company_id, d.summary],
            )
            if cursor.rowcount:
                added.append(d)
    return added


def restore(store: Store, keys: Iterable[str]) -> list[Dismissal]:
    """Forget the dismissals with these plan keys in one transaction; returns what was removed."""
    removed: list[Dismissal] = []
    with store.transaction():
        for key in dict.fromkeys(keys):
            row = store.db.execute(
                "SELECT key, week, company_id, summary FROM plan_dismissals WHERE key = ?", [key]
            ).fetchone()
            if row is None:
                continue
            store.db.execute("DELETE FROM plan_dismissals WHERE key = ?", [key])
            removed.append(_from_row(row))
    return removed


def forget_before(store: Store, week: date) -> int:
    """Drop dismissals of planning weeks before `week` (no planner looks back that far)."""
    with store.transaction():
        cursor = store.db.execute("DELETE FROM plan_dismissals WHERE week < ?", [d2s(week)])
    return int(cursor.rowcount)


def _from_row(row: tuple[str, str, int | None, str]) -> Dismissal:
    week = s2d(row[1])
    assert week is not None
    return Dismissal(key=row[0], week=week, company_id=row[2], summary=row[3])
