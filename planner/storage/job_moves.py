"""Settling a moving contact's planned touch-points, inside the move's own transaction."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from planner.domain.job_move import PlannedTouchFate
from planner.domain.model import Status, TouchPoint
from planner.storage.store import Store


def settle_planned(
    store: Store, fates: Mapping[int, PlannedTouchFate], new_company_id: int
) -> tuple[list[TouchPoint], list[TouchPoint]]:
    """Move to `new_company_id` or cancel each touch-point as `fates` says (KEEP: untouched).

    Call inside the move's transaction. Returns the changed touch-points before and after,
    for undo and redo. Only planned touch-points are changed: a done one is history.
    """
    before: list[TouchPoint] = []
    after: list[TouchPoint] = []
    for touchpoint_id, fate in fates.items():
        if fate is PlannedTouchFate.KEEP:
            continue
        tp = store.touchpoints.get(touchpoint_id)
        if tp.status is not Status.PLANNED:
            continue
        if fate is PlannedTouchFate.MOVE:
            changed = tp.replace(company_id=new_company_id)
        else:
            changed = tp.replace(status=Status.CANCELLED)
        before.append(tp)
        after.append(store.touchpoints.update(changed))
    return before, after


def put_touchpoints(store: Store, touchpoints: Iterable[TouchPoint]) -> None:
    """Write touch-points back as given (an undo or redo of `settle_planned`)."""
    for tp in touchpoints:
        store.touchpoints.update(tp)
