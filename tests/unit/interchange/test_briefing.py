"""The visit brief read from the plan: people by level, their sends and moves, last touches."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from planner.domain.errors import NotFoundError
from planner.domain.model import (
    Company,
    CompanyKind,
    Contact,
    ContactLevel,
    ContentItem,
    ContentSend,
    Status,
    TouchPoint,
)
from planner.interchange.briefing import (
    LAST_TOUCHES,
    BriefMaker,
    build_brief,
    busy_between,
    load_settings,
    positions,
)
from planner.nurture.places import Gazetteer, Position
from planner.nurture.settings import SETTINGS_KEY, NurtureSettings
from planner.storage import Store

TODAY = date(2026, 11, 23)


def _id(record: Company | Contact | TouchPoint | ContentItem) -> int:
    assert record.id is not None
    return record.id


def _visit(store: Store) -> tuple[Company, Contact, Contact, TouchPoint]:
    acme = store.companies.add(Company("Acme", CompanyKind.CUSTOMER, our_annual_revenue=90_000))
    old = store.companies.add(Company("Initech"))
    bob = store.contacts.add(
        Contact("Bob", "Zed", company_id=acme.id, level=ContactLevel.PRACTITIONER)
    )
    ann = store.contacts.add(Contact("Ann", "Lee", company_id=old.id, level=ContactLevel.EXECUTIVE))
    store.contacts.move(_id(ann), _id(acme), TODAY - timedelta(days=40))
    guide = store.content.add(ContentItem("Cold-chain guide"))
    store.content.record_send(ContentSend(_id(guide), _id(ann), TODAY - timedelta(days=20)))
    for days in range(1, LAST_TOUCHES + 3):
        store.touchpoints.add(
            TouchPoint(_id(acme), TODAY - timedelta(days=days * 7), status=Status.DONE)
        )
    visit = store.touchpoints.add(
        TouchPoint(_id(acme), TODAY + timedelta(days=2), contact_id=ann.id)
    )
    return acme, ann, bob, visit


def test_a_brief_names_the_people_by_level_with_their_moves_and_sends(store: Store) -> None:
    acme, ann, bob, visit = _visit(store)
    brief = build_brief(store, _id(visit), TODAY)
    assert brief.company == acme
    assert brief.contact_name == "Ann Lee"
    assert [p.contact.first_name for p in brief.people] == ["Ann", "Bob"]  # executives first
    first = brief.people[0]
    assert first.moved == f"Joined on {(TODAY - timedelta(days=40)).isoformat()}, from Initech"
    assert first.sent == ("Cold-chain guide",)
    assert brief.people[1].moved == ""
    assert brief.contact_names == {_id(ann): "Ann Lee", _id(bob): "Bob Zed"}


def test_the_last_touches_are_the_newest_done_ones_and_not_the_visit_itself(store: Store) -> None:
    _, _, _, visit = _visit(store)
    brief = build_brief(store, _id(visit), TODAY)
    days = [t.day for t in brief.last_touches]
    assert len(days) == LAST_TOUCHES
    assert days == sorted(days, reverse=True)
    assert days[0] == TODAY - timedelta(days=7)
    assert all(t.status is Status.DONE for t in brief.last_touches)


def test_a_proposed_touchpoint_gets_a_brief_before_it_is_written(store: Store) -> None:
    acme, _, _, _ = _visit(store)
    proposed = TouchPoint(_id(acme), TODAY + timedelta(days=3))
    brief = BriefMaker(store, TODAY).brief(proposed)
    assert brief.touchpoint is proposed
    assert brief.contact_name == ""


def test_an_unknown_touchpoint_has_no_brief(store: Store) -> None:
    with pytest.raises(NotFoundError):
        build_brief(store, 999, TODAY)


def test_busy_is_only_the_timed_planned_items_in_the_range(store: Store) -> None:
    acme = store.companies.add(Company("Acme"))
    store.touchpoints.add(TouchPoint(_id(acme), TODAY, time=time(10, 0), duration_minutes=45))
    store.touchpoints.add(TouchPoint(_id(acme), TODAY))  # all day: no clash with a drive
    store.touchpoints.add(TouchPoint(_id(acme), TODAY, time=time(14, 0), status=Status.DONE))
    store.touchpoints.add(TouchPoint(_id(acme), TODAY + timedelta(days=9), time=time(9, 0)))
    [busy] = busy_between(store, TODAY, TODAY + timedelta(days=2))
    assert (busy.day, busy.start, busy.minutes) == (TODAY, time(10, 0), 45)


def test_settings_and_positions_come_from_the_plan(store: Store) -> None:
    assert load_settings(store) == NurtureSettings()
    store.set_setting(SETTINGS_KEY, NurtureSettings(capacity_per_day=3).to_json())
    assert load_settings(store).capacity_per_day == 3
    pinned = Company("Pinned", id=1, latitude=45.76, longitude=4.84)
    nowhere = Company("Nowhere", id=2)
    assert positions((pinned, nowhere), Gazetteer([], [])) == {1: Position(45.76, 4.84), 2: None}
