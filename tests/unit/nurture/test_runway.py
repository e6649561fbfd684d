"""Runways: the steps counted back from a contract's end, and which step is due."""

from __future__ import annotations

from datetime import date, timedelta

from planner.domain.model import (
    CompanyKind,
    Competitor,
    Purpose,
)
from planner.nurture.runway import due_step, runway, what_ends_alone
from planner.nurture.settings import NurtureSettings

from .helpers import TODAY, company, portfolio

S = NurtureSettings()


def test_runway_dates_count_back_from_contract_end() -> None:
    c = company(1, contract_end=date(2027, 6, 30))  # a Wednesday
    steps = runway(c, S, TODAY)
    assert [s.days_before for s in steps] == [180, 120, 90, 60, 30]
    assert steps[0].day == date(2027, 1, 1)  # 180 days before, a Friday
    assert steps[-1].day == date(2027, 5, 31)  # 30 days before, a Monday
    assert all(s.purpose is Purpose.RENEWAL for s in steps)
    assert steps[0].label == "180 days before their contract ends on 2027-06-30"
    assert what_ends_alone(steps[0].what) == "Their contract"


def test_runway_offsets_are_editable() -> None:
    c = company(1, contract_end=date(2027, 6, 30))
    steps = runway(c, S.replace(runway_offsets=(-45,)), TODAY)
    assert [s.day for s in steps] == [date(2027, 5, 14)]


def test_dream_client_runway_ends_before_competitor_contract_end() -> None:
    c = company(
        1,
        CompanyKind.DREAM_CLIENT,
        competitors=(
            Competitor("Contoso", "films", date(2027, 9, 30)),
            Competitor("Initech", "boxes", date(2027, 3, 31)),
        ),
    )
    steps = runway(c, S, TODAY)
    assert steps[0].ends == date(2027, 3, 31)
    assert all(s.day < date(2027, 3, 31) for s in steps)
    assert steps[0].what == "their contract with Initech"
    assert what_ends_alone(steps[0].what) == "Their contract with Initech"


def test_runway_step_answered_by_a_renewal_touch() -> None:
    c = company(1, contract_end=TODAY + timedelta(days=100))
    p = portfolio((c,))
    step = due_step(c, p, S, TODAY + timedelta(days=6))
    assert step is not None
    assert step.days_before == 120
    done = p.replace(last_purpose_touch={(1, Purpose.RENEWAL): TODAY - timedelta(days=3)})
    assert due_step(c, done, S, TODAY + timedelta(days=6)) is None
