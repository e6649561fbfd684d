"""What becomes of a contact's planned touch-points when they move to another company."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from planner.domain.model import Purpose, TouchPoint


class PlannedTouchFate(StrEnum):
    """A planned touch-point of a contact who moved: it follows them, is cancelled, or stays."""

    MOVE = "move"  # to the new company, still with the contact
    CANCEL = "cancel"
    KEEP = "keep"  # at the old account, as it is


def default_fate(tp: TouchPoint, moved_on: date, today: date) -> PlannedTouchFate:
    """The sensible choice for one planned touch-point of a contact moving on `moved_on`.

    A renewal belongs to the old account's contract and stays there (for someone else to
    take over). Otherwise a touch from the move (and from today) on follows the person to
    the new company; one before a move still to come stays where they work until then; an
    overdue one from before a move that has happened can no longer take place, so it is
    cancelled.
    """
    if tp.purpose is Purpose.RENEWAL:
        return PlannedTouchFate.KEEP
    if tp.day >= max(moved_on, today):
        return PlannedTouchFate.MOVE
    if moved_on > today:
        return PlannedTouchFate.KEEP
    return PlannedTouchFate.CANCEL
