"""Merging duplicate contacts and accounts keeps every touch, job and content send."""

from __future__ import annotations

from datetime import date

import pytest

from planner.domain.errors import ValidationError
from planner.domain.model import (
    BuyingRole,
    Company,
    CompanyKind,
    Competitor,
    Contact,
    ContentItem,
    ContentSend,
    TouchPoint,
)
from planner.storage.merge import merge_companies, merge_contacts


@pytest.fixture
def world(store):
    fab = store.companies.add(
        Company("Fabrikam", CompanyKind.CUSTOMER, competitors=(Competitor("Contoso"),))
    )
    dup = store.companies.add(
        Company(
            "FABRIKAM, INC",
            industry="Manufacturing",
            notes="from the import",
            competitors=(Competitor("contoso"), Competitor("Litware", "paper")),
        )
    )
    ada = store.contacts.add(Contact("Ada", "Lovelace", company_id=fab.id, title="CTO"))
    ada2 = store.contacts.add(
        Contact(
            "Ada",
            "Lovelace",
            company_id=dup.id,
            email="ada@f.example",
            phone="+44 1",
            title="Chief Scientist",
            buying_role=BuyingRole.CHAMPION,
            notes="met at the fair",
        )
    )
    item = store.content.add(ContentItem("Guide"))
    tp1 = store.touchpoints.add(TouchPoint(fab.id or 0, date(2026, 11, 2), contact_id=ada.id))
    tp2 = store.touchpoints.add(TouchPoint(dup.id or 0, date(2026, 11, 9), contact_id=ada2.id))
    send = store.content.record_send(ContentSend(item.id or 0, ada2.id or 0, date(2026, 11, 9)))
    return fab, dup, ada, ada2, tp1, tp2, send


def test_contact_merge_keeps_history_and_fills_fields(store, world):
    fab, dup, ada, ada2, tp1, tp2, send = world
    result = merge_contacts(store, ada.id, ada2.id)
    assert store.contacts.count() == 1
    kept = store.contacts.get(ada.id)
    assert (kept.title, kept.email, kept.phone) == ("CTO", "ada@f.example", "+44 1")
    assert kept.buying_role is BuyingRole.CHAMPION
    assert kept.notes == "met at the fair"
    assert {e.touchpoint.id for e in store.touchpoints.for_contact(ada.id)} == {tp1.id, tp2.id}
    moved = store.touchpoints.get(tp2.id)
    assert moved.revision == tp2.revision + 1
    assert [s.id for s in store.content.sends_for_contact(ada.id)] == [send.id]
    jobs = store.contacts.employments(ada.id)
    assert sorted(j.company_id for j in jobs) == sorted([fab.id, dup.id])
    assert [j.end for j in jobs if j.company_id == dup.id] == [store.clock.today()]
    assert result.moved["touchpoints"] == 1
    assert "email" in result.filled


def test_company_merge_moves_everything(store, world):
    fab, dup, ada, ada2, tp1, tp2, send = world
    merge_companies(store, fab.id, dup.id)
    assert [c.name for c in store.companies.all()] == ["Fabrikam"]
    kept = store.companies.get(fab.id)
    assert kept.kind is CompanyKind.CUSTOMER
    assert kept.industry == "Manufacturing"
    assert kept.notes == "from the import"
    assert [(c.name, c.supplies) for c in kept.competitors] == [
        ("Contoso", ""),
        ("Litware", "paper"),
    ]
    assert {c.id for c in store.contacts.for_company(fab.id)} == {ada.id, ada2.id}
    assert {e.touchpoint.id for e in store.touchpoints.for_company(fab.id)} == {tp1.id, tp2.id}
    assert store.content.all_sends() == [send]
    assert {j.company_id for c in (ada, ada2) for j in store.contacts.employments(c.id)} == {fab.id}
    assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_merge_then_contact_merge_leaves_one_clean_record(store, world):
    fab, dup, ada, ada2, *_ = world
    merge_companies(store, fab.id, dup.id)
    merge_contacts(store, ada.id, ada2.id)
    jobs = store.contacts.employments(ada.id)
    assert [(j.company_id, j.end) for j in jobs] == [(fab.id, None)]
    assert len(store.touchpoints.for_contact(ada.id)) == 2


def test_merge_is_one_transaction(store, world):
    fab, _, ada, *_ = world
    with pytest.raises(ValidationError):
        merge_contacts(store, ada.id, 999)
    assert store.contacts.count() == 2
    with pytest.raises(ValidationError):
        merge_companies(store, fab.id, fab.id)
    assert store.companies.count() == 2
