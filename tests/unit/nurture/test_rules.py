"""Cadences, runways, coverage, lost touch, content fit, job changes and screening needs."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from planner.domain.errors import ValidationError
from planner.domain.model import (
    CompanyKind,
    Competitor,
    ContactLevel,
    ContentItem,
    Employment,
    Purpose,
)
from planner.domain.screening import Screening, ScreeningVerdict
from planner.nurture.cadence import company_dues, next_due
from planner.nurture.content_fit import one_size_fits_all, suggest_content
from planner.nurture.coverage import coverage_of
from planner.nurture.job_changes import detect_job_changes, plan_job_change
from planner.nurture.lost_touch import lost_touch
from planner.nurture.runway import due_step, runway, what_ends_alone
from planner.nurture.scoring import score_portfolio
from planner.nurture.screening import needs_screening
from planner.nurture.settings import CadenceRule, NurtureSettings, Program, Tier

from .helpers import TODAY, ago, company, person, portfolio

S = NurtureSettings()


# Cadences ---------------------------------------------------------------------------------


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


# Runways ----------------------------------------------------------------------------------


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


# Coverage ---------------------------------------------------------------------------------


def test_coverage_flags_single_thread_stale_and_missing_levels() -> None:
    c = company(1, CompanyKind.DREAM_CLIENT, name="Fabrikam", margin_percent=40)
    exec_ = person(10, 1, ContactLevel.EXECUTIVE)
    p = portfolio((c,), (exec_,), last_level_touch={(1, ContactLevel.EXECUTIVE): ago(97)})
    score = score_portfolio([c], S)[1]
    cov = coverage_of(p, score, S, TODAY)
    assert cov.single_threaded
    assert cov.by_level[ContactLevel.EXECUTIVE] == 1
    assert ContactLevel.MANAGER in cov.missing_levels
    assert "No executive touch at Fabrikam for 97 days" in cov.flags
    assert "Map a manager at Fabrikam" in cov.flags
    assert "Fabrikam is single-threaded: one contact only" in cov.flags
    assert cov.short_flags == [
        "Single-threaded: one contact only",
        "No executive touch for 97 days",
        "Map a manager",
        "Map a practitioner",
    ]
    assert len(cov.flags) == len(cov.short_flags)


# Lost touch -------------------------------------------------------------------------------


def test_lost_touch_lists_contacts_untouched_for_n_days() -> None:
    c = company(1)
    old, recent, never = person(10, 1), person(11, 1), person(12, 1)
    p = portfolio((c,), (old, recent, never), last_contact_touch={10: ago(95), 11: ago(10)})
    found = lost_touch(p, S, TODAY)
    assert [lt.contact.id for lt in found] == [12, 10]
    assert found[1].days == 95
    assert found[1].reason == (
        f"No touch with {old.first_name} for 95 days: a personal, not-about-business touch"
    )
    assert found[0].reason == f"Never touched {never.first_name}: time for a personal touch"
    assert [lt.contact.id for lt in lost_touch(p, S.replace(lost_touch_days=120), TODAY)] == [12]


# Content fit ------------------------------------------------------------------------------


def test_content_fits_segment_and_is_never_repeated() -> None:
    c = company(1, CompanyKind.DREAM_CLIENT, industry="Food")
    p10 = person(10, 1, ContactLevel.EXECUTIVE)
    items = (
        ContentItem("Exec brief", id=1, segment_levels=(ContactLevel.EXECUTIVE,)),
        ContentItem("For practitioners", id=2, segment_levels=(ContactLevel.PRACTITIONER,)),
        ContentItem("Food case", id=3, segment_industries=("food",)),
        ContentItem("Customers only", id=4, segment_kinds=(CompanyKind.CUSTOMER,)),
        ContentItem("Anyone", id=5),
    )
    p = portfolio((c,), (p10,), content=items, sends={10: frozenset({3})})
    fitting = [i.id for i in suggest_content(p, c, p10)]
    assert fitting == [1, 5]  # 3 already received; 2 and 4 do not fit


def test_one_size_fits_all_items_are_reported() -> None:
    c = company(1)
    people = tuple(person(i, 1) for i in range(10, 15))
    items = (ContentItem("Newsletter", id=1), ContentItem("Case", id=2))
    sends = {pid: frozenset({1}) for pid in range(10, 15)}
    sends[10] = frozenset({1, 2})
    p = portfolio((c,), people, content=items, sends=sends)
    report = one_size_fits_all(p)
    assert [o.item.id for o in report] == [1]
    assert "one size fits all" in report[0].reason


# Job changes ------------------------------------------------------------------------------


def test_contact_move_is_detected_with_gap_at_old_account() -> None:
    old = company(1, name="Fabrikam")
    new = company(2, CompanyKind.PROSPECT, name="Initech")
    mover = person(10, 2, ContactLevel.EXECUTIVE, first_name="Jane")
    stays = person(11, 1, ContactLevel.MANAGER)
    jobs = (
        Employment(10, 1, "CEO", date(2020, 1, 1), ago(20), id=1),
        Employment(10, 2, "CEO", ago(20), None, id=2),
        Employment(11, 1, "Buyer", date(2021, 1, 1), None, id=3),
    )
    p = portfolio((old, new), (mover, stays), employments=jobs, last_contact_touch={10: ago(30)})
    [change] = detect_job_changes(p, S, TODAY)
    assert (change.old_company_id, change.new_company_id) == (1, 2)
    assert not change.congratulated
    assert "no executive there any more" in change.gap_at_old
    touched = p.replace(last_contact_touch={10: ago(2)})
    assert detect_job_changes(touched, S, TODAY)[0].congratulated


def test_plan_job_change_attaches_or_creates_prospect() -> None:
    old = company(1, name="Fabrikam")
    known = company(2, CompanyKind.CUSTOMER, name="Initech")
    jane = person(10, 1, ContactLevel.EXECUTIVE, first_name="Jane")
    p = portfolio((old, known), (jane,))
    attach = plan_job_change(p, jane, "  initech ", TODAY)
    assert attach.company.id == 2
    assert not attach.creates_company
    create = plan_job_change(p, jane, "Globex", TODAY, title="COO")
    assert create.creates_company
    assert create.company.kind is CompanyKind.PROSPECT
    assert create.company.name == "Globex"
    assert create.title == "COO"
    assert "nobody is left there" in create.gap_at_old
    assert "Congratulate Jane" in create.congratulation


# Screening --------------------------------------------------------------------------------


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


# Settings ---------------------------------------------------------------------------------


def test_settings_round_trip_through_json() -> None:
    custom = S.replace(
        capacity_per_day=5,
        runway_offsets=(-90, -30),
        working_days=frozenset({0, 1, 2, 3}),
        cadence_rules=(CadenceRule(Program.DREAM_CLIENT, Tier.A, None, 14, 21),),
    )
    again = NurtureSettings.from_json(custom.to_json())
    assert again == custom
    assert again.rule(Program.DREAM_CLIENT, Tier.A, None).ideal_days == 14
    # Rules not given fall back to the defaults.
    assert again.rule(Program.CUSTOMER, Tier.B, None) == S.rule(Program.CUSTOMER, Tier.B, None)
    assert NurtureSettings.from_json(None) == S
    assert NurtureSettings.from_json({"capacity_per_day": 3}).capacity_per_day == 3


def test_bad_settings_are_refused() -> None:
    with pytest.raises(ValidationError):
        NurtureSettings.from_json({"capacity_per_day": 0})
    with pytest.raises(ValidationError):
        NurtureSettings.from_json({"runway_offsets": [30]})
    with pytest.raises(ValidationError):
        NurtureSettings.from_json({"cadence_rules": [{"program": "x"}]})
