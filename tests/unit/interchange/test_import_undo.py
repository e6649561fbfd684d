"""Undo import: the whole batch goes, the exact prior state comes back, later edits are spared."""

from __future__ import annotations

from datetime import date

import pytest

from planner.domain.errors import ValidationError
from planner.domain.model import Company, CompanyKind, Contact, TouchPoint
from planner.interchange.importer import ImportSource, commit_import

from ._import_support import dump, sample

HEADER = "first_name,last_name,company,title,level,buying_role,email,phone,profile_url,notes\n"


def _seed(store):
    fab = store.companies.add(Company("Fabrikam", CompanyKind.CUSTOMER))
    ada = store.contacts.add(Contact("Ada", "Lovelace", company_id=fab.id, email="ada@f.example"))
    loner = store.contacts.add(Contact("Bo", "Bauer"))
    store.touchpoints.add(TouchPoint(fab.id or 0, date(2026, 11, 20), contact_id=ada.id))
    return fab, ada, loner


def test_undo_restores_the_exact_prior_state(store):
    _seed(store)
    before = dump(store)
    text = (
        HEADER
        + "Ada,Lovelace,Fabrikam,CTO,executive,,ada@f.example,+44 1,,met twice\n"
        + "Bo,Bauer,Contoso,Buyer,,,bo@c.example,,,\n"
        + "Cy,Clark,Contoso,,,,cy@c.example,,,\n"
    )
    result = commit_import(store, ImportSource.from_bytes(text.encode(), "c.csv"))
    assert (result.preview.new, result.preview.updated) == (1, 2)
    assert dump(store) != before
    assert result.batch is not None
    undo = store.imports.undo(result.batch.id)
    assert dump(store) == before
    assert (undo.deleted_contacts, undo.deleted_companies) == (1, 1)
    assert store.imports.get(result.batch.id).is_undone


@pytest.mark.parametrize(
    "name",
    ["vcard21_quoted_printable.vcf", "planner_accounts.csv", "outlook_utf16.csv"],
)
def test_undo_of_sample_imports(store, name):
    _seed(store)
    before = dump(store)
    result = commit_import(store, ImportSource.from_path(sample(name)))
    assert result.batch is not None
    store.imports.undo(result.batch.id)
    assert dump(store) == before


def test_undo_after_other_edits_spares_them(store):
    _, ada, _ = _seed(store)
    text = HEADER + "Ada,Lovelace,Fabrikam,CTO,,,ada@f.example,+44 1,,\nCy,Clark,Contoso,,,,,,,\n"
    result = commit_import(store, ImportSource.from_bytes(text.encode(), "c.csv"))
    assert result.batch is not None
    # The rep edits the imported phone, and logs a touch with the imported contact.
    ada_now = store.contacts.get(ada.id or 0)
    store.contacts.update(ada_now.replace(phone="+44 2"))
    cy = store.contacts.find("Cy Clark")
    contoso = store.companies.find("Contoso")
    store.touchpoints.add(TouchPoint(contoso.id or 0, date(2026, 11, 24), contact_id=cy.id))
    undo = store.imports.undo(result.batch.id)
    after = store.contacts.get(ada.id or 0)
    assert after.phone == "+44 2"  # edited since: kept
    assert after.title == ""  # still the imported value: restored
    assert store.contacts.find("Cy Clark").id == cy.id  # has history: kept
    assert store.companies.find("Contoso").id == contoso.id
    assert len(undo.kept) >= 2


def test_undo_twice_is_refused(store):
    result = commit_import(store, ImportSource.from_bytes((HEADER + "A,B,,,,,,,,\n").encode()))
    assert result.batch is not None
    store.imports.undo(result.batch.id)
    with pytest.raises(ValidationError, match="already been undone"):
        store.imports.undo(result.batch.id)


def test_batches_are_listed_newest_first(store):
    first = commit_import(store, ImportSource.from_bytes((HEADER + "A,B,,,,,,,,\n").encode(), "a"))
    second = commit_import(store, ImportSource.from_bytes((HEADER + "C,D,,,,,,,,\n").encode(), "b"))
    assert first.batch is not None
    assert second.batch is not None
    assert [b.id for b in store.imports.all()] == [second.batch.id, first.batch.id]
    assert store.imports.last_undoable() == second.batch
    assert second.batch.source == "b"
    assert (second.batch.new, second.batch.format) == (1, "planner")


def test_undo_of_an_older_batch_keeps_what_a_newer_one_built_on(store):
    one = commit_import(store, ImportSource.from_bytes((HEADER + "A,B,Fabrikam,,,,,,,\n").encode()))
    commit_import(store, ImportSource.from_bytes((HEADER + "C,D,Fabrikam,,,,,,,\n").encode()))
    assert one.batch is not None
    result = store.imports.undo(one.batch.id)
    assert result.deleted_contacts == 1
    assert result.deleted_companies == 0  # C D still works there
    assert [c.name for c in store.companies.all()] == ["Fabrikam"]
