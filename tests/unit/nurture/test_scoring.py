"""Scores and tiers: prospects by timeframe then margin then deal size, customers by wallet gap."""

from __future__ import annotations

from datetime import date

from planner.domain.model import (
    BuyingTimeframe,
    CompanyKind,
    GrowthPotential,
    RelationshipHealth,
)
from planner.domain.screening import Screening, ScreeningVerdict
from planner.nurture.scoring import ranked, score_portfolio
from planner.nurture.settings import NurtureSettings, Program, Tier

from .helpers import company

S = NurtureSettings()


def test_timeframe_outweighs_margin_and_deal_size() -> None:
    soon = company(
        1, CompanyKind.PROSPECT, buying_timeframe=BuyingTimeframe.THIS_QUARTER, margin_percent=5
    )
    later = company(
        2,
        CompanyKind.PROSPECT,
        buying_timeframe=BuyingTimeframe.LATER,
        margin_percent=45,
        expected_deal_size=1_000_000,
    )
    scores = score_portfolio([soon, later], S)
    assert scores[1].value > scores[2].value
    assert [s.company_id for s in ranked(scores)] == [1, 2]


def test_margin_then_deal_size_break_ties_on_timeframe() -> None:
    base = {"buying_timeframe": BuyingTimeframe.NEXT_QUARTER}
    high_margin = company(1, CompanyKind.PROSPECT, margin_percent=35, **base)
    low_margin = company(2, CompanyKind.PROSPECT, margin_percent=10, **base)
    big = company(3, CompanyKind.PROSPECT, margin_percent=10, expected_deal_size=500_000, **base)
    scores = score_portfolio([high_margin, low_margin, big], S)
    assert scores[1].value > scores[3].value > scores[2].value


def test_small_customer_buying_elsewhere_ranks_above_one_that_buys_everything() -> None:
    small = company(1, our_annual_revenue=20_000, estimated_annual_wallet=200_000, name="Small")
    large = company(2, our_annual_revenue=900_000, estimated_annual_wallet=900_000, name="Large")
    scores = score_portfolio([small, large], S)
    assert scores[1].value > scores[2].value
    assert "90 % of their spend goes to competitors" in scores[1].reason


def test_at_risk_customer_ranks_higher_and_says_why() -> None:
    healthy = company(1, growth_potential=GrowthPotential.MEDIUM)
    risky = company(
        2,
        growth_potential=GrowthPotential.MEDIUM,
        health=RelationshipHealth.AT_RISK,
        health_reason="late deliveries",
    )
    scores = score_portfolio([healthy, risky], S)
    assert scores[2].value > scores[1].value
    assert scores[2].at_risk
    assert "at risk (late deliveries)" in scores[2].reason


def test_explanation_is_one_sentence() -> None:
    c = company(
        1,
        CompanyKind.DREAM_CLIENT,
        buying_timeframe=BuyingTimeframe.THIS_QUARTER,
        margin_percent=32,
    )
    reason = score_portfolio([c], S)[1].reason
    assert reason == "Dream client; buys this quarter; 32 % margin."


def test_tiers_follow_score_and_override_wins() -> None:
    hot = company(
        1,
        CompanyKind.DREAM_CLIENT,
        buying_timeframe=BuyingTimeframe.THIS_QUARTER,
        margin_percent=40,
    )
    cold = company(2, CompanyKind.PROSPECT, buying_timeframe=BuyingTimeframe.LATER)
    overridden = cold.replace(id=3, tier_override="A")
    scores = score_portfolio([hot, cold, overridden], S)
    assert scores[1].tier is Tier.A
    assert scores[2].tier is Tier.C
    assert scores[3].tier is Tier.A
    assert scores[3].computed_tier is Tier.C
    assert scores[3].overridden
    assert "tier A set by you" in scores[3].reason


def test_screening_without_potential_moves_to_light_program() -> None:
    c = company(1, our_annual_revenue=5_000)
    verdict = Screening(1, date(2026, 11, 1), ScreeningVerdict.NO_POTENTIAL, 1_000)
    score = score_portfolio([c], S, {1: verdict})[1]
    assert score.program is Program.LIGHT
    assert "light quarterly program" in score.reason


def test_screening_with_potential_scores_like_a_growth_account() -> None:
    c = company(1, our_annual_revenue=5_000, growth_potential=GrowthPotential.LOW)
    other = company(2, our_annual_revenue=50_000, estimated_annual_wallet=60_000)
    found = Screening(1, date(2026, 11, 1), ScreeningVerdict.POTENTIAL, 120_000)
    before = score_portfolio([c, other], S)[1]
    after = score_portfolio([c, other], S, {1: found})[1]
    assert after.value > before.value
    assert after.program is Program.CUSTOMER
