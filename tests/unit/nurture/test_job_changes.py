"""Contacts who moved: the gap they leave and the prospect they open."""

from __future__ import annotations

from datetime import date

from planner.domain.model import (
    CompanyKind,
    ContactLevel,
    Employment,
)
from planner.nurture.job_changes import detect_job_changes, plan_job_change
from planner.nurture.settings import NurtureSettings

from .helpers import TODAY, ago, company, person, portfolio

S = NurtureSettings()


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
