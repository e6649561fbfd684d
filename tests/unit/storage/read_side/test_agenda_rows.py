"""Agenda rows as read: the positions name the right columns, the order is the entries' order."""

from __future__ import annotations

from datetime import date, time, timedelta

from planner.domain.model import Channel, Status
from planner.storage import Store
from planner.storage.read_side import agenda_rows as rows_of
from planner.storage.read_side.agenda import entries_between, overdue
from planner.storage.touchpoints import entry_from_row

from ..books import add_company, add_touchpoint

MONDAY = date(2026, 11, 23)


def test_the_positions_name_the_columns(store: Store) -> None:
    acme = add_company(store, "Acme")
    add_touchpoint(store, acme, MONDAY, channel=Channel.CALL, status=Status.DONE)
    (row,) = rows_of.agenda_rows(store.db, MONDAY, MONDAY, ["done"])
    entry = entry_from_row(row)
    assert row[rows_of.ID] == entry.touchpoint.id
    assert row[rows_of.COMPANY_ID] == acme.id
    assert row[rows_of.CHANNEL] == "call"
    assert row[rows_of.STATUS] == "done"
    assert row[rows_of.UPDATED_AT] is not None
    assert row[rows_of.COMPANY_KIND] == str(acme.kind)


def test_overdue_first_then_the_range_in_card_order(store: Store) -> None:
    acme = add_company(store)
    add_touchpoint(store, acme, MONDAY - timedelta(days=3))
    add_touchpoint(store, acme, MONDAY - timedelta(days=3), status=Status.DONE)
    add_touchpoint(store, acme, MONDAY, time=time(15, 0))
    add_touchpoint(store, acme, MONDAY)
    add_touchpoint(store, acme, MONDAY + timedelta(days=1), status=Status.CANCELLED)
    last = MONDAY + timedelta(days=6)
    rows = rows_of.agenda_rows(store.db, MONDAY, last, ["planned"], overdue_before=MONDAY)
    expected = overdue(store.db, MONDAY) + entries_between(store.db, MONDAY, last, ("planned",))
    assert [entry_from_row(r) for r in rows] == expected
