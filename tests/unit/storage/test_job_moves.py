"""Settling a moving contact's planned touch-points: moved, cancelled or kept, and put back."""

from __future__ import annotations

from datetime import date, timedelta

from planner.domain.job_move import PlannedTouchFate
from planner.domain.model import Contact, Status
from planner.storage import Store
from planner.storage.job_moves import put_touchpoints, settle_planned

from .books import add_company, add_touchpoint, id_of

TODAY = date(2026, 11, 23)


def test_each_planned_touchpoint_meets_its_fate_and_undo_puts_it_back(store: Store) -> None:
    old, new = add_company(store, "Old"), add_company(store, "New")
    ann = store.contacts.add(Contact("Ann", "Lee", company_id=old.id))
    follow = add_touchpoint(store, old, TODAY + timedelta(days=3), contact_id=ann.id)
    drop = add_touchpoint(store, old, TODAY - timedelta(days=3), contact_id=ann.id)
    stay = add_touchpoint(store, old, TODAY + timedelta(days=5), contact_id=ann.id)
    fates = {
        id_of(follow): PlannedTouchFate.MOVE,
        id_of(drop): PlannedTouchFate.CANCEL,
        id_of(stay): PlannedTouchFate.KEEP,
    }
    with store.transaction():
        before, after = settle_planned(store, fates, id_of(new))
    assert [tp.id for tp in before] == [follow.id, drop.id]
    assert store.touchpoints.get(id_of(follow)).company_id == new.id
    assert store.touchpoints.get(id_of(drop)).status is Status.CANCELLED
    assert store.touchpoints.get(id_of(stay)) == stay
    assert [tp.revision for tp in after] == [2, 2]

    with store.transaction():
        put_touchpoints(store, before)
    assert store.touchpoints.get(id_of(follow)).company_id == old.id
    assert store.touchpoints.get(id_of(drop)).status is Status.PLANNED


def test_a_touchpoint_that_is_no_longer_planned_is_history_and_left_alone(store: Store) -> None:
    old, new = add_company(store, "Old"), add_company(store, "New")
    done = add_touchpoint(store, old, TODAY - timedelta(days=1), status=Status.DONE)
    with store.transaction():
        before, after = settle_planned(store, {id_of(done): PlannedTouchFate.MOVE}, id_of(new))
    assert (before, after) == ([], [])
    assert store.touchpoints.get(id_of(done)) == done
