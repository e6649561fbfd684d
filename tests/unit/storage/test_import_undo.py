"""Undoing an import set by set: the file as before, records used since kept and named, and
a number of statements that does not grow with the import."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from planner.domain.model import Channel, ContentSend, TouchPoint
from planner.domain.screening import Screening, ScreeningVerdict
from planner.interchange.importer import ImportResult, ImportSource, commit_import
from planner.storage import Store

from .test_bulk_inserts import TODAY, derived, existing_book, triggers
from .test_touch_facts import recompute, stored

HEADER = "first_name,last_name,company,title,level,buying_role,email,phone,profile_url,notes\n"


def _people(n: int) -> str:
    rows = [f"P{i},Undo,Newco {i % 9},Buyer,,,p{i}@undo.example,,,\n" for i in range(n)]
    # Someone joins the account the plan has, and the person it has gets a new title.
    rows += [
        "Eve,Stone,Acme Foods,Head of Buying,,,eve@acme.example,,,\n",
        "Ann,Lee,Acme Foods,VP Purchasing,,,,+1 555,,\n",
    ]
    return HEADER + "".join(rows)


def _import(store: Store, n: int) -> ImportResult:
    source = ImportSource.from_bytes(_people(n).encode(), "people.csv")
    return commit_import(store, source, overwrite=True)


def _book(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows but the imports' own log and the file's identity and migrations."""
    names = [
        name
        for (name,) in store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%fts%' AND name NOT LIKE 'search_everything%' "
            "AND name NOT LIKE 'import_%' AND name NOT IN ('_sqlite_migrations', 'meta') "
            "ORDER BY name"
        )
    ]
    return {n: store.db.execute(f'SELECT * FROM "{n}" ORDER BY 1').fetchall() for n in names}


def test_undoing_a_big_import_leaves_the_file_as_before(store: Store) -> None:
    existing_book(store)
    before = (_book(store), derived(store), triggers(store))
    result = _import(store, 600)  # a bulk import (the search index written once)
    assert result.batch is not None
    assert store.contacts.count() == 602
    undo = store.imports.undo(result.batch.id)
    assert (undo.deleted_contacts, undo.deleted_companies, undo.kept) == (601, 9, ())
    assert undo.restored_fields == 3  # Ann's title and phone, and her job's title
    assert (_book(store), derived(store), triggers(store)) == before
    assert stored(store) == recompute(store)
    assert store.search("Undo") == []


def test_records_used_since_are_kept_and_said_why(store: Store) -> None:
    acme, _, guide = existing_book(store)
    result = _import(store, 30)
    assert result.batch is not None
    people = {c.first_name: c for c in store.contacts.all()}
    talked, sent = people["P3"], people["P4"]
    assert talked.company_id is not None
    assert sent.id is not None
    store.touchpoints.add(TouchPoint(talked.company_id, TODAY, Channel.CALL, contact_id=talked.id))
    store.content.record_send(ContentSend(guide.id or 0, sent.id, TODAY))
    screened = store.companies.find("Newco 6")
    assert screened.id is not None
    store.screenings.add(
        Screening(screened.id, TODAY - timedelta(days=1), ScreeningVerdict.POTENTIAL)
    )
    undo = store.imports.undo(result.batch.id)
    assert set(undo.kept) == {
        f"contact {talked.id} kept: it now has touchpoints",
        f"contact {sent.id} kept: it now has content_sends",
        f"company {talked.company_id} kept: it now has contacts, touchpoints",
        f"company {sent.company_id} kept: it now has contacts",
        f"company {screened.id} kept: it now has screenings",
    }
    assert len(undo.kept) == 5
    left = {c.first_name for c in store.contacts.all()}
    assert left == {"Ann", "P3", "P4"}
    assert store.companies.find("Acme Foods").id == acme.id
    assert stored(store) == recompute(store)


def _statements(store: Store, n: int) -> int:
    result = _import(store, n)
    assert result.batch is not None
    seen: list[str] = []
    store.db.conn.set_trace_callback(seen.append)
    try:
        store.imports.undo(result.batch.id)
    finally:
        store.db.conn.set_trace_callback(None)
    # The trace shows each statement with its values, again at each row a trigger handles;
    # what the triggers run shows as comments. Those follow the rows, as they must.
    return len({s for s in seen if not s.startswith("--")})


@pytest.mark.parametrize("n", [40, 400])
def test_an_undo_asks_as_many_questions_whatever_the_size(clock, n: int) -> None:
    small, big = Store.memory(clock), Store.memory(clock)
    for book in (small, big):
        existing_book(book)
    assert _statements(big, n) == _statements(small, 4)


def test_a_field_a_file_set_twice_comes_back_to_its_first_value(store: Store) -> None:
    existing_book(store)
    before = (_book(store), derived(store))
    rows = (
        "Ann,Lee,Acme Foods,VP Purchasing,,,,+1 555,,\n"
        "Ann,Lee,Acme Foods,Chief Buyer,,,,+1 777,,\n"
        "Ann,Lee,Acme Foods,Chief Buyer,,,,+1 777,,\n"
    )
    source = ImportSource.from_bytes((HEADER + rows).encode(), "twice.csv")
    result = commit_import(store, source, overwrite=True)
    assert result.batch is not None
    (ann,) = store.contacts.all()
    assert (ann.title, ann.phone) == ("Chief Buyer", "+1 777")
    store.imports.undo(result.batch.id)
    assert (_book(store), derived(store)) == before


def _retitled(n: int) -> str:
    return _people(n).replace(",Buyer,", ",Head Buyer,").replace(",,,\n", ",+44 1,,\n")


def _update_statements(store: Store, n: int) -> int:
    _import(store, n)
    source = ImportSource.from_bytes(_retitled(n).encode(), "again.csv")
    result = commit_import(store, source, overwrite=True)
    assert result.batch is not None
    assert result.preview.updated >= n
    seen: list[str] = []
    store.db.conn.set_trace_callback(seen.append)
    try:
        undo = store.imports.undo(result.batch.id)
    finally:
        store.db.conn.set_trace_callback(None)
    assert undo.restored_fields >= 2 * n
    return len({s for s in seen if not s.startswith("--")})


def test_an_undo_of_updates_asks_as_many_questions_whatever_the_size(clock) -> None:
    small, big = Store.memory(clock), Store.memory(clock)
    for book in (small, big):
        existing_book(book)
    assert _update_statements(big, 300) == _update_statements(small, 3)
