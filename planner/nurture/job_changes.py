"""Job changes: congratulate the person, follow them to their new company, mind the gap left."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from planner.domain.model import Company, CompanyKind, Contact, ContactLevel, Employment
from planner.domain.portfolio import Portfolio
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.nurture.settings import NurtureSettings


@dataclass(frozen=True, slots=True)
class JobChange:
    """A contact who moved from one account to another on `moved_on`."""

    contact: Contact
    old_company_id: int
    new_company_id: int
    moved_on: date
    congratulated: bool
    gap_at_old: str  # plain words about the coverage left behind, "" when none


# The gap a contact leaves when nobody at their level is left at the old account.
_LEVEL_GAP = {
    ContactLevel.EXECUTIVE: QT_TRANSLATE_NOOP(
        "Nurture", "{person} left {company}: no executive there any more, map an executive"
    ),
    ContactLevel.MANAGER: QT_TRANSLATE_NOOP(
        "Nurture", "{person} left {company}: no manager there any more, map a manager"
    ),
    ContactLevel.PRACTITIONER: QT_TRANSLATE_NOOP(
        "Nurture",
        "{person} left {company}: no practitioner there any more, map a practitioner",
    ),
}


def _coverage_gap(portfolio: Portfolio, contact: Contact, old_company_id: int) -> str:
    old = portfolio.company_by_id.get(old_company_id)
    if old is None:
        return ""
    left = [c for c in portfolio.contacts_by_company.get(old_company_id, ()) if c.id != contact.id]
    if not left:
        return QT_TRANSLATE_NOOP(
            "Nurture", "{person} left {company}: nobody is left there, map a new contact"
        ).format(person=contact.full_name, company=old.name)
    if not any(c.level is contact.level for c in left):
        return _LEVEL_GAP[contact.level].format(person=contact.full_name, company=old.name)
    if len(left) == 1:
        return QT_TRANSLATE_NOOP(
            "Nurture", "{person} left {company}: it is single-threaded now"
        ).format(person=contact.full_name, company=old.name)
    return ""


def detect_job_changes(
    portfolio: Portfolio, settings: NurtureSettings, today: date
) -> list[JobChange]:
    """Moves within the last `job_change_days`: an ended job and a current one elsewhere."""
    since = today - timedelta(days=settings.job_change_days)
    by_contact: dict[int, list[Employment]] = {}
    for job in portfolio.employments:
        by_contact.setdefault(job.contact_id, []).append(job)
    result = []
    for contact_id, jobs in by_contact.items():
        contact = portfolio.contact_by_id.get(contact_id)
        current = [j for j in jobs if j.end is None]
        if contact is None or len(current) != 1:
            continue
        new = current[0]
        ended = [j for j in jobs if j.end is not None and j.company_id != new.company_id]
        if not ended:
            continue
        old = max(ended, key=lambda j: j.end or date.min)
        moved_on = new.start or old.end
        assert moved_on is not None
        if moved_on < since or moved_on > today:
            continue
        last = portfolio.last_contact_touch.get(contact_id)
        congratulated = last is not None and last >= moved_on
        result.append(
            JobChange(
                contact,
                old.company_id,
                new.company_id,
                moved_on,
                congratulated,
                _coverage_gap(portfolio, contact, old.company_id),
            )
        )
    result.sort(key=lambda j: (j.moved_on, j.contact.id or 0), reverse=True)
    return result


@dataclass(frozen=True, slots=True)
class JobChangePlan:
    """What to write when a contact moves: the company to attach to, or one to create."""

    contact: Contact
    company: Company  # with an id: attach to it; without: create it first
    moved_on: date
    title: str
    congratulation: str
    gap_at_old: str

    @property
    def creates_company(self) -> bool:
        """The new employer is not in the book yet and is added as a prospect."""
        return self.company.id is None


def plan_job_change(
    portfolio: Portfolio,
    contact: Contact,
    new_company_name: str,
    moved_on: date,
    title: str | None = None,
    companies: Iterable[Company] | None = None,
) -> JobChangePlan:
    """Decide what a move means: attach to the named account if it exists, else a new prospect."""
    name = " ".join(new_company_name.split())
    pool = portfolio.companies if companies is None else tuple(companies)
    match = next((c for c in pool if c.name.strip().casefold() == name.casefold()), None)
    company = match or Company(name=name, kind=CompanyKind.PROSPECT)
    old_id = contact.company_id
    gap = "" if old_id is None else _coverage_gap(portfolio, contact, old_id)
    return JobChangePlan(
        contact=contact,
        company=company,
        moved_on=moved_on,
        title=contact.title if title is None else title,
        congratulation=QT_TRANSLATE_NOOP(
            "Nurture", "Congratulate {name} on the new role at {company}"
        ).format(name=contact.first_name, company=company.name),
        gap_at_old=gap,
    )
