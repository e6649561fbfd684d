"""Plan my week: touch-points to propose within capacity, each with its reason in plain words."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from planner.domain.model import (
    BuyingRole,
    Channel,
    Company,
    CompanyKind,
    Contact,
    ContactLevel,
    GrowthPotential,
    Purpose,
    TouchPoint,
)
from planner.domain.portfolio import Portfolio
from planner.domain.text import QT_TRANSLATE_NOOP, joined
from planner.nurture.cadence import Due, all_dues
from planner.nurture.content_fit import send_counts, suggest_content
from planner.nurture.coverage import coverage_of
from planner.nurture.job_changes import detect_job_changes
from planner.nurture.lost_touch import lost_touch
from planner.nurture.runway import due_step
from planner.nurture.scoring import Score, score_portfolio
from planner.nurture.screening import needs_screening
from planner.nurture.settings import NurtureSettings, Program, Tier

_LEVEL_ORDER = {ContactLevel.EXECUTIVE: 0, ContactLevel.MANAGER: 1, ContactLevel.PRACTITIONER: 2}
_PROGRAM_TEXT = {
    Program.DREAM_CLIENT: QT_TRANSLATE_NOOP("Plan", "dream clients"),
    Program.CUSTOMER: QT_TRANSLATE_NOOP("Plan", "customers"),
    Program.PROSPECT: QT_TRANSLATE_NOOP("Plan", "prospects"),
    Program.FORMER_CUSTOMER: QT_TRANSLATE_NOOP("Plan", "former customers"),
    Program.LIGHT: QT_TRANSLATE_NOOP("Plan", "the light program"),
}

# A cadence reason, by who is due (the account, or a contact level there): never touched,
# not touched for a while, and not touched for longer than the cadence's maximum.
# {cadence} is "tier A customers: every 21 days"; {duration} is "1 day" or "40 days".
_NOT_YET = {
    None: QT_TRANSLATE_NOOP("Plan", "No account touch at {company} yet ({cadence})"),
    ContactLevel.EXECUTIVE: QT_TRANSLATE_NOOP(
        "Plan", "No executive touch at {company} yet ({cadence})"
    ),
    ContactLevel.MANAGER: QT_TRANSLATE_NOOP(
        "Plan", "No manager touch at {company} yet ({cadence})"
    ),
    ContactLevel.PRACTITIONER: QT_TRANSLATE_NOOP(
        "Plan", "No practitioner touch at {company} yet ({cadence})"
    ),
}
_NOT_FOR = {
    None: QT_TRANSLATE_NOOP("Plan", "No account touch at {company} for {duration} ({cadence})"),
    ContactLevel.EXECUTIVE: QT_TRANSLATE_NOOP(
        "Plan", "No executive touch at {company} for {duration} ({cadence})"
    ),
    ContactLevel.MANAGER: QT_TRANSLATE_NOOP(
        "Plan", "No manager touch at {company} for {duration} ({cadence})"
    ),
    ContactLevel.PRACTITIONER: QT_TRANSLATE_NOOP(
        "Plan", "No practitioner touch at {company} for {duration} ({cadence})"
    ),
}
_NOT_FOR_PAST_MAX = {
    None: QT_TRANSLATE_NOOP(
        "Plan", "No account touch at {company} for {duration} ({cadence}) — past the maximum"
    ),
    ContactLevel.EXECUTIVE: QT_TRANSLATE_NOOP(
        "Plan", "No executive touch at {company} for {duration} ({cadence}) — past the maximum"
    ),
    ContactLevel.MANAGER: QT_TRANSLATE_NOOP(
        "Plan", "No manager touch at {company} for {duration} ({cadence}) — past the maximum"
    ),
    ContactLevel.PRACTITIONER: QT_TRANSLATE_NOOP(
        "Plan",
        "No practitioner touch at {company} for {duration} ({cadence}) — past the maximum",
    ),
}

# A suggestion's title names what to do and with whom; a content send also names the content.
_ACTION_TITLES = {
    Channel.CALL: QT_TRANSLATE_NOOP("Plan", "Call {who}"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Plan", "E-mail {who}"),
    Channel.MEETING: QT_TRANSLATE_NOOP("Plan", "Meet {who}"),
    Channel.VISIT: QT_TRANSLATE_NOOP("Plan", "Visit {who}"),
    Channel.CONTENT: QT_TRANSLATE_NOOP("Plan", "Send content to {who}"),
    Channel.SOCIAL: QT_TRANSLATE_NOOP("Plan", "Social touch with {who}"),
    Channel.PERSONAL: QT_TRANSLATE_NOOP("Plan", "Personal touch with {who}"),
}


@dataclass(frozen=True, slots=True)
class Suggestion:
    """One proposed touch-point; `key` is stable, so accepting the same week twice is harmless."""

    key: str
    day: date
    company_id: int
    company_name: str
    contact_id: int | None
    contact_name: str
    channel: Channel
    purpose: Purpose
    reason: str
    priority: float
    tier: Tier
    rule: str  # runway, job_change, screening, cadence, lost_touch
    content_id: int | None = None
    content_title: str = ""

    @property
    def title(self) -> str:
        """The planned touch-point's title, naming the action: "Send “Guide” to Ada Lovelace"."""
        who = self.contact_name or self.company_name
        if self.content_title:
            return QT_TRANSLATE_NOOP("Plan", "Send “{content}” to {who}").format(
                content=self.content_title, who=who
            )
        return _ACTION_TITLES[self.channel].format(who=who)

    def to_touchpoint(self, tz: str = "UTC") -> TouchPoint:
        title = self.title
        return TouchPoint(
            company_id=self.company_id,
            day=self.day,
            channel=self.channel,
            contact_id=self.contact_id,
            tz=tz,
            purpose=self.purpose,
            title=title,
            reason=self.reason,
            content_id=self.content_id,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "date": self.day.isoformat(),
            "company": self.company_name,
            "company_id": self.company_id,
            "contact": self.contact_name,
            "contact_id": self.contact_id,
            "channel": str(self.channel),
            "purpose": str(self.purpose),
            "reason": self.reason,
            "content": self.content_title,
            "content_id": self.content_id,
            "tier": str(self.tier),
            "rule": self.rule,
            "priority": round(self.priority, 2),
        }


