"""Loading the portfolio the engine plans on: the last touches per contact, company and level."""

from __future__ import annotations

from datetime import date, timedelta

from planner.domain.model import (
    ContactLevel,
    ContentItem,
    ContentSend,
    Purpose,
    Status,
    TouchPoint,
)
from planner.storage import Store
from planner.storage.portfolio import load_portfolio

from .books import small_book

TODAY = date(2026, 11, 23)


def test_load_portfolio_aggregates_last_touches(store: Store) -> None:
    fab, ann, bob = small_book(store)
    assert fab.id
    assert ann.id
    assert bob.id
    item = store.content.add(ContentItem("Guide"))
    old = TouchPoint(fab.id, TODAY - timedelta(days=40), contact_id=ann.id, status=Status.DONE)
    new = old.replace(day=TODAY - timedelta(days=10), purpose=Purpose.RENEWAL)
    other = old.replace(day=TODAY - timedelta(days=20), contact_id=bob.id)
    coming = TouchPoint(fab.id, TODAY + timedelta(days=3), contact_id=bob.id)
    store.touchpoints.add_many([old, new, other, coming])
    store.content.record_send(ContentSend(item.id or 0, ann.id, TODAY - timedelta(days=10)))
    p = load_portfolio(store, TODAY)
    assert p.last_contact_touch == {ann.id: new.day, bob.id: other.day}
    assert p.last_company_touch == {fab.id: new.day}
    assert p.last_level_touch[(fab.id, ContactLevel.EXECUTIVE)] == new.day
    assert p.last_level_touch[(fab.id, ContactLevel.MANAGER)] == other.day
    assert p.last_purpose_touch[(fab.id, Purpose.RENEWAL)] == new.day
    assert [x.day for x in p.planned] == [coming.day]
    assert p.sends == {ann.id: frozenset({item.id})}
    # The send is a touch of its own (it is not a touch-point's): it counts in the history.
    send_day = TODAY - timedelta(days=10)
    assert sorted(p.recent_done[fab.id]) == sorted([old.day, new.day, other.day, send_day])
