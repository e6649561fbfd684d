"""Import matching: companies by normalised name, contacts by e-mail then name; fill only."""

from __future__ import annotations

import pytest

from planner.domain.model import Company, CompanyKind, Contact
from planner.domain.names import company_key
from planner.interchange.importer import ImportSource, RowAction, commit_import, plan_import

HEADER = "first_name,last_name,company,title,level,buying_role,email,phone,profile_url,notes\n"


def source(text: str, name: str = "contacts.csv") -> ImportSource:
    return ImportSource.from_bytes(text.encode(), name)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Fabrikam Inc.", "FABRIKAM, INC"),
        ("Fabrikam Inc.", "Fabrikam"),
        ("Contoso Ltd", "contoso limited"),
        ("Müller & Söhne GmbH", "Muller and Sohne"),
        ("The Phone Company", "Phone Company"),
        ("S.A.P. SE", "SAP"),
    ],
)
def test_company_keys_match(a, b):
    assert company_key(a) == company_key(b)


@pytest.mark.parametrize(("a", "b"), [("Fabrikam", "Fabrikan"), ("Contoso East", "Contoso")])
def test_different_companies_stay_apart(a, b):
    assert company_key(a) != company_key(b)


def test_contacts_join_existing_company_by_normalised_name(store):
    existing = store.companies.add(Company("Fabrikam Inc.", CompanyKind.CUSTOMER))
    text = HEADER + 'Ada,Lovelace,"FABRIKAM, INC",,,,ada@f.example,,,\nBo,Bauer,Fabrikam,,,,,,,\n'
    result = commit_import(store, source(text))
    assert result.preview.new == 2
    assert store.companies.count() == 1
    assert {c.company_id for c in store.contacts.all()} == {existing.id}
    assert store.companies.get(existing.id).kind is CompanyKind.CUSTOMER


def test_contact_import_creates_prospects(store):
    commit_import(store, source(HEADER + "Ada,Lovelace,Analytical Engines,,,,,,,\n"))
    (company,) = store.companies.all()
    assert company.kind is CompanyKind.PROSPECT
    assert store.contacts.employments(store.contacts.all()[0].id or 0)[0].company_id == company.id


def test_match_by_email_fills_empty_fields_only(store):
    company = store.companies.add(Company("Fabrikam"))
    ada = store.contacts.add(
        Contact("Ada", "Lovelace", company_id=company.id, email="ADA@f.example", title="CTO")
    )
    text = HEADER + "Ada,King,Fabrikam,Chief Scientist,,,ada@f.example,+44 1,,\n"
    preview = plan_import(store, source(text))
    (row,) = preview.rows
    assert row.action is RowAction.UPDATED
    assert row.fields == ("phone",)
    commit_import(store, source(text))
    after = store.contacts.get(ada.id or 0)
    assert (after.last_name, after.title, after.phone) == ("Lovelace", "CTO", "+44 1")


def test_overwrite_replaces_values(store):
    company = store.companies.add(Company("Fabrikam"))
    ada = store.contacts.add(
        Contact("Ada", "Lovelace", company_id=company.id, email="ada@f.example", title="CTO")
    )
    text = HEADER + "Ada,Lovelace,Fabrikam,Chief Scientist,,,ada@f.example,,,\n"
    commit_import(store, source(text), overwrite=True)
    assert store.contacts.get(ada.id or 0).title == "Chief Scientist"
    jobs = store.contacts.employments(ada.id or 0)
    assert [j.title for j in jobs] == ["Chief Scientist"]


def test_match_by_name_within_company(store):
    fab = store.companies.add(Company("Fabrikam"))
    other = store.companies.add(Company("Contoso"))
    ada = store.contacts.add(Contact("Ada", "Lovelace", company_id=fab.id))
    store.contacts.add(Contact("Ada", "Lovelace", company_id=other.id))
    text = HEADER + "ada,LOVELACE,Fabrikam Inc,,,,ada@f.example,,,\n"
    result = commit_import(store, source(text))
    assert result.preview.updated == 1
    assert store.contacts.count() == 2
    assert store.contacts.get(ada.id or 0).email == "ada@f.example"


def test_same_name_at_another_company_is_a_new_person(store):
    fab = store.companies.add(Company("Fabrikam"))
    store.contacts.add(Contact("Ada", "Lovelace", company_id=fab.id))
    result = commit_import(store, source(HEADER + "Ada,Lovelace,Contoso,,,,,,,\n"))
    assert result.preview.new == 1
    assert store.contacts.count() == 2


def test_contact_without_company_gets_one_filled(store):
    ada = store.contacts.add(Contact("Ada", "Lovelace"))
    result = commit_import(store, source(HEADER + "Ada,Lovelace,Fabrikam,,,,,,,\n"))
    assert result.preview.updated == 1
    (company,) = store.companies.all()
    assert store.contacts.get(ada.id or 0).company_id == company.id
    assert [j.company_id for j in store.contacts.employments(ada.id or 0)] == [company.id]


def test_no_orphan_company_when_contact_keeps_its_own(store):
    fab = store.companies.add(Company("Fabrikam"))
    store.contacts.add(Contact("Ada", "Lovelace", company_id=fab.id, email="ada@f.example"))
    result = commit_import(store, source(HEADER + "Ada,Lovelace,Contoso,,,,ada@f.example,,,\n"))
    assert result.preview.unchanged == 1
    assert [c.name for c in store.companies.all()] == ["Fabrikam"]


def test_duplicates_inside_one_file_become_one_record(store):
    text = (
        HEADER
        + "Ada,Lovelace,Fabrikam,,,,ada@f.example,,,\n"
        + "Ada,Lovelace,FABRIKAM INC,,,,ADA@F.EXAMPLE,+44 1,,\n"
    )
    preview = plan_import(store, source(text))
    assert [r.action for r in preview.rows] == [RowAction.NEW, RowAction.UPDATED]
    commit_import(store, source(text))
    (ada,) = store.contacts.all()
    assert ada.phone == "+44 1"
    assert store.companies.count() == 1


def test_accounts_fill_companies_created_by_a_contact_import(store):
    commit_import(store, source(HEADER + "Ada,Lovelace,Fabrikam,,,,,,,\n"))
    accounts = (
        "name,kind,industry,website,our_annual_revenue,estimated_annual_wallet,margin_percent,"
        "expected_deal_size,buying_timeframe,growth_potential,contract_start,contract_end,"
        "incumbent_competitors,notes\n"
        "Fabrikam Inc.,customer,Manufacturing,,1000,,,,,,,,Contoso;Litware,\n"
    )
    result = commit_import(store, source(accounts, "accounts.csv"))
    assert result.preview.updated == 1
    (fab,) = store.companies.all()
    assert fab.name == "Fabrikam"  # the existing spelling stays
    assert (fab.kind, fab.industry, fab.our_annual_revenue) == (
        CompanyKind.CUSTOMER,
        "Manufacturing",
        1000,
    )
    assert [c.name for c in fab.competitors] == ["Contoso", "Litware"]
    again = commit_import(store, source(accounts, "accounts.csv"))
    assert again.preview.unchanged == 1
    assert again.batch is None
