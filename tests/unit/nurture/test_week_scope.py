"""A week's scope from the settings: its working days and the shortest interval of each rule."""

from __future__ import annotations

from datetime import date, timedelta

from planner.nurture.cadence import intervals
from planner.nurture.settings import NurtureSettings, Program, Tier
from planner.nurture.week_scope import week_scope

MONDAY = date(2026, 11, 30)


def test_the_days_are_the_working_days_from_today_on() -> None:
    settings = NurtureSettings()
    scope = week_scope(settings, MONDAY + timedelta(days=2), MONDAY)
    assert scope.week_end == MONDAY + timedelta(days=6)
    assert scope.days == tuple(MONDAY + timedelta(days=i) for i in (2, 3, 4))
    assert week_scope(settings, MONDAY - timedelta(days=7), MONDAY).days[0] == MONDAY


def test_bounds_come_from_the_settings() -> None:
    settings = NurtureSettings(
        capacity_per_day=5,
        runway_offsets=(-150, -30),
        lost_touch_days=60,
        lost_touch_lead_days=10,
        job_change_days=45,
    )
    scope = week_scope(settings, MONDAY, MONDAY)
    assert scope.capacity_per_day == 5
    assert scope.runway_days == 150  # the earliest runway step
    assert scope.lost_touch_days == 50  # warned about ahead of the limit
    assert scope.job_change_days == 45


def test_the_cadence_bound_is_the_shortest_over_programs_tiers_and_risk() -> None:
    settings = NurtureSettings()
    scope = week_scope(settings, MONDAY, MONDAY)
    every_account_interval = [
        intervals(settings.rule(program, tier, None), risk, settings)[0]
        for program in Program
        for tier in Tier
        for risk in (False, True)
    ]
    assert scope.cadence_days[None] == min(every_account_interval)
    assert set(scope.cadence_days) == {None, "executive", "manager", "practitioner"}
