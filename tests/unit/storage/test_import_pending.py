"""A big import, written in bulk, leaves the file as a row-by-row import would, and undoes."""

from __future__ import annotations

from typing import Any

import pytest

from planner.domain.errors import DiskFullError
from planner.domain.imports import ImportFileError
from planner.interchange.importer import ImportSource, commit_import, plan_import
from planner.storage import Store, import_pending

from .test_bulk_inserts import derived, existing_book, triggers
from .test_touch_facts import recompute, stored

HEADER = "first_name,last_name,company,title,level,buying_role,email,phone,profile_url,notes\n"
PEOPLE = 300


def _rows() -> str:
    lines = [f"P{i},Bulk,Newco {i % 7},Buyer,,,p{i}@new.example,,,\n" for i in range(PEOPLE)]
    lines += [
        # People at the account already in the plan, and a person the plan already has.
        "Eve,Stone,Acme Foods,Head of Buying,,,eve@acme.example,,,renewal lead\n",
        "Ann,Lee,Acme Foods,VP Purchasing,,,ann@acme.example,+1 555,,\n",
        # A second row for a person the first rows created: fills in, moves with overwrite.
        "P3,Bulk,Other Newco,Chief Buyer,,,P3@new.example,+44 3,,\n",
        "P4,Bulk,Newco 4,Lead Buyer,,,p4@new.example,,,\n",
        # The existing person moves to an account this file creates (with overwrite).
        "Ann,Lee,Fresh Account,VP Purchasing,,,ann@acme.example,,,\n",
    ]
    return HEADER + "".join(lines)


def _tables(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows but the search indexes' own (their layout depends on write order)
    and the file's own identity and migration times."""
    names = [
        name
        for (name,) in store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%fts%' AND name NOT LIKE 'search_everything%' "
            "AND name NOT IN ('_sqlite_migrations', 'meta') ORDER BY name"
        )
    ]
    return {n: store.db.execute(f'SELECT * FROM "{n}" ORDER BY 1').fetchall() for n in names}


def _state(store: Store) -> dict[str, Any]:
    return {"tables": _tables(store), "derived": derived(store)}


def _import(store: Store, monkeypatch: pytest.MonkeyPatch, *, bulk: bool, overwrite: bool) -> Any:
    monkeypatch.setattr(import_pending, "BULK_FROM", 0 if bulk else 10**9)
    source = ImportSource.from_bytes(_rows().encode(), "people.csv")
    return commit_import(store, source, overwrite=overwrite)


@pytest.mark.parametrize("overwrite", [False, True])
def test_a_bulk_import_leaves_what_a_row_by_row_import_leaves(
    clock, monkeypatch: pytest.MonkeyPatch, overwrite: bool
) -> None:
    by_rows, in_bulk = Store.memory(clock), Store.memory(clock)
    for store in (by_rows, in_bulk):
        existing_book(store)
    before = triggers(in_bulk)
    preview = plan_import(in_bulk, ImportSource.from_bytes(_rows().encode(), "people.csv"))
    slow = _import(by_rows, monkeypatch, bulk=False, overwrite=overwrite)
    fast = _import(in_bulk, monkeypatch, bulk=True, overwrite=overwrite)
    assert fast.preview == slow.preview
    if not overwrite:
        assert fast.preview.rows == preview.rows  # the preview shows what the import does
    assert _state(in_bulk) == _state(by_rows)
    assert triggers(in_bulk) == before
    assert stored(in_bulk) == recompute(in_bulk)
    assert in_bulk.contacts.count() == PEOPLE + 2


def test_a_bulk_import_moves_people_as_the_rows_say(store: Store, monkeypatch) -> None:
    existing_book(store)
    _import(store, monkeypatch, bulk=True, overwrite=True)
    by_email = {c.email.casefold(): c for c in store.contacts.all()}
    moved = by_email["p3@new.example"]
    other = store.companies.find("Other Newco")
    assert (moved.company_id, moved.title, moved.phone) == (other.id, "Chief Buyer", "+44 3")
    jobs = store.contacts.employments(moved.id or 0)
    assert [(j.company_id == other.id, j.end is None) for j in jobs] == [
        (False, False),
        (True, True),
    ]


def test_undo_of_a_bulk_import_restores_the_file(store: Store, monkeypatch) -> None:
    existing_book(store)
    before = triggers(store)
    kept = {k: v for k, v in _tables(store).items() if not k.startswith("import_")}
    search = derived(store)
    result = _import(store, monkeypatch, bulk=True, overwrite=True)
    assert result.batch is not None
    store.imports.undo(result.batch.id)
    assert {k: v for k, v in _tables(store).items() if not k.startswith("import_")} == kept
    assert derived(store) == search
    assert triggers(store) == before


def test_a_refused_bulk_import_leaves_the_book_and_its_triggers(store, monkeypatch) -> None:
    existing_book(store)
    before, state = triggers(store), _state(store)
    monkeypatch.setattr(import_pending, "BULK_FROM", 0)
    bad = _rows().replace("P150,Bulk,", ",,")  # a row with no name, midway
    with pytest.raises(ImportFileError, match="Line 152"):
        commit_import(store, ImportSource.from_bytes(bad.encode(), "p.csv"), skip_invalid=False)
    assert triggers(store) == before
    assert _state(store) == state


def test_a_full_disk_midway_leaves_the_book_and_its_triggers(file_store: Store, monkeypatch):
    existing_book(file_store)
    before, state = triggers(file_store), _state(file_store)
    (pages,) = file_store.db.execute("PRAGMA page_count").fetchone()
    # The file may grow by a page or two: the new records do not fit.
    file_store.db.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(DiskFullError):
        _import(file_store, monkeypatch, bulk=True, overwrite=False)
    file_store.db.execute("PRAGMA max_page_count = 1073741823")
    assert triggers(file_store) == before
    assert _state(file_store) == state
    _import(file_store, monkeypatch, bulk=True, overwrite=False)
    assert file_store.contacts.count() == PEOPLE + 2
    assert stored(file_store) == recompute(file_store)
