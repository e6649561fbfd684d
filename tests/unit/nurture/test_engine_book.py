"""The engine's reads of a part of the book give what the whole book gives, without loading it."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from planner.cli import main
from planner.cli.plan import load_settings
from planner.domain.portfolio import Portfolio
from planner.domain.timing import FixedClock
from planner.nurture.cadence import company_dues
from planner.nurture.coverage import coverage_of
from planner.nurture.engine import NurtureEngine
from planner.nurture.settings import NurtureSettings
from planner.storage import Store
from planner.storage.portfolio import load_portfolio
from planner.storage.reader import consistent_read
from planner.storage.week_ranking import StoreBook

TODAY = date(2026, 11, 23)
NOW = time(9, 30)


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("engine-book") / "plan.db"
    assert main(["demo", "--db", str(path), "--today", TODAY.isoformat()]) == 0
    return path


@pytest.fixture
def store(book: Path) -> Store:
    opened = Store.open(book, FixedClock.on(TODAY))
    yield opened  # type: ignore[misc]
    opened.close()


def read_book(store: Store, today: date) -> tuple[NurtureSettings, Portfolio]:
    with consistent_read(store):
        return load_settings(store), load_portfolio(store, today)


@contextlib.contextmanager
def open_book(store: Store) -> Iterator[tuple[NurtureSettings, StoreBook]]:
    with consistent_read(store):
        yield load_settings(store), StoreBook(store)


class Counted:
    """The whole-book loader, counting its loads."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.loads = 0

    def __call__(self, today: date) -> tuple[NurtureSettings, Portfolio]:
        self.loads += 1
        return read_book(self.store, today)


@pytest.mark.parametrize("weeks_ahead", [0, 1, 4, 9])
def test_a_week_plan_read_in_part_equals_the_whole_books(store: Store, weeks_ahead: int) -> None:
    whole = NurtureEngine(lambda today: read_book(store, today))
    loader = Counted(store)
    part = NurtureEngine(loader, lambda: open_book(store))
    week = TODAY + timedelta(weeks=weeks_ahead)
    expected = whole.plan(whole.snapshot(1, TODAY), week, NOW)
    planned = part.week_plan(1, TODAY, week, NOW)
    assert planned.suggestions == expected.suggestions
    assert planned.kinds == expected.kinds
    assert planned.accepted == expected.accepted
    assert planned.settings == expected.settings
    assert planned.today == TODAY
    assert loader.loads == 0  # the whole book was never loaded


def test_an_account_read_alone_has_the_whole_books_score_dues_and_coverage(
    store: Store,
) -> None:
    whole = NurtureEngine(lambda today: read_book(store, today))
    loader = Counted(store)
    part = NurtureEngine(loader, lambda: open_book(store))
    snapshot = whole.snapshot(1, TODAY)
    settings = snapshot.settings
    for company in snapshot.portfolio.companies[:25]:
        assert company.id is not None
        alone = part.account(1, TODAY, company_id=company.id)
        assert alone is not None
        assert [c.id for c in alone.portfolio.companies] == [company.id]
        score = snapshot.scores[company.id]
        assert alone.scores[company.id] == score
        assert company_dues(alone.portfolio, score, settings, TODAY) == company_dues(
            snapshot.portfolio, score, settings, TODAY
        )
        assert coverage_of(alone.portfolio, score, settings, TODAY) == coverage_of(
            snapshot.portfolio, score, settings, TODAY
        )
    assert loader.loads == 0


def test_a_person_is_read_with_their_account(store: Store) -> None:
    part = NurtureEngine(Counted(store), lambda: open_book(store))
    contact = next(c for c in store.contacts.all() if c.company_id is not None)
    assert contact.id is not None
    alone = part.account(1, TODAY, contact_id=contact.id)
    assert alone is not None
    assert contact.id in alone.portfolio.contact_by_id
    assert part.account(1, TODAY, contact_id=10**9) is None
    assert part.account(1, TODAY, company_id=10**9) is None


class CountingBook(StoreBook):
    """The store's book, counting how often every account's row was read."""

    reads = 0

    def accounts(self):  # type: ignore[no-untyped-def]
        CountingBook.reads += 1
        return super().accounts()


def test_account_values_are_kept_until_an_account_changes(store: Store) -> None:
    @contextlib.contextmanager
    def counting() -> Iterator[tuple[NurtureSettings, StoreBook]]:
        with consistent_read(store):
            yield load_settings(store), CountingBook(store)

    CountingBook.reads = 0
    engine = NurtureEngine(Counted(store), counting)
    later = TODAY + timedelta(weeks=9)
    engine.week_plan(1, TODAY, later, NOW)
    engine.week_plan(2, TODAY, later + timedelta(weeks=1), NOW)
    assert CountingBook.reads == 1  # a new touch or another week: the values are kept
    # The best prospect of the week is worth nothing any more: the plan must follow at once.
    first = engine.week_plan(2, TODAY, later, NOW).suggestions[0].company_id
    with store.transaction():
        store.db.execute(
            "UPDATE companies SET expected_deal_size = 0, buying_timeframe = 'later', "
            "growth_potential = 'low', estimated_annual_wallet = NULL WHERE id = ?",
            [first],
        )
    engine.accounts_changed()
    planned = engine.week_plan(3, TODAY, later, NOW)
    assert CountingBook.reads == 2
    whole = NurtureEngine(lambda today: read_book(store, today))
    assert planned.suggestions == whole.plan(whole.snapshot(3, TODAY), later, NOW).suggestions
