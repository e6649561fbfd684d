"""What a week's plan could propose: the needs of every rule, each with its priority.

A need's words are kept as a recipe and written only when asked for (`reason`): a large book
has hundreds of thousands of needs, of which a week's capacity keeps a few dozen.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import partial

from planner.domain.model import (
    BuyingRole,
    Channel,
    Company,
    CompanyKind,
    Contact,
    ContactLevel,
    GrowthPotential,
    Purpose,
)
from planner.domain.portfolio import Portfolio
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.nurture.cadence import Due, all_dues
from planner.nurture.job_changes import detect_job_changes
from planner.nurture.lost_touch import LostTouch, lost_touch
from planner.nurture.runway import due_step
from planner.nurture.scoring import Score
from planner.nurture.screening import ScreeningNeed, needs_screening
from planner.nurture.settings import NurtureSettings, Program, Tier
from planner.nurture.week_plan_texts import cadence_reason, days_text

# Words: written already, or a recipe that writes them when called.
Words = str | Callable[[], str]


def said(words: Words) -> str:
    """The words written out."""
    return words if isinstance(words, str) else words()


_LEVEL_ORDER = {ContactLevel.EXECUTIVE: 0, ContactLevel.MANAGER: 1, ContactLevel.PRACTITIONER: 2}


@dataclass
class Need:
    """Something a rule wants done at an account this week, with its priority."""

    company_id: int
    contact_id: int | None
    purpose: Purpose
    priority: float
    words: Words
    target: date
    rule: str
    channel: Channel | None = None
    extra: list[Words] = field(default_factory=list)
    # The need's fact without its advice ("Never touched Ada"), for when it joins a need of
    # another purpose: a content send must not also read "time for a personal touch".
    aside: Words = ""

    @property
    def reason(self) -> str:
        """The need's own sentence (without what joined it)."""
        return said(self.words)


def _pick_contact(
    contacts: tuple[Contact, ...],
    portfolio: Portfolio,
    level: ContactLevel | None = None,
    taken: set[int] | None = None,
    prefer_deciders: bool = False,
) -> Contact | None:
    """The contact touched least recently (at `level` if given); never-touched first."""
    pool = [c for c in contacts if level is None or c.level is level]
    if taken:
        free = [c for c in pool if c.id not in taken]
        pool = free or pool
    if not pool:
        return None

    def key(c: Contact) -> tuple[int, int, date, int]:
        decider = c.buying_role in (BuyingRole.DECISION_MAKER, BuyingRole.CHAMPION)
        last = portfolio.last_contact_touch.get(c.id or 0, date.min)
        return (
            0 if (prefer_deciders and decider) else 1,
            _LEVEL_ORDER[c.level] if prefer_deciders else 0,
            last,
            c.id or 0,
        )

    return min(pool, key=key)


def _cadence_purpose(company: Company, score: Score) -> Purpose:
    if score.program is Program.LIGHT:
        return Purpose.CHECK_IN
    if company.kind is CompanyKind.CUSTOMER:
        if score.at_risk:
            return Purpose.CHECK_IN
        growth = company.growth_potential in (GrowthPotential.HIGH, GrowthPotential.MEDIUM)
        return Purpose.VALUE_ADD if growth or score.tier is Tier.A else Purpose.CHECK_IN
    return Purpose.VALUE_ADD


def _reason_of(finding: ScreeningNeed | LostTouch) -> str:
    return finding.reason


def _lost_aside(lost: LostTouch) -> str:
    if lost.days is None:
        return QT_TRANSLATE_NOOP("Plan", "Never touched {name}").format(
            name=lost.contact.first_name
        )
    return QT_TRANSLATE_NOOP("Plan", "No touch with {name} for {duration}").format(
        name=lost.contact.first_name, duration=days_text(lost.days)
    )


