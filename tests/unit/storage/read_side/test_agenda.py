"""Reading the calendar by day: entries in card order, the overdue tray and the month's counts."""

from __future__ import annotations

from datetime import date, time, timedelta

from planner.domain.model import Contact, Status
from planner.storage import Store
from planner.storage.read_side.agenda import (
    count_between,
    day_counts,
    entries_between,
    entries_with_ids,
    outlines_between,
    overdue,
    overdue_count,
)

from ..books import add_company, add_touchpoint, id_of

MONDAY = date(2026, 11, 23)  # the conftest clock's today


def test_entries_come_in_card_order_with_their_names(store: Store) -> None:
    acme = add_company(store, "Acme")
    ann = store.contacts.add(Contact("Ann", "Lee", company_id=acme.id))
    late = add_touchpoint(store, acme, MONDAY, time=time(15, 0))
    early = add_touchpoint(store, acme, MONDAY, time=time(9, 0), contact_id=ann.id)
    all_day = add_touchpoint(store, acme, MONDAY)
    tuesday = add_touchpoint(store, acme, MONDAY + timedelta(days=1))
    add_touchpoint(store, acme, MONDAY + timedelta(days=9))
    entries = entries_between(store.db, MONDAY, MONDAY + timedelta(days=1))
    assert [e.touchpoint.id for e in entries] == [id_of(t) for t in (all_day, early, late, tuesday)]
    assert entries[1].company_name == "Acme"
    assert entries[1].contact_name == "Ann Lee"
    assert entries[0].contact_name == ""


def test_entries_can_be_narrowed_to_statuses(store: Store) -> None:
    acme = add_company(store)
    done = add_touchpoint(store, acme, MONDAY, status=Status.DONE)
    add_touchpoint(store, acme, MONDAY, status=Status.CANCELLED)
    add_touchpoint(store, acme, MONDAY)
    found = entries_between(store.db, MONDAY, MONDAY, ("done",))
    assert [e.touchpoint.id for e in found] == [done.id]
    assert len(entries_between(store.db, MONDAY, MONDAY)) == 3


def test_overdue_is_what_is_still_planned_before_today_oldest_first(store: Store) -> None:
    acme = add_company(store)
    newer = add_touchpoint(store, acme, MONDAY - timedelta(days=1))
    older = add_touchpoint(store, acme, MONDAY - timedelta(days=5))
    add_touchpoint(store, acme, MONDAY - timedelta(days=2), status=Status.DONE)
    add_touchpoint(store, acme, MONDAY)  # today is not overdue yet
    assert [e.touchpoint.id for e in overdue(store.db, MONDAY)] == [older.id, newer.id]


def test_day_counts_count_every_touchpoint_per_day_in_the_range(store: Store) -> None:
    acme = add_company(store)
    add_touchpoint(store, acme, MONDAY)
    add_touchpoint(store, acme, MONDAY, status=Status.DONE)
    add_touchpoint(store, acme, MONDAY + timedelta(days=2))
    add_touchpoint(store, acme, MONDAY + timedelta(days=40))
    assert day_counts(store.db, MONDAY, MONDAY + timedelta(days=6)) == {
        MONDAY: 2,
        MONDAY + timedelta(days=2): 1,
    }


def test_a_week_is_counted_without_reading_its_rows(store: Store) -> None:
    acme = add_company(store)
    monday = date(2026, 11, 23)
    for offset in (-1, 0, 0, 3, 6, 7):
        add_touchpoint(store, acme, monday + timedelta(days=offset))
    assert count_between(store.db, monday, monday + timedelta(days=6)) == 4
    assert store.read.week_size(monday, 7) == len(store.read.week(monday, 7)) == 4
    assert store.read.week_size(monday - timedelta(days=1), 9) == 6
    plan = store.db.execute(
        "EXPLAIN QUERY PLAN SELECT count(*) FROM touchpoints WHERE day BETWEEN ? AND ?",
        ["2026-11-23", "2026-11-29"],
    ).fetchall()
    assert any("COVERING INDEX" in row[3] for row in plan)


def test_outlines_place_each_touchpoint_of_the_range_in_card_order_without_its_texts(
    store: Store,
) -> None:
    acme = add_company(store, "Acme")
    late = add_touchpoint(store, acme, MONDAY, time=time(15, 0), duration_minutes=45)
    all_day = add_touchpoint(store, acme, MONDAY, status=Status.DONE)
    add_touchpoint(store, acme, MONDAY + timedelta(days=7))
    assert outlines_between(store.db, MONDAY, MONDAY + timedelta(days=6)) == [
        (id_of(all_day), "2026-11-23", None, "UTC", 30, "done"),
        (id_of(late), "2026-11-23", "15:00", "UTC", 45, "planned"),
    ]


def test_entries_with_ids_read_those_that_exist_in_card_order(store: Store) -> None:
    acme = add_company(store, "Acme")
    made = [add_touchpoint(store, acme, MONDAY + timedelta(days=n % 7)) for n in range(1_200)]
    wanted = [id_of(t) for t in made[::2]] + [10_000_000]  # more than one query's worth
    found = entries_with_ids(store.db, list(reversed(wanted)))
    assert sorted(e.touchpoint.id for e in found) == sorted(wanted[:-1])
    days = [e.touchpoint.day for e in found]
    assert days == sorted(days)
    assert found[0].company_name == "Acme"
    assert entries_with_ids(store.db, []) == []


def test_overdue_can_be_limited_and_counted(store: Store) -> None:
    acme = add_company(store)
    old = [add_touchpoint(store, acme, MONDAY - timedelta(days=n)) for n in range(5, 0, -1)]
    add_touchpoint(store, acme, MONDAY - timedelta(days=2), status=Status.SKIPPED)
    assert [e.touchpoint.id for e in overdue(store.db, MONDAY, 2)] == [id_of(t) for t in old[:2]]
    assert overdue_count(store.db, MONDAY) == 5
    assert overdue_count(store.db, MONDAY - timedelta(days=5)) == 0
