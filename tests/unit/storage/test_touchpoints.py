"""Touch-points in and out: every field, revisions, ordering, overdue and restore."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from planner.domain.errors import NotFoundError, ValidationError
from planner.domain.model import (
    Channel,
    CompanyKind,
    ContentItem,
    Purpose,
    Status,
    TouchPoint,
)
from planner.domain.timing import FixedClock
from planner.storage import Store

from .books import add_company, add_contact, add_touchpoint, id_of

TODAY = date(2026, 11, 23)  # the day the conftest clock reads


def test_touchpoint_round_trips_every_field(store: Store, clock: FixedClock) -> None:
    acme = add_company(store)
    anna = add_contact(store, acme, "Anna")
    guide = store.content.add(ContentItem("Guide"))
    tp = TouchPoint(
        company_id=id_of(acme),
        day=TODAY,
        channel=Channel.CONTENT,
        contact_id=anna.id,
        time=time(10, 30),
        duration_minutes=45,
        tz="Europe/Berlin",
        purpose=Purpose.VALUE_ADD,
        status=Status.DONE,
        title="Send the guide",
        notes="She asked for it",
        reason="cadence",
        outcome="Thanked us",
        completed_at=datetime(2026, 11, 23, 11, 0, tzinfo=clock.now().tzinfo),
        content_id=guide.id,
    )
    added = store.touchpoints.add(tp)
    assert added.revision == 1
    assert added.updated_at == clock.now()
    assert added == tp.replace(id=added.id, updated_at=clock.now())
    assert store.touchpoints.get(id_of(added)) == added


def test_new_touchpoints_start_at_revision_one_whatever_was_passed(store: Store) -> None:
    acme = add_company(store)
    added = store.touchpoints.add(TouchPoint(id_of(acme), TODAY, revision=17))
    assert added.revision == 1


def test_revision_increases_on_every_update_even_from_a_stale_copy(store: Store) -> None:
    acme = add_company(store)
    tp = add_touchpoint(store, acme, TODAY)
    first = store.touchpoints.update(tp.replace(day=TODAY + timedelta(days=1)))
    assert first.revision == 2
    second = store.touchpoints.update(first.replace(title="Call about renewal"))
    assert second.revision == 3
    # A stale copy (revision 1) or an invented one (revision 99) cannot set the revision.
    assert store.touchpoints.update(tp.replace(notes="stale")).revision == 4
    assert store.touchpoints.update(tp.replace(revision=99)).revision == 5
    # Saving without a change still counts as a change for the calendar.
    assert store.touchpoints.update(store.touchpoints.get(id_of(tp))).revision == 6


def test_update_sets_updated_at_from_the_clock(store: Store) -> None:
    later = FixedClock.on(TODAY, time(17, 45))
    acme = add_company(store)
    tp = add_touchpoint(store, acme, TODAY)
    other_store = Store(store.db, later)
    updated = other_store.touchpoints.update(tp.replace(title="x"))
    assert updated.updated_at == later.now()


def test_unknown_touchpoint_ids(store: Store) -> None:
    acme = add_company(store)
    with pytest.raises(NotFoundError):
        store.touchpoints.get(5)
    with pytest.raises(NotFoundError):
        store.touchpoints.entry(5)
    with pytest.raises(NotFoundError):
        store.touchpoints.update(TouchPoint(id_of(acme), TODAY, id=5))
    with pytest.raises(NotFoundError):
        store.touchpoints.delete(5)


@pytest.mark.parametrize("minutes", [-1, 24 * 60 + 1])
def test_duration_must_fit_in_a_day(store: Store, minutes: int) -> None:
    acme = add_company(store)
    with pytest.raises(ValidationError, match="minutes"):
        store.touchpoints.add(TouchPoint(id_of(acme), TODAY, duration_minutes=minutes))
    tp = add_touchpoint(store, acme, TODAY)
    with pytest.raises(ValidationError):
        store.touchpoints.update(tp.replace(duration_minutes=minutes))


def test_an_unknown_time_zone_is_refused(store: Store) -> None:
    acme = add_company(store)
    with pytest.raises(ValidationError, match="Mars/Olympus"):
        store.touchpoints.add(TouchPoint(id_of(acme), TODAY, time=time(9, 0), tz="Mars/Olympus"))
    assert store.touchpoints.count() == 0


def test_between_orders_by_day_then_all_day_first_then_time(store: Store) -> None:
    acme = add_company(store, "Acme", kind=CompanyKind.DREAM_CLIENT)
    anna = add_contact(store, acme, "Anna", "Schmidt")
    tomorrow = TODAY + timedelta(days=1)
    late = add_touchpoint(store, acme, TODAY, time=time(15, 0), title="late")
    early = add_touchpoint(store, acme, TODAY, time=time(9, 0), title="early", contact_id=anna.id)
    all_day = add_touchpoint(store, acme, TODAY, title="all day")
    next_day = add_touchpoint(store, acme, tomorrow, time=time(8, 0), title="next day")
    add_touchpoint(store, acme, TODAY - timedelta(days=1), title="before")
    add_touchpoint(store, acme, TODAY + timedelta(days=2), title="after")
    entries = store.touchpoints.between(TODAY, tomorrow)
    assert [e.touchpoint.id for e in entries] == [all_day.id, early.id, late.id, next_day.id]
    assert entries[1].company_name == "Acme"
    assert entries[1].company_kind is CompanyKind.DREAM_CLIENT
    assert entries[1].contact_name == "Anna Schmidt"
    assert entries[0].contact_name == ""


def test_between_filters_by_status(store: Store) -> None:
    acme = add_company(store)
    planned = add_touchpoint(store, acme, TODAY)
    add_touchpoint(store, acme, TODAY, status=Status.CANCELLED)
    done = add_touchpoint(store, acme, TODAY, status=Status.DONE)
    entries = store.touchpoints.between(TODAY, TODAY, [Status.PLANNED, Status.DONE])
    assert [e.touchpoint.id for e in entries] == [planned.id, done.id]


def test_overdue_is_planned_before_today_oldest_first(store: Store) -> None:
    acme = add_company(store)
    week_ago = add_touchpoint(store, acme, TODAY - timedelta(days=7))
    yesterday = add_touchpoint(store, acme, TODAY - timedelta(days=1), time=time(9, 0))
    add_touchpoint(store, acme, TODAY - timedelta(days=2), status=Status.DONE)
    add_touchpoint(store, acme, TODAY - timedelta(days=2), status=Status.SKIPPED)
    add_touchpoint(store, acme, TODAY)  # due today: not overdue yet
    entries = store.touchpoints.overdue(TODAY)
    assert [e.touchpoint.id for e in entries] == [week_ago.id, yesterday.id]
    assert all(e.touchpoint.is_overdue(TODAY) for e in entries)


def test_for_company_and_for_contact_newest_first(store: Store) -> None:
    acme = add_company(store)
    other = add_company(store, "Other")
    anna = add_contact(store, acme, "Anna")
    old = add_touchpoint(store, acme, TODAY - timedelta(days=10), contact_id=anna.id)
    new = add_touchpoint(store, acme, TODAY + timedelta(days=3))
    same_day_1 = add_touchpoint(store, acme, TODAY)
    same_day_2 = add_touchpoint(store, acme, TODAY)
    at_other = add_touchpoint(store, other, TODAY, contact_id=anna.id)
    assert [e.touchpoint.id for e in store.touchpoints.for_company(id_of(acme))] == [
        new.id,
        same_day_2.id,
        same_day_1.id,
        old.id,
    ]
    for_anna = [e.touchpoint.id for e in store.touchpoints.for_contact(id_of(anna))]
    assert for_anna == [at_other.id, old.id]


def test_add_many_inserts_and_commits_outside_a_transaction(tmp_path: Path) -> None:
    clock = FixedClock.on(TODAY)
    path = tmp_path / "p.db"
    store = Store.open(path, clock)
    try:
        acme = add_company(store)
        count = store.touchpoints.add_many(
            [TouchPoint(id_of(acme), TODAY + timedelta(days=i)) for i in range(3)]
        )
        assert count == 3
        assert store.touchpoints.add_many([]) == 0
        assert not store.db.conn.in_transaction
    finally:
        store.close()
    store = Store.open(path, clock)
    try:
        assert store.touchpoints.count() == 3
        assert {tp.revision for tp in store.touchpoints.all()} == {1}
    finally:
        store.close()


def test_add_many_takes_a_stream_and_keeps_nothing_when_one_is_invalid(store: Store) -> None:
    acme = add_company(store)
    good = (TouchPoint(id_of(acme), TODAY + timedelta(days=i)) for i in range(3))
    assert store.touchpoints.add_many(good) == 3
    bad = [TouchPoint(id_of(acme), TODAY), TouchPoint(id_of(acme), TODAY, duration_minutes=-5)]
    with pytest.raises(ValidationError):
        store.touchpoints.add_many(bad)
    assert store.touchpoints.count() == 3


def test_delete_touchpoint(store: Store) -> None:
    acme = add_company(store)
    tp = add_touchpoint(store, acme, TODAY)
    store.touchpoints.delete(id_of(tp))
    assert store.touchpoints.count() == 0


def test_restore_puts_a_touchpoint_back_under_its_id_one_revision_higher(store: Store) -> None:
    acme = add_company(store)
    tp = store.touchpoints.update(add_touchpoint(store, acme, TODAY).replace(title="Call"))
    store.touchpoints.delete(id_of(tp))
    restored = store.touchpoints.restore(tp)
    assert restored.id == tp.id
    assert restored.revision == tp.revision + 1
    assert restored.replace(revision=tp.revision) == tp
