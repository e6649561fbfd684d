"""Planning a week on a large book: rank the accounts on plain figures, read only the best.

A week takes a few dozen suggestions, and the planner hands out the places by priority. A
need's priority is bounded by its account's score: below `PRIORITY_BOUND` + 100 × score for
an account that no runway and no job change can reach (cadence at most 250, merged needs
+5 each, and a slot holds at most three: screening, cadence, lost touch), and below
`RUNWAY_BOUND` + 100 × score where a runway can start (300, with a fourth need). Accounts a
job change can reach are always read. So the accounts are scored on their rows alone, the
best are read in full and planned; when the week is full and the last place went to a
priority above every bound left out, no account left out could have taken a place and the
plan equals the whole book's. Otherwise `GROWTH` times as many are read, up to the whole book.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from datetime import date, time

from planner.domain.model import BuyingTimeframe, CompanyKind, GrowthPotential
from planner.domain.portfolio import BookStats, Portfolio
from planner.domain.screening import Screening
from planner.domain.week_scope import AccountFigures
from planner.nurture.scoring import account_value, score_scale
from planner.nurture.settings import NurtureSettings
from planner.nurture.week_plan import free_places, plan_week
from planner.nurture.week_plan_suggestion import Suggestion

# Upper bounds of a need's priority without the score's part (see the module's docstring);
# one more than the sum, so that rounding never matters.
PRIORITY_BOUND = 261.0
RUNWAY_BOUND = 316.0
# The first read holds this many accounts per free place (and at least FIRST_READ_MIN): on
# the stress demo book a week with room needs the top 4.6 per place.
FIRST_READ_PER_PLACE = 8
FIRST_READ_MIN = 200
# Each further read holds this many times as many accounts.
GROWTH = 4
# Stored texts to their values, looked up once per account rather than parsed.
_KINDS = {k.value: k for k in CompanyKind}
_GROWTHS = {g.value: g for g in GrowthPotential}
_TIMEFRAMES = {t.value: t for t in BuyingTimeframe}

# Reads the accounts given, with their people and the week's whole calendar.
PartLoader = Callable[[Collection[int]], Portfolio]


def priority_bounds(
    figures: Iterable[AccountFigures],
    screenings: Mapping[int, Screening],
    book: BookStats,
) -> dict[int, float]:
    """For each account, a priority none of its needs this week can exceed (inf: always read)."""
    max_deal, max_gap = score_scale((), screenings, book)
    bounds: dict[int, float] = {}
    for f in figures:
        if f.moved:
            bounds[f.company_id] = float("inf")
            continue
        value = account_value(
            _KINDS[f.kind],
            growth=_GROWTHS[f.growth],
            wallet=f.wallet,
            revenue=f.revenue,
            timeframe=_TIMEFRAMES[f.timeframe],
            margin=f.margin,
            deal=f.deal,
            at_risk=f.at_risk,
            screening=screenings.get(f.company_id),
            max_deal=max_deal,
            max_gap=max_gap,
        )
        base = RUNWAY_BOUND if f.runway else PRIORITY_BOUND
        bounds[f.company_id] = base + 100 * round(value, 4)
    return bounds


def plan_week_ranked(
    rank: Callable[[], Mapping[int, float]],
    load: PartLoader,
    week_start: date,
    settings: NurtureSettings,
    today: date,
    now: time | None = None,
) -> tuple[list[Suggestion], Portfolio]:
    """The plan `plan_week` makes on the whole book, reading only the accounts it needs.

    `rank` gives every account's priority bound (`priority_bounds`); it is asked only when
    the week has room. Returns the suggestions and the part of the book they were planned on.
    """
    portfolio = load(())
    free = free_places(portfolio, week_start, settings, today)
    if free <= 0:
        return [], portfolio  # a full week: nothing can be proposed, nothing is ranked
    bounds = rank()
    order = sorted(bounds, key=lambda cid: (-bounds[cid], cid))
    always = sum(1 for cid in order if bounds[cid] == float("inf"))
    size = min(len(order), always + max(FIRST_READ_MIN, FIRST_READ_PER_PLACE * free))
    while True:
        portfolio = load(order[:size])
        suggestions = plan_week(portfolio, week_start, settings, today, now=now)
        if size >= len(order):
            return suggestions, portfolio
        full = len(suggestions) == free
        if full and min(s.priority for s in suggestions) > bounds[order[size]]:
            return suggestions, portfolio
        size = min(len(order), size * GROWTH)
