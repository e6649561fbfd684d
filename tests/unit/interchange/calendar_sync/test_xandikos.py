"""Interoperability: the same publishing and following against Xandikos."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from planner.interchange.calendar_sync.sync import connect, sync
from planner.interchange.ical_export import event_uid
from planner.storage import Store
from tests.unit.interchange.calendar_sync._phone import Phone


def test_publish_and_follow_a_move_on_xandikos(small_plan: Store, servers: Any) -> None:
    server = servers("xandikos")
    result = connect(small_plan, server.url, "")
    first = sync(small_plan)
    assert first.pushed == 4
    phone = Phone(result.account.calendar_url, "")
    ids = [tp.id for tp in small_plan.touchpoints.all() if tp.id is not None]
    uid = event_uid(ids[0], small_plan.database_id)
    assert len(phone.events()) == 4
    phone.move(uid, datetime(2026, 12, 2, 9, 0, tzinfo=UTC))
    report = sync(small_plan)
    assert len(report.moves) == 1
    assert small_plan.touchpoints.get(ids[0]).day == date(2026, 12, 2)
    for _ in range(3):
        assert sync(small_plan).pushed == 0
    assert len(phone.events()) == 4
