"""The year simulation: the rep following the plan every week against the 90-day-call habit."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from planner.domain.model import (
    BuyingRole,
    CompanyKind,
    Contact,
    ContactLevel,
    GrowthPotential,
    Purpose,
)
from planner.domain.portfolio import Planned, Portfolio
from planner.domain.screening import Screening, ScreeningVerdict
from planner.domain.timing import week_start
from planner.nurture.cadence import next_working_day
from planner.nurture.rep import Rep
from planner.nurture.scoring import Score, score_portfolio
from planner.nurture.settings import NurtureSettings, Tier
from planner.nurture.week_plan import plan_week
from planner.nurture.workweek import days_off

HABIT_INTERVAL_DAYS = 90
RUNWAY_WINDOW_DAYS = 180
MEASURES = (
    "lost_touch_contacts",
    "max_gap_over_max_interval_days",
    "min_touches_before_contract_end",
    "repeated_content_sends",
    "days_over_capacity",
)
# For each measure, whether a higher figure is better.
HIGHER_IS_BETTER = {"min_touches_before_contract_end": True}


@dataclass(frozen=True, slots=True)
class Touch:
    """One completed touch in the simulated year."""

    company_id: int
    contact_id: int | None
    day: date
    purpose: Purpose = Purpose.CHECK_IN
    content_id: int | None = None
    # Already on the calendar before the simulation: common to both ways of working.
    existing: bool = False


@dataclass(frozen=True, slots=True)
class Outcome:
    """The measures of one way of working over the simulated period."""

    touches: int
    lost_touch_contacts: int
    lost_touch_by_tier: Mapping[str, int]
    max_gap_over_max_interval_days: int
    dream_client_gaps: Mapping[str, tuple[int, int]]  # name -> (longest gap, max interval)
    min_touches_before_contract_end: int | None
    contract_ends: int
    repeated_content_sends: int
    days_over_capacity: int
    repeated_sends_already_planned: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "touches": self.touches,
            "lost_touch_contacts": self.lost_touch_contacts,
            "lost_touch_by_tier": dict(self.lost_touch_by_tier),
            "max_gap_over_max_interval_days": self.max_gap_over_max_interval_days,
            "dream_client_gaps": {
                name: {"longest_gap_days": gap, "max_interval_days": limit}
                for name, (gap, limit) in self.dream_client_gaps.items()
            },
            "min_touches_before_contract_end": self.min_touches_before_contract_end,
            "contract_ends": self.contract_ends,
            "repeated_content_sends": self.repeated_content_sends,
            "days_over_capacity": self.days_over_capacity,
            "repeated_sends_already_planned": self.repeated_sends_already_planned,
        }


@dataclass(frozen=True, slots=True)
class Comparison:
    """The plan and the habit side by side over the same weeks."""

    start: date
    end: date
    weeks: int
    plan: Outcome
    habit: Outcome
    lost_touch_at_start: int = 0

    def plan_wins(self, measure: str) -> bool:
        """At least as good as the habit on this measure (ties at the best value count)."""
        mine = getattr(self.plan, measure)
        theirs = getattr(self.habit, measure)
        if mine is None or theirs is None:
            return mine is None and theirs is None
        if HIGHER_IS_BETTER.get(measure, False):
            return bool(mine >= theirs)
        return bool(mine <= theirs)

    @property
    def plan_beats_habit(self) -> bool:
        """The plan wins or ties on every measure; losing one is enough to say no."""
        return all(self.plan_wins(m) for m in MEASURES)

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "weeks": self.weeks,
            "lost_touch_at_start": self.lost_touch_at_start,
            "plan": self.plan.to_json(),
            "habit": self.habit.to_json(),
            "plan_beats_habit": self.plan_beats_habit,
        }

    def table(self) -> str:
        """The comparison as a Markdown table (it goes in the README)."""

        def fmt(value: object) -> str:
            return "–" if value is None else str(value)

        rows: list[tuple[str, int | None, int | None]] = [
            ("Touches made", self.plan.touches, self.habit.touches),
            (
                "Contacts untouched > 90 days",
                self.plan.lost_touch_contacts,
                self.habit.lost_touch_contacts,
            ),
        ]
        for tier in ("A", "B", "C"):
            rows.append(
                (
                    f"  … at tier {tier} accounts",
                    self.plan.lost_touch_by_tier.get(tier, 0),
                    self.habit.lost_touch_by_tier.get(tier, 0),
                )
            )
        rows += [
            (
                "Worst dream-client gap beyond its max interval (days)",
                self.plan.max_gap_over_max_interval_days,
                self.habit.max_gap_over_max_interval_days,
            ),
            (
                "Fewest touches in the 180 days before a contract end",
                self.plan.min_touches_before_contract_end,
                self.habit.min_touches_before_contract_end,
            ),
            (
                "Content sent twice to one contact",
                self.plan.repeated_content_sends,
                self.habit.repeated_content_sends,
            ),
            ("Days over capacity", self.plan.days_over_capacity, self.habit.days_over_capacity),
        ]
        width = max(len(r[0]) for r in rows)
        lines = [
            f"| {'Measure':<{width}} | Plan | Habit |",
            f"|{'-' * (width + 2)}|-----:|------:|",
        ]
        lines += [f"| {name:<{width}} | {fmt(p):>4} | {fmt(h):>5} |" for name, p, h in rows]
        return "\n".join(lines)


@dataclass
class _State:
    """What changes while a scenario is played: last touches, sends, screenings."""

    last_contact: dict[int, date]
    last_company: dict[int, date]
    last_level: dict[tuple[int, ContactLevel], date]
    last_purpose: dict[tuple[int, Purpose], date]
    sends: dict[int, set[int]]
    screenings: dict[int, Screening]
    touches: list[Touch] = field(default_factory=list)
    repeated: int = 0
    repeated_existing: int = 0

    @classmethod
    def of(cls, portfolio: Portfolio) -> _State:
        return cls(
            dict(portfolio.last_contact_touch),
            dict(portfolio.last_company_touch),
            dict(portfolio.last_level_touch),
            dict(portfolio.last_purpose_touch),
            {k: set(v) for k, v in portfolio.sends.items()},
            dict(portfolio.screenings),
        )

    def complete(self, touch: Touch, contact: Contact | None) -> None:
        self.touches.append(touch)
        _later(self.last_company, touch.company_id, touch.day)
        _later(self.last_purpose, (touch.company_id, touch.purpose), touch.day)
        if touch.contact_id is not None:
            _later(self.last_contact, touch.contact_id, touch.day)
            if contact is not None:
                _later(self.last_level, (touch.company_id, contact.level), touch.day)
            if touch.content_id is not None:
                received = self.sends.setdefault(touch.contact_id, set())
                if touch.content_id in received:
                    if touch.existing:
                        self.repeated_existing += 1
                    else:
                        self.repeated += 1
                received.add(touch.content_id)


def _later(mapping: dict[Any, date], key: Any, day: date) -> None:
    current = mapping.get(key)
    if current is None or day > current:
        mapping[key] = day


def _existing_touch(p: Planned) -> Touch:
    return Touch(p.company_id, p.contact_id, p.day, p.purpose, p.content_id, existing=True)


def _screen_outcome(portfolio: Portfolio, company_id: int, day: date) -> Screening:
    """What a screening call is assumed to find in the simulation: the recorded potential."""
    company = portfolio.company_by_id[company_id]
    potential = company.growth_potential in (GrowthPotential.HIGH, GrowthPotential.MEDIUM)
    return Screening(
        company_id,
        day,
        ScreeningVerdict.POTENTIAL if potential else ScreeningVerdict.NO_POTENTIAL,
        company.wallet_gap,
    )


def _play_plan(
    portfolio: Portfolio, settings: NurtureSettings, start: date, weeks: int, rep: Rep
) -> _State:
    state = _State.of(portfolio)
    load: Counter[date] = Counter()
    end = start + timedelta(weeks=weeks, days=14)
    off = days_off(settings.holidays, portfolio.time_off, start, end)
    # Touches that slipped into a later week: on the calendar there, using up its room.
    late: list[Touch] = []
    scores = score_portfolio(portfolio.companies, settings, state.screenings)
    contacts = portfolio.contact_by_id
    for w in range(weeks):
        ws = start + timedelta(weeks=w)
        we = ws + timedelta(days=6)
        today = max(ws, portfolio.today)
        week_view = portfolio.replace(
            today=today,
            sends={k: frozenset(v) for k, v in state.sends.items()},
            screenings=dict(state.screenings),
            last_contact_touch=state.last_contact,
            last_company_touch=state.last_company,
            last_level_touch=state.last_level,
            last_purpose_touch=state.last_purpose,
            planned=tuple(p for p in portfolio.planned if p.day >= today)
            + tuple(_as_planned(t) for t in late if t.day >= today),
        )
        suggestions = plan_week(week_view, ws, settings, today, scores)
        done = [_existing_touch(p) for p in portfolio.planned if today <= p.day <= we]
        screened = False
        for s in suggestions:
            if not rep.accepts():
                continue
            done.append(Touch(s.company_id, s.contact_id, s.day, s.purpose, s.content_id))
            if s.rule == "screening" and s.company_id not in state.screenings:
                state.screenings[s.company_id] = _screen_outcome(portfolio, s.company_id, s.day)
                screened = True
        if not rep.perfect:
            load.update(t.day for t in done)
            slipped = []
            for t in done:
                day = rep.done_on(
                    t.day, settings.working_days, off, load, settings.capacity_per_day
                )
                if day != t.day:
                    load[t.day] -= 1
                    load[day] += 1
                slipped.append(t if day == t.day else dataclasses.replace(t, day=day))
            done = slipped
            late = [t for t in [*late, *done] if t.day > we]
        for touch in sorted(done, key=lambda t: t.day):
            state.complete(touch, contacts.get(touch.contact_id or 0))
        if screened:
            scores = score_portfolio(portfolio.companies, settings, state.screenings)
    return state


def _as_planned(touch: Touch) -> Planned:
    return Planned(
        touch.company_id,
        touch.day,
        touch.contact_id,
        purpose=touch.purpose,
        content_id=touch.content_id,
        done=True,
    )


def _main_contact(contacts: Iterable[Contact]) -> Contact | None:
    order = {ContactLevel.EXECUTIVE: 0, ContactLevel.MANAGER: 1, ContactLevel.PRACTITIONER: 2}
    pool = list(contacts)
    if not pool:
        return None
    return min(
        pool,
        key=lambda c: (c.buying_role is not BuyingRole.DECISION_MAKER, order[c.level], c.id or 0),
    )


def _play_habit(portfolio: Portfolio, settings: NurtureSettings, start: date, end: date) -> _State:
    """One call to each account every 90 days (to its main contact), and nothing else."""
    state = _State.of(portfolio)
    first = max(start, portfolio.today)
    touches = [_existing_touch(p) for p in portfolio.planned if first <= p.day <= end]
    for company in portfolio.companies:
        if company.id is None:
            continue
        contact = _main_contact(portfolio.contacts_by_company.get(company.id, ()))
        last = portfolio.last_company_touch.get(company.id)
        due = first if last is None else max(first, last + timedelta(days=HABIT_INTERVAL_DAYS))
        while True:
            day = next_working_day(due, settings.working_days)
            if day > end:
                break
            touches.append(
                Touch(company.id, None if contact is None else contact.id, day, Purpose.CHECK_IN)
            )
            due = day + timedelta(days=HABIT_INTERVAL_DAYS)
    for touch in sorted(touches, key=lambda t: t.day):
        state.complete(touch, portfolio.contact_by_id.get(touch.contact_id or 0))
    return state


def _measure(
    portfolio: Portfolio,
    settings: NurtureSettings,
    scores: Mapping[int, Score],
    state: _State,
    start: date,
    end: date,
) -> Outcome:
    first = max(start, portfolio.today)
    limit = settings.lost_touch_days
    by_contact: dict[int, list[date]] = {}
    by_company: dict[int, list[date]] = {}
    for t in state.touches:
        by_company.setdefault(t.company_id, []).append(t.day)
        if t.contact_id is not None:
            by_contact.setdefault(t.contact_id, []).append(t.day)

    # A contact counts when their gap crosses the limit inside the simulated period.
    lost_by_tier: Counter[str] = Counter()
    for contact in portfolio.contacts:
        if contact.id is None or contact.company_id is None or contact.company_id not in scores:
            continue
        prev = portfolio.last_contact_touch.get(contact.id)
        lost = False
        for day in [*sorted(by_contact.get(contact.id, [])), end + timedelta(days=1)]:
            if prev is not None:
                crossing = prev + timedelta(days=limit + 1)
                if first <= crossing < day and crossing <= end:
                    lost = True
                    break
            prev = day
        if lost:
            lost_by_tier[str(scores[contact.company_id].tier)] += 1

    # The longest stretch inside the period without an account touch, per dream client.
    gaps: dict[str, tuple[int, int]] = {}
    worst = 0
    for company in portfolio.companies:
        if company.kind is not CompanyKind.DREAM_CLIENT or company.id is None:
            continue
        score = scores.get(company.id)
        if score is None:
            continue
        rule = settings.rule(score.program, score.tier, None)
        days = sorted(d for d in by_company.get(company.id, []) if first <= d <= end)
        last = portfolio.last_company_touch.get(company.id)
        prev = first if last is None else max(first, last)
        longest = 0
        for day in [*days, end]:
            longest = max(longest, (day - prev).days)
            prev = max(prev, day)
        gaps[company.name] = (longest, rule.max_days)
        worst = max(worst, longest - rule.max_days)

    # Touches in the 180 days before each contract end inside the period.
    counts: list[int] = []
    for company in portfolio.companies:
        ends = company.contract_end
        if company.kind is not CompanyKind.CUSTOMER or company.id is None or ends is None:
            continue
        if not first < ends <= end:
            continue
        window = ends - timedelta(days=RUNWAY_WINDOW_DAYS)
        history = portfolio.recent_done.get(company.id, ())
        n = sum(1 for d in history if window <= d < first)
        n += sum(1 for d in by_company.get(company.id, []) if window <= d < ends)
        counts.append(n)

    per_day = Counter(t.day for t in state.touches)
    over = sum(1 for n in per_day.values() if n > settings.capacity_per_day)
    return Outcome(
        touches=len(state.touches),
        lost_touch_contacts=sum(lost_by_tier.values()),
        lost_touch_by_tier={str(t): lost_by_tier.get(str(t), 0) for t in Tier},
        max_gap_over_max_interval_days=max(0, worst),
        dream_client_gaps=gaps,
        min_touches_before_contract_end=min(counts) if counts else None,
        contract_ends=len(counts),
        repeated_content_sends=state.repeated,
        days_over_capacity=over,
        repeated_sends_already_planned=state.repeated_existing,
    )


def simulate(
    portfolio: Portfolio,
    weeks: int = 52,
    settings: NurtureSettings | None = None,
    start: date | None = None,
    rep: Rep | None = None,
) -> Comparison:
    """Play `weeks` weeks of accepting and completing the plan, and of the habit; compare.

    `rep` plays an imperfect rep (part accepted, some touches late); by default every
    suggestion is accepted and done on its day. Pure and in memory: nothing is written.
    """
    settings = settings or NurtureSettings()
    start = week_start(portfolio.today) if start is None else week_start(start)
    end = start + timedelta(weeks=weeks) - timedelta(days=1)
    scores = score_portfolio(portfolio.companies, settings, portfolio.screenings)
    plan_state = _play_plan(portfolio, settings, start, weeks, rep or Rep())
    habit_state = _play_habit(portfolio, settings, start, end)
    at_start = sum(
        1
        for c in portfolio.contacts
        if c.id is not None
        and (
            (last := portfolio.last_contact_touch.get(c.id)) is None
            or (portfolio.today - last).days > settings.lost_touch_days
        )
    )
    return Comparison(
        start=start,
        end=end,
        weeks=weeks,
        plan=_measure(portfolio, settings, scores, plan_state, start, end),
        habit=_measure(portfolio, settings, scores, habit_state, start, end),
        lost_touch_at_start=at_start,
    )
