"""The default fate of a moving contact's planned touch-points."""

from __future__ import annotations

from datetime import date

import pytest

from planner.domain.job_move import PlannedTouchFate, default_fate
from planner.domain.model import Channel, Purpose, TouchPoint

TODAY = date(2026, 11, 23)
MOVE, CANCEL, KEEP = PlannedTouchFate.MOVE, PlannedTouchFate.CANCEL, PlannedTouchFate.KEEP


@pytest.mark.parametrize(
    ("day", "moved_on", "purpose", "fate"),
    [
        (date(2026, 11, 30), TODAY, Purpose.CHECK_IN, MOVE),  # after the move: goes along
        (TODAY, TODAY, Purpose.PERSONAL, MOVE),
        (date(2026, 11, 16), date(2026, 11, 20), Purpose.CHECK_IN, CANCEL),  # overdue, gone
        (date(2026, 11, 16), TODAY, Purpose.VALUE_ADD, CANCEL),
        (date(2026, 11, 30), date(2026, 12, 7), Purpose.CHECK_IN, KEEP),  # before a later move
        (date(2026, 12, 14), date(2026, 12, 7), Purpose.CHECK_IN, MOVE),
        (date(2026, 11, 30), TODAY, Purpose.RENEWAL, KEEP),  # the old account's contract
        (date(2026, 11, 16), TODAY, Purpose.RENEWAL, KEEP),
    ],
)
def test_default_fate(day: date, moved_on: date, purpose: Purpose, fate: PlannedTouchFate) -> None:
    tp = TouchPoint(1, day, Channel.CALL, contact_id=2, purpose=purpose)
    assert default_fate(tp, moved_on, TODAY) is fate
