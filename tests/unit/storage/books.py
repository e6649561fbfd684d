"""A small book shared by the storage tests: one dream client with an executive and a manager."""

from __future__ import annotations

from planner.domain.model import Company, CompanyKind, Contact, ContactLevel
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
