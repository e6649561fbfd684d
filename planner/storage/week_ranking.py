"""Plain rows to rank a large book for a week's plan, and the part of it read in full."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date

from planner.domain.portfolio import BookStats, Portfolio
from planner.domain.screening import Screening
from planner.domain.week_scope import AccountFigures, WeekScope
from planner.storage.portfolio import HORIZON_DAYS, assemble
from planner.storage.store import Store
from planner.storage.week_portfolio import (
    MOVED_SQL,
    RUNWAY_SQL,
    book_stats,
    company_stats,
    scope_params,
    send_counts,
)


def account_rows(store: Store) -> list[AccountFigures]:
    """Every account's scoring figures as plain rows (not flagged: see `reach`).

    One pass over the accounts table: no contact, touch-point or fact is read.
    """
    return [
        AccountFigures(
            cid, kind, growth, wallet, revenue, timeframe, margin, deal, health == "at_risk"
        )
        for (
            cid,
            kind,
            growth,
            wallet,
            revenue,
            timeframe,
            margin,
            deal,
            health,
        ) in store.db.execute(
            "SELECT id, kind, growth_potential, estimated_annual_wallet, our_annual_revenue, "
            "buying_timeframe, margin_percent, expected_deal_size, health FROM companies"
        ).fetchall()
    ]


def reach(store: Store, scope: WeekScope) -> tuple[set[int], set[int]]:
    """The accounts a contract's runway can reach in the week, and those a job change can.

    Both are read through indexes (contract ends, job start and end days): a few rows.
    """
    params = scope_params(scope)
    db = store.db
    runway = {r[0] for r in db.execute(RUNWAY_SQL, params).fetchall()}
    moved = {r[0] for r in db.execute(MOVED_SQL, params).fetchall()}
    return runway, moved


def account_figures(store: Store, scope: WeekScope) -> list[AccountFigures]:
    """Every account's scoring figures, flagged where a runway or a job change can reach it."""
    runway, moved = reach(store, scope)
    return [
        f._replace(runway=f.company_id in runway, moved=f.company_id in moved)
        for f in account_rows(store)
    ]


def part_of_book(
    store: Store,
    scope: WeekScope,
    company_ids: Collection[int],
    book: BookStats,
    *,
    horizon_days: int = HORIZON_DAYS,
) -> Portfolio:
    """The accounts `company_ids` with their people, and the week's whole calendar.

    Every entry of the week is there (it uses up capacity); `book` carries the whole book's
    figures, which scores and content choice compare against.
    """
    return assemble(
        store,
        scope.today,
        horizon_days=horizon_days,
        company_ids=company_ids,
        extra_planned=(scope.week_start, scope.week_end),
        book=book,
    )


class StoreBook:
    """The book in a plan file, read as a week's ranked plan asks (nurture's `BookReader`)."""

    def __init__(self, store: Store, *, horizon_days: int = HORIZON_DAYS) -> None:
        self.store = store
        self.horizon_days = horizon_days

    def accounts(self) -> list[AccountFigures]:
        """Every account's scoring figures, not flagged (`account_rows`)."""
        return account_rows(self.store)

    def reach(self, scope: WeekScope) -> tuple[set[int], set[int]]:
        """The accounts a runway, and those a job change, can reach in the week (`reach`)."""
        return reach(self.store, scope)

    def screenings(self) -> Mapping[int, Screening]:
        """The latest screening of each account."""
        return self.store.screenings.latest()

    def company_stats(self) -> BookStats:
        """The whole book's account figures, without send counts (`company_stats`)."""
        return company_stats(self.store)

    def send_counts(self) -> dict[int, int]:
        """How many people have received each content item."""
        return send_counts(self.store)

    def book_stats(self) -> BookStats:
        """The whole book's figures (`book_stats`)."""
        return book_stats(self.store)

    def part(self, scope: WeekScope, company_ids: Collection[int], book: BookStats) -> Portfolio:
        """The accounts with their people and the week's whole calendar (`part_of_book`)."""
        return part_of_book(self.store, scope, company_ids, book, horizon_days=self.horizon_days)

    def account(self, today: date, company_id: int, book: BookStats) -> Portfolio:
        """One account with its people, their touches and its planned calendar."""
        return assemble(
            self.store, today, horizon_days=self.horizon_days, company_ids=(company_id,), book=book
        )

    def company_of(self, contact_id: int) -> int | None:
        """The account the person works at now (None: nowhere, or no such person)."""
        row = self.store.db.execute(
            "SELECT company_id FROM contacts WHERE id = ?", [contact_id]
        ).fetchone()
        return None if row is None or row[0] is None else int(row[0])
