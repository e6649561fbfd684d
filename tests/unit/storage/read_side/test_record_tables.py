"""The accounts and contacts tables' rows, sorted and filtered in SQL."""

from __future__ import annotations

from planner.domain.model import Company, CompanyKind, Contact
from planner.storage import Store
from planner.storage.read_side.record_tables import TableQuery


def _names(store: Store, query: TableQuery) -> list[str]:
    return [s.company.name for s in store.read.company_summaries(store.read.company_ids(query))]


def _people(store: Store, query: TableQuery) -> list[str]:
    rows = store.read.contact_summaries(store.read.contact_ids(query))
    return [s.contact.full_name for s in rows]


def _book(store: Store) -> None:
    with store.transaction():
        acme = store.companies.add(
            Company(
                "Acme Corp",
                CompanyKind.CUSTOMER,
                industry="Software",
                our_annual_revenue=100,
                estimated_annual_wallet=400,
            )
        )
        store.companies.add(Company("globex", CompanyKind.DREAM_CLIENT, industry="Chemicals"))
        store.companies.add(
            Company(
                "Öko Bäckerei",
                CompanyKind.PROSPECT,
                industry="Bakery",
                our_annual_revenue=50,
                estimated_annual_wallet=100,
            )
        )
        store.contacts.add(Contact("Ada", "Lovelace", company_id=acme.id, email="ada@acme.test"))
        store.contacts.add(Contact("Bob", "Builder", title="Site manager"))


def test_sorted_by_name_case_blind_and_by_share_of_wallet(store: Store) -> None:
    _book(store)
    assert _names(store, TableQuery()) == ["Acme Corp", "globex", "Öko Bäckerei"]
    by_share = TableQuery(sort="share", descending=True)
    assert _names(store, by_share) == ["Öko Bäckerei", "Acme Corp", "globex"]  # unknown last


def test_an_enum_column_sorts_in_the_order_given(store: Store) -> None:
    _book(store)
    order = ("prospect", "dream_client", "customer", "former_customer")
    query = TableQuery(sort="kind", value_order=order)
    assert _names(store, query) == ["Öko Bäckerei", "globex", "Acme Corp"]


def test_every_word_must_match_any_indexed_column(store: Store) -> None:
    _book(store)
    assert _names(store, TableQuery(words=("soft",))) == ["Acme Corp"]
    assert _names(store, TableQuery(words=("bäck",))) == ["Öko Bäckerei"]  # any part, folded
    assert _names(store, TableQuery(words=("ac", "corp"))) == ["Acme Corp"]  # a short word too
    assert _names(store, TableQuery(words=("acme", "bakery"))) == []
    assert _names(store, TableQuery(kind="dream_client")) == ["globex"]


def test_contacts_match_their_own_fields_or_their_company(store: Store) -> None:
    _book(store)
    assert _people(store, TableQuery()) == ["Bob Builder", "Ada Lovelace"]
    assert _people(store, TableQuery(words=("acme",))) == ["Ada Lovelace"]  # company name
    assert _people(store, TableQuery(words=("manager",))) == ["Bob Builder"]
    assert _people(store, TableQuery(sort="company")) == ["Bob Builder", "Ada Lovelace"]


def test_the_search_index_follows_renames_and_deletes(store: Store) -> None:
    _book(store)
    acme = store.companies.find("Acme Corp")
    store.companies.update(acme.replace(name="Initech"))
    assert _names(store, TableQuery(words=("acme",))) == []
    assert _names(store, TableQuery(words=("initech",))) == ["Initech"]
    assert acme.id is not None
    store.delete_company(acme.id)
    assert _names(store, TableQuery(words=("initech",))) == []
    assert _people(store, TableQuery(words=("ada",))) == []
