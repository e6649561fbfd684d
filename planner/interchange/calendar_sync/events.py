"""What the plan publishes (exactly what export-ics writes) and what a server's event says.

Events are built by planner.interchange.ical_export; this module only decides which ones,
fingerprints them, and reads the start and status back from the server's copy.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.domain.model import AgendaEntry, TouchPoint
from planner.interchange.ical_export import (
    ExportOptions,
    TierLookup,
    calendar_object,
    collect_entries,
    event_uid,
)
from planner.storage import Store


@dataclass(frozen=True, slots=True)
class Desired:
    """One event the calendar should hold: its UID, body, fingerprint, SEQUENCE and start."""

    touchpoint_id: int
    uid: str
    body: bytes
    fingerprint: str
    sequence: int
    start: str


def start_text(tp: TouchPoint) -> str:
    """The start as compared with the server's: 'YYYY-MM-DD', or UTC 'YYYY-MM-DDTHH:MM:SSZ'."""
    if not tp.is_timed:
        return tp.day.isoformat()
    start = tp.start
    assert start is not None
    moment = start.replace(tzinfo=UTC) if start.tzinfo is None else start.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def desired_objects(
    store: Store,
    options: ExportOptions,
    today: date,
    now: datetime,
    tier_of: TierLookup | None = None,
) -> dict[int, Desired]:
    """Every event the options publish, by touch-point id (the same selection as export-ics)."""
    wanted: dict[int, Desired] = {}
    database_id = store.database_id
    for entry in collect_entries(store, options, today, tier_of):
        tp = entry.touchpoint
        assert tp.id is not None
        wanted[tp.id] = _desired(entry, options, database_id, now)
    return wanted


def _desired(
    entry: AgendaEntry, options: ExportOptions, database_id: str, now: datetime
) -> Desired:
    tp = entry.touchpoint
    assert tp.id is not None
    body = calendar_object(entry, options, database_id, now)
    return Desired(
        touchpoint_id=tp.id,
        uid=event_uid(tp.id, database_id),
        body=body,
        fingerprint=hashlib.sha256(body).hexdigest()[:32],
        sequence=tp.revision,
        start=start_text(tp),
    )


@dataclass(frozen=True, slots=True)
class ServerEvent:
    """What the plan reads from a server's copy of an event: its start and status."""

    start: str | None
    status: str


def read_server_event(body: str) -> ServerEvent:
    """The start ('YYYY-MM-DD' or UTC text) and STATUS of the first VEVENT of `body`."""
    # Imported here: the window asks the sync's status at start, which needs no icalendar.
    from icalendar import Calendar

    try:
        calendar = Calendar.from_ical(body)
    except ValueError:
        return ServerEvent(None, "")
    for event in calendar.walk("VEVENT"):
        status = str(event.get("STATUS", "") or "").upper()
        start = event.get("DTSTART")
        if start is None:
            return ServerEvent(None, status)
        value = start.dt
        if isinstance(value, datetime):
            if value.tzinfo is None:  # floating: read as UTC, as the plan writes it
                value = value.replace(tzinfo=UTC)
            return ServerEvent(value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), status)
        return ServerEvent(value.isoformat(), status)
    return ServerEvent(None, "")


def moved_touchpoint(tp: TouchPoint, calendar_start: str) -> TouchPoint:
    """The touch-point moved to the calendar's start: the day (and time, in its own zone)."""
    if "T" not in calendar_start:
        return tp.replace(day=date.fromisoformat(calendar_start))
    moment = datetime.strptime(calendar_start, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    try:
        local = moment.astimezone(ZoneInfo(tp.tz))
    except (ZoneInfoNotFoundError, ValueError):
        local = moment
    if not tp.is_timed:
        return tp.replace(day=local.date())
    return tp.replace(day=local.date(), time=local.time().replace(tzinfo=None))


def utc_now_text(now: datetime) -> str:
    """A moment as stored in the sync tables (UTC, seconds)."""
    moment = now.replace(tzinfo=UTC) if now.tzinfo is None else now.astimezone(UTC)
    return (moment - timedelta(microseconds=moment.microsecond)).strftime("%Y-%m-%dT%H:%M:%SZ")
