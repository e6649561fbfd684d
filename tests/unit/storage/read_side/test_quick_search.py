"""Quick search: name beginnings first, then rows holding every word, a few at a time."""

from __future__ import annotations

import pytest

from planner.domain.model import Company, Contact
from planner.storage import Store
from planner.storage.read_side import quick_search


def _book(store: Store) -> None:
    with store.transaction():
        for name in ("Marlow Foods", "Hartwell Marine", "Smart Homes", "Ashford"):
            store.companies.add(Company(name, industry="Retail"))
        store.contacts.add(Contact("Aisha", "Martin", title="Buyer"))
        store.contacts.add(Contact("Martin", "Hall", email="m.hall@example.test"))
        store.contacts.add(Contact("Zoe", "Adams", email="zoe@smart.test"))


def test_names_beginning_with_the_text_come_first(store: Store) -> None:
    _book(store)
    hits = quick_search.companies(store.db, "mar", 10)
    assert hits[0].text == "Marlow Foods"
    assert {h.text for h in hits} == {"Marlow Foods", "Hartwell Marine", "Smart Homes"}


def test_one_or_two_letters_find_name_beginnings_and_any_part(store: Store) -> None:
    _book(store)
    assert [h.text for h in quick_search.companies(store.db, "as", 10)] == ["Ashford"]
    people = quick_search.contacts(store.db, "ma", 10)
    assert {"Martin Hall", "Aisha Martin"} <= {h.text for h in people}  # first or last name
    assert "Zoe Adams" in [h.text for h in quick_search.contacts(store.db, "ar", 10)]  # e-mail


def test_every_word_must_match_and_the_limit_holds(store: Store) -> None:
    _book(store)
    assert [h.text for h in quick_search.contacts(store.db, "aisha buyer", 10)] == ["Aisha Martin"]
    assert quick_search.contacts(store.db, "aisha hall", 10) == []
    assert len(quick_search.companies(store.db, "ar", 1)) <= 1
    assert [h.text for h in quick_search.contacts(store.db, "smart", 10)] == ["Zoe Adams"]


def test_a_big_book_offers_name_beginnings_for_one_or_two_letters(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    _book(store)
    monkeypatch.setattr(quick_search, "SCANNED_AT_MOST", 2)  # the book counts as big
    assert [h.text for h in quick_search.contacts(store.db, "ar", 10)] == []  # no scan
    assert [h.text for h in quick_search.contacts(store.db, "zo", 10)] == ["Zoe Adams"]
    assert [h.text for h in quick_search.contacts(store.db, "smart", 10)] == ["Zoe Adams"]
