"""Cadences: when an account or contact is next due, by program, tier and risk."""

from __future__ import annotations

from datetime import date, timedelta

from planner.domain.model import (
    CompanyKind,
    ContactLevel,
)
from planner.nurture.cadence import company_dues, next_due
from planner.nurture.scoring import score_portfolio
from planner.nurture.settings import CadenceRule, NurtureSettings, Program, Tier

from .helpers import TODAY, ago, company, person, portfolio

S = NurtureSettings()


def test_default_dream_client_tier_a_cadence() -> None:
    account = S.rule(Program.DREAM_CLIENT, Tier.A, None)
    executive = S.rule(Program.DREAM_CLIENT, Tier.A, ContactLevel.EXECUTIVE)
    assert (account.ideal_days, account.max_days) == (21, 35)
    assert executive.ideal_days == 45


def test_next_due_is_last_touch_plus_interval_on_a_working_day() -> None:
    rule = CadenceRule(Program.CUSTOMER, Tier.A, None, 12, 20)
    ideal, latest = next_due(date(2026, 11, 2), rule, S, TODAY)  # +12 = Saturday 14th
    assert ideal == date(2026, 11, 16)  # moved on to Monday
    assert latest == date(2026, 11, 20)  # +20 = Sunday 22nd, moved back to Friday
    assert ideal.weekday() < 5
    assert latest.weekday() < 5


def test_at_risk_shortens_the_cadence() -> None:
    rule = CadenceRule(Program.CUSTOMER, Tier.A, None, 30, 40)
    normal, _ = next_due(date(2026, 11, 2), rule, S, TODAY)
    risky, _ = next_due(date(2026, 11, 2), rule, S, TODAY, at_risk=True)
    assert risky < normal


def test_a_logged_touch_resets_the_cadence() -> None:
    c = company(1, CompanyKind.DREAM_CLIENT, margin_percent=40)
    p = person(10, 1, ContactLevel.EXECUTIVE)
    score = score_portfolio([c], S)[1]
    stale = portfolio((c,), (p,), last_company_touch={1: ago(40)})
    account = next(d for d in company_dues(stale, score, S, TODAY) if d.level is None)
    assert account.is_due(TODAY)
    fresh = stale.replace(last_company_touch={1: ago(1)})
    account = next(d for d in company_dues(fresh, score, S, TODAY) if d.level is None)
    assert not account.is_due(TODAY + timedelta(days=6))
