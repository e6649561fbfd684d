"""The touch facts' schema: its triggers are installed, and a rebuild gives what they kept."""

from __future__ import annotations

from datetime import date, timedelta

from planner.domain.model import Contact, ContactLevel, ContentItem, ContentSend, Status
from planner.domain.timing import FixedClock
from planner.storage import Store
from planner.storage.touch_facts_schema import REBUILD, TABLES, TRIGGERS

from .books import add_company, add_touchpoint, id_of

TODAY = date(2026, 11, 23)
FACT_TABLES = ("contact_touch_facts", "company_touch_facts", "level_touch_facts")


def _facts(store: Store) -> dict[str, list[tuple[object, ...]]]:
    return {t: store.db.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in FACT_TABLES}


def test_a_new_plan_has_every_fact_table_and_trigger() -> None:
    store = Store.memory(FixedClock.on(TODAY))
    names = {row[0] for row in store.db.execute("SELECT name FROM sqlite_master").fetchall()}
    assert set(FACT_TABLES) <= names
    for trigger in TRIGGERS:
        assert trigger.split()[2] in names
    assert len(TABLES) >= len(FACT_TABLES)


def test_a_rebuild_from_scratch_gives_what_the_triggers_kept(store: Store) -> None:
    acme = add_company(store)
    ann = store.contacts.add(
        Contact("Ann", "Lee", company_id=acme.id, level=ContactLevel.EXECUTIVE)
    )
    bob = store.contacts.add(Contact("Bob", "Ray", company_id=acme.id))
    add_touchpoint(store, acme, TODAY - timedelta(days=9), contact_id=ann.id, status=Status.DONE)
    moved = add_touchpoint(store, acme, TODAY + timedelta(days=3), contact_id=bob.id)
    store.touchpoints.update(moved.replace(day=TODAY + timedelta(days=5)))
    guide = store.content.add(ContentItem("Guide"))
    store.content.record_send(ContentSend(id_of(guide), id_of(bob), TODAY - timedelta(days=1)))
    kept = _facts(store)
    assert any(kept.values())
    for table in FACT_TABLES:
        store.db.execute(f"DELETE FROM {table}")
    for statement in REBUILD:
        store.db.execute(statement)
    assert _facts(store) == kept
