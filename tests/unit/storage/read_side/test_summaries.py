"""Summaries for the record tables: in the order of the ids asked for, or all by name."""

from __future__ import annotations

from datetime import date, timedelta

from planner.domain.model import Competitor, Contact, Status
from planner.storage import Store
from planner.storage.read_side.summaries import company_summaries, contact_summaries

from ..books import add_company, add_touchpoint, id_of

TODAY = date(2026, 11, 23)


def test_company_summaries_follow_the_ids_and_skip_unknown_ones(store: Store) -> None:
    zeta, alpha = add_company(store, "Zeta"), add_company(store, "alpha")
    store.contacts.add(Contact("Ann", "Lee", company_id=zeta.id))
    add_touchpoint(store, zeta, TODAY - timedelta(days=4), status=Status.DONE)
    add_touchpoint(store, zeta, TODAY + timedelta(days=3))
    asked = company_summaries(store.db, [id_of(zeta), 999, id_of(alpha)])
    assert [s.company.name for s in asked] == ["Zeta", "alpha"]
    assert (asked[0].contacts, asked[0].last_touch, asked[0].next_touch) == (
        1,
        TODAY - timedelta(days=4),
        TODAY + timedelta(days=3),
    )
    assert (asked[1].contacts, asked[1].last_touch, asked[1].next_touch) == (0, None, None)
    assert [s.company.name for s in company_summaries(store.db)] == ["alpha", "Zeta"]


def test_company_summaries_carry_the_competitors(store: Store) -> None:
    acme = add_company(store, "Acme", competitors=(Competitor("Rival"),))
    [summary] = company_summaries(store.db, [id_of(acme)])
    assert [c.name for c in summary.company.competitors] == ["Rival"]


def test_contact_summaries_name_the_company_and_the_last_done_touch(store: Store) -> None:
    acme = add_company(store, "Acme")
    ann = store.contacts.add(Contact("Ann", "Lee", company_id=acme.id))
    bob = store.contacts.add(Contact("Bob", "Ames"))
    add_touchpoint(store, acme, TODAY - timedelta(days=2), contact_id=ann.id, status=Status.DONE)
    add_touchpoint(store, acme, TODAY + timedelta(days=2), contact_id=ann.id)
    asked = contact_summaries(store.db, [id_of(ann), id_of(bob)])
    assert [(s.contact.first_name, s.company_name) for s in asked] == [("Ann", "Acme"), ("Bob", "")]
    assert asked[0].last_touch == TODAY - timedelta(days=2)
    assert asked[1].last_touch is None
    assert [s.contact.last_name for s in contact_summaries(store.db)] == ["Ames", "Lee"]


def test_many_ids_are_read_in_chunks_in_order(store: Store) -> None:
    ids = [id_of(add_company(store, f"Co {i:04d}")) for i in range(1200)]
    wanted = list(reversed(ids))
    assert [id_of(s.company) for s in company_summaries(store.db, wanted)] == wanted
