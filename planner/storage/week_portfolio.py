"""Loading for a week's plan only the accounts that can come due in it, from the touch facts."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

from planner.domain.portfolio import BookStats, Portfolio
from planner.domain.week_scope import WeekScope
from planner.storage.portfolio import HORIZON_DAYS, assemble
from planner.storage.rows import d2s
from planner.storage.store import Store

# Working-day shifts move a due date by a few days at most; a margin keeps the bounds safe.
_MARGIN_DAYS = 7


def _ids(store: Store, sql: str, params: dict[str, Any]) -> set[int]:
    return {int(r[0]) for r in store.db.execute(sql, params).fetchall() if r[0] is not None}


def week_room(store: Store, scope: WeekScope) -> int:
    """Free places in the week's working days, counting what is on the calendar."""
    if not scope.days:
        return 0
    loads = dict(
        store.db.execute(
            "SELECT day, count(*) FROM touchpoints WHERE status IN ('planned', 'done') "
            "AND day BETWEEN ? AND ? GROUP BY day",
            [d2s(scope.days[0]), d2s(scope.days[-1])],
        ).fetchall()
    )
    return sum(max(0, scope.capacity_per_day - loads.get(d2s(d), 0)) for d in scope.days)


# Runways to their own or a competitor's contract end.
RUNWAY_SQL = (
    "SELECT id FROM companies WHERE contract_end > :today AND contract_end <= :runway "
    "UNION SELECT company_id FROM competitors "
    "WHERE contract_end > :today AND contract_end <= :runway"
)
# Job changes: every account of someone who moved lately.
MOVED_SQL = (
    "SELECT e.company_id FROM employments e WHERE e.contact_id IN ("
    'SELECT contact_id FROM employments WHERE start BETWEEN :moved AND :end OR "end" '
    "BETWEEN :moved AND :end) "
    "UNION SELECT p.company_id FROM contacts p WHERE p.id IN ("
    'SELECT contact_id FROM employments WHERE start BETWEEN :moved AND :end OR "end" '
    "BETWEEN :moved AND :end)"
)


def scope_params(scope: WeekScope) -> dict[str, Any]:
    """The week's bounds as the named parameters of the queries here."""
    end = scope.week_end
    cadence = {k: d2s(end - timedelta(days=v)) for k, v in scope.cadence_days.items()}
    return {
        "account": cadence[None],
        "executive": cadence["executive"],
        "manager": cadence["manager"],
        "practitioner": cadence["practitioner"],
        "lost": d2s(end - timedelta(days=scope.lost_touch_days)),
        "today": d2s(scope.today),
        "runway": d2s(end + timedelta(days=scope.runway_days + _MARGIN_DAYS)),
        "moved": d2s(end - timedelta(days=scope.job_change_days + _MARGIN_DAYS)),
        "end": d2s(end),
        "small": scope.small_account_revenue,
    }


def candidates(store: Store, scope: WeekScope) -> set[int]:
    """The accounts for which some rule can fire in the week (a superset, never fewer)."""
    params = scope_params(scope)
    found = _ids(
        store,
        # Cadence of the account as a whole.
        "SELECT c.id FROM companies c LEFT JOIN company_touch_facts f ON f.company_id = c.id "
        "WHERE f.last_done_day IS NULL OR f.last_done_day <= :account "
        # Cadence of a level present at the account, and people out of touch.
        "UNION SELECT p.company_id FROM contacts p "
        "LEFT JOIN level_touch_facts l ON l.company_id = p.company_id AND l.level = p.level "
        "LEFT JOIN contact_touch_facts f ON f.contact_id = p.id "
        "WHERE p.company_id IS NOT NULL AND (l.last_done_day IS NULL "
        "OR l.last_done_day <= CASE p.level WHEN 'executive' THEN :executive "
        "WHEN 'manager' THEN :manager ELSE :practitioner END "
        "OR f.last_done_day IS NULL OR f.last_done_day <= :lost) "
        f"UNION {RUNWAY_SQL} UNION {MOVED_SQL}",
        params,
    )
    # Small customers not screened yet (the band's limit is a figure of the whole book).
    limit = scope.small_account_revenue
    if limit is None:
        limit = book_stats(store).revenue_third
    if limit is not None:
        found |= _ids(
            store,
            "SELECT id FROM companies WHERE kind = 'customer' "
            "AND coalesce(our_annual_revenue, 0) < :limit "
            "AND id NOT IN (SELECT company_id FROM screenings)",
            {"limit": limit},
        )
    return found


def company_stats(store: Store) -> BookStats:
    """The whole book's account figures that scores compare against (no send counts)."""
    db = store.db
    (max_deal, max_gap) = db.execute(
        "SELECT max(CASE WHEN kind != 'customer' THEN coalesce(expected_deal_size, 0) END), "
        "max(CASE WHEN kind = 'customer' AND estimated_annual_wallet IS NOT NULL "
        "THEN max(0, estimated_annual_wallet - coalesce(our_annual_revenue, 0)) END) "
        "FROM companies"
    ).fetchone()
    (known,) = db.execute(
        "SELECT count(*) FROM companies WHERE kind = 'customer' AND our_annual_revenue IS NOT NULL"
    ).fetchone()
    third = None
    if known >= 3:
        (third,) = db.execute(
            "SELECT our_annual_revenue FROM companies "
            "WHERE kind = 'customer' AND our_annual_revenue IS NOT NULL "
            "ORDER BY our_annual_revenue LIMIT 1 OFFSET ?",
            [known // 3],
        ).fetchone()
    return BookStats(
        max_deal=float(max_deal or 0.0),
        max_wallet_gap=float(max_gap or 0.0),
        revenue_third=None if third is None else float(third),
    )


def send_counts(store: Store) -> dict[int, int]:
    """How many people have received each content item (from a covering index)."""
    return dict(
        store.db.execute(
            "SELECT content_id, count(DISTINCT contact_id) FROM content_sends GROUP BY content_id"
        ).fetchall()
    )


def book_stats(store: Store) -> BookStats:
    """The figures of the whole book that scores and content choice compare against."""
    return replace(company_stats(store), send_counts=send_counts(store))


def load_week_portfolio(
    store: Store, scope: WeekScope, *, horizon_days: int = HORIZON_DAYS
) -> Portfolio:
    """The portfolio a week's plan needs: the accounts that can come due, with their people.

    The week's calendar is loaded whole (it uses up capacity), and the book's figures come
    along for scoring. A week without room loads nothing more: nothing can be proposed.
    """
    week = (scope.week_start, scope.week_end)
    if week_room(store, scope) == 0:
        return assemble(
            store,
            scope.today,
            horizon_days=horizon_days,
            company_ids=(),
            extra_planned=week,
            book=BookStats(0.0, 0.0, None),
        )
    found = candidates(store, scope)
    (total,) = store.db.execute("SELECT count(*) FROM companies").fetchone()
    if 2 * len(found) > total:
        # Most of the book can come due: reading it whole is quicker than picking it apart.
        return assemble(store, scope.today, horizon_days=horizon_days)
    return assemble(
        store,
        scope.today,
        horizon_days=horizon_days,
        company_ids=found,
        extra_planned=week,
        book=book_stats(store),
    )
