"""Renewal runways: a backward series of touches before a contract (or a competitor's) ends."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from planner.domain.model import Company, CompanyKind, Purpose
from planner.domain.portfolio import Portfolio
from planner.domain.text import QT_TRANSLATE_NOOP, Text
from planner.nurture.cadence import previous_working_day
from planner.nurture.settings import NurtureSettings

# A runway touch up to this many days before its step date counts for that step.
STEP_SLACK_DAYS = 14

# What a runway leads up to, within a sentence ("90 days before their contract ends on …")
# and on its own (a table's "What ends" column).
_THEIR_CONTRACT = QT_TRANSLATE_NOOP("Nurture", "their contract")
_THEIR_CONTRACT_WITH = QT_TRANSLATE_NOOP("Nurture", "their contract with {competitor}")
_THEIR_CONTRACT_ALONE = QT_TRANSLATE_NOOP("Nurture", "Their contract")
_THEIR_CONTRACT_WITH_ALONE = QT_TRANSLATE_NOOP("Nurture", "Their contract with {competitor}")


@dataclass(frozen=True, slots=True)
class RunwayStep:
    """One touch of a runway: on `day`, `days_before` days before `ends` (the contract end)."""

    company_id: int
    day: date
    ends: date
    days_before: int
    purpose: Purpose
    what: str  # "their contract" or "their contract with <competitor>"

    @property
    def label(self) -> str:
        return QT_TRANSLATE_NOOP("Nurture", "{days} days before {what} ends on {date}").format(
            days=self.days_before, what=self.what, date=self.ends.isoformat()
        )


def what_ends_alone(what: str) -> str:
    """runway_target's `what` standing on its own: "Their contract (with …)", capitalised."""
    if what == _THEIR_CONTRACT:
        return _THEIR_CONTRACT_ALONE
    if isinstance(what, Text) and what.template == _THEIR_CONTRACT_WITH:
        return _THEIR_CONTRACT_WITH_ALONE.format(**what.values)
    return what


def runway_target(company: Company, today: date) -> tuple[date, Purpose, str] | None:
    """The date a runway leads up to, the purpose of its touches, and what ends then.

    A customer's own contract end; for a dream client (or prospect) the earliest known
    future contract end of an incumbent competitor. What ends is wording for within a
    sentence ("their contract with Initech"); what_ends_alone() gives it on its own.
    """
    if company.kind is CompanyKind.CUSTOMER and company.contract_end is not None:
        if company.contract_end > today:
            return company.contract_end, Purpose.RENEWAL, _THEIR_CONTRACT
        return None
    if company.kind.is_prospect:
        ends = [
            (c.contract_end, c.name)
            for c in company.competitors
            if c.contract_end is not None and c.contract_end > today
        ]
        if ends:
            end, name = min(ends)
            return end, Purpose.DISCOVERY, _THEIR_CONTRACT_WITH.format(competitor=name)
    return None


def runway(company: Company, settings: NurtureSettings, today: date) -> list[RunwayStep]:
    """Every step of the account's runway (past ones included), earliest first."""
    target = runway_target(company, today)
    if target is None or company.id is None:
        return []
    ends, purpose, what = target
    steps = []
    for offset in sorted(settings.runway_offsets):
        day = previous_working_day(ends + timedelta(days=offset), settings.working_days)
        steps.append(RunwayStep(company.id, day, ends, -offset, purpose, what))
    return steps


def step_done(step: RunwayStep, portfolio: Portfolio) -> bool:
    """A touch with the runway's purpose, done or planned, near or after the step date."""
    since = step.day - timedelta(days=STEP_SLACK_DAYS)
    last = portfolio.last_purpose_touch.get((step.company_id, step.purpose))
    if last is not None and since <= last <= step.ends:
        return True
    return any(
        p.purpose is step.purpose and since <= p.day
        for p in portfolio.planned_by_company.get(step.company_id, ())
    )


def due_step(
    company: Company, portfolio: Portfolio, settings: NurtureSettings, until: date
) -> RunwayStep | None:
    """The latest runway step reached by `until` that no touch has answered yet."""
    reached = [s for s in runway(company, settings, portfolio.today) if s.day <= until]
    if not reached:
        return None
    step = reached[-1]
    return None if step_done(step, portfolio) else step
