"""An import guesses a contact's level from the job title unless the file gives one."""

from __future__ import annotations

from planner.domain.model import Company, CompanyKind, Contact, ContactLevel
from planner.interchange.importer import ImportSource, commit_import, plan_import
from planner.storage import Store
from tests.unit.interchange._import_support import sample


def source(text: str, name: str = "contacts.csv") -> ImportSource:
    return ImportSource.from_bytes(text.encode("utf-8"), name)


def levels(store: Store) -> dict[str, ContactLevel]:
    return {c.full_name: c.level for c in store.contacts.all()}


def test_linkedin_titles_give_the_levels(store: Store) -> None:
    preview = plan_import(store, ImportSource.from_path(sample("linkedin_connections.csv")))
    shown = {row.label.split(" (")[0]: (row.level, row.level_guessed) for row in preview.rows}
    assert shown == {
        "Sofia Rossi": ("manager", True),
        "Liam Walsh": ("executive", True),
        "Mei Chen": ("executive", True),
    }
    commit_import(store, ImportSource.from_path(sample("linkedin_connections.csv")))
    assert levels(store) == {
        "Sofia Rossi": ContactLevel.MANAGER,
        "Liam Walsh": ContactLevel.EXECUTIVE,
        "Mei Chen": ContactLevel.EXECUTIVE,
    }


def test_german_titles_give_the_levels(store: Store) -> None:
    commit_import(
        store,
        source(
            "First Name,Last Name,Company,Job Title\n"
            "Jonas,Becker,Contoso GmbH,Geschäftsführer\n"
            "Lena,Wolf,Contoso GmbH,Teamleiterin Einkauf\n"
            "Paul,Koch,Contoso GmbH,Einkäufer\n"
        ),
    )
    assert levels(store) == {
        "Jonas Becker": ContactLevel.EXECUTIVE,
        "Lena Wolf": ContactLevel.MANAGER,
        "Paul Koch": ContactLevel.PRACTITIONER,
    }


def test_a_level_column_wins_over_the_title(store: Store) -> None:
    text = (
        "First Name,Last Name,Company,Job Title,Level\n"
        "Liam,Walsh,Tailspin,VP Sales,practitioner\n"
        "Mei,Chen,Tailspin,Buyer,\n"
    )
    preview = plan_import(store, source(text))
    assert [(r.level, r.level_guessed) for r in preview.rows] == [
        ("practitioner", False),
        ("practitioner", True),
    ]
    commit_import(store, source(text))
    assert levels(store)["Liam Walsh"] is ContactLevel.PRACTITIONER


def test_a_guess_never_replaces_a_level_someone_chose(store: Store) -> None:
    company = store.companies.add(Company(name="Tailspin", kind=CompanyKind.CUSTOMER))
    store.contacts.add(
        Contact(
            first_name="Liam",
            last_name="Walsh",
            company_id=company.id,
            level=ContactLevel.MANAGER,
            email="liam@tailspin.example",
        )
    )
    text = (
        "First Name,Last Name,Company,Email,Job Title\n"
        "Liam,Walsh,Tailspin,liam@tailspin.example,VP Sales\n"
    )
    preview = plan_import(store, source(text))
    assert [(r.level, r.level_guessed) for r in preview.rows] == [("manager", False)]
    commit_import(store, source(text), overwrite=True)
    assert levels(store)["Liam Walsh"] is ContactLevel.MANAGER
