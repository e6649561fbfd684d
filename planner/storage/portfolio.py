"""Loading the planner's view of the book with aggregate queries, not every touch-point."""

from __future__ import annotations

import json
from collections.abc import Collection
from datetime import date, timedelta
from typing import Any

from planner.domain.model import Channel, ContactLevel, Purpose
from planner.domain.portfolio import BookStats, Planned, Portfolio
from planner.domain.timing import planning_week
from planner.storage import touch_facts
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
    return assemble(store, today, horizon_days=horizon_days)


def _source(table: str, column: str, ids: str | None, key: str = "ids") -> str:
    """`table` as `t`, driven by the JSON list of ids bound as :key when there is one.

    Driving the read from the list (CROSS JOIN fixes the order) makes SQLite use the index on
    `column` rather than scanning a status or day index over the whole history.
    """
    if ids is None:
        return f"{table} t"
    return f"json_each(:{key}) j CROSS JOIN {table} t ON t.{column} = j.value"


def assemble(
    store: Store,
    today: date,
    *,
    horizon_days: int = HORIZON_DAYS,
    company_ids: Collection[int] | None = None,
    extra_planned: tuple[date, date] | None = None,
    book: BookStats | None = None,
) -> Portfolio:
    """The portfolio of the whole book, or of the accounts `company_ids` with their people.

    A part of the book also gets the calendar entries of every account from
    `extra_planned` (first, last day), which count against the daily capacity, and `book`,
    the figures of the whole book that scores and content choice compare against.
    """
    db = store.db
    ids = None if company_ids is None else json.dumps(sorted(company_ids))
    params: dict[str, Any] = {"ids": ids}
    companies = tuple(
        store.companies.all() if ids is None else store.companies.among(sorted(company_ids or ()))
    )
    contact_rows = store.contacts.all() if ids is None else store.contacts.at(ids)
    contacts = tuple(c for c in contact_rows if c.company_id is not None)
    people = None if ids is None else json.dumps([c.id for c in contacts])
    employments = tuple(
        employment_from_row(r)
        for r in db.execute(
            'SELECT t.id, t.contact_id, t.company_id, t.title, t.start, t."end" FROM '
            + _source("employments", "contact_id", people, "people"),
            {"people": people},
        ).fetchall()
    )
    content = tuple(store.content.all())

    sends: dict[int, set[int]] = {}
    for contact_id, content_id in db.execute(
        "SELECT t.contact_id, t.content_id FROM "
        + _source("content_sends", "contact_id", people, "people"),
        {"people": people},
    ).fetchall():
        sends.setdefault(contact_id, set()).add(content_id)

    # Last touches come from the touch facts: one source of truth, a recorded send included.
    person_ids = None if people is None else [c.id or 0 for c in contacts]
    last_contact = touch_facts.last_done(touch_facts.contact_facts(db, person_ids))
    last_company = touch_facts.last_done(touch_facts.company_facts(db, company_ids))
    last_level = {
        (company_id, ContactLevel(level)): f.last_done
        for (company_id, level), f in touch_facts.level_facts(db, company_ids).items()
        if f.last_done is not None
    }
    last_purpose: dict[tuple[int, Purpose], date] = {}
    for company_id, purpose, day in db.execute(
        "SELECT t.company_id, t.purpose, max(t.day) FROM "
        + _source("touchpoints", "company_id", ids)
        + " WHERE t.status = 'done' GROUP BY t.company_id, t.purpose "
        # A send of its own is a value-add touch of the contact's account.
        "UNION ALL SELECT t.company_id, 'value_add', max(s.sent_on) FROM "
        + _source("contacts", "company_id", ids)
        # From the people to their sends: led by the sends without a touch-point instead,
        # SQLite would read them all once per account.
        + " CROSS JOIN content_sends s ON s.contact_id = t.id "
        "WHERE s.touchpoint_id IS NULL AND t.company_id IS NOT NULL GROUP BY t.company_id",
        params,
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
            time=s2t(r[8]),
            duration_minutes=r[9],
        )
        for r in db.execute(
            "SELECT company_id, day, contact_id, channel, purpose, content_id, plan_key, status, "
            "time, duration_minutes FROM touchpoints "
            "WHERE status IN ('planned', 'done') AND day BETWEEN :first AND :last"
            + (
                ""
                if ids is None
                else " AND (company_id IN (SELECT value FROM json_each(:ids))"
                " OR day BETWEEN :extra_first AND :extra_last)"
            ),
            {
                **params,
                "first": d2s(today),
                "last": d2s(today + timedelta(days=horizon_days)),
                "extra_first": d2s(extra_planned[0]) if extra_planned else None,
                "extra_last": d2s(extra_planned[1]) if extra_planned else None,
            },
        ).fetchall()
    )
    recent: dict[int, list[date]] = {}
    since, until = d2s(today - timedelta(days=RECENT_DAYS)), d2s(today)
    # The recent history is for the year's simulation, which plans the whole book.
    for company_id, day in (
        []
        if ids is not None
        else db.execute(
            "SELECT company_id, day FROM touchpoints "
            "WHERE status = 'done' AND day >= ? AND day < ? "
            "UNION ALL SELECT c.company_id, s.sent_on FROM content_sends s "
            "JOIN contacts c ON c.id = s.contact_id WHERE s.touchpoint_id IS NULL "
            "AND c.company_id IS NOT NULL AND s.sent_on >= ? AND s.sent_on < ?",
            [since, until, since, until],
        ).fetchall()
    ):
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
        book=book,
        time_off=time_off_ranges(store, today),
    )
