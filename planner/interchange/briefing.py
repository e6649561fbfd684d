"""What a visit brief and a trip need from the plan, read in one go (Qt-free, for GUI and CLI)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from planner.domain.model import (
    Company,
    Contact,
    ContactLevel,
    ContentItem,
    Status,
    TouchPoint,
)
from planner.domain.portfolio import Portfolio
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.nurture.content_fit import suggest_content
from planner.nurture.coverage import coverage_of
from planner.nurture.places import Gazetteer, Position, gazetteer
from planner.nurture.scoring import Score, score_portfolio
from planner.nurture.settings import SETTINGS_KEY, NurtureSettings
from planner.nurture.trip import Busy, TripPlan, TripRequest, plan_trip
from planner.storage import Store
from planner.storage.portfolio import load_portfolio

LAST_TOUCHES = 5
# A move this recent is worth mentioning before a visit.
JOB_CHANGE_DAYS = 365


def load_settings(store: Store) -> NurtureSettings:
    """The rep's nurture settings as stored in the plan (defaults where unset)."""
    return NurtureSettings.from_json(store.setting(SETTINGS_KEY, None))


def positions(companies: tuple[Company, ...], places: Gazetteer) -> dict[int, Position | None]:
    """Each account's position: pinned, else its city's, else None (unknown)."""
    return {c.id: places.position_of(c) for c in companies if c.id is not None}


def busy_between(store: Store, first: date, last: date) -> list[Busy]:
    """The timed, planned items on the calendar from `first` to `last`."""
    return [
        Busy(e.touchpoint.day, e.touchpoint.time, e.touchpoint.duration_minutes)
        for e in store.touchpoints.between(first, last, [Status.PLANNED])
        if e.touchpoint.time is not None
    ]


def plan_trip_from_store(
    store: Store, request: TripRequest, today: date, places: Gazetteer | None = None
) -> TripPlan:
    """The trip for `request`, with everything read from the plan (nothing written)."""
    settings = load_settings(store)
    portfolio = load_portfolio(store, today)
    where = positions(portfolio.companies, places or gazetteer())
    busy = busy_between(store, request.first, request.last)
    return plan_trip(portfolio, request, where, settings, busy)


@dataclass(frozen=True, slots=True)
class Person:
    """One contact as the brief shows them."""

    contact: Contact
    last_touch: date | None
    moved: str  # a recent job change in words, or ""
    sent: tuple[str, ...]  # titles of content they already received
    next_content: str  # the best piece to bring, or ""


@dataclass(frozen=True, slots=True)
class Brief:
    """Everything on one visit brief."""

    touchpoint: TouchPoint
    company: Company
    contact_name: str
    score: Score
    people: tuple[Person, ...]
    last_touches: tuple[TouchPoint, ...]
    contact_names: dict[int, str]
    gaps: tuple[str, ...]
    today: date


def _job_change(store: Store, contact: Contact, company: Company, today: date) -> str:
    assert contact.id is not None
    jobs = store.contacts.employments(contact.id)
    here = [j for j in jobs if j.company_id == company.id and j.end is None and j.start]
    if not here or here[0].start is None:
        return ""
    start = here[0].start
    if (today - start).days > JOB_CHANGE_DAYS:
        return ""
    before = [j for j in jobs if j.company_id != company.id and j.end is not None]
    if before:
        previous = max(before, key=lambda j: j.end or date.min)
        try:
            was = store.companies.get(previous.company_id).name
        except Exception:  # the old account was deleted: say nothing about it
            was = ""
        if was:
            return QT_TRANSLATE_NOOP("Brief", "Joined on {day}, from {company}").format(
                day=start.isoformat(), company=was
            )
    return QT_TRANSLATE_NOOP("Brief", "Joined on {day}").format(day=start.isoformat())


def _next_content(portfolio: Portfolio, company: Company, contact: Contact) -> ContentItem | None:
    fitting = suggest_content(portfolio, company, contact)
    return fitting[0] if fitting else None


class BriefMaker:
    """Makes briefs for touch-points of one plan, reading what they share only once."""

    def __init__(self, store: Store, today: date) -> None:
        self.store = store
        self.today = today
        self.settings = load_settings(store)
        self.portfolio = load_portfolio(store, today)
        self.scores = score_portfolio(
            self.portfolio.companies, self.settings, self.portfolio.screenings
        )
        self.titles = {c.id: c.title for c in store.content.all() if c.id is not None}

    def brief(self, tp: TouchPoint) -> Brief:
        """The brief for a touch-point (stored, or only proposed and not yet written)."""
        store, today, portfolio = self.store, self.today, self.portfolio
        company = store.companies.get(tp.company_id)
        score = self.scores[tp.company_id]
        order = {ContactLevel.EXECUTIVE: 0, ContactLevel.MANAGER: 1, ContactLevel.PRACTITIONER: 2}
        contacts = sorted(
            store.contacts.for_company(tp.company_id),
            key=lambda c: (order[c.level], c.last_name.casefold(), c.first_name.casefold()),
        )
        people = []
        for contact in contacts:
            assert contact.id is not None
            sends = sorted(store.content.sends_for_contact(contact.id), key=lambda s: s.sent_on)
            sent = (self.titles.get(s.content_id, "") for s in sends)
            best = _next_content(portfolio, company, contact)
            people.append(
                Person(
                    contact=contact,
                    last_touch=portfolio.last_contact_touch.get(contact.id),
                    moved=_job_change(store, contact, company, today),
                    sent=tuple(t for t in sent if t),
                    next_content="" if best is None else best.title,
                )
            )
        done = [
            e.touchpoint
            for e in store.touchpoints.for_company(tp.company_id)
            if e.touchpoint.status is Status.DONE and e.touchpoint.id != tp.id
        ]
        done.sort(key=lambda t: (t.day, t.time is not None, t.time), reverse=True)
        names = {c.id: c.full_name for c in contacts if c.id is not None}
        contact_name = names.get(tp.contact_id, "") if tp.contact_id is not None else ""
        coverage = coverage_of(portfolio, score, self.settings, today)
        return Brief(
            touchpoint=tp,
            company=company,
            contact_name=contact_name,
            score=score,
            people=tuple(people),
            last_touches=tuple(done[:LAST_TOUCHES]),
            contact_names=names,
            gaps=tuple(coverage.short_flags),
            today=today,
        )


def build_brief(store: Store, touchpoint_id: int, today: date) -> Brief:
    """The brief for one stored touch-point (raises NotFoundError if there is none)."""
    tp = store.touchpoints.get(touchpoint_id)
    return BriefMaker(store, today).brief(tp)
