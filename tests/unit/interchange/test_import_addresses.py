"""Work addresses from vCard, Google and Outlook become the account's; accounts.csv round-trips."""

from __future__ import annotations

from pathlib import Path

from planner.domain.model import Company, CompanyKind
from planner.interchange.csv_export import export_csv
from planner.interchange.detect import ImportFormat
from planner.interchange.importer import ImportSource, commit_import
from planner.storage import Store

from ._import_support import sample


def _address(company: Company) -> tuple[str, str, str, str, str]:
    return (company.street, company.postal_code, company.city, company.region, company.country)


def test_vcard_takes_the_work_address_not_the_home_one(store: Store) -> None:
    commit_import(store, ImportSource.from_path(sample("vcard30_addresses.vcf")))
    soieries = store.companies.find("Soieries du Rhône")
    assert _address(soieries) == (
        "27 quai Perrache, Bâtiment B",
        "69002",
        "Lyon",
        "Auvergne-Rhône-Alpes",
        "France",
    )
    alpen = store.companies.find("Alpen Logistik GmbH")
    assert _address(alpen) == ("Leopoldstraße 12", "80802", "München", "Bayern", "Deutschland")


def test_google_address_columns(store: Store) -> None:
    source = ImportSource.from_path(sample("google_contacts_addresses.csv"))
    assert source.format is ImportFormat.GOOGLE
    commit_import(store, source)
    gones = store.companies.find("Gones Imprimerie")
    assert _address(gones) == (
        "14 avenue Roger Salengro",
        "69100",
        "Villeurbanne",
        "Auvergne-Rhône-Alpes",
        "France",
    )
    assert _address(store.companies.find("Tessitura Lombarda")) == ("", "", "", "", "")


def test_outlook_takes_the_business_address(store: Store) -> None:
    source = ImportSource.from_path(sample("outlook_addresses.csv"))
    assert source.format is ImportFormat.OUTLOOK
    commit_import(store, source)
    chimie = store.companies.find("Chimie de Vienne")
    assert _address(chimie) == (
        "3 rue des Teinturiers",
        "38200",
        "Vienne",
        "Auvergne-Rhône-Alpes",
        "France",
    )


def test_a_contact_import_keeps_an_address_the_account_already_has(store: Store) -> None:
    store.companies.add(
        Company("Chimie de Vienne", CompanyKind.CUSTOMER, street="Zone Industrielle", city="Vienne")
    )
    commit_import(store, ImportSource.from_path(sample("outlook_addresses.csv")))
    chimie = store.companies.find("Chimie de Vienne")
    assert (chimie.street, chimie.postal_code) == ("Zone Industrielle", "")


def test_accounts_csv_round_trips_the_address(store: Store, tmp_path: Path, clock) -> None:
    store.companies.add(
        Company(
            "Soieries du Rhône",
            CompanyKind.CUSTOMER,
            street="27 quai Perrache",
            postal_code="69002",
            city="Lyon",
            region="Auvergne-Rhône-Alpes",
            country="France",
        )
    )
    export_csv(store, tmp_path)
    header = (tmp_path / "accounts.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.endswith("notes,street,postal_code,city,region,country")
    other = Store.memory(clock)
    try:
        commit_import(other, ImportSource.from_path(tmp_path / "accounts.csv"))
        assert _address(other.companies.find("Soieries du Rhône")) == (
            "27 quai Perrache",
            "69002",
            "Lyon",
            "Auvergne-Rhône-Alpes",
            "France",
        )
    finally:
        other.close()


def test_an_accounts_csv_without_address_columns_still_reads_as_accounts() -> None:
    source = ImportSource.from_path(sample("planner_accounts.csv"))
    assert (source.format, str(source.target)) == (ImportFormat.PLANNER, "accounts")
