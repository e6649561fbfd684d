"""The controller's commands on touch-points: plan, edit, move, mark, complete and delete."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from planner.domain.model import Channel, ContentSend, Status, TouchPoint
from planner.domain.text import QT_TRANSLATE_NOOP
from planner.ui.commands.base import ALL, COMPANIES, CONTENT, TOUCHPOINTS, Commands, record_id
from planner.ui.display import short_day
from planner.ui.i18n import translate

# The undo step of planning an untitled touch-point, one whole phrase per channel.
_PLAN_TEXTS: dict[Channel, str] = {
    Channel.CALL: QT_TRANSLATE_NOOP("Controller", "Plan call on {day}"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Controller", "Plan e-mail on {day}"),
    Channel.MEETING: QT_TRANSLATE_NOOP("Controller", "Plan meeting on {day}"),
    Channel.VISIT: QT_TRANSLATE_NOOP("Controller", "Plan visit on {day}"),
    Channel.CONTENT: QT_TRANSLATE_NOOP("Controller", "Plan sending content on {day}"),
    Channel.SOCIAL: QT_TRANSLATE_NOOP("Controller", "Plan social touch on {day}"),
    Channel.PERSONAL: QT_TRANSLATE_NOOP("Controller", "Plan personal touch on {day}"),
}

_KEEP: Any = object()


def plan_text(tp: TouchPoint) -> str:
    """The undo step of planning `tp`: "Plan <its title>", or its channel and day."""
    if tp.title:
        return translate("Controller", "Plan {title}").format(title=tp.title)
    return translate("Controller", _PLAN_TEXTS[tp.channel]).format(day=short_day(tp.day))


class TouchPointCommands(Commands):
    """Changes to single touch-points, each one transaction and one undo step."""

    def plan_touchpoint(self, tp: TouchPoint) -> TouchPoint:
        with self.store.transaction():
            added = self.store.touchpoints.add(tp)
        holder = {"tp": added}
        tps = self.store.touchpoints

        # Undo and redo refuse to overwrite a touch-point changed since (ChangedSinceError).
        def undo() -> None:
            with self.store.transaction():
                tps.expect_unchanged(holder["tp"])
                holder["tp"] = self.store.delete_touchpoint(record_id(added))[0]

        def redo() -> None:
            with self.store.transaction():
                tps.expect_absent(record_id(added))
                holder["tp"] = tps.restore(holder["tp"])

        self._push(plan_text(added), frozenset({TOUCHPOINTS, COMPANIES}), undo, redo)
        return added

    def update_touchpoint(self, tp: TouchPoint, text: str | None = None) -> TouchPoint:
        """Store an edited touch-point; `text` names the undo step (default "Edit touch-point")."""
        text = text if text is not None else self.tr("Edit touch-point")
        with self.store.transaction():
            before = self.store.touchpoints.get(record_id(tp))
            after = self.store.touchpoints.update(tp)
        tps = self.store.touchpoints

        def put(expected: TouchPoint, value: TouchPoint) -> None:
            with self.store.transaction():
                tps.expect_unchanged(expected)
                tps.update(value)

        self._push(
            text,
            frozenset({TOUCHPOINTS, COMPANIES}),
            lambda: put(after, before),
            lambda: put(before, after),
        )
        return after

    def move_touchpoint(self, touchpoint_id: int, day: date, at: time | None = _KEEP) -> TouchPoint:
        tp = self.store.touchpoints.get(touchpoint_id)
        moved = tp.replace(day=day) if at is _KEEP else tp.replace(day=day, time=at)
        return self.update_touchpoint(moved, self.tr("Move to {day}").format(day=short_day(day)))

    def set_status(self, touchpoint_id: int, status: Status) -> TouchPoint:
        tp = self.store.touchpoints.get(touchpoint_id)
        texts = {
            Status.PLANNED: self.tr("Mark planned"),
            Status.DONE: self.tr("Mark done"),
            Status.SKIPPED: self.tr("Mark skipped"),
            Status.CANCELLED: self.tr("Mark cancelled"),
        }
        return self.update_touchpoint(tp.replace(status=status), texts[status])

    def complete_touchpoint(self, touchpoint_id: int, outcome: str = "") -> TouchPoint:
        """Mark done with an outcome; a content touch-point records the send in the log."""
        before, after, send = self.store.complete_touchpoint(touchpoint_id, outcome)
        holder: dict[str, ContentSend | None] = {"send": send}
        state = {"done": after}
        tps = self.store.touchpoints

        def undo() -> None:
            with self.store.transaction():
                tps.expect_unchanged(state["done"])
                self.store.reopen_touchpoint(before, holder["send"])

        def redo() -> None:
            with self.store.transaction():
                tps.expect_unchanged(before)
                _before, state["done"], holder["send"] = self.store.complete_touchpoint(
                    touchpoint_id, outcome
                )

        self._push(self.tr("Mark done"), frozenset(ALL), undo, redo)
        return after

    def delete_touchpoint(self, touchpoint_id: int) -> None:
        tp, sends = self.store.delete_touchpoint(touchpoint_id)
        tps = self.store.touchpoints

        def undo() -> None:
            with self.store.transaction():
                tps.expect_absent(touchpoint_id)
                self.store.restore_touchpoint(tp, sends)

        def redo() -> None:
            with self.store.transaction():
                tps.expect_unchanged(tp)
                self.store.delete_touchpoint(touchpoint_id)

        self._push(
            self.tr("Delete touch-point"), frozenset({TOUCHPOINTS, COMPANIES, CONTENT}), undo, redo
        )
