"""Helpers shared by the import tests: the sample corpus and a full dump of a plan."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from planner.storage import Store

CORPUS = Path(__file__).resolve().parents[2] / "data" / "import"


def sample(name: str) -> Path:
    path = CORPUS / name
    assert path.exists(), path
    return path


def dump(store: Store) -> dict[str, Any]:
    """Everything the repositories can read, for comparing a plan before and after."""
    contacts = store.contacts.all()
    return {
        "companies": sorted(store.companies.all(), key=lambda c: c.id or 0),
        "contacts": sorted(contacts, key=lambda c: c.id or 0),
        "employments": sorted(
            (job for c in contacts if c.id is not None for job in store.contacts.employments(c.id)),
            key=lambda j: j.id or 0,
        ),
        "touchpoints": sorted(store.touchpoints.all(), key=lambda t: t.id or 0),
        "content": store.content.all(),
        "sends": sorted(store.content.all_sends(), key=lambda s: s.id or 0),
    }


def people(store: Store) -> set[tuple[str, str, str, str, str]]:
    """(first, last, company, e-mail, phone) of every contact."""
    return {
        (
            s.contact.first_name,
            s.contact.last_name,
            s.company_name,
            s.contact.email,
            s.contact.phone,
        )
        for s in store.read.contact_summaries()
    }
