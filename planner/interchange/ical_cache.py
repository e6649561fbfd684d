"""Calendar export that renders only the events whose touch-point changed since the last one."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime

from planner.domain.model import AgendaEntry
from planner.interchange.ical_export import (
    DEFAULT_CALENDAR_NAME,
    PRODID,
    REFRESH_INTERVAL,
    ExportOptions,
    _event,
    _passes,
    clean_text,
)
from planner.storage import Store
from planner.storage.event_cache import EventTextCache, cache_path

_END = b"END:VCALENDAR\r\n"


def fingerprint(entry: AgendaEntry, options: ExportOptions, database_id: str, now: datetime) -> str:
    """Everything an event's text is made of: the touch-point (its revision and update time
    included), the names shown with it, the reminder option and the database."""
    tp = entry.touchpoint
    moment = "" if tp.updated_at is not None else now.isoformat()
    values = (
        tp.id, tp.revision, tp.updated_at, tp.day, tp.time, tp.tz, tp.duration_minutes,
        tp.channel.value, tp.purpose.value, tp.status.value, tp.title, tp.notes, tp.reason,
        tp.outcome, entry.company_name, entry.company_kind.value, entry.contact_name,
        entry.content_title, options.alarm_minutes, database_id, moment,
    )  # fmt: skip
    text = "\x1f".join(map(str, values))
    return hashlib.blake2b(text.encode("utf-8", "replace"), digest_size=16).hexdigest()


def export_calendar_cached(
    entries: Iterable[AgendaEntry],
    options: ExportOptions,
    database_id: str,
    now: datetime,
    cache: EventTextCache,
) -> bytes:
    """The same bytes as `ical_export.export_calendar`, rendering only events not in `cache`.

    icalendar renders each event on its own exactly as within the calendar, so the file is
    the calendar's head, the events' texts in order, and its end.
    """
    # Imported here, as in ical_export: reading the export's settings at start needs none.
    from icalendar import Calendar, vDuration

    calendar = Calendar.new(
        prodid=PRODID,
        name=clean_text(options.calendar_name) or DEFAULT_CALENDAR_NAME,
        uid=f"nurture-planner-{database_id}",
        refresh_interval=REFRESH_INTERVAL,
    )
    calendar.add("X-PUBLISHED-TTL", vDuration(REFRESH_INTERVAL))
    head = bytes(calendar.to_ical())
    assert head.endswith(_END)
    chosen = [e for e in entries if _passes(e, options)]
    prints = [fingerprint(e, options, database_id, now) for e in chosen]
    kept = cache.get(e.touchpoint.id or 0 for e in chosen)
    parts: list[bytes] = []
    fresh: list[tuple[int, str, bytes]] = []
    for entry, mark in zip(chosen, prints, strict=True):
        tp_id = entry.touchpoint.id or 0
        known = kept.get(tp_id)
        if known is not None and known[0] == mark:
            parts.append(known[1])
            continue
        text = bytes(_event(entry, options, database_id, now).to_ical())
        parts.append(text)
        fresh.append((tp_id, mark, text))
    cache.put(fresh)
    return head[: -len(_END)] + b"".join(parts) + _END


def render(
    store: Store, entries: list[AgendaEntry], options: ExportOptions, now: datetime
) -> bytes:
    """The calendar of `entries`, re-rendering only events changed since this plan's last export.

    The rendered events are kept in the per-user cache folder (in memory for a plan that is
    not a file), so the command line profits from the app's exports and the other way round.
    """
    database_id = store.database_id
    cache = EventTextCache(cache_path(database_id) if store.path is not None else None)
    try:
        return export_calendar_cached(entries, options, database_id, now, cache)
    finally:
        cache.close()
