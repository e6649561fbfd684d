"""The plan's side of calendar publishing: the outbox, each published event's state, conflicts.

The outbox is filled by triggers (migration m009_calendar_outbox) on every write to touchpoints;
a sync reads a snapshot of it (ids and change numbers) and clears exactly the entries it saw,
so a change made while a sync runs stays queued for the next one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from planner.storage.db import Database

SYNC_TOKEN = "sync_token"
CALENDAR_URL = "calendar_url"
LAST_SYNC = "last_sync"


@dataclass(frozen=True, slots=True)
class PublishedObject:
    """One event as it was last pushed: address, ETag, SEQUENCE, content fingerprint and start.

    `deleted_on_server` marks an event the rep deleted on the calendar: it is not published
    again until the touch-point changes once more (its revision passes `sequence`).
    """

    touchpoint_id: int
    uid: str
    href: str
    etag: str | None
    sequence: int
    fingerprint: str
    start: str
    deleted_on_server: bool = False


@dataclass(frozen=True, slots=True)
class Conflict:
    """A touch-point changed in the plan and moved or deleted on the calendar since the last sync.

    The plan's version was kept and pushed; `calendar_start` (None: deleted there) is what the
    calendar had, so the rep can take it instead.
    """

    id: int
    touchpoint_id: int
    detected_at: str
    plan_start: str
    calendar_start: str | None
    calendar_status: str


_OBJECT_COLUMNS = "touchpoint_id, uid, href, etag, sequence, fingerprint, start, deleted_on_server"


def outbox_snapshot(db: Database) -> dict[int, int]:
    """The queued touch-point ids with the number of their latest change."""
    return dict(db.execute("SELECT touchpoint_id, change FROM calendar_outbox").fetchall())


def outbox_count(db: Database) -> int:
    """How many touch-points wait to be published (or found to need nothing)."""
    return int(db.execute("SELECT count(*) FROM calendar_outbox").fetchone()[0])


def clear_outbox(db: Database, seen: Mapping[int, int]) -> None:
    """Remove the entries of a snapshot that were not queued again since it was taken."""
    db.conn.executemany(
        "DELETE FROM calendar_outbox WHERE touchpoint_id = ? AND change = ?",
        list(seen.items()),
    )


def queue_all(db: Database) -> None:
    """Queue every touch-point (a new calendar: everything must be published there)."""
    following = db.execute("SELECT coalesce(max(change), 0) + 1 FROM calendar_outbox").fetchone()
    db.execute(
        "INSERT OR REPLACE INTO calendar_outbox (touchpoint_id, change) "
        "SELECT id, ? FROM touchpoints",
        [following[0]],
    )


def published(db: Database) -> dict[int, PublishedObject]:
    """Every event the plan believes is on the calendar, by touch-point id."""
    rows = db.execute(f"SELECT {_OBJECT_COLUMNS} FROM calendar_objects").fetchall()
    return {
        row[0]: PublishedObject(*row[:7], deleted_on_server=bool(row[7]))  # type: ignore[misc]
        for row in rows
    }


def save_published(db: Database, obj: PublishedObject) -> None:
    """Remember an event as pushed (or as found on the server)."""
    db.execute(
        f"INSERT OR REPLACE INTO calendar_objects ({_OBJECT_COLUMNS}) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            obj.touchpoint_id,
            obj.uid,
            obj.href,
            obj.etag,
            obj.sequence,
            obj.fingerprint,
            obj.start,
            int(obj.deleted_on_server),
        ],
    )


def forget_published(db: Database, touchpoint_ids: Iterable[int]) -> None:
    """Forget events that are no longer on the calendar."""
    db.conn.executemany(
        "DELETE FROM calendar_objects WHERE touchpoint_id = ?", [[i] for i in touchpoint_ids]
    )


def sync_value(db: Database, key: str) -> str | None:
    """A value of the sync state (sync token, calendar address, last sync), or None."""
    row = db.execute("SELECT value FROM calendar_sync WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def set_sync_value(db: Database, key: str, value: str | None) -> None:
    """Set (or with None remove) a value of the sync state."""
    if value is None:
        db.execute("DELETE FROM calendar_sync WHERE key = ?", [key])
    else:
        db.execute("INSERT OR REPLACE INTO calendar_sync (key, value) VALUES (?, ?)", [key, value])


def reset_sync_state(db: Database, calendar_url: str | None) -> None:
    """Start afresh for another calendar: forget every event and token, queue everything."""
    db.execute("DELETE FROM calendar_objects")
    db.execute("DELETE FROM calendar_sync")
    db.execute("UPDATE calendar_conflicts SET resolved = 1 WHERE resolved = 0")
    if calendar_url is not None:
        set_sync_value(db, CALENDAR_URL, calendar_url)
        queue_all(db)


def add_conflict(
    db: Database,
    touchpoint_id: int,
    detected_at: str,
    plan_start: str,
    calendar_start: str | None,
    calendar_status: str,
) -> None:
    """Record a change made on both sides (an older open one for the same touch-point is closed)."""
    db.execute(
        "UPDATE calendar_conflicts SET resolved = 1 WHERE touchpoint_id = ? AND resolved = 0",
        [touchpoint_id],
    )
    db.execute(
        "INSERT INTO calendar_conflicts (touchpoint_id, detected_at, plan_start, "
        "calendar_start, calendar_status) VALUES (?, ?, ?, ?, ?)",
        [touchpoint_id, detected_at, plan_start, calendar_start, calendar_status],
    )


def open_conflicts(db: Database) -> list[Conflict]:
    """The conflicts the rep has not settled yet, oldest first."""
    rows = db.execute(
        "SELECT id, touchpoint_id, detected_at, plan_start, calendar_start, calendar_status "
        "FROM calendar_conflicts WHERE resolved = 0 ORDER BY id"
    ).fetchall()
    return [Conflict(*row) for row in rows]


def close_conflict(db: Database, conflict_id: int) -> None:
    """Mark a conflict as settled."""
    db.execute("UPDATE calendar_conflicts SET resolved = 1 WHERE id = ?", [conflict_id])
