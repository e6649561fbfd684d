"""The one place the GUI changes the plan: one action, one transaction, one undo step."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from planner.domain.timing import Clock
from planner.storage import Store
from planner.ui.commands.base import (
    ALL,
    COMPANIES,
    CONTACTS,
    CONTENT,
    DISMISSALS,
    SETTINGS,
    TOUCHPOINTS,
)
from planner.ui.commands.imports import ImportCommands
from planner.ui.commands.plan import PlanCommands
from planner.ui.commands.records import RecordCommands
from planner.ui.commands.touchpoints import TouchPointCommands
from planner.ui.undo import ActionCommand, FinalUndoCommand

__all__ = [
    "ALL",
    "COMPANIES",
    "CONTACTS",
    "CONTENT",
    "DISMISSALS",
    "SETTINGS",
    "TOUCHPOINTS",
    "Change",
    "Controller",
]


@dataclass(frozen=True, slots=True)
class Change:
    """What an action touched, so views refresh only what they show."""

    tables: frozenset[str]

    def affects(self, *tables: str) -> bool:
        return bool(self.tables.intersection(tables))


class Controller(TouchPointCommands, RecordCommands, PlanCommands, ImportCommands, QObject):
    """Runs every user action through the store in one transaction and pushes its undo step.

    Methods raise PlannerError (with a plain message) when the store refuses an action; in
    that case nothing was written and nothing was pushed. `changed` is emitted after every
    action, undo and redo; `failed` carries the message when an undo or redo was refused.
    The actions themselves are grouped by subject in planner.ui.commands.
    """

    changed = Signal(object)
    failed = Signal(str)

    def __init__(self, store: Store, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self.undo_stack = QUndoStack(self)
        # Bumped before any view hears `changed` (first connection), so caches can tell.
        self.revision = 0
        self.changed.connect(self._on_self_changed)

    def _on_self_changed(self, _change: Change) -> None:
        self.revision += 1

    def today(self) -> date:
        return self.clock.today()

    def _push(
        self,
        text: str,
        tables: frozenset[str],
        undo: Callable[[], object],
        redo: Callable[[], object],
        question: str = "",
    ) -> None:
        """Push a step already done; with a `question`, its undo is final and asked first."""
        change = Change(tables)
        args = (text, undo, redo, lambda: self.changed.emit(change), self.failed.emit)
        command = (
            FinalUndoCommand(question, *args, self.undo_stack)
            if question
            else ActionCommand(*args, self.undo_stack)
        )
        self.undo_stack.push(command)
        self.changed.emit(change)

    def refresh_all(self) -> None:
        """Tell every view to reload (after a change made outside the controller)."""
        self.changed.emit(Change(ALL))

    def undo_question(self) -> str:
        """What to ask before the next Undo, when that step cannot be redone; else ""."""
        index = self.undo_stack.index()
        command = self.undo_stack.command(index - 1) if index > 0 else None
        return command.question if isinstance(command, FinalUndoCommand) else ""
