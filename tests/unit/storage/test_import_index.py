"""The import's lookups: accounts and contacts found by normalised keys in temporary tables."""

from __future__ import annotations

import pytest

from planner.domain.model import Company, CompanyKind, Contact
from planner.storage import Store
from planner.storage.import_index import MatchIndex


def _temp_tables(store: Store) -> list[str]:
    rows = store.db.execute("SELECT name FROM sqlite_temp_master WHERE type = 'table'")
    return [r[0] for r in rows.fetchall()]


@pytest.fixture
def plan(store: Store) -> Store:
    acme = store.companies.add(Company(name="ACME GmbH", kind=CompanyKind.CUSTOMER))
    store.contacts.add(Contact(first_name="Ann", last_name="Lee", company_id=acme.id))
    store.contacts.add(Contact(first_name="Ann", last_name="Lee", email="Ann@Other.de"))
    return store


def test_accounts_and_contacts_are_found_by_their_keys(plan: Store) -> None:
    with plan.transaction():
        index = MatchIndex(plan.db)
        acme = index.company_id("acme")
        assert acme is not None
        assert index.company_id("globex") is None
        assert index.company_values(acme)["name"] == "ACME GmbH"
        other = index.contact_by_email(" ann@other.DE ")
        assert other is not None
        assert index.contact_values(other)["company_id"] is None
        assert index.only_contact_at(acme, "ann lee") not in (None, other)
        assert index.only_contact_at(None, "ann lee") == other
        # Two people share the name: no guess.
        assert index.only_contact_named("ann lee") is None
        assert index.anyone_named("ann lee")
        assert not index.anyone_named("bo li")
        assert not index.company_created(acme)
        assert not index.contact_created(other)
        index.close()
    assert _temp_tables(plan) == []


def test_records_added_later_are_found_and_known_as_created(plan: Store) -> None:
    with plan.transaction():
        index = MatchIndex(plan.db)
        index.add_company(99, "Globex Inc.")
        index.add_contact(
            77, {"company_id": 99, "first_name": "Bo", "last_name": "Li", "email": "bo@g.de"}
        )
        assert index.company_id("globex") == 99
        assert index.company_created(99)
        assert index.contact_by_email("BO@g.de") == 77
        assert index.contact_created(77)
        assert index.only_contact_at(99, "bo li") == 77 == index.only_contact_named("bo li")
        index.close()


@pytest.mark.parametrize("nested", [False, True])
def test_a_dry_run_writes_shadows_that_leave_no_trace(plan: Store, nested: bool) -> None:
    before = plan.companies.count()

    def preview() -> None:
        with plan.imports.dry_run() as (index, writer):
            company_id = writer.create_company({"name": "Globex", "kind": "prospect"})
            assert company_id == index.last_company_before + 1
            assert index.company_values(company_id)["name"] == "Globex"
            acme = index.company_id("acme")
            assert acme is not None
            writer.update_company(acme, {"industry": ("", "Steel")})
            assert index.company_values(acme)["industry"] == "Steel"

    if nested:
        with plan.transaction():
            preview()
    else:
        preview()
    assert plan.companies.count() == before
    assert plan.companies.all()[0].industry == ""
    assert _temp_tables(plan) == []
    assert not plan.db.conn.in_transaction


def test_account_lookups_kept_in_memory_follow_the_accounts_added(plan, monkeypatch) -> None:
    from planner.storage import import_index

    monkeypatch.setattr(import_index, "_COMPANY_CACHE", 2)
    with plan.transaction():
        index = MatchIndex(plan.db)
        acme = index.company_id("acme")
        assert index.company_id("globex") is None  # remembered as missing...
        index.add_company(99, "Globex Inc.")
        assert index.company_id("globex") == 99  # ...until the import adds it
        index.add_company(100, "GLOBEX")  # the first account with the key stays
        assert index.company_id("globex") == 99
        for n in range(5):  # more keys than the memory holds: it starts afresh
            assert index.company_id(f"initech {n}") is None
        assert index.company_id("acme") == acme
        assert index.company_id("globex") == 99
        index.close()
