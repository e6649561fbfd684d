"""Publishing to a real CalDAV server (Radicale) and following the calendar's changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from planner.domain.model import Status
from planner.domain.timing import FixedClock
from planner.interchange.calendar_sync.account import CalendarUnreachableError, read_account
from planner.interchange.calendar_sync.connection import open_calendar
from planner.interchange.calendar_sync.events import desired_objects
from planner.interchange.calendar_sync.push import push
from planner.interchange.calendar_sync.sync import (
    connect,
    status,
    sync,
    take_calendars_version,
)
from planner.interchange.ical_export import collect_entries, event_uid, export_calendar
from planner.storage import Store
from tests.conftest import TODAY
from tests.unit.interchange.calendar_sync._phone import Phone
from tests.unit.interchange.calendar_sync.conftest import Server


def _connect(store: Store, server: Server) -> Phone:
    result = connect(store, server.url, server.user, server.password or None)
    return Phone(result.account.calendar_url, server.user, server.password)


def _uid(store: Store, touchpoint_id: int) -> str:
    return event_uid(touchpoint_id, store.database_id)


def _ids(store: Store) -> list[int]:
    return [tp.id for tp in store.touchpoints.all() if tp.id is not None]


def test_the_demo_is_published_once_and_twenty_more_syncs_change_nothing(
    plan: Store, server: Server
) -> None:
    phone = _connect(plan, server)
    first = sync(plan)
    account = read_account(plan)
    assert account is not None
    entries = collect_entries(plan, account.options, TODAY)
    assert first.pushed == len(entries) > 50
    for _ in range(20):
        again = sync(plan)
        assert (again.pushed, again.deleted, again.conflicts, again.waiting) == (0, 0, 0, 0)
    events = phone.events()
    # Exactly one object per touch-point, and the very events export-ics writes.
    exported = Calendar.from_ical(
        export_calendar(entries, account.options, plan.database_id, plan.clock.now())
    )
    expected = {str(e["UID"]): e for e in exported.walk("VEVENT")}
    assert set(events) == set(expected)
    for uid, event in events.items():
        assert event.to_ical() == expected[uid].to_ical()
        assert "ATTENDEE" not in event
        assert "ORGANIZER" not in event
    assert status(plan).published == len(entries)


def test_move_cancel_complete_delete_reach_the_calendar(small_plan: Store, server: Server) -> None:
    phone = _connect(small_plan, server)
    sync(small_plan)
    one, two, three, four = _ids(small_plan)
    before = phone.events()
    with small_plan.transaction():
        tp = small_plan.touchpoints.get(one)
        small_plan.touchpoints.update(tp.replace(day=tp.day + timedelta(days=7)))
        tp = small_plan.touchpoints.get(two)
        small_plan.touchpoints.update(tp.replace(status=Status.CANCELLED))
    small_plan.complete_touchpoint(three, "went well")
    with small_plan.transaction():
        small_plan.delete_touchpoint(four)
    assert status(small_plan).waiting == 4
    report = sync(small_plan)
    assert (report.pushed, report.deleted, report.waiting) == (2, 2, 0)
    after = phone.events()
    moved, cancelled = after[_uid(small_plan, one)], after[_uid(small_plan, two)]
    assert moved["SEQUENCE"] > before[_uid(small_plan, one)]["SEQUENCE"]
    assert moved["DTSTART"].dt == before[_uid(small_plan, one)]["DTSTART"].dt + timedelta(days=7)
    assert cancelled["SEQUENCE"] > before[_uid(small_plan, two)]["SEQUENCE"]
    assert str(cancelled["STATUS"]) == "CANCELLED"
    # Done ones are not published without "include done", deleted ones never: both removed.
    assert set(after) == {_uid(small_plan, one), _uid(small_plan, two)}


def test_offline_changes_wait_in_the_plan_file_across_a_restart(
    tmp_path: Path, small_plan: Store, server: Server
) -> None:
    phone = _connect(small_plan, server)
    server.stop()
    ids = _ids(small_plan)
    with small_plan.transaction():
        tp = small_plan.touchpoints.get(ids[0])
        small_plan.touchpoints.update(
            tp.replace(title="Moved while offline", day=date(2026, 12, 3))
        )
    with pytest.raises(CalendarUnreachableError, match="cannot be reached"):
        sync(small_plan)
    assert status(small_plan).waiting == 4
    path = small_plan.path
    assert path is not None
    small_plan.close()
    reopened = Store.open(path, FixedClock.on(TODAY))
    try:
        assert status(reopened).waiting == 4
        server.start()
        report = sync(reopened)
        assert (report.pushed, report.waiting) == (4, 0)
        events = phone.events()
        assert len(events) == 4
        assert "Moved while offline" in str(events[_uid(reopened, ids[0])]["SUMMARY"])
    finally:
        reopened.close()


def test_the_plan_follows_moves_and_deletions_made_on_the_phone(
    small_plan: Store, server: Server
) -> None:
    phone = _connect(small_plan, server)
    sync(small_plan)
    one, two, *_ = _ids(small_plan)
    original = small_plan.touchpoints.get(one)
    # 09:00 UTC on 2 December is 10:00 in Berlin, the touch-point's own zone.
    phone.move(
        _uid(small_plan, one), datetime(2026, 12, 2, 9, 0, tzinfo=UTC), summary="Typed on phone"
    )
    phone.delete(_uid(small_plan, two))
    report = sync(small_plan)
    assert (len(report.moves), len(report.deletions), report.conflicts) == (1, 1, 0)
    moved = small_plan.touchpoints.get(one)
    assert (moved.day, moved.time) == (date(2026, 12, 2), time(10, 0))
    assert moved.title == original.title  # other fields are the plan's
    cancelled = small_plan.touchpoints.get(two)
    assert cancelled.status is Status.CANCELLED
    assert "Deleted on your calendar" in cancelled.notes
    events = phone.events()
    assert _uid(small_plan, two) not in events  # deleted there stays deleted
    assert "Typed on phone" not in str(events[_uid(small_plan, one)]["SUMMARY"])
    assert events[_uid(small_plan, one)]["DTSTART"].dt == datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
    # Undoable: the move carries the touch-point before it; putting it back is pushed too.
    change = report.moves[0]
    assert change.before.day == original.day
    assert change.after.id == one
    with small_plan.transaction():
        small_plan.touchpoints.expect_unchanged(change.after)
        small_plan.touchpoints.update(change.before)
    sync(small_plan)
    assert phone.events()[_uid(small_plan, one)]["DTSTART"].dt == original.start
    quiet = sync(small_plan)
    assert (quiet.pushed, len(quiet.moves), len(quiet.deletions)) == (0, 0, 0)


def test_changed_on_both_sides_the_plan_wins_and_the_conflict_is_listed(
    small_plan: Store, server: Server
) -> None:
    phone = _connect(small_plan, server)
    sync(small_plan)
    one = _ids(small_plan)[0]
    phone.move(_uid(small_plan, one), datetime(2026, 12, 4, 14, 0, tzinfo=UTC))
    with small_plan.transaction():
        tp = small_plan.touchpoints.get(one)
        small_plan.touchpoints.update(tp.replace(day=date(2026, 12, 1)))
    report = sync(small_plan)
    assert (report.conflicts, len(report.moves)) == (1, 0)
    assert small_plan.touchpoints.get(one).day == date(2026, 12, 1)
    assert phone.events()[_uid(small_plan, one)]["DTSTART"].dt.date() == date(2026, 12, 1)
    (conflict,) = status(small_plan).conflicts
    assert conflict.touchpoint_id == one
    assert conflict.calendar_start == "2026-12-04T14:00:00Z"
    # One click: take the calendar's version; the next sync publishes it.
    change = take_calendars_version(small_plan, conflict.id)
    assert change is not None
    assert change.after.start == datetime(2026, 12, 4, 14, 0, tzinfo=UTC)
    assert status(small_plan).conflicts == []
    sync(small_plan)
    assert phone.events()[_uid(small_plan, one)]["DTSTART"].dt == datetime(
        2026, 12, 4, 14, 0, tzinfo=UTC
    )


def test_a_412_on_push_keeps_one_object_and_records_the_conflict(
    small_plan: Store, server: Server
) -> None:
    phone = _connect(small_plan, server)
    sync(small_plan)
    one = _ids(small_plan)[0]
    # The phone moves it after the plan last looked; the plan pushes its own move blindly.
    phone.move(_uid(small_plan, one), datetime(2026, 12, 4, 14, 0, tzinfo=UTC))
    with small_plan.transaction():
        tp = small_plan.touchpoints.get(one)
        small_plan.touchpoints.update(tp.replace(day=date(2026, 12, 1)))
    account = read_account(small_plan)
    assert account is not None
    desired = desired_objects(small_plan, account.options, TODAY, small_plan.clock.now())
    with open_calendar(account, "") as calendar:
        result = push(small_plan, calendar, desired, small_plan.clock.now())
    assert (result.pushed, result.conflicts) == (1, 1)
    events = phone.events()
    assert len(events) == 4
    assert events[_uid(small_plan, one)]["DTSTART"].dt.date() == date(2026, 12, 1)
    assert [c.touchpoint_id for c in status(small_plan).conflicts] == [one]
