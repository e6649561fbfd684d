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
from dataclasses import dataclass, replace
from datetime import date, time
from functools import cache
from typing import Protocol

from planner.domain.model import BuyingTimeframe, CompanyKind, GrowthPotential
from planner.domain.portfolio import BookStats, Portfolio
from planner.domain.screening import Screening
from planner.domain.week_scope import AccountFigures, WeekScope
from planner.nurture.scoring import account_value, score_scale
from planner.nurture.settings import NurtureSettings
from planner.nurture.week_plan import free_places, plan_week
from planner.nurture.week_plan_suggestion import Suggestion
from planner.nurture.week_scope import week_scope

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


class BookReader(Protocol):
    """What planning a week reads from wherever the book lives (the plan file's storage)."""

    def accounts(self) -> list[AccountFigures]:
        """Every account's scoring figures (not flagged for runways or job changes)."""
        ...

    def reach(self, scope: WeekScope) -> tuple[set[int], set[int]]:
        """The accounts a contract's runway can reach in the week, and those a job change can."""
        ...

    def screenings(self) -> Mapping[int, Screening]:
        """The latest screening of each account."""
        ...

    def company_stats(self) -> BookStats:
        """The whole book's account figures that scores compare against (no send counts)."""
        ...

    def send_counts(self) -> dict[int, int]:
        """How many people have received each content item."""
        ...

    def part(self, scope: WeekScope, company_ids: Collection[int], book: BookStats) -> Portfolio:
        """The accounts `company_ids` with their people, and the week's whole calendar."""
        ...


@dataclass(frozen=True)
class RankInputs:
    """What ranking reads that neither the week nor a new touch changes: every account's
    value (100 × its score, rounded as scores are) and the book's account figures."""

    values: Mapping[int, float]
    book: BookStats


def account_values(
    figures: Iterable[AccountFigures],
    screenings: Mapping[int, Screening],
    book: BookStats,
) -> dict[int, float]:
    """Each account's score × 100, as `score_company` rounds it, from its row alone."""
    max_deal, max_gap = score_scale((), screenings, book)
    return {
        f.company_id: 100
        * round(
            account_value(
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
            ),
            4,
        )
        for f in figures
    }


def rank_inputs(reader: BookReader) -> RankInputs:
    """The accounts' values and the book's account figures, read once."""
    book = reader.company_stats()
    return RankInputs(account_values(reader.accounts(), reader.screenings(), book), book)


def week_bounds(
    values: Mapping[int, float], runway: Collection[int], moved: Collection[int]
) -> dict[int, float]:
    """For each account, a priority none of its needs this week can exceed (inf: always read)."""
    inf = float("inf")
    return {
        cid: inf if cid in moved else (RUNWAY_BOUND if cid in runway else PRIORITY_BOUND) + value
        for cid, value in values.items()
    }


def priority_bounds(
    figures: Iterable[AccountFigures],
    screenings: Mapping[int, Screening],
    book: BookStats,
) -> dict[int, float]:
    """`week_bounds` of flagged figures: runways and job changes as their rows say."""
    rows = list(figures)
    return week_bounds(
        account_values(rows, screenings, book),
        {f.company_id for f in rows if f.runway},
        {f.company_id for f in rows if f.moved},
    )


def plan_week_ranked(
    rank: Callable[[], Mapping[int, float]],
    load: PartLoader,
    week_start: date,
    settings: NurtureSettings,
    today: date,
    now: time | None = None,
    check: Callable[[], None] = lambda: None,
) -> tuple[list[Suggestion], Portfolio]:
    """The plan `plan_week` makes on the whole book, reading only the accounts it needs.

    `check` is called between steps: it raises to stop work nobody waits for any more.

    `rank` gives every account's priority bound (`priority_bounds`); it is asked only when
    the week has room. Returns the suggestions and the part of the book they were planned on.
    """
    portfolio = load(())
    free = free_places(portfolio, week_start, settings, today)
    if free <= 0:
        return [], portfolio  # a full week: nothing can be proposed, nothing is ranked
    check()
    bounds = rank()
    order = sorted(bounds, key=lambda cid: (-bounds[cid], cid))
    always = sum(1 for cid in order if bounds[cid] == float("inf"))
    size = min(len(order), always + max(FIRST_READ_MIN, FIRST_READ_PER_PLACE * free))
    while True:
        check()
        portfolio = load(order[:size])
        check()
        suggestions = plan_week(portfolio, week_start, settings, today, now=now)
        if size >= len(order):
            return suggestions, portfolio
        full = len(suggestions) == free
        if full and min(s.priority for s in suggestions) > bounds[order[size]]:
            return suggestions, portfolio
        size = min(len(order), size * GROWTH)


def plan_week_on_book(
    reader: BookReader,
    settings: NurtureSettings,
    today: date,
    week: date,
    now: time | None = None,
    inputs: Callable[[], RankInputs] | None = None,
    check: Callable[[], None] = lambda: None,
) -> tuple[list[Suggestion], Portfolio]:
    """The week's plan, reading in full only the accounts that can take one of its places.

    The accounts are ranked on their rows (scores and what can reach them); the plan equals the
    one made on the whole book. `inputs` may hand in the accounts' values from an earlier read
    while no account changed (the engine keeps them). Returns the suggestions and the part read.
    """
    scope = week_scope(settings, today, week)
    ranked = cache(inputs or (lambda: rank_inputs(reader)))
    # Read once, and only for a week with room; send counts change with every send.
    book = cache(lambda: replace(ranked().book, send_counts=reader.send_counts()))
    no_book = BookStats(0.0, 0.0, None)  # the calendar alone (free places) needs no figures

    def rank() -> dict[int, float]:
        runway, moved = reader.reach(scope)
        return week_bounds(ranked().values, runway, moved)

    return plan_week_ranked(
        rank,
        lambda ids: reader.part(scope, ids, book() if ids else no_book),
        week,
        settings,
        today,
        now=now,
        check=check,
    )
