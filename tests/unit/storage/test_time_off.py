"""The rep's time off in the plan: listed in order, added, removed and replaced in one go."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from planner.domain.errors import NotFoundError, ValidationError
from planner.domain.model import Status, TouchPoint
from planner.domain.time_off import TimeOff
from planner.storage import Store
from planner.storage.time_off import (
    MAX_LABEL,
    add_time_off,
    list_time_off,
    planned_on,
    remove_time_off,
    replace_time_off,
    time_off_ranges,
)

from .books import add_company, id_of

DEC = date(2026, 12, 1)


def test_added_time_off_is_listed_earliest_first_with_a_trimmed_label(store: Store) -> None:
    later = add_time_off(
        store, TimeOff(DEC + timedelta(days=20), DEC + timedelta(days=30), " Xmas ")
    )
    earlier = add_time_off(store, TimeOff(DEC, DEC + timedelta(days=2), "Fair"))
    assert later.label == "Xmas"
    assert later.id is not None
    assert list_time_off(store) == [earlier, later]


def test_a_label_that_is_too_long_is_refused_and_nothing_is_stored(store: Store) -> None:
    with pytest.raises(ValidationError, match=str(MAX_LABEL)):
        add_time_off(store, TimeOff(DEC, DEC, "x" * (MAX_LABEL + 1)))
    assert list_time_off(store) == []


def test_ranges_for_planning_leave_out_what_ended_before_today(store: Store) -> None:
    add_time_off(store, TimeOff(DEC, DEC + timedelta(days=2), "Past"))
    add_time_off(store, TimeOff(DEC + timedelta(days=5), DEC + timedelta(days=9), "Now"))
    today = DEC + timedelta(days=7)
    assert time_off_ranges(store, today) == (
        (DEC + timedelta(days=5), DEC + timedelta(days=9), "Now"),
    )
    assert len(time_off_ranges(store, DEC + timedelta(days=2))) == 2  # the last day still counts


def test_remove_gives_back_what_it_removed_and_refuses_an_unknown_id(store: Store) -> None:
    away = add_time_off(store, TimeOff(DEC, DEC, "Dentist"))
    assert remove_time_off(store, id_of(away)) == away
    assert list_time_off(store) == []
    with pytest.raises(NotFoundError):
        remove_time_off(store, id_of(away))


def test_replace_makes_the_list_exactly_the_given_one_or_changes_nothing(store: Store) -> None:
    old = add_time_off(store, TimeOff(DEC, DEC, "Old"))
    new = replace_time_off(
        store, [TimeOff(DEC + timedelta(days=3), DEC + timedelta(days=4), "New")]
    )
    assert [t.label for t in list_time_off(store)] == ["New"]
    assert list_time_off(store) == new
    with pytest.raises(ValidationError):
        replace_time_off(store, [TimeOff(DEC, DEC, "ok"), TimeOff(DEC, DEC, "x" * 500)])
    assert list_time_off(store) == new  # the failed replace took nothing away
    assert old not in list_time_off(store)


def test_planned_on_finds_only_planned_touchpoints_on_those_days(store: Store) -> None:
    acme = add_company(store)
    planned = store.touchpoints.add(TouchPoint(id_of(acme), DEC + timedelta(days=1)))
    store.touchpoints.add(TouchPoint(id_of(acme), DEC + timedelta(days=1), status=Status.DONE))
    store.touchpoints.add(TouchPoint(id_of(acme), DEC + timedelta(days=8)))
    first = store.touchpoints.add(TouchPoint(id_of(acme), DEC))
    days = [DEC + timedelta(days=i) for i in range(3)]
    assert planned_on(store, days) == [
        (id_of(first), DEC),
        (id_of(planned), DEC + timedelta(days=1)),
    ]
    assert planned_on(store, []) == []
