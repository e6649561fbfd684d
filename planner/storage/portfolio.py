"""Loading the planner's view of the book with aggregate queries, not every touch-point."""

from __future__ import annotations

from datetime import date, timedelta

from planner.domain.model import Channel, ContactLevel, Purpose
from planner.domain.portfolio import Planned, Portfolio
from planner.domain.timing import planning_week
from planner.storage.contacts import employment_from_row
from planner.storage.dismissals import dismissed_keys
from planner.storage.rows import d2s, s2d, s2t
from planner.storage.store import Store
from planner.storage.time_off import time_off_ranges

# How far ahead calendar entries are loaded: a year of simulation plus a margin.
HORIZON_DAYS = 400
# How far back completed touches are loaded one by one (for runway counts in the simulation).
RECENT_DAYS = 180


def _day(value: object) -> date:
    day = s2d(value)
    assert day is not None
    return day


def load_portfolio(store: Store, today: date, *, horizon_days: int = HORIZON_DAYS) -> Portfolio:
    """Everything planning needs, read in a handful of grouped queries."""
    db = store.db
    companies = tuple(store.companies.all())
    contacts = tuple(c for c in store.contacts.all() if c.company_id is not None)
    employments = tuple(
        employment_from_row(r)
        for r in db.execute(
            'SELECT id, contact_id, company_id, title, start, "end" FROM employments'
        ).fetchall()
    )
    content = tuple(store.content.all())

    sends: dict[int, set[int]] = {}
    for contact_id, content_id in db.execute(
        "SELECT contact_id, content_id FROM content_sends"
    ).fetchall():
        sends.setdefault(contact_id, set()).add(content_id)

    last_contact = {
        r[0]: _day(r[1])
        for r in db.execute(
            "SELECT contact_id, max(day) FROM touchpoints "
            "WHERE status = 'done' AND contact_id IS NOT NULL GROUP BY contact_id"
        ).fetchall()
    }
    last_company = {
        r[0]: _day(r[1])
        for r in db.execute(
            "SELECT company_id, max(day) FROM touchpoints WHERE status = 'done' GROUP BY company_id"
        ).fetchall()
    }
    last_level = {
        (r[0], ContactLevel(r[1])): _day(r[2])
        for r in db.execute(
            "SELECT t.company_id, c.level, max(t.day) FROM touchpoints t "
            "JOIN contacts c ON c.id = t.contact_id "
            "WHERE t.status = 'done' GROUP BY t.company_id, c.level"
        ).fetchall()
    }
    last_purpose = {
        (r[0], Purpose(r[1])): _day(r[2])
        for r in db.execute(
            "SELECT company_id, purpose, max(day) FROM touchpoints "
            "WHERE status = 'done' GROUP BY company_id, purpose"
        ).fetchall()
    }
    planned = tuple(
        Planned(
            company_id=r[0],
            day=_day(r[1]),
            contact_id=r[2],
            channel=Channel(r[3]),
            purpose=Purpose(r[4]),
            content_id=r[5],
            plan_key=r[6],
            done=r[7] == "done",
            time=s2t(r[8]),
            duration_minutes=r[9],
        )
        for r in db.execute(
            "SELECT company_id, day, contact_id, channel, purpose, content_id, plan_key, status, "
            "time, duration_minutes FROM touchpoints "
            "WHERE status IN ('planned', 'done') AND day BETWEEN ? AND ?",
            [d2s(today), d2s(today + timedelta(days=horizon_days))],
        ).fetchall()
    )
    recent: dict[int, list[date]] = {}
    for company_id, day in db.execute(
        "SELECT company_id, day FROM touchpoints WHERE status = 'done' AND day >= ? AND day < ?",
        [d2s(today - timedelta(days=RECENT_DAYS)), d2s(today)],
    ).fetchall():
        recent.setdefault(company_id, []).append(_day(day))

    return Portfolio(
        today=today,
        companies=companies,
        contacts=contacts,
        employments=employments,
        content=content,
        sends={k: frozenset(v) for k, v in sends.items()},
        screenings=store.screenings.latest(),
        last_contact_touch=last_contact,
        last_company_touch=last_company,
        last_level_touch=last_level,
        last_purpose_touch=last_purpose,
        planned=planned,
        recent_done={k: tuple(sorted(v)) for k, v in recent.items()},
        dismissed=dismissed_keys(store, planning_week(today)),
        time_off=time_off_ranges(store, today),
    )
