"""Content items and the send log: round trips, listing sends and searching content."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from planner.domain.errors import NotFoundError, ValidationError
from planner.domain.model import (
    CompanyKind,
    ContactLevel,
    ContentItem,
    ContentKind,
    ContentSend,
)
from planner.storage import Store

from .books import add_company, add_contact, add_touchpoint, id_of

TODAY = date(2026, 11, 23)  # the day the conftest clock reads


def test_content_round_trips_topics_and_segments(store: Store) -> None:
    item = ContentItem(
        "Cold chain guide",
        kind=ContentKind.WHITE_PAPER,
        link="https://example.com/guide.pdf",
        topics=("cold chain", "pricing"),
        segment_kinds=(CompanyKind.DREAM_CLIENT, CompanyKind.CUSTOMER),
        segment_levels=(ContactLevel.EXECUTIVE,),
        segment_industries=("Logistics", "Food"),
        notes="2026 edition",
    )
    added = store.content.add(item)
    assert added == item.replace(id=added.id)
    loaded = store.content.get(id_of(added))
    assert loaded == added
    assert loaded.segment_kinds == (CompanyKind.DREAM_CLIENT, CompanyKind.CUSTOMER)
    assert all(isinstance(k, CompanyKind) for k in loaded.segment_kinds)
    assert all(isinstance(level, ContactLevel) for level in loaded.segment_levels)


def test_content_update_all_and_delete(store: Store) -> None:
    b = store.content.add(ContentItem("b item"))
    a = store.content.add(ContentItem("A item"))
    changed = store.content.update(b.replace(topics=("new",), segment_kinds=()))
    assert store.content.get(id_of(b)) == changed
    assert {i.title for i in store.content.all()} == {"A item", "b item"}
    store.content.delete(id_of(a))
    with pytest.raises(NotFoundError):
        store.content.get(id_of(a))
    with pytest.raises(NotFoundError):
        store.content.delete(id_of(a))
    with pytest.raises(NotFoundError):
        store.content.update(a)


def test_content_needs_a_title(store: Store) -> None:
    with pytest.raises(ValidationError, match="title"):
        store.content.add(ContentItem("  "))
    item = store.content.add(ContentItem("Guide"))
    with pytest.raises(ValidationError, match="title"):
        store.content.update(item.replace(title=""))


def test_send_log_records_and_lists_by_item_contact_company_and_touchpoint(store: Store) -> None:
    acme = add_company(store)
    other = add_company(store, "Other")
    anna = add_contact(store, acme, "Anna")
    otto = add_contact(store, other, "Otto")
    guide = store.content.add(ContentItem("Guide"))
    news = store.content.add(ContentItem("News"))
    tp = add_touchpoint(store, acme, TODAY, contact_id=anna.id)
    first = store.content.record_send(ContentSend(id_of(guide), id_of(anna), TODAY, tp.id))
    second = store.content.record_send(ContentSend(id_of(news), id_of(anna), TODAY - timedelta(1)))
    third = store.content.record_send(ContentSend(id_of(guide), id_of(otto), TODAY + timedelta(1)))
    assert first.id is not None
    assert first == ContentSend(id_of(guide), id_of(anna), TODAY, tp.id, first.id)
    assert store.content.sends_for_item(id_of(guide)) == [third, first]  # newest first
    assert store.content.sends_for_contact(id_of(anna)) == [first, second]
    assert store.content.sends_for_company(id_of(acme)) == [first, second]
    assert store.content.sends_for_touchpoint(id_of(tp)) == [first]
    assert sorted(store.content.all_sends(), key=lambda s: s.id or 0) == [first, second, third]
    summaries = {s.item.title: s.sends for s in store.content.summaries()}
    assert summaries == {"Guide": 2, "News": 1}
    store.content.delete_send(_id_send(second))
    assert store.content.sends_for_contact(id_of(anna)) == [first]


def test_a_send_can_be_put_back_under_its_id(store: Store) -> None:
    acme = add_company(store)
    anna = add_contact(store, acme, "Anna")
    guide = store.content.add(ContentItem("Guide"))
    send = store.content.record_send(ContentSend(id_of(guide), id_of(anna), TODAY))
    store.content.delete_send(_id_send(send))
    assert store.content.record_send(send) == send
    assert store.content.all_sends() == [send]


def test_content_search_by_title_and_topic_with_escaping(store: Store) -> None:
    store.content.add(ContentItem("Pricing 101", topics=("pricing",)))
    store.content.add(ContentItem("Cold chain", topics=("logistics", "100% recyclable")))
    store.content.add(ContentItem("Plain", kind=ContentKind.NEWSLETTER))
    assert [h.text for h in store.content.search("pricing")] == ["Pricing 101"]
    assert [h.text for h in store.content.search("logist")] == ["Cold chain"]
    assert [h.text for h in store.content.search("%")] == ["Cold chain"]
    assert store.content.search("_") == []
    [plain] = store.content.search("plain")
    assert (plain.kind, plain.detail) == ("content", ContentKind.NEWSLETTER.label)


def _id_send(send: ContentSend) -> int:
    assert send.id is not None
    return send.id
