"""The plain rows a week's plan ranks the book on, and the part of the book it reads."""

from __future__ import annotations

from datetime import date, timedelta

from planner.domain.model import Company, CompanyKind, Contact, GrowthPotential, TouchPoint
from planner.domain.portfolio import BookStats
from planner.nurture.settings import NurtureSettings
from planner.nurture.week_scope import week_scope
from planner.storage import Store
from planner.storage.week_ranking import account_figures, part_of_book

TODAY = date(2026, 11, 23)


def test_every_account_has_its_figures_and_what_can_reach_it(store: Store) -> None:
    with store.transaction():
        renewing = store.companies.add(
            Company(
                "Renewing",
                CompanyKind.CUSTOMER,
                growth_potential=GrowthPotential.HIGH,
                our_annual_revenue=50_000.0,
                estimated_annual_wallet=80_000.0,
                contract_end=TODAY + timedelta(days=40),
            )
        )
        quiet = store.companies.add(Company("Quiet", CompanyKind.PROSPECT, margin_percent=20.0))
        new_home = store.companies.add(Company("New home", CompanyKind.CUSTOMER))
        person = store.contacts.add(Contact("Ada", "Lovelace", company_id=quiet.id))
        assert person.id is not None
        assert new_home.id is not None
        store.contacts.move(person.id, new_home.id, TODAY - timedelta(days=3))
    scope = week_scope(NurtureSettings(), TODAY, TODAY)
    figures = {f.company_id: f for f in account_figures(store, scope)}
    assert set(figures) == {renewing.id, quiet.id, new_home.id}
    first = figures[renewing.id or 0]
    assert (first.kind, first.growth, first.revenue, first.wallet) == (
        "customer",
        "high",
        50_000.0,
        80_000.0,
    )
    assert first.runway
    assert not first.moved
    assert figures[quiet.id or 0].margin == 20.0
    assert not figures[quiet.id or 0].runway
    # Someone moved: both their old and their new account can be named by a job change.
    assert figures[quiet.id or 0].moved
    assert figures[new_home.id or 0].moved


def test_the_part_read_holds_the_accounts_asked_for_and_the_whole_week(store: Store) -> None:
    with store.transaction():
        asked = store.companies.add(Company("Asked"))
        other = store.companies.add(Company("Other"))
        assert asked.id is not None
        assert other.id is not None
        store.contacts.add(Contact("Ada", "Lovelace", company_id=asked.id))
        store.contacts.add(Contact("Bob", "Other", company_id=other.id))
        store.touchpoints.add(TouchPoint(other.id, TODAY + timedelta(days=1)))
        store.touchpoints.add(TouchPoint(other.id, TODAY + timedelta(days=30)))
    scope = week_scope(NurtureSettings(), TODAY, TODAY)
    book = BookStats(1.0, 2.0, None)
    part = part_of_book(store, scope, [asked.id], book)
    assert [c.name for c in part.companies] == ["Asked"]
    assert [c.first_name for c in part.contacts] == ["Ada"]
    # The other account's entry in the week uses up capacity; the later one is not read.
    assert [p.day for p in part.planned] == [TODAY + timedelta(days=1)]
    assert part.book == book
