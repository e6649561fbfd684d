"""Loading the planner's view of the book with aggregate queries, not every touch-point."""

from __future__ import annotations

from datetime import date, timedelta

from planner.domain.model import Channel, ContactLevel, Purpose
from planner.domain.portfolio import Planned, Portfolio
from planner.storage import touch_facts
from planner.storage.contacts import employment_from_row
from planner.storage.rows import d2s, s2d
from planner.storage.store import Store

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

    # Last touches come from the touch facts: one source of truth, a recorded send included.
    last_contact = touch_facts.last_done(touch_facts.contact_facts(db))
    last_company = touch_facts.last_done(touch_facts.company_facts(db))
    last_level = {
        (company_id, ContactLevel(level)): f.last_done
        for (company_id, level), f in touch_facts.level_facts(db).items()
        if f.last_done is not None
    }
    last_purpose: dict[tuple[int, Purpose], date] = {}
    for company_id, purpose, day in db.execute(
        "SELECT company_id, purpose, max(day) FROM touchpoints "
        "WHERE status = 'done' GROUP BY company_id, purpose "
        # A send of its own is a value-add touch of the contact's account.
        "UNION ALL SELECT c.company_id, 'value_add', max(s.sent_on) FROM content_sends s "
        "JOIN contacts c ON c.id = s.contact_id "
        "WHERE s.touchpoint_id IS NULL AND c.company_id IS NOT NULL GROUP BY c.company_id"
    ).fetchall():
        key = (company_id, Purpose(purpose))
        last_purpose[key] = max(_day(day), last_purpose.get(key, date.min))
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
        )
        for r in db.execute(
            "SELECT company_id, day, contact_id, channel, purpose, content_id, plan_key, status "
            "FROM touchpoints WHERE status IN ('planned', 'done') AND day BETWEEN ? AND ?",
            [d2s(today), d2s(today + timedelta(days=horizon_days))],
        ).fetchall()
    )
    recent: dict[int, list[date]] = {}
    since, until = d2s(today - timedelta(days=RECENT_DAYS)), d2s(today)
    for company_id, day in db.execute(
        "SELECT company_id, day FROM touchpoints WHERE status = 'done' AND day >= ? AND day < ? "
        "UNION ALL SELECT c.company_id, s.sent_on FROM content_sends s "
        "JOIN contacts c ON c.id = s.contact_id WHERE s.touchpoint_id IS NULL "
        "AND c.company_id IS NOT NULL AND s.sent_on >= ? AND s.sent_on < ?",
        [since, until, since, until],
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
    )
