"""Screening small accounts: who still needs a screening touch, and what the verdict changes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from planner.domain.model import Company
from planner.domain.portfolio import Portfolio
from planner.domain.screening import Screening
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.nurture.scoring import is_small, small_revenue_limit
from planner.nurture.settings import NurtureSettings, Program


@dataclass(frozen=True, slots=True)
class ScreeningNeed:
    """A small customer that has not been screened yet."""

    company: Company

    @property
    def reason(self) -> str:
        return QT_TRANSLATE_NOOP(
            "Nurture", "{company} buys little from us: screen what they spend elsewhere and why"
        ).format(company=self.company.name)


def needs_screening(portfolio: Portfolio, settings: NurtureSettings) -> list[ScreeningNeed]:
    """Customers in the lowest revenue band with no screening on record."""
    limit = small_revenue_limit(portfolio.companies, settings, portfolio.book)
    return [
        ScreeningNeed(c)
        for c in portfolio.companies
        if c.id is not None and c.id not in portfolio.screenings and is_small(c, limit)
    ]


def program_after(screening: Screening | None, default: Program) -> Program:
    """A screening without potential moves the account to the light quarterly program."""
    if screening is not None and not screening.has_potential:
        return Program.LIGHT
    return default


def screened_with_potential(screenings: Mapping[int, Screening]) -> frozenset[int]:
    """Accounts whose screening found potential: they get collateral aimed at them."""
    return frozenset(cid for cid, s in screenings.items() if s.has_potential)
