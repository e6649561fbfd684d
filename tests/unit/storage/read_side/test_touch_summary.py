"""The last and next touch of a row: from the touch facts when kept, else from the touch-points."""

from __future__ import annotations

from datetime import date, timedelta

from sqlite_utils import Database

from planner.domain.model import Contact, Status
from planner.storage import Store
from planner.storage.read_side.touch_summary import company_touch, contact_touch, has_touch_facts

from ..books import add_company, add_touchpoint

TODAY = date(2026, 11, 23)


def _last_and_next(db: Database, table: str, pick: object, row_id: int) -> tuple[object, ...]:
    touch = pick(db, "x")  # type: ignore[operator]
    sql = f"SELECT {touch.last}, {touch.next} FROM {table} x {touch.join} WHERE x.id = ?"
    return tuple(db.execute(sql, [row_id]).fetchone())


def _book(store: Store) -> tuple[int, int]:
    acme = add_company(store)
    ann = store.contacts.add(Contact("Ann", "Lee", company_id=acme.id))
    for days, status in (
        (-9, Status.DONE),
        (-2, Status.DONE),
        (-1, Status.CANCELLED),
        (4, Status.PLANNED),
        (8, Status.PLANNED),
    ):
        add_touchpoint(store, acme, TODAY + timedelta(days=days), contact_id=ann.id, status=status)
    assert acme.id is not None
    assert ann.id is not None
    return acme.id, ann.id


def test_a_current_plan_reads_the_maintained_facts(store: Store) -> None:
    assert has_touch_facts(store.db)
    acme, ann = _book(store)
    assert "touch_facts" in company_touch(store.db, "x").join
    expected = ((TODAY - timedelta(days=2)).isoformat(), (TODAY + timedelta(days=4)).isoformat())
    assert _last_and_next(store.db, "companies", company_touch, acme) == expected
    assert _last_and_next(store.db, "contacts", contact_touch, ann) == expected


def test_a_file_without_facts_gets_the_same_answer_from_the_touchpoints() -> None:
    db = Database(memory=True)
    db["companies"].insert({"id": 1})
    db["contacts"].insert({"id": 7})
    rows = [
        (1, 7, TODAY - timedelta(days=9), "done"),
        (1, 7, TODAY - timedelta(days=2), "done"),
        (1, 7, TODAY - timedelta(days=1), "cancelled"),
        (1, 7, TODAY + timedelta(days=4), "planned"),
        (1, 7, TODAY + timedelta(days=8), "planned"),
    ]
    db["touchpoints"].insert_all(
        {"company_id": c, "contact_id": k, "day": d.isoformat(), "status": s} for c, k, d, s in rows
    )
    assert not has_touch_facts(db)
    assert company_touch(db, "x").join == ""
    expected = ((TODAY - timedelta(days=2)).isoformat(), (TODAY + timedelta(days=4)).isoformat())
    assert _last_and_next(db, "companies", company_touch, 1) == expected
    assert _last_and_next(db, "contacts", contact_touch, 7) == expected
