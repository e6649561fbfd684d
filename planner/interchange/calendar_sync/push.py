"""Pushing the plan to the calendar: conditional PUTs at stable addresses, DELETEs, 412s settled.

Create with If-None-Match: *, update with If-Match: <etag>, remove with DELETE. A 412 means the
server's copy changed since: it is fetched, a move there is recorded as a conflict, and the
plan's version is written over it; an object is never created twice.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from planner.domain.text import QT_TRANSLATE_NOOP
from planner.interchange.calendar_sync.account import CalendarError
from planner.interchange.calendar_sync.connection import Answer, object_url, request
from planner.interchange.calendar_sync.events import Desired, read_server_event, utc_now_text
from planner.storage import Store
from planner.storage.calendar_sync import (
    PublishedObject,
    add_conflict,
    forget_published,
    published,
    save_published,
)

_OK = (200, 201, 204)
_REJECTED = QT_TRANSLATE_NOOP(
    "Errors", "The calendar server did not accept an event (HTTP {status}); it stays queued."
)


@dataclass(slots=True)
class PushResult:
    """How many events were written and removed, and how many 412s turned out to be conflicts."""

    pushed: int = 0
    deleted: int = 0
    conflicts: int = 0


def push(store: Store, calendar: Any, desired: Mapping[int, Desired], now: datetime) -> PushResult:
    """Make the calendar hold exactly the desired events; the state is saved after each one."""
    result = PushResult()
    current = published(store.db)
    for touchpoint_id, want in desired.items():
        mine = current.get(touchpoint_id)
        if mine is not None and mine.deleted_on_server:
            if want.sequence <= mine.sequence:
                continue  # deleted there and unchanged here since: leave it deleted
            mine = None
        if mine is not None and mine.etag and mine.fingerprint == want.fingerprint:
            continue
        url = mine.href if mine is not None else object_url(calendar, want.uid)
        etag = _put(store, calendar, url, want, mine, now, result)
        with store.transaction():
            save_published(
                store.db,
                PublishedObject(
                    touchpoint_id, want.uid, url, etag, want.sequence, want.fingerprint, want.start
                ),
            )
        result.pushed += 1
    for touchpoint_id, mine in current.items():
        if touchpoint_id in desired:
            continue
        if not mine.deleted_on_server:
            _delete(calendar, mine)
            result.deleted += 1
        with store.transaction():
            forget_published(store.db, [touchpoint_id])
    return result


def _put(
    store: Store,
    calendar: Any,
    url: str,
    want: Desired,
    mine: PublishedObject | None,
    now: datetime,
    result: PushResult,
) -> str | None:
    body = want.body.decode("utf-8")
    etag = mine.etag if mine is not None else None
    answer = _conditional_put(calendar, url, body, etag)
    if answer.status == 412:
        # The server's copy is not the one the plan last saw: look, record, then overwrite it.
        there = request(calendar, "GET", url)
        if there.status == 200:
            event = read_server_event(there.body)
            last_start = mine.start if mine is not None else want.start
            if event.start is not None and event.start not in (last_start, want.start):
                with store.transaction():
                    add_conflict(
                        store.db,
                        want.touchpoint_id,
                        utc_now_text(now),
                        want.start,
                        event.start,
                        event.status,
                    )
                result.conflicts += 1
            answer = _conditional_put(calendar, url, body, there.etag or None)
        elif there.status == 404:
            answer = _conditional_put(calendar, url, body, None)
    if answer.status not in _OK:
        raise CalendarError(_REJECTED.format(status=answer.status))
    if answer.etag:
        return answer.etag
    # Some servers send no ETag on PUT (the content may have been changed); ask for it.
    return request(calendar, "GET", url).etag


def _conditional_put(calendar: Any, url: str, body: str, etag: str | None) -> Answer:
    if etag:
        return request(calendar, "PUT", url, body, If_Match=etag)
    return request(calendar, "PUT", url, body, If_None_Match="*")


def _delete(calendar: Any, mine: PublishedObject) -> None:
    answer = (
        request(calendar, "DELETE", mine.href, If_Match=mine.etag)
        if mine.etag
        else request(calendar, "DELETE", mine.href)
    )
    if answer.status == 412:  # changed there since; the plan removed it, so it goes anyway
        there = request(calendar, "GET", mine.href)
        if there.status == 404:
            return
        answer = request(calendar, "DELETE", mine.href, If_Match=there.etag or "*")
    if answer.status not in (*_OK, 404):
        raise CalendarError(_REJECTED.format(status=answer.status))
