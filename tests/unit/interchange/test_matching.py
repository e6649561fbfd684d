"""Matching rows against the plan and earlier rows, written as it goes: memory stays flat."""

from __future__ import annotations

import tracemalloc

from planner.interchange.importer import ImportSource, RowAction, commit_import, plan_import
from planner.storage import Store

HEADER = "first_name,last_name,company,title,level,buying_role,email,phone,profile_url,notes\n"


def _csv(rows: int) -> bytes:
    lines = (f"Ann{i},Lee{i},Co {i // 40},Buyer,,,ann{i}@x.de,,,\n" for i in range(rows))
    return (HEADER + "".join(lines)).encode()


def _peak(store: Store, rows: int, *, commit: bool) -> int:
    """Python's peak allocation while matching (the file's text is read before counting)."""
    source = ImportSource.from_bytes(_csv(rows), "contacts.csv")
    tracemalloc.start()
    try:
        if commit:
            result = commit_import(store, source)
            preview = result.preview
        else:
            preview = plan_import(store, source)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert preview.new == rows
    return peak


def test_committing_memory_does_not_grow_with_the_rows(clock) -> None:
    peaks = []
    for rows in (1_000, 4_000):
        store = Store.memory(clock)
        peaks.append(_peak(store, rows, commit=True))
        assert store.contacts.count() == rows
        store.close()
    # Held per-row records would take four times as much for four times the rows.
    assert peaks[1] < 1.5 * peaks[0] + 200_000, peaks


def test_previewing_memory_does_not_grow_with_the_rows(clock) -> None:
    peaks = []
    for rows in (1_000, 4_000):
        store = Store.memory(clock)
        peaks.append(_peak(store, rows, commit=False))
        assert store.contacts.count() == 0
        store.close()
    assert peaks[1] < 1.5 * peaks[0] + 200_000, peaks


def test_a_row_fills_in_a_contact_an_earlier_row_created(store: Store) -> None:
    data = (
        HEADER + "Ann,Lee,Acme,Buyer,,,ann@x.de,,,\n" + "Ann,Lee,Acme,,,,ANN@x.de,+49 1,,\n"
    ).encode()
    preview = plan_import(store, ImportSource.from_bytes(data, "c.csv"))
    assert [r.action for r in preview.rows] == [RowAction.NEW, RowAction.UPDATED]
    assert preview.rows[1].fields == ("phone",)
    result = commit_import(store, ImportSource.from_bytes(data, "c.csv"))
    (contact,) = store.contacts.all()
    assert (contact.email, contact.phone) == ("ann@x.de", "+49 1")
    assert result.batch is not None
    undone = store.imports.undo(result.batch.id)
    # The contact was the import's own: deleted, with no field to restore first.
    assert (undone.deleted_contacts, undone.restored_fields) == (1, 0)
    assert store.contacts.count() == 0
    assert store.companies.count() == 0


def test_a_preview_matches_as_the_import_does_and_writes_nothing(file_store: Store) -> None:
    commit_import(file_store, ImportSource.from_bytes(_csv(3), "first.csv"))
    data = (HEADER + "Ann0,Lee0,Co 0,,,,,+1,,\nBo,Li,Co 0,,,,,,,\nBo,Li,,CEO,,,,,,\n").encode()
    before = file_store.contacts.count()
    preview = plan_import(file_store, ImportSource.from_bytes(data, "second.csv"))
    assert [r.action for r in preview.rows] == [
        RowAction.UPDATED,
        RowAction.NEW,
        RowAction.UPDATED,
    ]
    assert file_store.contacts.count() == before
    result = commit_import(file_store, ImportSource.from_bytes(data, "second.csv"))
    assert [r.action for r in result.preview.rows] == [r.action for r in preview.rows]


def test_a_read_only_plan_can_be_previewed(tmp_path, clock) -> None:
    path = tmp_path / "plan.db"
    store = Store.open(path, clock)
    commit_import(store, ImportSource.from_bytes(_csv(2), "first.csv"))
    store.close()
    reader = Store.open(path, clock, read_only=True)
    try:
        preview = plan_import(reader, ImportSource.from_bytes(_csv(4), "again.csv"))
        assert (preview.new, preview.unchanged) == (2, 2)
    finally:
        reader.close()
