"""The Qt-free nurture engine: one snapshot per revision, scores reused, old work superseded."""

from __future__ import annotations

from datetime import date

import pytest

from planner.domain.model import CompanyKind
from planner.domain.portfolio import Portfolio
from planner.nurture.engine import NurtureEngine, SupersededError
from planner.nurture.settings import NurtureSettings
from planner.nurture.week_plan import plan_week

from .helpers import NEXT_WEEK, TODAY, company, person


class Book:
    """A loader over a hand-built book that counts how often it was asked."""

    def __init__(self) -> None:
        self.settings = NurtureSettings()
        companies = (company(1, CompanyKind.CUSTOMER), company(2, CompanyKind.PROSPECT))
        contacts = (person(10, 1), person(20, 2))
        self.portfolio = Portfolio(today=TODAY, companies=companies, contacts=contacts)
        self.loads = 0

    def __call__(self, today: date) -> tuple[NurtureSettings, Portfolio]:
        self.loads += 1
        return self.settings, self.portfolio.replace(today=today)


def test_one_snapshot_per_revision_and_day() -> None:
    book = Book()
    engine = NurtureEngine(book)
    first = engine.snapshot(1, TODAY)
    assert engine.snapshot(1, TODAY) is first
    assert engine.current(1, TODAY) is first
    assert engine.current(2, TODAY) is None
    assert book.loads == 1
    second = engine.snapshot(2, TODAY)
    assert second is not first
    assert book.loads == 2


def test_scores_are_reused_while_accounts_and_settings_are_unchanged() -> None:
    book = Book()
    engine = NurtureEngine(book)
    first = engine.snapshot(1, TODAY)
    # A new touch-point (say) changes the revision but not what scores are made of.
    second = engine.snapshot(2, TODAY)
    assert engine.scorings == 1
    assert second.scores is first.scores
    book.portfolio = book.portfolio.replace(
        companies=(
            company(1, CompanyKind.CUSTOMER, our_annual_revenue=90000.0),
            *book.portfolio.companies[1:],
        )
    )
    engine.snapshot(3, TODAY)
    assert engine.scorings == 2
    book.settings = book.settings.replace(capacity_per_day=1)
    engine.snapshot(4, TODAY)
    assert engine.scorings == 3


def test_plan_is_the_week_plan_of_the_snapshot() -> None:
    book = Book()
    engine = NurtureEngine(book)
    snapshot = engine.snapshot(1, TODAY)
    plan = engine.plan(snapshot, NEXT_WEEK)
    expected = plan_week(book.portfolio, NEXT_WEEK, book.settings, TODAY)
    assert plan.week == NEXT_WEEK
    assert list(plan.suggestions) == expected
    assert expected
    assert set(plan.kinds) == {s.company_id for s in expected}


def test_work_for_an_older_revision_stops() -> None:
    book = Book()
    engine = NurtureEngine(book)
    snapshot = engine.snapshot(1, TODAY)
    engine.want(2)
    with pytest.raises(SupersededError):
        engine.plan(snapshot, NEXT_WEEK)
    with pytest.raises(SupersededError):
        engine.snapshot(1, date(2026, 11, 24))
    assert engine.snapshot(2, TODAY).revision == 2
