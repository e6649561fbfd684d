"""Which small customers still need a screening."""

from __future__ import annotations

from planner.domain.screening import Screening, ScreeningVerdict
from planner.nurture.screening import needs_screening
from planner.nurture.settings import NurtureSettings

from .helpers import ago, company, portfolio

S = NurtureSettings()


def test_small_customers_need_screening_until_screened() -> None:
    companies = (
        company(1, our_annual_revenue=5_000),
        company(2, our_annual_revenue=50_000),
        company(3, our_annual_revenue=500_000),
    )
    p = portfolio(companies)
    assert [n.company.id for n in needs_screening(p, S)] == [1]
    screened = p.replace(screenings={1: Screening(1, ago(5), ScreeningVerdict.NO_POTENTIAL)})
    assert needs_screening(screened, S) == []
    assert [n.company.id for n in needs_screening(p, S.replace(small_account_revenue=60_000))] == [
        1,
        2,
    ]