def plan_key(company_id: int, contact_id: int | None, purpose: Purpose, week: date) -> str:
    return f"{company_id}:{contact_id or 0}:{purpose}:{week.isoformat()}"


def accepted_in_week(plan_keys: Iterable[str], week: date) -> int:
    """How many of the week's suggestions are on the calendar already (their plan keys)."""
    suffix = f":{week.isoformat()}"
    return sum(1 for key in plan_keys if key.endswith(suffix))


@dataclass
class _Need:
    company_id: int
    contact_id: int | None
    purpose: Purpose
    priority: float
    reason: str
    target: date
    rule: str
    channel: Channel | None = None
    extra: list[str] = field(default_factory=list)
    # The need's fact without its advice ("Never touched Ada"), for when it joins a need of
    # another purpose: a content send must not also read "time for a personal touch".
    aside: str = ""


def _days_text(days: int) -> str:
    if days == 1:
        return QT_TRANSLATE_NOOP("Plan", "1 day")
    return QT_TRANSLATE_NOOP("Plan", "{days} days").format(days=days)


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


def _channel(purpose: Purpose, contact: Contact | None, score: Score, has_content: bool) -> Channel:
    level = contact.level if contact is not None else None
    if purpose is Purpose.PERSONAL:
        return Channel.PERSONAL
    if purpose is Purpose.RENEWAL:
        return Channel.MEETING if level is ContactLevel.EXECUTIVE else Channel.CALL
    if purpose is Purpose.DISCOVERY:
        if level is ContactLevel.EXECUTIVE and score.tier is Tier.A:
            return Channel.MEETING
        return Channel.CALL
    if purpose is Purpose.VALUE_ADD:
        if has_content:
            return Channel.CONTENT
        return Channel.MEETING if level is ContactLevel.EXECUTIVE else Channel.EMAIL
    if score.program is Program.LIGHT:
        return Channel.EMAIL
    if score.at_risk and level is ContactLevel.EXECUTIVE:
        return Channel.VISIT
    return Channel.CALL


