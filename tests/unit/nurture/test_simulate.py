"""The year simulation: how the plan and the habit are compared, and what a run reports."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from planner.domain.model import CompanyKind, ContactLevel
from planner.nurture.rep import Rep
from planner.nurture.settings import NurtureSettings
from planner.nurture.simulate import MEASURES, Comparison, Outcome, simulate

from .helpers import TODAY, ago, company, person, portfolio, touched_all

S = NurtureSettings(holidays="none")
OUTCOME = Outcome(
    touches=10,
    lost_touch_contacts=2,
    lost_touch_by_tier={"A": 1, "B": 1, "C": 0},
    max_gap_over_max_interval_days=0,
    dream_client_gaps={},
    min_touches_before_contract_end=3,
    contract_ends=1,
    repeated_content_sends=0,
    days_over_capacity=0,
)


def _compare(plan: Outcome, habit: Outcome) -> Comparison:
    return Comparison(TODAY, TODAY + timedelta(days=6), 1, plan, habit)


def test_fewer_is_better_except_for_touches_before_a_contract_end() -> None:
    fewer_lost = dataclasses.replace(OUTCOME, lost_touch_contacts=1)
    more_before_end = dataclasses.replace(OUTCOME, min_touches_before_contract_end=4)
    assert _compare(fewer_lost, OUTCOME).plan_wins("lost_touch_contacts")
    assert not _compare(OUTCOME, fewer_lost).plan_wins("lost_touch_contacts")
    assert _compare(more_before_end, OUTCOME).plan_wins("min_touches_before_contract_end")
    assert not _compare(OUTCOME, more_before_end).plan_wins("min_touches_before_contract_end")


def test_a_tie_counts_as_a_win_and_the_plan_must_win_every_measure() -> None:
    assert _compare(OUTCOME, OUTCOME).plan_beats_habit
    worse_once = dataclasses.replace(OUTCOME, days_over_capacity=1)
    assert not _compare(worse_once, OUTCOME).plan_beats_habit


def test_no_contract_end_on_both_sides_is_a_tie_and_on_one_side_is_not() -> None:
    none = dataclasses.replace(OUTCOME, min_touches_before_contract_end=None)
    measure = "min_touches_before_contract_end"
    assert _compare(none, none).plan_wins(measure)
    assert not _compare(none, OUTCOME).plan_wins(measure)
    assert not _compare(OUTCOME, none).plan_wins(measure)


def test_a_run_covers_whole_weeks_from_a_monday_and_writes_nothing() -> None:
    accounts = tuple(company(i, CompanyKind.CUSTOMER) for i in (1, 2, 3))
    people = tuple(person(10 * i + j, i, list(ContactLevel)[j]) for i in (1, 2, 3) for j in (0, 1))
    book = portfolio(accounts, people, **touched_all(accounts, people, ago(60)))
    result = simulate(book, weeks=4, settings=S, start=TODAY + timedelta(days=2))
    assert result.start == TODAY  # the Monday of the week asked for
    assert result.end == TODAY + timedelta(weeks=4, days=-1)
    assert result.weeks == 4
    assert result.plan.touches > 0
    assert result.plan.days_over_capacity == 0
    assert book.planned == ()  # the simulation plays on copies
    data = result.to_json()
    assert set(MEASURES) <= set(data["plan"]) & set(data["habit"])
    assert data["plan_beats_habit"] == result.plan_beats_habit
    assert "Touches made" in result.table()


def test_a_rep_who_accepts_nothing_makes_no_planned_touches() -> None:
    accounts = (company(1, CompanyKind.CUSTOMER),)
    people = (person(10, 1),)
    book = portfolio(accounts, people, **touched_all(accounts, people, ago(60)))
    idle = simulate(book, weeks=2, settings=S, rep=Rep(accept=0.0))
    keen = simulate(book, weeks=2, settings=S)
    assert idle.plan.touches == 0
    assert keen.plan.touches > 0
