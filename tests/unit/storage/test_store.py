"""The store's own queries: one search across every record kind, and the settings table."""

from __future__ import annotations

from planner.domain.model import (
    Contact,
    ContentItem,
)
from planner.storage import Store

from .books import add_company


def test_store_search_spans_companies_contacts_and_content(store: Store) -> None:
    acme = add_company(store, "Nordic Foods")
    store.contacts.add(Contact("Nora", "Nordqvist", company_id=acme.id, title="CFO"))
    store.content.add(ContentItem("Nordic markets report"))
    hits = store.search("nord")
    assert [(h.kind, h.text) for h in hits] == [
        ("company", "Nordic Foods"),
        ("contact", "Nora Nordqvist"),
        ("content", "Nordic markets report"),
    ]
    assert hits[1].detail == "CFO · Nordic Foods"
    assert store.search("   ") == []


def test_settings_round_trip_as_json(store: Store) -> None:
    assert store.setting("week_start", 0) == 0
    store.set_setting("week_start", 6)
    store.set_setting("week_start", {"day": 6, "names": ["Sun"]})
    assert store.setting("week_start") == {"day": 6, "names": ["Sun"]}