def _cadence_reason(due: Due, company: Company, score: Score, today: date) -> str:
    cadence = (
        QT_TRANSLATE_NOOP("Plan", "tier {tier} {program}: every {days} days while at risk")
        if score.at_risk
        else QT_TRANSLATE_NOOP("Plan", "tier {tier} {program}: every {days} days")
    ).format(tier=score.tier, program=_PROGRAM_TEXT[score.program], days=due.ideal_days)
    days = due.days_since(today)
    if days is None:
        return _NOT_YET[due.level].format(company=company.name, cadence=cadence)
    wording = _NOT_FOR_PAST_MAX if days > due.max_days else _NOT_FOR
    return wording[due.level].format(
        company=company.name, duration=_days_text(days), cadence=cadence
    )


def _collect_needs(
    portfolio: Portfolio,
    scores: Mapping[int, Score],
    settings: NurtureSettings,
    week_start: date,
    week_end: date,
) -> list[_Need]:
    needs: list[_Need] = []
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
            _Need(
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
        need = _Need(
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
            _Need(
                sid,
                None if contact is None else contact.id,
                Purpose.DISCOVERY,
                150 + 100 * scores[sid].value,
                screen.reason,
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
        aside = (
            QT_TRANSLATE_NOOP("Plan", "Never touched {name}").format(name=lost.contact.first_name)
            if lost.days is None
            else QT_TRANSLATE_NOOP("Plan", "No touch with {name} for {duration}").format(
                name=lost.contact.first_name, duration=_days_text(lost.days)
            )
        )
        needs.append(
            _Need(
                lid,
                lost.contact.id,
                Purpose.PERSONAL,
                90 + 60 * scores[lid].value + max(-14, min(over, 60)),
                lost.reason,
                week_start,
                "lost_touch",
                Channel.PERSONAL,
                aside=aside,
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
) -> _Need:
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
    return _Need(
        company.id or 0,
        contact_id,
        purpose,
        100 + 100 * score.value + urgency + level_bonus,
        _cadence_reason(due, company, score, week_start),
        max(week_start, min(due.ideal_date, due.max_date)),
        "cadence",
    )


def _merge(needs: list[_Need]) -> list[_Need]:
    """One suggestion per contact (or per account without a contact) a week."""
    merged: dict[tuple[int, int | None], _Need] = {}
    for need in sorted(needs, key=lambda n: -n.priority):
        slot = (need.company_id, need.contact_id)
        first = merged.get(slot)
        if first is None:
            merged[slot] = need
            continue
        same = need.purpose is first.purpose
        first.extra.append(need.reason if same or not need.aside else need.aside)
        first.extra.extend(need.extra)
        first.priority += 5
        first.target = min(first.target, need.target)
    return list(merged.values())


def _coverage_notes(
    portfolio: Portfolio, score: Score, settings: NurtureSettings, today: date
) -> list[str]:
    """Mapping advice for an account worth it (tier A, or single-threaded tier B)."""
    if score.tier is Tier.C or score.program is Program.LIGHT:
        return []
    cov = coverage_of(portfolio, score, settings, today)
    notes: list[str] = []
    if cov.single_threaded:
        notes.append(
            QT_TRANSLATE_NOOP("Plan", "Single-threaded: ask for an introduction to a colleague")
        )
    elif score.tier is Tier.A and ContactLevel.EXECUTIVE in cov.missing_levels:
        notes.append(QT_TRANSLATE_NOOP("Plan", "No executive mapped: ask who else decides"))
    return notes


def plan_week(
    portfolio: Portfolio,
    week_start: date,
    settings: NurtureSettings,
    today: date | None = None,
    scores: Mapping[int, Score] | None = None,
) -> list[Suggestion]:
    """Touch-points proposed for the week starting `week_start`, best first within each day.

    Working days only and not before `today`; at most `capacity_per_day` a day counting what
    is already on the calendar; the highest priority gets the room first; an account's
    touches are spread over different days.
    """
    today = portfolio.today if today is None else today
    week_end = week_start + timedelta(days=6)
    days = [
        d
        for d in (week_start + timedelta(days=i) for i in range(7))
        if d.weekday() in settings.working_days and d >= today
    ]
    if not days:
        return []
    room = {d: settings.capacity_per_day - portfolio.load_on(d) for d in days}
    if all(n <= 0 for n in room.values()):
        return []  # a full week: nothing can be proposed, so nothing is worked out
    if scores is None:
        scores = score_portfolio(
            portfolio.companies, settings, portfolio.screenings, portfolio.book
        )
    needs = _merge(_collect_needs(portfolio, scores, settings, week_start, week_end))
    needs.sort(key=lambda n: (-n.priority, n.company_id, n.contact_id or 0))

    per_company_day: Counter[tuple[int, date]] = Counter()
    for p in portfolio.planned:
        per_company_day[(p.company_id, p.day)] += 1
    counts = (
        send_counts(portfolio) if portfolio.book is None else Counter(portfolio.book.send_counts)
    )
    by_id = portfolio.company_by_id
    contact_by_id = portfolio.contact_by_id
    noted: set[int] = set()
    result: list[Suggestion] = []
    for need in needs:
        key = plan_key(need.company_id, need.contact_id, need.purpose, week_start)
        if key in portfolio.plan_keys or key in portfolio.dismissed:
            continue
        open_days = [d for d in days if room[d] > 0]
        if not open_days:
            break
        target = min(max(need.target, days[0]), days[-1])
        day = min(
            open_days,
            key=lambda d: (per_company_day[(need.company_id, d)], abs((d - target).days), d),
        )
        room[day] -= 1
        per_company_day[(need.company_id, day)] += 1
        company = by_id[need.company_id]
        score = scores[need.company_id]
        contact = contact_by_id.get(need.contact_id) if need.contact_id is not None else None
        content = None
        if need.purpose is Purpose.VALUE_ADD and contact is not None:
            fitting = suggest_content(portfolio, company, contact, send_counts=counts)
            if fitting:
                content = fitting[0]
                counts[content.id or 0] += 1
        channel = need.channel or _channel(need.purpose, contact, score, content is not None)
        if channel is not Channel.CONTENT:
            content = None
        extra = list(need.extra)
        if need.company_id not in noted:
            noted.add(need.company_id)
            extra.extend(_coverage_notes(portfolio, score, settings, week_start))
        if content is not None:
            extra.append(
                QT_TRANSLATE_NOOP(
                    "Plan", "Send “{title}”, written for them and not yet received"
                ).format(title=content.title)
            )
        # Each part is a sentence of its own, starting with a capital.
        reason = joined(". ", [need.reason, *extra])
        result.append(
            Suggestion(
                key=key,
                day=day,
                company_id=need.company_id,
                company_name=company.name,
                contact_id=need.contact_id,
                contact_name="" if contact is None else contact.full_name,
                channel=channel,
                purpose=need.purpose,
                reason=reason,
                priority=need.priority,
                tier=score.tier,
                rule=need.rule,
                content_id=None if content is None else content.id,
                content_title="" if content is None else content.title,
            )
        )
    result.sort(key=lambda s: (s.day, -s.priority, s.company_name))
    return result
