"""Undo commands: each user action is done once, then undone and redone through the store."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from planner.domain.errors import PlannerError


class ActionCommand(QUndoCommand):
    """An action already carried out when pushed; undo and redo call back into the store.

    The first redo() that QUndoStack.push() makes is skipped: the controller has done the
    work (and reported any error) before pushing, so a failing action never reaches the
    stack. Errors during a later undo or redo go to `on_error` and mark the command
    obsolete, because the store refused it and nothing was changed.
    """

    def __init__(
        self,
        text: str,
        undo: Callable[[], object],
        redo: Callable[[], object],
        on_done: Callable[[], None],
        on_error: Callable[[str], None],
    ) -> None:
        super().__init__(text)
        self._undo = undo
        self._redo = redo
        self._on_done = on_done
        self._on_error = on_error
        self._pushed = False

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except PlannerError as error:
            self.setObsolete(True)
            self._on_error(str(error))
            return
        self._on_done()

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)
