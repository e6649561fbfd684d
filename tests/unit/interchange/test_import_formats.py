"""Every sample file imports to the expected companies and contacts, detected from its content."""

from __future__ import annotations

import pytest

from planner.domain.model import BuyingRole, CompanyKind, ContactLevel
from planner.interchange.detect import ImportFormat
from planner.interchange.importer import ImportSource, commit_import, plan_import

from ._import_support import people, sample

CASES = {
    "vcard21_quoted_printable.vcf": (
        ImportFormat.VCARD,
        {"Bäckerei Schmitz GmbH", "Fabrikam Inc."},
        {
            (
                "Jürgen",
                "Müller",
                "Bäckerei Schmitz GmbH",
                "juergen.mueller@baeckerei-schmitz.example",
                "+49 170 555 0101",
            ),
            (
                "Anna",
                "Schmidt",
                "Fabrikam Inc.",
                "anna.schmidt@fabrikam.example",
                "+49 30 555 0199",
            ),
        },
    ),
    "vcard30_google.vcf": (
        ImportFormat.VCARD,
        {"Contoso Ltd", "FABRIKAM, INC"},
        {
            ("Priya", "Raman", "Contoso Ltd", "priya.raman@contoso.example", "+44 7700 900123"),
            ("Tom", "O'Neil", "FABRIKAM, INC", "tom.oneil@fabrikam.example", ""),
        },
    ),
    "vcard30_apple_groups.vcf": (
        ImportFormat.VCARD,
        {"Northwind Traders"},
        {("Kenji", "Nakamura", "Northwind Traders", "kenji@northwind.example", "+81 3 5555 0123")},
    ),
    "vcard40_android.vcf": (
        ImportFormat.VCARD,
        {"Adventure Works S.A."},
        {
            (
                "Ana",
                "Lima",
                "Adventure Works S.A.",
                "ana.lima@adventure-works.example",
                "+55-11-5555-0199",
            ),
            ("Bruno", "Costa", "", "", "+55-21-5555-0142"),
        },
    ),
    "linkedin_connections.csv": (
        ImportFormat.LINKEDIN,
        {"Fabrikam", "Tailspin Toys Ltd.", "Wide World Importers, LLC"},
        {
            ("Sofia", "Rossi", "Fabrikam", "", ""),
            ("Liam", "Walsh", "Tailspin Toys Ltd.", "liam.walsh@tailspin.example", ""),
            ("Mei", "Chen", "Wide World Importers, LLC", "", ""),
        },
    ),
    "google_contacts_current.csv": (
        ImportFormat.GOOGLE,
        {"Contoso Ltd.", "Litware Inc"},
        {
            ("Olivia", "Brown", "Contoso Ltd.", "olivia.brown@contoso.example", "+44 7700 900456"),
            ("Raj", "Patel", "Litware Inc", "raj.patel@litware.example", "+1 425 555 0111"),
        },
    ),
    "google_contacts_legacy.csv": (
        ImportFormat.GOOGLE,
        {"Proseware GmbH"},
        {
            (
                "Hannah",
                "Becker",
                "Proseware GmbH",
                "hannah.becker@proseware.example",
                "+49 89 555 0177",
            )
        },
    ),
    "outlook_com.csv": (
        ImportFormat.OUTLOOK,
        {"Fourth Coffee"},
        {
            (
                "David",
                "Miller",
                "Fourth Coffee",
                "david.miller@fourthcoffee.example",
                "+1 206 555 0140",
            )
        },
    ),
    "outlook_desktop_cp1252.csv": (
        ImportFormat.OUTLOOK,
        {"Café Lumière SARL", "Fabrikam, Inc."},
        {
            (
                "Amélie",
                "Dupré",
                "Café Lumière SARL",
                "amelie.dupre@cafe-lumiere.example",
                "+33 1 55 55 01 23",
            ),
            ("Jörg", "Weiß", "Fabrikam, Inc.", "", "+49 151 5550 0123"),
        },
    ),
    "outlook_utf16.csv": (
        ImportFormat.OUTLOOK,
        {"Coho Winery", "Tailspin Toys, Ltd"},
        {
            (
                "Zoë",
                "Ångström",
                "Coho Winery",
                "zoe.angstrom@cohowinery.example",
                "+46 70 555 01 01",
            ),
            ("Yusuf", "Demir", "Tailspin Toys, Ltd", "yusuf.demir@tailspin.example", ""),
        },
    ),
    "hubspot_contacts.csv": (
        ImportFormat.CSV,
        {"Margie's Travel", "LITWARE, INC."},
        {
            ("Grace", "Kim", "Margie's Travel", "grace.kim@margie.example", "+1 312 555 0170"),
            ("Omar", "Haddad", "LITWARE, INC.", "omar.haddad@litware.example", ""),
        },
    ),
    "planner_contacts.csv": (
        ImportFormat.PLANNER,
        {"FABRIKAM", "Northwind Traders"},
        {
            ("Anna", "Schmidt", "FABRIKAM", "anna.schmidt@fabrikam.example", "+49 30 555 0199"),
            ("Ken", "Adams", "Northwind Traders", "ken.adams@northwind.example", ""),
        },
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_sample_imports_to_expected_records(store, name):
    fmt, companies, contacts = CASES[name]
    source = ImportSource.from_path(sample(name))
    assert source.format is fmt
    result = commit_import(store, source)
    assert {c.name for c in store.companies.all()} == companies
    assert people(store) == contacts
    assert result.preview.new == len(contacts)
    assert result.batch is not None
    assert all(c.kind is CompanyKind.PROSPECT for c in store.companies.all())


@pytest.mark.parametrize("name", sorted(CASES))
def test_reimport_creates_nothing(store, name):
    commit_import(store, ImportSource.from_path(sample(name)))
    before = (store.companies.count(), store.contacts.count(), people(store))
    again = commit_import(store, ImportSource.from_path(sample(name)))
    assert (again.preview.new, again.preview.updated) == (0, 0)
    assert again.preview.unchanged == before[1]
    assert again.batch is None
    assert (store.companies.count(), store.contacts.count(), people(store)) == before


@pytest.mark.parametrize("name", sorted(CASES))
def test_format_can_be_chosen_by_hand(store, name):
    fmt = CASES[name][0]
    assert ImportSource.from_path(sample(name), fmt).format is fmt


def test_encodings_are_reported():
    assert ImportSource.from_path(sample("outlook_utf16.csv")).encoding == "utf-16"
    assert ImportSource.from_path(sample("outlook_desktop_cp1252.csv")).encoding == "cp1252"
    assert ImportSource.from_path(sample("linkedin_connections.csv")).encoding == "utf-8-sig"


def test_linkedin_header_found_after_preamble_and_bom():
    source = ImportSource.from_path(sample("linkedin_connections.csv"))
    assert source.table is not None
    assert source.table.header_line == 4
    assert source.headers[0] == "First Name"
    assert [r.line for r in source.rows()] == [5, 6, 7]


def test_vcard_details(store):
    commit_import(store, ImportSource.from_path(sample("vcard30_apple_groups.vcf")))
    (kenji,) = store.contacts.all()
    assert kenji.profile_url == "https://www.linkedin.com/in/kenji-nakamura-example"
    assert kenji.title == "CFO"
    store2_source = ImportSource.from_path(sample("vcard21_quoted_printable.vcf"))
    juergen = next(r.value for r in store2_source.rows() if r.value and r.label.startswith("J"))
    assert juergen.notes == ("Trifft Entscheidungen für drei Standorte; möchte Angebote per Post.")
    google = ImportSource.from_path(sample("vcard30_google.vcf")).rows()[0].value
    assert google is not None
    assert (
        google.notes == "Met at the Leeds trade fair, wants a demo in Q1.\nPrefers calls after 3pm."
    )


def test_apple_company_card_is_reported_not_imported():
    rows = ImportSource.from_path(sample("vcard30_apple_groups.vcf")).rows()
    assert rows[1].value is None
    assert "company" in rows[1].reason
    assert rows[1].record == 2


def test_google_multi_values_take_the_first(store):
    commit_import(store, ImportSource.from_path(sample("google_contacts_current.csv")))
    olivia = store.contacts.find("Olivia Brown")
    assert olivia.email == "olivia.brown@contoso.example"
    assert olivia.phone == "+44 7700 900456"
    assert olivia.title == "Procurement Manager"


def test_outlook_title_is_not_the_salutation(store):
    commit_import(store, ImportSource.from_path(sample("outlook_com.csv")))
    assert store.contacts.find("David Miller").title == "Facilities Director"


def test_planner_accounts(store):
    source = ImportSource.from_path(sample("planner_accounts.csv"))
    assert (source.format, str(source.target)) == (ImportFormat.PLANNER, "accounts")
    commit_import(store, source)
    fabrikam = store.companies.find("Fabrikam Inc.")
    assert fabrikam.kind is CompanyKind.CUSTOMER
    assert fabrikam.our_annual_revenue == 120000
    assert fabrikam.margin_percent == 22.5
    assert [c.name for c in fabrikam.competitors] == ["Contoso Supplies", "Litware"]
    assert str(fabrikam.contract_end) == "2027-03-31"
    assert fabrikam.notes == "Key account; renewal in 2027"
    # The export's formula guard is taken off again on the way in.
    assert store.companies.find("Tailspin Toys Ltd.").notes == '=HYPERLINK("http://evil.example")'


def test_planner_contacts_keep_level_and_role(store):
    commit_import(store, ImportSource.from_path(sample("planner_contacts.csv")))
    anna = store.contacts.find("Anna Schmidt")
    assert anna.level is ContactLevel.EXECUTIVE
    assert anna.buying_role is BuyingRole.DECISION_MAKER
    assert anna.phone == "+49 30 555 0199"


def test_generic_mapping_is_editable(store):
    source = ImportSource.from_path(sample("hubspot_contacts.csv"))
    assert source.mapping is not None
    assert source.mapping.column("company") == "Associated Company"
    assert source.mapping.column("email") == "Email"
    source.use_mapping(source.mapping.with_column("notes", "Lifecycle Stage"))
    preview = plan_import(store, source)
    assert preview.new == 2
    commit_import(store, source)
    assert store.contacts.find("Grace Kim").notes == "Lead"


def test_mapping_without_a_name_makes_rows_invalid(store):
    source = ImportSource.from_path(sample("hubspot_contacts.csv"))
    assert source.mapping is not None
    mapping = source.mapping.with_column("first_name", None).with_column("last_name", None)
    source.use_mapping(mapping)
    preview = plan_import(store, source)
    assert preview.new == 0
    assert len(preview.invalid) == 2
    assert "first name" in preview.invalid[0].reason
