"""A week's plan from the accounts that can come due equals the plan from the whole book."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from planner.cli import main
from planner.cli.plan import load_settings
from planner.domain.model import Channel, Status, TouchPoint
from planner.domain.timing import FixedClock
from planner.nurture.week_plan import plan_week
from planner.nurture.week_scope import week_scope
from planner.storage import Store
from planner.storage.portfolio import load_portfolio
from planner.storage.week_portfolio import candidates, load_week_portfolio

TODAY = date(2026, 11, 23)


def _touch_recently(store: Store) -> None:
    """Recent touches with everyone at most accounts, so that they cannot come due, and with
    all but one person (whose level was touched) at some: only lost touch fires there."""
    rows = []
    for n, company in enumerate(store.companies.all()):
        if n % 8 == 7 or company.id is None:
            continue
        people = store.contacts.for_company(company.id)
        if n % 8 == 6:
            shared = [p for p in people if sum(q.level is p.level for q in people) > 1]
            people = [p for p in people if not shared or p.id != shared[0].id]
        rows += [
            TouchPoint(
                company.id,
                TODAY - timedelta(days=1),
                Channel.CALL,
                contact_id=p.id,
                status=Status.DONE,
            )
            for p in people
        ]
        rows.append(TouchPoint(company.id, TODAY - timedelta(days=1), status=Status.DONE))
        if n % 8 != 0:
            # No contract ending soon either: no runway can start.
            store.companies.update(
                company.replace(
                    contract_end=None,
                    competitors=tuple(
                        dataclasses.replace(c, contract_end=None) for c in company.competitors
                    ),
                )
            )
    store.touchpoints.add_many(rows)


@pytest.fixture(scope="module", params=[0, 1, 2])
def book(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("week") / "plan.db"
    assert (
        main(
            ["demo", "--db", str(path), "--today", TODAY.isoformat(), "--seed", str(request.param)]
        )
        == 0
    )
    store = Store.open(path, FixedClock.on(TODAY))
    _touch_recently(store)
    store.close()
    return path


@pytest.mark.parametrize("weeks_ahead", [0, 1, 3, 6])
def test_the_narrowed_load_plans_the_same_week(book: Path, weeks_ahead: int) -> None:
    store = Store.open(book, FixedClock.on(TODAY))
    try:
        settings = load_settings(store)
        week = TODAY + timedelta(weeks=weeks_ahead)
        scope = week_scope(settings, TODAY, week)
        full = plan_week(load_portfolio(store, TODAY), week, settings, TODAY)
        loaded = load_week_portfolio(store, scope)
        narrow = plan_week(loaded, week, settings, TODAY)
        assert narrow == full
        assert full
        if weeks_ahead == 0:
            # The recently touched accounts were left out (the test would prove nothing else).
            assert loaded.book is not None
            assert len(loaded.companies) == len(candidates(store, scope))
            assert len(loaded.companies) < len(store.companies.all())
    finally:
        store.close()


def test_a_full_week_loads_no_accounts(book: Path, tmp_path: Path) -> None:
    path = tmp_path / "full.db"
    shutil.copyfile(book, path)
    store = Store.open(path, FixedClock.on(TODAY))
    try:
        settings = load_settings(store).replace(capacity_per_day=1)
        week = TODAY + timedelta(weeks=1)
        scope = week_scope(settings, TODAY, week)
        company = store.companies.all()[0].id or 0
        store.touchpoints.add_many([TouchPoint(company, day) for day in scope.days])
        assert plan_week(load_portfolio(store, TODAY), week, settings, TODAY) == []
        portfolio = load_week_portfolio(store, scope)
        assert portfolio.companies == ()
        assert plan_week(portfolio, week, settings, TODAY) == []
    finally:
        store.close()
