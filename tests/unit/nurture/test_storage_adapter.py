"""The storage side of the engine: screenings, portfolio loading and idempotent apply."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date, timedelta

import pytest

from planner.domain.errors import NotFoundError
from planner.domain.model import (
    Company,
    CompanyKind,
    Contact,
    ContactLevel,
    ContentItem,
    ContentSend,
    Purpose,
    Status,
    TouchPoint,
)
from planner.domain.screening import BuysElsewhereReason, Screening, ScreeningVerdict
from planner.nurture.job_changes import plan_job_change
from planner.nurture.settings import SETTINGS_KEY, NurtureSettings
from planner.nurture.week_plan import plan_week
from planner.storage import Store
from planner.storage.plans import apply_job_change, apply_suggestions
from planner.storage.portfolio import load_portfolio

TODAY = date(2026, 11, 23)
NEXT_WEEK = date(2026, 11, 30)


def _book(store: Store) -> tuple[Company, Contact, Contact]:
    fab = store.companies.add(
        Company("Fabrikam", CompanyKind.DREAM_CLIENT, margin_percent=35, industry="Food")
    )
    assert fab.id is not None
    ann = store.contacts.add(Contact("Ann", "Lee", company_id=fab.id, level=ContactLevel.EXECUTIVE))
    bob = store.contacts.add(Contact("Bob", "Ray", company_id=fab.id, level=ContactLevel.MANAGER))
    return fab, ann, bob


def test_screenings_round_trip_and_latest_wins(store: Store) -> None:
    fab, _, _ = _book(store)
    assert fab.id is not None
    first = store.screenings.add(Screening(fab.id, date(2026, 1, 5), ScreeningVerdict.NO_POTENTIAL))
    second = store.screenings.add(
        Screening(
            fab.id,
            date(2026, 6, 1),
            ScreeningVerdict.POTENTIAL,
            80_000,
            BuysElsewhereReason.PRODUCT_GAP,
            "buys films from Contoso",
        )
    )
    assert store.screenings.get(first.id or 0) == first
    assert store.screenings.latest() == {fab.id: second}
    assert store.screenings.for_company(fab.id) == [second, first]
    store.screenings.delete(second.id or 0)
    assert store.screenings.latest()[fab.id] == first
    with pytest.raises(NotFoundError):
        store.screenings.get(999)


def test_load_portfolio_aggregates_last_touches(store: Store) -> None:
    fab, ann, bob = _book(store)
    assert fab.id
    assert ann.id
    assert bob.id
    item = store.content.add(ContentItem("Guide"))
    old = TouchPoint(fab.id, TODAY - timedelta(days=40), contact_id=ann.id, status=Status.DONE)
    new = old.replace(day=TODAY - timedelta(days=10), purpose=Purpose.RENEWAL)
    other = old.replace(day=TODAY - timedelta(days=20), contact_id=bob.id)
    coming = TouchPoint(fab.id, TODAY + timedelta(days=3), contact_id=bob.id)
    store.touchpoints.add_many([old, new, other, coming])
    store.content.record_send(ContentSend(item.id or 0, ann.id, TODAY - timedelta(days=10)))
    p = load_portfolio(store, TODAY)
    assert p.last_contact_touch == {ann.id: new.day, bob.id: other.day}
    assert p.last_company_touch == {fab.id: new.day}
    assert p.last_level_touch[(fab.id, ContactLevel.EXECUTIVE)] == new.day
    assert p.last_level_touch[(fab.id, ContactLevel.MANAGER)] == other.day
    assert p.last_purpose_touch[(fab.id, Purpose.RENEWAL)] == new.day
    assert [x.day for x in p.planned] == [coming.day]
    assert p.sends == {ann.id: frozenset({item.id})}
    # The send is a touch of its own (it is not a touch-point's): it counts in the history.
    send_day = TODAY - timedelta(days=10)
    assert sorted(p.recent_done[fab.id]) == sorted([old.day, new.day, other.day, send_day])


def test_apply_suggestions_is_idempotent(store: Store) -> None:
    _book(store)
    suggestions = plan_week(load_portfolio(store, TODAY), NEXT_WEEK, NurtureSettings(), TODAY)
    assert suggestions
    assert apply_suggestions(store, suggestions) == len(suggestions)
    count = store.touchpoints.count()
    assert apply_suggestions(store, suggestions) == 0
    assert store.touchpoints.count() == count
    # Planning the same week again proposes nothing new, and applying it adds nothing.
    again = plan_week(load_portfolio(store, TODAY), NEXT_WEEK, NurtureSettings(), TODAY)
    assert apply_suggestions(store, again) == 0
    assert store.touchpoints.count() == count
    entries = store.touchpoints.between(NEXT_WEEK, NEXT_WEEK + timedelta(days=6))
    assert {e.touchpoint.reason for e in entries} == {s.reason for s in suggestions}
    assert all(e.touchpoint.status is Status.PLANNED for e in entries)


def test_apply_is_one_transaction(store: Store) -> None:
    _book(store)
    suggestions = plan_week(load_portfolio(store, TODAY), NEXT_WEEK, NurtureSettings(), TODAY)
    wrong = dataclasses.replace(suggestions[0], key="broken", company_id=9999)
    broken = [*suggestions, wrong]  # the last one violates a foreign key
    with pytest.raises(sqlite3.IntegrityError):
        apply_suggestions(store, broken)
    assert store.touchpoints.count() == 0


def test_settings_persist_as_json(store: Store) -> None:
    custom = NurtureSettings(capacity_per_day=5, runway_offsets=(-60, -30))
    store.set_setting(SETTINGS_KEY, custom.to_json())
    assert NurtureSettings.from_json(store.setting(SETTINGS_KEY, None)) == custom


def test_apply_job_change_creates_prospect_and_moves_contact(store: Store) -> None:
    fab, ann, _ = _book(store)
    p = load_portfolio(store, TODAY)
    plan = plan_job_change(p, ann, "Globex", TODAY, title="COO")
    moved = apply_job_change(store, plan)
    globex = store.companies.find("Globex")
    assert globex.kind is CompanyKind.PROSPECT
    assert moved.company_id == globex.id
    assert moved.title == "COO"
    jobs = store.contacts.employments(ann.id or 0)
    assert [(j.company_id, j.end) for j in jobs] == [(fab.id, TODAY), (globex.id, None)]
