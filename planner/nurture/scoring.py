"""Scores and tiers: who deserves the rep's time first, and one sentence saying why."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from planner.domain.model import (
    BuyingTimeframe,
    Company,
    CompanyKind,
    GrowthPotential,
    RelationshipHealth,
)
from planner.domain.portfolio import BookStats
from planner.domain.screening import BuysElsewhereReason, Screening
from planner.domain.text import QT_TRANSLATE_NOOP, joined
from planner.nurture.settings import NurtureSettings, Program, Tier

_TIMEFRAME = {
    BuyingTimeframe.THIS_QUARTER: 1.0,
    BuyingTimeframe.NEXT_QUARTER: 0.75,
    BuyingTimeframe.THIS_YEAR: 0.5,
    BuyingTimeframe.LATER: 0.15,
    BuyingTimeframe.UNKNOWN: 0.3,
}
# The reason is one sentence of parts joined by "; ". Its first part is the growth potential
# (customers), the kind (dream clients, former customers) or the timeframe (prospects): those
# start with a capital, the parts after them do not.
_TIMEFRAME_FIRST = {
    BuyingTimeframe.THIS_QUARTER: QT_TRANSLATE_NOOP("Nurture", "Buys this quarter"),
    BuyingTimeframe.NEXT_QUARTER: QT_TRANSLATE_NOOP("Nurture", "Buys next quarter"),
    BuyingTimeframe.THIS_YEAR: QT_TRANSLATE_NOOP("Nurture", "Buys this year"),
    BuyingTimeframe.LATER: QT_TRANSLATE_NOOP("Nurture", "Buys later"),
    BuyingTimeframe.UNKNOWN: QT_TRANSLATE_NOOP("Nurture", "Buying timeframe unknown"),
}
_TIMEFRAME_TEXT = {
    BuyingTimeframe.THIS_QUARTER: QT_TRANSLATE_NOOP("Nurture", "buys this quarter"),
    BuyingTimeframe.NEXT_QUARTER: QT_TRANSLATE_NOOP("Nurture", "buys next quarter"),
    BuyingTimeframe.THIS_YEAR: QT_TRANSLATE_NOOP("Nurture", "buys this year"),
    BuyingTimeframe.LATER: QT_TRANSLATE_NOOP("Nurture", "buys later"),
    BuyingTimeframe.UNKNOWN: QT_TRANSLATE_NOOP("Nurture", "buying timeframe unknown"),
}
_GROWTH_TEXT = {
    GrowthPotential.HIGH: QT_TRANSLATE_NOOP("Nurture", "High growth potential"),
    GrowthPotential.MEDIUM: QT_TRANSLATE_NOOP("Nurture", "Medium growth potential"),
    GrowthPotential.LOW: QT_TRANSLATE_NOOP("Nurture", "Low growth potential"),
    GrowthPotential.UNKNOWN: QT_TRANSLATE_NOOP("Nurture", "Growth potential unknown"),
}
_SCREENED_TEXT = {
    BuysElsewhereReason.PRICE: QT_TRANSLATE_NOOP("Nurture", "screened: potential (price)"),
    BuysElsewhereReason.RELATIONSHIP: QT_TRANSLATE_NOOP(
        "Nurture", "screened: potential (relationship)"
    ),
    BuysElsewhereReason.PRODUCT_GAP: QT_TRANSLATE_NOOP(
        "Nurture", "screened: potential (product gap)"
    ),
    BuysElsewhereReason.CONVENIENCE: QT_TRANSLATE_NOOP(
        "Nurture", "screened: potential (convenience)"
    ),
    BuysElsewhereReason.UNKNOWN: QT_TRANSLATE_NOOP("Nurture", "screened: potential (unknown)"),
}
_GROWTH = {
    GrowthPotential.HIGH: 1.0,
    GrowthPotential.MEDIUM: 0.6,
    GrowthPotential.LOW: 0.15,
    GrowthPotential.UNKNOWN: 0.4,
}
# Prospect weights: timeframe most, then margin, then deal size.
W_TIMEFRAME, W_MARGIN, W_DEAL = 0.6, 0.25, 0.15
# Customer weights: growth potential, the share of their spend going elsewhere, the gap's size.
W_GROWTH, W_GAP_SHARE, W_GAP_SIZE = 0.4, 0.35, 0.25
DREAM_BONUS = 0.1
AT_RISK_BONUS = 0.25
MARGIN_FULL = 40.0  # a margin of 40 % or more counts fully


@dataclass(frozen=True, slots=True)
class Score:
    """An account's score (0 … about 1.3), its tier, the program it follows, and why."""

    company_id: int
    value: float
    tier: Tier
    computed_tier: Tier
    program: Program
    reason: str
    at_risk: bool = False

    @property
    def overridden(self) -> bool:
        """The rep set the tier by hand instead of the one the score gives."""
        return self.tier is not self.computed_tier


