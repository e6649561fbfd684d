"""Undo steps for what the calendar changed: "Moved on your calendar", deletions, taken versions.

The sync has already written these changes (on its own thread); the steps only let the rep take
them back with Ctrl+Z, and the revert is published by the next sync like any other edit.
"""

from __future__ import annotations

from collections.abc import Sequence

from planner.interchange.calendar_sync.pull import (
    DELETED_ON_CALENDAR,
    MOVED_ON_CALENDAR,
    PulledChange,
)
from planner.interchange.calendar_sync.sync import SyncReport
from planner.ui.controller import COMPANIES, TOUCHPOINTS, Change, Controller
from planner.ui.i18n import translate
from planner.ui.undo import ActionCommand

_TABLES = frozenset({TOUCHPOINTS, COMPANIES})


def push_changes_step(controller: Controller, text: str, changes: Sequence[PulledChange]) -> None:
    """One undo step for changes already made: undo puts each `before` back, redo each `after`.

    Like every step, it refuses to overwrite a touch-point changed since (ChangedSinceError).
    """
    if not changes:
        return
    store = controller.store
    tps = store.touchpoints
    change = Change(_TABLES)

    def put(back: bool) -> None:
        with store.transaction():
            for item in changes:
                tps.expect_unchanged(item.after if back else item.before)
            for item in changes:
                tps.update(item.before if back else item.after)

    command = ActionCommand(
        text,
        lambda: put(True),
        lambda: put(False),
        lambda: controller.changed.emit(change),
        controller.failed.emit,
        controller.undo_stack,
    )
    controller.undo_stack.push(command)
    controller.changed.emit(change)


def push_pulled_steps(controller: Controller, report: SyncReport) -> None:
    """The moves a sync pulled as one step, and its deletions (cancellations) as another."""
    push_changes_step(controller, translate("Undo", MOVED_ON_CALENDAR), report.moves)
    push_changes_step(controller, translate("Undo", DELETED_ON_CALENDAR), report.deletions)


def take_calendars_step(controller: Controller, conflict_id: int) -> None:
    """Settle a conflict the calendar's way as an undoable step "Take the calendar's version"."""
    from planner.interchange.calendar_sync.sync import take_calendars_version

    change = take_calendars_version(controller.store, conflict_id)
    text = translate("CalendarSteps", "Take the calendar's version")
    if change is None:
        controller.changed.emit(Change(_TABLES))
        return
    push_changes_step(controller, text, [change])
