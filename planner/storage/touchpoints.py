"""Touch-points, rows ↔ TouchPoint values; every change raises the revision."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.domain.errors import ChangedSinceError, NotFoundError, ValidationError
from planner.domain.model import (
    AgendaEntry,
    Channel,
    CompanyKind,
    Purpose,
    Status,
    TouchPoint,
)
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.domain.timing import Clock
from planner.storage.rows import d2s, dt2s, s2dt, s2t, t2s

if TYPE_CHECKING:  # a quick read (agenda) maps rows with this module without sqlite-utils
    from planner.storage.db import Database

_COLUMNS = (
    "id",
    "company_id",
    "contact_id",
    "day",
    "time",
    "duration_minutes",
    "tz",
    "channel",
    "purpose",
    "status",
    "title",
    "notes",
    "reason",
    "outcome",
    "completed_at",
    "content_id",
    "revision",
    "updated_at",
    "plan_key",
)
# The columns a new touch-point's row fills when it is written in bulk (the id, revision, time
# stamp and plan key are the store's), in table order.
FILLED_COLUMNS = _COLUMNS[1 : _COLUMNS.index("revision")]
_TP = ", ".join("t." + c for c in _COLUMNS)
_AGENDA_SELECT = f"""
    SELECT {_TP}, co.name, co.kind, coalesce(trim(ct.first_name || ' ' || ct.last_name), ''),
           coalesce(ci.title, '')
    FROM touchpoints t
    JOIN companies co ON co.id = t.company_id
    LEFT JOIN contacts ct ON ct.id = t.contact_id
    LEFT JOIN content_items ci ON ci.id = t.content_id
