"""Bulk inserts leave the file as row-by-row inserts would, and never without its triggers."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest

from planner.domain.model import (
    Company,
    Contact,
    ContactLevel,
    ContentItem,
    ContentSend,
    Status,
    TouchPoint,
)
from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.storage.bulk_inserts import bulk_inserts

from .books import id_of

TODAY = date(2026, 11, 23)
FTS_TABLES = ("search_everything", "companies_fts", "contacts_fts")
DERIVED = (
    "contact_touch_facts",
    "company_touch_facts",
    "level_touch_facts",
    "calendar_outbox",
    "book_counts",
)


def derived(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """What the triggers keep: facts, outbox, counts and every search index's content."""
    db = store.db
    state = {t: db.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in DERIVED}
    state["search_everything"] = db.execute(
        "SELECT rowid, title, body FROM search_everything ORDER BY rowid"
    ).fetchall()
    for table in FTS_TABLES:
        # FTS5 raises when its index does not match the rows it indexes.
        db.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")
    state["found"] = [
        db.execute(f"SELECT rowid FROM {t} WHERE {t} MATCH ? ORDER BY rowid", [word]).fetchall()
        for t in FTS_TABLES
        for word in ("Acme", "Lee", "renewal", "Guide")
    ]
    return state


def triggers(store: Store) -> list[tuple[str, str]]:
    return store.db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    ).fetchall()


def existing_book(store: Store) -> tuple[Company, Contact, ContentItem]:
    """An account with a contact, a touch history and a send: the bulk adds to a living book."""
    acme = store.companies.add(Company("Acme Foods"))
    ann = store.contacts.add(
        Contact("Ann", "Lee", company_id=acme.id, level=ContactLevel.EXECUTIVE)
    )
    guide = store.content.add(ContentItem("Guide"))
    store.touchpoints.add(
        TouchPoint(id_of(acme), TODAY - timedelta(days=40), contact_id=ann.id, status=Status.DONE)
    )
    store.touchpoints.add(TouchPoint(id_of(acme), TODAY + timedelta(days=9), title="renewal"))
    store.content.record_send(ContentSend(id_of(guide), id_of(ann), TODAY - timedelta(days=50)))
    return acme, ann, guide


def write_more(store: Store, bulk: Callable[[tuple[str, ...]], Any]) -> None:
    """New accounts, people, touches and sends, some of them for the existing book."""
    acme, ann, guide = existing_book(store)
    with store.transaction():
        with bulk(("companies", "contacts")):
            beta = store.companies.add(Company("Beta Acme Ltd", notes="renewal soon"))
            bob = store.contacts.add(Contact("Bob", "Lee", company_id=beta.id))
            cy = store.contacts.add(
                Contact("Cy", "Ray", company_id=acme.id, level=ContactLevel.PRACTITIONER)
            )
            # Di only gets a send: her facts come from the sends alone.
            di = store.contacts.add(
                Contact("Di", "Fox", company_id=beta.id, level=ContactLevel.PRACTITIONER)
            )
        with bulk(("touchpoints", "content_sends")):
            tps = [
                TouchPoint(id_of(acme), TODAY - timedelta(days=3), contact_id=ann.id,
                           status=Status.DONE, title="Guide follow-up"),
                TouchPoint(id_of(acme), TODAY + timedelta(days=2), contact_id=cy.id),
                TouchPoint(id_of(beta), TODAY - timedelta(days=8), contact_id=bob.id,
                           status=Status.SKIPPED),
                TouchPoint(id_of(beta), TODAY + timedelta(days=30), title="renewal call"),
                TouchPoint(id_of(beta), TODAY - timedelta(days=1), contact_id=bob.id,
                           status=Status.DONE),
            ]  # fmt: skip
            store.touchpoints.add_many(tps)
            store.content.record_sends(
                [
                    ContentSend(id_of(guide), id_of(bob), TODAY - timedelta(days=2)),
                    ContentSend(id_of(guide), id_of(ann), TODAY - timedelta(days=1)),
                    ContentSend(id_of(guide), id_of(di), TODAY - timedelta(days=4)),
                ]
            )


def test_bulk_inserts_leave_what_row_by_row_inserts_leave() -> None:
    by_rows = Store.memory(FixedClock.on(TODAY))
    in_bulk = Store.memory(FixedClock.on(TODAY))
    before = triggers(in_bulk)
    write_more(by_rows, lambda tables: contextlib.nullcontext())
    write_more(in_bulk, lambda tables: bulk_inserts(in_bulk.db, tables))
    kept = derived(by_rows)
    assert all(kept[t] for t in DERIVED)
    assert any(kept["found"])
    assert derived(in_bulk) == kept
    assert triggers(in_bulk) == before


