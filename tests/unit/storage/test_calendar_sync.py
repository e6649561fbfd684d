"""The calendar outbox is filled by triggers on every write path and cleared only as seen."""

from __future__ import annotations

from datetime import timedelta

from planner.domain.model import Company, Contact, TouchPoint
from planner.storage import Store
from planner.storage.calendar_sync import (
    PublishedObject,
    add_conflict,
    clear_outbox,
    close_conflict,
    open_conflicts,
    outbox_count,
    outbox_snapshot,
    published,
    reset_sync_state,
    save_published,
)
from tests.conftest import TODAY


def _plan(store: Store) -> tuple[int, int, int]:
    with store.transaction():
        company = store.companies.add(Company(name="Fabrikam"))
        assert company.id is not None
        contact = store.contacts.add(Contact(first_name="Ada", company_id=company.id))
        assert contact.id is not None
        tp = store.touchpoints.add(
            TouchPoint(company_id=company.id, contact_id=contact.id, day=TODAY)
        )
        assert tp.id is not None
    return company.id, contact.id, tp.id


def test_every_write_to_touchpoints_queues_it(store: Store) -> None:
    company, contact, tp = _plan(store)
    assert set(outbox_snapshot(store.db)) == {tp}
    clear_outbox(store.db, outbox_snapshot(store.db))
    assert outbox_count(store.db) == 0
    # A foreign-key action (deleting the contact) updates the touch-point: queued too.
    with store.transaction():
        store.delete_contact(contact)
    assert set(outbox_snapshot(store.db)) == {tp}
    clear_outbox(store.db, outbox_snapshot(store.db))
    with store.transaction():
        store.delete_company(company)
    assert set(outbox_snapshot(store.db)) == {tp}


def test_a_change_made_during_a_sync_stays_queued(store: Store) -> None:
    _, _, tp = _plan(store)
    seen = outbox_snapshot(store.db)
    with store.transaction():
        current = store.touchpoints.get(tp)
        store.touchpoints.update(current.replace(day=current.day + timedelta(days=1)))
    clear_outbox(store.db, seen)
    assert set(outbox_snapshot(store.db)) == {tp}


def test_state_and_conflicts_round_trip_and_reset(store: Store) -> None:
    _, _, tp = _plan(store)
    obj = PublishedObject(tp, "uid", "/cal/uid.ics", '"e"', 1, "f" * 32, "2026-11-23")
    save_published(store.db, obj)
    assert published(store.db) == {tp: obj}
    add_conflict(store.db, tp, "2026-11-23T09:00:00Z", "2026-11-23", "2026-11-25", "CONFIRMED")
    (conflict,) = open_conflicts(store.db)
    assert conflict.calendar_start == "2026-11-25"
    close_conflict(store.db, conflict.id)
    assert open_conflicts(store.db) == []
    clear_outbox(store.db, outbox_snapshot(store.db))
    reset_sync_state(store.db, "http://127.0.0.1/cal/")
    assert published(store.db) == {}
    assert set(outbox_snapshot(store.db)) == {tp}  # a new calendar gets everything
