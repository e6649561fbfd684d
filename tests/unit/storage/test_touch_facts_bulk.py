"""Catching the touch facts up after rows went in without their insert triggers."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from planner.domain.model import Company, Contact, ContactLevel, ContentItem, Status, TouchPoint
from planner.storage import Store
from planner.storage import touch_facts as facts
from planner.storage.touch_facts_bulk import refresh_after_inserts

from .books import add_touchpoint, id_of

TODAY = date(2026, 11, 23)
FACT_TABLES = ("contact_touch_facts", "company_touch_facts", "level_touch_facts")


def _facts(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    return {t: store.db.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in FACT_TABLES}


def _without_insert_triggers(store: Store) -> None:
    store.db.execute("DROP TRIGGER touch_facts_tp_insert")
    store.db.execute("DROP TRIGGER touch_facts_send_insert")


def _insert_raw(
    store: Store, company_id: int, contact_id: int | None, day: date, status: Status
) -> None:
    store.touchpoints.add_many([TouchPoint(company_id, day, contact_id=contact_id, status=status)])


def test_only_the_keys_of_the_new_rows_are_recomputed_and_they_are_exact(store: Store) -> None:
    acme = store.companies.add(Company("Acme"))
    beta = store.companies.add(Company("Beta"))
    ann = store.contacts.add(
        Contact("Ann", "Lee", company_id=acme.id, level=ContactLevel.EXECUTIVE)
    )
    bob = store.contacts.add(Contact("Bob", "Ray", company_id=beta.id))
    add_touchpoint(store, acme, TODAY - timedelta(days=20), contact_id=ann.id, status=Status.DONE)
    add_touchpoint(store, beta, TODAY + timedelta(days=4), contact_id=bob.id)
    guide = store.content.add(ContentItem("Guide"))
    (tp_before,) = store.db.execute("SELECT max(id) FROM touchpoints").fetchone()
    (sends_before,) = store.db.execute("SELECT coalesce(max(id), 0) FROM content_sends").fetchone()
    # Beta's facts are made wrong on purpose: a recomputation of only Acme's keys keeps them.
    store.db.execute(
        "UPDATE company_touch_facts SET done_count = 99 WHERE company_id = ?", [beta.id]
    )
    _without_insert_triggers(store)
    _insert_raw(store, id_of(acme), ann.id, TODAY - timedelta(days=2), Status.DONE)
    _insert_raw(store, id_of(acme), None, TODAY + timedelta(days=6), Status.PLANNED)
    store.db.execute(
        "INSERT INTO content_sends (content_id, contact_id, sent_on) VALUES (?, ?, ?)",
        [guide.id, ann.id, (TODAY - timedelta(days=1)).isoformat()],
    )
    refresh_after_inserts(store.db, tp_before, sends_before)
    kept = _facts(store)
    assert facts.company_facts(store.db)[id_of(beta)].done_count == 99
    acme_facts = facts.company_facts(store.db)[id_of(acme)]
    assert acme_facts.last_done == TODAY - timedelta(days=1)
    assert (acme_facts.done_count, acme_facts.planned_count) == (3, 1)
    store.db.execute(
        "UPDATE company_touch_facts SET done_count = 0 WHERE company_id = ?", [beta.id]
    )
    facts.rebuild(store.db)
    fixed = _facts(store)
    assert [r for r in kept["company_touch_facts"] if r[0] != beta.id] == [
        r for r in fixed["company_touch_facts"] if r[0] != beta.id
    ]
    assert kept["contact_touch_facts"] == fixed["contact_touch_facts"]
    assert kept["level_touch_facts"] == fixed["level_touch_facts"]


def test_into_an_empty_history_every_fact_is_rebuilt(store: Store) -> None:
    acme = store.companies.add(Company("Acme"))
    ann = store.contacts.add(Contact("Ann", "Lee", company_id=acme.id, level=ContactLevel.MANAGER))
    _without_insert_triggers(store)
    _insert_raw(store, id_of(acme), ann.id, TODAY - timedelta(days=3), Status.DONE)
    _insert_raw(store, id_of(acme), ann.id, TODAY + timedelta(days=3), Status.PLANNED)
    assert not any(_facts(store).values())
    refresh_after_inserts(store.db, 0, 0)
    kept = _facts(store)
    assert facts.contact_facts(store.db)[id_of(ann)] == facts.TouchFacts(
        TODAY - timedelta(days=3), TODAY + timedelta(days=3), 1, 1
    )
    facts.rebuild(store.db)
    assert _facts(store) == kept


def test_nothing_new_changes_nothing(store: Store) -> None:
    acme = store.companies.add(Company("Acme"))
    add_touchpoint(store, acme, TODAY, status=Status.DONE)
    store.db.execute("UPDATE company_touch_facts SET done_count = 7")
    refresh_after_inserts(store.db, None, None)
    assert facts.company_facts(store.db)[id_of(acme)].done_count == 7