def test_an_error_inside_takes_the_rows_back_and_keeps_the_triggers(store: Store) -> None:
    acme, _ann, _guide = existing_book(store)
    before, kept = triggers(store), derived(store)

    def fail_midway() -> None:
        with store.transaction(), bulk_inserts(store.db, ("touchpoints", "content_sends")):
            store.touchpoints.add_many([TouchPoint(id_of(acme), TODAY)])
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError, match="power cut"):
        fail_midway()
    assert triggers(store) == before
    assert derived(store) == kept
    assert store.touchpoints.count() == 2


def indexes(store: Store) -> list[tuple[str, str]]:
    return store.db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
    ).fetchall()


def test_indexes_built_after_the_rows_are_the_same_indexes(store: Store) -> None:
    acme, ann, _guide = existing_book(store)
    before = indexes(store)
    tables = ("touchpoints", "content_sends")
    with store.transaction(), bulk_inserts(store.db, tables, indexes_after=True):
        names = {name for name, _sql in indexes(store)}
        assert "idx_touchpoints_day" not in names  # built again at the end
        assert "idx_touchpoints_plan_key" in names  # unique: checked row by row as ever
        store.touchpoints.add_many(
            [
                TouchPoint(id_of(acme), TODAY + timedelta(days=i), contact_id=ann.id)
                for i in range(5)
            ]
        )
    assert indexes(store) == before
    assert store.db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    plan = store.db.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM touchpoints WHERE contact_id = ? AND day > ?",
        [ann.id, TODAY.isoformat()],
    ).fetchall()
    assert "idx_touchpoints_contact_day" in str(plan)
    assert len(store.touchpoints.for_contact(id_of(ann))) == 6


def test_unique_indexes_built_after_check_the_new_rows(store: Store) -> None:
    acme, _ann, _guide = existing_book(store)
    before = indexes(store)
    tables = ("touchpoints",)
    with store.transaction(), bulk_inserts(store.db, tables, indexes_after=True, unique_after=True):
        assert "idx_touchpoints_plan_key" not in {name for name, _sql in indexes(store)}
        store.touchpoints.add_many([TouchPoint(id_of(acme), TODAY, plan_key="week-1")])
    assert indexes(store) == before
    assert store.touchpoints.count() == 3

    def duplicate() -> None:
        with (
            store.transaction(),
            bulk_inserts(store.db, tables, indexes_after=True, unique_after=True),
        ):
            store.touchpoints.add_many([TouchPoint(id_of(acme), TODAY, plan_key="week-1")])

    with pytest.raises(sqlite3.IntegrityError):
        duplicate()
    assert indexes(store) == before
    assert store.touchpoints.count() == 3


def test_an_error_inside_keeps_the_indexes(store: Store) -> None:
    acme, _ann, _guide = existing_book(store)
    before = indexes(store)

    def fail_midway() -> None:
        tables = ("touchpoints", "content_sends")
        with store.transaction(), bulk_inserts(store.db, tables, indexes_after=True):
            store.touchpoints.add_many([TouchPoint(id_of(acme), TODAY)])
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError, match="power cut"):
        fail_midway()
    assert indexes(store) == before
    assert store.touchpoints.count() == 2


def test_triggers_it_does_not_know_keep_firing_row_by_row(store: Store) -> None:
    acme, _ann, _guide = existing_book(store)
    store.db.execute("CREATE TABLE seen (touchpoint_id INTEGER)")
    store.db.execute(
        "CREATE TRIGGER seen_insert AFTER INSERT ON touchpoints BEGIN "
        "INSERT INTO seen VALUES (NEW.id); END"
    )
    before = triggers(store)
    with store.transaction(), bulk_inserts(store.db, ("touchpoints",)):
        store.touchpoints.add_many([TouchPoint(id_of(acme), TODAY)] * 3)
        assert store.db.execute("SELECT count(*) FROM seen").fetchone()[0] == 3
        names = {name for name, _sql in triggers(store)}
        assert "seen_insert" in names
        assert "touch_facts_tp_insert" not in names  # set aside while the rows go in
    assert triggers(store) == before


def test_it_needs_the_callers_transaction(store: Store) -> None:
    with pytest.raises(RuntimeError, match="transaction"), bulk_inserts(store.db, ("contacts",)):
        pass
