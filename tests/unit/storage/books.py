"""A small book shared by the storage tests: one dream client with an executive and a manager."""

from __future__ import annotations

from datetime import date

from planner.domain.model import (
    Company,
    CompanyKind,
    Contact,
    ContactLevel,
    ContentItem,
    TouchPoint,
)
from planner.storage import Store


def small_book(store: Store) -> tuple[Company, Contact, Contact]:
    """Add Fabrikam with Ann (executive) and Bob (manager); return the three as stored."""
    fab = store.companies.add(
        Company("Fabrikam", CompanyKind.DREAM_CLIENT, margin_percent=35, industry="Food")
    )
    assert fab.id is not None
    ann = store.contacts.add(Contact("Ann", "Lee", company_id=fab.id, level=ContactLevel.EXECUTIVE))
    bob = store.contacts.add(Contact("Bob", "Ray", company_id=fab.id, level=ContactLevel.MANAGER))
    return fab, ann, bob


def add_company(store: Store, name: str = "Acme", **fields: object) -> Company:
    """Add a company with the given name and fields; return it as stored."""
    return store.companies.add(Company(name).replace(**fields))


def add_contact(store: Store, company: Company | None, first: str, last: str = "") -> Contact:
    """Add a contact at the company (or at none); return it as stored."""
    return store.contacts.add(
        Contact(first, last, company_id=None if company is None else company.id)
    )


def add_touchpoint(store: Store, company: Company, day: date, **fields: object) -> TouchPoint:
    """Add a touch-point with the company on the day; return it as stored."""
    assert company.id is not None
    return store.touchpoints.add(TouchPoint(company.id, day).replace(**fields))


def id_of(value: Company | Contact | TouchPoint | ContentItem) -> int:
    """The id of a stored record (a test failure if it has none)."""
    assert value.id is not None
    return value.id
