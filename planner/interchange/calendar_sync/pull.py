"""Pulling the calendar's changes into the plan: moves follow, deletions cancel, conflicts noted.

Only the start of an event is the calendar's to change; a touch-point moved there moves in the
plan (one transaction, "Moved on your calendar"), one deleted there is cancelled with a note.
Everything else is the plan's and the next push restores it. Changed on both sides since the
last sync: the plan wins and the conflict is recorded.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from planner.domain.errors import NotFoundError
from planner.domain.model import Status, TouchPoint
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.interchange.calendar_sync.connection import request, url_path
from planner.interchange.calendar_sync.events import (
    Desired,
    ServerEvent,
    moved_touchpoint,
    read_server_event,
    start_text,
    utc_now_text,
)
from planner.storage import Store
from planner.storage.calendar_sync import (
    SYNC_TOKEN,
    PublishedObject,
    add_conflict,
    forget_published,
    published,
    save_published,
    set_sync_value,
    sync_value,
)

MOVED_ON_CALENDAR = QT_TRANSLATE_NOOP("Undo", "Moved on your calendar")
DELETED_ON_CALENDAR = QT_TRANSLATE_NOOP("Undo", "Deleted on your calendar")
DELETED_NOTE = "Deleted on your calendar on {day}; cancelled in the plan."


@dataclass(frozen=True, slots=True)
class PulledChange:
    """A touch-point the calendar changed, before and after: what an undo step needs."""

    before: TouchPoint
    after: TouchPoint


@dataclass(slots=True)
class PullResult:
    """What a pull brought into the plan."""

    moves: list[PulledChange] = field(default_factory=list)
    deletions: list[PulledChange] = field(default_factory=list)
    conflicts: int = 0


PlanChanged = Callable[[int], bool]


def plan_changed_check(outbox: Collection[int], desired: Mapping[int, Desired]) -> PlanChanged:
    """Whether the plan changed a touch-point since its last push (queued or rendered anew)."""

    def changed(touchpoint_id: int, mine: PublishedObject | None = None) -> bool:
        if touchpoint_id in outbox:
            return True
        want = desired.get(touchpoint_id)
        return mine is not None and want is not None and want.fingerprint != mine.fingerprint

    return changed


def _etag_of(obj: Any) -> str | None:
    from caldav.elements import dav

    value = getattr(obj, "props", {}).get(dav.GetEtag.tag)
    return None if value is None else str(value)


def pull(
    store: Store,
    calendar: Any,
    outbox: Collection[int],
    desired: Mapping[int, Desired],
    now: datetime,
) -> PullResult:
    """Bring the calendar's changes since the last sync into the plan (sync-token, or ETags)."""
    result = PullResult()
    mine_by_path = {url_path(o.href): o for o in published(store.db).values()}
    token = sync_value(store.db, SYNC_TOKEN)
    listing = calendar.get_objects_by_sync_token(sync_token=token, load_objects=False)
    new_token = None if listing.sync_token is None else str(listing.sync_token)
    # Without a token, or where the library fell back to listing everything, absence = deleted.
    full = token is None or (
        new_token is not None and new_token.startswith("fake-") and new_token != token
    )
    seen: set[str] = set()
    changed: list[tuple[PublishedObject, str]] = []
    for obj in listing.objects:
        path = url_path(obj.url)
        seen.add(path)
        mine = mine_by_path.get(path)
        if mine is None or mine.deleted_on_server:
            continue  # not one of the plan's events, or one the rep deleted there
        etag = _etag_of(obj)
        if etag is None or etag != mine.etag:
            changed.append((mine, str(obj.url)))
    deleted = {url_path(u) for u in getattr(listing, "deleted_urls", None) or ()}
    if full:
        deleted |= {p for p in mine_by_path if p not in seen}
    check = plan_changed_check(outbox, desired)
    for mine, url in changed:
        answer = request(calendar, "GET", url)
        if answer.status == 404:
            deleted.add(url_path(url))
            continue
        _changed_there(store, mine, answer.etag, read_server_event(answer.body), check, now, result)
    for path in deleted:
        mine = mine_by_path.get(path)
        if mine is not None and not mine.deleted_on_server:
            _deleted_there(store, mine, check, now, result)
    with store.transaction():
        set_sync_value(store.db, SYNC_TOKEN, new_token)
    return result


def _current(store: Store, touchpoint_id: int) -> TouchPoint | None:
    try:
        return store.touchpoints.get(touchpoint_id)
    except NotFoundError:
        return None


def _changed_there(
    store: Store,
    mine: PublishedObject,
    etag: str | None,
    event: ServerEvent,
    changed: Any,
    now: datetime,
    result: PullResult,
) -> None:
    """An event changed on the server: follow a move unless the plan changed it too."""
    # A blank fingerprint makes the next push send the plan's version over the server's.
    known = replace(mine, etag=etag, fingerprint="")
    with store.transaction():
        tp = _current(store, mine.touchpoint_id)
        if tp is None or event.start is None or event.start == mine.start:
            save_published(store.db, known)
            return
        if changed(mine.touchpoint_id, mine):
            add_conflict(
                store.db,
                mine.touchpoint_id,
                utc_now_text(now),
                start_text(tp),
                event.start,
                event.status,
            )
            result.conflicts += 1
        else:
            after = store.touchpoints.update(moved_touchpoint(tp, event.start))
            result.moves.append(PulledChange(tp, after))
        save_published(store.db, replace(known, start=event.start))


def _deleted_there(
    store: Store, mine: PublishedObject, changed: Any, now: datetime, result: PullResult
) -> None:
    """An event deleted on the server: cancel the touch-point, unless the plan changed it too."""
    with store.transaction():
        tp = _current(store, mine.touchpoint_id)
        if tp is None:
            forget_published(store.db, [mine.touchpoint_id])
            return
        if changed(mine.touchpoint_id, mine):
            add_conflict(
                store.db, mine.touchpoint_id, utc_now_text(now), start_text(tp), None, "DELETED"
            )
            result.conflicts += 1
            forget_published(store.db, [mine.touchpoint_id])  # the push creates it again
            return
        after = tp
        if tp.status is Status.PLANNED:
            note = DELETED_NOTE.format(day=now.date().isoformat())
            notes = f"{tp.notes.rstrip()}\n{note}".strip()
            after = store.touchpoints.update(tp.replace(status=Status.CANCELLED, notes=notes))
            result.deletions.append(PulledChange(tp, after))
        gone = replace(mine, etag=None, sequence=after.revision, deleted_on_server=True)
        save_published(store.db, gone)


def take_calendar_version(
    store: Store, touchpoint_id: int, calendar_start: str | None, now: datetime
) -> PulledChange | None:
    """Apply the calendar's side of a conflict (move, or cancel when deleted there).

    Call inside a transaction; returns the change, or None when the touch-point is gone.
    """
    tp = _current(store, touchpoint_id)
    if tp is None:
        return None
    if calendar_start is not None:
        return PulledChange(tp, store.touchpoints.update(moved_touchpoint(tp, calendar_start)))
    note = DELETED_NOTE.format(day=now.date().isoformat())
    notes = f"{tp.notes.rstrip()}\n{note}".strip()
    after = store.touchpoints.update(tp.replace(status=Status.CANCELLED, notes=notes))
    return PulledChange(tp, after)
