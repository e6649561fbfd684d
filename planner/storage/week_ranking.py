"""Plain rows to rank a large book for a week's plan, and the part of it read in full."""

from __future__ import annotations

from collections.abc import Collection

from planner.domain.portfolio import BookStats, Portfolio
from planner.domain.week_scope import AccountFigures, WeekScope
from planner.storage.portfolio import HORIZON_DAYS, assemble
from planner.storage.store import Store
from planner.storage.week_portfolio import MOVED_SQL, RUNWAY_SQL, scope_params


def account_figures(store: Store, scope: WeekScope) -> list[AccountFigures]:
    """Every account's scoring figures, flagged where a runway or a job change can reach it.

    One pass over the accounts table and two small queries: no contact, touch-point or fact
    is read, so ranking a book of 20,000 accounts costs a few hundredths of a second.
    """
    params = scope_params(scope)
    db = store.db
    runway = {r[0] for r in db.execute(RUNWAY_SQL, params).fetchall()}
    moved = {r[0] for r in db.execute(MOVED_SQL, params).fetchall()}
    return [
        AccountFigures(
            cid,
            kind,
            growth,
            wallet,
            revenue,
            timeframe,
            margin,
            deal,
            health == "at_risk",
            cid in runway,
            cid in moved,
        )
        for (cid, kind, growth, wallet, revenue, timeframe, margin, deal, health) in db.execute(
            "SELECT id, kind, growth_potential, estimated_annual_wallet, our_annual_revenue, "
            "buying_timeframe, margin_percent, expected_deal_size, health FROM companies"
        ).fetchall()
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
