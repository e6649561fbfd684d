"""The rep's time off: listed, added and removed, each change one transaction."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from planner.domain.errors import NotFoundError, ValidationError
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.domain.time_off import TimeOff
from planner.storage.rows import d2s, s2d
from planner.storage.store import Store

MAX_LABEL = 200


def _row(row: tuple[int, str, str, str]) -> TimeOff:
    start, end = s2d(row[1]), s2d(row[2])
    assert start is not None
    assert end is not None
    return TimeOff(start, end, row[3], row[0])


def list_time_off(store: Store) -> list[TimeOff]:
    """All time off, earliest first."""
    rows = store.db.execute(
        'SELECT id, start, "end", label FROM time_off ORDER BY start, id'
    ).fetchall()
    return [_row(r) for r in rows]


def time_off_ranges(store: Store, today: date) -> tuple[tuple[date, date, str], ...]:
    """Time off that has not ended before today, as (first, last, label), for planning."""
    rows = store.db.execute(
        'SELECT id, start, "end", label FROM time_off WHERE "end" >= ? ORDER BY start',
        [d2s(today)],
    ).fetchall()
    return tuple((t.start, t.end, t.label) for t in map(_row, rows))


def add_time_off(store: Store, away: TimeOff) -> TimeOff:
    """Store a range of time off; the label is trimmed and kept short."""
    label = away.label.strip()
    if len(label) > MAX_LABEL:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A time-off label can be at most {n} characters.").format(
                n=MAX_LABEL
            )
        )
    with store.transaction():
        cursor = store.db.execute(
            'INSERT INTO time_off (start, "end", label) VALUES (?, ?, ?)',
            [d2s(away.start), d2s(away.end), label],
        )
    return TimeOff(away.start, away.end, label, cursor.lastrowid)


def remove_time_off(store: Store, time_off_id: int) -> TimeOff:
    """Remove one range of time off by id; returns what was removed."""
    with store.transaction():
        row = store.db.execute(
            'SELECT id, start, "end", label FROM time_off WHERE id = ?', [time_off_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no time off with id {id}.").format(
                    id=time_off_id
                )
            )
        store.db.execute("DELETE FROM time_off WHERE id = ?", [time_off_id])
    return _row(row)


def replace_time_off(store: Store, ranges: list[TimeOff]) -> list[TimeOff]:
    """Make the stored time off exactly `ranges` (the Settings dialog's list), in one go."""
    with store.transaction():
        store.db.execute("DELETE FROM time_off")
        return [add_time_off(store, away) for away in ranges]


def planned_on(store: Store, days: Iterable[date]) -> list[tuple[int, date]]:
    """Planned touch-points (id, day) on any of these days, earliest first."""
    wanted = sorted({d.isoformat() for d in days})
    found: list[tuple[int, date]] = []
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        rows = store.db.execute(
            "SELECT id, day FROM touchpoints WHERE status = 'planned' "
            f"AND day IN ({','.join('?' * len(chunk))}) ORDER BY day, id",
            chunk,
        ).fetchall()
        found.extend((r[0], _day(r[1])) for r in rows)
    return found


def _day(value: object) -> date:
    day = s2d(value)
    assert day is not None
    return day