"""

AGENDA_SELECT = _AGENDA_SELECT
"""The select of agenda entries (a touch-point with its account, contact and content names)."""

_NO_TOUCHPOINT = QT_TRANSLATE_NOOP("Errors", "There is no touch-point with id {id}.")
_CHANGED_SINCE = QT_TRANSLATE_NOOP(
    "Errors",
    "The touch-point was changed since (perhaps from the command line or another window); "
    "it was left as it is now, so that change is not lost.",
)
_GONE_SINCE = QT_TRANSLATE_NOOP(
    "Errors",
    "The touch-point was deleted since (perhaps from the command line or another window); "
    "nothing was changed.",
)


def _to_row(tp: TouchPoint) -> dict[str, Any]:
    return {
        "company_id": tp.company_id,
        "contact_id": tp.contact_id,
        "day": d2s(tp.day),
        "time": t2s(tp.time),
        "duration_minutes": tp.duration_minutes,
        "tz": tp.tz,
        "channel": str(tp.channel),
        "purpose": str(tp.purpose),
        "status": str(tp.status),
        "title": tp.title,
        "notes": tp.notes,
        "reason": tp.reason,
        "outcome": tp.outcome,
        "completed_at": dt2s(tp.completed_at),
        "content_id": tp.content_id,
        "plan_key": tp.plan_key,
    }


# Enum members by stored value: a dict look-up, where calling the enum costs a week of cards
# several milliseconds.
_CHANNELS = {str(m): m for m in Channel}
_PURPOSES = {str(m): m for m in Purpose}
_STATUSES = {str(m): m for m in Status}
_KINDS = {str(m): m for m in CompanyKind}


def _from_row(row: Any) -> TouchPoint:
    """The touch-point of a row whose first columns are _COLUMNS (read by position)."""
    (
        id_,
        company_id,
        contact_id,
        day,
        time_,
        duration_minutes,
        tz,
        channel,
        purpose,
        status,
        title,
        notes,
        reason,
        outcome,
        completed_at,
        content_id,
        revision,
        updated_at,
        plan_key,
    ) = row[: len(_COLUMNS)]
    return TouchPoint(
        id=id_,
        company_id=company_id,
        contact_id=contact_id,
        day=date.fromisoformat(day),
        time=s2t(time_),
        duration_minutes=duration_minutes,
        tz=tz,
        channel=_CHANNELS.get(channel) or Channel(channel),
        purpose=_PURPOSES.get(purpose) or Purpose(purpose),
        status=_STATUSES.get(status) or Status(status),
        title=title,
        notes=notes,
        reason=reason,
        outcome=outcome,
        completed_at=s2dt(completed_at),
        content_id=content_id,
        revision=revision,
        updated_at=s2dt(updated_at),
        plan_key=plan_key,
    )


_DEFAULT_COLUMNS: dict[str, Any] = {
    "duration_minutes": 30,
    "tz": "UTC",
    "channel": str(Channel.CALL),
    "purpose": str(Purpose.CHECK_IN),
    "status": str(Status.PLANNED),
    "title": "",
    "notes": "",
    "reason": "",
    "outcome": "",
    "revision": 1,
}


def from_columns(values: Mapping[str, Any]) -> TouchPoint:
    """A touch-point from column values (as an import plans them); missing ones take defaults."""
    row = {c: None for c in _COLUMNS} | _DEFAULT_COLUMNS | dict(values)
    return _from_row([row[c] for c in _COLUMNS])


def to_columns(tp: TouchPoint) -> dict[str, Any]:
    """The column values of a touch-point, with its id (what an import compares against)."""
    return {"id": tp.id, **_to_row(tp)}


def _entry(row: Any) -> AgendaEntry:
    n = len(_COLUMNS)
    return AgendaEntry(
        touchpoint=_from_row(row),
        company_name=row[n],
        company_kind=_KINDS.get(row[n + 1]) or CompanyKind(row[n + 1]),
        contact_name=row[n + 2],
        content_title=row[n + 3],
    )


def entry_from_row(row: Any) -> AgendaEntry:
    """An agenda entry from a row of AGENDA_SELECT."""
    return _entry(row)


class TouchPointRepository:
    """Reads and writes touch-points; range queries use the (day) and (status, day) indexes."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        self._known_zones: set[str] = set()

    def _validate(self, tp: TouchPoint) -> None:
        if tp.duration_minutes < 0 or tp.duration_minutes > 24 * 60:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A touch-point lasts between 0 minutes and a day.")
            )
        if tp.tz in self._known_zones:
            return
        try:
            ZoneInfo(tp.tz)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{zone!r} is not a known time zone.").format(zone=tp.tz)
            ) from None
        self._known_zones.add(tp.tz)

    def add(self, tp: TouchPoint) -> TouchPoint:
        """Store a new touch-point at revision 1 (one with an id keeps it and its revision)."""
        self._validate(tp)
        row = _to_row(tp)
        row["revision"] = tp.revision if tp.id is not None else 1
        row["updated_at"] = dt2s(self._clock.now())
        if tp.id is not None:
            row["id"] = tp.id
        cursor = self._db.execute(
            f"INSERT INTO touchpoints ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
        return self.get(int(cursor.lastrowid or 0))

    def add_many(self, tps: Iterable[TouchPoint]) -> int:
        """Insert many new touch-points at once (demo data, plans); returns how many.

        The rows are made as SQLite takes them: a million of them never sit in memory twice.
        A touch-point that fails validation stops the insert, and nothing of it is kept.
        """
        now = dt2s(self._clock.now())
        it = iter(tps)
        first = next(it, None)
        if first is None:
            return 0
        cols = [*_to_row(first), "revision", "updated_at"]
        count = 0

        def values() -> Iterator[list[Any]]:
            nonlocal count
            for tp in itertools.chain((first,), it):
                self._validate(tp)
                updated = dt2s(tp.updated_at) if tp.updated_at else now
                yield [*_to_row(tp).values(), tp.revision, updated]
                count += 1

        # conn.executemany opens an implicit transaction that nothing would commit: the rows
        # would vanish on close. atomic() commits it (or joins the caller's transaction).
        with self._db.atomic():
            self._db.conn.executemany(
                f"INSERT INTO touchpoints ({', '.join(cols)}) "
                f"VALUES ({', '.join('?' * len(cols))})",
                values(),
            )
        return count

    def update(self, tp: TouchPoint) -> TouchPoint:
        """Save a changed touch-point; its revision goes up by one whatever the caller passed."""
        if tp.id is None:
            raise ValueError("update needs a touch-point with an id")
        self._validate(tp)
        row = _to_row(tp)
        row["updated_at"] = dt2s(self._clock.now())
        cursor = self._db.execute(
            f"UPDATE touchpoints SET {', '.join(f'{k} = ?' for k in row)}, "
            "revision = revision + 1 WHERE id = ?",
            [*row.values(), tp.id],
        )
        if cursor.rowcount == 0:
            raise NotFoundError(_NO_TOUCHPOINT.format(id=tp.id))
        return self.get(tp.id)

    def set_columns(self, touchpoint_id: int, changes: Mapping[str, Any]) -> TouchPoint:
        """Change some column values of a touch-point through `update` (so its revision rises)."""
        current = self.get(touchpoint_id)
        unknown = set(changes) - set(_to_row(current))
        if unknown:
            raise ValueError(f"touch-points have no column {sorted(unknown)[0]}")
        row = {**to_columns(current), **changes, "revision": current.revision}
        return self.update(from_columns(row))

    def get(self, touchpoint_id: int) -> TouchPoint:
        """The touch-point with this id; NotFoundError when there is none."""
        row = self._db.execute(
            f"SELECT {_TP} FROM touchpoints t WHERE t.id = ?", [touchpoint_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(_NO_TOUCHPOINT.format(id=touchpoint_id))
        return _from_row(row)

    def entry(self, touchpoint_id: int) -> AgendaEntry:
        """The touch-point with the account, contact and content names a calendar line shows."""
        row = self._db.execute(f"{_AGENDA_SELECT} WHERE t.id = ?", [touchpoint_id]).fetchone()
        if row is None:
            raise NotFoundError(_NO_TOUCHPOINT.format(id=touchpoint_id))
        return _entry(row)

    def between(
        self, first: date, last: date, statuses: Iterable[Status] | None = None
    ) -> list[AgendaEntry]:
        """Touch-points from `first` to `last` inclusive, in day and time order."""
        sql = f"{_AGENDA_SELECT} WHERE t.day BETWEEN ? AND ?"
        params: list[Any] = [d2s(first), d2s(last)]
        if statuses is not None:
            wanted = [str(s) for s in statuses]
            sql += f" AND t.status IN ({','.join('?' * len(wanted))})"
            params += wanted
        sql += " ORDER BY t.day, t.time IS NOT NULL, t.time, t.id"
        return [_entry(r) for r in self._db.execute(sql, params).fetchall()]

    def day_counts(self, first: date, last: date) -> dict[date, int]:
        """How many touch-points fall on each day from `first` to `last` (a month view's marks)."""
        rows = self._db.execute(
            "SELECT day, count(*) FROM touchpoints WHERE day BETWEEN ? AND ? GROUP BY day",
            [d2s(first), d2s(last)],
        ).fetchall()
        return {date.fromisoformat(day): int(n) for day, n in rows}

    def overdue(self, today: date) -> list[AgendaEntry]:
        """Planned touch-points whose day has passed: never hidden, always offered again."""
        sql = (
            f"{_AGENDA_SELECT} WHERE t.status = 'planned' AND t.day < ? "
            "ORDER BY t.day, t.time, t.id"
        )
        return [_entry(r) for r in self._db.execute(sql, [d2s(today)]).fetchall()]

    def for_company(self, company_id: int) -> list[AgendaEntry]:
        """The account's touch-points, newest first (its history view)."""
        sql = f"{_AGENDA_SELECT} WHERE t.company_id = ? ORDER BY t.day DESC, t.time DESC, t.id DESC"
        return [_entry(r) for r in self._db.execute(sql, [company_id]).fetchall()]

    def for_contact(self, contact_id: int) -> list[AgendaEntry]:
        """The contact's touch-points, newest first, wherever they worked then."""
        sql = f"{_AGENDA_SELECT} WHERE t.contact_id = ? ORDER BY t.day DESC, t.time DESC, t.id DESC"
        return [_entry(r) for r in self._db.execute(sql, [contact_id]).fetchall()]

    def all(self) -> list[TouchPoint]:
        return [
            _from_row(r) for r in self._db.execute(f"SELECT {_TP} FROM touchpoints t").fetchall()
        ]

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM touchpoints").fetchone()[0])

    def delete(self, touchpoint_id: int) -> None:
        """Delete the touch-point; sends it recorded stay in the log without the link."""
        cursor = self._db.execute("DELETE FROM touchpoints WHERE id = ?", [touchpoint_id])
        if cursor.rowcount == 0:
            raise NotFoundError(_NO_TOUCHPOINT.format(id=touchpoint_id))

    def expect_unchanged(self, expected: TouchPoint) -> None:
        """Refuse (ChangedSinceError) unless the touch-point still holds `expected`.

        Undo and redo call this inside their transaction with what the window last wrote: a
        touch-point marked done on the command line since must not be reverted, and its outcome
        not erased. The revision and time stamp are left out of the comparison, so undoing
        several steps on one touch-point in a row is never mistaken for a change from elsewhere.
        """
        if expected.id is None:
            raise ValueError("expect_unchanged needs a touch-point with an id")
        try:
            current = self.get(expected.id)
        except NotFoundError:
            raise ChangedSinceError(_GONE_SINCE) from None
        if _content(current) != _content(expected):
            raise ChangedSinceError(_CHANGED_SINCE)

    def expect_absent(self, touchpoint_id: int) -> None:
        """Refuse (ChangedSinceError) when a touch-point with this id exists again."""
        row = self._db.execute("SELECT 1 FROM touchpoints WHERE id = ?", [touchpoint_id]).fetchone()
        if row is not None:
            raise ChangedSinceError(_CHANGED_SINCE)

    def restore(self, tp: TouchPoint) -> TouchPoint:
        """Put a deleted touch-point back under its old id, one revision higher."""
        return self.add(tp.replace(revision=tp.revision + 1))

    def now(self) -> datetime:
        """The store's clock: time stamps and "today" come from it so tests can fix them."""
        return self._clock.now()


def _content(tp: TouchPoint) -> TouchPoint:
    """A touch-point without what every save changes (revision, time stamp)."""
    return tp.replace(revision=0, updated_at=None)
