"""Cadences: when each account and each contact level is next due, from the last logged touch."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from planner.domain.model import ContactLevel
from planner.domain.portfolio import Portfolio
from planner.nurture.scoring import Score
from planner.nurture.settings import CadenceRule, NurtureSettings


def next_working_day(day: date, working_days: frozenset[int]) -> date:
    """`day` itself when it is a working day, else the next one."""
    while day.weekday() not in working_days:
        day += timedelta(days=1)
    return day


def previous_working_day(day: date, working_days: frozenset[int]) -> date:
    """`day` itself when it is a working day, else the working day before it."""
    while day.weekday() not in working_days:
        day -= timedelta(days=1)
    return day


def intervals(rule: CadenceRule, at_risk: bool, settings: NurtureSettings) -> tuple[int, int]:
    """The ideal and maximum interval in days; at-risk accounts get shorter ones."""
    if not at_risk:
        return rule.ideal_days, rule.max_days
    factor = settings.at_risk_factor
    return max(1, round(rule.ideal_days * factor)), max(1, round(rule.max_days * factor))


@dataclass(frozen=True, slots=True)
class Due:
    """When an account (level None) or a contact level at it is next due, and at the latest."""

    company_id: int
    level: ContactLevel | None
    last: date | None
    ideal_date: date
    max_date: date
    ideal_days: int
    max_days: int

    def days_since(self, today: date) -> int | None:
        """Days since the last completed touch; None when there never was one."""
        return None if self.last is None else (today - self.last).days

    def is_due(self, by: date) -> bool:
        """The ideal day has come by `by`: the touch belongs in a plan up to that day."""
        return self.ideal_date <= by


def next_due(
    last: date | None,
    rule: CadenceRule,
    settings: NurtureSettings,
    today: date,
    *,
    at_risk: bool = False,
) -> tuple[date, date]:
    """(ideal date, latest date) of the next touch: last completed touch plus the interval.

    Any completed touch resets the clock; the dates fall on working days. Never touched
    means due today.
    """
    if last is None:
        first = next_working_day(today, settings.working_days)
        return first, first
    ideal_days, max_days = intervals(rule, at_risk, settings)
    ideal = next_working_day(last + timedelta(days=ideal_days), settings.working_days)
    latest = previous_working_day(last + timedelta(days=max_days), settings.working_days)
    return ideal, max(latest, last + timedelta(days=1))


def company_dues(
    portfolio: Portfolio, score: Score, settings: NurtureSettings, today: date
) -> list[Due]:
    """The account-level due date and one for each contact level present at the account."""
    cid = score.company_id
    levels = sorted(
        {c.level for c in portfolio.contacts_by_company.get(cid, ())},
        key=list(ContactLevel).index,
    )
    result = []
    for level in [None, *levels]:
        rule = settings.rule(score.program, score.tier, level)
        last = (
            portfolio.last_company_touch.get(cid)
            if level is None
            else portfolio.last_level_touch.get((cid, level))
        )
        ideal, latest = next_due(last, rule, settings, today, at_risk=score.at_risk)
        ideal_days, max_days = intervals(rule, score.at_risk, settings)
        result.append(Due(cid, level, last, ideal, latest, ideal_days, max_days))
    return result


def all_dues(
    portfolio: Portfolio, scores: Mapping[int, Score], settings: NurtureSettings, today: date
) -> dict[int, list[Due]]:
    """Each scored account's dues (the account and each contact level), keyed by account id."""
    return {cid: company_dues(portfolio, s, settings, today) for cid, s in scores.items()}