def _money(value: float) -> str:
    """A rounded amount: "1.2M", "40k", "900"."""
    if value >= 1_000_000:
        return QT_TRANSLATE_NOOP("Nurture", "{millions:.1f}M").format(millions=value / 1_000_000)
    if value >= 1_000:
        return QT_TRANSLATE_NOOP("Nurture", "{thousands:.0f}k").format(thousands=value / 1_000)
    return f"{value:.0f}"


def _sentence(parts: list[str]) -> str:
    """The parts (the first starting with a capital) as one sentence: "A; b; c."."""
    parts = [p for p in parts if p]
    return joined("", (joined("; ", parts), ".")) if parts else ""


def small_revenue_limit(
    companies: Iterable[Company], settings: NurtureSettings, book: BookStats | None = None
) -> float | None:
    """Revenue below which a customer is in the lowest band (the setting, or the bottom third).

    With `book`, the bottom third of the whole book (`companies` may be a part of it).
    """
    if settings.small_account_revenue is not None:
        return settings.small_account_revenue
    if book is not None:
        return book.revenue_third
    revenues = sorted(
        c.our_annual_revenue
        for c in companies
        if c.kind is CompanyKind.CUSTOMER and c.our_annual_revenue is not None
    )
    if len(revenues) < 3:
        return None
    return revenues[len(revenues) // 3]


def is_small(company: Company, limit: float | None) -> bool:
    """A customer earning us less than `limit` (None: no limit is known, so none is small)."""
    return (
        company.kind is CompanyKind.CUSTOMER
        and limit is not None
        and (company.our_annual_revenue or 0.0) < limit
    )


def _tier(value: float, settings: NurtureSettings) -> Tier:
    if value >= settings.tier_a_min:
        return Tier.A
    if value >= settings.tier_b_min:
        return Tier.B
    return Tier.C


def _override(company: Company) -> Tier | None:
    text = (company.tier_override or "").strip().upper()
    return Tier(text) if text in ("A", "B", "C") else None


def account_value(
    kind: CompanyKind,
    *,
    growth: GrowthPotential,
    wallet: float | None,
    revenue: float | None,
    timeframe: BuyingTimeframe,
    margin: float | None,
    deal: float | None,
    at_risk: bool,
    screening: Screening | None = None,
    max_deal: float = 0.0,
    max_gap: float = 0.0,
) -> float:
    """An account's score value from its figures alone (no words), unrounded: `score_company`
    keeps it rounded to four places and takes the tier from it as it is.

    Kept apart so that a week's plan can rank a large book on plain rows before it reads the
    few accounts it will propose in full.
    """
    if kind is CompanyKind.CUSTOMER:
        have = revenue or 0.0
        if screening is not None and screening.estimated_spend_elsewhere is not None:
            wallet = have + screening.estimated_spend_elsewhere
        if (
            screening is not None
            and screening.has_potential
            and growth in (GrowthPotential.UNKNOWN, GrowthPotential.LOW)
        ):
            growth = GrowthPotential.HIGH
        gap = None if wallet is None else max(0.0, wallet - have)
        share_elsewhere = None if not wallet else min(1.0, (gap or 0.0) / wallet)
        value = W_GROWTH * _GROWTH[growth]
        value += W_GAP_SHARE * (0.3 if share_elsewhere is None else share_elsewhere)
        value += W_GAP_SIZE * ((gap or 0.0) / max_gap if max_gap > 0 else 0.0)
        if screening is not None and not screening.has_potential:
            value *= 0.5
    else:
        value = W_TIMEFRAME * _TIMEFRAME[timeframe]
        value += W_MARGIN * (min(1.0, margin / MARGIN_FULL) if margin is not None else 0.4)
        value += W_DEAL * ((deal or 0.0) / max_deal if max_deal > 0 and deal else 0.0)
        if kind is CompanyKind.DREAM_CLIENT:
            value += DREAM_BONUS
    if at_risk:
        value += AT_RISK_BONUS
    return value


def score_company(
    company: Company,
    settings: NurtureSettings,
    *,
    max_deal: float = 0.0,
    max_gap: float = 0.0,
    screening: Screening | None = None,
    small_limit: float | None = None,
) -> Score:
    """Score one account against the portfolio's largest deal and wallet gap."""
    assert company.id is not None
    parts: list[str] = []
    program = Program.of_kind(company.kind)
    at_risk = company.health is RelationshipHealth.AT_RISK
    value = account_value(
        company.kind,
        growth=company.growth_potential,
        wallet=company.estimated_annual_wallet,
        revenue=company.our_annual_revenue,
        timeframe=company.buying_timeframe,
        margin=company.margin_percent,
        deal=company.expected_deal_size,
        at_risk=at_risk,
        screening=screening,
        max_deal=max_deal,
        max_gap=max_gap,
    )
    if company.kind is CompanyKind.CUSTOMER:
        growth = company.growth_potential
        wallet = company.estimated_annual_wallet
        revenue = company.our_annual_revenue or 0.0
        if screening is not None and screening.estimated_spend_elsewhere is not None:
            wallet = revenue + screening.estimated_spend_elsewhere
        if (
            screening is not None
            and screening.has_potential
            and growth in (GrowthPotential.UNKNOWN, GrowthPotential.LOW)
        ):
            growth = GrowthPotential.HIGH
        gap = None if wallet is None else max(0.0, wallet - revenue)
        share_elsewhere = None if not wallet else min(1.0, (gap or 0.0) / wallet)
        parts.append(_GROWTH_TEXT[growth])
        if share_elsewhere is not None:
            parts.append(
                QT_TRANSLATE_NOOP(
                    "Nurture", "{percent:.0f} % of their spend goes to competitors"
                ).format(percent=share_elsewhere * 100)
            )
        if gap:
            parts.append(
                QT_TRANSLATE_NOOP("Nurture", "{amount} a year buys elsewhere").format(
                    amount=_money(gap)
                )
            )
        if screening is not None:
            if screening.has_potential:
                parts.append(_SCREENED_TEXT[screening.reason])
            else:
                program = Program.LIGHT
                parts.append(
                    QT_TRANSLATE_NOOP("Nurture", "screened: no potential, light quarterly program")
                )
        elif is_small(company, small_limit):
            parts.append(QT_TRANSLATE_NOOP("Nurture", "small account, not screened yet"))
    else:
        margin = company.margin_percent
        deal = company.expected_deal_size
        if company.kind is CompanyKind.DREAM_CLIENT:
            parts.append(QT_TRANSLATE_NOOP("Nurture", "Dream client"))
        elif company.kind is CompanyKind.FORMER_CUSTOMER:
            parts.append(QT_TRANSLATE_NOOP("Nurture", "Former customer"))
        timeframes = _TIMEFRAME_TEXT if parts else _TIMEFRAME_FIRST
        parts.append(timeframes[company.buying_timeframe])
        if margin is not None:
            parts.append(
                QT_TRANSLATE_NOOP("Nurture", "{margin:.0f} % margin").format(margin=margin)
            )
        if deal:
            parts.append(
                QT_TRANSLATE_NOOP("Nurture", "deal about {amount}").format(amount=_money(deal))
            )
    if at_risk:
        parts.append(
            QT_TRANSLATE_NOOP("Nurture", "at risk ({why})").format(why=company.health_reason)
            if company.health_reason
            else QT_TRANSLATE_NOOP("Nurture", "at risk")
        )
    computed = _tier(value, settings)
    override = _override(company)
    tier = override or computed
    if override is not None and override is not computed:
        parts.append(
            QT_TRANSLATE_NOOP("Nurture", "tier {tier} set by you (scored {computed})").format(
                tier=tier, computed=computed
            )
        )
    return Score(company.id, round(value, 4), tier, computed, program, _sentence(parts), at_risk)


def score_scale(
    companies: Iterable[Company],
    screenings: Mapping[int, Screening],
    book: BookStats | None = None,
) -> tuple[float, float]:
    """The largest deal and wallet gap scores compare against: of `companies`, or of the
    whole book when `book` is given; a screening's spend elsewhere counts as a gap."""
    if book is not None:
        max_deal, max_gap = book.max_deal, book.max_wallet_gap
    else:
        accounts = [c for c in companies if c.id is not None]
        max_deal = max(
            (c.expected_deal_size or 0.0 for c in accounts if c.kind is not CompanyKind.CUSTOMER),
            default=0.0,
        )
        max_gap = max(
            (c.wallet_gap or 0.0 for c in accounts if c.kind is CompanyKind.CUSTOMER),
            default=0.0,
        )
    for s in screenings.values():
        if s.estimated_spend_elsewhere is not None:
            max_gap = max(max_gap, s.estimated_spend_elsewhere)
    return max_deal, max_gap


def score_portfolio(
    companies: Iterable[Company],
    settings: NurtureSettings,
    screenings: Mapping[int, Screening] | None = None,
    book: BookStats | None = None,
) -> dict[int, Score]:
    """Every account's score, keyed by company id.

    Accounts are scored against the largest deal and wallet gap among `companies`, or of the
    whole book when `book` is given (`companies` is then a part of it).
    """
    accounts = [c for c in companies if c.id is not None]
    screenings = screenings or {}
    max_deal, max_gap = score_scale(accounts, screenings, book)
    limit = small_revenue_limit(accounts, settings, book)
    result: dict[int, Score] = {}
    for c in accounts:
        assert c.id is not None
        result[c.id] = score_company(
            c,
            settings,
            max_deal=max_deal,
            max_gap=max_gap,
            screening=screenings.get(c.id),
            small_limit=limit,
        )
    return result


def ranked(scores: Mapping[int, Score]) -> list[Score]:
    """Scores best first: tier, then value."""
    order = {Tier.A: 0, Tier.B: 1, Tier.C: 2}
    return sorted(scores.values(), key=lambda s: (order[s.tier], -s.value, s.company_id))
