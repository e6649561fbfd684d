"""Plan my week: touch-points to propose within capacity, each with its reason in plain words."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import date, time, timedelta

from planner.domain.model import Channel, Contact, ContactLevel, Purpose
from planner.domain.portfolio import Portfolio
from planner.domain.text import QT_TRANSLATE_NOOP, joined
from planner.nurture.content_fit import send_counts, suggest_content
from planner.nurture.coverage import coverage_of
from planner.nurture.scoring import Score, score_portfolio
from planner.nurture.settings import NurtureSettings, Program, Tier
from planner.nurture.slots import DayBook, day_reason, place
from planner.nurture.week_plan_needs import collect_needs, merge, said
from planner.nurture.week_plan_suggestion import Suggestion, accepted_in_week, plan_key
from planner.nurture.workweek import days_off

__all__ = ["Suggestion", "accepted_in_week", "plan_key", "plan_week"]


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


def week_room(
    portfolio: Portfolio, week_start: date, settings: NurtureSettings, today: date
) -> dict[date, int]:
    """The places left on each day a suggestion may go (working, not off, from `today`).

    The number can be below zero when the calendar is fuller than the capacity.
    """
    week_end = week_start + timedelta(days=6)
    off = days_off(settings.holidays, portfolio.time_off, week_start, week_end)
    return {
        d: settings.capacity_per_day - portfolio.load_on(d)
        for d in (week_start + timedelta(days=i) for i in range(7))
        if d.weekday() in settings.working_days and d >= today and d not in off
    }


def free_places(
    portfolio: Portfolio, week_start: date, settings: NurtureSettings, today: date
) -> int:
    """How many suggestions the week can take: `plan_week` fills exactly these if it can."""
    return sum(max(0, n) for n in week_room(portfolio, week_start, settings, today).values())


def plan_week(
    portfolio: Portfolio,
    week_start: date,
    settings: NurtureSettings,
    today: date | None = None,
    scores: Mapping[int, Score] | None = None,
    now: time | None = None,
) -> list[Suggestion]:
    """Touch-points proposed for the week starting `week_start`, best first within each day.

    Working days only, never on a public holiday or time off, and not before `today` (nor
    before `now` on it); at most `capacity_per_day` a day counting what is already on the
    calendar; the highest priority gets the room first; an account's touches are spread over
    different days; calls, meetings and visits get a free slot of working hours.
    """
    today = portfolio.today if today is None else today
    week_end = week_start + timedelta(days=6)
    room = week_room(portfolio, week_start, settings, today)
    days = list(room)
    if not days:
        return []
    if all(n <= 0 for n in room.values()):
        return []  # a full week: nothing can be proposed, so nothing is worked out
    if scores is None:
        scores = score_portfolio(
            portfolio.companies, settings, portfolio.screenings, portfolio.book
        )
    needs = merge(collect_needs(portfolio, scores, settings, week_start, week_end))
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
    book = DayBook(settings, days, portfolio.planned, today, now)
    result: list[Suggestion] = []
    for need in needs:
        key = plan_key(need.company_id, need.contact_id, need.purpose, week_start)
        if key in portfolio.plan_keys or key in portfolio.dismissed:
            continue
        open_days = [d for d in days if room[d] > 0]
        if not open_days:
            break
        target = min(max(need.target, days[0]), days[-1])
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
        spread = {d: per_company_day[(need.company_id, d)] for d in open_days}
        slot = place(book, open_days, channel, target, spread)
        day = slot.day
        room[day] -= 1
        per_company_day[(need.company_id, day)] += 1
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
        extra.append(day_reason(day, need.target, days[0]))
        reason = joined(". ", [need.reason, *(said(words) for words in extra)])
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
                time=slot.time,
                duration_minutes=slot.duration_minutes,
            )
        )
    result.sort(key=lambda s: (s.day, -s.priority, s.company_name))
    return result
