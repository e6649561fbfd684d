"""Ranking the book on plain rows plans the same week as planning the whole book."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import pytest

from planner.cli import main
from planner.cli.plan import load_settings
from planner.domain.timing import FixedClock
from planner.nurture import week_plan_rank
from planner.nurture.scoring import score_portfolio
from planner.nurture.week_plan import plan_week
from planner.nurture.week_plan_needs import collect_needs, merge
from planner.nurture.week_plan_rank import plan_week_on_book, priority_bounds
from planner.nurture.week_scope import week_scope
from planner.storage import Store
from planner.storage.portfolio import load_portfolio
from planner.storage.week_portfolio import book_stats
from planner.storage.week_ranking import StoreBook, account_figures

TODAY = date(2026, 11, 23)
NOW = time(9, 30)


def _demo(folder: Path, seed: int) -> Path:
    path = folder / "plan.db"
    argv = ["demo", "--db", str(path), "--today", TODAY.isoformat(), "--seed", str(seed)]
    assert main(argv) == 0
    return path


@pytest.fixture(scope="module", params=[0, 1])
def book(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _demo(tmp_path_factory.mktemp("rank"), request.param)


@pytest.fixture
def store(book: Path) -> Store:
    opened = Store.open(book, FixedClock.on(TODAY))
    yield opened  # type: ignore[misc]
    opened.close()


@pytest.mark.parametrize("first_read", [1, 5, None])
@pytest.mark.parametrize("weeks_ahead", [0, 1, 4, 9])
def test_the_ranked_plan_equals_the_plan_of_the_whole_book(
    store: Store, weeks_ahead: int, first_read: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if first_read is not None:
        # A small first read makes the planner read more, round after round.
        monkeypatch.setattr(week_plan_rank, "FIRST_READ_MIN", first_read)
        monkeypatch.setattr(week_plan_rank, "FIRST_READ_PER_PLACE", 0)
        monkeypatch.setattr(week_plan_rank, "GROWTH", 2)
    settings = load_settings(store)
    week = TODAY + timedelta(weeks=weeks_ahead)
    whole = plan_week(load_portfolio(store, TODAY), week, settings, TODAY, now=NOW)
    ranked, _part = plan_week_on_book(StoreBook(store), settings, TODAY, week, NOW)
    assert ranked == whole
    assert whole or weeks_ahead == 0


def test_a_busy_week_reads_only_the_best_accounts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(week_plan_rank, "FIRST_READ_MIN", 10)
    monkeypatch.setattr(week_plan_rank, "FIRST_READ_PER_PLACE", 1)
    # In this book a place a day goes to the top few of 40 accounts.
    store = Store.open(_demo(tmp_path, 0), FixedClock.on(TODAY))
    settings = load_settings(store).replace(capacity_per_day=1)
    week = TODAY + timedelta(weeks=9)
    whole = plan_week(load_portfolio(store, TODAY), week, settings, TODAY, now=NOW)
    ranked, part = plan_week_on_book(StoreBook(store), settings, TODAY, week, NOW)
    assert ranked == whole
    assert ranked
    assert len(part.companies) < len(store.companies.all())
    store.close()


@pytest.mark.parametrize("weeks_ahead", [0, 1, 4, 9, 26])
def test_no_need_is_above_its_accounts_bound(store: Store, weeks_ahead: int) -> None:
    settings = load_settings(store)
    week = TODAY + timedelta(weeks=weeks_ahead)
    portfolio = load_portfolio(store, TODAY)
    scores = score_portfolio(portfolio.companies, settings, portfolio.screenings)
    bounds = priority_bounds(
        account_figures(store, week_scope(settings, TODAY, week)),
        store.screenings.latest(),
        book_stats(store),
    )
    needs = merge(collect_needs(portfolio, scores, settings, week, week + timedelta(days=6)))
    assert needs
    assert [n for n in needs if n.priority >= bounds[n.company_id]] == []


def test_the_bounds_follow_the_scores(store: Store) -> None:
    """An account's bound is its score's part above a fixed base: the same value scoring has."""
    settings = load_settings(store)
    portfolio = load_portfolio(store, TODAY)
    scores = score_portfolio(portfolio.companies, settings, portfolio.screenings)
    figures = account_figures(store, week_scope(settings, TODAY, TODAY))
    bounds = priority_bounds(figures, store.screenings.latest(), book_stats(store))
    for f in figures:
        if f.moved:
            assert bounds[f.company_id] == float("inf")
            continue
        base = week_plan_rank.RUNWAY_BOUND if f.runway else week_plan_rank.PRIORITY_BOUND
        assert bounds[f.company_id] == pytest.approx(base + 100 * scores[f.company_id].value)