def collect_needs(
    portfolio: Portfolio,
    scores: Mapping[int, Score],
    settings: NurtureSettings,
    week_start: date,
    week_end: date,
) -> list[Need]:
    """Every rule's needs for the week, unmerged, in the order the rules rank them."""
    needs: list[Need] = []
    by_id = portfolio.company_by_id
    contacts_of = portfolio.contacts_by_company

    # Renewal (or competitor) runways come first: renewals are never "just in time".
    for cid, score in scores.items():
        company = by_id[cid]
        step = due_step(company, portfolio, settings, week_end)
        if step is None:
            continue
        contact = _pick_contact(contacts_of.get(cid, ()), portfolio, prefer_deciders=True)
        reason = (
            QT_TRANSLATE_NOOP("Plan", "Renewal runway: {step}").format(step=step.label)
            if step.purpose is Purpose.RENEWAL
            else QT_TRANSLATE_NOOP(
                "Plan", "Position before {what} ends on {date} ({days}-day runway)"
            ).format(what=step.what, date=step.ends.isoformat(), days=step.days_before)
        )
        needs.append(
            Need(
                cid,
                None if contact is None else contact.id,
                step.purpose,
                300 + 100 * score.value,
                reason,
                step.day,
                "runway",
            )
        )

    # Job changes: congratulate at the new company; note the gap at the old one. A person
    # with a touch-point on the calendar by the week's end is congratulated then: never two
    # personal touches for one person in a week.
    coming = {
        p.contact_id
        for p in portfolio.planned_from_today
        if p.contact_id is not None and p.day <= week_end
    }
    for change in detect_job_changes(portfolio, settings, week_end):
        if change.congratulated or change.new_company_id not in scores:
            continue
        if change.contact.id in coming:
            continue
        new = by_id[change.new_company_id]
        old = by_id.get(change.old_company_id)
        moved = (
            QT_TRANSLATE_NOOP(
                "Plan", "{name} moved from {old} to {new} on {date}: congratulate them"
            )
            if old
            else QT_TRANSLATE_NOOP("Plan", "{name} moved to {new} on {date}: congratulate them")
        )
        reason = moved.format(
            name=change.contact.first_name,
            old="" if old is None else old.name,
            new=new.name,
            date=change.moved_on.isoformat(),
        )
        need = Need(
            change.new_company_id,
            change.contact.id,
            Purpose.PERSONAL,
            260 + 100 * scores[change.new_company_id].value,
            reason,
            week_start,
            "job_change",
            Channel.PERSONAL,
        )
        if change.gap_at_old:
            need.extra.append(change.gap_at_old)
        needs.append(need)

    # Small accounts not screened yet.
    for screen in needs_screening(portfolio, settings):
        sid = screen.company.id
        assert sid is not None
        if sid in portfolio.planned_companies:
            continue
        contact = _pick_contact(contacts_of.get(sid, ()), portfolio, prefer_deciders=True)
        needs.append(
            Need(
                sid,
                None if contact is None else contact.id,
                Purpose.DISCOVERY,
                150 + 100 * scores[sid].value,
                partial(_reason_of, screen),
                week_start,
                "screening",
                Channel.CALL,
            )
        )

    # Cadences: the account as a whole and each contact level at it. Someone with a touch
    # on the calendar that week (a mover, planned at their old account) is not picked again.
    dues = all_dues(portfolio, scores, settings, week_start)
    for cid, company_dues in dues.items():
        score = scores[cid]
        company = by_id[cid]
        contacts = contacts_of.get(cid, ())
        taken: set[int] = set()
        level_dues = [d for d in company_dues if d.level is not None]
        account_due = next(d for d in company_dues if d.level is None)
        for due in level_dues:
            assert due.level is not None
            if not due.is_due(week_end) or (cid, due.level) in portfolio.planned_levels:
                continue
            contact = _pick_contact(contacts, portfolio, due.level, taken | coming)
            if contact is None or contact.id is None or contact.id in coming:
                continue
            taken.add(contact.id)
            needs.append(_cadence_need(due, company, score, contact.id, week_start, week_end))
        if account_due.is_due(week_end) and cid not in portfolio.planned_companies and not taken:
            contact = _pick_contact(contacts, portfolio, taken=coming)
            if contact is not None and contact.id in coming:
                continue
            needs.append(
                _cadence_need(
                    account_due,
                    company,
                    score,
                    None if contact is None else contact.id,
                    week_start,
                    week_end,
                )
            )

    # People not touched for a long time, offered before the limit is reached.
    for lost in lost_touch(portfolio, settings, week_end, lead_days=settings.lost_touch_lead_days):
        lid = lost.contact.company_id
        if lid is None or lid not in scores:
            continue
        over = 0 if lost.days is None else lost.days - settings.lost_touch_days
        needs.append(
            Need(
                lid,
                lost.contact.id,
                Purpose.PERSONAL,
                90 + 60 * scores[lid].value + max(-14, min(over, 60)),
                partial(_reason_of, lost),
                week_start,
                "lost_touch",
                Channel.PERSONAL,
                aside=partial(_lost_aside, lost),
            )
        )
    return needs


def _cadence_need(
    due: Due,
    company: Company,
    score: Score,
    contact_id: int | None,
    week_start: date,
    week_end: date,
) -> Need:
    urgency = 0.0
    if due.max_date <= week_end:
        urgency += 80
    if due.last is None:
        urgency += 40
    else:
        urgency += min(60, max(0, (week_start - due.ideal_date).days))
    level_bonus = 10 if due.level is None else 0
    purpose = _cadence_purpose(company, score)
    if contact_id is None:
        purpose = Purpose.DISCOVERY
    return Need(
        company.id or 0,
        contact_id,
        purpose,
        100 + 100 * score.value + urgency + level_bonus,
        partial(cadence_reason, due, company, score, week_start),
        max(week_start, min(due.ideal_date, due.max_date)),
        "cadence",
    )


def merge(needs: list[Need]) -> list[Need]:
    """One suggestion per contact (or per account without a contact) a week."""
    merged: dict[tuple[int, int | None], Need] = {}
    for need in sorted(needs, key=lambda n: -n.priority):
        slot = (need.company_id, need.contact_id)
        first = merged.get(slot)
        if first is None:
            merged[slot] = need
            continue
        same = need.purpose is first.purpose
        first.extra.append(need.words if same or not need.aside else need.aside)
        first.extra.extend(need.extra)
        first.priority += 5
        first.target = min(first.target, need.target)
    return list(merged.values())
