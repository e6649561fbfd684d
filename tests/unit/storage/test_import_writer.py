"""The batch writer: what it writes, and the log that undo reads (none for its own records)."""

from __future__ import annotations

from planner.storage import Store


def _log(store: Store, batch_id: int) -> list[tuple[str, str, str | None]]:
    rows = store.db.execute(
        "SELECT entity, action, field FROM import_changes WHERE batch_id = ? ORDER BY id",
        [batch_id],
    )
    return [tuple(r) for r in rows.fetchall()]


def test_created_records_and_logged_changes_undo_cleanly(store: Store) -> None:
    with store.transaction():
        writer = store.imports.begin("c.csv", "csv", "contacts")
        acme = writer.create_company({"name": "Acme", "kind": "prospect", "competitors": []})
        ann = writer.create_contact({"first_name": "Ann", "last_name": "Lee", "company_id": acme})
        # Filling in a record the batch created keeps no old value: undo deletes it anyway.
        writer.update_contact(ann, {"phone": ("", "+1")}, log=False)
        writer.update_company(acme, {"industry": ("", "Steel")}, log=False)
        batch = store.imports.finish(writer, 1, 0, 0, 0)
    assert _log(store, batch.id) == [
        ("company", "created", None),
        ("contact", "created", None),
        ("employment", "created", None),
    ]
    (contact,) = store.contacts.all()
    assert contact.phone == "+1"
    undone = store.imports.undo(batch.id)
    assert (undone.deleted_companies, undone.deleted_contacts) == (1, 1)
    assert store.contacts.count() == 0


def test_a_change_to_an_existing_record_is_logged_and_restored(store: Store) -> None:
    with store.transaction():
        writer = store.imports.begin("a.csv", "planner", "accounts")
        acme = writer.create_company({"name": "Acme", "kind": "prospect"})
        store.imports.finish(writer, 1, 0, 0, 0)
    with store.transaction():
        writer = store.imports.begin("b.csv", "planner", "accounts")
        writer.update_company(acme, {"industry": ("", "Steel")})
        batch = store.imports.finish(writer, 0, 1, 0, 0)
    assert _log(store, batch.id) == [("company", "updated", "industry")]
    assert store.imports.undo(batch.id).restored_fields == 1
    assert store.companies.get(acme).industry == ""
