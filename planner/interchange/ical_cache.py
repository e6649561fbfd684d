"""Calendar export that renders only the events whose touch-point changed since the last one."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from planner.interchange.ical_export import (
    DEFAULT_CALENDAR_NAME,
    PRODID,
    REFRESH_INTERVAL,
    ExportOptions,
    TierLookup,
    _event,
    clean_text,
)
from planner.storage import Store
from planner.storage.event_cache import EventTextCache, cache_path
from planner.storage.read_side import agenda_rows as rows_of
from planner.storage.touchpoints import entry_from_row

_END = b"END:VCALENDAR\r\n"


def _head(options: ExportOptions, database_id: str) -> bytes:
    """The calendar without events, as icalendar writes it (ending in END:VCALENDAR)."""
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
    return head


def _row_print(row: Sequence[Any], options: ExportOptions, database_id: str, now: datetime) -> str:
    """Everything an event's text is made of: the row (the touch-point, its revision and update
    time included, and the names shown with it), the reminder option and the database."""
    moment = "" if row[rows_of.UPDATED_AT] is not None else now.isoformat()
    text = repr((tuple(row), options.alarm_minutes, database_id, moment))
    return hashlib.blake2b(text.encode("utf-8", "replace"), digest_size=16).hexdigest()


def render_plan(
    store: Store,
    options: ExportOptions,
    today: date,
    now: datetime,
    tier_of: TierLookup | None = None,
) -> tuple[bytes, int]:
    """The calendar `ical_export.export_calendar` makes of `collect_entries`, and how many
    events it holds.

    Rows are fingerprinted as read, so an event kept in the cache costs neither an entry nor
    a rendering; only changed or new events become entries and are rendered. icalendar renders
    each event on its own exactly as within the calendar, so the file is the calendar's head,
    the events' texts in order, and its end. The rendered events are kept in the per-user cache
    folder (in memory for a plan that is not a file), so the command line profits from the
    app's exports and the other way round.
    """
    if options.tiers is not None and tier_of is None:
        raise ValueError("a tier filter needs a tier lookup")
    statuses = {str(s) for s in options.statuses}
    kinds = None if options.kinds is None else {str(k) for k in options.kinds}
    channels = None if options.channels is None else {str(c) for c in options.channels}
    chosen = []
    first, last = options.date_range(today)
    # The rows `ical_export.collect_entries` makes its entries of, in its order.
    rows = rows_of.agenda_rows(
        store.db,
        first,
        last,
        statuses,
        overdue_before=min(today, first) if options.includes_overdue else None,
    )
    for row in rows:
        if (
            row[rows_of.STATUS] not in statuses
            or (kinds is not None and row[rows_of.COMPANY_KIND] not in kinds)
            or (channels is not None and row[rows_of.CHANNEL] not in channels)
        ):
            continue
        if options.tiers is not None:
            assert tier_of is not None
            tier = tier_of(row[rows_of.COMPANY_ID])
            if tier is None or str(tier) not in options.tiers:
                continue
        chosen.append(row)
    database_id = store.database_id
    cache = EventTextCache(cache_path(database_id) if store.path is not None else None)
    try:
        head = _head(options, database_id)
        prints = [_row_print(row, options, database_id, now) for row in chosen]
        kept = cache.get(row[rows_of.ID] for row in chosen)
        parts: list[bytes] = []
        fresh: list[tuple[int, str, bytes]] = []
        for row, mark in zip(chosen, prints, strict=True):
            known = kept.get(row[rows_of.ID])
            if known is not None and known[0] == mark:
                parts.append(known[1])
                continue
            text = bytes(_event(entry_from_row(row), options, database_id, now).to_ical())
            parts.append(text)
            fresh.append((row[rows_of.ID], mark, text))
        cache.put(fresh)
    finally:
        cache.close()
    return head[: -len(_END)] + b"".join(parts) + _END, len(chosen)
