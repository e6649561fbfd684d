"""A week's bounds from the settings: the shortest interval after which each rule fires."""

from __future__ import annotations

from datetime import date, timedelta

from planner.domain.model import ContactLevel
from planner.domain.week_scope import WeekScope
from planner.nurture.cadence import intervals
from planner.nurture.settings import NurtureSettings, Program, Tier


def week_scope(settings: NurtureSettings, today: date, week_start: date) -> WeekScope:
    """What can come due in the week from `week_start`, whatever an account's tier or health."""
    week_end = week_start + timedelta(days=6)
    days = tuple(
        d
        for d in (week_start + timedelta(days=i) for i in range(7))
        if d.weekday() in settings.working_days and d >= today
    )
    cadence: dict[str | None, int] = {}
    for level in (None, *ContactLevel):
        shortest = min(
            min(
                intervals(settings.rule(program, tier, level), risk, settings)[0]
                for risk in (False, True)
            )
            for program in Program
            for tier in Tier
        )
        cadence[None if level is None else str(level)] = shortest
    return WeekScope(
        today=today,
        week_start=week_start,
        week_end=week_end,
        days=days,
        capacity_per_day=settings.capacity_per_day,
        cadence_days=cadence,
        lost_touch_days=settings.lost_touch_days - settings.lost_touch_lead_days,
        runway_days=max((-o for o in settings.runway_offsets), default=0),
        job_change_days=settings.job_change_days,
        small_account_revenue=settings.small_account_revenue,
    )
