"""Accounts in and out: every field, competitors, summaries, finding and searching them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from planner.domain.errors import AmbiguousError, NotFoundError, ValidationError
from planner.domain.model import (
    BuyingTimeframe,
    Company,
    CompanyKind,
    Competitor,
    Contact,
    GrowthPotential,
    RelationshipHealth,
    Status,
)
from planner.storage import Store

from .books import add_company, add_contact, add_touchpoint, id_of

TODAY = date(2026, 11, 23)  # the day the conftest clock reads


# Companies.

FULL_COMPANY = Company(
    name="Nordwind Logistik",
    kind=CompanyKind.CUSTOMER,
    industry="Logistics",
    website="https://nordwind.example",
    buying_timeframe=BuyingTimeframe.NEXT_QUARTER,
    margin_percent=22.5,
    expected_deal_size=180_000.0,
    growth_potential=GrowthPotential.HIGH,
    our_annual_revenue=40_000.0,
    estimated_annual_wallet=160_000.0,
    competitors=(
        Competitor("Zeta Freight", "Pallets", date(2027, 6, 30)),
        Competitor("Alpha Supplies", "Packaging"),
        Competitor("Mid Corp"),
    ),
    contract_start=date(2025, 1, 1),
    contract_end=date(2027, 12, 31),
    renewal_notice_days=90,
    health=RelationshipHealth.AT_RISK,
    health_reason="A competitor is circling",
    tier_override="A",
    notes="Met at the trade fair.",
)


def test_company_round_trips_every_field(store: Store) -> None:
    added = store.companies.add(FULL_COMPANY)
    assert added.id is not None
    assert store.companies.get(added.id) == added
    assert added == FULL_COMPANY.replace(id=added.id)


def test_competitors_keep_their_order_not_alphabetical(store: Store) -> None:
    added = store.companies.add(FULL_COMPANY)
    names = [c.name for c in store.companies.get(id_of(added)).competitors]
    assert names == ["Zeta Freight", "Alpha Supplies", "Mid Corp"]
    [listed] = store.companies.all()
    assert [c.name for c in listed.competitors] == names


def test_update_replaces_fields_and_competitors(store: Store) -> None:
    added = store.companies.add(FULL_COMPANY)
    changed = added.replace(
        name="Nordwind Group",
        kind=CompanyKind.FORMER_CUSTOMER,
        competitors=(Competitor("Mid Corp"), Competitor("New Rival", "Everything")),
        contract_end=None,
        margin_percent=None,
    )
    store.companies.update(changed)
    assert store.companies.get(id_of(added)) == changed


def test_competitors_of_one_company_do_not_leak_into_another(store: Store) -> None:
    a = add_company(store, "A", competitors=(Competitor("X"),))
    b = add_company(store, "B")
    assert store.companies.get(id_of(b)).competitors == ()
    assert store.companies.get(id_of(a)).competitors == (Competitor("X"),)


def test_company_name_is_stored_trimmed_and_returned_as_stored(store: Store) -> None:
    added = store.companies.add(Company("  Acme  "))
    assert added.name == "Acme"
    assert store.companies.get(id_of(added)) == added


@pytest.mark.parametrize("name", ["", "   "])
def test_a_company_needs_a_name(store: Store, name: str) -> None:
    with pytest.raises(ValidationError, match="name"):
        store.companies.add(Company(name))
    added = add_company(store)
    with pytest.raises(ValidationError, match="name"):
        store.companies.update(added.replace(name=name))
    assert store.companies.get(id_of(added)).name == "Acme"


def test_unknown_company_ids(store: Store) -> None:
    with pytest.raises(NotFoundError, match="42"):
        store.companies.get(42)
    with pytest.raises(NotFoundError):
        store.companies.update(Company("Ghost", id=42))
    with pytest.raises(NotFoundError):
        store.companies.delete(42)


def test_all_is_sorted_case_insensitively_and_delete_removes(store: Store) -> None:
    for name in ("beta", "Alpha", "gamma", "Delta"):
        add_company(store, name)
    assert [c.name for c in store.companies.all()] == ["Alpha", "beta", "Delta", "gamma"]
    assert store.companies.count() == 4
    beta = store.companies.find("beta")
    store.companies.delete(id_of(beta))
    assert store.companies.count() == 3
    with pytest.raises(NotFoundError):
        store.companies.get(id_of(beta))


def test_deleting_a_company_removes_its_competitors(store: Store) -> None:
    added = store.companies.add(FULL_COMPANY)
    store.companies.delete(id_of(added))
    assert store.db.execute("SELECT count(*) FROM competitors").fetchone()[0] == 0


# Company summaries.


def test_summaries_count_contacts_and_find_last_and_next_touch(store: Store) -> None:
    acme = add_company(store, "Acme")
    quiet = add_company(store, "Quiet Ltd")
    add_contact(store, acme, "Anna", "Schmidt")
    add_contact(store, acme, "Ben", "Meyer")
    add_contact(store, quiet, "Cleo")
    add_touchpoint(store, acme, TODAY - timedelta(days=30), status=Status.DONE)
    add_touchpoint(store, acme, TODAY - timedelta(days=7), status=Status.DONE)
    add_touchpoint(store, acme, TODAY - timedelta(days=3), status=Status.SKIPPED)  # not a touch
    # A cancelled touch-point is not the next touch either.
    add_touchpoint(store, acme, TODAY + timedelta(days=1), status=Status.CANCELLED)
    add_touchpoint(store, acme, TODAY + timedelta(days=14))
    add_touchpoint(store, acme, TODAY + timedelta(days=3))
    add_touchpoint(store, quiet, TODAY + timedelta(days=2), status=Status.DONE)  # other account
    summaries = {s.company.name: s for s in store.read.company_summaries()}
    assert summaries["Acme"].contacts == 2
    assert summaries["Acme"].last_touch == TODAY - timedelta(days=7)
    assert summaries["Acme"].next_touch == TODAY + timedelta(days=3)
    assert summaries["Acme"].company == store.companies.get(id_of(acme))
    assert summaries["Quiet Ltd"].contacts == 1
    assert summaries["Quiet Ltd"].last_touch == TODAY + timedelta(days=2)
    assert summaries["Quiet Ltd"].next_touch is None


def test_summary_of_an_untouched_company(store: Store) -> None:
    add_company(store, "New Co")
    [summary] = store.read.company_summaries()
    assert (summary.contacts, summary.last_touch, summary.next_touch) == (0, None, None)


def test_a_contact_who_moved_counts_at_the_new_company(store: Store) -> None:
    old = add_company(store, "Old")
    new = add_company(store, "New")
    anna = add_contact(store, old, "Anna")
    store.contacts.move(id_of(anna), id_of(new), TODAY)
    counts = {s.company.name: s.contacts for s in store.read.company_summaries()}
    assert counts == {"New": 1, "Old": 0}


# Finding and searching companies.


@pytest.fixture
def named(store: Store) -> Store:
    for name in ("Acme", "Acme Logistics", "Globex", "Initech GmbH", "Initech Inc"):
        add_company(store, name)
    return store


@pytest.mark.parametrize("text", ["acme", "ACME", "  Acme  ", "globex"])
def test_find_exact_name_case_insensitively(named: Store, text: str) -> None:
    assert named.companies.find(text).name.lower() == text.strip().lower()


def test_find_exact_beats_a_longer_name_containing_it(named: Store) -> None:
    assert named.companies.find("acme").name == "Acme"


def test_find_a_unique_part(named: Store) -> None:
    assert named.companies.find("logist").name == "Acme Logistics"
    assert named.companies.find("lobe").name == "Globex"


def test_find_ambiguous_lists_the_candidates(named: Store) -> None:
    with pytest.raises(AmbiguousError) as caught:
        named.companies.find("initech")
    message = str(caught.value)
    assert "Initech GmbH" in message
    assert "Initech Inc" in message
    assert "Acme" not in message


def test_find_two_exact_matches_is_ambiguous(store: Store) -> None:
    add_company(store, "Twin")
    add_company(store, "TWIN")
    with pytest.raises(AmbiguousError, match=r"Twin.*TWIN|TWIN.*Twin"):
        store.companies.find("twin")


def test_find_unknown(named: Store) -> None:
    with pytest.raises(NotFoundError, match="Umbrella"):
        named.companies.find("Umbrella")


def test_find_takes_wildcards_literally(named: Store) -> None:
    with pytest.raises(NotFoundError):
        named.companies.find("%")
    with pytest.raises(NotFoundError):
        named.companies.find("Acm_")


def test_search_escapes_percent_and_underscore(store: Store) -> None:
    add_company(store, "100% Organic")
    add_company(store, "1000 Organics")
    add_company(store, "snake_case Ltd")
    add_company(store, "snakeXcase Ltd")
    add_company(store, r"Back\slash Co")
    assert [h.text for h in store.companies.search("100%")] == ["100% Organic"]
    assert [h.text for h in store.companies.search("%")] == ["100% Organic"]
    assert [h.text for h in store.companies.search("e_c")] == ["snake_case Ltd"]
    assert [h.text for h in store.companies.search("_")] == ["snake_case Ltd"]
    assert [h.text for h in store.companies.search("\\")] == [r"Back\slash Co"]


def test_company_search_matches_industry_and_ranks_name_prefix_first(store: Store) -> None:
    add_company(store, "Zenith Foods", industry="Food")
    add_company(store, "Alpha Seafood", industry="Fishing")
    add_company(store, "Food Partners", industry="Retail")
    hits = store.companies.search("food")
    assert [h.text for h in hits] == ["Food Partners", "Alpha Seafood", "Zenith Foods"]
    assert {h.kind for h in hits} == {"company"}
    assert hits[0].detail == CompanyKind.PROSPECT.label
    assert len(store.companies.search("food", limit=2)) == 2


def test_names_match_with_unicode_case_folding(store: Store) -> None:
    company = store.companies.add(Company("Öko Bäckerei GmbH"))
    store.contacts.add(Contact("Jörg", "Müller", company_id=company.id))

    assert store.companies.find("öko bäckerei gmbh").id == company.id
    assert store.companies.find("BÄCKEREI").id == company.id
    assert store.contacts.find("JÖRG MÜLLER").full_name == "Jörg Müller"
    assert store.contacts.find("müller", company_id=company.id).full_name == "Jörg Müller"
