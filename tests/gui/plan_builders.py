"""Small hand-made plans for the GUI tests: three accounts, their people, touches and content."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import QLocale

from planner.domain.model import (
    BuyingRole,
    Channel,
    Company,
    CompanyKind,
    Competitor,
    Contact,
    ContactLevel,
    ContentItem,
    ContentKind,
    Status,
    TouchPoint,
)
from planner.storage import Store


@dataclass
class Plan:
    acme: Company
    globex: Company
    initech: Company
    ada: Contact
    bob: Contact
    cid: Contact
    dan: Contact
    paper: ContentItem
    letter: ContentItem


def small_plan(store: Store) -> Plan:
    """Acme (customer, 25 % share, contract to 31 Mar 2027, two competitors), Globex (dream
    client, no revenue yet), Initech (prospect, 50 % share, contract to 31 Dec 2026)."""
    with store.transaction():
        acme = store.companies.add(
            Company(
                name="Acme Corp",
                kind=CompanyKind.CUSTOMER,
                industry="Manufacturing",
                our_annual_revenue=100_000,
                estimated_annual_wallet=400_000,
                contract_start=date(2025, 4, 1),
                contract_end=date(2027, 3, 31),
                renewal_notice_days=90,
                margin_percent=30,
                competitors=(
                    Competitor("Rivalco", "Packaging", date(2027, 6, 30)),
                    Competitor("Other Ltd", "Logistics"),
                ),
            )
        )
        globex = store.companies.add(
            Company(
                name="Globex",
                kind=CompanyKind.DREAM_CLIENT,
                industry="Energy",
                estimated_annual_wallet=1_000_000,
            )
        )
        initech = store.companies.add(
            Company(
                name="Initech",
                kind=CompanyKind.PROSPECT,
                industry="Software",
                our_annual_revenue=50_000,
                estimated_annual_wallet=100_000,
                contract_end=date(2026, 12, 31),
            )
        )
        assert acme.id
        assert globex.id
        assert initech.id
        ada = store.contacts.add(
            Contact(
                "Ada",
                "Lovelace",
                company_id=acme.id,
                title="CEO",
                level=ContactLevel.EXECUTIVE,
                buying_role=BuyingRole.DECISION_MAKER,
                email="ada@acme.example",
            ),
            date(2020, 1, 1),
        )
        bob = store.contacts.add(
            Contact(
                "Bob",
                "Builder",
                company_id=acme.id,
                title="Purchasing manager",
                level=ContactLevel.MANAGER,
                buying_role=BuyingRole.INFLUENCER,
            ),
            date(2021, 5, 1),
        )
        cid = store.contacts.add(
            Contact(
                "Cid",
                "Coder",
                company_id=acme.id,
                title="Engineer",
                level=ContactLevel.PRACTITIONER,
                buying_role=BuyingRole.USER,
            ),
            date(2022, 2, 1),
        )
        dan = store.contacts.add(
            Contact(
                "Dan", "Driver", company_id=globex.id, title="COO", level=ContactLevel.EXECUTIVE
            )
        )
        assert ada.id
        assert bob.id
        store.touchpoints.add(
            TouchPoint(
                acme.id,
                date(2026, 11, 2),
                Channel.MEETING,
                contact_id=ada.id,
                status=Status.DONE,
                title="Quarterly review",
            )
        )
        store.touchpoints.add(
            TouchPoint(
                acme.id, date(2026, 12, 1), Channel.CALL, contact_id=bob.id, title="Check in"
            )
        )
        paper = store.content.add(
            ContentItem(
                "Cutting packaging waste",
                ContentKind.WHITE_PAPER,
                link="https://example.com/waste.pdf",
                topics=("packaging", "waste"),
                segment_kinds=(CompanyKind.CUSTOMER,),
                segment_levels=(ContactLevel.MANAGER,),
            )
        )
        letter = store.content.add(ContentItem("November newsletter", ContentKind.NEWSLETTER))
    return Plan(acme, globex, initech, ada, bob, cid, dan, paper, letter)


@pytest.fixture(autouse=True)
def english_numbers() -> Iterator[None]:
    """The tests read formatted cells; pin the locale so a German machine reads them alike."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def plan(store: Store) -> Plan:
    return small_plan(store)


def tree_rows(tree) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """The texts of a QTreeWidget's top-level rows, column by column."""
    return [
        [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
    ]
