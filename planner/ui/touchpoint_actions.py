"""The week's touch-point commands: plan, edit, mark done, skip, cancel, reopen, delete, move.

Both week layouts (the time grid and the compact card columns) act through these; each
command is one step on the controller's undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from functools import partial
from typing import TYPE_CHECKING, Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt, QTime, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from planner.domain import travel
from planner.domain.errors import PlannerError
from planner.domain.model import AgendaEntry, Status
from planner.domain.timing import local_zone_name
from planner.domain.travel import local_start
from planner.ui.controller import Controller
from planner.ui.display import clock_text, short_day
from planner.ui.engine_runner import EngineRunner
from planner.ui.i18n import error_text, translate
from planner.ui.models.week_model import WeekModel

if TYPE_CHECKING:
    pass


class WeekHost(Protocol):
    """What the commands need of the week they act in (the view's module imports this one)."""

    controller: Controller
    engine: EngineRunner | None
    week_model: WeekModel
    failed: SignalInstance

    @property
    def start(self) -> date: ...

    def show_week_of(self, day: date) -> None: ...

    def select_touchpoint(self, touchpoint_id: int | None) -> bool: ...

    def selected_touchpoint_id(self) -> int | None: ...


class TouchpointActions(QObject):
    """The actions on the selected touch-point, and the commands the week's drags call."""

    def __init__(self, view: WeekHost, widget: QWidget) -> None:
        super().__init__(widget)
        self.view = view
        # The week as a widget: the parent of the actions and of the dialogs they open.
        self.widget = widget
        self.controller = view.controller
        self.store = view.controller.store
        self.clock = view.controller.clock

        def action(
            text: str,
            slot: Callable[[], None],
            *keys: QKeySequence | QKeySequence.StandardKey | str,
            local: bool = False,
        ) -> QAction:
            act = QAction(text, widget)
            if keys:
                act.setShortcuts([QKeySequence(k) for k in keys])
            if local:
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                widget.addAction(act)
            act.triggered.connect(slot)
            return act

        # The texts keep the week's translation context: they are the week's menu entries.
        self.plan_action = action(
            translate("WeekView", "&Plan touch-point…"), self.plan_in_view, "Ctrl+N"
        )
        self.edit_action = action(translate("WeekView", "&Edit…"), self._on_edit)
        self.done_action = action(
            translate("WeekView", "Mark &done…"), self._on_done, "Ctrl+D", local=True
        )
        self.skip_action = action(
            translate("WeekView", "&Skip"), partial(self._on_status, Status.SKIPPED)
        )
        self.cancel_action = action(
            translate("WeekView", "&Cancel touch-point"),
            partial(self._on_status, Status.CANCELLED),
        )
        self.reopen_action = action(
            translate("WeekView", "&Reopen (planned)"), partial(self._on_status, Status.PLANNED)
        )
        self.delete_action = action(
            translate("WeekView", "De&lete"),
            self._on_delete,
            QKeySequence.StandardKey.Delete,
            local=True,
        )

    def card_actions(self) -> list[QAction]:
        """What a card's or a block's context menu offers, in order."""
        return [
            self.edit_action,
            self.done_action,
            self.skip_action,
            self.cancel_action,
            self.reopen_action,
            self.delete_action,
        ]

    def update(self, entry: AgendaEntry | None) -> None:
        """Enable what fits the selected entry's status."""
        status = entry.touchpoint.status if entry else None
        self.edit_action.setEnabled(entry is not None)
        self.delete_action.setEnabled(entry is not None)
        self.done_action.setEnabled(status is Status.PLANNED)
        self.skip_action.setEnabled(status is Status.PLANNED)
        self.cancel_action.setEnabled(status is Status.PLANNED)
        self.reopen_action.setEnabled(status is not None and status is not Status.PLANNED)

    def run(self, action: Callable[[], object]) -> bool:
        """Run one command; a refusal is shown as the view's error and changes nothing."""
        try:
            action()
        except PlannerError as error:
            self.view.failed.emit(error_text(error))
            return False
        return True

    # Planning and editing through the touch-point dialog.

    def plan_in_view(self) -> None:
        today = self.clock.today()
        view = self.view
        self.plan_on(today if view.start <= today <= view.week_model.last else view.start)

    def plan_on(self, day: date, at: time | None = None) -> None:
        """Open the plan dialog on `day` (and at `at` on the laptop's clock), then plan it."""
        from planner.ui.dialogs.touchpoint_dialog import TouchpointDialog

        dialog = TouchpointDialog(self.store, self.clock, day=day, parent=self.widget)
        if at is not None:
            dialog.all_day_check.setChecked(False)
            dialog.time_edit.setTime(QTime(at.hour, at.minute))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        tp = dialog.touchpoint()
        holder: dict[str, int | None] = {}

        def plan() -> None:
            holder["id"] = self.controller.plan_touchpoint(tp).id

        if self.run(plan):
            view = self.view
            if not view.start <= tp.day <= view.week_model.last:
                view.show_week_of(tp.day)
            view.select_touchpoint(holder.get("id"))

    def edit(self, touchpoint_id: int) -> None:
        from planner.ui.dialogs.touchpoint_dialog import TouchpointDialog

        try:
            original = self.store.touchpoints.get(touchpoint_id)
        except PlannerError as error:
            self.view.failed.emit(error_text(error))
            return
        dialog = TouchpointDialog(self.store, self.clock, touchpoint=original, parent=self.widget)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        changed = dialog.touchpoint()
        if changed != original:
            self.run(lambda: self.controller.update_touchpoint(changed))

    def mark_done(self, touchpoint_id: int) -> None:
        """Ask how it went and offer the follow-up; done and follow-up are one undo step."""
        from planner.ui.follow_up_flow import run_mark_done

        try:
            entry = self.store.touchpoints.entry(touchpoint_id)
        except PlannerError as error:
            self.view.failed.emit(error_text(error))
            return
        self.run(lambda: run_mark_done(self.controller, entry, self.widget, self.view.engine))

    def set_status(self, touchpoint_id: int, status: Status) -> None:
        self.run(lambda: self.controller.set_status(touchpoint_id, status))

    def delete(self, touchpoint_id: int) -> bool:
        return self.run(lambda: self.controller.delete_touchpoint(touchpoint_id))

    # Moving: a card onto a day, a block to another time or length.

    def move_touchpoints(self, touchpoint_ids: list[int], day: date) -> None:
        """Move each touch-point to `day`, its time kept (one undo step each)."""
        for tp_id in touchpoint_ids:
            try:
                current = self.store.touchpoints.get(tp_id)
            except PlannerError as error:
                self.view.failed.emit(error_text(error))
                continue
            if current.day != day:
                self.run(partial(self.controller.move_touchpoint, tp_id, day))
        if touchpoint_ids:
            self.view.select_touchpoint(touchpoint_ids[-1])

    def retime(
        self, touchpoint_id: int, start: datetime | None, minutes: int | None = None
    ) -> bool:
        """Put a touch-point at `start` on the laptop's clock (None: all day on its day) and,
        when given, make it `minutes` long — one undo step.

        The time is stored in the touch-point's own zone, so one planned in New York stays a
        New York appointment when it is dragged in Berlin.
        """
        try:
            tp = self.store.touchpoints.get(touchpoint_id)
        except PlannerError as error:
            self.view.failed.emit(error_text(error))
            return False
        changes: dict[str, object] = {}
        if start is not None:
            if tp.time is None:  # an all-day one gets a time on the laptop's clock
                there = start
                changes["tz"] = local_zone_name()
            else:
                there = start.replace(tzinfo=travel.current_zone()).astimezone(ZoneInfo(tp.tz))
            changes["day"], changes["time"] = there.date(), there.time().replace(tzinfo=None)
        if minutes is not None:
            changes["duration_minutes"] = minutes
        moved = tp.replace(**changes)
        if moved == tp:
            return False
        shown = local_start(moved)
        if start is None or shown is None:
            text = self.tr("Change length to %Ln min", "", moved.duration_minutes)
        else:
            text = translate("WeekView", "Move to {day} {time}").format(
                day=short_day(shown.date()), time=clock_text(shown.time())
            )
        return self.run(lambda: self.controller.update_touchpoint(moved, text))

    # The actions act on the view's selection.

    def _on_edit(self) -> None:
        if (tp_id := self.view.selected_touchpoint_id()) is not None:
            self.edit(tp_id)

    def _on_done(self) -> None:
        if (tp_id := self.view.selected_touchpoint_id()) is not None:
            self.mark_done(tp_id)

    def _on_status(self, status: Status) -> None:
        if (tp_id := self.view.selected_touchpoint_id()) is not None:
            self.set_status(tp_id, status)

    def _on_delete(self) -> None:
        if (tp_id := self.view.selected_touchpoint_id()) is not None and self.delete(tp_id):
            self.view.select_touchpoint(None)
